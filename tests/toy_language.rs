//! A language added from outside the crate, the way `docs/adding-a-language.md` describes: a
//! toy Esperanto with two titles, a month, a meeting verb and two countries' adjectives, given
//! to `Options::language`. The stages read it through the word classes its tables fill, with
//! no code of their own for it.

use std::sync::OnceLock;

use summit_cards::{EventKind, Language, Lexicon, Notice, Options, Report, extract};

/// How the toy language names countries (the columns of `data/en/countries.tsv`: code, other
/// names, adjectives, capitals, seats of government).
const COUNTRIES: &str = "FR\tFrancio\tfranca\tParizo\t\nNO\tNorvegio\tnorvega\tOslo\t\n";

/// Its word classes (the columns of `data/en/words.tsv`: class, value, phrases).
const WORDS: &str = "month\t9\tseptembro\nmeeting_verb\t-\trenkontis\nplace_preposition\t-\ten\ndeterminer\t0\tla\n";

/// Its titles (the columns of `data/en/roles.tsv`: class, phrases).
const ROLES: &str = "leader\tprezidanto|ĉefministro\n";

/// Its plural: "-j" after the noun and each adjective ("prezidantoj").
fn plural(title: &str) -> String {
    title.split(' ').map(|w| format!("{w}j")).collect::<Vec<_>>().join(" ")
}

struct ToyEsperanto;

impl Language for ToyEsperanto {
    fn code(&self) -> &'static str {
        "eo"
    }

    fn lexicon(&self) -> &'static Lexicon {
        static TABLES: OnceLock<Lexicon> = OnceLock::new();
        TABLES.get_or_init(|| Lexicon::from_tables(COUNTRIES, WORDS, ROLES, plural))
    }

    fn summary(&self, report: &Report) -> Option<String> {
        let names: Vec<&str> = report
            .participants
            .iter()
            .filter_map(|p| p.name.as_deref())
            .collect();
        (names.len() == 2).then(|| format!("{} renkontis {}.", names[0], names[1]))
    }

    fn message(&self, notice: &Notice) -> String {
        match notice {
            Notice::NoMeeting => "Neniu renkontiĝo troviĝis.".to_string(),
            other => other.code().to_string(),
        }
    }
}

static TOY: ToyEsperanto = ToyEsperanto;

#[test]
fn a_toy_language_reads_a_two_sentence_article() {
    let text = "La franca prezidanto Ana Berg renkontis la norvega ĉefministro Jon Hale en Oslo \
                la 3 septembro 2025. Ili parolis dum unu horo.";
    let options = Options::new().language(&TOY);
    let report = extract(text, &options).expect("a report");

    assert_eq!(report.lang, "eo");
    assert_eq!(report.event.kind, EventKind::Bilateral);
    let people: Vec<(Option<&str>, Option<&str>, Option<&str>)> = report
        .participants
        .iter()
        .map(|p| (p.name.as_deref(), p.role.as_deref(), p.country.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            (Some("Ana Berg"), Some("Prezidanto"), Some("France")),
            (Some("Jon Hale"), Some("Ĉefministro"), Some("Norway")),
        ]
    );
    assert_eq!(report.event.location.city.as_deref(), Some("Oslo"));
    let date = report.event.date.as_ref().and_then(|d| d.iso.as_deref());
    assert_eq!(date, Some("2025-09-03"));
    assert_eq!(
        report.summary.as_deref(),
        Some("Ana Berg renkontis Jon Hale.")
    );
}

#[test]
fn a_toy_language_says_when_it_finds_no_meeting() {
    let text = "La vetero estis bela en Oslo hieraŭ, kaj multaj homoj promenis en la parko.";
    let report = extract(text, &Options::new().language(&TOY)).expect("a report");
    assert_eq!(report.event.kind, EventKind::Other);
    assert_eq!(report.warnings[0].code, "no-meeting");
    assert_eq!(report.warnings[0].message, "Neniu renkontiĝo troviĝis.");
}
