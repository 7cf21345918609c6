//! Languages: the [`Language`] each reader implements, the readers this build has (one cargo
//! feature per language), and which language a text is in, from the share of each language's
//! function words (`data/languages.tsv`).
//!
//! A language brings its tables (read into a [`Lexicon`]) and what no table can say: how a
//! reader would summarise a report in it, and the warnings' messages. The stages read every
//! language the same way, through the word classes its tables fill.

#[cfg(feature = "en")]
pub mod en;
#[cfg(feature = "es")]
pub mod es;
mod summary;

use std::fmt;
use std::sync::OnceLock;

use crate::report::{Report, Warning};
use crate::tables::lexicon::{Lexicon, rows};
use crate::text::word_map::WordMap;

#[cfg(not(any(feature = "en", feature = "es")))]
compile_error!("a build reads at least one language: enable a language feature, such as `en`");

/// A language the extractor reads.
///
/// `docs/adding-a-language.md` walks through adding one; a language can also be given to
/// [`crate::Options::language`] from outside the crate, as the tests do with a toy language.
pub trait Language: Sync {
    /// Its ISO 639-1 code, the report's `lang`.
    fn code(&self) -> &'static str;
    /// Its tables: see [`Lexicon::from_tables`].
    fn lexicon(&self) -> &'static Lexicon;
    /// One to three sentences a reader would write about the meeting of `report`, from its
    /// facts only; `None` when there is no meeting.
    fn summary(&self, report: &Report) -> Option<String>;
    /// The sentence shown for a warning.
    fn message(&self, notice: &Notice) -> String;
}

impl fmt::Debug for dyn Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Language({})", self.code())
    }
}

impl PartialEq for dyn Language {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

/// A warning of the report, with the facts its message names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice<'a> {
    /// A participant's country is a guess from the article's other facts.
    CountryInferred {
        /// The participant's name.
        name: &'a str,
        /// The country shown for them.
        country: &'a str,
    },
    /// The meeting's date is relative and no publication date was given.
    DateUnresolved,
    /// The text reports no meeting of leaders.
    NoMeeting,
    /// The text is in a language this build does not read.
    UnsupportedLanguage {
        /// Its code.
        language: &'a str,
        /// The codes of the languages this build reads.
        readable: &'a [&'a str],
    },
}

impl Notice<'_> {
    /// The warning's stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Notice::CountryInferred { .. } => "country-inferred",
            Notice::DateUnresolved => "date-unresolved",
            Notice::NoMeeting => "no-meeting",
            Notice::UnsupportedLanguage { .. } => "unsupported-language",
        }
    }

    /// The sentence a reader is shown for the warning, in the words `words` of a language: one
    /// writer for every language, as the summary's.
    pub fn message_in(&self, words: &MessageWords) -> String {
        match *self {
            Notice::CountryInferred { name, country } => {
                let [before, after] = words.country_inferred;
                [name, before, (words.country_name)(country), after].concat()
            }
            Notice::DateUnresolved => words.date_unresolved.into(),
            Notice::NoMeeting => words.no_meeting.into(),
            Notice::UnsupportedLanguage { language, readable } => {
                let mut names: Vec<String> = Vec::new();
                for code in readable {
                    names.push((words.language_name)(code).to_string());
                }
                let [opening, between, closing] = words.unsupported;
                let language = (words.language_name)(language);
                [opening, language, between, &(words.join)(&names), closing].concat()
            }
        }
    }

    /// The warning, its message in `language`.
    pub fn warning(&self, language: &dyn Language) -> Warning {
        Warning {
            code: self.code().into(),
            message: language.message(self),
        }
    }
}

/// A language's words for the warnings' messages (see [`Notice::message_in`]).
pub struct MessageWords {
    /// Around the country shown for a participant: "{name} is shown for {country}, which the
    /// article does not state but suggests."
    pub country_inferred: [&'static str; 2],
    /// For a relative date with no publication date to resolve it.
    pub date_unresolved: &'static str,
    /// For a text that reports no meeting.
    pub no_meeting: &'static str,
    /// Around the text's language and the languages read: "The text seems to be in
    /// {language}; only {languages} articles are read so far."
    pub unsupported: [&'static str; 3],
    /// The language's name for a country of the report (named in English).
    pub country_name: fn(&str) -> &str,
    /// The language's name for the language of a code ("fr").
    pub language_name: fn(&str) -> &str,
    /// "A, B and C".
    pub join: fn(&[String]) -> String,
}

/// The languages this build reads, the default first.
pub fn readers() -> &'static [&'static dyn Language] {
    &[
        #[cfg(feature = "en")]
        &en::English,
        #[cfg(feature = "es")]
        &es::Spanish,
    ]
}

/// The reader of the language `code`, if this build has it.
pub fn reader(code: &str) -> Option<&'static dyn Language> {
    readers().iter().copied().find(|l| l.code() == code)
}

