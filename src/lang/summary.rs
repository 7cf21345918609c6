//! What a summary tells, whatever its language, and in what order: who met whom, where, when,
//! for how long, about what. Each language gives the words it says them in ([`Phrasing`]).

use crate::report::{
    DurationQualifier, EventKind, EventStatus, Location, Participant, Report, SessionFormat,
};
use crate::text::calendar::Date;
use crate::text::case::capitalize;

/// How many principals a summary names one by one; the others are counted.
const NAMED_PRINCIPALS: usize = 4;

/// The words a language writes a summary in, and the few things no fixed phrase can say: how it
/// joins a list, names a side by its title, puts an article before a name.
pub struct Phrasing {
    /// The verb of several sides meeting, by status: planned, ongoing, held.
    pub meet: [&'static str; 3],
    /// One side known, planned and held: taking part in a named gathering, meeting others,
    /// holding talks.
    pub one_side: [[&'static str; 3]; 2],
    /// The other sides of a one-side summary, by their countries as the language names them:
    /// "representatives of Kenya and the United States".
    pub representatives: fn(&[String]) -> String,
    /// Around the number of principals not named: "2 other leaders", "otros 2 líderes".
    pub others_counted: [&'static str; 2],
    /// Before a meeting's name or venue: " at ".
    pub at: &'static str,
    /// Before the city, region and country when no venue is named: " in ".
    pub within: &'static str,
    /// For a meeting held by video or phone, with no place to name: " remotely".
    pub remotely: &'static str,
    /// Whether a comma closes the places after the first before the date (an apposition).
    pub comma_after_places: bool,
    /// Before the date: " on ".
    pub on: &'static str,
    /// The weekdays, from Monday.
    pub days: [&'static str; 7],
    /// The months from January.
    pub months: [&'static str; 12],
    /// Between day, month and year: " ", " de ".
    pub date_link: &'static str,
    /// Each session format as the subject of "lasted", and whether its noun is plural: one on
    /// one, expanded, plenary, meal, ceremony, talks.
    pub sessions: [(&'static str, bool); 6],
    /// "lasted" by tense (planned first) and number (singular first).
    pub lasted: [[&'static str; 2]; 2],
    /// How lengths of time are said.
    pub lengths: LengthWords,
    /// Opens the agenda's sentence: "On the agenda: ".
    pub agenda: &'static str,
    /// Closes it when there are more topics than shown: ", among other topics".
    pub more_topics: &'static str,
    /// The conjunctions that make a topic read as a list of its own (" and "): topics with one
    /// are separated by semicolons.
    pub topic_conjunctions: &'static [&'static str],
    /// A country's name in the language, from the report's English key.
    pub country_name: fn(&str) -> &str,
    /// A list: "A, B and C".
    pub join: fn(&[String]) -> String,
    /// A side known by title and country only: "the President of France".
    pub titled: fn(role: &str, country: &str) -> String,
    /// A side named as a group, by its name as the text writes it: "the leaders of the G7",
    /// "G7 leaders".
    pub group: fn(&str) -> String,
    /// A meeting's name after `at`: "the G20 summit".
    pub the_meeting: fn(&str) -> String,
    /// A venue after `at`, with the article it takes: "the Royal Palace".
    pub the_venue: fn(&str) -> String,
}

/// One to three sentences about the meeting of `report` in the words of `words`, or `None`
/// when there is no meeting or no principal to name.
pub fn write(report: &Report, words: &Phrasing) -> Option<String> {
    let event = &report.event;
    if event.kind == EventKind::Other {
        return None;
    }
    // The principals a reader can tell apart, the first of them by name.
    let named = principals(report);
    let count = named.len();
    if count == 0 {
        return None;
    }
    let mut who: Vec<String> = Vec::new();
    let shown = named_count(count);
    for p in named.iter().take(shown) {
        who.push(person(p, words));
    }
    if count > shown {
        let [before, after] = words.others_counted;
        who.push(format!("{before}{}{after}", count - shown));
    }
    let planned = event.status == EventStatus::Planned;
    // A list of one is its item: the side alone, or the sides joined.
    let mut first = (words.join)(&who);
    first.push(' ');
    // A group is many sides at once: "G7 leaders met".
    if count == 1 && !named[0].group {
        one_side(report, &mut first, planned, words);
    } else {
        first.push_str(match event.status {
            EventStatus::Planned => words.meet[0],
            EventStatus::Ongoing => words.meet[1],
            _ => words.meet[2],
        });
        if event.name.is_some() {
            first.push_str(words.at);
        }
    }
    if let Some(name) = &event.name {
        first.push_str(&(words.the_meeting)(name));
    }
    let place = &event.location;
    if let Some(venue) = place.venue.as_ref().filter(|v| {
        !event
            .name
            .as_deref()
            .is_some_and(|name| crate::text::contains_part(name, v))
    }) {
        first.push_str(words.at);
        first.push_str(&(words.the_venue)(venue));
    }
    if event.virtual_meeting
        && place.venue.is_none()
        && place.city.is_none()
        && place.country.is_none()
    {
        first.push_str(words.remotely);
    }
    let country = place.country.as_deref().map(words.country_name);
    let wider = wider_places(place, country);
    if !wider.is_empty() {
        first.push_str(if place.venue.is_some() {
            ", "
        } else {
            words.within
        });
        first.push_str(&wider.join(", "));
    }
    if let Some(date) = &event.date {
        match date.iso.as_deref().and_then(Date::parse_iso) {
            Some(d) => {
                // The date's own phrase in brackets below needs no comma before it.
                // "en Tokio, Japón, el martes": the places after the first are an apposition.
                let apposition = place.venue.is_some() && !wider.is_empty() || wider.len() > 1;
                if words.comma_after_places && apposition {
                    first.push(',');
                }
                first.push_str(words.on);
                push_long_date(&mut first, d, words);
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
    let mut out = capitalize(&first);

    let mut timed: Vec<String> = Vec::new();
    for s in &report.sessions {
        let Some(d) = &s.duration else { continue };
        let (what, plural) = words.sessions[match s.format {
            SessionFormat::OneOnOne => 0,
            SessionFormat::Expanded => 1,
            SessionFormat::Plenary => 2,
            SessionFormat::Meal => 3,
            SessionFormat::Ceremony => 4,
            SessionFormat::Talks => 5,
        }];
        let verb = words.lasted[usize::from(!planned)][usize::from(plural)];
        let length = length(d.minutes, d.qualifier, &words.lengths);
        timed.push([what, verb, &length].join(" "));
    }
    if !timed.is_empty() {
        out.push(' ');
        out.push_str(&capitalize(&(words.join)(&timed)));
        out.push('.');
    }
    let mut topics: Vec<String> = Vec::new();
    for t in report.agenda.iter().take(4) {
        topics.push(t.topic.clone());
    }
    if !topics.is_empty() {
        let more = if report.agenda.len() > 4 {
            words.more_topics
        } else {
            ""
        };
        // Topics with a conjunction of their own read better apart.
        let list = if topics.iter().any(|t| {
            words
                .topic_conjunctions
                .iter()
                .any(|c| crate::text::contains_part(t, c))
        }) {
            joined(&topics, "; ")
        } else {
            (words.join)(&topics)
        };
        for part in [" ", words.agenda, &list, more, "."] {
            out.push_str(part);
        }
    }
    Some(out)
}

/// `items` with `separator` between them: one loop for the summary's lists of strings, where
/// the standard `join` on `[String]` would be a generic instance of its own (1 KB).
pub fn joined(items: &[String], separator: &str) -> String {
    let mut out = String::new();
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
    out
}

/// "A, B and C": `items` with commas between them and `and` (" and ", " y ") before the last,
/// one loop for both languages.
pub fn listed(items: &[String], and: &str) -> String {
    let mut out = String::new();
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(if n + 1 == items.len() { and } else { ", " });
        }
        out.push_str(item);
    }
    out
}

/// "Emmanuel Macron (France)", or for a side named by its title "the President of France".
fn person(p: &Participant, words: &Phrasing) -> String {
    match (&p.name, &p.role, &p.country) {
        (None, Some(role), _) if p.group => (words.group)(role),
        (Some(name), _, Some(c)) => [name, " (", (words.country_name)(c), ")"].concat(),
        (Some(name), _, None) => name.clone(),
        // "the Secretary General of NATO", "el Secretario General de la OTAN": an
        // organisation's title that names its owner is written whole, as a name with its
        // article, so that the owner is not named twice.
        (None, Some(role), Some(_)) if p.country_code.is_none() && names_owner(role) => {
            (words.the_meeting)(role)
        }
        (None, Some(role), Some(c)) => (words.titled)(role, (words.country_name)(c)),
        (None, _, _) => String::new(),
    }
}

/// Whether a title written with capitals goes on, past a lowercase word that links them, to a
/// capitalised owner: "Head of the IAEA", "Presidenta de la Comisión Europea".
fn names_owner(role: &str) -> bool {
    let mut words = role.split(' ');
    words
        .next()
        .is_some_and(|w| w.starts_with(crate::text::case::is_upper))
        && words.any(|w| w.starts_with(crate::text::case::is_lower))
        && role
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(crate::text::case::is_upper))
}

/// With one principal known, the other sides as the report knows them, after the principal
/// in `first`: the gathering ("X took part in", its name to follow), the other countries ("X
/// met representatives of Kenya"), or none ("X held talks").
fn one_side(report: &Report, first: &mut String, planned: bool, words: &Phrasing) {
    let mut others: Vec<String> = Vec::new();
    for &c in &other_countries(report) {
        others.push((words.country_name)(c).to_string());
    }
    let [take_part, meet, hold] = words.one_side[usize::from(!planned)];
    if report.event.name.is_some() {
        first.push_str(take_part);
        first.push(' ');
    } else if others.is_empty() {
        first.push_str(hold);
    } else {
        for part in [meet, " ", &(words.representatives)(&others)] {
            first.push_str(part);
        }
    }
}

/// How many of `principals` a summary names one by one: all of them when naming them is no
/// longer than counting the rest would be ("and one other leader" for one), else the first
/// [`NAMED_PRINCIPALS`], the others counted (always two or more).
fn named_count(principals: usize) -> usize {
    if principals <= NAMED_PRINCIPALS + 1 {
        principals
    } else {
        NAMED_PRINCIPALS
    }
}

/// The principals a reader can tell apart (by a name, or by a title and a country), in the
/// report's order.
fn principals(report: &Report) -> Vec<&Participant> {
    let mut found = Vec::new();
    for p in &report.participants {
        if p.principal && (p.name.is_some() || p.role.is_some() && (p.country.is_some() || p.group))
        {
            found.push(p);
        }
    }
    found
}

/// The places beyond the venue, each once: the city, the region and the country, `country`
/// being the country as the language names it.
fn wider_places<'a>(place: &'a Location, country: Option<&'a str>) -> Vec<&'a str> {
    let mut wider: Vec<&str> = Vec::new();
    for part in [place.city.as_deref(), place.region.as_deref(), country] {
        let Some(part) = part else { continue };
        if !wider.iter().any(|w| w.eq_ignore_ascii_case(part))
            && place.venue.as_deref() != Some(part)
        {
            wider.push(part);
        }
    }
    wider
}

/// The countries of the report other than the first principal's (the other sides of a meeting
/// whose summary names one principal).
fn other_countries(report: &Report) -> Vec<&str> {
    let own = report
        .participants
        .iter()
        .find(|p| p.principal)
        .and_then(|p| p.country.as_deref());
    let mut others = Vec::new();
    for c in &report.countries {
        if Some(c.as_str()) != own {
            others.push(c.as_str());
        }
    }
    others
}

/// The words a language says a length of time with.
pub struct LengthWords {
    /// Before the amount: "about ", "almost ", "more than ", "less than ".
    pub hedges: [&'static str; 4],
    /// The numbers zero to ten, as hours are counted.
    pub numbers: [&'static str; 11],
    /// After a number of minutes: " minutes".
    pub minutes: &'static str,
    /// "an hour", "an hour and a half".
    pub hour: [&'static str; 2],
    /// After a number of hours, whole and with a half: " hours", " and a half hours".
    pub hours: [&'static str; 2],
}

/// A length of time in words: "almost an hour and a half", "about 4 h 30 min".
pub fn length(minutes: u32, qualifier: DurationQualifier, words: &LengthWords) -> String {
    let hedge = match qualifier {
        DurationQualifier::Exact => "",
        DurationQualifier::About => words.hedges[0],
        DurationQualifier::Almost => words.hedges[1],
        DurationQualifier::MoreThan => words.hedges[2],
        DurationQualifier::LessThan => words.hedges[3],
    };
    let (h, m) = (minutes / 60, minutes % 60);
    // Numbers are written through the formatter, whose code every build has, rather than
    // by `to_string`, whose fast path for integers is code of its own; straight into `out`
    // (writing to a `String` cannot fail).
    use std::fmt::Write;
    let mut out = hedge.to_string();
    let _ = match (h, m) {
        (0, m) => write!(out, "{m}{}", words.minutes),
        (1, 0 | 30) => out.write_str(words.hour[usize::from(m == 30)]),
        (_, 0 | 30) => {
            let _ = match words.numbers.get(h as usize) {
                Some(word) => out.write_str(word),
                None => write!(out, "{h}"),
            };
            out.write_str(words.hours[usize::from(m == 30)])
        }
        (h, m) => write!(out, "{h} h {m} min"),
    };
    out
}

/// Appends a date with its weekday, the day, month and year joined by the language's link:
/// "Wednesday 13 September 2023", "miércoles 13 de septiembre de 2023".
fn push_long_date(out: &mut String, d: Date, words: &Phrasing) {
    use std::fmt::Write;
    let link = words.date_link;
    // Writing to a `String` cannot fail.
    let _ = write!(
        out,
        "{} {}{link}{}{link}{}",
        words.days[d.weekday() as usize],
        d.day,
        words.months[d.month as usize - 1],
        d.year
    );
}

/// What the summary writers' tests build reports from.
#[cfg(test)]
pub mod fixtures {
    use crate::report::{EventKind, EventStatus, Participant, Report, Span};

    /// A principal named `name`, holding `role`, of `country`.
    pub fn principal(name: &str, role: &str, country: &str) -> Participant {
        Participant {
            id: 0,
            name: Some(name.into()),
            role: Some(role.into()),
            country: Some(country.into()),
            country_code: None,
            principal: true,
            group: false,
            evidence: Span { start: 0, end: 0 },
            mentions: Vec::new(),
        }
    }

    /// A bilateral meeting held between `principals`, in a report of language `lang`.
    pub fn meeting(lang: &str, principals: Vec<Participant>) -> Report {
        let mut report = Report::empty(lang);
        report.event.kind = EventKind::Bilateral;
        report.event.status = EventStatus::Held;
        report.participants = principals;
        report
    }
}
