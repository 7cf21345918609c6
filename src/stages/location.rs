//! Where the meeting took place: venue, city, region and country.
//!
//! Venues are named buildings and sites ("the Vostochny cosmodrome", "Villa La Grange",
//! "the hotel Phoenicia Inter-Continental", "at the “House of Peace”") and seats of
//! government ("the White House", but not "the Kremlin leader"); cities come from the tables,
//! from "in X, Country", from a kind of place and its name ("the Kenyan town of X", "the
//! capital of Y") and from a meeting named after its city ("the Vilnius summit"); regions are
//! "X region/province". A country is a place too ("met in Lithuania"). Places in sentences
//! that report the meeting win, the first of them first; a dateline ("HAVANA —") names the
//! city when the sentences do not. Other spellings of the venue ("Vostochi cosmodrome") are
//! kept as evidence of the same place. A seat named only by its kind ("State House", "the
//! Prime Minister's Office") is in the country of the principal who holds it or receives.

use crate::doc::Doc;
use crate::report::{EventStatus, Location, Span};
use crate::stages::coref::Entity;
use crate::stages::event::{self, Meeting};
use crate::stages::lists;
use crate::stages::participants::Cast;
use crate::stages::people::People;
use crate::stages::people::fold;
use crate::tables::gazetteer::NameMention;
use crate::tables::lexicon::{Cat, Classes, CountryForm, Meaning};
use crate::tables::values::{self, ending::PLACE_ADJECTIVE};
use crate::text::hash::FastSet;
use crate::text::tokens::Kind;

#[derive(Debug, Clone)]
struct Candidate {
    first: usize,
    end: usize,
    name: String,
    country: Option<u16>,
    score: i32,
}

/// Reads the location of the meeting.
pub fn locate(
    doc: &Doc,
    meeting: &Meeting,
    people: &People,
    entities: &[Entity],
    cast: &Cast,
) -> Location {
    // Places inside people's names are no places ("Santiago Cafiero", "Joseph Muscat").
    // "Julián Medina … la visita a Medina": a person named again by a later word of the name,
    // which a city may share.
    // A set of the kind the people stage keeps (a sorted list would bring a copy of the
    // standard sort of its own, 3 KB).
    let mut in_name = vec![false; doc.tokens.len()];
    let mut later_words: FastSet<&str> = FastSet::default();
    for m in &people.mentions {
        if m.name.is_none() {
            continue;
        }
        if let Some(span) = in_name.get_mut(m.first..m.end) {
            span.fill(true);
        }
        for j in m.first + 1..m.end {
            later_words.insert(&doc.token(j).text);
        }
    }
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.is_capitalized() && later_words.contains(t.text.as_str()) {
            in_name[k] = true;
        }
    }
    let cities = outside_names(cities(doc, &in_name), &in_name, doc);
    // A town named after a building ("the town of Villa Tunari") is no building.
    let mut venues = outside_names(venues(doc), &in_name, doc);
    keep_candidates(&mut venues, &mut |v| {
        !cities.iter().any(|c| c.first == v.first && c.end == v.end)
    });
    // "the Atlapa Convention Centre … arrived at Atlapa": a place the tables do not know that
    // is part of a building's name named elsewhere is that building.
    let mut cities = cities;
    let building = |c: &Candidate| {
        c.country.is_none() && venues.iter().any(|v| part_of_name(&c.name, &v.name))
    };
    let mut buildings = Vec::new();
    keep_candidates(&mut cities, &mut |c| {
        let moves = building(c);
        if moves {
            buildings.push(c.clone());
        }
        !moves
    });
    venues.append(&mut buildings);
    let together = |s: usize| together(doc, people, entities, cast, s);
    let best_venue = best_venue(doc, meeting, &venues, &together);
    let countries = outside_names(country_places(doc, meeting), &in_name, doc);
    // Every country place scores the same, so the weight of its token alone ranks them.
    let best_country = likeliest(doc, meeting, &countries, &|_| true);
    // A dateline says where the story was filed: a venue or a host in another country puts
    // the meeting elsewhere ("LIMA — … received her at the Palacio Quemado", "JERUSALÉN — …
    // visita a Cisjordania", received by the Palestinian president).
    // So does a venue placed in a region ("JAKARTA: … at the Bogor Presidential Palace, West
    // Java Province").
    let elsewhere = best_venue.as_ref().and_then(|v| v.country).or(cast.host);
    let regions = outside_names(regions(doc), &in_name, doc);
    let in_region = best_venue.as_ref().is_some_and(|v| {
        regions
            .iter()
            .any(|r| r.first > v.end && r.first <= v.end + 3)
    });
    // So does a city named in a sentence after the venue's, in another country than the
    // venue's or the host's, or with neither known, than a principal's ("met at the Awaza
    // resort … wants the government in Kabul to join", "acordaron reunirse nuevamente en
    // Brasilia"; but "in Downing Street …, in London").
    let after_venue = |c: &Candidate| {
        c.score < DATELINE
            && best_venue
                .as_ref()
                .is_some_and(|v| doc.sentence_index(c.first) > doc.sentence_index(v.first))
    };
    let principals_country = |c: &Candidate| {
        c.country.is_none()
            || principals(entities, cast)
                .iter()
                .any(|p| p.country() == c.country)
    };
    let best_city =
        best_city(doc, meeting, best_venue.as_ref(), &cities, best_country).filter(|c| {
            let after = after_venue(c);
            let placed = if after {
                elsewhere.map_or_else(|| principals_country(c), |h| c.country == Some(h))
            } else {
                elsewhere.is_none_or(|h| c.country == Some(h))
            };
            (c.score < DATELINE && !after) || !in_region && placed
        });
    // A region goes with the venue and city: in their country, or in their sentence when its
    // country is unknown ("the bridge to Santo Tomé, in the province of Corrientes" is another
    // place than "met in Brasilia").
    let anchor_country = best_venue
        .as_ref()
        .and_then(|v| v.country)
        .or(best_city.and_then(|c| c.country));
    let with = |anchor: Option<&Candidate>, r: &Candidate| {
        anchor.is_some_and(|a| doc.sentence_index(a.first) == doc.sentence_index(r.first))
    };
    let consistent = |r: &Candidate| match (r.country, anchor_country) {
        (Some(c), Some(a)) => c == a,
        _ => {
            (best_venue.is_none() && best_city.is_none())
                || with(best_venue.as_ref(), r)
                || with(best_city, r)
        }
    };
    // "en la isla de Bali": a region named as the city is that city.
    let best_region = likeliest(doc, meeting, &regions, &|r| {
        r.score > UNPLACED
            && meeting.about_meeting(r.first)
            && consistent(r)
            && best_city.is_none_or(|c| c.name != r.name)
    });

    let mut evidence: Vec<Span> = Vec::new();
    let mut country = None;
    for p in [best_venue.as_ref(), best_city, best_region] {
        let Some(p) = p else {
            continue;
        };
        add_evidence(doc, &mut evidence, p);
        country = country.or(p.country);
    }
    if let Some(v) = &best_venue {
        for other in &venues {
            if other.first != v.first && same_venue(&other.name, &v.name) {
                add_evidence(doc, &mut evidence, other);
            }
        }
    }
    // The principal who receives the others: one reading for the two rules below that ask.
    let receiver = receiver_country(doc, people, entities, cast);
    // A seat several countries share ("Palacio Nacional") is a principal's.
    if let Some(v) = best_venue.as_ref().filter(|v| v.country.is_some()) {
        country = shared_seat_country(doc, v, entities, cast, receiver).or(country);
    }
    // A seat named by its holder's title is in the holder's country.
    if country.is_none() {
        country = best_venue
            .as_ref()
            .and_then(|v| holder_country(doc, people, entities, cast, v));
    }
    if country.is_none()
        && let Some(c) = best_country
    {
        add_evidence(doc, &mut evidence, c);
        country = c.country;
    }
    // Then the host the participants give; a building or a town with no country of its own
    // ("State House", "la ciudad de Colonia") is the receiver's; a dateline's unknown place
    // may still name its country.
    if country.is_none() {
        country = cast
            .host
            .or(receiver.filter(|_| best_venue.is_some() || best_city.is_some()))
            .or_else(|| dateline_place_country(doc));
    }
    // A town the tables do not know, in a story filed from a country's city ("BOGOTÁ … se
    // reunirán en Cúcuta, capital del departamento de …"): the dateline's country.
    if country.is_none() && best_city.is_some_and(|c| c.score < DATELINE) {
        country = doc.dateline.and_then(|d| d.country);
    }
    // "State House, Abuja": a seat named with its city.
    let (venue, city) = match (
        best_venue.map(|v| v.name),
        best_city.map(|c| c.name.clone()),
    ) {
        // A byte search: a string pattern would bring in the general substring searcher.
        (Some(v), None) => match v
            .as_bytes()
            .windows(2)
            .position(|w| w == b", ")
            .and_then(|i| Some((v.get(..i)?, v.get(i + 2..)?)))
        {
            Some((venue, city)) => (Some(venue.to_string()), Some(city.to_string())),
            None => (Some(v), None),
        },
        other => other,
    };
    let country = country.map(|c| doc.country(c));
    Location {
        venue,
        city,
        region: best_region.map(|r| r.name.clone()),
        country: country.map(|c| c.name.clone()),
        country_code: country.map(|c| c.code.clone()),
        evidence,
    }
}

/// Adds a candidate's span to the evidence, which stays in the order of the text and without
/// repeats.
fn add_evidence(doc: &Doc, evidence: &mut Vec<Span>, c: &Candidate) {
    let span = doc.span(c.first, c.end);
    let key = |s: &Span| (s.start, s.end);
    let mut at = evidence.len();
    while at > 0 && key(&evidence[at - 1]) > key(&span) {
        at -= 1;
    }
    if at == 0 || evidence[at - 1] != span {
        evidence.insert(at, span);
    }
}

