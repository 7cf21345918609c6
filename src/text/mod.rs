//! The text layer, which knows no language: normalisation, tokens and their case, sentence
//! boundaries, offsets into the text as given, and the small value types and algorithms the
//! layers above share (dates, hashing, sorting).

pub mod calendar;
pub mod case;
pub mod hash;
pub mod normalize;
pub mod offsets;
pub mod sentences;
pub mod sorting;
pub mod tokens;
pub mod word_map;

/// Whether `part` occurs in `text`: a byte search, where `str::contains` with a string would
/// bring the general substring searcher (2 KB) into the WebAssembly module.
pub fn contains_part(text: &str, part: &str) -> bool {
    let part = part.as_bytes();
    part.is_empty() || text.as_bytes().windows(part.len()).any(|w| w == part)
}

/// The number of characters of `text`: its bytes that start one, where `chars().count()` would
/// bring the library's wide counting routine into the WebAssembly module.
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}
