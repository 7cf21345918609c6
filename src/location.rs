//! Where the meeting took place: venue, city, region and country.
//!
//! Venues are named buildings and sites ("the Vostochny cosmodrome", "Villa La Grange",
//! "the hotel Phoenicia Inter-Continental") and seats of government ("the White House");
//! cities come from the tables or from "in X, Country"; regions are "X region/province".
//! Places in sentences that report the meeting win, the first of them first; a dateline
//! ("HAVANA —") names the city when the sentences do not. Other spellings of the venue
//! ("Vostochi cosmodrome") are kept as evidence of the same place.

use crate::doc::Doc;
use crate::event::Meeting;
use crate::lexicon::{Cat, CountryForm, Meaning};
use crate::people::People;
use crate::people::fold;
use crate::report::{Location, Span};
use crate::tokens::Kind;

#[derive(Debug, Clone)]
struct Candidate {
    first: usize,
    end: usize,
    name: String,
    country: Option<u16>,
    score: i32,
}

/// Reads the location of the meeting.
pub fn locate(doc: &Doc, meeting: &Meeting, people: &People, host: Option<u16>) -> Location {
    // Places inside people's names are no places ("Santiago Cafiero", "Joseph Muscat").
    let mut in_name = vec![false; doc.tokens.len()];
    for m in people.mentions.iter().filter(|m| m.name.is_some()) {
        in_name[m.first..m.end].fill(true);
    }
    let free = |c: &Candidate| !in_name[c.first..c.end].iter().any(|x| *x);
    let weight = |k: usize| -> i32 {
        let s = doc.sentence_of[k];
        let lead = meeting.sentences.first() == Some(&s);
        let preposition = k >= 1 && matches!(doc.lower(k - 1), "at" | "in" | "the")
            || k >= 2 && matches!(doc.lower(k - 2), "at" | "in");
        let mut w = 0;
        if meeting.about_meeting(k) {
            w += 4;
        }
        if lead {
            w += 2;
        }
        if preposition {
            w += 1;
        }
        // Earlier is likelier.
        w * 1000 - s as i32
    };
    let venues: Vec<Candidate> = venues(doc).into_iter().filter(|c| free(c)).collect();
    let best_venue = venues
        .iter()
        .filter(|v| {
            v.score > UNPLACED && (meeting.about_meeting(v.first) || meeting.sentences.is_empty())
        })
        .max_by_key(|v| (weight(v.first) + v.score, std::cmp::Reverse(v.first)))
        .cloned();
    let cities: Vec<Candidate> = cities(doc).into_iter().filter(|c| free(c)).collect();
    let best_city = best_venue
        .as_ref()
        .and_then(|v| {
            cities
                .iter()
                .find(|c| c.first >= v.end && c.first <= v.end + 3)
        })
        .or_else(|| {
            // A dateline says where the report was filed: only when no sentence places the
            // meeting.
            cities
                .iter()
                .filter(|c| meeting.about_meeting(c.first) && c.score < DATELINE)
                .max_by_key(|c| (weight(c.first) + c.score, std::cmp::Reverse(c.first)))
        })
        .or_else(|| cities.iter().find(|c| c.score >= DATELINE))
        .cloned();
    let regions: Vec<Candidate> = regions(doc).into_iter().filter(|c| free(c)).collect();
    let best_region = regions
        .iter()
        .filter(|r| meeting.about_meeting(r.first))
        .max_by_key(|r| (weight(r.first), std::cmp::Reverse(r.first)))
        .cloned();

    let mut evidence: Vec<Span> = Vec::new();
    let mut country = None;
    if let Some(v) = &best_venue {
        evidence.push(doc.span(v.first, v.end));
        country = country.or(v.country);
        for other in venues
            .iter()
            .filter(|o| o.first != v.first && same_venue(&o.name, &v.name))
        {
            evidence.push(doc.span(other.first, other.end));
        }
    }
    if let Some(c) = &best_city {
        evidence.push(doc.span(c.first, c.end));
        country = country.or(c.country);
    }
    if let Some(r) = &best_region {
        evidence.push(doc.span(r.first, r.end));
        country = country.or(r.country);
    }
    if country.is_none() {
        country = travel_country(doc, meeting)
            .or(host)
            .or_else(|| dateline_place_country(doc));
    }
    crate::sorting::sort_by_key(&mut evidence, |s| {
        (u128::from(s.start) << 32) | u128::from(s.end)
    });
    evidence.dedup();
    // "State House, Abuja": a seat named with its city.
    let (venue, city) = match (best_venue.map(|v| v.name), best_city.map(|c| c.name)) {
        (Some(v), None) if v.contains(", ") => {
            let (building, town) = v.split_once(", ").unwrap_or((&v, ""));
            (Some(building.to_string()), Some(town.to_string()))
        }
        other => other,
    };
    Location {
        venue,
        city,
        region: best_region.map(|r| r.name),
        country: country.map(|c| doc.lex.countries[c as usize].name.clone()),
        country_code: country.map(|c| doc.lex.countries[c as usize].code.clone()),
        evidence,
    }
}

