//! The stages of the extraction, which know no language: each reads the document and what the
//! stages before it found, and compares word classes, never words. `crate::pipeline` runs them
//! in order.

pub mod agenda;
pub mod analysis;
pub mod coref;
pub mod countries;
pub mod event;
pub mod groups;
pub mod lists;
pub mod location;
pub mod participants;
pub mod people;
pub mod quotes;
pub mod roles;
pub mod sessions;
pub mod sources;
pub mod time;
