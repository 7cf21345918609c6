//! The summary a reader would write, from the report's own facts only: who met whom, where,
//! when, for how long, about what.

use crate::report::{
    DurationQualifier, EventKind, EventStatus, Participant, Report, SessionFormat,
};

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
        who.push(format!("{} other leaders", principals - shown));
    }
    let verb = match event.status {
        EventStatus::Planned => "will meet",
        EventStatus::Ongoing => "are meeting",
        _ => "met",
    };
    let planned = event.status == EventStatus::Planned;
    let mut first = if principals == 1 {
        one_side(report, &who[0], planned)
    } else {
        format!("{} {verb}", join(&who))
    };
    if let Some(name) = event.name.as_ref().filter(|_| principals > 1) {
        first.push_str(" at the ");
        first.push_str(name);
    }
    let place = &event.location;
    if let Some(venue) = place.venue.as_ref().filter(|v| {
        !event
            .name
            .as_deref()
            .is_some_and(|name| name.contains(v.as_str()))
    }) {
        first.push_str(" at ");
        first.push_str(&with_article(venue));
    }
    // A video or phone call has no place to name.
    if event.virtual_meeting
        && place.venue.is_none()
        && place.city.is_none()
        && place.country.is_none()
    {
        first.push_str(" remotely");
    }
    let wider = crate::lang::summary::wider_places(place, place.country.as_deref());
    if !wider.is_empty() {
        let preposition = if place.venue.is_some() { ", " } else { " in " };
        first.push_str(preposition);
        for (n, part) in wider.iter().enumerate() {
            if n > 0 {
                first.push_str(", ");
            }
            first.push_str(part);
        }
    }
    if let Some(date) = &event.date {
        match date
            .iso
            .as_deref()
            .and_then(crate::text::calendar::Date::parse_iso)
        {
            Some(d) => {
                first.push_str(" on ");
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
    // "The President of France and …": a side named by its title may open the sentence.
    let mut sentences = vec![crate::text::case::capitalize(&first)];

    let mut timed: Vec<String> = Vec::new();
    for s in &report.sessions {
        let Some(d) = &s.duration else { continue };
        let what = match s.format {
            SessionFormat::OneOnOne => "the one-on-one talks",
            SessionFormat::Expanded => "the talks with the delegations",
            SessionFormat::Plenary => "the plenary session",
            SessionFormat::Meal => "the meal",
            SessionFormat::Ceremony => "the ceremony",
            SessionFormat::Talks => "the talks",
        };
        let verb = if planned { "will last" } else { "lasted" };
        timed.push(format!("{what} {verb} {}", length(d.minutes, d.qualifier)));
    }
    if !timed.is_empty() {
        sentences.push(crate::text::case::capitalize(&format!("{}.", join(&timed))));
    }
    let mut topics: Vec<String> = Vec::new();
    for t in report.agenda.iter().take(4) {
        topics.push(t.topic.clone());
    }
    if !topics.is_empty() {
        let more = if report.agenda.len() > 4 {
            ", among other topics"
        } else {
            ""
        };
        // Topics with an "and" of their own read better apart.
        let list = if topics.iter().any(|t| t.contains(" and ")) {
            topics.join("; ")
        } else {
            join(&topics)
        };
        sentences.push(format!("On the agenda: {list}{more}."));
    }
    Some(sentences.join(" "))
}

/// With one principal known, the other sides as the report knows them: the gathering ("X took
/// part in the 20th CIS summit"), the other countries ("X met representatives of Kenya"), or
/// none ("X held talks").
fn one_side(report: &Report, who: &str, planned: bool) -> String {
    let mut others: Vec<String> = Vec::new();
    for c in crate::lang::summary::other_countries(report) {
        others.push(c.to_string());
    }
    let (take_part, meet, hold) = if planned {
        ("will take part in", "will meet", "will hold talks")
    } else {
        ("took part in", "met", "held talks")
    };
    match &report.event.name {
        Some(name) => format!("{who} {take_part} the {name}"),
        None if !others.is_empty() => format!("{who} {meet} representatives of {}", join(&others)),
        None => format!("{who} {hold}"),
    }
}

/// "Wednesday 13 September 2023".
fn long_date(d: crate::text::calendar::Date) -> String {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    crate::lang::summary::long_date(d, &DAYS, &MONTHS, " ")
}

/// "Emmanuel Macron (France)", or for a side named by its title "the President of France".
fn person(p: &Participant) -> String {
    match (&p.name, &p.role, &p.country) {
        (Some(name), _, Some(c)) => format!("{name} ({c})"),
        (Some(name), _, None) => name.clone(),
        (None, Some(role), Some(c)) => format!("the {role} of {c}"),
        (None, _, _) => String::new(),
    }
}

fn with_article(venue: &str) -> String {
    // "Catherine's Palace", "St George's Hall": a possessive is its own determiner.
    let possessive = venue
        .split(' ')
        .take(2)
        .any(|word| word.ends_with("'s") || word.ends_with("’s"));
    if venue.starts_with(|c: char| c.is_lowercase()) || venue.starts_with("The ") || possessive {
        venue.to_string()
    } else {
        format!("the {venue}")
    }
}

/// "almost an hour and a half", "about 4 hours 30 minutes".
fn length(minutes: u32, qualifier: DurationQualifier) -> String {
    const WORDS: crate::lang::summary::LengthWords = crate::lang::summary::LengthWords {
        hedges: ["about ", "almost ", "more than ", "less than "],
        numbers: [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ],
        minutes: " minutes",
        hour: ["an hour", "an hour and a half"],
        hours: [" hours", " and a half hours"],
    };
    crate::lang::summary::length(minutes, qualifier, &WORDS)
}

fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::summary::fixtures;
    use crate::report::{Duration, EventDate, Session, Span};

    fn principal(name: &str, country: &str) -> Participant {
        fixtures::principal(name, "President", country)
    }

    fn meeting() -> Report {
        fixtures::meeting(
            "en",
            vec![
                principal("Ana Berg", "Norway"),
                principal("Jon Hale", "Iceland"),
            ],
        )
    }

    fn duration(minutes: u32, qualifier: DurationQualifier) -> Option<Duration> {
        Some(Duration {
            text: String::new(),
            minutes,
            qualifier,
            evidence: Span { start: 0, end: 0 },
        })
    }

    #[test]
    fn who_met_whom_where_and_when() {
        let mut report = meeting();
        report.event.location.venue = Some("Royal Palace".into());
        report.event.location.city = Some("Oslo".into());
        report.event.location.country = Some("Norway".into());
        report.event.date = Some(EventDate {
            text: "on Monday".into(),
            iso: Some("2024-05-06".into()),
            evidence: Span { start: 0, end: 0 },
        });
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Ana Berg (Norway) and Jon Hale (Iceland) met at the Royal Palace, Oslo, Norway \
                 on Monday 6 May 2024."
            )
        );
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
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Ana Berg (Norway), Jon Hale (Iceland), Eva Lind (Sweden), Ole Dahl (Denmark) \
                 and Aino Salo (Finland) met."
            )
        );
        report.participants.push(principal("Ivo Tamm", "Estonia"));
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Ana Berg (Norway), Jon Hale (Iceland), Eva Lind (Sweden), Ole Dahl (Denmark) \
                 and 2 other leaders met."
            )
        );
    }

    #[test]
    fn a_planned_meeting_its_sessions_and_its_agenda() {
        let mut report = meeting();
        report.event.status = EventStatus::Planned;
        report.event.date = Some(EventDate {
            text: "next week".into(),
            iso: None,
            evidence: Span { start: 0, end: 0 },
        });
        report.sessions = vec![Session {
            format: SessionFormat::OneOnOne,
            label: String::new(),
            duration: duration(90, DurationQualifier::Almost),
            evidence: Vec::new(),
        }];
        for topic in ["fishing quotas", "energy", "trade and tariffs"] {
            report.agenda.push(crate::report::AgendaItem {
                topic: topic.into(),
                source: None,
                evidence: Span { start: 0, end: 0 },
            });
        }
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Ana Berg (Norway) and Jon Hale (Iceland) will meet (next week). The one-on-one \
                 talks will last almost an hour and a half. On the agenda: fishing quotas; energy; \
                 trade and tariffs."
            )
        );
    }

    #[test]
    fn one_side_named_and_no_meeting() {
        let mut report = meeting();
        report.participants.truncate(1);
        report.countries = vec!["Norway".into(), "Iceland".into(), "Denmark".into()];
        assert_eq!(
            write(&report).as_deref(),
            Some("Ana Berg (Norway) met representatives of Iceland and Denmark.")
        );
        report.event.kind = EventKind::Other;
        assert_eq!(write(&report), None);
    }

    #[test]
    fn lengths_read_as_words() {
        assert_eq!(length(60, DurationQualifier::Exact), "an hour");
        assert_eq!(
            length(150, DurationQualifier::About),
            "about two and a half hours"
        );
        assert_eq!(
            length(45, DurationQualifier::LessThan),
            "less than 45 minutes"
        );
        assert_eq!(
            length(200, DurationQualifier::MoreThan),
            "more than 3 h 20 min"
        );
    }
}
