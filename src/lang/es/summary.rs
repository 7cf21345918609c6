//! The summary a Spanish reader would write: the shared writer (`lang::summary`) in Spanish
//! words.

use crate::lang::summary::{LengthWords, Phrasing};
use crate::report::Report;
use crate::tables::lexicon::Cat;

/// Spanish's words for a summary.
const SPANISH: Phrasing = Phrasing {
    meet: ["se reunirán", "se reúnen", "se reunieron"],
    one_side: [
        [
            "participará en",
            "se reunirá con",
            "mantendrá conversaciones",
        ],
        ["participó en", "se reunió con", "mantuvo conversaciones"],
    ],
    representatives,
    others_counted: ["otros ", " líderes"],
    at: " en ",
    within: " en ",
    remotely: " a distancia",
    // "en el Palacio Real, Madrid, el lunes …": the places after a venue are an apposition.
    comma_after_places: true,
    on: " el ",
    days: [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    date_link: " de ",
    sessions: [
        ("la reunión a solas", false),
        ("las conversaciones con las delegaciones", true),
        ("la sesión plenaria", false),
        ("la comida", false),
        ("la ceremonia", false),
        ("las conversaciones", true),
    ],
    lasted: [["durará", "durarán"], ["duró", "duraron"]],
    lengths: LengthWords {
        hedges: ["alrededor de ", "casi ", "más de ", "menos de "],
        numbers: [
            "cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez",
        ],
        minutes: " minutos",
        hour: ["una hora", "una hora y media"],
        hours: [" horas", " horas y media"],
    },
    agenda: "En la agenda: ",
    more_topics: ", entre otros temas",
    topic_conjunctions: &[" y ", " e "],
    country_name: super::country_name,
    join,
    titled,
    group,
    the_meeting: with_article,
    the_venue: with_article,
};

/// One to three sentences, or `None` when there is no meeting.
pub fn write(report: &Report) -> Option<String> {
    crate::lang::summary::write(report, &SPANISH)
}

/// "el presidente de Francia", "el primer ministro del Reino Unido", "de los Países Bajos": the
/// article of a name by its first word's `article_head` value.
fn titled(role: &str, country: &str) -> String {
    let role = crate::text::case::lower_str(role);
    [article(&role), " ", &role, of_country(country), country].concat()
}

/// "representantes de Kenia y Estados Unidos", "representantes del Reino Unido y Francia".
fn representatives(countries: &[String]) -> String {
    let of = countries.first().map_or(" de ", |c| of_country(c));
    ["representantes", of, &join(countries)].concat()
}

/// The link before a country's name, with the article its first word's `article_head` value
/// gives: " de ", " del ", " de los ".
fn of_country(country: &str) -> &'static str {
    const OF_THE: [&str; 4] = [" del ", " de la ", " de los ", " de las "];
    let first = crate::text::case::lower_str(country.split(' ').next().unwrap_or(country));
    super::lexicon()
        .value(Cat::ArticleHead, &first)
        .and_then(|v| OF_THE.get(usize::try_from(v).ok()?))
        .copied()
        .unwrap_or(" de ")
}

/// The definite article of a noun phrase, by the gender its first noun shows: "la" for the
/// feminine endings ("cumbre", "reunión", "presidenta", "Casa Blanca") and the feminine nouns of
/// buildings and places with other endings ("sede", "base", "catedral"), "el" otherwise.
fn article(phrase: &str) -> &'static str {
    let first = phrase
        .split(' ')
        .find(|w| {
            !w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        })
        .unwrap_or(phrase);
    let word = crate::text::case::lower_str(first);
    let feminine = ["a", "ión", "dad", "tad", "tud", "umbre", "ie"]
        .iter()
        .any(|ending| word.ends_with(ending))
        || ["sede", "base", "torre", "catedral", "calle", "cárcel"].contains(&word.as_str())
            && ![
                "día", "mapa", "programa", "problema", "tema", "sistema", "clima",
            ]
            .contains(&word.as_str());
    if feminine { "la" } else { "el" }
}

/// "los cancilleres del Mercosur", "las ministras de la UE": a group with the plural article
/// of its first noun's gender.
fn group(name: &str) -> String {
    let first = name.split(' ').next().unwrap_or(name);
    let feminine = crate::text::case::lower_str(first).ends_with("as");
    [if feminine { "las " } else { "los " }, name].concat()
}

/// A venue or meeting name with its article, unless it opens with one.
fn with_article(name: &str) -> String {
    let opens_with_article = ["El ", "La ", "Los ", "Las ", "el ", "la ", "los ", "las "]
        .iter()
        .any(|a| name.starts_with(a));
    if opens_with_article {
        name.to_string()
    } else {
        [article(name), name].join(" ")
    }
}

