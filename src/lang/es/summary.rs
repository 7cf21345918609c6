//! The summary a Spanish reader would write, from the report's own facts only: who met whom,
//! where, when, for how long, about what.

use crate::report::{
    DurationQualifier, EventKind, EventStatus, Participant, Report, SessionFormat,
};
use crate::text::calendar::Date;
use crate::text::case::capitalize;

/// One to three sentences, or `None` when there is no meeting.
pub fn write(report: &Report) -> Option<String> {
    let event = &report.event;
    if event.kind == EventKind::Other {
        return None;
    }
    // The principals a reader can tell apart, the first of them by name.
    let named = crate::lang::summary::principals(report);
    let principals = named.len();
    if principals == 0 {
        return None;
    }
    let mut who: Vec<String> = Vec::new();
    let shown = crate::lang::summary::named_count(principals);
    for p in named.iter().take(shown) {
        who.push(person(p));
    }
    if principals > shown {
        who.push(format!("otros {} líderes", principals - shown));
    }
    let planned = event.status == EventStatus::Planned;
    let mut first = if principals == 1 {
        one_side(report, &who[0], planned)
    } else {
        let verb = match event.status {
            EventStatus::Planned => "se reunirán",
            EventStatus::Ongoing => "se reúnen",
            _ => "se reunieron",
        };
        format!("{} {verb}", join(&who))
    };
    if let Some(name) = event.name.as_ref().filter(|_| principals > 1) {
        first.push_str(" en ");
        first.push_str(&with_article(name));
    }
    let place = &event.location;
    if let Some(venue) = place.venue.as_ref().filter(|v| {
        !event
            .name
            .as_deref()
            .is_some_and(|name| name.contains(v.as_str()))
    }) {
        first.push_str(" en ");
        first.push_str(&with_article(venue));
    }
    if event.virtual_meeting
        && place.venue.is_none()
        && place.city.is_none()
        && place.country.is_none()
    {
        first.push_str(" a distancia");
    }
    let country = place.country.as_deref().map(super::country_name);
    let wider = crate::lang::summary::wider_places(place, country);
    // "en el Palacio Real, Madrid, el lunes …": the place after a venue is an apposition,
    // closed by a comma before what follows.
    let apposition = place.venue.is_some() && !wider.is_empty();
    if !wider.is_empty() {
        first.push_str(if place.venue.is_some() { ", " } else { " en " });
        first.push_str(&wider.join(", "));
    }
    if let Some(date) = &event.date {
        if apposition {
            first.push(',');
        }
        match date.iso.as_deref().and_then(Date::parse_iso) {
            Some(d) => {
                first.push_str(" el ");
                first.push_str(&long_date(d));
            }
            None => {
                first.push_str(" (");
                first.push_str(&date.text);
                first.push(')');
            }
        }
    }
    first.push('.');
    let mut sentences = vec![capitalize(&first)];

    let mut timed: Vec<String> = Vec::new();
    for s in &report.sessions {
        let Some(d) = &s.duration else { continue };
        // The session, and whether its noun is plural (the verb agrees).
        let (what, plural) = match s.format {
            SessionFormat::OneOnOne => ("la reunión a solas", false),
            SessionFormat::Expanded => ("las conversaciones con las delegaciones", true),
            SessionFormat::Plenary => ("la sesión plenaria", false),
            SessionFormat::Meal => ("la comida", false),
            SessionFormat::Ceremony => ("la ceremonia", false),
            SessionFormat::Talks => ("las conversaciones", true),
        };
        let verb = match (planned, plural) {
            (true, true) => "durarán",
            (true, false) => "durará",
            (false, true) => "duraron",
            (false, false) => "duró",
        };
        timed.push(format!("{what} {verb} {}", length(d.minutes, d.qualifier)));
    }
    if !timed.is_empty() {
        sentences.push(capitalize(&format!("{}.", join(&timed))));
    }
    let mut topics: Vec<String> = Vec::new();
    for t in report.agenda.iter().take(4) {
        topics.push(t.topic.clone());
    }
    if !topics.is_empty() {
        let more = if report.agenda.len() > 4 {
            ", entre otros temas"
        } else {
            ""
        };
        // Topics with a "y" of their own read better apart.
        let list = if topics
            .iter()
            .any(|t| t.contains(" y ") || t.contains(" e "))
        {
            topics.join("; ")
        } else {
            join(&topics)
        };
        sentences.push(format!("En la agenda: {list}{more}."));
    }
    Some(sentences.join(" "))
}

