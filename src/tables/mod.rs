//! The data tables compiled in from `data/`, and the lookups of their phrases in a text.

pub mod gazetteer;
pub mod lexicon;
pub mod values;