/// The candidates found, without those inside people's names: those starting in one ("Santiago
/// Cafiero") or held by one, unless a building's lowercase kind opens the candidate ("la sede
/// del Ministerio de …", whose name is no person's).
/// Those of an earlier meeting recalled after "since" go too.
fn outside_names(mut found: Vec<Candidate>, in_name: &[bool], doc: &Doc) -> Vec<Candidate> {
    keep_candidates(&mut found, &mut |c| {
        let kind_first = doc.token(c.first).is_lowercase() && doc.is(c.first, Cat::VenueNoun);
        !in_name[c.first]
            && (kind_first
                || !in_name
                    .get(c.first..c.end)
                    .is_some_and(|span| span.contains(&true)))
            && !since_earlier_meeting(doc, c.first)
            && !of_a_dated_meeting(doc, c.first)
    });
    found
}

/// Keeps the candidates that `keep` accepts, in order: one loop for the stage's filters, where
/// each `retain` with a closure of its own would be a generic copy.
fn keep_candidates(found: &mut Vec<Candidate>, keep: &mut dyn FnMut(&Candidate) -> bool) {
    let mut kept = 0;
    for i in 0..found.len() {
        if keep(&found[i]) {
            found.swap(kept, i);
            kept += 1;
        }
    }
    found.truncate(kept);
}

/// Whether the place at `k` is placed right after a meeting word dated by a year after an
/// indefinite article: one meeting among others, not the one reported ("than during a 2018
/// meeting in Helsinki", "en una reunión de 2018 en Helsinki").
fn of_a_dated_meeting(doc: &Doc, k: usize) -> bool {
    const INDEFINITE: i32 = 1;
    let prep = k - usize::from(k >= 1 && doc.is(k - 1, Cat::Determiner));
    if prep < 5 || placing(doc, prep - 1).is_none() {
        return false;
    }
    let m = prep - 1;
    let year = |j: usize| doc.token(j).kind == Kind::Number && doc.token(j).text.len() == 4;
    let indefinite = |j: usize| doc.value_is(j, Cat::Determiner, INDEFINITE);
    (doc.is(m - 1, Cat::MeetingNoun) && year(m - 2) && indefinite(m - 3))
        || (year(m - 1)
            && doc.is(m - 2, Cat::NameLink)
            && doc.is(m - 3, Cat::MeetingNoun)
            && indefinite(m - 4))
}

/// How far back a clause is read for the word that opens it.
pub(crate) const CLAUSE_REACH: usize = 30;

/// Whether token `k` is in a stretch back to an earlier meeting: a word of class `SinceLink`
/// before it in its clause, a meeting word within a few words after that ("their first talks
/// since they met in Lomé on 12 March 2019", "desde su encuentro en Lomé").
pub(crate) fn since_earlier_meeting(doc: &Doc, k: usize) -> bool {
    const MEETING_REACH: usize = 4;
    clause_link_before(doc, k, Cat::SinceLink).is_some_and(|(j, _)| {
        (j + 1..(j + MEETING_REACH).min(k))
            .any(|n| doc.is(n, Cat::MeetingNoun) || doc.has_phrase(n, Cat::MeetingVerb))
    })
}

/// The nearest phrase of class `cat` before token `k` in its clause, read back at most
/// [`CLAUSE_REACH`] words and not past a comma, semicolon, bracket or colon: its first token
/// and length.
pub(crate) fn clause_link_before(doc: &Doc, k: usize, cat: Cat) -> Option<(usize, usize)> {
    let first = doc.sentence_at(k).first.max(k.saturating_sub(CLAUSE_REACH));
    let mut j = k;
    while j > first {
        j -= 1;
        if doc.token(j).is_any(&[',', ';', '(', ':']) {
            return None;
        }
        let len = doc.phrase_len(j, cat);
        if len > 0 {
            return Some((j, len));
        }
    }
    None
}

/// How a candidate ranks as the meeting's place: its token's weight and its own score, the
/// earlier first among equals.
fn rank(doc: &Doc, meeting: &Meeting, c: &Candidate) -> (i32, std::cmp::Reverse<usize>) {
    (
        weight(doc, meeting, c.first) + c.score,
        std::cmp::Reverse(c.first),
    )
}

/// The best ranked of the candidates that `keep` accepts (the last of equals, as `max_by_key`).
fn likeliest<'a>(
    doc: &Doc,
    meeting: &Meeting,
    candidates: &'a [Candidate],
    keep: &impl Fn(&Candidate) -> bool,
) -> Option<&'a Candidate> {
    let mut best: Option<(&Candidate, (i32, std::cmp::Reverse<usize>))> = None;
    for c in candidates {
        if !keep(c) {
            continue;
        }
        let r = rank(doc, meeting, c);
        if best.as_ref().is_none_or(|(_, b)| r >= *b) {
            best = Some((c, r));
        }
    }
    best.map(|(c, _)| c)
}

/// How likely the place at token `k` is the meeting's: in a clause about the meeting, in the
/// first sentence that reports it, right after a place preposition; earlier is likelier.
fn weight(doc: &Doc, meeting: &Meeting, k: usize) -> i32 {
    let s = doc.sentence_index(k);
    let lead = meeting.sentences.first() == Some(&s);
    let towards = |j: usize| towards(doc, j);
    let preposition =
        k >= 1 && (towards(k - 1) || doc.is(k - 1, Cat::Determiner)) || k >= 2 && towards(k - 2);
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
    w * 1000 - s as i32
}

/// The venue: a placed building in a clause about the meeting (anywhere, when no sentence
/// reports the meeting).
fn best_venue(
    doc: &Doc,
    meeting: &Meeting,
    venues: &[Candidate],
    together: &impl Fn(usize) -> bool,
) -> Option<Candidate> {
    let about = |v: &Candidate| {
        v.score > UNPLACED && (meeting.about_meeting(v.first) || meeting.sentences.is_empty())
    };
    // With none there, a building where the participants are seen together in a sentence that
    // names no meeting ("They shook hands at the Mulia Hotel").
    let unnamed = |v: &Candidate| {
        v.score > UNPLACED
            && meeting.context_of(v.first) == crate::stages::event::Context::None
            && together(doc.sentence_index(v.first))
    };
    let heading = |v: &Candidate| heads_dated_line(doc, v.first, v.end);
    // The three tests in turn, through one search (a copy of it per test otherwise).
    let best = (0..3).find_map(|tier| {
        likeliest(doc, meeting, venues, &|v| match tier {
            0 => about(v),
            1 => unnamed(v),
            _ => heading(v),
        })
    })?;
    // The fullest form the text gives of a bare name: "Palacio de Miraflores" for "Miraflores"
    // (but a building named with its kind is no part of another: "the Hall of the Grand
    // Kremlin Palace").
    let bare = !doc.any_is(best.first..best.end, Cat::VenueNoun);
    let fuller = venues
        .iter()
        .find(|v| bare && part_of_name(&best.name, &v.name));
    Some(Candidate {
        name: fuller.unwrap_or(best).name.clone(),
        ..*best
    })
}

/// The city: the one named with the venue, else the likeliest in a clause about the meeting,
/// else the dateline's. A country the sentences name as the place ("met in Lithuania") outranks
/// a city of another country that is named later or only in the dateline.
fn best_city<'a>(
    doc: &Doc,
    meeting: &Meeting,
    venue: Option<&Candidate>,
    cities: &'a [Candidate],
    country: Option<&Candidate>,
) -> Option<&'a Candidate> {
    if let Some(v) = venue {
        for c in cities {
            if c.first >= v.end && c.first <= v.end + 3 {
                return Some(c);
            }
        }
    }
    // "se realiza en Bogotá la reunión …, de cara a la Cumbre … en Puerto Vallarta": a place
    // after another meeting word than an earlier place of its sentence is that meeting's.
    let another_meetings = |c: &Candidate| {
        cities.iter().any(|d| {
            // (a dateline is no place of the sentence it opens)
            d.end <= c.first
                && d.score < DATELINE
                && d.name != c.name
                && doc.sentence_index(d.first) == doc.sentence_index(c.first)
                && meeting.about_meeting(d.first)
                && doc.any_is(d.end..c.first, Cat::MeetingNoun)
        })
    };
    let dateline = cities.iter().find(|c| c.score >= DATELINE);
    // "will meet … here", "llegó hoy a esta ciudad": a word for the place the story is filed
    // from, in a clause about the meeting, names the dateline's city before any named later.
    let here = dateline.and(
        (0..doc.tokens.len())
            .find(|&k| meeting.about_meeting(k) && doc.has_phrase(k, Cat::PlaceDeixis)),
    );
    let held = meeting.status == EventStatus::Held;
    let in_sentences = |c: &Candidate| {
        meeting.about_meeting(c.first)
            && c.score < DATELINE
            && !another_meetings(c)
            && here.is_none_or(|h| c.first < h)
            && !(held && trip_to_come(doc, c.first))
    };
    let place_rank = country.map(|place| rank(doc, meeting, place));
    let inside = |c: &&Candidate| country.is_none_or(|place| c.country == place.country);
    likeliest(doc, meeting, cities, &|c| {
        in_sentences(c) && (inside(&c) || place_rank.is_some_and(|r| rank(doc, meeting, c) > r))
    })
    .or(dateline.filter(inside))
}

/// Whether the place at `first` is where someone goes on a trip still to come: after a word
/// of travel in the future or before something else ("will travel to Belém on Tuesday",
/// "viajará el martes a Belém", "before flying to Santiago", "antes de viajar a Santiago").
/// After a meeting held, such a trip is another journey, not the meeting's place.
fn trip_to_come(doc: &Doc, first: usize) -> bool {
    if first < 2 {
        return false;
    }
    let to = first - 1 - usize::from(doc.is(first - 1, Cat::Determiner));
    if placing(doc, to) != Some(Placing::To) {
        return false;
    }
    // Back over a day or a time to the word of travel ("viajará el martes a").
    let Some(verb) = (to.saturating_sub(TRIP_REACH)..to)
        .rev()
        .find(|&j| doc.is_any_of(j, &[Cat::ArrivalVerb, Cat::TravelWord]))
    else {
        return false;
    };
    let to_come = |j: usize| {
        doc.is_any_of(j, &[Cat::FutureAuxiliary, Cat::Modal])
            || doc.has_phrase(j, Cat::IntervalLink)
            || doc.phrase_len_valued(j, Cat::FutureMarker, values::FUTURE_TENSE) > 0
    };
    event::future_trip(doc, verb) || (verb.saturating_sub(3)..verb).any(to_come)
}

/// How far before the preposition of a trip's place its word of travel may stand, over a day
/// ("viajará el martes a").
const TRIP_REACH: usize = 4;

