//! Countries taking part that the text names as groups rather than through people: "a
//! gathering of the leaders of France, United States, United Kingdom, …", "the group's 19
//! other members are Australia, Brunei, …".

use crate::doc::Doc;
use crate::stages::event::Meeting;
use crate::tables::gazetteer::NameMention;
use crate::tables::lexicon::{Cat, CountryForm, Meaning};
use crate::text::tokens::Kind;

/// The countries of a coordinated list starting at token `k` ("France, the United States
/// and Canada"), in order; empty when no country starts there.
pub fn listed(doc: &Doc, k: usize) -> Vec<u16> {
    listed_to(doc, k).0
}

/// The countries of a list starting at token `k`, and the token just past the last of them.
fn listed_to(doc: &Doc, mut k: usize) -> (Vec<u16>, usize) {
    let mut found = Vec::new();
    let mut end = k;
    loop {
        // "and of Chile", "and from Fiji", "así como de México": after a joiner the link of
        // origin may open an item again.
        let mut joined = false;
        loop {
            if doc.is(k, Cat::Determiner) || (joined && opens_origin(doc, k)) {
                k += 1;
            } else if let Some(len) = joiner(doc, k) {
                k += len;
                joined = true;
            } else {
                break;
            }
        }
        let Some(m) = doc.name_starting(k) else {
            break;
        };
        match m.meaning {
            Meaning::Country(c, CountryForm::Name) => found.push(c),
            _ => break,
        }
        k = m.end;
        end = k;
        // "Guyana y Surinam -todos ellos Estados asociados-, así como de México", "Chile (an
        // associate), as well as Mexico": an aside between brackets or dashes, then a joiner,
        // goes on with the list.
        let aside = aside_end(doc, k);
        let after = aside + usize::from(doc.punct(aside, ','));
        if aside > k && joins(doc, after) {
            k = after;
        }
        if doc.punct(k, ',') {
            k += 1;
        } else if !joins(doc, k) {
            break;
        }
    }
    (found, end)
}

/// The sides of the meeting named as countries in the sentences reporting it (see
/// [`sides_as_countries`]), as a country before a side noun ("the Chinese side"), and pairs
/// of countries the text joins with a dash ("India-US trade ties", "the Russia–China
/// partnership").
pub fn sides(doc: &Doc, meeting: &Meeting) -> Vec<u16> {
    let mut found: Vec<u16> = Vec::new();
    for m in &doc.names {
        if let Some(pair) = dashed_pair(doc, m.first) {
            add_new(&mut found, &pair);
        }
    }
    // "called on Prime Minister X at the Embassy of Pakistan": a mission anywhere.
    for k in 0..doc.tokens.len() {
        if let Some(c) = mission_of(doc, k) {
            add_new(&mut found, &[c]);
        }
    }
    for &s in &meeting.sentences {
        sides_in(doc, meeting, s, false, &mut found);
    }
    found
}

/// Appends the sides sentence `s` names as countries ([`sides_as_countries`]) and as a
/// country before a side noun; with `taking_part`, also pairs joined by a dash in a clause
/// about the meeting ("the Peru–Chile summit") and the country a visit goes to ("an official
/// visit to Nepal"), which receives it but is no traveller's own.
fn sides_in(doc: &Doc, meeting: &Meeting, s: usize, taking_part: bool, found: &mut Vec<u16>) {
    sides_as_countries(doc, meeting, s, found);
    for k in doc.sentence(s).range() {
        let named = side_named_at(doc, meeting, k);
        if let Some(c) = named
            .or_else(|| mission_of(doc, k))
            .or_else(|| seat_at(doc, k))
        {
            add_new(found, &[c]);
        }
        if !taking_part || !meeting.about_meeting(k) {
            continue;
        }
        if let Some(pair) = dashed_pair(doc, k) {
            add_new(found, &pair);
        }
        if let Some(c) = visited(doc, k) {
            add_new(found, &[c]);
        }
    }
}

/// "India-US", "Russia–China": two countries joined by a dash, the first starting at `k`.
fn dashed_pair(doc: &Doc, k: usize) -> Option<[u16; 2]> {
    let m = doc.name_starting(k)?;
    let dash = doc.tokens.get(m.end).is_some_and(|t| t.is_any(&['-', '–']));
    let b = doc
        .name(m.end + 1)
        .filter(|n| dash && n.first == m.end + 1)
        .and_then(|n| n.country())?;
    Some([m.country()?, b])
}