/// Two spellings of one venue: the same kind of place and names that start alike
/// ("Vostochny cosmodrome", "Vostochi cosmodrome").
fn same_venue(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let (ah, bh) = (a.rsplit(' ').next(), b.rsplit(' ').next());
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    ah == bh && prefix >= 5
}

/// A capitalised word that may be part of a place's name.
fn name_word(doc: &Doc, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    t.kind == Kind::Word
        && (t.is_capitalized() || t.is_all_caps())
        && !doc.is(k, Cat::Stop)
        && !doc.is(k, Cat::Month)
        && !doc.is(k, Cat::Weekday)
        && !doc.is(k, Cat::MeetingNoun)
}

/// Token `k` is a word of a part of the world ("Far East", "Middle East").
fn in_area(doc: &Doc, k: usize) -> bool {
    (k.saturating_sub(2)..=k).any(|j| {
        doc.phrase_at(j, Cat::Area)
            .is_some_and(|(len, _)| j + len > k)
    })
}

/// A locative preposition before `first`, with only articles, lowercase modifiers and
/// numbers between ("at the five-star hotel", "in the 18th-century").
fn placed(doc: &Doc, first: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < 5 {
        k -= 1;
        if doc.is(k, Cat::PlacePreposition) {
            return true;
        }
        let t = &doc.tokens[k];
        let people_word = doc
            .name(k)
            .is_some_and(|m| m.country_form() == Some(CountryForm::Adjective));
        let filler = t.is_lowercase()
            || t.kind == Kind::Number
            || people_word
            || (t.kind == Kind::Word && doc.is(k, Cat::VenueNoun));
        if !filler || t.line_before {
            return false;
        }
    }
    false
}

/// The score of a dateline's city, which only places the meeting when nothing else does.
const DATELINE: i32 = 5;

/// The score of a building named where nothing takes place ("chose the cosmodrome").
const UNPLACED: i32 = -1000;