/// Whether `part` opens or closes the longer name `name`, as whole words ("Atlapa" of "Centro
/// de Convenciones Atlapa" or of "Atlapa Convention Centre").
fn part_of_name(part: &str, name: &str) -> bool {
    // As bytes: the space is one byte, and byte tests need no check of char boundaries.
    let (part, name) = (part.as_bytes(), name.as_bytes());
    let rest = name.len().saturating_sub(part.len());
    rest > 0
        && ((name.ends_with(part) && name[rest - 1] == b' ')
            || (name.starts_with(part) && name[part.len()] == b' '))
}

/// Else a building heading a line with a date, as a statement made there is headed ("Elysee
/// Palace, 10 February 2010", "Palacio de Miraflores, 3 de mayo").
fn heads_dated_line(doc: &Doc, first: usize, end: usize) -> bool {
    doc.token(first).line_before
        && doc.punct(end, ',')
        && (doc.token(end + 1).kind == Kind::Number
            || doc.is_any_of(end + 1, &[Cat::Month, Cat::Weekday]))
}

/// Two spellings of one venue: the same kind of place and names that start alike
/// ("Vostochny cosmodrome", "Vostochi cosmodrome").
fn same_venue(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    let (ah, bh) = (a.rsplit(' ').next(), b.rsplit(' ').next());
    ah == bh && crate::stages::people::shared_prefix(&a, &b) >= 5
}

/// A capitalised word that may be part of a place's name.
fn name_word(doc: &Doc, k: usize) -> bool {
    let t = doc.token(k);
    t.kind == Kind::Word
        && (t.is_capitalized() || t.is_all_caps())
        && !doc.is_any_of(k, &[Cat::Stop, Cat::Month, Cat::Weekday, Cat::MeetingNoun])
}

/// Token `k` is a word of a part of the world ("Far East", "Middle East").
fn in_area(doc: &Doc, k: usize) -> bool {
    in_phrase(doc, k, Cat::Area)
}

/// Token `k` is inside a phrase of class `cat` (of at most three words).
fn in_phrase(doc: &Doc, k: usize, cat: Cat) -> bool {
    for j in k.saturating_sub(2)..k + 1 {
        if j + doc.phrase_len(j, cat) > k {
            return true;
        }
    }
    false
}

/// Orders candidates by their place in the text.
fn sort_by_position(found: &mut [Candidate]) {
    crate::text::sorting::sort_by_key(found, |c| {
        ((c.first as u128) << 64) | ((c.end as u128) << 32)
    });
}

/// Adds the candidate named by its tokens `first..end` (a dateline's capitals in title case
/// when `titled`): one push in the module for the stage's many finders.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn push_place(
    found: &mut Vec<Candidate>,
    doc: &Doc,
    first: usize,
    end: usize,
    country: Option<u16>,
    score: i32,
    titled: bool,
) {
    let name = doc.phrase(first, end);
    found.push(Candidate {
        first,
        end,
        name: if titled {
            title_case_capitals(doc, name)
        } else {
            name
        },
        country,
        score,
    });
}

/// How a place preposition places what follows: the discriminant is its value in the word
/// table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placing {
    /// Where something is: "at", "in".
    At = values::WHERE as isize,
    /// Where someone goes: "a visit to".
    To = 1,
    /// Where someone comes from.
    From = 2,
    /// A surface: "on the island of Bali"; places only a named kind of place.
    On = 3,
    /// The surroundings: "outside the palace".
    Near = values::SURROUNDINGS as isize,
    /// The margins of a meeting: "on the sidelines of".
    Margins = values::MARGINS as isize,
}

/// The place preposition at `k`, if it is one.
fn placing(doc: &Doc, k: usize) -> Option<Placing> {
    const BY_VALUE: [Placing; 6] = [
        Placing::At,
        Placing::To,
        Placing::From,
        Placing::On,
        Placing::Near,
        Placing::Margins,
    ];
    let value = doc.value(k, Cat::PlacePreposition)?;
    BY_VALUE.get(usize::try_from(value).ok()?).copied()
}

/// A preposition at `k` placing what follows where something is or where someone goes.
fn towards(doc: &Doc, k: usize) -> bool {
    matches!(placing(doc, k), Some(Placing::At | Placing::To))
}

/// "on the sidelines of", "on the margins of": the length of a phrase placing something at
/// the margins of a meeting, starting at `k` (0 for none).
fn margins_of(doc: &Doc, k: usize) -> usize {
    doc.phrase_len_valued(k, Cat::PlacePreposition, Placing::Margins as i32)
}

/// A locative preposition before `first`, with only articles, lowercase modifiers and
/// numbers between ("at the five-star hotel", "in the 18th-century", "AT THE").
fn placed(doc: &Doc, first: usize) -> bool {
    preposition_before(doc, first).is_some_and(|p| p != Placing::On)
}

/// The place preposition before `first`, over articles, lowercase modifiers and numbers.
fn preposition_before(doc: &Doc, first: usize) -> Option<Placing> {
    let mut k = first;
    while k > 0 && first - k < 5 {
        k -= 1;
        if let Some(p) = placing(doc, k) {
            // "to show Washington", "a visitar Lima": a verb after "to", not a place.
            let infinitive = p == Placing::To
                && k + 1 < first
                && doc.token(k + 1).is_lowercase()
                && !doc.is(k + 1, Cat::Determiner);
            return (!infinitive).then_some(p);
        }
        let t = &doc.token(k);
        // "at Russia's Vostochny cosmodrome", "in Russia's Vladivostok": the country's
        // possessive describes the place.
        if let Some(m) = k
            .checked_sub(1)
            .filter(|_| doc.is_possessive(k))
            .and_then(|p| doc.name(p))
            .filter(|m| m.country_form() == Some(CountryForm::Name))
        {
            k = m.first;
            continue;
        }
        let people_word = doc
            .name(k)
            .is_some_and(|m| m.country_form() == Some(CountryForm::Adjective));
        let filler = t.is_lowercase()
            || t.kind == Kind::Number
            || people_word
            || doc.is(k, Cat::Determiner)
            || (t.kind == Kind::Word && doc.is(k, Cat::VenueNoun));
        if !filler || t.line_before {
            return None;
        }
    }
    None
}

/// "at the Presidential Villa, Abuja", "at State House Nairobi", "the Bogor Palace, West Java
/// Province": a place right after a venue is where the venue is.
fn after_venue(doc: &Doc, first: usize) -> bool {
    let venue_at = |k: usize| doc.is(k, Cat::VenueNoun) && doc.token(k).is_capitalized();
    (first >= 2 && doc.punct(first - 1, ',') && venue_at(first - 2))
        || (first >= 1 && venue_at(first - 1))
}