/// "the Chinese side", "the Russian delegation", "la delegación rusa": a country named as a
/// side, starting at token `k` in a clause about the meeting; the people word after the side
/// noun is the language's that puts its adjectives after their noun.
fn side_named_at(doc: &Doc, meeting: &Meeting, k: usize) -> Option<u16> {
    let m = doc.name_starting(k).filter(|_| meeting.about_meeting(k))?;
    let after_noun = k >= 1
        && is_side_noun(doc, k - 1)
        && m.country_form() == Some(CountryForm::Adjective)
        && doc.token(k).is_lowercase();
    m.country()
        .filter(|_| is_side_noun(doc, m.end) || after_noun)
}

/// "side", "delegation": the word at `j` names a side of a meeting, by which a country word
/// beside it names that side ("the Chinese side", "la delegación rusa").
pub fn is_side_noun(doc: &Doc, j: usize) -> bool {
    doc.is_any_of(j, &[Cat::SideNoun, Cat::DelegationNoun])
}

/// "at the Embassy of Pakistan", "the Pakistani embassy", "Pakistan's embassy", "la embajada
/// de Colombia": the country whose mission abroad the words at `k` name, a side of a meeting
/// held there.
pub fn mission_of(doc: &Doc, k: usize) -> Option<u16> {
    let (len, _) = doc.phrase_at(k, Cat::MissionNoun)?;
    // Not a mission speaking ("from the embassy of Brazil, they confirmed").
    if place_preposition(doc, k) == Some(FROM) {
        return None;
    }
    let owner = if doc.is(k + len, Cat::GenitiveLink) {
        doc.name_starting(k + len + 1)
    } else {
        let end = k - usize::from(k >= 1 && doc.is_possessive(k - 1));
        doc.name_ending(end)
    };
    owner?.country()
}

/// "talks at the Kremlin", "in the Oval Office", "en la Casa Rosada": the government whose seat
/// the meeting is held at, starting at `k`.
fn seat_at(doc: &Doc, k: usize) -> Option<u16> {
    let m = doc.name_starting(k)?;
    match m.meaning {
        Meaning::Country(c, CountryForm::Seat) if place_preposition(doc, k) == Some(AT) => Some(c),
        _ => None,
    }
}

/// Appends the countries of `list` that `found` does not hold yet.
pub fn add_new(found: &mut Vec<u16>, list: &[u16]) {
    for &c in list {
        if !found.contains(&c) {
            found.push(c);
        }
    }
}

/// Sides named only as countries in a clause reporting the meeting: "India and Japan on
/// Saturday held their first dialogue", "talks between Russia and Ukraine", "a summit with
/// Egypt". Appends those `found` does not hold yet.
fn sides_as_countries(doc: &Doc, meeting: &Meeting, s: usize, found: &mut Vec<u16>) {
    let sentence = doc.sentence(s);
    for k in sentence.range() {
        if !meeting.about_meeting(k) {
            continue;
        }
        // "talks between A and B", "met with A"; not the talks a meeting is about ("an
        // overview of the negotiations with Mexico"), nor a country naming a person ("talks
        // with the US President's adviser").
        let topic = k > sentence.first && doc.is(k - 1, Cat::PointerLink)
            || k > sentence.first + 1 && doc.is(k - 2, Cat::PointerLink);
        let meeting_word =
            (doc.is(k, Cat::MeetingNoun) && !topic) || doc.has_phrase(k, Cat::MeetingVerb);
        if meeting_word && doc.value_is(k + 1, Cat::SideLink, 1) {
            let (list, end) = listed_to(doc, k + 2);
            let head = !(doc.is_possessive(end) || doc.token(end).is_capitalized())
                && doc.role_at(end).is_none();
            if head {
                add_new(found, &list);
            }
        }
        // "A and B (on Saturday) held talks", "A and B held their first dialogue": a joined
        // subject shortly before a meeting word.
        // Not from inside a list: "Brazil and Uruguay" in "France, Brazil and Uruguay".
        let inside = k > sentence.first + 1
            && (doc.punct(k - 1, ',') || joins(doc, k - 1))
            && doc.name(k - 2).is_some_and(|m| m.country().is_some());
        let (list, end) = if inside {
            (Vec::new(), k)
        } else {
            listed_to(doc, k)
        };
        let mut verb_follows = false;
        for j in end..(end + 6).min(sentence.end) {
            verb_follows |= doc.has_phrase(j, Cat::MeetingVerb) || doc.is(j, Cat::MeetingNoun);
        }
        // Not the object of a verb before it ("visited Portugal and the Vatican, where he was
        // received").
        let object = k > sentence.first
            && doc.is_any_of(
                k - 1,
                &[Cat::MeetingVerb, Cat::ArrivalVerb, Cat::TravelWord],
            );
        if list.len() >= 2
            && verb_follows
            && !object
            && !(k > sentence.first && doc.is(k - 1, Cat::SideLink))
        {
            add_new(found, &list);
        }
    }
}