/// "A, B y C"; "e" before a word that opens with the sound "i" ("Rusia e Irán").
pub fn join(items: &[String]) -> String {
    let lower = crate::text::case::lower_str(items.last().map_or("", String::as_str));
    let i_sound = (lower.starts_with('i') || lower.starts_with("hi"))
        && !lower.starts_with("hie")
        && !lower.starts_with("hia");
    crate::lang::summary::listed(items, if i_sound { " e " } else { " y " })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::summary::fixtures;
    use crate::report::{Duration, EventDate, Session, Span};
    use crate::report::{DurationQualifier, EventKind, EventStatus, Participant, SessionFormat};

    fn principal(name: &str, country: &str) -> Participant {
        fixtures::principal(name, "Presidente", country)
    }

    fn meeting() -> Report {
        fixtures::meeting(
            "es",
            vec![
                principal("Vladímir Putin", "Russia"),
                principal("Kim Jong-un", "North Korea"),
            ],
        )
    }

    #[test]
    fn five_principals_are_named_and_six_counted_after_four() {
        let mut report = meeting();
        report.event.kind = EventKind::Multilateral;
        for (name, country) in [
            ("Eva Lind", "Sweden"),
            ("Ole Dahl", "Denmark"),
            ("Aino Salo", "Finland"),
        ] {
            report.participants.push(principal(name, country));
        }
        let five = write(&report).unwrap_or_default();
        assert!(
            five.contains("Ole Dahl (Dinamarca) y Aino Salo (Finlandia) se reunieron"),
            "{five}"
        );
        report.participants.push(principal("Ivo Tamm", "Estonia"));
        let six = write(&report).unwrap_or_default();
        assert!(
            six.contains("Ole Dahl (Dinamarca) y otros 2 líderes se reunieron"),
            "{six}"
        );
    }

    /// With one side named, the others are their countries, the first after the link its
    /// article takes: "representantes del Reino Unido y Francia".
    #[test]
    fn one_side_named_meets_representatives() {
        let mut report = meeting();
        report.participants.truncate(1);
        report.countries = vec!["Russia".into(), "United Kingdom".into(), "France".into()];
        assert_eq!(
            write(&report).as_deref(),
            Some("Vladímir Putin (Rusia) se reunió con representantes del Reino Unido y Francia.")
        );
    }

    #[test]
    fn who_met_whom_where_and_when() {
        let mut report = meeting();
        report.event.location.venue = Some("cosmódromo de Vostochni".into());
        report.event.location.country = Some("Russia".into());
        report.event.date = Some(EventDate {
            text: "este miércoles".into(),
            iso: Some("2023-09-13".into()),
            evidence: Span { start: 0, end: 0 },
        });
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Vladímir Putin (Rusia) y Kim Jong-un (Corea del Norte) se reunieron en \
                 el cosmódromo de Vostochni, Rusia, el miércoles 13 de septiembre de 2023."
            )
        );
    }

    #[test]
    fn a_country_after_its_city_is_closed_by_a_comma_and_a_city_alone_is_not() {
        let mut report = meeting();
        report.event.location.city = Some("Tokio".into());
        report.event.location.country = Some("Japan".into());
        report.event.date = Some(EventDate {
            text: "este martes".into(),
            iso: Some("2026-03-10".into()),
            evidence: Span { start: 0, end: 0 },
        });
        let both = write(&report).unwrap_or_default();
        assert!(
            both.contains("en Tokio, Japón, el martes 10 de marzo"),
            "{both}"
        );
        report.event.location.country = None;
        let city = write(&report).unwrap_or_default();
        assert!(city.contains("en Tokio el martes 10 de marzo"), "{city}");
    }

    #[test]
    fn a_date_not_resolved_is_given_as_written_with_no_comma_before_it() {
        let mut report = meeting();
        report.event.location.venue = Some("Palacio Real".into());
        report.event.location.city = Some("Madrid".into());
        report.event.date = Some(EventDate {
            text: "este martes".into(),
            iso: None,
            evidence: Span { start: 0, end: 0 },
        });
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Vladímir Putin (Rusia) y Kim Jong-un (Corea del Norte) se reunieron en el \
                 Palacio Real, Madrid (este martes)."
            )
        );
    }

    #[test]
    fn durations_agree_with_their_session() {
        let mut report = meeting();
        report.event.status = EventStatus::Planned;
        report.event.location.city = Some("Madrid".into());
        let duration = |minutes, qualifier| Duration {
            text: String::new(),
            minutes,
            qualifier,
            evidence: Span { start: 0, end: 0 },
        };
        report.sessions = vec![
            Session {
                format: SessionFormat::OneOnOne,
                label: String::new(),
                duration: Some(duration(90, DurationQualifier::Almost)),
                evidence: Vec::new(),
            },
            Session {
                format: SessionFormat::Talks,
                label: String::new(),
                duration: Some(duration(240, DurationQualifier::About)),
                evidence: Vec::new(),
            },
        ];
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Vladímir Putin (Rusia) y Kim Jong-un (Corea del Norte) se reunirán en Madrid. \
                 La reunión a solas durará casi una hora y media y las conversaciones durarán \
                 alrededor de cuatro horas."
            )
        );
    }

    #[test]
    fn articles_follow_the_gender_of_the_noun() {
        assert_eq!(
            with_article("Palacio de la Moncloa"),
            "el Palacio de la Moncloa"
        );
        assert_eq!(with_article("Casa Rosada"), "la Casa Rosada");
        assert_eq!(
            with_article("XV Cumbre de los BRICS"),
            "la XV Cumbre de los BRICS"
        );
        assert_eq!(
            with_article("Reunión de Cancilleres"),
            "la Reunión de Cancilleres"
        );
        assert_eq!(with_article("Foro de Davos"), "el Foro de Davos");
        for (venue, written) in [
            ("sede de la Cancillería", "la sede de la Cancillería"),
            ("Sede de Naciones Unidas", "la Sede de Naciones Unidas"),
            ("base aérea de Torrejón", "la base aérea de Torrejón"),
            ("Torre Tagle", "la Torre Tagle"),
            ("catedral de Santiago", "la catedral de Santiago"),
            ("hotel Marriott", "el hotel Marriott"),
            ("Pabellón Presidencial", "el Pabellón Presidencial"),
        ] {
            assert_eq!(with_article(venue), written);
        }
    }

    #[test]
    fn lists_join_with_y_or_e() {
        let list = |items: &[&str]| join(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&["Rusia", "China"]), "Rusia y China");
        assert_eq!(list(&["Rusia", "China", "Irán"]), "Rusia, China e Irán");
        assert_eq!(list(&["España", "Hierro"]), "España y Hierro");
    }
}
