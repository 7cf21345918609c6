//! The agenda: topics discussed or on the agenda, and what each side wants.
//!
//! Topics come from the places English puts them: lists before or after "on the agenda",
//! the objects of discussion verbs and nouns ("discussed X", "talks on X", "cooperation in
//! X, Y and Z", "dealt with themes such as X"), the objects of decisions and intentions
//! ("agreed to accelerate X", "decided to upgrade Y"), lists named "as the major issues", a
//! topic fronted in its sentence ("On terrorism, …") and the subject of a passive
//! discussion ("X was discussed"). Words that only point at a topic are looked through
//! ("steps they will take on arms control" → "arms control"). Interests come from "X
//! wants/seeks/hopes for Y" where X is a side: a participant, a country or a capital standing
//! for its government ("Pyongyang would be seeking").

use crate::doc::Doc;
use crate::lexicon::{Cat, FastSet, Meaning};
use crate::lists;
use crate::pipeline::Analysis;
use crate::report::{AgendaItem, Interest};
use crate::roles::Owner;
use crate::sources;

/// Collects topics, once each.
struct Topics<'a> {
    a: &'a Analysis<'a>,
    found: Vec<AgendaItem>,
}

impl Topics<'_> {
    /// Adds the items of the list `first..end`. Verb phrases are cut where "and" or a comma
    /// brings the next verb ("accord body status to X and upgrade Y").
    fn list(&mut self, first: usize, end: usize, verbs: bool, source: &Option<String>) {
        let doc = self.a.doc;
        let mut parts = vec![(first, end)];
        if verbs {
            parts.clear();
            let mut start = first;
            for k in first + 1..end {
                let joint = doc.lower(k) == "and" || doc.punct(k, ',');
                if joint && doc.phrase_at(k + 1, Cat::PolicyVerb).is_some() {
                    parts.push((start, k));
                    start = k + 1;
                }
            }
            parts.push((start, end));
        }
        for (a, b) in parts {
            for (x, y) in lists::items(doc, a, b, lists::Joining::WithinPhrases) {
                // "reviewed X and discussed Y": an item that is a cue of its own gives its object.
                let mut x = x;
                while let Some((len, 0)) = doc.phrase_at(x, Cat::TopicCue) {
                    if x + len >= y {
                        break;
                    }
                    x += len;
                }
                if let Some((x, y)) = self.topic_of(x, y, verbs) {
                    self.add(x, y, source);
                }
            }
        }
    }

    fn add(&mut self, x: usize, y: usize, source: &Option<String>) {
        let doc = self.a.doc;
        let mut topic = doc.phrase(x, y);
        // "Bilateral relations …" opening a sentence is written small on a chip; names stay.
        let t = &doc.tokens[x];
        if doc.sentences[doc.sentence_of[x]].first == x
            && t.is_capitalized()
            && !t.is_all_caps()
            && doc.name(x).is_none()
        {
            let first = topic.chars().next().map_or(0, char::len_utf8);
            topic = format!(
                "{}{}",
                crate::case::lower_str(&topic[..first]),
                &topic[first..]
            );
        }
        // The same topic said again, more or less fully ("conflicts in Ukraine", "ongoing
        // conflicts in Ukraine"), is kept once.
        let words = content_words(&topic);
        let words = word_set(&words);
        if self.found.iter().any(|t| {
            let other = content_words(&t.topic);
            let other = word_set(&other);
            words.is_subset(&other) || other.is_subset(&words)
        }) {
            return;
        }
        self.found.push(AgendaItem {
            topic,
            source: source.clone(),
            evidence: doc.span(x, y),
        });
    }

    /// The topic an item names: adverbials, a policy verb and pointing heads looked through,
    /// articles and connectors trimmed; `None` for items that name no topic.
    fn topic_of(&self, mut x: usize, y: usize, verbs: bool) -> Option<(usize, usize)> {
        let a = self.a;
        let doc = a.doc;
        while let Some((len, _)) = doc
            .phrase_at(x, Cat::Adverbial)
            .filter(|(len, _)| x + len < y)
        {
            x += len;
        }
        // "with particular attention to …", "including a deal …": the preposition goes.
        if matches!(
            doc.lower(x),
            "with" | "including" | "especially" | "notably"
        ) && x + 1 < y
        {
            x += 1;
        }
        if verbs
            && let Some((len, _)) = doc
                .phrase_at(x, Cat::PolicyVerb)
                .filter(|(len, _)| x + len < y)
        {
            x += len;
        }
        // "discussing key regional issues": the discussion verb is no part of the topic.
        if doc.is(x, Cat::AgendaCue) && doc.lower(x).ends_with("ing") && x + 1 < y {
            x += 1;
        }
        // "themes such as X", "steps they will take on arms control", "the topic of X",
        // "exerted efforts toward X": a pointing head, maybe after an article and modifiers.
        let determiner = usize::from(matches!(
            doc.lower(x),
            "the" | "a" | "an" | "some" | "several"
        ));
        // Modifiers before the head are adjectives or participles ("exerted efforts"), not
        // nouns ("the security situation" is a topic of its own).
        let modifier = |k: usize| {
            lists::is_adjective(doc, k)
                || doc.lower(k).ends_with("ed")
                || matches!(
                    doc.lower(k),
                    "particular" | "special" | "further" | "more" | "new"
                )
        };
        let head = (x + determiner..(x + determiner + 3).min(y))
            .take_while(|&k| doc.tokens[k].is_lowercase())
            .find(|&k| doc.phrase_at(k, Cat::PointerHead).is_some())
            .filter(|&h| (x + determiner..h).all(modifier));
        if let Some(head) = head {
            // The link follows the head closely, across at most a short lowercase clause
            // ("steps they will take on …"), never across a name.
            let link = (head + 1..y.min(head + 6))
                .take_while(|&k| !doc.tokens[k].is_capitalized() && doc.lower(k) != "and")
                .find(|&k| {
                    doc.is(k, Cat::PointerLink)
                        || (doc.lower(k) == "such" && doc.lower(k + 1) == "as")
                });
            match link {
                Some(k) if doc.lower(k) == "such" => x = k + 2,
                // "ways to enhance cooperation in energy": the verb after "to" goes too.
                Some(k)
                    if doc.lower(k) == "to" && doc.phrase_at(k + 1, Cat::PolicyVerb).is_some() =>
                {
                    x = k
                        + 1
                        + doc
                            .phrase_at(k + 1, Cat::PolicyVerb)
                            .map_or(0, |(len, _)| len)
                }
                Some(k) => x = k + 1,
                // "humanitarian matters": a head that points nowhere is the topic when a real
                // qualifier names it; "several issues" names nothing (decided below).
                None => {}
            }
        }
        // "islands held by Moscow", "issues discussed during the trip", "violence that took
        // place …": a relative clause is no part of the topic, nor is "… as the agenda for …".
        let y = (x + 1..y)
            .find(|&k| {
                (doc.lower(k).ends_with("ed") && doc.is(k + 1, Cat::ParticiplePreposition) && k > x)
                    || (matches!(doc.lower(k), "as" | "that") && k >= x + 2)
                    // "Ukraine during a state banquet": when and where it was said is no topic.
                    || matches!(doc.lower(k), "during" | "amid" | "ahead")
            })
            .unwrap_or(y);
        let (x, y) = lists::clean(doc, x, y, 12)?;
        let words: Vec<usize> = (x..y)
            .filter(|&k| doc.tokens[k].kind == crate::tokens::Kind::Word)
            .collect();
        // "develop them in all fields", "four others into one": a topic names its subject.
        if words.iter().any(|&k| doc.is(k, Cat::ProForm)) {
            return None;
        }
        // "a wide range of topics", "several key issues": a vague head with nothing but
        // qualifiers names nothing ("bilateral cooperation issues" does).
        let qualifier = |k: usize| {
            doc.is(k, Cat::VagueTopic)
                || doc.is(k, Cat::PointerHead)
                || doc.is(k, Cat::VagueQualifier)
        };
        if words.last().is_some_and(|&k| doc.is(k, Cat::VagueTopic))
            && words.iter().all(|&k| qualifier(k))
        {
            return None;
        }
        // "the Kremlin said": an attribution is no topic; "maintaining": a verb alone neither.
        if words.last().is_some_and(|&k| doc.is(k, Cat::SpeechVerb))
            || (words.len() == 1
                && doc.lower(words[0]).ends_with("ing")
                && doc.tokens[words[0]].is_lowercase())
        {
            return None;
        }
        // "some African leaders met with …": a clause with its own verb is no topic.
        if words
            .iter()
            .skip(1)
            .any(|&k| doc.is(k, Cat::PersonVerb) && doc.lower(k).ends_with("ed"))
        {
            return None;
        }
        // "last September": a time is no topic.
        let time_word = |k: usize| {
            doc.is(k, Cat::Month)
                || doc.is(k, Cat::Weekday)
                || doc.is(k, Cat::WeekRef)
                || doc.is(k, Cat::DayPart)
                || doc.phrase_at(k, Cat::RelativeDay).is_some()
                || doc.is(k, Cat::TimeNoun)
                || doc.is(k, Cat::Stop)
                || doc.tokens[k].kind == crate::tokens::Kind::Number
        };
        if words.iter().all(|&k| time_word(k)) {
            return None;
        }
        if words.iter().all(|&k| {
            doc.is(k, Cat::VagueTopic) || doc.is(k, Cat::Stop) || doc.is(k, Cat::PointerHead)
        }) {
            return None;
        }
        // People are no topics.
        if (x..y).any(|k| a.entity_at(k).is_some()) {
            return None;
        }
        Some((x, y))
    }
}

