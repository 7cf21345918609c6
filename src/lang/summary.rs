//! What a summary tells, whatever its language: the principals it names and the places beyond
//! the venue. Each language's summary writer says them in its own words.

use crate::report::{DurationQualifier, Location, Participant, Report};
use crate::text::calendar::Date;

/// How many principals a summary names one by one; the others are counted.
const NAMED_PRINCIPALS: usize = 4;

/// How many of `principals` a summary names one by one: all of them when naming them is no
/// longer than counting the rest would be ("and one other leader" for one), else the first
/// [`NAMED_PRINCIPALS`], the others counted (always two or more).
pub fn named_count(principals: usize) -> usize {
    if principals <= NAMED_PRINCIPALS + 1 {
        principals
    } else {
        NAMED_PRINCIPALS
    }
}

/// The principals a reader can tell apart (by a name, or by a title and a country), in the
/// report's order.
pub fn principals(report: &Report) -> Vec<&Participant> {
    let mut found = Vec::new();
    for p in &report.participants {
        if p.principal && (p.name.is_some() || p.role.is_some() && p.country.is_some()) {
            found.push(p);
        }
    }
    found
}

/// The places beyond the venue, each once: the city, the region and the country, `country`
/// being the country as the language names it.
pub fn wider_places<'a>(place: &'a Location, country: Option<&'a str>) -> Vec<&'a str> {
    let mut wider: Vec<&str> = Vec::new();
    for part in [place.city.as_deref(), place.region.as_deref(), country]
        .into_iter()
        .flatten()
    {
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
pub fn other_countries(report: &Report) -> Vec<&str> {
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
    let mut out = hedge.to_string();
    match (h, m) {
        (0, m) => {
            out.push_str(&m.to_string());
            out.push_str(words.minutes);
        }
        (1, 0 | 30) => out.push_str(words.hour[usize::from(m == 30)]),
        (_, 0 | 30) => {
            match words.numbers.get(h as usize) {
                Some(word) => out.push_str(word),
                None => out.push_str(&h.to_string()),
            }
            out.push_str(words.hours[usize::from(m == 30)]);
        }
        (h, m) => out.push_str(&format!("{h} h {m} min")),
    }
    out
}

/// A date with its weekday, the day, month and year joined by `link`: "Wednesday 13
/// September 2023", "miércoles 13 de septiembre de 2023".
pub fn long_date(d: Date, days: &[&str; 7], months: &[&str; 12], link: &str) -> String {
    format!(
        "{} {}{link}{}{link}{}",
        days[d.weekday() as usize],
        d.day,
        months[d.month as usize - 1],
        d.year
    )
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