/// "al Pabellón Presidencial del Aeropuerto Internacional de Malabo", "at the Palace of
/// Congresses of Madrid", "en el hotel Marriott de Quito": a city closing a building's name after its link is where the
/// building is, when the building, or one holding it, is placed.
fn closes_placed_venue(doc: &Doc, first: usize) -> bool {
    const REACH: usize = 8;
    if first == 0 || !doc.is(first - 1, Cat::NameLink) {
        return false;
    }
    let mut k = first - 1;
    while k > 0 && first - k < REACH {
        k -= 1;
        if doc.is(k, Cat::VenueNoun) && placed(doc, k) {
            return true;
        }
        if !(name_word(doc, k) || doc.is_any_of(k, &[Cat::NameLink, Cat::Determiner])) {
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
        if let Some(m) = doc.name_starting(k)
            && let Meaning::Country(c, CountryForm::Seat) = m.meaning
        {
            // "of" only after a building: "the Oval Office of the White House", not "the
            // website of the Kremlin".
            // A link and article in one word ("del": "la sala del Kremlin", "fuentes del
            // Kremlin") is both.
            let contracted = k >= 1 && doc.is(k - 1, Cat::NameLink);
            let in_building = (k >= 3
                && doc.is(k - 1, Cat::Determiner)
                && doc.is(k - 2, Cat::NameLink)
                && doc.is(k - 3, Cat::VenueNoun))
                || (contracted
                    && k >= 2
                    && doc.is(k - 1, Cat::Determiner)
                    && doc.is(k - 2, Cat::VenueNoun));
            // "at 10 Downing Street": a seat's house number after the preposition.
            let numbered = k >= 1 && doc.token(k - 1).kind == Kind::Number && placed(doc, k);
            let placed = k >= 1
                && (in_building
                    || numbered
                    || doc.is(k - 1, Cat::Determiner)
                        && !contracted
                        && !(k >= 2 && doc.is(k - 2, Cat::NameLink))
                    || towards(doc, k - 1));
            if (placed || heads_dated_line(doc, k, m.end))
                && !metonym(doc, m.end)
                && !reported_by(doc, k)
            {
                push_place(&mut found, doc, k, m.end, Some(c), 1, false);
            }
            continue;
        }
        if described_seat(doc, k, &mut found) {
            continue;
        }
        if !doc.is(k, Cat::VenueNoun) || doc.name(k).is_some() {
            continue;
        }
        // "the Black Sea resort of Sochi": a kind of settlement and its name, no building.
        if doc.is(k, Cat::SettlementNoun)
            && doc.token(k).is_lowercase()
            && doc.is(k + 1, Cat::NameLink)
        {
            continue;
        }
        let noun = &doc.token(k);
        // "Puerto Vallarta", "Port Moresby": a capitalised kind of settlement opens a town's
        // name, no building's.
        if doc.is(k, Cat::SettlementNoun) && noun.is_capitalized() && name_word(doc, k + 1) {
            continue;
        }
        let mut first = k;
        // Capitalised words before: "Vostochny cosmodrome", "Bogor Presidential Palace",
        // "St. George's Hall", but no people word in front ("the Russian Vostochny"), and no
        // country's possessive or part of the world, which describe a place rather than name
        // it ("Russia's Far East spaceport").
        while first > 0 {
            let p = first - 1;
            // "el Gran Hotel": a capitalised function word after an article opens the name.
            let opening = p >= 1
                && doc.is(p - 1, Cat::Determiner)
                && doc.token(p - 1).is_lowercase()
                && doc.token(p).is_capitalized()
                && doc.is(p, Cat::Stop);
            let word = (name_word(doc, p) || opening)
                && !in_area(doc, p)
                && doc
                    .name(p)
                    .is_none_or(|m| m.country_form() != Some(CountryForm::Adjective));
            let possessive = doc.is_possessive(p)
                && first >= 2
                && name_word(doc, p - 1)
                && doc.name(p - 1).and_then(|m| m.country()).is_none();
            // "the Mediterranean Conference Centre": a kind of building of several words.
            let kind = doc.token(p).is_capitalized() && p + doc.phrase_len(p, Cat::VenueNoun) > k;
            if word || possessive || kind {
                first = p;
            } else {
                break;
            }
        }
        let mut end = k + 1;
        // Words after: "Villa La Grange", "hotel Phoenicia Inter-Continental", "Palace of Facets",
        // "Gran Hotel Cochabamba".
        if first == k || first + 1 == k && doc.is(first, Cat::Stop) {
            while end < tokens.len()
                && !doc.token(end).line_before
                && name_word(doc, end)
                && doc.name(end).is_none()
            {
                end += 1;
            }
        }
        // A capitalised building noun, maybe its words, and its complement: "Palace of
        // Facets", "the Office of the President", "Universidad Federal del Lejano Oriente".
        if noun.is_capitalized() && doc.is(end, Cat::NameLink) {
            end = linked_name_end(doc, end);
        }
        // "el cosmódromo de Vostochni", "la sede de la ONU": a building's kind in lowercase,
        // then the name of its place or owner after the link (no country: "the embassy of
        // Russia" is not in Russia; no title: "the residence of Prime Minister X"); an
        // adjective may follow the kind ("el complejo presidencial de La Moncloa").
        let described = end == k + 1 && doc.token(end).is_lowercase() && !doc.is(end, Cat::Stop);
        let link = end + usize::from(described);
        let complemented = end == k + 1 && !noun.is_capitalized() && doc.is(link, Cat::NameLink);
        let complement = link + 1 + usize::from(complemented && doc.is(link + 1, Cat::Determiner));
        let complemented = complemented
            && name_word(doc, complement)
            && doc.name(complement).is_none_or(|m| {
                m.country().is_none() || m.country_form() == Some(CountryForm::Seat)
            })
            && crate::stages::roles::head_at(doc, complement).is_none();
        if complemented {
            end = linked_name_end(doc, complement + 1);
            // "la sede de la XXIV Cumbre Iberoamericana": the seat of a gathering is no
            // building's name.
            if doc.is_any_of(end, &[Cat::MeetingNoun, Cat::GatheringNoun]) {
                continue;
            }
        }
        // "in a Buenos Aires hotel": a city and a lowercase kind describe a building by its
        // town, they do not name it (the city is the place).
        let by_town = noun.is_lowercase()
            && doc
                .name_starting(first)
                .is_some_and(|m| m.end == k && doc.city_country(m.meaning).is_some());
        if first == k && end == k + 1 || by_town {
            continue;
        }
        // A venue is where something happens: "at the …", "in the so-called …", "to …";
        // other mentions of it only add evidence.
        let score = if placed(doc, first) { 0 } else { UNPLACED };
        // "the hotel Phoenicia Inter-Continental": a lowercase noun before a name classifies it.
        if first == k && !noun.is_capitalized() && !complemented {
            first = k + 1;
        }
        // A people word or a country's possessive right before gives the country: "the
        // Russian Vostochny cosmodrome", "Russia's Vostochny cosmodrome".
        let owner_end = if first >= 2 && doc.is_possessive(first - 1) {
            first - 1
        } else {
            first
        };
        let country = doc
            .name_ending(owner_end)
            .and_then(|m| m.country())
            // Or one right after, in lowercase where adjectives follow their noun: "la sede de
            // la Cancillería argentina".
            .or_else(|| {
                doc.name_starting(end)
                    .filter(|m| {
                        m.country_form() == Some(CountryForm::Adjective)
                            && doc.token(end).is_lowercase()
                    })
                    .and_then(|m| m.country())
            });
        push_place(&mut found, doc, first, end, country, score, false);
    }
    // "the X of the Y": the building Y holds X ("the Oval Office of the White House"). Each
    // is tested against the next one found; the kept ones move up in one pass.
    let mut held = vec![false; found.len()];
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        held[k - 1] = b.first >= a.end && b.first <= a.end + 2 && doc.is(a.end, Cat::NameLink);
    }
    let mut n = 0;
    keep_candidates(&mut found, &mut |_| {
        n += 1;
        !held[n - 1]
    });
    for k in 0..tokens.len().saturating_sub(3) {
        quoted_venue(doc, k, &mut found);
        // "on the sidelines of the Munich Security Conference", "… of the Vilnius summit"
        let len = margins_of(doc, k);
        if len > 0 {
            let start = k + len + usize::from(doc.is(k + len, Cat::Determiner));
            let mut end = start;
            while name_word(doc, end)
                || doc.name(end).is_some()
                || (doc.token(end).is_capitalized() && doc.is(end, Cat::MeetingNoun))
            {
                end += 1;
            }
            // An acronym in brackets, then a lowercase meeting noun ends the name: "the
            // Vilnius summit", "an Asia-Pacific Economic Cooperation (APEC) summit".
            if end > start && doc.one_in_brackets(end) {
                end += 3;
            }
            if end > start && doc.is(end, Cat::MeetingNoun) && doc.token(end).is_lowercase() {
                end += 1;
            }
            // The name of a meeting or of the body that meets ("the G20"), not a city alone
            // nor a description ("an Asia-Europe finance ministers meeting").
            let meeting_name = end > start
                && (doc.is(end - 1, Cat::MeetingNoun)
                    || (start..end).all(|j| {
                        doc.name(j)
                            .is_some_and(|m| matches!(m.meaning, Meaning::Organization(_)))
                    }));
            if meeting_name {
                let end = linked_name_end(doc, end);
                push_place(&mut found, doc, start, end, None, 0, false);
            }
        }
    }
    sort_by_position(&mut found);
    found
}

/// The end of a name's own words and the links between them, from `end` ("del Ministerio de
/// Relaciones Exteriores", "del Partido de los Socialistas Europeos", "la IV Conferencia de
/// Política Exterior Feminista", "the Summit of the Americas").
fn linked_name_end(doc: &Doc, mut end: usize) -> usize {
    loop {
        let link = doc.is(end, Cat::NameLink);
        let next = end
            + usize::from(link)
            + usize::from(
                link && doc.is(end + 1, Cat::Determiner) && !doc.is(end, Cat::Determiner),
            );
        if name_word(doc, next) && !doc.token(next).line_before && (link || next == end) {
            end = next + 1;
        } else {
            return end;
        }
    }
}

/// "at the presidential palace", "at the prime minister's residence": a seat of government
/// described by its kind in lowercase, from token `k`: added to `found`, and whether it was.
fn described_seat(doc: &Doc, k: usize, found: &mut Vec<Candidate>) -> bool {
    let t = &doc.token(k);
    if !t.is_lowercase() || k == 0 || !doc.is(k - 1, Cat::Determiner) {
        return false;
    }
    // "the presidential palace": a seat's kind of several words.
    // With the seat's own name after it: "la residencia oficial de Los Pinos", "the official
    // residence of Los Pinos" (not a town's: "la casa presidencial de Tegucigalpa").
    let kind_len = doc.phrase_len(k, Cat::VenueNoun);
    let link = k + kind_len;
    let seat_at = |j: usize| {
        doc.name_starting(j)
            .filter(|m| m.country_form() == Some(CountryForm::Seat))
    };
    let seat = if doc.is(link, Cat::NameLink) {
        seat_at(link + 1).or_else(|| seat_at(link + 2))
    } else {
        None
    };
    let kind = (kind_len >= 2).then(|| seat.map_or(kind_len, |m| m.end - k));
    // "the prime minister's residence": a title's possessive and a building.
    let held = || {
        let (len, _, _) = crate::stages::roles::head_at(doc, k)?;
        let building = k + len + 1;
        (doc.is_possessive(k + len)
            && doc.is(building, Cat::VenueNoun)
            && doc.token(building).is_lowercase())
        .then_some(len + 2)
    };
    // "la residencia del primer ministro", "el despacho de la presidenta": a building, the link
    // of its holder, the holder's title.
    let of_holder = || {
        if link == k || !doc.is(link, Cat::NameLink) {
            return None;
        }
        let title = link
            + 1
            + usize::from(!doc.is(link, Cat::Determiner) && doc.is(link + 1, Cat::Determiner));
        let (len, _, _) = crate::stages::roles::head_at(doc, title)?;
        Some(title + len - k)
    };
    let Some(len) = of_holder().or(kind).or_else(held) else {
        return false;
    };
    let end = k + len;
    if !doc
        .tokens_between(k, end)
        .iter()
        .all(|t| t.is_lowercase() || t.kind == Kind::Possessive)
        && kind != Some(len)
    {
        return false;
    }
    // "according to the prime minister's office", "según la residencia presidencial": a
    // source, no place.
    if reported_by(doc, k) {
        return true;
    }
    let country = seat.filter(|m| m.end == end).and_then(|m| m.country());
    let score = if placed(doc, k) { 0 } else { UNPLACED };
    push_place(found, doc, k, end, country, score, false);
    true
}

/// A seat of government standing for its government, not its building: followed by a title
/// ("the Kremlin leader", "White House press secretary"), a possessive and a common noun
/// ("the Kremlin's position"), or a verb a government is the subject of ("the Élysée said",
/// "el Kremlin saludó").
fn metonym(doc: &Doc, end: usize) -> bool {
    let possessive = doc.is_possessive(end) && doc.token(end + 1).is_lowercase();
    // "the Kremlin press service reported", "a White House statement": the seat qualifies a
    // noun of the press or of its statements, its voice, no place.
    let qualifies = doc.token(end).is_lowercase()
        && doc.is_any_of(
            end,
            &[Cat::MediaEvent, Cat::StatementNoun, Cat::GovernmentBody],
        );
    possessive
        || qualifies
        || governs(doc, end)
        || doc.is(end, Cat::ReportingVerb)
        || crate::stages::roles::head_at(doc, end).is_some()
}

