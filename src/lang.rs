//! Which language a text is in, from the share of each language's function words
//! (`data/languages.tsv`), and the honest empty report for languages not read yet.

use std::sync::OnceLock;

use crate::lexicon::FastSet;
use crate::report::{Event, EventKind, EventStatus, Location, Report, SCHEMA_VERSION, Warning};

const LANGUAGES: &str = include_str!("../data/languages.tsv");

struct Language {
    code: &'static str,
    name: &'static str,
    read: bool,
    words: FastSet<&'static str>,
}

fn languages() -> &'static [Language] {
    static TABLE: OnceLock<Vec<Language>> = OnceLock::new();
    TABLE.get_or_init(|| {
        LANGUAGES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('\t').collect();
                Some(Language {
                    code: cells.first()?,
                    name: cells.get(1)?,
                    read: *cells.get(2)? == "yes",
                    words: cells.get(3)?.split('|').collect(),
                })
            })
            .collect()
    })
}

/// Whether `code` is a language of the table.
pub fn is_language_code(code: &str) -> bool {
    languages().iter().any(|l| l.code == code)
}

/// The language of `text`, when it has enough words to tell: the one whose function words
/// make up the largest share of its words.
pub fn detect(text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
        .map(crate::case::lower_str)
        .collect();
    if words.len() < 12 {
        return None;
    }
    let best = languages()
        .iter()
        .map(|l| {
            (
                l.code,
                words
                    .iter()
                    .filter(|w| l.words.contains(w.as_str()))
                    .count(),
            )
        })
        .max_by_key(|(_, hits)| *hits)?;
    // Too few function words of any language: a list of names, a table; read it as English.
    (best.1 * 20 >= words.len()).then_some(best.0)
}

/// The report for a text in a language the extractor does not read yet.
pub fn unsupported(code: &str) -> Report {
    let name = languages()
        .iter()
        .find(|l| l.code == code)
        .map_or(code, |l| l.name);
    let read = languages().iter().any(|l| l.code == code && l.read);
    debug_assert!(!read, "{code} is read");
    Report {
        schema_version: SCHEMA_VERSION.to_string(),
        extractor_version: env!("CARGO_PKG_VERSION").to_string(),
        lang: code.to_string(),
        summary: None,
        event: Event {
            kind: EventKind::Other,
            name: None,
            status: EventStatus::Unknown,
            virtual_meeting: false,
            host: None,
            location: Location::default(),
            date: None,
            evidence: Vec::new(),
        },
        sessions: Vec::new(),
        previous_meetings: Vec::new(),
        participants: Vec::new(),
        delegations: Vec::new(),
        countries: Vec::new(),
        agenda: Vec::new(),
        interests: Vec::new(),
        quotes: Vec::new(),
        sources: Vec::new(),
        warnings: vec![Warning {
            code: "unsupported-language".into(),
            message: format!(
                "The text seems to be in {name}; only English articles are read so far."
            ),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_languages_apart() {
        let en = "The bilateral meeting between the leaders of Russia and North Korea concluded this Wednesday after almost an hour of talks, the Kremlin reported.";
        let es = "La reunión bilateral entre los líderes de Rusia y Corea del Norte concluyó este miércoles tras casi una hora de conversaciones, informó el Kremlin.";
        let fr = "La réunion bilatérale entre les dirigeants de la Russie et de la Corée du Nord s'est achevée ce mercredi après près d'une heure de discussions.";
        assert_eq!(detect(en), Some("en"));
        assert_eq!(detect(es), Some("es"));
        assert_eq!(detect(fr), Some("fr"));
        assert_eq!(detect("Putin Kim"), None);
    }

    #[test]
    fn unsupported_reports_are_empty_with_a_warning() {
        let r = unsupported("es");
        assert_eq!(r.event.kind, EventKind::Other);
        assert!(r.participants.is_empty());
        assert_eq!(r.warnings[0].code, "unsupported-language");
        assert!(r.warnings[0].message.contains("Spanish"));
    }
}