/// The words of a topic that carry its content, cut to their first five letters so "conflict"
/// and "conflicts" agree.
fn content_words(topic: &str) -> Vec<String> {
    let lex = crate::lexicon::Lexicon::english();
    crate::people::fold(topic)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1 && !lex.is(Cat::Stop, w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Content words as a set, borrowed: one set type (of `&str`) serves the whole extractor.
fn word_set(words: &[String]) -> FastSet<&str> {
    words.iter().map(String::as_str).collect()
}

/// Whether sentence `s` may hold topics of the meeting: it reports the meeting, names the
/// agenda, names a principal, or stands in a paragraph that reports the meeting.
fn about_the_meeting(a: &Analysis, s: usize) -> bool {
    let doc = a.doc;
    let sentence = doc.sentences[s];
    if sentence
        .range()
        .any(|k| a.meeting.context[k] == crate::event::Context::OtherMeeting)
    {
        return false;
    }
    let reports = sentence.range().any(|k| a.meeting.about_meeting(k));
    let agenda = sentence.range().any(|k| doc.lower(k) == "agenda");
    let principal = sentence.range().any(|k| {
        a.entity_at(k).is_some_and(|e| {
            a.cast
                .participants
                .iter()
                .any(|p| p.entity == e && p.principal)
        })
    });
    let near = a
        .meeting
        .sentences
        .iter()
        .any(|&m| doc.sentences[m].paragraph == sentence.paragraph || m + 1 == s || s + 1 == m);
    reports || agenda || principal || near
}

/// Topics of the meeting.
pub fn topics(a: &Analysis) -> Vec<AgendaItem> {
    let doc = a.doc;
    let mut topics = Topics {
        a,
        found: Vec::new(),
    };
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !sentence.terminated || !about_the_meeting(a, s) {
            continue;
        }
        let source = sources::attribution(doc, s).map(|(name, _)| name);
        // "On terrorism, the prime minister stressed …" (not "On Monday," nor "On the
        // Russian side,").
        if doc.lower(sentence.first) == "on"
            && let Some(comma) = (sentence.first + 1..(sentence.first + 6).min(sentence.end))
                .find(|&k| doc.punct(k, ','))
        {
            let circumstance = (sentence.first + 1..comma).any(|k| {
                crate::time::date_at(doc, k, None, false).is_some()
                    || doc.tokens[k].kind == crate::tokens::Kind::Number
                    || doc.is(k, Cat::CircumstanceNoun)
            });
            if !circumstance {
                topics.list(sentence.first + 1, comma, false, &source);
            }
        }
        let mut k = sentence.first;
        while k < sentence.end {
            // "X, Y and Z were on the agenda (of the meeting)(. as well as W)"
            if doc.lower(k) == "on" && doc.lower(k + 1) == "the" && doc.lower(k + 2) == "agenda" {
                // "X were (also) on the agenda"
                let also = usize::from(k >= 1 && doc.lower(k - 1) == "also");
                let copula = k > also && doc.is(k - 1 - also, Cat::Copula);
                if copula {
                    let verb = k - 1 - also;
                    let start = subject_start(doc, sentence.first, verb);
                    topics.list(start, verb, false, &source);
                    let mut after = k + 3;
                    if doc.lower(after) == "of" {
                        after += 1 + usize::from(doc.lower(after + 1) == "the") + 1;
                    }
                    if let Some((from, to)) = continuation(doc, s, after) {
                        topics.list(from, to, false, &source);
                        sensitive(a, from, &mut topics.found);
                    }
                    k += 3;
                    continue;
                }
            }
            // "on the agenda were X", "the main agenda being X", "another item on the first
            // day's agenda was X", "the agenda included X"
            if doc.lower(k) == "agenda"
                && matches!(
                    doc.lower(k + 1),
                    "were" | "was" | "are" | "is" | "being" | "included" | "includes" | "include"
                )
            {
                let end = lists::clause_end(doc, k + 2, sentence.end);
                topics.list(k + 2, end, false, &source);
                k = end.max(k + 1);
                continue;
            }
            if let Some((len, verbs)) = cue_at(doc, k) {
                let from = k + len;
                // "reviewed X and exchanged views on Y": the list ends where another cue
                // takes over, whose own topics are read next.
                let clause = lists::clause_end(doc, from, sentence.end);
                let end = (from + 1..clause)
                    .find(|&j| doc.lower(j) == "and" && cue_at(doc, j + 1).is_some())
                    .unwrap_or(clause);
                if from < end && !doc.punct(from, ',') {
                    topics.list(from, end, verbs, &source);
                } else if doc.punct(from, ',') && doc.lower(from + 1) == "including" {
                    // "were also discussed, including X, Y and Z"
                    let end = lists::clause_end(doc, from + 2, sentence.end);
                    topics.list(from + 2, end, false, &source);
                }
                if doc.is(k, Cat::AgendaCue) && doc.lower(k) == "discussed" && k >= 2 {
                    passive_subject(&mut topics, sentence.first, k, &source);
                }
                k = end.max(k + 1);
                continue;
            }
            // "… listed X, Y and Z as some of the major issues"
            if doc.lower(k) == "as"
                && let Some(list_start) = named_as_issues(doc, sentence.first, k)
            {
                topics.list(list_start, k, false, &source);
            }
            k += 1;
        }
    }
    topics.found
}

/// The cue at `k`, with adverbials allowed after its first word ("dealt at length with"):
/// its length and whether verb phrases follow.
fn cue_at(doc: &Doc, k: usize) -> Option<(usize, bool)> {
    // "talking for more than three hours about Taiwan, trade and climate"
    if doc.lower(k) == "about" {
        let first = doc.sentences[doc.sentence_of[k]].first;
        let talk = (k.saturating_sub(9).max(first)..k).any(|j| doc.is(j, Cat::TalkWord));
        if talk {
            return Some((1, false));
        }
    }
    let verbs = |value: i32| value == 1;
    let mut j = k + 1;
    while let Some((len, _)) = doc.phrase_at(j, Cat::Adverbial) {
        j += len;
    }
    if j == k + 1 {
        // "covered by reporters", "discussed by the ministers": a passive's agent is no topic.
        return doc
            .phrase_at(k, Cat::TopicCue)
            .filter(|&(len, _)| !(len == 1 && doc.lower(k + 1) == "by"))
            .map(|(len, value)| (len, verbs(value)));
    }
    // Adverbials after the first word: the cue's other words follow them ("dealt at length
    // with"); a one-word cue is the word alone ("discussed in detail").
    (1..=2)
        .rev()
        .find_map(|rest| {
            let mut key = String::from(doc.lower(k));
            for i in j..j + rest {
                key.push(' ');
                key.push_str(doc.lower(i));
            }
            doc.lex
                .value(Cat::TopicCue, &key)
                .map(|value| (j + rest - k, verbs(value)))
        })
        .or_else(|| doc.value(k, Cat::TopicCue).map(|value| (1, verbs(value))))
}

/// "X was discussed", "steps aimed at Y will be discussed": the subject of a passive
/// discussion, unless it only points ("several issues were discussed").
fn passive_subject(topics: &mut Topics, first: usize, verb: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let mut k = verb;
    let mut copula = false;
    while k > first
        && matches!(
            doc.lower(k - 1),
            "was" | "were" | "be" | "been" | "will" | "also" | "is" | "are" | "being"
        )
    {
        copula |= doc.lower(k - 1) != "also" && doc.lower(k - 1) != "will";
        k -= 1;
    }
    if !copula || k == first {
        return;
    }
    // The subject runs back to the clause's start: a comma, "that", a relative word.
    let mut start = k;
    while start > first
        && !doc.punct(start - 1, ',')
        && !matches!(
            doc.lower(start - 1),
            "that" | "which" | "what" | "who" | "of" | "and"
        )
        && !doc.tokens[start - 1].is_quote_mark()
    {
        start -= 1;
    }
    if start == k || k - start > 10 {
        return;
    }
    topics.list(start, k, false, source);
}

/// "listed fiscal deficits, … and protectionism as some of the major issues": where the list
/// named as issues starts, when `as` at `k` is followed by such a naming.
fn named_as_issues(doc: &Doc, first: usize, k: usize) -> Option<usize> {
    let mut j = k + 1;
    for skip in [
        "some", "of", "the", "main", "major", "key", "central", "top",
    ] {
        if doc.lower(j) == skip {
            j += 1;
        }
    }
    if !doc.is(j, Cat::ListHead) {
        return None;
    }
    let verb = (first..k).rev().find(|&v| doc.is(v, Cat::ListingVerb))?;
    Some(verb + 1)
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
fn sensitive(a: &Analysis, from: usize, found: &mut Vec<AgendaItem>) {
    let doc = a.doc;
    // A continuation may start past the last token ("… of the meeting.as well as").
    let Some(&s) = doc.sentence_of.get(from) else {
        return;
    };
    let sentence = doc.sentences[s];
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
    if doc.tokens.get(k).is_some_and(|t| t.is_quote_mark()) {
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
            } else if doc.lower(from - 1) == "to"
                && let Some((len, _)) = doc.phrase_at(from, Cat::PolicyVerb)
            {
                // "aims to attract Japanese investment": the wish is what is attracted.
                from += len;
            }
            let end = lists::clause_end(doc, from, sentence.end);
            // "hopes such activities will pave the way …": a wish that is a whole clause is
            // no list of things wanted.
            if (from..end).any(|k| doc.is(k, Cat::Modal)) {
                continue;
            }
            let mut wants = Vec::new();
            for (x, y) in lists::items(doc, from, end, lists::Joining::Separates) {
                if let Some((x, y)) = wish(doc, x, y) {
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

/// One wanted thing, as a short phrase: "to keep" and "what it calls" looked through, the
/// receiving side ("… to Russia") and the source ("… from North Korean stockpiles") left out.
fn wish(doc: &Doc, mut x: usize, mut y: usize) -> Option<(usize, usize)> {
    if doc.lower(x) == "to" {
        x += 1;
        if let Some((len, _)) = doc.phrase_at(x, Cat::PolicyVerb) {
            x += len;
        } else if doc.tokens.get(x).is_some_and(|t| t.is_lowercase()) {
            x += 1;
        }
    }
    if doc.lower(x) == "what" && doc.is(x + 2, Cat::NamingVerb) {
        x += 3;
    }
    if let Some(from) = (x + 1..y).find(|&k| doc.lower(k) == "from") {
        y = from;
    }
    if y >= x + 2
        && doc.lower(y - 2) == "to"
        && doc.name(y - 1).is_some_and(|m| m.country().is_some())
    {
        y -= 2;
    }
    lists::clean(doc, x, y, 14)
}

/// The side whose wish the verb at `verb` reports: the person or country right before it.
fn side_before(a: &Analysis, first: usize, verb: usize) -> Option<(String, Option<u32>)> {
    let doc = a.doc;
    let mut k = verb;
    while k > first && doc.is(k - 1, Cat::Auxiliary) {
        k -= 1;
    }
    let last = k.checked_sub(1)?;
    // The side is the subject, not a name inside a phrase ("the embargo of Cuba needs").
    let subject_start = a
        .people
        .mentions
        .iter()
        .find(|m| m.end == k)
        .map(|m| m.evidence_first)
        .or_else(|| doc.name(last).map(|m| m.first))
        .unwrap_or(last);
    if subject_start > first
        && matches!(
            doc.lower(subject_start - 1),
            "of" | "to" | "in" | "for" | "with" | "from"
        )
    {
        return None;
    }
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
    while k > first && a.doc.is(k - 1, Cat::Auxiliary) {
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