/// The one country a word of travel or arrival at `k` goes to: right after a word of travel or
/// after its preposition of where one goes, or after a verb of arrival and the preposition of
/// where one is ("visited Peru", "a visit to Peru", "arrived in Peru");
/// not a list of countries ("visits to Norway and Ireland"), nor a country naming something
/// else ("a visit to Peru's border"); not a journey before or after the meeting.
fn visited(doc: &Doc, k: usize) -> Option<u16> {
    // "Tras su visita a Dinamarca", "after his trip to Peru": another journey than the meeting.
    if doc.any_phrase(k.saturating_sub(3)..k, Cat::IntervalLink) {
        return None;
    }
    // "una visita oficial a Perú": the modifier that follows its noun.
    let preposition = |j: usize| doc.value(j, Cat::PlacePreposition);
    let modified = doc.token(k + 1).is_lowercase()
        && preposition(k + 1).is_none()
        && doc.value_is(k + 2, Cat::PlacePreposition, TO);
    let p = k + 1 + usize::from(modified);
    // Arriving takes the preposition of where one is: "when it came to Peru" is no arrival.
    let to = match preposition(p) {
        Some(TO) => doc.is(k, Cat::TravelWord),
        Some(AT) => doc.is(k, Cat::ArrivalVerb),
        _ => false,
    };
    if !to && !doc.is(k, Cat::TravelWord) {
        return None;
    }
    let (list, end) = listed_to(doc, if to { p + 1 } else { k + 1 });
    let ends = !(doc.is_possessive(end) || doc.token(end).is_capitalized() || joins(doc, end));
    match list[..] {
        [c] if ends => Some(c),
        _ => None,
    }
}

/// The value of the `place_preposition` words of where something is ("in").
const AT: i32 = 0;
/// The value of the `place_preposition` words of where one goes ("to").
const TO: i32 = 1;

/// The value of the preposition of place right before the word at token `first`, over a
/// determiner ("at the Vatican", "to Norway").
pub fn place_preposition(doc: &Doc, first: usize) -> Option<i32> {
    let before = first.saturating_sub(usize::from(first > 0 && doc.is(first - 1, Cat::Determiner)));
    doc.value(before.checked_sub(1)?, Cat::PlacePreposition)
}

/// Countries the text names as taking part: sides named as countries and lists after "the
/// leaders of" in sentences that report the meeting, and, at a multilateral meeting, the
/// members of the group meeting.
pub fn participating(doc: &Doc, meeting: &Meeting, multilateral: bool) -> Vec<u16> {
    let mut found: Vec<u16> = Vec::new();
    for s in 0..doc.sentences.len() {
        let reporting = meeting.sentences.contains(&s);
        if reporting {
            // "the Chilean delegation", "la parte samoana", "the Peru–Chile summit"
            sides_in(doc, meeting, s, true, &mut found);
        } else if !multilateral || meeting.previous.contains(&s) {
            continue;
        }
        for k in doc.sentence(s).range() {
            let len = doc.phrase_len(k, Cat::ParticipantGroup);
            if len > 0 {
                // "leaders of", "heads of state and government of", "los jefes de Estado de",
                // "los ministros de Defensa de": the first "of" a list of countries follows,
                // over the words of an office.
                add_new(&mut found, &group_origins(doc, k + len));
            }
            if multilateral && let Some(c) = office_receiver(doc, k) {
                // "traspasó la presidencia rotatoria del bloque a Uruguay"
                add_new(&mut found, &[c]);
            }
            let len = doc.phrase_len(k, Cat::Attendance);
            if len > 0 {
                add_new(&mut found, &attending(doc, k + len));
                if let Some(c) = attending_subject(doc, k) {
                    add_new(&mut found, &[c]);
                }
                add_new(&mut found, &attending_after_copula(doc, k + len));
            }
        }
    }
    if multilateral {
        // "The group's 19 other members are Australia, Brunei, …", "the bloc also comprises
        // …", "the forum, which groups …", "the V4 is made up of …".
        for k in 0..doc.tokens.len() {
            let len = doc.phrase_len(k, Cat::MembershipVerb);
            if len > 0 {
                let mut first = k + len;
                if doc.is(first, Cat::SideLink) {
                    first += 1;
                }
                let list = listed(doc, first);
                if list.len() >= 3 {
                    add_new(&mut found, &list);
                }
            }
        }
    }
    found
}

