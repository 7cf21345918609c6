//! Which language a text is in, from the share of each language's function words
//! (`data/languages.tsv`), and the honest empty report for languages not read yet.

pub mod en;

use std::sync::OnceLock;

use crate::report::{Event, EventKind, EventStatus, Location, Report, SCHEMA_VERSION, Warning};
use crate::text::hash::FastMap;

const LANGUAGES: &str = table!("languages.tsv");

struct Language {
    code: &'static str,
    name: &'static str,
    read: bool,
}

/// The languages of the table, and for each function word the languages it belongs to (bit
/// `n` for `list[n]`): one lookup per word of the text, whatever the number of languages.
struct Languages {
    list: Vec<Language>,
    words: FastMap<&'static str, u64>,
    longest_word: usize,
}

fn languages() -> &'static Languages {
    static TABLE: OnceLock<Languages> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Languages {
            list: Vec::new(),
            words: FastMap::default(),
            longest_word: 0,
        };
        let rows = LANGUAGES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').collect::<Vec<&str>>());
        // A bit per language: the table holds at most 64.
        for cells in rows.take(64) {
            let [code, name, read, words] = cells[..] else {
                continue;
            };
            let bit = 1u64 << table.list.len();
            table.list.push(Language {
                code,
                name,
                read: read == "yes",
            });
            for word in words.split('|') {
                *table.words.entry(word).or_default() |= bit;
                table.longest_word = table.longest_word.max(word.len());
            }
        }
        table
    })
}

/// Whether `code` is a language of the table.
pub fn is_language_code(code: &str) -> bool {
    languages().list.iter().any(|l| l.code == code)
}

/// The language of `text`, when it has enough words to tell: the one whose function words
/// make up the largest share of its first 2000 words.
pub fn detect(text: &str) -> Option<&'static str> {
    let languages = languages();
    let mut hits = vec![0usize; languages.list.len()];
    let mut words = 0;
    // Function words are short: longer words are counted, never lowercased nor looked up,
    // and one buffer serves every word (this runs on every article).
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        words += 1;
        if word.len() > languages.longest_word {
            continue;
        }
        lower.clear();
        crate::text::case::push_lower(&mut lower, word);
        if let Some(&bits) = languages.words.get(lower.as_str()) {
            for (n, count) in hits.iter_mut().enumerate() {
                *count += usize::from(bits & (1 << n) != 0);
            }
        }
    }
    if words < 12 {
        return None;
    }
    let best_hits = hits.iter().copied().max()?;
    // Two languages with as many function words each ("in" is English, German and Italian)
    // leave the text undecided, as do too few function words of any language (a list of
    // names, a table): the caller then reads it in its default language.
    let mut best = languages
        .list
        .iter()
        .zip(&hits)
        .filter(|(_, h)| **h == best_hits);
    let (language, _) = best.next()?;
    (best.next().is_none() && best_hits * 20 >= words).then_some(language.code)
}

/// The report for a text in a language the extractor does not read yet.
pub fn unsupported(code: &str) -> Report {
    let name = languages()
        .list
        .iter()
        .find(|l| l.code == code)
        .map_or(code, |l| l.name);
    let read = languages().list.iter().any(|l| l.code == code && l.read);
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
    fn a_tie_between_languages_is_undecided() {
        // "in" is the only function word, and English, German and Italian all have it.
        let short = "Finnish President Aino Virtanen met Swedish Prime Minister Erik Lind in Turku yesterday.";
        assert_eq!(detect(short), None);
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