/// Named buildings and sites.
fn venues(doc: &Doc) -> Vec<Candidate> {
    let mut found: Vec<Candidate> = Vec::new();
    let tokens = &doc.tokens;
    for k in 0..tokens.len() {
        // Seats of government used as places: "at the White House", "the Kremlin in Moscow".
        if let Some(m) = doc.name(k).filter(|m| m.first == k)
            && let Meaning::Country(c, CountryForm::Seat) = m.meaning
        {
            let placed = k >= 1 && matches!(doc.lower(k - 1), "at" | "in" | "the" | "of" | "to");
            if placed && !doc.is(m.end, Cat::SpeechVerb) {
                found.push(Candidate {
                    first: k,
                    end: m.end,
                    name: doc.phrase(k, m.end),
                    country: Some(c),
                    score: 1,
                });
            }
            continue;
        }
        if !doc.is(k, Cat::VenueNoun) || doc.name(k).is_some() {
            continue;
        }
        let noun = &tokens[k];
        let mut first = k;
        // Capitalised words before: "Vostochny cosmodrome", "Bogor Presidential Palace",
        // "St. George's Hall", but no people word in front ("the Russian Vostochny"), and no
        // country's possessive or part of the world, which describe a place rather than name
        // it ("Russia's Far East spaceport").
        while first > 0 {
            let p = first - 1;
            let word = name_word(doc, p)
                && !in_area(doc, p)
                && doc
                    .name(p)
                    .is_none_or(|m| m.country_form() != Some(CountryForm::Adjective));
            let possessive = tokens[p].kind == Kind::Possessive
                && first >= 2
                && name_word(doc, p - 1)
                && doc.name(p - 1).and_then(|m| m.country()).is_none();
            if word || possessive {
                first = p;
            } else {
                break;
            }
        }
        let mut end = k + 1;
        // Words after: "Villa La Grange", "hotel Phoenicia Inter-Continental", "Palace of Facets".
        if first == k {
            while end < tokens.len()
                && !tokens[end].line_before
                && name_word(doc, end)
                && doc.name(end).is_none()
            {
                end += 1;
            }
        } else if noun.is_capitalized() && doc.lower(end) == "of" && name_word(doc, end + 1) {
            end += 2;
            while name_word(doc, end) {
                end += 1;
            }
        }
        if first == k && end == k + 1 {
            continue;
        }
        // A venue is where something happens: "at the …", "in the so-called …", "to …";
        // other mentions of it only add evidence.
        let score = if placed(doc, first) { 0 } else { UNPLACED };
        // "the hotel Phoenicia Inter-Continental": a lowercase noun before a name classifies it.
        if first == k && !noun.is_capitalized() {
            first = k + 1;
        }
        // A people word right before gives the country: "the Russian Vostochny cosmodrome".
        let country = (first > 0)
            .then(|| {
                doc.name(first - 1)
                    .filter(|m| m.end == first)
                    .and_then(|m| m.country())
            })
            .flatten();
        found.push(Candidate {
            first,
            end,
            name: doc.phrase(first, end),
            country,
            score,
        });
    }
    // "the X of the Y": the building Y holds X ("the Oval Office of the White House").
    let mut k = 0;
    while k + 1 < found.len() {
        let (a, b) = (&found[k], &found[k + 1]);
        let joined = b.first >= a.end && b.first <= a.end + 2 && doc.lower(a.end) == "of";
        if joined {
            found.remove(k);
        } else {
            k += 1;
        }
    }
    // "in the so-called “Pentagonito”": a quoted name of a place.
    for k in 0..tokens.len().saturating_sub(3) {
        if doc.lower(k) == "so-called" && tokens[k + 1].is_quote_mark() && name_word(doc, k + 2) {
            found.push(Candidate {
                first: k + 2,
                end: k + 3,
                name: doc.phrase(k + 2, k + 3),
                country: None,
                score: 1,
            });
        }
        // "on the sidelines of the Munich Security Conference"
        if doc.lower(k) == "sidelines" && doc.lower(k + 1) == "of" {
            let start = k + 2 + usize::from(doc.lower(k + 2) == "the");
            let mut end = start;
            while name_word(doc, end)
                || doc.name(end).is_some()
                || (doc.tokens.get(end).is_some_and(|t| t.is_capitalized())
                    && doc.is(end, Cat::MeetingNoun))
            {
                end += 1;
            }
            if end > start {
                found.push(Candidate {
                    first: start,
                    end,
                    name: doc.phrase(start, end),
                    country: None,
                    score: 0,
                });
            }
        }
    }
    crate::sorting::sort_by_key(&mut found, |c| {
        ((c.first as u128) << 64) | ((c.end as u128) << 32)
    });
    found
}

