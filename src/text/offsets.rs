//! From byte offsets in the text to the UTF-16 offsets JavaScript uses.

use crate::report::Span;

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Only characters outside ASCII make the two differ, so the index stores, for each of them,
/// where it ends and how many bytes more than UTF-16 units it has used up to there: a pure
/// ASCII text needs no memory at all.
pub struct Utf16Index {
    /// (byte offset just past a non-ASCII char, bytes minus UTF-16 units up to there)
    steps: Vec<(u32, u32)>,
}

impl Utf16Index {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut steps = Vec::new();
        let mut surplus = 0u32;
        for (at, c) in text.char_indices() {
            let bytes = c.len_utf8() as u32;
            if bytes > 1 {
                surplus += bytes - c.len_utf16() as u32;
                steps.push((at as u32 + bytes, surplus));
            }
        }
        Utf16Index { steps }
    }

    /// The UTF-16 offset of the char boundary at `byte`.
    pub fn utf16(&self, byte: usize) -> u32 {
        let byte = byte as u32;
        let passed = self.steps.partition_point(|(end, _)| *end <= byte);
        let surplus = passed
            .checked_sub(1)
            .and_then(|p| self.steps.get(p))
            .map_or(0, |step| step.1);
        byte - surplus
    }

    /// The UTF-16 span of the byte range `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.utf16(start),
            end: self.utf16(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_javascript_string_offsets() {
        let text = "Kim Jong-un – “Ví” 😀 Putin";
        let index = Utf16Index::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected = text[..byte].encode_utf16().count() as u32;
            assert_eq!(index.utf16(byte), expected, "at byte {byte}");
        }
    }

    #[test]
    fn ascii_needs_no_steps() {
        let index = Utf16Index::new("The Kremlin reported.");
        assert!(index.steps.is_empty());
        assert_eq!(index.span(4, 11), Span { start: 4, end: 11 });
    }
}