/// Whether the word at `k` makes the place before it its subject, a government: a verb of
/// saying, wanting or governing ("Pyongyang would be seeking", "Washington dijo").
fn governs(doc: &Doc, k: usize) -> bool {
    doc.is_any_of(
        k,
        &[Cat::SpeechVerb, Cat::InterestVerb, Cat::GovernmentVerb],
    )
}

/// A seat of government starting at `first` that a verb of reporting before makes its subject
/// ("said the Kremlin", "según informó el Kremlin").
fn reported_by(doc: &Doc, first: usize) -> bool {
    let end = first - usize::from(first >= 1 && doc.is(first - 1, Cat::Determiner));
    // "said the Kremlin", "según el Kremlin", "according to the Kremlin": a word or phrase of
    // reporting or attribution ending right before.
    for j in end.saturating_sub(3)..end {
        for c in [Cat::SpeechVerb, Cat::ReportingVerb, Cat::Attribution] {
            if j + doc.phrase_len(j, c) == end {
                return true;
            }
        }
    }
    false
}

/// "at the “House of Peace”", "in the so-called “Pentagonito,”": a place's name in quotes
/// after a place preposition, added to `found`. `open` is the opening quote.
fn quoted_venue(doc: &Doc, open: usize, found: &mut Vec<Candidate>) {
    const LONGEST: usize = 6;
    if !doc.token(open).is_quote_mark() || !placed(doc, open) || !name_word(doc, open + 1) {
        return;
    }
    let first = open + 1;
    let mut end = first;
    // Capitalised words, and the links of a name between them ("House of Peace").
    while end < first + LONGEST
        && (name_word(doc, end)
            || (end > first
                && doc.is_any_of(end, &[Cat::NameLink, Cat::Determiner])
                && name_word(doc, end + 1)))
    {
        end += 1;
    }
    // The closing quote, maybe after the sentence's comma or period ("Pentagonito,").
    let close = end + usize::from(doc.token(end).is_any(&[',', '.']));
    if doc.token(close).is_quote_mark() {
        push_place(found, doc, first, end, None, 1, false);
    }
}

/// Cities: from the tables (cities and capitals), from "in X, Country", from a dateline.
fn cities(doc: &Doc, in_name: &[bool]) -> Vec<Candidate> {
    let mut found = Vec::new();
    for m in &doc.names {
        let Some(country) = doc.city_country(m.meaning) else {
            continue;
        };
        // "St. George's Hall", "Moscow State University": a city's name inside a longer name.
        let next = m.end + usize::from(doc.is_possessive(m.end));
        // But a meeting named after its city is held there: "the Vilnius Summit", "the Munich
        // Security Conference", "the Geneva talks".
        let names_meeting = names_a_meeting(doc, m.end) || meeting_of(doc, m.first);
        // "on Bali Island", "in Jeju Island": the place's own kind, capitalised, closing its
        // name leaves the place.
        let own_kind = doc.is_any_of(next, &[Cat::RegionNoun, Cat::SettlementNoun])
            && !name_word(doc, next + 1);
        if !names_meeting
            && !own_kind
            && doc.token(next).is_capitalized()
            && doc.is_any_of(next, &[Cat::OrgWord, Cat::VenueNoun])
        {
            continue;
        }
        // "the Santiago Bernabeu stadium": a city's name run into a longer name (not into the
        // name of a person after it: "en Beijing Lavrov abordó …").
        if !names_meeting
            && !own_kind
            && m.end == next
            && name_word(doc, next)
            && !in_name[next]
            && doc.name(next).is_none()
            && !doc.token(next).line_before
            && !doc.token(next).is_all_caps()
            && crate::stages::roles::head_at(doc, next).is_none()
        {
            continue;
        }
        // A capital used for its government ("Pyongyang would be seeking") is no place; nor is
        // one opening a longer name ("San Juan de la Maguana").
        if governs(doc, m.end) || particle_tail_end(doc, m.end) > m.end {
            continue;
        }
        // A city is a place where it is placed: "in Hanoi", "arrived in the Ethiopian capital",
        // "Tshwane, South Africa", "Dushanbe hosted", a dateline; not "help Pyongyang build".
        let dateline = crate::doc::is_dateline(doc, m.first, m.end) || signed_off(doc, m);
        // "at the Presidential Villa, Abuja", "at State House Nairobi": the city of the venue
        // before it.
        // Where one goes only after a word of meeting or travel: not "irritó a Washington",
        // "sent a message to Moscow".
        let goes = match preposition_before(doc, m.first) {
            Some(Placing::To) => follows_meeting_word(doc, m.first),
            // "met on Sentosa island": a surface, after a meeting word.
            Some(Placing::On) => {
                doc.any_is(m.first..m.end + 1, Cat::RegionNoun)
                    && follows_meeting_word(doc, m.first)
            }
            p => p.is_some_and(|p| p != Placing::On),
        };
        let placed = goes
            || visited(doc, m.first)
            || after_venue(doc, m.first)
            || closes_placed_venue(doc, m.first)
            || names_meeting
            || m.first >= 1 && doc.is(m.first - 1, Cat::SettlementNoun)
            || hosts_after(doc, m.end)
            || (doc.punct(m.end, ',')
                && doc
                    .name(m.end + 1)
                    .is_some_and(|n| n.country_form() == Some(CountryForm::Name)));
        // "une a los gobiernos de Nuakchot y Malabo", "to the leaders of Kyiv": a city owning
        // people stands for its government, whatever places the phrase.
        let owner = m.first >= 2
            && doc.is(m.first - 1, Cat::NameLink)
            && doc.is_any_of(m.first - 2, &[Cat::ParticipantGroup, Cat::SideNoun]);
        if !placed && !dateline || owner {
            continue;
        }
        let score = if dateline { DATELINE } else { 1 };
        push_place(&mut found, doc, m.first, m.end, Some(country), score, true);
    }
    // A town the tables do not know, made one by the dateline ("ARICA (Chile), 9 mar").
    if let Some((first, end)) = doc.dateline.and_then(|d| d.unknown_place) {
        let country = doc.dateline.and_then(|d| d.country);
        push_place(&mut found, doc, first, end, country, DATELINE, true);
    }
    capitals(doc, &mut found);
    kinds_of_place(doc, false, &mut found);
    places_with_country(doc, &mut found);
    towns_of_venues(doc, &mut found);
    towns_where_met(doc, in_name, &mut found);
    sort_by_position(&mut found);
    found
}

/// "Ana Reyes, Lima.": a line that holds only a reporter's name, a comma and the city, where
/// agencies close a story filed from there; a dateline at its end.
fn signed_off(doc: &Doc, m: &NameMention) -> bool {
    const NAME_WORDS: usize = 4;
    let Some(comma) = m.first.checked_sub(1).filter(|&c| doc.punct(c, ',')) else {
        return false;
    };
    let mut first = comma;
    while first > 0 && comma - first < NAME_WORDS && name_word(doc, first - 1) {
        first -= 1;
        if doc.token(first).line_before {
            break;
        }
    }
    let end = m.end + usize::from(doc.punct(m.end, '.'));
    first < comma
        && (first == 0 || doc.token(first).line_before)
        && doc.name(first).is_none()
        && doc.token(end).line_before
}

/// Whether the city ending at `end` names a meeting: capitalised words, maybe none, then a
/// meeting noun ("Vilnius Summit", "Munich Security Conference", "Geneva talks").
fn names_a_meeting(doc: &Doc, end: usize) -> bool {
    let mut j = end;
    while j < end + 3 && name_word(doc, j) && doc.name(j).is_none() {
        j += 1;
    }
    let noun = doc.is_any_of(j, &[Cat::MeetingNoun, Cat::GatheringNoun]);
    noun && (j == end || doc.token(j).is_capitalized())
}

/// Whether the city starting at `first` names the meeting before it, after the link of a
/// name ("la cumbre de Caracas", "the Summit of Lima").
fn meeting_of(doc: &Doc, first: usize) -> bool {
    first >= 2
        && doc.is(first - 1, Cat::NameLink)
        && doc.is_any_of(first - 2, &[Cat::MeetingNoun, Cat::GatheringNoun])
}

/// "in the Ethiopian capital", "in Lithuania's capital", "in the capital of Kenya": the capital
/// of the country named, when the tables know it (else the country is the place, see
/// [`country_places`]).
fn capitals(doc: &Doc, found: &mut Vec<Candidate>) {
    for m in &doc.names {
        let Some((c, first, end)) = capital_phrase(doc, m) else {
            continue;
        };
        if let Some(capital) = &doc.country(c).capital
            && placed(doc, first)
        {
            found.push(Candidate {
                first,
                end,
                name: capital.clone(),
                country: Some(c),
                score: 1,
            });
        }
    }
}

/// A phrase naming a country's capital by the country: its country and token range.
fn capital_phrase(doc: &Doc, m: &NameMention) -> Option<(u16, usize, usize)> {
    let capital = |k: usize| doc.value_is(k, Cat::SettlementNoun, 1);
    let article = m.first >= 1 && doc.is(m.first - 1, Cat::Determiner);
    match m.meaning {
        // "the Ethiopian capital"
        Meaning::Country(c, CountryForm::Adjective) if article && capital(m.end) => {
            Some((c, m.first - 1, m.end + 1))
        }
        // "la capital china": the people word after the kind
        Meaning::Country(c, CountryForm::Adjective)
            if m.first >= 2 && capital(m.first - 1) && doc.is(m.first - 2, Cat::Determiner) =>
        {
            Some((c, m.first - 2, m.end))
        }
        // "Lithuania's capital"
        Meaning::Country(c, CountryForm::Name)
            if doc.is_possessive(m.end) && capital(m.end + 1) =>
        {
            Some((c, m.first, m.end + 2))
        }
        // "the capital of Kenya"
        Meaning::Country(c, CountryForm::Name)
            if m.first >= 3
                && doc.is(m.first - 1, Cat::NameLink)
                && capital(m.first - 2)
                && doc.is(m.first - 3, Cat::Determiner) =>
        {
            Some((c, m.first - 3, m.end))
        }
        _ => None,
    }
}