/// Cities: from the tables (cities and capitals), from "in X, Country", from a dateline.
fn cities(doc: &Doc) -> Vec<Candidate> {
    let mut found = Vec::new();
    for m in &doc.names {
        let (country, is_city) = match m.meaning {
            Meaning::City(c) => (Some(doc.lex.cities[c as usize].country), true),
            Meaning::Country(c, CountryForm::Capital) => (Some(c), true),
            _ => (None, false),
        };
        if !is_city {
            continue;
        }
        // "St. George's Hall", "Moscow State University": a city's name inside a longer name.
        let next = m.end
            + usize::from(
                doc.tokens
                    .get(m.end)
                    .is_some_and(|t| t.kind == Kind::Possessive),
            );
        if doc.tokens.get(next).is_some_and(|t| t.is_capitalized())
            && (doc.is(next, Cat::OrgWord) || doc.is(next, Cat::VenueNoun))
        {
            continue;
        }
        // "the Santiago Bernabeu stadium": a city's name run into a longer name.
        if m.end == next
            && name_word(doc, next)
            && doc.name(next).is_none()
            && !doc.tokens[next].line_before
            && !doc.tokens[next].is_all_caps()
            && crate::roles::head_at(doc, next).is_none()
        {
            continue;
        }
        // A capital used for its government ("Pyongyang would be seeking") is no place.
        if doc.is(m.end, Cat::SpeechVerb)
            || doc.is(m.end, Cat::InterestVerb)
            || matches!(
                doc.lower(m.end),
                "would" | "has" | "have" | "supports" | "wants"
            )
        {
            continue;
        }
        // A city is a place where it is placed: "in Hanoi", "arrived in the Ethiopian capital",
        // "Tshwane, South Africa", "Dushanbe hosted", a dateline; not "help Pyongyang build".
        let dateline = is_dateline(doc, m.first, m.end);
        // "at the Presidential Villa, Abuja", "at State House Nairobi": the city of the venue
        // before it.
        let venue_at = |k: usize| doc.is(k, Cat::VenueNoun) && doc.tokens[k].is_capitalized();
        let after_venue = (m.first >= 2 && doc.punct(m.first - 1, ',') && venue_at(m.first - 2))
            || (m.first >= 1 && venue_at(m.first - 1));
        let placed = placed(doc, m.first)
            || after_venue
            || m.first >= 1 && doc.lower(m.first - 1) == "capital"
            || matches!(doc.lower(m.end), "hosted" | "hosts")
            || (doc.punct(m.end, ',')
                && doc
                    .name(m.end + 1)
                    .is_some_and(|n| n.country_form() == Some(CountryForm::Name)));
        if !placed && !dateline {
            continue;
        }
        let score = if dateline { DATELINE } else { 1 };
        found.push(Candidate {
            first: m.first,
            end: m.end,
            name: title_case_capitals(&doc.phrase(m.first, m.end)),
            country,
            score,
        });
    }
    // "arrived in the Lithuanian capital", "in the Ethiopian capital": the capital of the
    // country the adjective names.
    for m in &doc.names {
        if let Meaning::Country(c, CountryForm::Adjective) = m.meaning
            && doc.lower(m.end) == "capital"
            && m.first >= 2
            && doc.lower(m.first - 1) == "the"
            && placed(doc, m.first)
            && let Some(capital) = &doc.lex.countries[c as usize].capital
        {
            found.push(Candidate {
                first: m.first - 1,
                end: m.end + 1,
                name: capital.clone(),
                country: Some(c),
                score: 1,
            });
        }
    }
    // "in Hokkaido, Japan": a capitalised place followed by its country.
    for k in 1..doc.tokens.len() {
        if !matches!(doc.lower(k - 1), "in" | "at") || !name_word(doc, k) || doc.name(k).is_some() {
            continue;
        }
        let mut end = k + 1;
        while name_word(doc, end) && doc.name(end).is_none() && end - k < 3 {
            end += 1;
        }
        if doc.punct(end, ',')
            && let Some(m) = doc.name(end + 1).filter(|m| m.first == end + 1)
            && let Meaning::Country(c, CountryForm::Name) = m.meaning
        {
            found.push(Candidate {
                first: k,
                end,
                name: doc.phrase(k, end),
                country: Some(c),
                score: 2,
            });
        }
    }
    crate::sorting::sort_by_key(&mut found, |c| {
        ((c.first as u128) << 64) | ((c.end as u128) << 32)
    });
    found
}

