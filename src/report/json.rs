//! The report as JSON text, written without serde, for the WebAssembly module; and
//! [`contract!`], which declares each type of the report once for both of its JSON writers.
//!
//! The command line writes the report through serde's derives and `serde_json`. In the
//! WebAssembly module, though, serde's generic serializer cost 17 KB (5.6 KB compressed) for the
//! report's 75 fields; the writer here is a fraction of that, and the browser's `JSON.parse`
//! turns its text into objects faster than building them one property at a time across the
//! JavaScript boundary.
//!
//! Both writers take every field's and variant's JSON name from the one declaration of its type
//! in [`crate::report`]: a field is added or renamed there, once, and serde, this writer and the
//! TypeScript types follow it. The two writers give the same text, byte for byte
//! (`tests/json.rs` checks it over every sample article), so they cannot drift apart
//! unnoticed.

use crate::report::Report;

impl Report {
    /// The report as compact JSON, the same text `serde_json::to_string` gives.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(4096);
        self.write_json(&mut out);
        out
    }
}

/// Appends `text`: one copy of the code for the writer's many fixed pieces (field names,
/// variant strings), where `push_str` would be inlined at each of them.
#[inline(never)]
pub(super) fn push(out: &mut String, text: &str) {
    out.push_str(text);
}

/// A value that writes itself as JSON.
pub(super) trait ToJson {
    fn write_json(&self, out: &mut String);
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        out.push('"');
        // Escaped as serde_json escapes: quote, backslash and the C0 controls; all else as is.
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let code = c as usize;
                    out.push_str("\\u00");
                    out.push(char::from(HEX[code >> 4]));
                    out.push(char::from(HEX[code & 15]));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

// Numbers through the formatter, whose integer code every build has (writing to a `String`
// cannot fail); the same digits as `serde_json`.
impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        let _ = std::fmt::Write::write_fmt(out, format_args!("{self}"));
    }
}

impl ToJson for i32 {
    fn write_json(&self, out: &mut String) {
        let _ = std::fmt::Write::write_fmt(out, format_args!("{self}"));
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        push(out, if *self { "true" } else { "false" });
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => push(out, "null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (n, item) in self.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

/// Declares the types of the report, each once, for both of its JSON writers.
///
/// Each struct and enum is written as in Rust, with its doc comments and derives, except that
/// every field and every variant ends in `as "name"`: its name in JSON. From that one list the
/// macro adds what the contract needs: serde's `Serialize` and `Deserialize`, every field and
/// variant renamed to its JSON name (the command line writes with these, and ts-rs reads them
/// for `types/report.d.ts`), and the [`ToJson`] the WebAssembly module writes with: a struct as
/// an object of its fields in their order, an enum as its variant's string.
macro_rules! contract {
    () => {};
    (
        $(#[$attr:meta])*
        pub struct $type:ident {
            $($(#[$field_attr:meta])* pub $field:ident: $field_type:ty as $key:literal),+ $(,)?
        }
        $($rest:tt)*
    ) => {
        #[derive(serde::Serialize, serde::Deserialize)]
        $(#[$attr])*
        #[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
        pub struct $type {
            $($(#[$field_attr])* #[serde(rename = $key)] pub $field: $field_type,)+
        }
        $crate::report::json::contract!(@object $type $($field $key)+);
        $crate::report::json::contract!($($rest)*);
    };
    (
        $(#[$attr:meta])*
        pub enum $type:ident {
            $($(#[$variant_attr:meta])* $variant:ident as $key:literal),+ $(,)?
        }
        $($rest:tt)*
    ) => {
        #[derive(serde::Serialize, serde::Deserialize)]
        $(#[$attr])*
        #[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
        pub enum $type {
            $($(#[$variant_attr])* #[serde(rename = $key)] $variant,)+
        }
        // A variant as its string.
        impl $crate::report::json::ToJson for $type {
            fn write_json(&self, out: &mut String) {
                $crate::report::json::push(out, match self {
                    $($type::$variant => concat!("\"", $key, "\""),)+
                });
            }
        }
        $crate::report::json::contract!($($rest)*);
    };
    // A struct as an object of its fields, in order, under their JSON names.
    (@object $type:ident $first:ident $first_key:literal $($field:ident $key:literal)*) => {
        impl $crate::report::json::ToJson for $type {
            fn write_json(&self, out: &mut String) {
                $crate::report::json::push(out, concat!("{\"", $first_key, "\":"));
                self.$first.write_json(out);
                $(
                    $crate::report::json::push(out, concat!(",\"", $key, "\":"));
                    self.$field.write_json(out);
                )*
                out.push('}');
            }
        }
    };
}
pub(super) use contract;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Span;

    fn json<T: ToJson + ?Sized>(value: &T) -> String {
        let mut out = String::new();
        value.write_json(&mut out);
        out
    }

    #[test]
    fn strings_are_escaped_as_json_requires() {
        let table = [
            ("plain", r#""plain""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"back\slash", r#""back\\slash""#),
            ("line\nbreak\ttab\r", r#""line\nbreak\ttab\r""#),
            ("\u{1}\u{8}\u{c}\u{1f}", r#""\u0001\b\f\u001f""#),
            (
                "Пхеньян – “quoted” ☃ \u{7f}",
                "\"Пхеньян – “quoted” ☃ \u{7f}\"",
            ),
            ("</script>", r#""</script>""#),
        ];
        for (text, expected) in table {
            assert_eq!(json(text), expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_and_absent_values() {
        assert_eq!(json(&0u32), "0");
        assert_eq!(json(&u32::MAX), "4294967295");
        assert_eq!(json(&-2019i32), "-2019");
        assert_eq!(json(&None::<u32>), "null");
        assert_eq!(json(&Vec::<u32>::new()), "[]");
        assert_eq!(
            json(&vec![Span { start: 1, end: 2 }]),
            r#"[{"start":1,"end":2}]"#
        );
    }
}
