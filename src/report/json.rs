//! The report as JSON text, written without serde, for the WebAssembly module.
//!
//! serde's derives in [`crate::report`] define the contract (and its TypeScript types), and the
//! command line writes with them through `serde_json`. In the WebAssembly module, though,
//! serde's generic serializer cost 17 KB (5.6 KB compressed) for the report's 75 fields; the
//! writer here is a fraction of that, and the browser's `JSON.parse` turns its text into
//! objects faster than building them one property at a time across the JavaScript boundary.
//!
//! The output is byte for byte what `serde_json::to_string` gives (`tests/json.rs` checks it
//! over every sample article), so the two cannot drift apart unnoticed.

use crate::report::{
    AgendaItem, Delegation, Duration, DurationQualifier, Event, EventDate, EventKind, EventStatus,
    Interest, Location, Participant, PreviousMeeting, Quote, Report, Session, SessionFormat,
    Source, SourceKind, Span, Warning,
};

impl Report {
    /// The report as compact JSON, the same text `serde_json::to_string` gives.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(4096);
        self.write_json(&mut out);
        out
    }
}

/// A value that writes itself as JSON.
trait ToJson {
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

impl ToJson for i64 {
    fn write_json(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        // Digits from the last, into a buffer as long as the longest i64.
        let mut digits = [0u8; 20];
        let mut n = self.unsigned_abs();
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            out.push(char::from(d));
        }
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        i64::from(*self).write_json(out);
    }
}

impl ToJson for i32 {
    fn write_json(&self, out: &mut String) {
        i64::from(*self).write_json(out);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
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

/// A struct as an object of its fields, in order, under their JSON names.
macro_rules! json_object {
    ($type:ident { $first:ident: $first_key:literal $(, $field:ident: $key:literal)* $(,)? }) => {
        impl ToJson for $type {
            fn write_json(&self, out: &mut String) {
                out.push_str(concat!("{\"", $first_key, "\":"));
                self.$first.write_json(out);
                $(
                    out.push_str(concat!(",\"", $key, "\":"));
                    self.$field.write_json(out);
                )*
                out.push('}');
            }
        }
    };
}

/// A unit-only enum as the string of each variant.
macro_rules! json_string_enum {
    ($type:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl ToJson for $type {
            fn write_json(&self, out: &mut String) {
                out.push_str(match self {
                    $($type::$variant => concat!("\"", $name, "\""),)*
                });
            }
        }
    };
}

json_object!(Span {
    start: "start",
    end: "end"
});

json_object!(Report {
    schema_version: "schemaVersion",
    extractor_version: "extractorVersion",
    lang: "lang",
    summary: "summary",
    event: "event",
    sessions: "sessions",
    previous_meetings: "previousMeetings",
    participants: "participants",
    delegations: "delegations",
    countries: "countries",
    agenda: "agenda",
    interests: "interests",
    quotes: "quotes",
    sources: "sources",
    warnings: "warnings",
});

json_string_enum!(EventKind {
    Bilateral => "bilateral",
    Multilateral => "multilateral",
    Ministerial => "ministerial",
    Other => "other",
});

json_string_enum!(EventStatus {
    Held => "held",
    Ongoing => "ongoing",
    Planned => "planned",
    Unknown => "unknown",
});

json_object!(Event {
    kind: "kind",
    name: "name",
    status: "status",
    virtual_meeting: "virtualMeeting",
    host: "host",
    location: "location",
    date: "date",
    evidence: "evidence",
});

json_object!(Location {
    venue: "venue",
    city: "city",
    region: "region",
    country: "country",
    country_code: "countryCode",
    evidence: "evidence",
});

json_object!(EventDate {
    text: "text",
    iso: "iso",
    evidence: "evidence",
});

json_object!(Session {
    format: "format",
    label: "label",
    duration: "duration",
    evidence: "evidence",
});

json_string_enum!(SessionFormat {
    OneOnOne => "one-on-one",
    Expanded => "expanded",
    Plenary => "plenary",
    Meal => "meal",
    Ceremony => "ceremony",
    Talks => "talks",
});

json_object!(Duration {
    text: "text",
    minutes: "minutes",
    qualifier: "qualifier",
    evidence: "evidence",
});

json_string_enum!(DurationQualifier {
    Exact => "exact",
    About => "about",
    Almost => "almost",
    MoreThan => "more-than",
    LessThan => "less-than",
});

json_object!(PreviousMeeting {
    text: "text",
    year: "year",
    place: "place",
    duration: "duration",
    evidence: "evidence",
});

json_object!(Participant {
    id: "id",
    name: "name",
    role: "role",
    country: "country",
    country_code: "countryCode",
    principal: "principal",
    evidence: "evidence",
    mentions: "mentions",
});

json_object!(Delegation {
    country: "country",
    country_code: "countryCode",
    members: "members",
});

json_object!(AgendaItem {
    topic: "topic",
    source: "source",
    evidence: "evidence",
});

json_object!(Interest {
    party: "party",
    participant_id: "participantId",
    wants: "wants",
    source: "source",
    evidence: "evidence",
});

json_object!(Quote {
    text: "text",
    speaker: "speaker",
    speaker_id: "speakerId",
    evidence: "evidence",
});

json_object!(Source {
    name: "name",
    kind: "kind",
    evidence: "evidence",
});

json_string_enum!(SourceKind {
    Agency => "agency",
    Newspaper => "newspaper",
    Broadcaster => "broadcaster",
    Government => "government",
    Statement => "statement",
    Organization => "organization",
});

json_object!(Warning {
    code: "code",
    message: "message",
});

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(json(&i64::MIN), "-9223372036854775808");
        assert_eq!(json(&None::<u32>), "null");
        assert_eq!(json(&Vec::<u32>::new()), "[]");
        assert_eq!(
            json(&vec![Span { start: 1, end: 2 }]),
            r#"[{"start":1,"end":2}]"#
        );
    }
}
