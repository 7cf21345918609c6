//! The summary an English reader would write: the shared writer (`lang::summary`) in English
//! words.

use crate::lang::summary::{LengthWords, Phrasing};
use crate::report::Report;
use crate::tables::lexicon::Cat;

/// English's words for a summary.
const ENGLISH: Phrasing = Phrasing {
    meet: ["will meet", "are meeting", "met"],
    one_side: [
        ["will take part in", "will meet", "will hold talks"],
        ["took part in", "met", "held talks"],
    ],
    representatives,
    others_counted: ["", " other leaders"],
    at: " at ",
    within: " in ",
    remotely: " remotely",
    comma_after_places: false,
    on: " on ",
    days: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months: [
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
    ],
    date_link: " ",
    sessions: [
        ("the one-on-one talks", true),
        ("the talks with the delegations", true),
        ("the plenary session", false),
        ("the meal", false),
        ("the ceremony", false),
        ("the talks", true),
    ],
    lasted: [["will last", "will last"], ["lasted", "lasted"]],
    lengths: LengthWords {
        hedges: ["about ", "almost ", "more than ", "less than "],
        numbers: [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ],
        minutes: " minutes",
        hour: ["an hour", "an hour and a half"],
        hours: [" hours", " and a half hours"],
    },
    agenda: "On the agenda: ",
    more_topics: ", among other topics",
    topic_conjunctions: &[" and "],
    country_name: same_name,
    join,
    titled,
    group,
    the_meeting,
    the_venue,
};

/// One to three sentences, or `None` when there is no meeting.
pub fn write(report: &Report) -> Option<String> {
    crate::lang::summary::write(report, &ENGLISH)
}

/// The report's country names are English's own.
pub(super) fn same_name(country: &str) -> &str {
    country
}

/// "the President of France", "the foreign minister of Peru", "the Prime Minister of the
/// Netherlands" (a name with a word of `article_head` takes the article): a title written in
/// capitals keeps them; one written as a label, only its first letter capitalised ("Foreign
/// minister", as a plural title opening its sentence gives it), is written small after "the".
fn titled(role: &str, country: &str) -> String {
    let label = role
        .split(' ')
        .skip(1)
        .any(|word| word.len() > 3 && word.starts_with(crate::text::case::is_lower));
    if label {
        [
            "the ",
            &crate::text::case::lower_str(role),
            " of ",
            &the_country(country),
        ]
        .concat()
    } else {
        ["the ", role, " of ", &the_country(country)].concat()
    }
}

/// "representatives of Kenya and the United States".
fn representatives(countries: &[String]) -> String {
    let named: Vec<String> = countries.iter().map(|c| the_country(c)).collect();
    ["representatives of ", &join(&named)].concat()
}

/// A country's name in running text, with the article a name with a word of `article_head`
/// takes: "the United States", "the Netherlands", "Kenya".
fn the_country(country: &str) -> String {
    let article = country
        .split(' ')
        .any(|word| super::lexicon().is(Cat::ArticleHead, &crate::text::case::lower_str(word)));
    if article {
        ["the ", country].concat()
    } else {
        country.to_string()
    }
}

/// "the leaders of the G7" with its article; "G7 leaders", which opens with the owner's name,
/// as it is.
fn group(name: &str) -> String {
    if name.starts_with(crate::text::case::is_lower) {
        ["the ", name].concat()
    } else {
        name.to_string()
    }
}

/// "the G20 summit".
fn the_meeting(name: &str) -> String {
    ["the ", name].concat()
}

/// "the Royal Palace"; a venue with a determiner of its own as it is.
fn the_venue(venue: &str) -> String {
    // "Catherine's Palace", "St George's Hall": a possessive is its own determiner.
    let possessive = venue
        .split(' ')
        .take(2)
        .any(|word| word.ends_with("'s") || word.ends_with("’s"));
    // "Downing Street", "Tiananmen Square": a street's or a square's name takes none.
    let street = venue.rsplit(' ').next().is_some_and(|word| {
        super::lexicon().is(Cat::StreetNoun, &crate::text::case::lower_str(word))
    });
    if venue.starts_with(crate::text::case::is_lower)
        || venue.starts_with("The ")
        || possessive
        || street
    {
        venue.to_string()
    } else {
        ["the ", venue].concat()
    }
}

/// "A, B and C".
pub(super) fn join(items: &[String]) -> String {
    crate::lang::summary::listed(items, " and ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::summary::fixtures;
    use crate::lang::summary::length;
    use crate::report::{Duration, EventDate, Session, Span};
    use crate::report::{DurationQualifier, EventKind, EventStatus, Participant, SessionFormat};

    #[test]
    fn a_title_in_capitals_keeps_them_and_a_label_is_written_small() {
        for (role, written) in [
            ("President", "the President of Peru"),
            ("Prime Minister", "the Prime Minister of Peru"),
            (
                "Minister of Foreign Affairs",
                "the Minister of Foreign Affairs of Peru",
            ),
            (
                "Minister for the Economy",
                "the Minister for the Economy of Peru",
            ),
            ("Foreign minister", "the foreign minister of Peru"),
            ("Deputy prime minister", "the deputy prime minister of Peru"),
            (
                "Minister of foreign trade",
                "the minister of foreign trade of Peru",
            ),
        ] {
            assert_eq!(titled(role, "Peru"), written, "{role}");
        }
    }

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
        // A country whose name takes the article, wherever it stands in the list.
        report.countries = vec!["Norway".into(), "Iceland".into(), "United States".into()];
        assert_eq!(
            write(&report).as_deref(),
            Some("Ana Berg (Norway) met representatives of Iceland and the United States.")
        );
        // A street's name takes none.
        report.event.location.venue = Some("Downing Street".into());
        assert_eq!(
            write(&report).as_deref(),
            Some(
                "Ana Berg (Norway) met representatives of Iceland and the United States at \
                 Downing Street."
            )
        );
        report.event.kind = EventKind::Other;
        assert_eq!(write(&report), None);
    }

    #[test]
    fn lengths_read_as_words() {
        assert_eq!(
            length(60, DurationQualifier::Exact, &ENGLISH.lengths),
            "an hour"
        );
        assert_eq!(
            length(150, DurationQualifier::About, &ENGLISH.lengths),
            "about two and a half hours"
        );
        assert_eq!(
            length(45, DurationQualifier::LessThan, &ENGLISH.lengths),
            "less than 45 minutes"
        );
        assert_eq!(
            length(200, DurationQualifier::MoreThan, &ENGLISH.lengths),
            "more than 3 h 20 min"
        );
    }
}