/// "handed over the rotating presidency to Uruguay", "traspasó la presidencia pro tempore del
/// bloque a Uruguay", "Uruguay took over the chairmanship": the country a group's rotating
/// office passes to at its meeting, from the handover word at `k`, in its clause.
fn office_receiver(doc: &Doc, k: usize) -> Option<u16> {
    const REACH: usize = 10;
    let (len, _) = doc.phrase_at(k, Cat::HandoverWord)?;
    let sentence = doc.sentence_at(k);
    // The office before the word ("la presidencia rotatoria será entregada") or after it.
    let mut office = doc.any_is(
        k.saturating_sub(4).max(sentence.first)..k,
        Cat::RotatingOffice,
    );
    let mut receiver = None;
    for j in k + len..(k + len + REACH).min(sentence.end) {
        if doc.token(j).is_any(&[',', ';', ':', '.']) {
            break;
        }
        office |= doc.is(j, Cat::RotatingOffice);
        if receiver.is_none() && doc.value_is(j, Cat::PlacePreposition, TO) {
            receiver = listed(doc, j + 1).first().copied();
        }
    }
    // Else the country taking it over, right before the word.
    let subject = || {
        doc.name_ending(k)
            .filter(|m| m.country_form() == Some(CountryForm::Name))
            .and_then(|m| m.country())
    };
    office.then(|| receiver.or_else(subject)).flatten()
}

/// The countries of the first list of two or more after a group of participants ending at
/// `k`, opened by an "of" within its clause; empty when there is none.
fn group_origins(doc: &Doc, k: usize) -> Vec<u16> {
    for j in k..k + GROUP_REACH {
        if doc.tokens.get(j).is_none_or(|t| t.kind == Kind::Punct) {
            break;
        }
        if opens_origin(doc, j) {
            let list = listed_with_names(doc, j);
            if list.len() >= 2 {
                return list;
            }
        }
    }
    Vec::new()
}

/// The countries of a list each of whose items an "of" opens and a person's name may follow:
/// "of Mexico, Andrés López, and of the United States, Joe Biden", "de Dominica, Roosevelt
/// Skerrit; de San Vicente, Ralph Gonsalves; y de Antigua, Winston Spencer"; or a plain list
/// after the first "of" ("of France, Italy and Spain"). `k` is the first "of".
fn listed_with_names(doc: &Doc, mut k: usize) -> Vec<u16> {
    let mut found = listed(doc, k + 1);
    if found.len() != 1 {
        return found;
    }
    while doc.is(k, Cat::NameLink) {
        let Some(c) = doc
            .name_starting(k + 1)
            .and_then(|m| m.country().map(|c| (c, m.end)))
        else {
            break;
        };
        add_new(&mut found, &[c.0]);
        k = c.1;
        // the name after the country, between commas; a short form in brackets before it
        if doc.punct(k, '(') {
            while k < doc.tokens.len() && !doc.punct(k, ')') {
                k += 1;
            }
            k += 1;
        }
        if !doc.token(k).is_any(&[',', ';']) {
            break;
        }
        k += 1;
        // the person's name: capitalised words that name no country
        let name_start = k;
        while k < name_start + 4
            && doc.token(k).is_capitalized()
            && doc.name(k).is_none_or(|m| m.country().is_none())
        {
            k += 1;
        }
        while doc.token(k).is_any(&[',', ';']) || joins(doc, k) {
            k += 1;
        }
    }
    found
}