/// Capitalised words that name a place the tables may not know, starting at `first`: at most
/// three, no country, organisation or person, and no kind of place or building, which would
/// make it a region's or a building's name ("Naivasha", "Nusa Dua"; not "West Java Province").
fn place_name_end(doc: &Doc, first: usize) -> Option<usize> {
    let word_of_place = |k: usize| match doc.name(k) {
        Some(m) => doc.city_country(m.meaning).is_some(),
        None => !doc.is_any_of(
            k,
            &[
                Cat::RegionNoun,
                Cat::VenueNoun,
                Cat::OrgWord,
                Cat::SettlementNoun,
            ],
        ),
    };
    // "Puerto Montt", "Port Moresby": a kind of settlement may open the name.
    let opening_kind = |k: usize| {
        k == first
            && doc.is(k, Cat::SettlementNoun)
            && name_word(doc, k + 1)
            && doc.name(k + 1).is_none()
    };
    // A city the tables know is whole ("Punta del Este"), or opens a longer name ("Santiago de
    // Compostela").
    if let Some(m) = doc
        .name_starting(first)
        .filter(|m| doc.city_country(m.meaning).is_some())
    {
        return Some(particle_tail_end(doc, m.end));
    }
    // "gather at MCC": an acronym in lowercase text names a building or a body, not a town.
    if doc.token(first).is_all_caps() && first >= 1 && doc.token(first - 1).is_lowercase() {
        return None;
    }
    let mut end = first;
    while end < first + 3
        && name_word(doc, end)
        && (word_of_place(end) || opening_kind(end))
        && (end == first || !doc.token(end).line_before)
    {
        end += 1;
    }
    (end > first).then(|| particle_tail_end(doc, end))
}

/// The end of a place's name that goes on past `end` with particles and words of no class
/// ("Santa Rosa de Cabal", "Villa del Rosario", "San Cristóbal de las Sierras"); `end` when it
/// does not. The first particle is no article or conjunction ("Quito y Lima" are two towns), and
/// a name the tables know ends it ("Santiago de Chile" is in Chile).
fn particle_tail_end(doc: &Doc, end: usize) -> usize {
    let particle = |k: usize| doc.token(k).is_lowercase() && doc.is(k, Cat::NameParticle);
    let opens = particle(end)
        && (doc.is(end, Cat::GenitiveLink)
            || !doc.is_any_of(end, &[Cat::Determiner, Cat::Conjunction]));
    if !opens {
        return end;
    }
    let mut first = end + 1;
    while first < end + 3 && particle(first) {
        first += 1;
    }
    let mut tail = first;
    while tail < first + 2
        && name_word(doc, tail)
        && doc.name(tail).is_none()
        && doc.classes(tail) == Classes::default()
    {
        tail += 1;
    }
    if tail > first { tail } else { end }
}

/// A capitalised article, which may open a town's name ("El Amatillo", "The Pas").
fn opens_name(doc: &Doc, k: usize) -> bool {
    doc.token(k).is_capitalized() && doc.is(k, Cat::DefiniteArticle)
}

/// A town's name from `first`, which may open with a kind of building when something else says
/// it is a town ("the town of Villa Tunari", "Villa Tunari, a town in Bolivia", "la localidad
/// de Casa Grande").
fn town_name_end(doc: &Doc, first: usize) -> Option<usize> {
    if opens_name(doc, first)
        && let Some(end) = place_name_end(doc, first + 1)
    {
        return Some(end);
    }
    if let Some(end) = place_name_end(doc, first) {
        return Some(end);
    }
    if !(doc.is(first, Cat::VenueNoun) && name_word(doc, first)) {
        return None;
    }
    let end = place_name_end(doc, first + 1).unwrap_or_else(|| particle_tail_end(doc, first + 1));
    (end > first + 1).then_some(end)
}

/// "the Kenyan town of Naivasha", "on the Indonesian island of Bali", "in the town of Kasese",
/// "Kenya's coastal city of Mombasa", "the Malaysian capital, Kuala Lumpur": a kind of place
/// (a settlement or a region), maybe a people word or a country's possessive before it, then
/// its name; the place is a region when its kind is one. With a people word or possessive, a
/// surface preposition places it too ("on the island of"). Only regions when `regions`, else
/// only settlements.
fn kinds_of_place(doc: &Doc, regions: bool, found: &mut Vec<Candidate>) {
    for k in 1..doc.tokens.len() {
        // A kind of both ("municipio") is a town's.
        let settlement = doc.is(k, Cat::SettlementNoun);
        let region = doc.is(k, Cat::RegionNoun) && !settlement;
        if !(settlement || region) || !doc.token(k).is_lowercase() {
            continue;
        }
        // Words after the kind, in a language whose adjectives follow their noun: a people
        // word says its country ("la ciudad rusa de Vladivostok"), others describe it ("la
        // ciudad costera de Valdora", "la ciudad portuaria rusa de …").
        let mut after = None;
        let mut kind_end = k + 1;
        while kind_end < k + 3 && doc.token(kind_end).is_lowercase() {
            if let Some(m) = doc
                .name_starting(kind_end)
                .filter(|m| m.country_form() == Some(CountryForm::Adjective))
            {
                after = Some(m);
                kind_end = m.end;
            } else if doc.classes(kind_end) == Classes::default() {
                // a word of no class, as adjectives are
                kind_end += 1;
            } else {
                break;
            }
        }
        // The name: after "of", a comma, or right after a settlement's bare kind.
        let link = doc.is(kind_end, Cat::NameLink) || doc.punct(kind_end, ',');
        if !link && (region || kind_end > k + 1) {
            continue;
        }
        let name_first = kind_end + usize::from(link);
        let Some(name_end) = town_name_end(doc, name_first) else {
            continue;
        };
        // Before the kind: modifiers ("coastal", "port", "Black Sea"), then a people word or a
        // country's possessive, then the article.
        let mut first = k;
        while first > k.saturating_sub(3) {
            let t = &doc.token(first - 1);
            let modifier = (t.is_lowercase()
                && !doc.is(first - 1, Cat::Determiner)
                && placing(doc, first - 1).is_none())
                || (name_word(doc, first - 1) && doc.name(first - 1).is_none());
            if !modifier {
                break;
            }
            first -= 1;
        }
        let owner = doc.name_ending(first);
        let owner = owner.or(after);
        let (country, described) =
            match owner.map(|m| (m.meaning, if m.first > k { first } else { m.first })) {
                Some((Meaning::Country(c, CountryForm::Adjective), f)) => (Some(c), f),
                _ if first >= 2 && doc.is_possessive(first - 1) => {
                    match doc.name(first - 2).map(|m| (m.meaning, m.first)) {
                        Some((Meaning::Country(c, CountryForm::Name), f)) => (Some(c), f),
                        _ => continue,
                    }
                }
                _ => (None, first),
            };
        let start = if first >= 1 && doc.is_possessive(first - 1) {
            described
        } else if described >= 1 && doc.is(described - 1, Cat::Determiner) {
            described - 1
        } else {
            continue;
        };
        let surface = country.is_some() && preposition_before(doc, start) == Some(Placing::On);
        if !placed(doc, start) && !surface {
            continue;
        }
        let country = country.or_else(|| known_city_country(doc, name_first, name_end));
        if region == regions {
            push_place(found, doc, name_first, name_end, country, 2, true);
        }
    }
}

/// "in Hokkaido, Japan", "in Nusa Dua, Bali, Indonesia", "in Naivasha, a town in Kenya", "in
/// Kasane (Botswana)": a placed name followed by its country, or by the kind of place it is in
/// a country.
fn places_with_country(doc: &Doc, found: &mut Vec<Candidate>) {
    for k in 1..doc.tokens.len() {
        if !placed(doc, k) || name_word(doc, k - 1) || opens_name(doc, k - 1) {
            continue;
        }
        let Some(end) = town_name_end(doc, k) else {
            continue;
        };
        let after_building = place_name_end(doc, k).is_none() && !opens_name(doc, k);
        // The country, and whether an apposition says what kind of place it is ("a town").
        let (country, kind_given) = if doc.punct(end, ',') {
            // A wider place between: "Nusa Dua, Bali, Indonesia".
            let after = place_name_end(doc, end + 1)
                .filter(|&e| doc.punct(e, ','))
                .map_or(end + 1, |e| e + 1);
            match country_named_at(doc, after).or_else(|| country_named_at(doc, end + 1)) {
                Some(c) => (Some(c), false),
                None => kind_apposition(doc, end + 1).map_or((None, false), |c| (c, true)),
            }
        } else if doc.punct(end, '(') {
            // "in Kasane (Botswana)"
            let country = country_named_at(doc, end + 1).filter(|_| {
                doc.name(end + 1 + usize::from(doc.is(end + 1, Cat::Determiner)))
                    .is_some_and(|m| doc.punct(m.end, ')'))
            });
            (country, false)
        } else {
            (None, false)
        };
        // A city the tables know is in its own country ("in Washington, Russia's envoy …").
        let known = known_city_country(doc, k, end);
        if known.is_some_and(|k| country.is_some_and(|c| c != k))
            || (country.is_none() || after_building) && !kind_given
        {
            continue;
        }
        push_place(found, doc, k, end, known.or(country), 2, true);
    }
}

/// "at State House, Nakasero, on Monday", "at the Speke Resort, Munyonyo.": a place the
/// tables do not know, set off by commas right after a building, is the building's town; in
/// the country named after it ("at the Speke Resort, Munyonyo, Republic of Uganda").
fn towns_of_venues(doc: &Doc, found: &mut Vec<Candidate>) {
    for k in 2..doc.tokens.len() {
        if !doc.punct(k - 1, ',') || !after_venue(doc, k) || doc.name(k).is_some() {
            continue;
        }
        let Some(end) = place_name_end(doc, k) else {
            continue;
        };
        let t = doc.token(end);
        let closed = t.is_any(&[',', '.', ';']) || t.line_before;
        if closed {
            let country = doc
                .punct(end, ',')
                .then(|| country_named_at(doc, end + 1))
                .flatten();
            push_place(found, doc, k, end, country, 1, true);
        }
    }
}