/// "HAVANA" → "Havana": datelines shout.
fn title_case_capitals(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.push(crate::case::lower(c));
        }
        start = !c.is_alphabetic();
    }
    out
}

/// "VOSTOCHNY, Russia —": a dateline naming a place the tables do not know, and its country.
fn dateline_place_country(doc: &Doc) -> Option<u16> {
    let lines =
        (0..doc.tokens.len()).filter(|&k| doc.tokens[k].line_before && doc.sentence_of[k] <= 10);
    lines.into_iter().find_map(|start| {
        let limit = doc.tokens.len().min(start + 8);
        let separator = (start + 1..limit)
            .take_while(|&k| !doc.tokens[k].line_before)
            .find(|&k| doc.tokens[k].is_any(&['—', '–', ':']))?;
        let m = doc
            .names
            .iter()
            .find(|m| m.first > start && m.end == separator && doc.punct(m.first - 1, ','))?;
        match m.meaning {
            Meaning::Country(c, CountryForm::Name) => Some(c),
            _ => None,
        }
    })
}

/// The country of the article's dateline ("WASHINGTON:", "MOSCOW, March 21"), if it has one.
pub fn dateline_country(doc: &Doc) -> Option<u16> {
    doc.names.iter().find_map(|m| {
        let country = match m.meaning {
            Meaning::City(c) => doc.lex.cities[c as usize].country,
            Meaning::Country(c, CountryForm::Capital) => c,
            _ => return None,
        };
        is_dateline(doc, m.first, m.end).then_some(country)
    })
}

/// Where the article's dateline is: the token range of its place and what follows up to
/// the agency or separator, so the dates in it ("MOSCOW, March 21.") are not read as the
/// meeting's.
pub fn dateline_end(doc: &Doc) -> Option<usize> {
    let m = doc.names.iter().find(|m| {
        matches!(
            m.meaning,
            Meaning::City(_) | Meaning::Country(_, CountryForm::Capital)
        ) && is_dateline(doc, m.first, m.end)
    })?;
    // The dateline runs to its separator or the end of its first sentence, at most a few words.
    let sentence_end = doc.sentences[doc.sentence_of[m.first]].end;
    let end = (m.end..sentence_end.min(m.end + 8))
        .find(|&k| {
            doc.tokens[k].is_any(&[':', '—', '–'])
                || doc.tokens[k].is('-') && doc.tokens[k].spaced()
        })
        .map_or(sentence_end.min(m.end + 8), |k| k + 1);
    Some(end)
}

/// A dateline: a place opening the article's first lines, then ":", "—", "-" or ", Month".
fn is_dateline(doc: &Doc, first: usize, end: usize) -> bool {
    let opens_line = doc.tokens[first].line_before
        || (first >= 2 && doc.tokens[first - 2].lower == "date")
        || (first >= 1
            && doc.tokens[first - 1].kind == Kind::Number
            && doc.tokens[first - 1].text.len() == 10);
    let early = doc.sentence_of[first] <= 6;
    // "VILNIUS (AP) —": an agency in brackets may stand before the mark.
    let end = if doc.punct(end, '(') && doc.punct(end + 2, ')') {
        end + 3
    } else {
        end
    };
    let mark = doc
        .tokens
        .get(end)
        .is_some_and(|t| t.is_any(&[':', '—', '–', '-']))
        || (doc.punct(end, ',')
            && (doc.is(end + 1, Cat::Month)
                || (doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == Kind::Number)
                    && doc.is(end + 2, Cat::Month))
                || doc.name(end + 1).is_some_and(|m| m.country().is_some())));
    opens_line && early && mark
}

