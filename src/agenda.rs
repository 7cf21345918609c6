//! The agenda: topics discussed or on the agenda, and what each side wants.
//!
//! Topics come from the lists the language puts them in: "X, Y and Z were on the agenda",
//! "on the agenda were X", "discussed X", "talks on X", "cooperation in X, Y and Z", "issues
//! such as X", "including X" after a discussion. Interests come from "X wants/seeks/hopes
//! for Y" where X is a side: a participant, a country or a capital standing for its
//! government ("Pyongyang would be seeking").

use crate::doc::Doc;
use crate::lexicon::{Cat, Meaning};
use crate::lists;
use crate::pipeline::Analysis;
use crate::report::{AgendaItem, Interest};
use crate::roles::Owner;
use crate::sources;

/// Words that introduce topics after them.
const AFTER_CUES: [&[&str]; 24] = [
    &["discussed"],
    &["discuss"],
    &["discussing"],
    &["discussion", "of"],
    &["discussions", "on"],
    &["discussion", "on"],
    &["discussions", "about"],
    &["talks", "on"],
    &["talks", "about"],
    &["negotiations", "on"],
    &["focus", "on"],
    &["focused", "on"],
    &["focusing", "on"],
    &["dealt", "with"],
    &["themes", "such", "as"],
    &["issues", "such", "as"],
    &["topics", "such", "as"],
    &["exchanged", "views", "on"],
    &["reviewed"],
    &["touched", "on"],
    &["cooperation", "in"],
    &["agenda", "being"],
    &["agenda", "included"],
    &["addressed"],
];

/// Vague words that name no topic on their own.
const VAGUE: [&str; 22] = [
    "issues",
    "issue",
    "topics",
    "topic",
    "matters",
    "things",
    "range",
    "number",
    "variety",
    "areas",
    "ways",
    "details",
    "situation",
    "questions",
    "question",
    "it",
    "them",
    "this",
    "that",
    "these",
    "those",
    "meeting",
];

/// Topics of the meeting.
pub fn topics(a: &Analysis) -> Vec<AgendaItem> {
    let doc = a.doc;
    let mut found: Vec<AgendaItem> = Vec::new();
    let add = |doc: &Doc, first: usize, end: usize, found: &mut Vec<AgendaItem>| {
        for (x, y) in lists::items(doc, first, end) {
            let Some((x, y)) = lists::clean(doc, x, y, 8) else {
                continue;
            };
            if (x..y).all(|k| VAGUE.contains(&doc.lower(k)) || doc.is(k, Cat::Stop)) {
                continue;
            }
            // People are no topics.
            if (x..y).any(|k| a.entity_at(k).is_some()) {
                continue;
            }
            let topic = doc.phrase(x, y);
            let key = crate::people::fold(&topic);
            if found.iter().any(|t| crate::people::fold(&t.topic) == key) {
                continue;
            }
            found.push(AgendaItem {
                topic,
                source: None,
                evidence: doc.span(x, y),
            });
        }
    };
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let about = sentence.range().any(|k| a.meeting.about_meeting(k))
            || sentence.range().any(|k| doc.lower(k) == "agenda");
        if !about {
            continue;
        }
        let mut k = sentence.first;
        while k < sentence.end {
            // "X, Y and Z were on the agenda (of the meeting)(. as well as W)"
            if doc.lower(k) == "on" && doc.lower(k + 1) == "the" && doc.lower(k + 2) == "agenda" {
                let copula = k >= 1
                    && matches!(
                        doc.lower(k - 1),
                        "were" | "was" | "are" | "is" | "remain" | "remained"
                    );
                if copula {
                    let start = subject_start(doc, sentence.first, k - 1);
                    add(doc, start, k - 1, &mut found);
                    let mut after = k + 3;
                    if doc.lower(after) == "of" {
                        after += 2;
                    }
                    let continued = continuation(doc, s, after);
                    if let Some((from, to)) = continued {
                        add(doc, from, to, &mut found);
                        sensitive(a, from, to, &mut found);
                    }
                } else if matches!(doc.lower(k + 3), "were" | "was" | "are" | "is") {
                    let end = lists::clause_end(doc, k + 4, sentence.end);
                    add(doc, k + 4, end, &mut found);
                }
                k += 3;
                continue;
            }
            if let Some(len) = AFTER_CUES.iter().find_map(|cue| matches_words(doc, k, cue)) {
                let mut from = k + len;
                // "ways to develop them", "how to": the topic comes after.
                if doc.lower(from) == "," && doc.lower(from + 1) == "including" {
                    from += 2;
                }
                let end = lists::clause_end(doc, from, sentence.end);
                // "were also discussed, including X, Y and Z"
                if from == end || doc.punct(from, ',') {
                    if doc.lower(from + 1) == "including" {
                        let end = lists::clause_end(doc, from + 2, sentence.end);
                        add(doc, from + 2, end, &mut found);
                    }
                } else {
                    add(doc, from, end, &mut found);
                }
                k = end.max(k + 1);
                continue;
            }
            k += 1;
        }
    }
    found
}

