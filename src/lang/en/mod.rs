//! English: its tables (`data/en/`) and the grammar that is English's own: the summary a
//! reader would write and the warnings' messages.

use std::sync::OnceLock;

use crate::lang::{Language, Notice};
use crate::report::Report;
use crate::tables::lexicon::Lexicon;

mod messages;
mod summary;

/// The English reader.
pub struct English;

/// English's tables over the shared ones, read once.
pub fn lexicon() -> &'static Lexicon {
    static ENGLISH: OnceLock<Lexicon> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Lexicon::from_tables(
            table!("en/countries.tsv"),
            table!("en/words.tsv"),
            table!("en/roles.tsv"),
        )
    })
}

impl Language for English {
    fn code(&self) -> &'static str {
        "en"
    }

    fn lexicon(&self) -> &'static Lexicon {
        lexicon()
    }

    fn summary(&self, report: &Report) -> Option<String> {
        summary::write(report)
    }

    fn message(&self, notice: &Notice) -> String {
        messages::message(notice)
    }
}