/// The English name of the language `code`, from `data/languages.tsv`.
pub fn name_of(code: &str) -> Option<&'static str> {
    languages()
        .list
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.name)
}

const LANGUAGES: &str = table!("languages.tsv");

struct TableLanguage {
    code: &'static str,
    name: &'static str,
}

/// The languages of the table, and for each function word and each letter beyond a to z the
/// languages it belongs to (bit `n` for `list[n]`): one lookup per word of the text, whatever
/// the number of languages.
struct Languages {
    list: Vec<TableLanguage>,
    words: WordMap<u64>,
    longest_word: usize,
    letters: Vec<(char, u64)>,
}

impl Languages {
    /// The languages that write the letter `c` (none for a to z).
    fn writing(&self, c: char) -> u64 {
        let mut bits = 0;
        for &(letter, languages) in &self.letters {
            if letter == c {
                bits |= languages;
            }
        }
        bits
    }
}

fn languages() -> &'static Languages {
    static TABLE: OnceLock<Languages> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Languages {
            list: Vec::new(),
            words: WordMap::new(),
            longest_word: 0,
            letters: Vec::new(),
        };
        // A bit per language: the table holds at most 64.
        for row in rows(LANGUAGES).take(64) {
            let (Some(&code), Some(&name), Some(&words), None) =
                (row.get(0), row.get(1), row.get(2), row.get(4))
            else {
                continue;
            };
            let bit = 1u64 << table.list.len();
            table.list.push(TableLanguage { code, name });
            for word in words.split('|') {
                *table.words.or_insert(word, 0) |= bit;
                table.longest_word = table.longest_word.max(word.len());
            }
            for letter in row.get(3).map_or("", |l| l).chars() {
                table.letters.push((letter, bit));
            }
        }
        table
    })
}

/// Whether `code` is a language of the table.
pub fn is_language_code(code: &str) -> bool {
    languages().list.iter().any(|l| l.code == code)
}

/// The language to read `text` in when none is asked for: when it has enough words to tell,
/// the one whose function words make up the largest share of its first 2000 words; for a text
/// too short or too mixed to tell, the language of this build whose function words it has
/// most of ("Lula y Petro se reunieron hoy." is Spanish), else the build's default.
pub fn language_of(text: &str) -> &'static str {
    let counts = function_words(text);
    if let Some(code) = decide(&counts) {
        return code;
    }
    let hits_of = |code: &str| {
        let list = &languages().list;
        list.iter()
            .position(|l| l.code == code)
            .map_or(0, |n| counts.hits[n])
    };
    let mut best = readers()[0].code();
    let mut tied = false;
    for reader in readers().get(1..).unwrap_or_default() {
        let (hits, best_hits) = (hits_of(reader.code()), hits_of(best));
        if hits > best_hits {
            (best, tied) = (reader.code(), false);
        } else if hits == best_hits {
            tied = true;
        }
    }
    if tied { readers()[0].code() } else { best }
}

/// How many of a text's first 2000 words are function words of each language of the table, or
/// uncapitalised words with a letter only some of them write, and how many words it has.
struct FunctionWords {
    hits: Vec<usize>,
    words: usize,
}

fn function_words(text: &str) -> FunctionWords {
    let languages = languages();
    let mut hits = vec![0usize; languages.list.len()];
    let mut words = 0;
    // Function words are short: longer words are counted, never lowercased nor looked up,
    // and one buffer serves every word (this runs on every article).
    let mut lower = String::new();
    for word in text.split(|c: char| !crate::text::case::is_letter(c)) {
        if word.is_empty() {
            continue;
        }
        if words == 2000 {
            break;
        }
        words += 1;
        let mut bits = 0;
        if word.len() <= languages.longest_word {
            lower.clear();
            crate::text::case::push_lower(&mut lower, word);
            bits = languages.words.get(&lower).copied().unwrap_or(0);
        }
        // A capitalised word is often a name from another language ("Luiz Inácio Lula da
        // Silva" in English copy): only the text's own words tell by their letters.
        let capitalised = word.chars().next().is_some_and(crate::text::case::is_upper);
        for c in word.chars().filter(|c| !c.is_ascii() && !capitalised) {
            bits |= languages.writing(crate::text::case::lower(c));
        }
        for (n, count) in hits.iter_mut().enumerate() {
            *count += usize::from(bits & (1 << n) != 0);
        }
    }
    FunctionWords { hits, words }
}

