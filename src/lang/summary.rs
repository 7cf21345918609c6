//! What a summary tells, whatever its language: the principals it names and the places beyond
//! the venue. Each language's summary writer says them in its own words.

use crate::report::{Location, Participant, Report};

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