/// "se reunieron hoy en Veracruz", "met on Monday in Naivasha": a place the tables do not
/// know, right after a meeting verb, a day and a place preposition, and before the end of
/// its clause; or right after a word of travel and the preposition of where one goes ("una
/// visita a Cisjordania", "his trip to Naivasha"). `in_name` marks people's names.
fn towns_where_met(doc: &Doc, in_name: &[bool], found: &mut Vec<Candidate>) {
    for (k, &named) in in_name.iter().enumerate().skip(1) {
        let known = doc
            .name(k)
            .is_some_and(|m| particle_tail_end(doc, m.end) == m.end);
        if named || known || in_area(doc, k) {
            continue;
        }
        let travel = k >= 2 && doc.is_any_of(k - 2, &[Cat::TravelWord, Cat::ArrivalVerb]);
        // "en El Amatillo": the name after its article.
        let name = k + usize::from(opens_name(doc, k));
        let placed = match placing(doc, k - 1) {
            // After a meeting word, over names, titles and days: "se reunieron hoy en
            // Veracruz", "met President Kofi Mensah of Ghana on Friday in Naivasha".
            Some(Placing::At) => follows_meeting_word(doc, k - 1),
            Some(Placing::To) => travel,
            _ => false,
        };
        if let Some(end) = place_name_end(doc, name).filter(|&e| placed && clause_ends(doc, e)) {
            push_place(found, doc, k, end, None, 1, true);
        }
    }
}

/// The country of the city the tables know that is named from `first` to `end` exactly.
fn known_city_country(doc: &Doc, first: usize, end: usize) -> Option<u16> {
    let m = doc.name(first).filter(|m| m.end == end)?;
    doc.city_country(m.meaning)
}

/// Whether a place's name ends at `end`: lowercase words or punctuation go on.
fn clause_ends(doc: &Doc, end: usize) -> bool {
    !doc.token(end).is_capitalized()
}

/// A country's name starting at `k` ("Japan", "the Republic of Uganda").
fn country_named_at(doc: &Doc, k: usize) -> Option<u16> {
    let k = k + usize::from(doc.is(k, Cat::Determiner));
    let m = doc.name_starting(k)?;
    match m.meaning {
        Meaning::Country(c, CountryForm::Name) if !doc.is_possessive(m.end) => Some(c),
        _ => None,
    }
}

/// "a town in Kenya", "a village in northern Uganda", "a resort city of Egypt", "a town 90 km
/// north of Nairobi", "a town known for its crafts": an apposition giving the kind of place,
/// from token `k`, and the country it puts the place in, if it names one.
fn kind_apposition(doc: &Doc, k: usize) -> Option<Option<u16>> {
    // "Cúcuta, capital del departamento de …", "Kasese, capital of the district": a kind of
    // place may stand without its article.
    let bare_kind =
        doc.token(k).is_lowercase() && doc.is_any_of(k, &[Cat::SettlementNoun, Cat::RegionNoun]);
    if !doc.is(k, Cat::Determiner) && !bare_kind {
        return None;
    }
    let mut j = if bare_kind { k } else { k + 1 };
    while j < k + 4 && doc.token(j).is_lowercase() {
        let kind = doc.is_any_of(j, &[Cat::SettlementNoun, Cat::RegionNoun]);
        if kind && (placing(doc, j + 1) == Some(Placing::At) || doc.is(j + 1, Cat::NameLink)) {
            // "in northern Uganda": a direction of the country may stand before it.
            // "del sur de Bolivia": the direction may take the link of a name.
            let area = doc.is(j + 2, Cat::Area);
            let country = j + 2 + usize::from(area);
            let country = country + usize::from(area && doc.is(country, Cat::NameLink));
            return Some(country_named_at(doc, country).or_else(|| near_city_country(doc, j + 1)));
        }
        if kind {
            return Some(near_city_country(doc, j + 1));
        }
        j += 1;
    }
    None
}

/// "… 90 km northwest of Nairobi", "… outside Kampala": the country of a city a distance or
/// direction relates the place to, from token `k`.
fn near_city_country(doc: &Doc, k: usize) -> Option<u16> {
    const REACH: usize = 6;
    let mut j = k;
    while j < k + REACH {
        let t = doc.tokens.get(j)?;
        if let Some(m) = doc.name_starting(j) {
            return doc.city_country(m.meaning);
        }
        if !(t.is_lowercase() || t.kind == Kind::Number) {
            return None;
        }
        j += 1;
    }
    None
}

/// "HAVANA" → "Havana": datelines shout. A link or an article inside the name stays small
/// ("CIUDAD DE MÉXICO" → "Ciudad de México", "PORT OF SPAIN" → "Port of Spain").
fn title_case_capitals(doc: &Doc, name: String) -> String {
    if name.chars().any(crate::text::case::is_lower) {
        return name;
    }
    let mut out = String::with_capacity(name.len());
    for (n, word) in name.split(' ').enumerate() {
        let lower = crate::text::case::lower_str(word);
        if n > 0 {
            out.push(' ');
            if doc.lex.classes(&lower).has_any(&[
                Cat::GenitiveLink,
                Cat::DefiniteArticle,
                Cat::NameParticle,
            ]) {
                out.push_str(&lower);
                continue;
            }
        }
        let mut start = true;
        for c in word.chars() {
            if start {
                out.push(c);
            } else {
                out.push(crate::text::case::lower(c));
            }
            start = !crate::text::case::is_letter(c);
        }
    }
    out
}

/// "VOSTOCHNY, Russia —": a dateline naming a place the tables do not know, and its country.
fn dateline_place_country(doc: &Doc) -> Option<u16> {
    for start in 0..doc.tokens.len() {
        if !doc.token(start).line_before || doc.sentence_index(start) > 10 {
            continue;
        }
        let Some(separator) = line_separator(doc, start) else {
            continue;
        };
        // (names do not overlap, so the one ending at the separator is the one there)
        if let Some(m) = doc.name_ending(separator)
            && m.first > start
            && doc.punct(m.first - 1, ',')
            && m.country_form() == Some(CountryForm::Name)
        {
            return m.country();
        }
    }
    None
}

/// The dash or colon that ends a dateline on the line starting at token `start`, within its
/// first words.
fn line_separator(doc: &Doc, start: usize) -> Option<usize> {
    let limit = doc.tokens.len().min(start + 8);
    for k in start + 1..limit {
        let t = &doc.token(k);
        if t.line_before {
            return None;
        }
        if t.is_any(&['—', '–', ':']) {
            return Some(k);
        }
    }
    None
}

