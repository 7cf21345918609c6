//! English: its tables (`data/en/`) and the grammar that is English's own.

pub mod summary;