/// Whether the words of `cue` start at `k`; their number if so.
fn matches_words(doc: &Doc, k: usize, cue: &[&str]) -> Option<usize> {
    cue.iter()
        .enumerate()
        .all(|(n, w)| doc.lower(k + n) == *w)
        .then_some(cue.len())
}

/// The start of the subject that ends at `end`: after the last clause mark before it.
fn subject_start(doc: &Doc, first: usize, end: usize) -> usize {
    let mut k = end;
    while k > first {
        let t = &doc.tokens[k - 1];
        if t.is_any(&[';', ':', '(', ')'])
            || t.is_quote_mark()
            || (doc.lower(k - 1) == "that" && k - 1 > first)
        {
            break;
        }
        k -= 1;
    }
    k
}

/// "…on the agenda of the meeting.as well as cultural exchanges, international and regional
/// affairs, among other topics": the list goes on after the agenda phrase, even across a
/// sentence break that only a missing space made.
fn continuation(doc: &Doc, s: usize, after: usize) -> Option<(usize, usize)> {
    let sentence = doc.sentences[s];
    let mut k = after;
    if k >= sentence.end || doc.punct(k, '.') {
        let next = doc.sentences.get(s + 1)?;
        k = next.first;
        if doc.tokens[k].is_capitalized() {
            return None;
        }
    }
    if doc.punct(k, ',') {
        k += 1;
    }
    if !(doc.lower(k) == "as" && doc.lower(k + 1) == "well" && doc.lower(k + 2) == "as") {
        return None;
    }
    let from = k + 3;
    let limit = doc.sentences[doc.sentence_of[from.min(doc.tokens.len() - 1)]].end;
    let mut end = lists::clause_end(doc, from, limit);
    // "among other topics described as ..." closes the list.
    if let Some(among) =
        (from..end).find(|&j| doc.lower(j) == "among" && doc.lower(j + 1) == "other")
    {
        end = if doc.punct(among - 1, ',') {
            among - 1
        } else {
            among
        };
    }
    Some((from, end))
}

/// "among other topics described as “sensitive” by the Kremlin": topics the text leaves
/// unnamed but qualifies, with who qualified them.
fn sensitive(a: &Analysis, from: usize, _to: usize, found: &mut Vec<AgendaItem>) {
    let doc = a.doc;
    let sentence = doc.sentences[doc.sentence_of[from]];
    let Some(among) =
        (from..sentence.end).find(|&j| doc.lower(j) == "among" && doc.lower(j + 1) == "other")
    else {
        return;
    };
    let Some(described) =
        (among..sentence.end).find(|&j| doc.lower(j) == "described" && doc.lower(j + 1) == "as")
    else {
        return;
    };
    let mut k = described + 2;
    let quoted = doc.tokens.get(k).is_some_and(|t| t.is_quote_mark());
    if quoted {
        k += 1;
    }
    let word_end = (k..sentence.end)
        .find(|&j| doc.tokens[j].is_quote_mark() || doc.punct(j, ',') || doc.lower(j) == "by")
        .unwrap_or(sentence.end);
    if word_end == k {
        return;
    }
    let quality = doc.phrase(k, word_end);
    let noun = doc.phrase(among + 2, among + 3);
    let by = (word_end..sentence.end)
        .find(|&j| doc.lower(j) == "by")
        .and_then(|j| sources::source_at(doc, j + 1 + usize::from(doc.lower(j + 1) == "the")));
    let end = (word_end..sentence.end)
        .find(|&j| doc.punct(j, '.'))
        .unwrap_or(sentence.end);
    found.push(AgendaItem {
        topic: format!("other {quality} {noun}"),
        source: by.map(|(name, _)| name),
        evidence: doc.span(among, end),
    });
}

