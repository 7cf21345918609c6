//! Cleaning the raw article text while keeping every byte where it was.
//!
//! Articles arrive with HTML tags, character entities, control characters and invisible
//! formatting characters. [`normalize`] rewrites them **in place, keeping the byte length**:
//! a tag becomes blanks, an entity becomes its character followed by [`FILLER`] bytes. Byte
//! offsets into the cleaned text are therefore byte offsets into the input, which keeps the
//! evidence spans exact without an offset table.

/// The padding byte that stands where an entity was longer than its character. Tokens skip
/// it, so "AT&amp;T" still reads as one word.
pub const FILLER: char = '\0';

/// Elements whose content is not article text.
const HIDDEN_ELEMENTS: [&str; 4] = ["script", "style", "noscript", "template"];

/// Elements that end a line of text.
const BLOCK_ELEMENTS: [&str; 20] = [
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "blockquote",
    "figcaption",
];

/// Returns `input` with HTML markup, entities, control and invisible characters replaced by
/// same-length text: the result has exactly `input.len()` bytes, and a byte offset of the
/// result is the same offset in `input`.
pub fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < input.len() {
        let c = input[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        match c {
            '<' => {
                if let Some(tag) = scan_tag(input, i) {
                    let end = if HIDDEN_ELEMENTS.contains(&tag.name.as_str()) && !tag.closing {
                        hidden_element_end(input, tag.end, &tag.name)
                    } else {
                        tag.end
                    };
                    let blank = if BLOCK_ELEMENTS.contains(&tag.name.as_str()) {
                        '\n'
                    } else {
                        ' '
                    };
                    blank_out(&mut out, &input[i..end], blank);
                    i = end;
                    continue;
                }
                out.push('<');
            }
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

/// Replaces a stretch of markup with blanks of the same byte length; newlines inside it stay,
/// so line structure survives, and the first blank may be a line break for block elements.
fn blank_out(out: &mut String, markup: &str, first: char) {
    let mut first_done = false;
    for ch in markup.chars() {
        let blank = if ch == '\n' {
            '\n'
        } else if !first_done {
            first
        } else {
            ' '
        };
        first_done = true;
        out.push(blank);
        for _ in 1..ch.len_utf8() {
            out.push(' ');
        }
    }
}

struct Tag {
    name: String,
    closing: bool,
    end: usize,
}

/// Recognises `<name ...>`, `</name>`, `<!-- ... -->` and `<!DOCTYPE ...>` at `start`.
/// Anything else ("a < b") is text.
fn scan_tag(input: &str, start: usize) -> Option<Tag> {
    let rest = &input[start..];
    if let Some(comment) = rest.strip_prefix("<!--") {
        let end = comment.find("-->")? + 4 + 3;
        return Some(Tag {
            name: String::new(),
            closing: true,
            end: start + end,
        });
    }
    let b = rest.as_bytes();
    let (closing, name_start) = match b.get(1) {
        Some(b'/') => (true, 2),
        Some(b'!') => (false, 2),
        _ => (false, 1),
    };
    let name_len = b[name_start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
        .count();
    if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let after_name = name_start + name_len;
    match b.get(after_name) {
        Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r') => {}
        _ => return None,
    }
    // A tag closes within a reasonable distance and never contains another '<'.
    let close = b[after_name..]
        .iter()
        .take(2048)
        .position(|c| *c == b'>' || *c == b'<')?;
    if b[after_name + close] != b'>' {
        return None;
    }
    Some(Tag {
        name: rest[name_start..after_name].to_ascii_lowercase(),
        closing,
        end: start + after_name + close + 1,
    })
}

/// Where a `<script>`-like element ends: after its closing tag, or at the end of the text.
fn hidden_element_end(input: &str, from: usize, name: &str) -> usize {
    let rest = &input[from..];
    let lower = rest.to_ascii_lowercase();
    let closing = format!("</{name}");
    match lower.find(&closing) {
        Some(at) => {
            let close_end = rest[at..].find('>').map_or(rest.len(), |gt| at + gt + 1);
            from + close_end
        }
        None => input.len(),
    }
}

/// Decodes a character reference at the start of `bytes`; returns the character and the
/// reference's byte length, when the decoded character is not longer than the reference.
fn decode_entity(bytes: &[u8]) -> Option<(char, usize)> {
    let semi = bytes.iter().take(12).position(|b| *b == b';')?;
    let body = std::str::from_utf8(&bytes[1..semi]).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        match char::from_u32(code)? {
            '\0' => return None,
            c => c,
        }
    } else {
        named_entity(body)?
    };
    let len = semi + 1;
    (c.len_utf8() <= len).then_some((c, len))
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "shy" => '\u{ad}',
        _ => return None,
    })
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
        ];
        for input in cases {
            let out = normalize(input);
            assert_eq!(out.len(), input.len(), "{input:?}");
        }
    }

    #[test]
    fn removes_markup_and_decodes_entities() {
        let table = [
            ("<p>Putin &amp; Kim</p>", "\n  Putin & Kim\n   "),
            ("a < b", "a < b"),
            ("<b>Kim</b> said", "   Kim     said"),
            ("x<script>alert(1)</script>y", "x                         y"),
            ("&ldquo;Yes&rdquo;", "“Yes”"),
            ("Pu\u{200b}tin", "Putin"),
            (
                "<img src=x onerror=alert(1)>Lavrov",
                "                            Lavrov",
            ),
        ];
        for (input, expected) in table {
            assert_eq!(visible(&normalize(input)), expected, "{input:?}");
        }
    }
}