/// "with the participation of Bolivia", "attended by France and Italy", "con la asistencia
/// además de invitados de Paraguay, Haití y Rusia": the countries right after a word of
/// attending at `k`, over an adverb of one more, the "of" and the people who came for them.
fn attending(doc: &Doc, mut k: usize) -> Vec<u16> {
    if doc.is(k, Cat::AdditiveAdverb) {
        k += 1;
    }
    if doc.is(k, Cat::NameLink) || doc.value_is(k, Cat::SideLink, 1) {
        k += 1;
    }
    // "invitados de", "their counterparts from", "sus colegas de"
    let people = |k: usize| {
        doc.phrase_at(k, Cat::ParticipantGroup)
            .or_else(|| doc.phrase_at(k, Cat::PluralSide).filter(|&(_, v)| v == 0))
    };
    let mut named = k;
    if doc.is(named, Cat::Determiner) && people(named + 1).is_some() {
        named += 1;
    }
    while let Some((len, _)) = people(named).filter(|_| named < k + 3) {
        named += len;
    }
    if named > k {
        if !opens_origin(doc, named) {
            return Vec::new();
        }
        k = named + 1;
    }
    listed(doc, k)
}

/// "Panama took part as a guest", "Swaziland was represented by …", "República Dominicana fue
/// representada por su embajador", "Panamá, en un esfuerzo por …, participó": a country as
/// the subject of the word of attending at `k`, over auxiliaries, or set off by commas at the
/// head of its sentence.
fn attending_subject(doc: &Doc, k: usize) -> Option<u16> {
    let first = doc.sentence_at(k).first;
    let mut end = k;
    while end > first
        && k - end < 2
        && doc.is_any_of(end - 1, &[Cat::Auxiliary, Cat::AdditiveAdverb])
    {
        end -= 1;
    }
    // Not the end of a longer name ("South America").
    let whole = |m: &&NameMention| m.first == first || !doc.token(m.first - 1).is_capitalized();
    let subject = doc.name_ending(end).filter(whole).or_else(|| {
        doc.name(first)
            .filter(|m| m.first == first && doc.punct(m.end, ',') && doc.punct(end - 1, ','))
    })?;
    match subject.meaning {
        Meaning::Country(c, CountryForm::Name) => Some(c),
        _ => None,
    }
}

/// "Among the countries taking part in the meeting are A, B and C", "Entre los países que
/// participan en la reunión se encuentran A, B y C": a list of countries after the copula
/// that follows a word of attending ending at `k`, in its clause.
fn attending_after_copula(doc: &Doc, k: usize) -> Vec<u16> {
    let end = doc.sentence_at(k.saturating_sub(1)).end;
    for j in k..(k + COPULA_REACH).min(end) {
        if doc.token(j).kind == Kind::Punct {
            break;
        }
        let len = doc.phrase_len(j, Cat::Copula);
        if len > 0 {
            let list = listed(doc, j + len);
            return if list.len() >= 2 { list } else { Vec::new() };
        }
    }
    Vec::new()
}

/// How far after a word of attending the copula before its list may stand.
const COPULA_REACH: usize = 6;

/// "of", "from": the word at `k` before the countries a group of people comes from ("the
/// leaders of", "ministers from").
fn opens_origin(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::NameLink) || doc.value_is(k, Cat::PlacePreposition, FROM)
}

/// The value of the `place_preposition` words of where someone comes from ("from").
const FROM: i32 = 2;

/// How far after a group of participants the "of" before their countries may stand.
const GROUP_REACH: usize = 5;

/// The token after an aside opening at `k` with a bracket or a dash and closed by its like
/// within a few words; `k` when none opens there.
fn aside_end(doc: &Doc, k: usize) -> usize {
    const REACH: usize = 8;
    let Some(open) = doc
        .tokens
        .get(k)
        .filter(|t| t.is_any(&['(', '-', '–', '—']))
    else {
        return k;
    };
    let close = if open.is('(') {
        ')'
    } else {
        open.text.chars().next().unwrap_or('-')
    };
    for j in k + 1..(k + REACH).min(doc.tokens.len()) {
        if doc.punct(j, close) {
            return j + 1;
        }
    }
    k
}

