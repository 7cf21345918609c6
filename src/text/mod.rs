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