/// With one principal known, the other sides as the report knows them: the gathering ("X
/// participó en la cumbre de la CEI"), the other countries ("X se reunió con representantes de
/// Kenia"), or none ("X mantuvo conversaciones").
fn one_side(report: &Report, who: &str, planned: bool) -> String {
    let mut others: Vec<String> = Vec::new();
    for c in crate::lang::summary::other_countries(report) {
        others.push(super::country_name(c).to_string());
    }
    let (take_part, meet, hold) = if planned {
        (
            "participará en",
            "se reunirá con",
            "mantendrá conversaciones",
        )
    } else {
        ("participó en", "se reunió con", "mantuvo conversaciones")
    };
    match &report.event.name {
        Some(name) => format!("{who} {take_part} {}", with_article(name)),
        None if !others.is_empty() => format!("{who} {meet} representantes de {}", join(&others)),
        None => format!("{who} {hold}"),
    }
}

/// "miércoles 13 de septiembre de 2023".
fn long_date(d: Date) -> String {
    const DAYS: [&str; 7] = [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ];
    const MONTHS: [&str; 12] = [
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
    ];
    crate::lang::summary::long_date(d, &DAYS, &MONTHS, " de ")
}

/// "Emmanuel Macron (Francia)", or for a side named by its title "el presidente de Francia".
fn person(p: &Participant) -> String {
    match (&p.name, &p.role, &p.country) {
        (Some(name), _, Some(c)) => format!("{name} ({})", super::country_name(c)),
        (Some(name), _, None) => name.clone(),
        (None, Some(role), Some(c)) => {
            let role = crate::text::case::lower_str(role);
            format!("{} {role} de {}", article(&role), super::country_name(c))
        }
        (None, _, _) => String::new(),
    }
}

/// The definite article of a noun phrase, by the gender its first noun shows: "la" for the
/// feminine endings ("cumbre", "reunión", "presidenta", "Casa Blanca"), "el" otherwise.
fn article(phrase: &str) -> &'static str {
    let first = phrase
        .split(' ')
        .find(|w| !w.chars().all(|c| c.is_ascii_digit() || "IVXLC".contains(c)))
        .unwrap_or(phrase);
    let word = crate::text::case::lower_str(first);
    let feminine = ["a", "ión", "dad", "tad", "tud", "umbre", "ie"]
        .iter()
        .any(|ending| word.ends_with(ending))
        && ![
            "día", "mapa", "programa", "problema", "tema", "sistema", "clima",
        ]
        .contains(&word.as_str());
    if feminine { "la" } else { "el" }
}

/// A venue or meeting name with its article, unless it opens with one.
fn with_article(name: &str) -> String {
    let opens_with_article = ["El ", "La ", "Los ", "Las ", "el ", "la ", "los ", "las "]
        .iter()
        .any(|a| name.starts_with(a));
    if opens_with_article {
        name.to_string()
    } else {
        format!("{} {name}", article(name))
    }
}

/// "casi una hora y media", "alrededor de 4 h 30 min".
fn length(minutes: u32, qualifier: DurationQualifier) -> String {
    const WORDS: crate::lang::summary::LengthWords = crate::lang::summary::LengthWords {
        hedges: ["alrededor de ", "casi ", "más de ", "menos de "],
        numbers: [
            "cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez",
        ],
        minutes: " minutos",
        hour: ["una hora", "una hora y media"],
        hours: [" horas", " horas y media"],
    };
    crate::lang::summary::length(minutes, qualifier, &WORDS)
}

/// "A, B y C"; "e" before a word that opens with the sound "i" ("Rusia e Irán").
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let lower = crate::text::case::lower_str(last);
            let i_sound = (lower.starts_with('i') || lower.starts_with("hi"))
                && !lower.starts_with("hie")
                && !lower.starts_with("hia");
            let and = if i_sound { "e" } else { "y" };
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::summary::fixtures;
    use crate::report::{Duration, EventDate, Session, Span};

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
    }

    #[test]
    fn lists_join_with_y_or_e() {
        let list = |items: &[&str]| join(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&["Rusia", "China"]), "Rusia y China");
        assert_eq!(list(&["Rusia", "China", "Irán"]), "Rusia, China e Irán");
        assert_eq!(list(&["España", "Hierro"]), "España y Hierro");
    }
}