/// What each side wants.
pub fn interests(a: &Analysis) -> Vec<Interest> {
    let doc = a.doc;
    let mut found = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let source = sources::attribution(doc, s).map(|(name, _)| name);
        for k in sentence.range() {
            let Some((len, _)) = doc.phrase_at(k, Cat::InterestVerb) else {
                continue;
            };
            if a.meeting.context[k] == crate::event::Context::OtherMeeting {
                continue;
            }
            let Some((party, participant_id)) = side_before(a, sentence.first, k) else {
                continue;
            };
            let mut from = k + len;
            // "wants North Korea to sell X": the wish is the object of the infinitive.
            if let Some(m) = doc.name(from).filter(|m| m.first == from)
                && doc.lower(m.end) == "to"
            {
                from = m.end + 2;
            } else if let Some(m) = a.people.mentions.iter().find(|m| m.first == from)
                && doc.lower(m.evidence_end) == "to"
            {
                from = m.evidence_end + 2;
            } else if doc.lower(from) == "to" {
                from += 2;
            }
            let end = lists::clause_end(doc, from, sentence.end);
            let mut wants = Vec::new();
            for (x, y) in lists::items(doc, from, end) {
                let y = strip_destination(doc, x, y);
                if let Some((x, y)) = lists::clean(doc, x, y, 10) {
                    wants.push(doc.phrase(x, y));
                }
            }
            if wants.is_empty() {
                continue;
            }
            found.push(Interest {
                party,
                participant_id,
                wants,
                source: source.clone(),
                evidence: doc.span(subject_first(a, sentence.first, k), end),
            });
        }
    }
    found
}

/// "anti-tank missiles to Russia": the receiving side is not part of the wish.
fn strip_destination(doc: &Doc, first: usize, end: usize) -> usize {
    if end >= first + 2
        && doc.lower(end - 2) == "to"
        && doc.name(end - 1).is_some_and(|m| m.country().is_some())
    {
        return end - 2;
    }
    end
}

/// Auxiliaries between a side and its verb: "Pyongyang would be seeking".
const AUXILIARIES: [&str; 13] = [
    "would",
    "be",
    "is",
    "are",
    "also",
    "reportedly",
    "will",
    "has",
    "have",
    "had",
    "was",
    "were",
    "still",
];

/// The side whose wish the verb at `verb` reports: the person or country right before it.
fn side_before(a: &Analysis, first: usize, verb: usize) -> Option<(String, Option<u32>)> {
    let doc = a.doc;
    let mut k = verb;
    while k > first && AUXILIARIES.contains(&doc.lower(k - 1)) {
        k -= 1;
    }
    let last = k.checked_sub(1)?;
    if let Some(e) = a.entity_at(last) {
        let entity = &a.entities[e];
        let party = entity
            .owner
            .map(|(o, _)| a.owner_name(o))
            .or_else(|| entity.name.clone())?;
        return Some((party, a.participant_id[e]));
    }
    let m = doc.name(last).filter(|m| m.end == k)?;
    match m.meaning {
        Meaning::Country(c, _) => Some((doc.lex.countries[c as usize].name.clone(), None)),
        Meaning::Organization(o) => Some((a.owner_name(Owner::Organization(o)), None)),
        _ => None,
    }
}

fn subject_first(a: &Analysis, first: usize, verb: usize) -> usize {
    let mut k = verb;
    while k > first && AUXILIARIES.contains(&a.doc.lower(k - 1)) {
        k -= 1;
    }
    let last = k.saturating_sub(1);
    a.people
        .mentions
        .iter()
        .find(|m| m.end == k)
        .map(|m| m.first)
        .or_else(|| a.doc.name(last).map(|m| m.first))
        .unwrap_or(last)
}
