//! Spanish: its tables (`data/es/`), and the summary and messages a Spanish reader is shown.

use std::sync::OnceLock;

use crate::lang::{Language, Notice};
use crate::report::Report;
use crate::tables::lexicon::Lexicon;
use crate::text::hash::FastMap;

mod messages;
mod summary;

/// The Spanish reader.
pub struct Spanish;

const COUNTRIES: &str = table!("es/countries.tsv");

/// Spanish's tables over the shared ones, read once.
pub fn lexicon() -> &'static Lexicon {
    static SPANISH: OnceLock<Lexicon> = OnceLock::new();
    SPANISH.get_or_init(|| {
        Lexicon::from_tables(COUNTRIES, table!("es/words.tsv"), table!("es/roles.tsv"))
    })
}

/// The Spanish name of the country the report names `english` (its stable English key), or
/// `english` itself for an organisation or a country the table does not name.
fn country_name(english: &str) -> &str {
    static NAMES: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        // The table's first alias is the usual Spanish short name.
        let mut by_code = FastMap::default();
        for row in COUNTRIES.lines() {
            let mut cells = row.split('\t');
            if let (Some(code), Some(aliases)) = (cells.next(), cells.next())
                && let Some(name) = aliases.split('|').next().filter(|n| !n.is_empty())
            {
                by_code.insert(code, name);
            }
        }
        let mut by_english = FastMap::default();
        for country in &lexicon().countries {
            if let Some(&name) = by_code.get(country.code.as_str()) {
                by_english.insert(country.name.as_str(), name);
            }
        }
        by_english
    });
    names.get(english).copied().unwrap_or(english)
}

impl Language for Spanish {
    fn code(&self) -> &'static str {
        "es"
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
