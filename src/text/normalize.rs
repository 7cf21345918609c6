//! Cleaning the raw article text while keeping every byte where it was.
//!
//! The article is plain text, never HTML: a "<script>" or "<b>" in it is the characters it
//! is made of, and nothing in it is hidden. What is cleaned are character references, control
//! characters and invisible formatting characters, **in place, keeping the byte length**: a
//! reference becomes its character followed by [`FILLER`] bytes. Byte offsets into the
//! cleaned text are therefore byte offsets into the input, which keeps the evidence spans
//! exact without an offset table.
//!
//! References to "<" and ">" stay as written: decoded, they would turn the article's text
//! ("&lt;img src=x onerror=…&gt;") into markup in the report's strings, which copy the text.

/// The padding byte that stands where an entity was longer than its character. Tokens skip
/// it, so "AT&amp;T" still reads as one word.
pub const FILLER: char = '\0';

/// Returns `input` with character references, control and invisible characters replaced by
/// same-length text: the result has exactly `input.len()` bytes, and a byte offset of the
/// result is the same offset in `input`.
pub fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < input.len() {
        let c = input
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or(' ');
        let len = c.len_utf8();
        match c {
            '&' => {
                if let Some((decoded, entity_len)) = decode_entity(&bytes[i..]) {
                    out.push(decoded);
                    for _ in decoded.len_utf8()..entity_len {
                        out.push(FILLER);
                    }
                    i += entity_len;
                    continue;
                }
                out.push('&');
            }
            '\n' | '\t' => out.push(c),
            '\r' => out.push(' '),
            c if c.is_control() => push_filler(&mut out, len),
            // Zero-width spaces and joiners, the byte-order mark, soft hyphens and other
            // invisible formatting characters split words where no reader sees a break.
            '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' => {
                push_filler(&mut out, len)
            }
            _ => out.push(c),
        }
        i += len;
    }
    debug_assert_eq!(out.len(), input.len());
    out
}

fn push_filler(out: &mut String, len: usize) {
    for _ in 0..len {
        out.push(FILLER);
    }
}

/// The characters that make markup: their references are left as written.
const MARKUP: [char; 2] = ['<', '>'];

/// Decodes a character reference at the start of `bytes`; returns the character and the
/// reference's byte length, when the decoded character is not longer than the reference and
/// is no markup character.
fn decode_entity(bytes: &[u8]) -> Option<(char, usize)> {
    let semi = bytes.iter().take(12).position(|b| *b == b';')?;
    let body = std::str::from_utf8(&bytes[1..semi]).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => crate::text::calendar::digits_value(num)?,
        };
        match char::from_u32(code)? {
            '\0' => return None,
            c => c,
        }
    } else {
        named_entity(body)?
    };
    if MARKUP.contains(&c) {
        return None;
    }
    let len = semi + 1;
    (c.len_utf8() <= len).then_some((c, len))
}

/// The named references the decoder knows, with their characters: a table searched by one
/// loop is smaller code than a `match` on strings.
const NAMED_ENTITIES: [(&str, char); 33] = [
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("bull", '•'),
    ("middot", '·'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("uuml", 'ü'),
    ("ouml", 'ö'),
    ("auml", 'ä'),
    ("copy", '©'),
    ("reg", '®'),
    ("deg", '°'),
    ("euro", '€'),
    ("pound", '£'),
    ("shy", '\u{ad}'),
];

fn named_entity(name: &str) -> Option<char> {
    for &(entity, c) in &NAMED_ENTITIES {
        if entity == name {
            return Some(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible(s: &str) -> String {
        s.chars().filter(|c| *c != FILLER).collect()
    }

    #[test]
    fn keeps_byte_length() {
        let cases = [
            "plain text",
            "<p>Putin &amp; Kim</p><br/>met",
            "caf&eacute; &#8220;quoted&#8221; &#x1F600;",
            "a < b and c > d",
            "<script>alert(1)</script>after",
            "zero\u{200b}width\u{feff} soft\u{ad}hyphen\r\n",
            "unclosed <script> forever",
            "&#0; &#xD800; &bogus; &",
            "<!-- note --> text",
            "&lt;img src=x onerror=alert(1)&gt;",
        ];
        for input in cases {
            let out = normalize(input);
            assert_eq!(out.len(), input.len(), "{input:?}");
        }
    }

    #[test]
    fn decodes_references_and_drops_invisible_characters() {
        let table = [
            ("Putin &amp; Kim", "Putin & Kim"),
            ("&ldquo;Yes&rdquo;", "“Yes”"),
            ("Kim&#160;Jong&nbsp;Un", "Kim\u{a0}Jong\u{a0}Un"),
            ("Pu\u{200b}tin", "Putin"),
            ("a\r\nb", "a \nb"),
        ];
        for (input, expected) in table {
            assert_eq!(visible(&normalize(input)), expected, "{input:?}");
        }
    }

    /// The article is text: markup in it is kept as its characters and hides nothing, and a
    /// reference to "<" or ">" is not made into one.
    #[test]
    fn markup_is_text() {
        for input in [
            "x<script>alert(1)</script>y",
            "unclosed <script> and the rest",
            "<b>Kim</b> said",
            "<!-- note --> text",
            "<img src=x onerror=alert(1)>Lavrov",
            "&lt;img src=x onerror=alert(1)&gt;",
            "&#60;script&#x3E;",
        ] {
            assert_eq!(normalize(input), input, "{input:?}");
        }
    }
}