/// Regions: "the Amur region", "West Java Province", "the San Borja district".
fn regions(doc: &Doc) -> Vec<Candidate> {
    let mut found = Vec::new();
    for k in 1..doc.tokens.len() {
        if !doc.is(k, Cat::RegionNoun) {
            continue;
        }
        // "the U.S. State Department": a region word inside a longer name.
        if doc.token(k + 1).is_capitalized() {
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
            && !doc.is_any_of(first - 1, &[Cat::Area, Cat::OrgWord])
        {
            first -= 1;
        }
        if first == k {
            continue;
        }
        // "in West Java Province": the placing is before the part of the world.
        let mut named_from = first;
        while named_from > 0 && name_word(doc, named_from - 1) && in_area(doc, named_from - 1) {
            named_from -= 1;
        }
        let own_first = first;
        // "Siberian Amur region": an adjective of a wider area goes.
        while first + 1 < k && doc.ends_in(first, Cat::WordEnding, PLACE_ADJECTIVE) {
            first += 1;
        }
        // "the Amur region of Russia's Far East", "the Russian Amur region"
        let before = doc.name_ending(first).and_then(|m| m.country());
        let after = doc
            .is(k + 1, Cat::NameLink)
            .then(|| doc.name(k + 2).and_then(|m| m.country()))
            .flatten();
        let country = before.or(after);
        // A region is a place where it is placed ("in the Amur region"), not where something
        // else is ("peace on the Korean Peninsula").
        // A surface preposition right before places it after a meeting word ("met on Sentosa
        // island", not "the situation on the Korean peninsula").
        let on = named_from >= 1
            && placing(doc, named_from - 1) == Some(Placing::On)
            && follows_meeting_word(doc, named_from - 1);
        let placed = on || placed(doc, named_from) || after_venue(doc, named_from);
        let score = if placed { 0 } else { UNPLACED };
        // "West Java Province": the compass word is part of the name.
        let start = if named_from < own_first {
            named_from
        } else {
            first
        };
        push_place(&mut found, doc, start, k + 1, country, score, false);
    }
    kinds_of_place(doc, true, &mut found);
    found
}

/// "met in Lithuania", "a summit in Indonesia", "his visit to China", "in the Seychelles'
/// capital" (a capital the tables do not know), "on Chilean soil": a country named as the place of the meeting, after a
/// place preposition that follows a meeting word, with only names, titles, times and
/// function words between ("met Chinese President Xi Jinping on Monday in China"; not "talks
/// on the war in Ukraine").
fn country_places(doc: &Doc, meeting: &Meeting) -> Vec<Candidate> {
    let mut found = Vec::new();
    for m in &doc.names {
        let (c, first, end) = match m.meaning {
            Meaning::Country(c, CountryForm::Name) if !doc.is_possessive(m.end) => {
                (c, m.first, m.end)
            }
            // "on Chilean soil", "en territorio chileno": the people word of a country's ground.
            Meaning::Country(c, CountryForm::Adjective) if doc.is(m.end, Cat::TerritoryNoun) => {
                (c, m.first, m.end + 1)
            }
            Meaning::Country(c, CountryForm::Adjective)
                if m.first >= 1
                    && doc.is(m.first - 1, Cat::TerritoryNoun)
                    && doc.token(m.first).is_lowercase() =>
            {
                (c, m.first - 1, m.end)
            }
            _ => match capital_phrase(doc, m) {
                Some((c, first, end)) if doc.country(c).capital.is_none() => (c, first, end),
                _ => continue,
            },
        };
        // "Egypt on Monday hosted an emergency meeting": the country hosting it.
        let hosts = hosts_after(doc, end) && meeting.about_meeting(first);
        if hosts || meeting_placed_in(doc, meeting, first, end) {
            push_place(&mut found, doc, first, end, Some(c), 1, false);
        }
    }
    found
}

/// Whether the country named at `first..end` is placed as the meeting's place: after a place
/// preposition that follows a meeting word, in a clause about the meeting, and alone.
fn meeting_placed_in(doc: &Doc, meeting: &Meeting, first: usize, end: usize) -> bool {
    // The ground of a country is also on a surface: "on Chilean soil".
    let ground = doc.any_is(first..end, Cat::TerritoryNoun);
    let preposition = first
        .checked_sub(1 + usize::from(first >= 1 && doc.is(first - 1, Cat::Determiner)))
        .filter(|&p| towards(doc, p) || ground && placing(doc, p) == Some(Placing::On));
    // "visits to Norway and Ireland": a list of countries names no one place.
    let joint = |k: usize| doc.punct(k, ',') || doc.is(k, Cat::Conjunction);
    let listed = joint(end) && country_named_at(doc, end + 1).is_some();
    let placed = match preposition {
        Some(p) => follows_meeting_word(doc, p),
        None => visited(doc, first),
    };
    placed && !listed && meeting.about_meeting(first)
}

/// "visited Singapore", "visitó Hanói": a place right after a verb of travel, its object;
/// not a visit to come ("will visit Japan later this year", "hoped to visit Tallinn"),
/// another trip.
fn visited(doc: &Doc, first: usize) -> bool {
    let verb = first.wrapping_sub(1);
    let to_come = |before: usize| {
        doc.is_any_of(before, &[Cat::FutureMarker, Cat::Modal])
            || placing(doc, before) == Some(Placing::To)
    };
    first >= 1
        && doc.is(verb, Cat::TravelWord)
        && doc.token(verb).is_lowercase()
        && !(verb >= 1 && to_come(verb - 1))
}

/// Whether a verb of hosting follows a place's name ending at `end`, over a day ("Dushanbe
/// hosted", "Egypt on Monday hosted", "Egipto acogió este lunes").
fn hosts_after(doc: &Doc, end: usize) -> bool {
    let mut k = end;
    if placing(doc, k) == Some(Placing::On) || doc.is(k, Cat::Determiner) {
        k += 1;
    }
    if doc.is_any_of(k, &[Cat::Weekday, Cat::RelativeDay]) {
        k += 1;
    }
    doc.is(k, Cat::PlaceHostVerb)
}

/// Whether the preposition at `p` completes a meeting word before it in its sentence: only
/// names, titles, times, numbers, commas and function words between.
fn follows_meeting_word(doc: &Doc, p: usize) -> bool {
    // Two leaders named with their titles between: "the summit between Kenyan President
    // Daniel Otieno and Ghanaian President Kofi Mensah was held in …".
    const REACH: usize = 20;
    let sentence_first = doc.sentence_at(p).first;
    let mut k = p;
    while k > sentence_first && p - k < REACH {
        k -= 1;
        let meeting_word = doc.is_any_of(
            k,
            &[
                Cat::MeetingNoun,
                Cat::ArrivalVerb,
                Cat::TravelWord,
                Cat::HostVerb,
            ],
        ) || in_phrase(doc, k, Cat::MeetingVerb)
            || in_phrase(doc, k, Cat::MeetingNoun)
            || in_phrase(doc, k, Cat::Attendance);
        if meeting_word {
            // "acordaron la próxima realización del Encuentro … en territorio peruano": the
            // place of a meeting noun made another meeting some words before.
            return !(doc.is(k, Cat::MeetingNoun)
                && (k.saturating_sub(6)..k)
                    .any(|j| doc.is(j, Cat::OtherMeeting) && doc.token(j).is_lowercase()));
        }
        let t = &doc.token(k);
        let between = t.is_capitalized()
            || t.kind == Kind::Number
            || t.kind == Kind::Possessive
            // "on 03/10/2025", "Kofi Mensah (Ghana)"
            || t.is_any(&[',', '/', '(', ')'])
            || doc.name(k).is_some()
            || crate::stages::roles::head_at(doc, k).is_some()
            || doc.is_any_of(k, &[
                Cat::Stop,
                Cat::Determiner,
                Cat::Auxiliary,
                Cat::Modal,
                // "the summit will be held in Japan", not "an exercise to be held in Japan".
                Cat::PastMeetingVerb,
                Cat::RoleModifier,
                // "met at the hotel on Tenby island"
                Cat::VenueNoun,
                Cat::Weekday,
                Cat::Month,
                Cat::RelativeDay,
                Cat::DayPart,
                Cat::TimeNoun,
                // "will travel next week to Madrid", "viajará la próxima semana a Madrid".
                Cat::WeekRef,
            ]);
        if !between {
            return false;
        }
    }
    false
}

/// The country of the principal who holds the seat a venue names by a title ("the Prime
/// Minister's Office", "the Office of the President").
fn holder_country(
    doc: &Doc,
    people: &People,
    entities: &[Entity],
    cast: &Cast,
    venue: &Candidate,
) -> Option<u16> {
    // "the Prime Minister's Office", "the Office of the President"
    let title = (venue.first..venue.end).find_map(|j| {
        let (len, _, _) = crate::stages::roles::head_at(doc, j)?;
        let possessive = doc.is_possessive(j + len);
        let complement = j + len == venue.end
            && j >= 2
            && doc.is(j - 1, Cat::Determiner)
            && doc.is(j - 2, Cat::NameLink);
        (possessive || complement).then(|| fold(&doc.phrase(j, j + len)))
    })?;
    let mut holder = None;
    for &e in &principals(entities, cast) {
        let holds = e.role.is_some_and(|(r, t)| {
            people.roles[r]
                .titles
                .get(t)
                .is_some_and(|held| fold(held).ends_with(&title))
        });
        if holds {
            // Two principals of the same title: the seat does not say whose it is.
            if holder.is_some() {
                return None;
            }
            holder = Some(e);
        }
    }
    holder?.country()
}

/// The country of the principals (else of the one receiving, when they are of several) when the
/// venue is a seat of government the tables give that country among others ("Palacio
/// Nacional": Mexico's and the Dominican Republic's). `receiver` is the receiver's country.
fn shared_seat_country(
    doc: &Doc,
    venue: &Candidate,
    entities: &[Entity],
    cast: &Cast,
    receiver: Option<u16>,
) -> Option<u16> {
    let seats = doc.seat_countries(venue.first, venue.end);
    let seat_of = |c: u16| seats.contains(&c);
    let mut owner = None;
    for &e in &principals(entities, cast) {
        if let Some(c) = e.country().filter(|&c| seat_of(c)) {
            if owner.is_some_and(|o| o != c) {
                return receiver.filter(|&h| seat_of(h));
            }
            owner = Some(c);
        }
    }
    owner
}

/// The country of the principal who receives the others ("President Museveni received …"),
/// or of the other of two principals when one is received ("X was received by …").
fn receiver_country(doc: &Doc, people: &People, entities: &[Entity], cast: &Cast) -> Option<u16> {
    // The host verb after a mention, and whether it is passive ("was received").
    let hosting = |e: &Entity| {
        e.mentions.iter().find_map(|&m| {
            let end = people.mentions[m].evidence_end;
            lists::find_word(doc, end, end + 3, Cat::HostVerb)
                .map(|k| k > end && doc.is(k - 1, Cat::Copula))
        })
    };
    let principals = principals(entities, cast);
    for &host in &principals {
        if hosting(host) == Some(false) {
            return host.country();
        }
    }
    match principals[..] {
        [a, b] if hosting(a) == Some(true) => b.country(),
        [a, b] if hosting(b) == Some(true) => a.country(),
        _ => None,
    }
}

/// Whether sentence `s` shows participants together: two of them named, or a plural pronoun
/// ("They shook hands").
fn together(doc: &Doc, people: &People, entities: &[Entity], cast: &Cast, s: usize) -> bool {
    let mut named = 0;
    for p in &cast.participants {
        if entities[p.entity]
            .mentions
            .iter()
            .any(|&m| people.mentions[m].sentence == s)
        {
            named += 1;
        }
    }
    named >= 2 || doc.any_is(doc.sentence(s).range(), Cat::PronounThey)
}

/// The principals' entities.
fn principals<'a>(entities: &'a [Entity], cast: &Cast) -> Vec<&'a Entity> {
    let mut found = Vec::new();
    for p in &cast.participants {
        if p.principal {
            found.push(&entities[p.entity]);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Venue, city, region, country and the number of evidence spans.
    type Expected = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        usize,
    );

    fn location(text: &str) -> Expected {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let meeting = crate::stages::event::read(&doc, None);
        let people = crate::stages::people::find(&doc);
        let mut entities = crate::stages::coref::resolve(&doc, &people);
        let cast = crate::stages::participants::cast(&doc, &people, &mut entities, &meeting);
        let l = locate(&doc, &meeting, &people, &entities, &cast);
        (l.venue, l.city, l.region, l.country, l.evidence.len())
    }

    #[test]
    fn verbs_of_hosting_and_infinitives() {
        let doc = Doc::new(
            "Samoa on Monday hosted talks. Fiji hosts them. Tonga said.",
            crate::lang::en::lexicon(),
        );
        assert!(hosts_after(&doc, 1));
        assert!(hosts_after(&doc, 7));
        assert!(!hosts_after(&doc, 11));
        // "to show Washington" is no place; "to the capital" is.
        let doc = Doc::new(
            "to show Washington, to the Lima",
            crate::lang::en::lexicon(),
        );
        assert_eq!(preposition_before(&doc, 2), None);
        assert_eq!(preposition_before(&doc, 6), Some(Placing::To));
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

    #[test]
    fn prepositions_place_by_their_table_value() {
        let doc = Doc::new(
            "They met at the palace, flew to Rome from Paris, on the island, near the border.",
            crate::lang::en::lexicon(),
        );
        let placings: Vec<Placing> = (0..doc.tokens.len())
            .filter_map(|k| placing(&doc, k))
            .collect();
        assert_eq!(
            placings,
            [
                Placing::At,
                Placing::To,
                Placing::From,
                Placing::On,
                Placing::Near
            ]
        );
    }

    #[test]
    fn a_meeting_word_governs_the_place_over_names_and_times_only() {
        let cases = [
            (
                "Lula met Chinese President Xi Jinping on Monday in China.",
                true,
            ),
            ("The summit will be held in Kenya.", true),
            ("They discussed the war in Ukraine.", false),
            ("A naval exercise is to be held in Japan.", false),
        ];
        for (text, expected) in cases {
            let doc = Doc::new(text, crate::lang::en::lexicon());
            let p = (0..doc.tokens.len())
                .rfind(|&k| placing(&doc, k) == Some(Placing::At))
                .expect("a preposition");
            assert_eq!(follows_meeting_word(&doc, p), expected, "{text:?}");
        }
    }
}
