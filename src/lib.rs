//! summit-cards: reads a news article about a meeting of leaders and extracts the summit at a
//! glance, its participants and its agenda, every fact with the evidence span it came from.
#![deny(missing_docs)]

pub mod calendar;
pub mod doc;
pub mod gazetteer;
pub mod lexicon;
pub mod normalize;
pub mod offsets;
pub mod report;
pub mod sentences;
pub mod tokens;