/// The language the counts tell, if they tell one.
fn decide(counts: &FunctionWords) -> Option<&'static str> {
    let FunctionWords { hits, words } = counts;
    if *words < 12 {
        return None;
    }
    let best_hits = hits.iter().copied().max()?;
    // Two languages with as many function words each ("in" is English, German and Italian)
    // leave the text undecided, as do too few function words of any language (a list of
    // names, a table): the caller then reads it in its default language.
    let (mut first, mut tied) = (None, 0);
    for (n, language) in languages().list.iter().enumerate() {
        if hits.get(n) == Some(&best_hits) {
            first.get_or_insert(language);
            tied += 1;
        }
    }
    let language = first?;
    (tied == 1 && best_hits * 20 >= *words).then_some(language.code)
}

/// The honest empty report for a text in a language this build does not read, its warning in
/// the build's default language.
pub fn unsupported(code: &str) -> Report {
    let default = readers()[0];
    let mut readable: Vec<&str> = Vec::new();
    for l in readers() {
        readable.push(l.code());
    }
    let mut report = Report::empty(code);
    report.warnings.push(
        Notice::UnsupportedLanguage {
            language: code,
            readable: &readable,
        }
        .warning(default),
    );
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::EventKind;

    #[test]
    fn tells_languages_apart() {
        let en = "The bilateral meeting between the leaders of Russia and North Korea concluded this Wednesday after almost an hour of talks, the Kremlin reported.";
        let es = "La reunión bilateral entre los líderes de Rusia y Corea del Norte concluyó este miércoles tras casi una hora de conversaciones, informó el Kremlin.";
        let fr = "La réunion bilatérale entre les dirigeants de la Russie et de la Corée du Nord s'est achevée ce mercredi après près d'une heure de discussions.";
        let detect = |text: &str| decide(&function_words(text));
        assert_eq!(detect(en), Some("en"));
        assert_eq!(detect(es), Some("es"));
        assert_eq!(detect(fr), Some("fr"));
        assert_eq!(detect("Putin Kim"), None);
    }

    #[test]
    fn a_tie_between_languages_is_undecided() {
        // "in" is the only function word, and English, German and Italian all have it.
        let short = "Finnish President Aino Virtanen met Swedish Prime Minister Erik Lind in Turku yesterday.";
        assert_eq!(decide(&function_words(short)), None);
        // It is then read in the language of this build it has most function words of.
        assert_eq!(language_of(short), readers()[0].code());
    }

    /// A text too short to tell among all languages is read in the build's language whose
    /// function words it has most of; with none, or a tie, in the build's default language.
    #[cfg(all(feature = "en", feature = "es"))]
    #[test]
    fn a_short_text_is_read_in_the_language_it_leans_to() {
        assert_eq!(
            language_of("Lula y Petro se reunieron hoy en Brasilia."),
            "es"
        );
        assert_eq!(
            language_of("El presidente de Chile recibió al de Perú."),
            "es"
        );
        assert_eq!(
            language_of("The Chilean president received his Peruvian peer."),
            "en"
        );
        assert_eq!(language_of("Lula, Petro, Boric."), "en");
        // Few function words, some shared with French ("la", "en", "a", "par"): the letters
        // French does not write tell Spanish.
        for text in [
            "La presidenta chilena Carla Fuentes recibió en Santiago a su par boliviano, Evo Quispe.",
            "La canciller Inés Robles viajó a Lima para una cita con su par peruano, Raúl Ortiz.",
            "Reunión en Bogotá: la ministra Nuria Peña recibió a su par ecuatoriano.",
            "Tras la cumbre, la presidenta Lucía Marín viajó a Quito a una cita con su par.",
            "A la cita en Madrid, la ministra Begoña Ruiz llegó con su par francés, Luc Arnaud.",
        ] {
            assert_eq!(language_of(text), "es", "{text}");
        }
        // The letters of names tell nothing of the text's own language.
        for text in [
            "Paraguayan President Carlos Peña met Brazilian President Luiz Inácio Lula da Silva in Asunción.",
            "Mexico's Andrés Manuel López Obrador hosted Colombia's Gustavo Petro in Mérida on Monday.",
            "Foreign Minister Raúl Núñez of Perú met his Bolivian peer, José Quiñónez, at Copacabana.",
        ] {
            assert_eq!(language_of(text), "en", "{text}");
        }
    }

    #[test]
    fn unsupported_reports_are_empty_with_a_warning() {
        let r = unsupported("fr");
        assert_eq!(r.event.kind, EventKind::Other);
        assert!(r.participants.is_empty());
        assert_eq!(r.warnings[0].code, "unsupported-language");
        assert!(r.warnings[0].message.contains("French"));
    }
}
