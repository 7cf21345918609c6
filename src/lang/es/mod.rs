//! Spanish: its tables (`data/es/`), and the summary and messages a Spanish reader is shown.

use std::sync::OnceLock;

use crate::lang::{Language, Notice};
use crate::report::Report;
use crate::tables::lexicon::Lexicon;

mod messages;
mod summary;

/// The Spanish reader.
pub struct Spanish;

const COUNTRIES: &str = table!("es/countries.tsv");

/// Spanish's tables over the shared ones, read once.
pub fn lexicon() -> &'static Lexicon {
    static SPANISH: OnceLock<Lexicon> = OnceLock::new();
    SPANISH.get_or_init(|| {
        let mut lexicon = Lexicon::from_tables(
            COUNTRIES,
            table!("es/words.tsv"),
            table!("es/roles.tsv"),
            plural,
        );
        lexicon.day_first_dates = true;
        lexicon
    })
}

/// The plural of a title: every word before its complement agrees ("primeros ministros",
/// "jefes de Estado", "secretarios generales"); the complement stays as it is.
fn plural(title: &str) -> String {
    // The prepositions that open a title's complement.
    const COMPLEMENT: [&str; 5] = ["de", "del", "en", "para", "a"];
    let mut out = String::with_capacity(title.len() + 8);
    let mut agrees = true;
    for (n, word) in title.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        agrees &= !COMPLEMENT.contains(&word);
        if agrees {
            plural_word(word, &mut out);
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Appends the plural of one word: "presidente" → "presidentes", "canciller" → "cancilleres",
/// "portavoz" → "portavoces", "rey" → "reyes", "sultán" → "sultanes", "primer" → "primeros".
fn plural_word(word: &str, out: &mut String) {
    // A match, not a search of a string: a search for an accented letter is a substring search.
    let is_vowel = |c: char| {
        matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'
        )
    };
    let Some(last) = word.chars().last() else {
        return;
    };
    // Apocopated before a noun, whole in the plural.
    match word {
        "primer" | "tercer" => {
            out.push_str(word);
            return out.push_str("os");
        }
        "gran" => return out.push_str("grandes"),
        _ => {}
    }
    // Abbreviations stay as they are.
    if last == '.' {
        return out.push_str(word);
    }
    // Where the last vowel group starts: its accent, if any, marks a stressed last syllable.
    let mut tail_start = word.len();
    for (i, c) in word.char_indices().rev() {
        if is_vowel(c) {
            tail_start = i;
        } else if tail_start < word.len() {
            break;
        }
    }
    let stressed_last = word
        .get(tail_start..)
        .unwrap_or_default()
        .chars()
        .any(|c| unaccented(c).is_some());
    match last {
        'á' | 'é' | 'ó' | 'a' | 'e' | 'i' | 'o' | 'u' => {
            out.push_str(word);
            out.push('s');
        }
        'í' | 'ú' => {
            out.push_str(word);
            out.push_str("es");
        }
        'z' => {
            out.push_str(word.strip_suffix('z').unwrap_or(word));
            out.push_str("ces");
        }
        // "análisis" stays; "marqués" → "marqueses".
        's' | 'x' if !stressed_last => out.push_str(word),
        _ if stressed_last => {
            // "sultán" → "sultanes": the stress falls where it was, unmarked (an accented
            // vowel written before the last syllable too keeps its accents).
            let before = word.get(..tail_start).unwrap_or_default();
            for c in word.chars() {
                out.push(match unaccented(c) {
                    Some(u) if !before.chars().any(|b| b == c) => u,
                    _ => c,
                });
            }
            out.push_str("es");
        }
        _ => {
            out.push_str(word);
            out.push_str("es");
        }
    }
}

/// The vowel an accented one is written without ("á" → "a").
fn unaccented(c: char) -> Option<char> {
    match c {
        'á' => Some('a'),
        'é' => Some('e'),
        'í' => Some('i'),
        'ó' => Some('o'),
        'ú' => Some('u'),
        _ => None,
    }
}

/// The Spanish name of the country or organisation the report names `english` (its stable
/// English key), or `english` itself for one the tables give no Spanish name.
fn country_name(english: &str) -> &str {
    for country in &lexicon().countries {
        if country.name == english {
            // The table's first alias is the usual Spanish short name.
            let first = country.names.split('|').next();
            return first.filter(|n| !n.is_empty()).unwrap_or(english);
        }
    }
    // An organisation by its Spanish short name ("OTAN", "FMI").
    (lexicon().organizations.iter())
        .find(|o| o.name == english)
        .and_then(|o| o.name_in("es"))
        .unwrap_or(english)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_made_plural() {
        for (title, expected) in [
            ("presidente", "presidentes"),
            ("primer ministro", "primeros ministros"),
            ("primera ministra", "primeras ministras"),
            ("jefe de estado", "jefes de estado"),
            (
                "jefe de estado y de gobierno",
                "jefes de estado y de gobierno",
            ),
            ("presidente del gobierno", "presidentes del gobierno"),
            ("secretario general", "secretarios generales"),
            ("canciller", "cancilleres"),
            ("portavoz", "portavoces"),
            ("rey", "reyes"),
            ("sultán", "sultanes"),
            ("capitán", "capitanes"),
            ("líder", "líderes"),
            ("cónsul general", "cónsules generales"),
            ("gran duque", "grandes duques"),
            ("emperatriz", "emperatrices"),
            ("presidente en funciones", "presidentes en funciones"),
            ("gral.", "gral."),
        ] {
            assert_eq!(plural(title), expected, "{title}");
        }
        assert_eq!(
            lexicon().singular_of("primeros ministros"),
            Some("primer ministro")
        );
    }

    #[test]
    fn countries_and_organisations_take_their_spanish_short_names() {
        for (english, spanish) in [
            ("United States", "Estados Unidos"),
            ("NATO", "OTAN"),
            ("IMF", "FMI"),
            ("United Nations", "ONU"),
            ("European Union", "UE"),
            ("Organization of American States", "OEA"),
            ("European Commission", "Comisión Europea"),
            // No Spanish name in the tables: the key itself.
            ("ASEAN", "ASEAN"),
            ("Atlantis", "Atlantis"),
        ] {
            assert_eq!(country_name(english), spanish, "{english}");
        }
    }
}