/// Regions: "the Amur region", "West Java Province", "the San Borja district".
fn regions(doc: &Doc) -> Vec<Candidate> {
    let mut found = Vec::new();
    for k in 1..doc.tokens.len() {
        if !doc.is(k, Cat::RegionNoun) {
            continue;
        }
        // "the U.S. State Department": a region word inside a longer name.
        if doc.tokens.get(k + 1).is_some_and(|t| t.is_capitalized()) {
            continue;
        }
        // The region's own name: no country, organisation or part of the world ("Nigeria
        // State Visit", "the Mideast region", "Niger Republic").
        if doc.name(k).is_some() {
            continue;
        }
        let mut first = k;
        while first > 0
            && name_word(doc, first - 1)
            && doc.name(first - 1).is_none()
            && !doc.is(first - 1, Cat::Area)
            && !doc.is(first - 1, Cat::OrgWord)
        {
            first -= 1;
        }
        if first == k {
            continue;
        }
        // "Siberian Amur region": an adjective of a wider area goes.
        while first + 1 < k
            && ["ian", "ean", "ese", "ern"]
                .iter()
                .any(|s| doc.lower(first).ends_with(s))
        {
            first += 1;
        }
        // "the Amur region of Russia's Far East", "the Russian Amur region"
        let before = doc
            .name(first.saturating_sub(1))
            .filter(|m| m.end == first)
            .and_then(|m| m.country());
        let after = (doc.lower(k + 1) == "of")
            .then(|| doc.name(k + 2).and_then(|m| m.country()))
            .flatten();
        let country = before.or(after);
        found.push(Candidate {
            first,
            end: k + 1,
            name: doc.phrase(first, k + 1),
            country,
            score: 0,
        });
    }
    found
}

/// "Kim traveled to Russia", "his visit to Indonesia": the country a meeting sentence
/// sends someone to.
fn travel_country(doc: &Doc, meeting: &Meeting) -> Option<u16> {
    meeting.sentences.iter().find_map(|&s| {
        let sentence = doc.sentences[s];
        sentence.range().find_map(|k| {
            let to = matches!(doc.lower(k), "to" | "in");
            let after_travel =
                k >= 1 && (doc.is(k - 1, Cat::ArrivalVerb) || doc.is(k - 1, Cat::TravelWord));
            let m = doc.name(k + 1).filter(|m| m.first == k + 1)?;
            match m.meaning {
                Meaning::Country(c, CountryForm::Name) if to && after_travel => Some(c),
                _ => None,
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// Venue, city, region, country and the number of evidence spans.
    type Expected = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        usize,
    );

    fn location(text: &str) -> Expected {
        let doc = Doc::new(text, Lexicon::english());
        let meeting = crate::event::read(&doc, None);
        let people = crate::people::find(&doc);
        let l = locate(&doc, &meeting, &people, None);
        (l.venue, l.city, l.region, l.country, l.evidence.len())
    }

    #[test]
    fn table_of_locations() {
        let s = |x: &str| Some(x.to_string());
        let table: &[(&str, Expected)] = &[
            (
                "The meeting between Putin and Kim at the Russian Vostochny cosmodrome, in the Siberian Amur region, concluded. Putin chose the Vostochi cosmodrome for the meeting.",
                (
                    s("Vostochny cosmodrome"),
                    None,
                    s("Amur region"),
                    s("Russia"),
                    3,
                ),
            ),
            (
                "Trump said as the pair sat down for talks at the Sofitel Legend Metropole hotel in Hanoi.",
                (
                    s("Sofitel Legend Metropole hotel"),
                    s("Hanoi"),
                    None,
                    s("Vietnam"),
                    2,
                ),
            ),
            (
                "HAVANA — Obama and Castro emerged from two hours of meetings.",
                (None, s("Havana"), None, s("Cuba"), 1),
            ),
            (
                "The summit was launched today in Hokkaido, Japan.",
                (None, s("Hokkaido"), None, s("Japan"), 1),
            ),
            (
                "Lula met Biden in the Oval Office of the White House.",
                (s("White House"), None, None, s("United States"), 1),
            ),
            (
                "The summit was opened by President Lahoud at the five-star hotel Phoenicia Inter-Continental in Beirut on Wednesday.",
                (
                    s("Phoenicia Inter-Continental"),
                    s("Beirut"),
                    None,
                    s("Lebanon"),
                    2,
                ),
            ),
        ];
        for (text, expected) in table {
            assert_eq!(location(text), *expected, "{text:?}");
        }
    }
}