/// "and", "&": a word joining the items of a list.
fn joins(doc: &Doc, k: usize) -> bool {
    joiner(doc, k).is_some()
}

/// The length of the phrase joining the items of a list at `k` ("and", "as well as", "además
/// de").
fn joiner(doc: &Doc, k: usize) -> Option<usize> {
    doc.phrase_at(k, Cat::PluralSide)
        .filter(|&(_, v)| v == crate::tables::values::JOINER)
        .or_else(|| doc.phrase_at(k, Cat::ListAddition))
        .map(|(len, _)| len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, multilateral: bool) -> Vec<String> {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let meeting = crate::stages::event::read(&doc, None);
        participating(&doc, &meeting, multilateral)
            .into_iter()
            .map(|c| doc.lex.countries[c as usize].name.clone())
            .collect()
    }

    #[test]
    fn lists_of_countries_taking_part() {
        assert_eq!(
            names(
                "The summit, a gathering of the leaders of France, United States, Russia, and Canada, began today.",
                false
            ),
            ["France", "United States", "Russia", "Canada"]
        );
        assert_eq!(
            names(
                "Leaders met in Lima. The group's other members are Australia, Brunei, Canada and Chile.",
                true
            ),
            ["Australia", "Brunei", "Canada", "Chile"]
        );
        assert!(
            names(
                "The group's other members are Australia, Brunei and Canada.",
                false
            )
            .is_empty()
        );
        assert!(names("Putin praised the leaders of his party.", false).is_empty());
        // member lists in other phrasings
        for text in [
            "Leaders met in Lima. The bloc also comprises Peru, Chile and Colombia.",
            "Leaders met in Lima. The bloc, which groups Peru, Chile and Colombia, agreed.",
            "Leaders met in Lima. The bloc is made up of Peru, Chile and Colombia.",
        ] {
            assert_eq!(names(text, true), ["Peru", "Chile", "Colombia"], "{text}");
        }
    }

    fn country_names(doc: &Doc, list: Vec<u16>) -> Vec<String> {
        list.into_iter()
            .map(|c| doc.lex.countries[c as usize].name.clone())
            .collect()
    }

    #[test]
    fn lists_opened_by_of_and_people_who_attend() {
        let doc = Doc::new(
            "the presidents of Peru, Ana Reyes; of Chile (CL), Tomas Varga; and of Bolivia, Luis Mora",
            crate::lang::en::lexicon(),
        );
        assert_eq!(
            country_names(&doc, listed_with_names(&doc, 2)),
            ["Peru", "Chile", "Bolivia"]
        );
        let doc = Doc::new(
            "attended also by their counterparts from Fiji and Samoa",
            crate::lang::en::lexicon(),
        );
        assert_eq!(country_names(&doc, attending(&doc, 1)), ["Fiji", "Samoa"]);
        let doc = Doc::new("attended the summit of Fiji", crate::lang::en::lexicon());
        assert!(attending(&doc, 1).is_empty());
        let doc = Doc::new(
            "Samoa was represented by its envoy.",
            crate::lang::en::lexicon(),
        );
        assert_eq!(
            country_names(&doc, attending_subject(&doc, 1).into_iter().collect()),
            ["Samoa"]
        );
    }

    fn sides_of(text: &str) -> Vec<String> {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let meeting = crate::stages::event::read(&doc, None);
        sides(&doc, &meeting)
            .into_iter()
            .map(|c| doc.lex.countries[c as usize].name.clone())
            .collect()
    }

    #[test]
    fn sides_named_as_countries() {
        assert_eq!(
            sides_of("Peru and Chile on Monday held talks on trade."),
            ["Peru", "Chile"]
        );
        assert_eq!(
            sides_of("Talks between Peru and Chile ended."),
            ["Peru", "Chile"]
        );
        assert_eq!(
            sides_of("The Chilean side met President Boluarte."),
            ["Chile"]
        );
        // the talks a meeting is about, a country naming a person
        assert!(sides_of("They discussed the status of negotiations with Mexico.").is_empty());
        assert!(sides_of("Wang met with the US President's adviser.").is_empty());
    }
}
