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
use crate::report::{AgendaItem, Interest};
use crate::stages::analysis::Analysis;
use crate::stages::event::Context;
use crate::stages::lists;
use crate::stages::lists::{small_gerund, small_infinitive, small_participle};
use crate::stages::roles::Owner;
use crate::stages::sources;
use crate::tables::lexicon::{Cat, CountryForm, Lexicon, Meaning};
use crate::tables::values::ending::{GERUND, PAST_VERB};
use crate::tables::values::{self, INFINITIVE_MARKER, TOPIC_PREPOSITION};
use crate::text::tokens::Kind;
use std::ops::Range;

/// The complements a topic predicate takes: bits of its `topic_predicate` value.
const OBJECT: i32 = 1;
const PREPOSITIONAL: i32 = 2;
const INFINITIVE: i32 = 4;
const OBJECT_INFINITIVE: i32 = 8;
const OBJECT_PREPOSITIONAL: i32 = 16;
const OBJECT_PREPOSITIONAL_GERUND: i32 = 32;
const POINTING_OBJECT: i32 = 64;
/// A bit of a `topic_cue` value: the cue is a participle, a verb only after an auxiliary.
const AFTER_AUXILIARY: i32 = 2;
/// What a complement marker opens: its `complement_marker` value (the topic's preposition and
/// the infinitive's marker are in `crate::tables::values`).
const RANGE_START: i32 = 3;
/// A step of a range that is no infinitive's marker ("desde X hasta Y").
const RANGE_STEP: i32 = 4;
/// A place in a list of topics: its `agenda_position` value ("among the issues").
const AMONG_TOPICS: i32 = 2;
/// A noun a topic is on: its `agenda_position` value ("the agenda", "the table").
const AGENDA_NOUN: i32 = 3;

/// Where the next word after the adverbials from token `k` stands ("discussed *in detail*").
fn past_adverbials(doc: &Doc, mut k: usize) -> usize {
    loop {
        let len = adverbial_len(doc, k);
        if len > 0 {
            k += len;
        } else if let Some(end) = quoted_adverbial_end(doc, k) {
            k = end;
        } else {
            return k;
        }
    }
}

/// Where a quotation opened at `k` ends when it is an adverbial between a verb and its object:
/// a few words written small, then an article or a verb of policy ("reanudar «lo antes posible»
/// las obras", "to “calmly” resolve the quarrel"); a quoted topic is followed by
/// what ends or continues a list instead ("discussed “flood relief” and rail freight").
fn quoted_adverbial_end(doc: &Doc, k: usize) -> Option<usize> {
    if !opens_quote(doc, k) {
        return None;
    }
    let close = (k + 2..k + 7).find(|&j| doc.token(j).is_quote_mark())?;
    let small = (k + 1..close).all(|j| lowercase(doc, j));
    let object_follows =
        doc.is(close + 1, Cat::Determiner) || doc.has_phrase(close + 1, Cat::PolicyVerb);
    (small && object_follows).then_some(close + 1)
}

/// Whether token `k` ends as a past participle does ("discussed").
fn ends_as_participle(doc: &Doc, k: usize) -> bool {
    doc.ends_in(k, Cat::WordEnding, PAST_VERB)
}

/// Whether token `k` ends as a gerund does ("discussing").
fn ends_as_gerund(doc: &Doc, k: usize) -> bool {
    doc.ends_in(k, Cat::WordEnding, GERUND)
}

/// Whether token `k` ends as a participle or a gerund does ("discussed", "discussing").
fn ends_as_verb_form(doc: &Doc, k: usize) -> bool {
    doc.ends_in(k, Cat::WordEnding, PAST_VERB | GERUND)
}

/// Whether token `k` is a word written small.
fn lowercase(doc: &Doc, k: usize) -> bool {
    doc.token(k).is_lowercase()
}

/// Whether token `k` is a function word that is no determiner: a preposition or a
/// conjunction ("of", "with").
fn is_connector(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::Stop) && !doc.is(k, Cat::Determiner)
}

/// Whether token `k` is a word (not a number, a mark or past the end).
fn is_word(doc: &Doc, k: usize) -> bool {
    doc.token(k).kind == crate::text::tokens::Kind::Word
}

/// Whether a relative clause starts at token `k` ("which", "que", "la cual").
fn starts_relative(doc: &Doc, k: usize) -> bool {
    doc.has_phrase(k, Cat::Relative)
}

/// Whether token `k` opens the complement `what` (a `complement_marker` value).
fn marks(doc: &Doc, k: usize, what: i32) -> bool {
    doc.value_is(k, Cat::ComplementMarker, what)
}

/// Whether token `k` is a noun a topic is on ("the agenda", "the table").
fn is_agenda_noun(doc: &Doc, k: usize) -> bool {
    doc.value_is(k, Cat::AgendaPosition, AGENDA_NOUN)
}

/// Whether token `k` is a qualifier that picks a head out ("main", "principal"), not an
/// article.
fn picks_out(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::VagueQualifier) && !doc.is(k, Cat::Determiner)
}

/// Where sentence `s` ends.
fn sentence_end(doc: &Doc, s: usize) -> usize {
    doc.sentence(s).end
}

/// Whether token `k` is a verb that gives a list its members: a copula or a verb of
/// inclusion ("were", "included").
fn lists_members(doc: &Doc, k: usize) -> bool {
    doc.is_any_of(k, &[Cat::InclusionVerb, Cat::Copula])
}

/// Collects topics, once each.
struct Topics<'a> {
    a: &'a Analysis<'a>,
    found: Vec<AgendaItem>,
    /// The content words of the topics found (`content_words`), by their place in `found`: each
    /// topic's words are taken once, not again for every topic added after it.
    words: Vec<Vec<String>>,
    /// Where the text stops in mid-sentence (a lead cut off): a list running up to there
    /// loses its last item, which may be cut too.
    cut: Option<usize>,
}

impl Topics<'_> {
    /// Adds the items of the list `first..end`. Verb phrases are cut where "and" or a comma
    /// brings the next verb ("accord body status to X and upgrade Y").
    fn list(&mut self, first: usize, end: usize, verbs: bool, source: &Option<String>) {
        let doc = self.a.doc;
        // "underscores how their interests are aligning in the face of separate, growing
        // debts": a question of manner with a clause of its own lists nothing (its commas are
        // the clause's); with a verb phrase it names a topic ("discussed how to foster X").
        let manner = doc.is(first, Cat::MannerQuestion);
        if manner
            && infinitive_after(doc, first + 1).is_none()
            && !small_infinitive(doc, first + 1)
            && !doc.has_phrase(first + 1, Cat::PolicyVerb)
        {
            return;
        }
        // "energy (gas transit and power lines) and migration": what a bracket inside the list
        // says of an item is no item; the list goes on after it.
        if let Some(open) = lists::find_punct(doc, first, end, '(')
            && let Some(close) = bracket_end(doc, open, end)
        {
            self.list(first, open, verbs, source);
            let next = close + 1 + usize::from(lists::list_mark(doc, close + 1));
            return self.list(next, end, verbs, source);
        }
        // "estrechar lazos y captar inversiones": an infinitive a language marks on the verb.
        let verb_at = |j: usize| doc.has_phrase(j, Cat::PolicyVerb) || small_infinitive(doc, j);
        let next_verb = |k: usize| {
            verbs
                && lists::list_mark(doc, k)
                && (verb_at(k + 1) || infinitive_after(doc, k + 1).is_some())
        };
        let mut pieces = cut_at(first, first + 1..end, end, &next_verb);
        // "fortalecer la cooperación bilateral para reforzar el puerto": the purpose of a verb
        // phrase is a topic of its own (not a clause: "in order to make sure that …"), unless
        // it completes a lone noun ("una estrategia para enfrentar X"; but "impulsar las
        // conversaciones para concluir X": talks name no topic).
        let own_words = |a: usize, b: usize| {
            (a..b)
                .filter(|&j| {
                    is_word(doc, j)
                        && !doc.is_any_of(j, &[Cat::Stop, Cat::VagueTopic])
                        && !verb_at(j)
                })
                .count()
        };
        if verbs
            && let Some(&(a, b)) = pieces.first()
            && let Some((marker, len)) = lists::find_phrase(doc, a + 2, b, Cat::PurposeMarker)
            && own_words(a, marker) != 1
            && doc.has_phrase(marker + len, Cat::PolicyVerb)
            && !doc.any_is(marker + len..b.min(marker + len + 4), Cat::Complementizer)
        {
            pieces[0] = (a, marker);
            pieces.insert(1, (marker + len, b));
        }
        for &(a, b) in &pieces {
            let b = before_participle(doc, a, b);
            let items = ranged_items(doc, a, b)
                .unwrap_or_else(|| lists::items(doc, a, b, lists::Joining::WithinPhrases));
            // "stressed Fernandez and his pair X": a list that opens with a person lists
            // people, and none of its items is a topic.
            if items
                .first()
                .is_some_and(|&(x, _)| self.opens_with_person(x))
            {
                continue;
            }
            // "agreed to discuss X, Y and Z", "pledged to boost trade and tourism": the items
            // after the first of a piece its verb opens (no verb opens them) are the verb's
            // objects, noun phrases (a lone adjective is still none: "economic and trade ties"),
            // unless a later verb in the first item takes them ("take steps to benefit from X,
            // Y and Z").
            let first_end = items.first().map_or(a, |&(_, y)| y);
            let objects = verbs
                && verb_at(a)
                && !(a + 1..first_end).any(|j| verb_at(j) || marks(doc, j, INFINITIVE_MARKER));
            for (n, &item) in items.iter().enumerate() {
                let verbs = verbs && (n == 0 || !objects || lists::is_adjective(doc, item.0));
                for &piece in &run_of_nouns(doc, item) {
                    for &(x, y) in &last_two_split(doc, piece) {
                        self.item(x, y, verbs, source);
                    }
                }
            }
        }
    }

    /// Adds the items of the list of a complement from `from` to its end ([`list_end`]) before
    /// `limit`, and returns that end.
    fn list_to_end(
        &mut self,
        from: usize,
        limit: usize,
        verbs: bool,
        source: &Option<String>,
    ) -> usize {
        let end = list_end(self.a.doc, from, limit);
        self.list(from, end, verbs, source);
        end
    }

    /// Adds the items of the noun phrases from `from` to the end of their clause
    /// ([`object_end`]) before `limit`, and returns that end.
    fn list_to_clause_end(&mut self, from: usize, limit: usize, source: &Option<String>) -> usize {
        let end = object_end(self.a.doc, from, limit);
        self.list(from, end, false, source);
        end
    }

    /// Adds the topic of the item `x..y`, if it names one.
    fn item(&mut self, x: usize, y: usize, verbs: bool, source: &Option<String>) {
        let doc = self.a.doc;
        // "reviewed X and discussed Y": an item that is a cue of its own gives its object;
        // "(agreed to) work together to fight X", its verb phrase.
        let (mut object, mut cue_verbs) = (x, verbs);
        while let Some((len, more_verbs)) = cue_at(doc, object) {
            if object + len >= y {
                break;
            }
            object += len;
            cue_verbs |= more_verbs;
        }
        // "asuntos de interés común como la migración": a head read as a cue whose object
        // names nothing may still point at examples.
        let mut topic = self.topic_of(object, y, cue_verbs);
        if topic.is_none() && object > x {
            topic = self.topic_of(x, y, verbs);
        }
        if let Some((x, y)) = topic {
            self.add(x, y, source);
        }
    }

    /// Adds the topic `x..y` as a chip shows it ([`chip_text`]), once.
    fn add(&mut self, x: usize, y: usize, source: &Option<String>) {
        let doc = self.a.doc;

        let topic = chip_text(doc, x, y);
        let words = content_words(self.a.doc.lex, &topic);
        let item = AgendaItem {
            topic,
            source: source.clone(),
            evidence: doc.span(x, y),
        };
        self.merge(item, words);
    }

    /// Adds `item`, whose content words are `words`, unless a topic found before says it
    /// already ("conflicts in Ukraine", then "conflicts in Ukraine" again); said more fully
    /// ("ports", then "inland ports policy"), the fuller topic takes the place of the first
    /// shorter one and the other shorter ones go.
    fn merge(&mut self, item: AgendaItem, words: Vec<String>) {
        for other in &self.words {
            if is_subset(&words, other) {
                return;
            }
        }
        let mut first = None;
        let mut n = 0;
        while n < self.words.len() {
            if !is_subset(&self.words[n], &words) {
                n += 1;
            } else if first.is_none() {
                first = Some(n);
                n += 1;
            } else {
                self.found.remove(n);
                self.words.remove(n);
            }
        }
        match first {
            Some(first) => {
                self.found[first] = item;
                self.words[first] = words;
            }
            None => {
                self.found.push(item);
                self.words.push(words);
            }
        }
    }

    /// Keeps a topic as it is, past the check for the same topic said again ("other sensitive
    /// topics" qualifies the list before it), with its words for the checks of later topics.
    fn keep(&mut self, item: AgendaItem) {
        self.words.push(content_words(self.a.doc.lex, &item.topic));
        self.found.push(item);
    }

    /// The topic an item names, `None` for items that name no topic. A decision in phases:
    /// where the topic starts ([`topic_start`], [`past_pointing_heads`]), where it ends
    /// ([`before_description`], [`without_trailers`], then `lists::clean` trims articles and
    /// connectors), and whether what is left names a topic ([`names_no_topic`], people).
    fn topic_of(&self, x: usize, y: usize, verbs: bool) -> Option<(usize, usize)> {
        let doc = self.a.doc;
        let x = past_pointing_heads(doc, topic_start(doc, x, y, verbs)?, y);
        let mut end = before_description(doc, x, y);
        // "support for Kyiv to join the alliance": a side alone before what it is to do is no
        // topic, what it is to do is ("join the alliance"; but "the powers of Frontex" is).
        if end + 1 < y
            && marks(doc, end, INFINITIVE_MARKER)
            && (x..end).all(|k| doc.token(k).is_capitalized())
        {
            return self.topic_of(end + 1, y, true);
        }
        // A phrase that runs into the end of a text cut off may be cut itself: it ends before
        // the function word that opens its last, broken phrase ("support for Ukraine against
        // the war of aggre"), or before its last word; a phrase of a word or two goes.
        if end == y && self.cut == Some(y) {
            if word_count(doc, x, y) < 3 {
                return None;
            }
            end = lists::last_where(x + 1, y - 1, |k| is_connector(doc, k)).unwrap_or(y - 1);
        }
        let (x, y) = lists::clean(doc, x, without_trailers(doc, x, end), TOPIC_WORDS)?;
        // "raised the issue of gas storage with Kral", "discussed trade with President X": a
        // person after a preposition ends the topic before it; a topic that holds one otherwise
        // is none (people are no topics).
        let (x, y) = match self.person_in(x, y) {
            Some(p) if p > x + 1 && is_connector(doc, p - 1) => {
                lists::clean(doc, x, without_trailers(doc, x, p - 1), TOPIC_WORDS)?
            }
            Some(_) => return None,
            None => (x, y),
        };
        if names_no_topic(doc, x, y, verbs) {
            return None;
        }
        Some((x, y))
    }

    /// Whether the phrase at `x` opens with a person, past its determiners ("his pair X").
    fn opens_with_person(&self, mut x: usize) -> bool {
        while self.a.doc.is(x, Cat::Determiner) {
            x += 1;
        }
        self.person_in(x, x + 1).is_some()
    }

    /// The first token of `x..y` that belongs to a person.
    fn person_in(&self, x: usize, y: usize) -> Option<usize> {
        let a = self.a;
        (x..y).find(|&k| {
            a.entity_at(k).is_some() || a.people.mentions.iter().any(|m| m.first <= k && k < m.end)
        })
    }
}

/// The topic `x..y` as a chip shows it: without the quotation marks left inside it, which
/// quote half a phrase ("support for “open markets"), and written small when it opens a
/// sentence ("Bilateral relations …"), but for names.
fn chip_text(doc: &Doc, x: usize, y: usize) -> String {
    let mut topic = String::new();
    for c in doc.phrase(x, y).chars() {
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
            topic.push(c);
        }
    }
    let t = &doc.token(x);
    if doc.opens_sentence(x) && t.is_capitalized() && !t.is_all_caps() && doc.name(x).is_none() {
        let first = topic.chars().next().map_or(0, char::len_utf8);
        let (head, rest) = topic.split_at_checked(first).unwrap_or(("", &topic));
        let mut small = crate::text::case::lower_str(head);
        small.push_str(rest);
        return small;
    }
    topic
}

/// Topic phase 1, where the topic of the item `x..y` starts: past the adverbials ("also"),
/// an item introducer ("with particular attention to", "including"), in a list of verb
/// phrases the policy verb ("accelerate"), and a gerund of discussion ("discussing key
/// issues"). `None` for an item that describes the one before it ("a pact on ports, a step
/// hailed as historic": "a" right after a comma, with no item joined after it).
fn topic_start(doc: &Doc, mut x: usize, y: usize, mut verbs: bool) -> Option<usize> {
    // (Not an item with another after it: "energy, a trade corridor and migration".)
    if x > 0
        && doc.punct(x - 1, ',')
        && doc.value_is(x, Cat::Number, 1)
        && lowercase(doc, x)
        && !doc.is(
            y + usize::from(doc.punct(y, ',')),
            Cat::CopulativeConjunction,
        )
    {
        return None;
    }
    // "…, “including on X”": a quotation opened at the item's start.
    if opens_quote(doc, x) && quoted_adverbial_end(doc, x).is_none() && x + 1 < y {
        x += 1;
    }
    let adverbials_end = past_adverbials(doc, x);
    if adverbials_end < y {
        // "…, particularly in the grain trade": a focus on a part of the list before, the
        // preposition after the adverb goes with it.
        let focus = adverbials_end > x && doc.has_phrase(x, Cat::ListAdjunct);
        let mut preposition = match doc.phrase_at(adverbials_end, Cat::ComplementMarker) {
            Some((len, TOPIC_PREPOSITION)) => len,
            _ => usize::from(doc.is(adverbials_end, Cat::PhrasePreposition)),
        };
        if !focus || adverbials_end + preposition >= y {
            preposition = 0;
        }
        x = adverbials_end + preposition;
    }
    // "acordaron este martes formalizar X", "abordaron el 14/04/2023 en Lima X": a time and a
    // place between the verb and its object.
    // "discussed what the ministry called “X”": the name given.
    x = past_naming(doc, past_circumstances(doc, x, y), y);
    // "several issues, such as X and Y": the examples of the vague item before.
    if let Some(len) = lists::example_link(doc, x).filter(|len| x + len < y) {
        x += len;
    }
    let introducer = doc.phrase_len(x, Cat::ItemIntroducer);
    if introducer > 0 && x + introducer < y {
        x += introducer;
    }
    // "including in the areas of defence and health", "en los ámbitos de X": a preposition
    // before a head that only points at the topics goes with it.
    let head = x + 1 + usize::from(doc.is(x + 1, Cat::Determiner));
    if doc.is_any_of(x, &[Cat::PlacePreposition, Cat::PhrasePreposition])
        && doc.has_phrase(head, Cat::PointerHead)
        && head + 1 < y
    {
        x += 1;
    }
    // "discussed how to foster X": a verb phrase after the question.
    if doc.is(x, Cat::MannerQuestion) && x + 2 < y {
        x += 1;
        verbs = true;
    }
    // "… and to ease X": the infinitive's marker before the next verb.
    if verbs && let Some(verb) = infinitive_after(doc, x).filter(|&v| v + 1 < y) {
        x = past_adverbials(doc, verb);
    }
    let len = doc.phrase_len(x, Cat::PolicyVerb);
    if verbs && len > 0 && x + len < y {
        // "buscar activamente el apoyo": adverbs after the verb go with it, and so does the
        // particle of a phrasal verb ("take up X").
        x = past_adverbials(doc, x + len).min(y - 1);
        if doc.is(x, Cat::VerbParticle) && x + 1 < y {
            x += 1;
        }
    }
    if doc.is(x, Cat::AgendaCue) && ends_as_gerund(doc, x) && x + 1 < y {
        x += 1;
    }
    Some(x)
}

/// "what the Kremlin calls “X”", "what the ministry described as X": where the name given
/// starts, from the fused relative at `x` (before `y`); `x` when there is none.
fn past_naming(doc: &Doc, x: usize, y: usize) -> usize {
    if !doc.is(x, Cat::FusedRelative) {
        return x;
    }
    let Some(verb) = lists::find_word(doc, x + 2, (x + 6).min(y), Cat::NamingVerb) else {
        return x;
    };
    let name = verb + 1 + usize::from(doc.is(verb + 1, Cat::PredicativeMarker));
    (name + usize::from(opens_quote(doc, name))).min(y)
}

/// Topic phase 2, past the heads that only point at the topic from `x` ("steps on arms
/// control", "themes such as tourism"), one after the other ("a wide range of issues
/// pertaining to X"), at most three.
fn past_pointing_heads(doc: &Doc, mut x: usize, y: usize) -> usize {
    // Modifiers before the head are adjectives or participles ("exerted efforts"), not
    // nouns ("the security situation" is a topic of its own).
    let modifier = |k: usize| {
        lists::is_adjective(doc, k)
            || ends_as_verb_form(doc, k)
            || doc.is_any_of(k, &[Cat::VagueQualifier, Cat::PointerModifier])
    };
    // "the situation in the region": a head pointing at a place that only a common noun
    // names keeps it ("region" alone names none).
    let lone_place = |mut k: usize| {
        while k < y && doc.is(k, Cat::Determiner) {
            k += 1;
        }
        k + 1 >= y && doc.is(k, Cat::RegionNoun) && lowercase(doc, k)
    };
    for _ in 0..3 {
        match pointed_at(doc, x, y, &modifier) {
            Some(next) if next < y && !lone_place(next) => x = next,
            _ => break,
        }
    }
    x
}

/// Topic phase 3, where the topic's own phrase from `x` ends, before what describes it: a
/// participle with its preposition ("islands held by Moscow", "issues discussed during the
/// trip"), a relative or "as" clause ("violence that took place …", "… as the agenda for
/// …"), when it was said ("during a state banquet"), an aside after a dash, or a clause after
/// its verb ("noting that the border …").
fn before_description(doc: &Doc, x: usize, y: usize) -> usize {
    let clause_after_verb = |k: usize| {
        doc.is(k, Cat::Complementizer) && lowercase(doc, k - 1) && ends_as_verb_form(doc, k - 1)
    };
    (x + 1..y)
        .find(|&k| {
            // "los refugiados en la frontera": a participle after an article is a noun.
            (ends_as_participle(doc, k)
                && (doc.is(k + 1, Cat::ParticiplePreposition)
                    // "the review scheduled for July", "la revisión prevista para julio":
                    // the time it is planned for.
                    || (doc.is(k + 1, Cat::Stop)
                        && !doc.is(k + 1, Cat::Determiner)
                        && names_time(doc, k + 2 + usize::from(doc.is(k + 2, Cat::Determiner)))))
                && !doc.is(k - 1, Cat::Determiner))
                || (k >= x + 2
                    && doc.is_any_of(k, &[Cat::PredicativeMarker, Cat::Complementizer]))
                || doc.is(k, Cat::CircumstanceOpener)
                || (doc.token(k).is_any(&['–', '—']) && doc.token(k).space_before)
                || clause_after_verb(k)
                // "support for Kyiv to join the alliance": an infinitive after a name says
                // what the named side is to do (not "Puentes para el desarrollo").
                || (marks(doc, k, INFINITIVE_MARKER)
                    && doc.token(k - 1).is_capitalized()
                    && lowercase(doc, k + 1)
                    && !doc.is(k + 1, Cat::Determiner)
                    && !doc.shouted(k))
        })
        .unwrap_or(y)
}

/// The length of the adverbial at `k`: one of the tables, or a preposition, a noun of manner
/// and its adjective in either order ("de forma gradual", "in a gradual way"); 0 for none.
fn adverbial_len(doc: &Doc, k: usize) -> usize {
    let plain = |j: usize| doc.token(j).is_lowercase() && !doc.is(j, Cat::Stop);
    let manner = if !doc.is(k, Cat::PhrasePreposition) {
        0
    } else if doc.is(k + 1, Cat::MannerNoun) && plain(k + 2) {
        3
    } else if doc.is(k + 1, Cat::Determiner) && plain(k + 2) && doc.is(k + 3, Cat::MannerNoun) {
        4
    } else {
        0
    };
    doc.phrase_len(k, Cat::Adverbial).max(manner)
}

/// Topic phase 4, the end of the topic `x..y` without what trails it: a time or a setting
/// ("… next year", "… in the region"), an infinitive cut from its object ("new rules to
/// ensure"), and in a phrase too long for a topic, what follows its head.
fn without_trailers(doc: &Doc, x: usize, y: usize) -> usize {
    let mut y = without_tails(doc, x, y);
    // "discussed trade in detail", "el tema a fondo": an adverbial phrase of the verb after its
    // object is no part of the topic (an adverb alone may be the topic's: "work closer
    // together").
    for k in x + 1..y {
        if adverbial_len(doc, k) > 1 {
            y = k;
            break;
        }
    }
    // "una declaración que expresa la voluntad de fortalecer los lazos firmaron hoy": the
    // object ran into its clause's verb, which a subject follows.
    if y > x + 1 && lowercase(doc, y - 1) && doc.is(y - 1, Cat::PastMeetingVerb) {
        y -= 1;
    }
    if y >= x + 3 && marks(doc, y - 2, INFINITIVE_MARKER) && doc.has_phrase(y - 1, Cat::PolicyVerb)
    {
        y -= 2;
    }
    trimmed(doc, x, y)
}

/// Topic phase 5, whether the trimmed phrase `x..y` names no topic: it opens with a
/// preposition ("from Prague's point of view") or a denial ("no asistir a la cumbre"), holds a clause, names only a time ("last
/// September") or only vague words, is a verb alone ("maintaining"), an attribution ("the
/// Kremlin said") or a vague head with nothing but qualifiers ("several key issues").
fn names_no_topic(doc: &Doc, x: usize, y: usize, verbs: bool) -> bool {
    let mut words = Vec::new();
    // Whether all the words name only a time, only vague words ("reach the target", "cumplir
    // la meta": an aim names no topic by itself; nor does a place a common noun names, "la
    // situación de la provincia"), or only qualifiers ("bilateral", "regional": their head
    // is left to the next item).
    let (mut time, mut vague, mut qualifiers) = (true, true, true);
    for k in x..y {
        if is_word(doc, k) {
            words.push(k);
            time &= is_time_word(doc, k);
            vague &= doc.is_any_of(
                k,
                &[Cat::VagueTopic, Cat::Stop, Cat::PointerHead, Cat::AimNoun],
            ) || doc.is(k, Cat::RegionNoun) && lowercase(doc, k);
            qualifiers &= doc.is_any_of(k, &[Cat::VagueQualifier, Cat::Stop]);
        }
    }
    opens_with_preposition(doc, x)
        || doc.is(x, Cat::Negation)
        // "una conversación de 50 minutos de duración": a length is no topic.
        || crate::stages::time::duration_at(doc, x).is_some()
        || holds_clause(doc, &words, y)
        || time
        || vague
        || qualifiers
        || is_lone_verb(doc, &words, verbs)
        || meets_again(doc, x, verbs)
        || ends_in_attribution(doc, &words)
        || is_vague_head(doc, &words)
        || is_session(doc, &words)
        // "the impacts of and threat": a preposition before "and" shares an object the topic
        // has lost.
        || words.windows(2).any(|w| {
            w[1] == w[0] + 1
                && is_connector(doc, w[0])
                && doc.is(w[1], Cat::CopulativeConjunction)
        })
}

/// "the official lunch", "la reunión privada entre ambos mandatarios", "la Casa Rosada": a
/// session of the meeting or the named place it is held in is no topic of it (but "the next summit"
/// is another meeting, and may be one).
fn is_session(doc: &Doc, words: &[usize]) -> bool {
    let mut head = None;
    for &k in words.iter().take(3) {
        if doc.is(k, Cat::OtherMeeting) && !doc.is(k, Cat::Stop) {
            return false;
        }
        if head.is_none() && !doc.is(k, Cat::Determiner) {
            head = Some(k);
        }
    }
    let Some(k) = head else {
        return false;
    };
    let session = |j: usize| crate::stages::sessions::is_session_format(doc, j);
    // A venue by its name ("la Casa Rosada"; but "el puerto de Arica" may be a topic).
    let venue = |j: usize| doc.is(j, Cat::VenueNoun) && doc.token(j).is_capitalized();
    venue(k)
        || session(k)
        || (lists::is_adjective(doc, k) && words.get(1).is_some_and(|&j| j == k + 1 && session(j)))
}

/// "from Prague's point of view", "in a way that …": a phrase that opens with a preposition
/// at `x` is an adverbial, not a topic; one that opens with a particle ("get off the summit")
/// is the rest of a phrasal verb.
fn opens_with_preposition(doc: &Doc, x: usize) -> bool {
    doc.is_any_of(x, &[
        Cat::PlacePreposition,
        Cat::PointerLink,
        Cat::VerbParticle,
        Cat::CircumstanceOpener,
    ]) || (doc.is(x, Cat::ParticiplePreposition) && !doc.is(x, Cat::WeekRef))
        // "antes de emprender la caminata": an opener of more than one word.
        || doc.has_phrase(x, Cat::CircumstanceOpener)
}

/// Whether the `words` of a phrase ending at `y` hold a clause: "the treaty can not be
/// changed" has its own verb; "develop them in all fields", "four others into one" do not
/// name their subject.
fn holds_clause(doc: &Doc, words: &[usize], y: usize) -> bool {
    // "los acuerdos ha sido un reto": an auxiliary before a participle.
    let perfect = |n: usize, k: usize| {
        n > 0
            && doc.is(k, Cat::Auxiliary)
            && words.get(n + 1) == Some(&(k + 1))
            && ends_as_participle(doc, k + 1)
    };
    words.iter().enumerate().any(|(n, &k)| {
        doc.is_any_of(k, &[Cat::Modal, Cat::Copula, Cat::ProForm])
            || (n > 0 && clause_verb(doc, k, y))
            || perfect(n, k)
    })
}

/// "overcome", "maintaining": a verb without its object; "the agenda" names no topic of its
/// own. `verbs`: the item is one of a list of verb phrases.
fn is_lone_verb(doc: &Doc, words: &[usize], verbs: bool) -> bool {
    // "meet again", "reunirse nuevamente": adverbs after the verb leave it alone.
    let words = match words {
        [first, .., last] if past_adverbials(doc, first + 1) > *last => &words[..1],
        _ => words,
    };
    // "intentar consolidar": infinitives only, their object left behind.
    let infinitive = |k: usize| {
        lowercase(doc, k)
            && (doc.has_phrase(k, Cat::PolicyVerb) || doc.ends_in(k, Cat::InfinitiveEnding, 1))
    };
    if words.len() > 1 && words.iter().all(|&k| infinitive(k)) {
        return true;
    }
    // "to boost trade", "ampliar la pesca": a word right after a verb of policy (and its
    // article) is its object, not a verb.
    let object = |k: usize| {
        let verb_end = k - usize::from(k > 0 && doc.is(k - 1, Cat::Determiner));
        (verb_end.saturating_sub(3)..verb_end)
            .any(|j| j + doc.phrase_len(j, Cat::PolicyVerb) == verb_end)
    };
    match *words {
        [k] => {
            doc.has_phrase(k, Cat::PolicyVerb)
                || (lowercase(doc, k)
                    && !object(k)
                    && (verbs || ends_as_gerund(doc, k))
                    && !names_activity(doc, k))
                || is_agenda_noun(doc, k)
        }
        _ => false,
    }
}

/// "fishing, mining and tourism", "discussed financing.", "trade and fishing were discussed",
/// "fishing or mining": a gerund whose language also makes it a noun names its activity when it
/// ends its phrase, the list, the sentence or its verb going on after it; not with a complement
/// of its own ("agreeing that …") nor when it shares the object of a gerund after it
/// ("maintaining and strengthening ties").
fn names_activity(doc: &Doc, k: usize) -> bool {
    let ends_phrase = |j: usize| {
        !is_word(doc, j)
            || doc.is_any_of(
                j,
                &[Cat::Conjunction, Cat::Copula, Cat::Auxiliary, Cat::Modal],
            )
            || small_participle(doc, j)
    };
    let shares_object = (lists::list_mark(doc, k + 1) || doc.is(k + 1, Cat::Conjunction))
        && small_gerund(doc, k + 2)
        && !ends_phrase(k + 3);
    doc.ends_in(k, Cat::ActivityEnding, 1) && ends_phrase(k + 1) && !shares_object
}

/// "agreed to meet in person in Lima", "acordaron reunirse en marzo", "acordaron realizar un
/// segundo encuentro": in a list of verb phrases, a verb of meeting left at the start (a verb of
/// policy was passed over), or one of holding with a meeting as its object, is a later meeting
/// of the sides, no topic of this one.
fn meets_again(doc: &Doc, x: usize, verbs: bool) -> bool {
    verbs
        && lowercase(doc, x)
        && (doc.has_phrase(x, Cat::MeetingVerb)
            || doc.is(x, Cat::HoldingVerb) && names_the_meeting(doc, x + 1))
}

/// "the Kremlin said", "dice el documento": an attribution, its verb last or first, is no
/// topic ("ties between the states" ends on a noun).
fn ends_in_attribution(doc: &Doc, words: &[usize]) -> bool {
    let first_said = words.first().is_some_and(|&k| {
        lowercase(doc, k) && doc.is(k, Cat::SpeechVerb) && doc.is(k, Cat::Attribution)
    });
    first_said
        || words
            .last()
            // (a name is no verb: "cooperation with the United States").
            .is_some_and(|&k| {
                lowercase(doc, k) && doc.is(k, Cat::SpeechVerb) && !doc.is(k - 1, Cat::Determiner)
            })
}

/// "a wide range of topics", "several key issues": a vague head with nothing but qualifiers
/// names nothing ("bilateral cooperation issues" does; "bilateral, regional, and global
/// issues", "two main points" do not).
fn is_vague_head(doc: &Doc, words: &[usize]) -> bool {
    // The head is the last word, or in a language that puts adjectives after the noun the
    // first ("asuntos de interés bilateral y regional").
    let head = |k: &usize| doc.is(*k, Cat::VagueTopic);
    (words.last().is_some_and(head)
        || words
            .iter()
            .find(|&&k| !doc.is(k, Cat::Stop))
            .is_some_and(head))
        && words.iter().all(|&k| only_counts(doc, k, Cat::PointerHead))
}

/// Whether token `k` only counts or qualifies a vague head of class `head` ("several key
/// issues", "three key areas"): it is a vague topic, such a head, a qualifier, a number or a
/// function word.
fn only_counts(doc: &Doc, k: usize, head: Cat) -> bool {
    doc.is_any_of(k, &[Cat::VagueTopic, head, Cat::VagueQualifier, Cat::Stop]) || doc.is_count(k)
}

/// Whether word `k` inside an item (not its first) is the verb of a clause: an attribution
/// the list ran into ("ties between the states, the ministry's spokesman said Friday"), a
/// predicate with its complement ("Vienna calling for its neighbour to open markets"), a past
/// verb of people ("some African leaders met with …").
fn clause_verb(doc: &Doc, k: usize, y: usize) -> bool {
    let small = lowercase(doc, k);
    // "the agreed reforms", "the said report": a verb form after an article modifies a noun.
    let after_article = doc.is(k - 1, Cat::Determiner);
    (doc.is(k, Cat::SpeechVerb) && doc.is(k, Cat::Attribution) && !after_article)
        || (small_gerund(doc, k) && predicate_complement(doc, k, y).is_some())
        || (small
            && !after_article
            && doc.is(k, Cat::PersonVerb)
            && (ends_as_participle(doc, k) || doc.is(k, Cat::PastMeetingVerb)))
}

/// The most words a topic may have: a longer phrase is a clause, not a name for a topic.
const TOPIC_WORDS: usize = 12;

/// "themes such as X", "steps they will take on arms control", "the topic of X", "exerted
/// efforts toward X": where the topic starts after a pointing head at `x` (maybe after an
/// article and modifiers), when there is one.
fn pointed_at(doc: &Doc, x: usize, y: usize, modifier: &impl Fn(usize) -> bool) -> Option<usize> {
    let determiner = usize::from(doc.is_any_of(x, &[Cat::Determiner, Cat::VagueQualifier]));
    // The head is written small, but for the first word of a sentence ("Measures aimed at …").
    let small =
        |k: usize| lowercase(doc, k) || (doc.opens_sentence(k) && !doc.token(k).is_all_caps());
    let head = (x + determiner..(x + determiner + 3).min(y))
        .take_while(|&k| small(k))
        .find(|&k| doc.has_phrase(k, Cat::PointerHead))
        .filter(|&h| (x + determiner..h).all(modifier))?;
    let head_len = doc.phrase_len(head, Cat::PointerHead).max(1);
    // The link follows the head closely, across at most a short lowercase clause ("steps
    // they will take on …"), never across a name nor an adjective that qualifies the head,
    // which then names the topic itself ("los aspectos económicos de la relación"), nor into
    // an adverbial ("discussed the issue at length": no link).
    let qualifies = |k: usize| {
        lists::is_adjective(doc, k)
            && !doc.is_any_of(k, &[Cat::VagueQualifier, Cat::PointerModifier, Cat::Stop])
    };
    let near = (head + head_len..y.min(head + 8)).take_while(|&k| {
        !doc.token(k).is_capitalized()
            && !doc.is(k, Cat::CopulativeConjunction)
            && !qualifies(k)
            && !doc.has_phrase(k, Cat::Adverbial)
    });
    // "asuntos de interés común como la migración", "issues that matter to both sides such as
    // trade": examples after the head's own complement are what it points at (not after a
    // verb phrase: "medidas para situar a la región como actor global").
    let link = near
        .clone()
        .take_while(|&k| {
            !marks(doc, k, INFINITIVE_MARKER) && !doc.ends_in(k, Cat::InfinitiveEnding, 1)
        })
        .find(|&k| lists::example_link(doc, k).is_some())
        .or_else(|| {
            near.take_while(|&k| k < head + 6)
                .find(|&k| doc.has_phrase(k, Cat::PointerLink) || doc.is(k, Cat::InclusionVerb))
        });
    // "steps that would boost X", "medidas que permitan ampliar Y": a relative clause whose
    // verb of policy opens the topic.
    let relative = head + head_len;
    if doc.is_any_of(relative, &[Cat::Relative, Cat::Complementizer]) {
        let mut verb = relative + 1;
        while verb < y && in_verb_group(doc, verb) {
            verb += 1;
        }
        // "medidas que permitan ampliar Y", "acciones que busquen profundizar Z": the clause's
        // verb may take the infinitive of policy.
        if !doc.has_phrase(verb, Cat::PolicyVerb) && lowercase(doc, verb) && verb + 1 < y {
            verb += 1;
        }
        let len = doc.phrase_len(verb, Cat::PolicyVerb);
        if len > 0 {
            return Some(past_adverbials(doc, verb + len));
        }
    }
    // "humanitarian matters": a head that points nowhere is the topic when a real qualifier
    // names it; "several issues" names nothing (decided by the caller).
    let k = link?;
    let len = doc.phrase_len(k, Cat::PointerLink).max(1);
    // "ways to enhance cooperation in energy", "la necesidad de proteger la cuenca": the verb
    // of the infinitive goes too.
    let mut after = k + len;
    if marks(doc, k, INFINITIVE_MARKER) || small_infinitive(doc, after) {
        after = past_adverbials(doc, after);
        after += doc.phrase_len(after, Cat::PolicyVerb);
    }
    Some(after)
}

/// "ties based on trust, fair trade and …": a list after a
/// participle and its preposition belongs to the participle's phrase, not to the list the
/// range `first..end` holds; the range ends before the participle. What follows "including"
/// goes back to the head ("the deals made in May, including on X and Y"). A participle that
/// is a relative clause's verb ("the deal, which X signed in 2019, fisheries and Y") opens no
/// such phrase.
fn before_participle(doc: &Doc, first: usize, end: usize) -> usize {
    let including = |j: usize| {
        let quote = doc.token(j).is_quote_mark();
        doc.is(j + usize::from(quote), Cat::ItemIntroducer)
    };
    let relative = |k: usize| (k.saturating_sub(4).max(first)..k).any(|j| doc.is(j, Cat::Relative));
    (first + 2..end)
        .find(|&k| {
            small_participle(doc, k)
                && doc.is(k + 1, Cat::ParticiplePreposition)
                && !relative(k)
                && (k + 2..end)
                    .take_while(|&j| !including(j))
                    .any(|j| doc.punct(j, ',') && !including(j + 1))
        })
        .unwrap_or(end)
}

/// The number of words in `x..y`.
fn word_count(doc: &Doc, x: usize, y: usize) -> usize {
    let mut words = 0;
    for k in x..y {
        words += usize::from(is_word(doc, k));
    }
    words
}

/// A phrase too long to name a topic, trimmed to its head: cut before the first comma,
/// infinitive, relative or side clause that follows at least two words ("continued
/// implementation of the agreed reforms to fully benefit from …" → "continued implementation
/// of the agreed reforms").
fn trimmed(doc: &Doc, x: usize, y: usize) -> usize {
    if word_count(doc, x, y) <= TOPIC_WORDS {
        return y;
    }
    (x + 2..y)
        .find(|&k| {
            doc.punct(k, ',')
                || marks(doc, k, INFINITIVE_MARKER)
                || doc.is_any_of(k, &[Cat::Relative, Cat::ClauseOpener])
        })
        .unwrap_or(y)
}

/// "energy and industrial cooperation and river shipping": an item with two "and"s ends
/// with two items, which the last "and" between nouns parts ("regional and international
/// issues" shares its head); "developing X and aligning Y": a gerund after "and" starts an
/// item of a list of gerunds.
fn last_two_split(doc: &Doc, (x, y): (usize, usize)) -> Vec<(usize, usize)> {
    let gerund = |k: usize| small_gerund(doc, k);
    // "regional and international issues", "migrant and terrorism issues": the words on both
    // sides of "and" share the head after them.
    let shares_head = |k: usize| {
        (lists::is_adjective(doc, k - 1) && lists::is_adjective(doc, k + 1))
            || (k + 3 == y && doc.is(k + 2, Cat::VagueTopic))
    };
    let ands = x + 1..y.saturating_sub(1);
    // "the crisis and its implications": an "and" before a possessive joins one topic.
    let and = |k: usize| doc.is(k, Cat::CopulativeConjunction) && !lists::refers_back(doc, k + 1);
    if gerund(x) {
        let gerunds = cut_at(x, ands.clone(), y, &|k| and(k) && gerund(k + 1));
        if gerunds.len() > 1 {
            return gerunds;
        }
    }
    // "between Vienna and Prague", "friends of ours and partners":
    // an "and" inside a phrase joins its words.
    let pairs = |k: usize| {
        doc.any_is(k.saturating_sub(4).max(x)..k, Cat::PhrasePreposition)
            && !doc.is(k + 1, Cat::Determiner)
    };
    // "the border between Graz and the lakes": an "and" that joins the pair of "between".
    let between = |k: usize| doc.any_is(k.saturating_sub(6).max(x)..k, Cat::PairPreposition);
    // An article after "and" opens an item for sure ("… and the related issues"), and so does
    // a head that points on ("… and prospects for further relations").
    let opens_item = |k: usize| {
        doc.is(k + 1, Cat::Determiner) || {
            let len = doc.phrase_len(k + 1, Cat::PointerHead);
            len > 0 && lowercase(doc, k + 1) && doc.has_phrase(k + 1 + len, Cat::PointerLink)
        }
    };
    let mut count = 0;
    let mut last = None;
    for k in ands.clone().rev() {
        if and(k) {
            count += 1;
            if last.is_none() && (opens_item(k) || (!shares_head(k) && !pairs(k))) {
                last = Some(k);
            }
        }
    }
    // Only an item with two "and"s or more is parted, at that one; or with one that an article
    // and a common noun follow, outside a pair ("la renovación de la cooperación y el deporte";
    // but "conflicts in Ukraine and the Mideast", "Guatemala y El Salvador").
    let parting = last.filter(|&k| {
        count >= 2 || (opens_item(k) && !between(k) && !doc.token(k + 2).is_capitalized())
    });
    cut_at(x, ands, y, &|k| Some(k) == parting)
}

/// "seguridad, salud, comercio, cultura y turismo": a run of short nouns the list kept as one
/// item is one topic each, its last "and" parting the last two ("energy, water and mining");
/// a run with an adjective shares its head ("bilateral, regional and global issues") and
/// stays whole.
fn run_of_nouns(doc: &Doc, (x, y): (usize, usize)) -> Vec<(usize, usize)> {
    let comma = |k: usize| doc.punct(k, ',');
    let pieces = cut_at(x, x + 1..y, y, &comma);
    let short = |&(a, b): &(usize, usize)| {
        b > a && b - a <= 2 && (a..b).all(|k| !lists::is_adjective(doc, k) && is_word(doc, k))
    };
    let Some((&(a, b), before)) = pieces.split_last() else {
        return vec![(x, y)];
    };
    let adjective = (a..b).any(|k| lists::is_adjective(doc, k));
    if before.len() < 2 || adjective || !before.iter().all(short) {
        return vec![(x, y)];
    }
    let mut out = before.to_vec();
    // The last piece: "cultura y turismo", or one noun.
    let and = lists::find_word(doc, a + 1, b, Cat::CopulativeConjunction);
    match and {
        Some(k) if short(&(a, k)) && short(&(k + 1, b)) => {
            out.push((a, k));
            out.push((k + 1, b));
        }
        _ if short(&(a, b)) => out.push((a, b)),
        _ => return vec![(x, y)],
    }
    out
}

/// The pieces of `start..end` cut at each token of `within` where `joint` holds, the joints
/// left out ("X and Y" → "X", "Y").
fn cut_at(
    mut start: usize,
    within: Range<usize>,
    end: usize,
    joint: &impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    for k in within {
        if joint(k) {
            pieces.push((start, k));
            start = k + 1;
        }
    }
    pieces.push((start, end));
    pieces
}

/// Whether token `k` is a word of a time or a length of time ("September", "next", "hour",
/// "ninety", "in").
fn is_time_word(doc: &Doc, k: usize) -> bool {
    names_time(doc, k) || doc.is(k, Cat::Stop)
}

/// Whether token `k` names a time or a length of time itself ("September", "hour").
fn names_time(doc: &Doc, k: usize) -> bool {
    doc.is_any_of(
        k,
        &[
            Cat::Month,
            Cat::Weekday,
            Cat::WeekRef,
            Cat::DayPart,
            Cat::TimeNoun,
            Cat::TimeUnit,
            Cat::Hedge,
        ],
    ) || doc.has_phrase(k, Cat::RelativeDay)
        || doc.is_count(k)
}

/// "… next year", "… in the near future", "… in the region", "… at the hotel": when the
/// topic is to be handled, or the setting it is handled in, is no part of it. Returns the
/// end of the topic without such a tail.
fn without_tails(doc: &Doc, x: usize, y: usize) -> usize {
    // "… on 14/04/2023", "… el 14 de abril en Lima": a date after its preposition or article,
    // up to the end or a setting.
    let date_tail = |k: usize, y: usize| {
        doc.is(k, Cat::Stop)
            && crate::stages::time::date_at(doc, k + 1, None, false)
                .is_some_and(|d| d.first == k + 1 && (d.end >= y || setting_tail(doc, d.end, y)))
    };
    // "trade in Vienna on Tuesday": a setting before a time goes too, tail after tail.
    let mut end = y;
    while let Some(k) = (x + 1..end)
        .find(|&k| time_tail(doc, k, end) || setting_tail(doc, k, end) || date_tail(k, end))
    {
        end = k;
    }
    end
}

/// `k..y` is a time: a preposition or "next/last/this", then only words of time and their
/// qualifiers, with at least one that names a time itself.
fn time_tail(doc: &Doc, k: usize, y: usize) -> bool {
    let opens = doc.is_any_of(k, &[Cat::Stop, Cat::WeekRef]);
    // "by the end of the year": a point of the period stands before its time. "before the
    // next summit": another meeting dates what is to be done by then.
    let qualifier = |j: usize| {
        is_time_word(doc, j)
            || doc.is_any_of(
                j,
                &[
                    Cat::VagueQualifier,
                    Cat::TimePoint,
                    Cat::OtherMeeting,
                    Cat::MeetingNoun,
                ],
            )
    };
    let other_meeting =
        |j: usize| doc.is(j, Cat::MeetingNoun) && j > k && doc.is(j - 1, Cat::OtherMeeting);
    // "a" and "an" are numbers, but name no time.
    // "the Group of Twenty": a number written with a capital inside a name names no time.
    let time = |j: usize| {
        names_time(doc, j)
            && !doc.is(j, Cat::WeekRef)
            && !(doc.is(j, Cat::Number) && (doc.is(j, Cat::Stop) || doc.token(j).is_capitalized()))
    };
    opens && (k..y).all(qualifier) && (k..y).any(|j| time(j) || other_meeting(j))
}

/// `k..y` is a setting: a preposition of place, an article and a building ("at the hotel",
/// "in the Blue Room"), a region or a meeting that no name specifies ("in the region", "at the
/// summit"), or a city.
fn setting_tail(doc: &Doc, k: usize, y: usize) -> bool {
    // "at the meeting", "at the upcoming summit": the meeting itself is no part of its topic.
    let region = (k + 2..y - 1).all(|j| doc.is(j, Cat::VagueQualifier))
        && doc.is_any_of(y - 1, &[Cat::RegionNoun, Cat::MeetingNoun])
        && lowercase(doc, y - 1);
    // A building may have a name: "in the Blue Room", "en el Palacio de Gobierno".
    let building = doc.is(y - 1, Cat::VenueNoun)
        || (doc.is(k + 2, Cat::VenueNoun) && doc.token(k + 2).is_capitalized());
    // A city is where the talks are, not what they are about: "trade in Vienna" (but "the
    // war in Ukraine").
    let city = doc.name(k + 1).is_some_and(|m| {
        m.first == k + 1
            && m.end == y
            && matches!(
                m.meaning,
                Meaning::City(_) | Meaning::Country(_, CountryForm::Capital)
            )
    });
    doc.is(k, Cat::PlacePreposition)
        && ((y >= k + 3 && doc.is(k + 1, Cat::Determiner) && (region || building)) || city)
}

/// "a range of questions from fisheries to tourism to rail": each end and step of a range is a
/// topic, when what stands before "from" names nothing of its own.
fn ranged_items(doc: &Doc, first: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let from = (first..end).find(|&k| marks(doc, k, RANGE_START))?;
    // "temas que van desde X hasta Y", "(los temas que) iban desde X hasta Y": a short
    // relative clause's verb leads to the range.
    let head_end = (first.saturating_sub(1)..from)
        .find(|&k| doc.is(k, Cat::Relative))
        .filter(|&k| k + 3 >= from)
        .map_or(from, |k| k.max(first));
    // "una amplia gama de temas, desde X hasta Y": a comma may set the range off.
    let names_nothing = (first..head_end).all(|k| {
        doc.punct(k, ',')
            || doc.is_any_of(
                k,
                &[
                    Cat::VagueQualifier,
                    Cat::VagueTopic,
                    Cat::PointerHead,
                    Cat::Stop,
                ],
            )
    });
    if !names_nothing {
        return None;
    }
    let mut items = cut_at(from + 1, from + 2..end, end, &|k| {
        marks(doc, k, INFINITIVE_MARKER) || marks(doc, k, RANGE_STEP)
    });
    if items.len() == 1 {
        return None;
    }
    // The last step may be a list of its own ("… to trade and climate").
    let (start, _) = items.pop()?;
    items.extend_from_slice(&lists::items(
        doc,
        start,
        end,
        lists::Joining::WithinPhrases,
    ));
    Some(items)
}

/// The words of a topic that carry its content, cut to their first five letters so "conflict"
/// and "conflicts" agree.
fn content_words(lex: &Lexicon, topic: &str) -> Vec<String> {
    let mut words = Vec::new();
    for w in crate::stages::people::fold(topic)
        .split(|c: char| !crate::text::case::is_letter_or_digit(c))
    {
        if crate::text::char_count(w) > 1 && !lex.is(Cat::Stop, w) {
            let five = w.char_indices().nth(5).map_or(w.len(), |(at, _)| at);
            words.push(w.get(..five).unwrap_or_default().to_string());
        }
    }
    words
}

/// Whether every word of `part` is among the words of `whole` (a topic has a few words: a
/// plain search is quick).
fn is_subset(part: &[String], whole: &[String]) -> bool {
    for w in part {
        if !whole.contains(w) {
            return false;
        }
    }
    true
}

/// Whether sentence `s` may hold topics of the meeting: it reports the meeting, names the
/// agenda, names a principal, or stands in a paragraph that reports the meeting.
fn about_the_meeting(a: &Analysis, s: usize) -> bool {
    let doc = a.doc;
    let sentence = doc.sentence(s);
    // A sentence about an earlier meeting is ruled out ("they last met in Bali, where they
    // discussed X"); one that names a later meeting or a meeting elsewhere is not: such a
    // meeting is agreed or discussed at this one ("agreed to hold two working meetings",
    // "reviewed the deals made at their meeting in November, including on X").
    if a.meeting.previous.contains(&s) {
        return false;
    }
    let mut named = false;
    for k in sentence.range() {
        named = named
            || a.meeting.about_meeting(k)
            || doc.is(k, Cat::AgendaNoun)
            || a.entity_at(k).is_some_and(|e| {
                a.cast
                    .participants
                    .iter()
                    .any(|p| p.entity == e && p.principal)
            });
    }
    let near = a
        .meeting
        .sentences
        .iter()
        .any(|&m| doc.sentence(m).paragraph == sentence.paragraph || m + 1 == s || s + 1 == m);
    named || near
}

/// Topics of the meeting.
pub fn topics(a: &Analysis) -> Vec<AgendaItem> {
    let doc = a.doc;
    let mut topics = Topics {
        a,
        found: Vec::new(),
        words: Vec::new(),
        cut: cut_off_end(doc),
    };
    for (s, sentence) in doc.sentences.iter().enumerate() {
        // Headlines and captions are read too: "leaders discuss trade" names topics there
        // as in the lead.
        if !about_the_meeting(a, s) {
            continue;
        }
        let source = sources::attribution(doc, s);
        fronted_topic(&mut topics, s, &source);
        let mut k = sentence.first;
        while k < sentence.end {
            k = read_at(&mut topics, s, k, &source);
        }
    }
    topics.found
}

/// Where the text stops in mid-sentence: the end of its last sentence when that has no
/// final stop and ends on a lowercase word or a comma (a lead cut off by its publisher). A
/// line of a bulleted list needs no stop ("• barge traffic").
fn cut_off_end(doc: &Doc) -> Option<usize> {
    let last = doc.sentences.last()?;
    let t = doc.tokens.get(last.end.checked_sub(1)?)?;
    let bullet = doc.token(last.first).is_any(&lists::BULLETS);
    (!last.terminated && !bullet && (t.is_lowercase() || t.is(','))).then_some(last.end)
}

/// "On terrorism, the prime minister stressed …" (not "On Monday," nor "On the Russian
/// side,").
fn fronted_topic(topics: &mut Topics, s: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    if !doc.is(sentence.first, Cat::FrontedTopicMarker) {
        return;
    }
    let Some(comma) = lists::find_punct(
        doc,
        sentence.first + 1,
        (sentence.first + 10).min(sentence.end),
        ',',
    ) else {
        return;
    };
    // "On the agenda: X, Y and Z": a heading, its colon before the comma, fronts no topic.
    let circumstance = (sentence.first + 1..comma).any(|k| {
        doc.punct(k, ':')
            || crate::stages::time::date_at(doc, k, None, false).is_some()
            || doc.token(k).kind == crate::text::tokens::Kind::Number
            || doc.is_any_of(k, &[Cat::CircumstanceNoun, Cat::TravelWord])
            || doc.has_phrase(k, Cat::MeetingNoun)
    });
    if !circumstance {
        topics.list(sentence.first + 1, comma, false, source);
    }
}

/// Reads the construction that starts at token `k` of sentence `s`, if any, and returns
/// where to read on.
fn read_at(topics: &mut Topics, s: usize, k: usize, source: &Option<String>) -> usize {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    if let Some(end) = read_agenda_words(topics, s, k, source) {
        return end.max(k + 1);
    }
    if let Some(end) = agreed_obligation(topics, s, k, source) {
        return end;
    }
    if let Some(end) = signed_document(topics, s, k, source) {
        return end;
    }
    // "did not discuss X", "does not cover Y": what a denied cue names was not raised; "el
    // tema de la reunión fue X": a cue whose object is the meeting names it, the head is read.
    if let Some((len, verbs)) =
        cue_at(doc, k).filter(|&(len, _)| !denied(doc, k) && !names_the_meeting(doc, k + len))
    {
        return read_cue(topics, s, k, (k + len, verbs), source);
    }
    if let Some(complement) = predicate_complement(doc, k, sentence.end) {
        return read_predicate(topics, s, k, complement, source);
    }
    // "X was stressed", "los peajes fueron abordados": a participle of a cue or a predicate
    // that takes an object makes a passive.
    if (doc.is(k, Cat::AgendaCue)
        || doc
            .value(k, Cat::TopicPredicate)
            .is_some_and(|takes| takes & OBJECT != 0))
        && ends_as_participle(doc, k)
    {
        passive_subject(topics, sentence.first, k, source);
    }
    if let Some(from) = purpose(doc, k, sentence.end) {
        // "aimed at boosting trade" names verb phrases; "un encuentro … relacionado con el
        // comercio, la inversión" names things.
        let verbs = ends_as_gerund(doc, from)
            || doc.has_phrase(from, Cat::PolicyVerb)
            || (!aims_at(doc, from.saturating_sub(1)) && !aims_at(doc, from.saturating_sub(2)));
        return topics
            .list_to_end(from, sentence.end, verbs, source)
            .max(k + 1);
    }
    handed_office(topics, s, k, source);
    called_important(topics, sentence.first, k, source);
    if let Some(from) = aim_infinitive(doc, k, sentence.end) {
        return topics
            .list_to_end(from, sentence.end, true, source)
            .max(k + 1);
    }
    // "held wide-ranging talks, including on X and Y": members added to talks by the topic's
    // preposition are topics.
    if doc.is(k, Cat::InclusionMarker) && marks(doc, k + 1, TOPIC_PREPOSITION) {
        return topics
            .list_to_end(k + 2, sentence.end, false, source)
            .max(k + 1);
    }
    // "en temas como la pesca, la salud y el turismo", "on issues such as X and Y": a head of
    // topics and its examples.
    if let Some(from) = examples_after(doc, k) {
        // A period glued to the next word ends the examples too ("South.Describing").
        let end = list_end(doc, from, sentence.end);
        let end = lists::find_punct(doc, from, end, '.').unwrap_or(end);
        if from < end {
            topics.list(from, end, false, source);
        }
        return end.max(k + 1);
    }
    // "… listed X, Y and Z as some of the major issues"
    if doc.is(k, Cat::PredicativeMarker)
        && let Some(list_start) = named_as_issues(doc, sentence.first, k)
    {
        topics.list(list_start, k, false, source);
    }
    k + 1
}

/// "the reforms will be instrumental", "this stage of resolving the conflict was crucial", "it
/// is vital to boost trade": what a clause calls important with the adjective at `k` is a
/// topic: the infinitive after the adjective, or else the clause's subject (not the meeting,
/// "the visit was important", nor "what is important"; "the border was calm" names none).
fn called_important(topics: &mut Topics, first: usize, k: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    if !doc.is(k, Cat::ImportanceAdjective) || !lowercase(doc, k) {
        return;
    }
    // "is as vital now as ever"
    let verb = k - usize::from(k > first && doc.is(k - 1, Cat::PredicativeMarker));
    let (start, copula) = verb_group_start(doc, first, verb);
    if !copula {
        return;
    }
    if let Some(from) = infinitive_after(doc, k + 1) {
        topics.list_to_end(from, sentence_end(doc, doc.sentence_index(k)), true, source);
        return;
    }
    let mut subject = passive_subject_start(doc, first, start);
    // "said this stage … was crucial": a verb of speech or agreement before a clause without
    // "that".
    if let Some(verb) = lists::last_where(subject, start, |j| {
        lowercase(doc, j) && doc.is_any_of(j, &[Cat::SpeechVerb, Cat::AgreementVerb])
    }) {
        subject = verb + 1;
    }
    // "this stage of …": a demonstrative before a noun.
    if doc.is(subject, Cat::ProForm) && subject + 1 < start {
        subject += 1;
    }
    // One phrase, not a list: "a free and open Indo-Pacific is essential" (and "a strong,
    // stable and prosperous Pakistan is vital" lists qualities, not topics).
    if subject < start
        && !doc.is(subject, Cat::FusedRelative)
        && !names_the_meeting(doc, subject)
        && lists::find_punct(doc, subject, start, ',').is_none()
    {
        topics.item(subject, start, false, source);
    }
}

/// "Macri traspasará la presidencia pro témpore del Mercosur a Temer", "the hand-over of the
/// group's rotating presidency from Jordan to Lebanon": an office handed over at the meeting
/// (the handover word at `k` of sentence `s`) is a topic of it; the office runs from its
/// possessor and modifiers to before its holders ("from Jordan", "a Temer", "por parte de X").
fn handed_office(topics: &mut Topics, s: usize, k: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let len = doc.phrase_len(k, Cat::HandoverWord);
    if len == 0 {
        return;
    }
    let end = sentence_end(doc, s);
    let clause_mark = |j: usize| doc.token(j).is_any(&[',', ';', ':', '.', '(', ')']);
    let Some(office) = (k + len..(k + len + 8).min(end))
        .take_while(|&j| !clause_mark(j))
        .find(|&j| doc.is(j, Cat::RotatingOffice))
    else {
        return;
    };
    // "AL's rotating presidency", "the pro-tem presidency": back to the article or the
    // preposition before it.
    let mut first = office;
    while first > k + len
        && first + 3 > office
        && !doc.is_any_of(first - 1, &[Cat::Determiner, Cat::Stop])
        && !clause_mark(first - 1)
    {
        first -= 1;
    }
    let holder = |j: usize| {
        clause_mark(j)
            || marks(doc, j, INFINITIVE_MARKER)
            || marks(doc, j, RANGE_START)
            || doc.is_any_of(
                j,
                &[
                    Cat::PassiveAgent,
                    Cat::CopulativeConjunction,
                    Cat::Complementizer,
                    Cat::Relative,
                ],
            )
    };
    let last = (office + 1..end).find(|&j| holder(j)).unwrap_or(end);
    topics.item(first, last, false, source);
}

/// "agreed that river tolls should be lowered", "acordaron que la cooperación debe fortalecerse",
/// "agreed that they must boost X": what a clause of obligation after a verb of agreement at
/// `k` (of sentence `s`) is about. A passive, or a verb without an object, makes its subject
/// the topic; an active verb with an object, the object. Returns where to read on.
fn agreed_obligation(
    topics: &mut Topics,
    s: usize,
    k: usize,
    source: &Option<String>,
) -> Option<usize> {
    let doc = topics.a.doc;
    let end = sentence_end(doc, s);
    // "claimed that both sides must prevent X": a clause of obligation reported is one too (but
    // "noted that the border was calm" names no topic).
    let agreed = doc.phrase_len(k, Cat::AgreementVerb);
    let len = if agreed > 0 {
        agreed
    } else {
        doc.phrase_len(k, Cat::SpeechVerb)
    };
    if len == 0 {
        return None;
    }
    let subject = k + len + 1;
    if !doc.is(k + len, Cat::Complementizer) {
        return None;
    }
    let Some((modal, modal_len)) = (subject..(subject + 10).min(end))
        .take_while(|&j| is_word(doc, j))
        .find_map(|j| {
            let len = doc.phrase_len(j, Cat::DeonticModal);
            (len > 0).then_some((j, len))
        })
    else {
        return if agreed > 0 {
            clause_subject(topics, subject, end, source)
        } else {
            None
        };
    };
    let mut verb = past_adverbials(doc, modal + modal_len);
    // "stated that the group should “integrate into the world …”": a quotation that opens
    // with the verb.
    let quoted = opens_quote(doc, verb);
    verb += usize::from(quoted);
    let small = |j: usize| lowercase(doc, j);
    // "be lowered", "be cut", "ser revisadas": the passive's participle after its auxiliary.
    let passive =
        small(verb + 1) && (ends_as_participle(doc, verb + 1) || doc.is(verb, Cat::Copula));
    verb += usize::from(passive);
    if !small(verb) {
        return None;
    }
    let object_end = list_end(doc, verb + 1, end);
    // "that the money should go to the border": a verb whose complement opens with a
    // preposition has no object to name the topic; its subject does, unless it is a side
    // ("both sides must work towards X") or the words are quoted ("the bloc must “compete
    // in the world …”": what it is to do, in the speaker's words).
    let side_subject = modal > subject
        && doc.is_any_of(
            modal - 1,
            &[Cat::SideNoun, Cat::ParticipantGroup, Cat::PluralSide],
        );
    let intransitive = doc.is(verb + 1, Cat::PhrasePreposition) && !side_subject && !quoted;
    if passive || intransitive || object_end <= verb + 1 {
        if subject < modal {
            topics.list(subject, modal, false, source);
        }
        return Some(verb + 1);
    }
    topics.list(verb, object_end, true, source);
    Some(object_end)
}

/// "agreed that illegal fishing posed a threat", "concluded that the dam project remained vital",
/// "coincidieron en que la pesca ilegal amenaza la región": the subject of a clause after a verb
/// of agreement, from `subject`, is what the clause is about, when it is a common noun
/// phrase (no pronoun, person or name) ending at the clause's verb: a participle, a copula, a
/// modal or an auxiliary, or a word before an article. Returns where to read on.
fn clause_subject(
    topics: &mut Topics,
    subject: usize,
    end: usize,
    source: &Option<String>,
) -> Option<usize> {
    let doc = topics.a.doc;
    let mut verb = subject + usize::from(doc.is(subject, Cat::Determiner));
    while verb < end.min(subject + 8) {
        // "that his government was determined": a side or its people are no topic.
        let t = doc.token(verb);
        if !t.is_lowercase() || doc.is_any_of(verb, &[Cat::SideNoun, Cat::ParticipantGroup]) {
            return None;
        }
        let opens_verb = doc.is_any_of(verb, &[Cat::Copula, Cat::Modal, Cat::Auxiliary])
            || (!doc.is(verb, Cat::Stop)
                && (ends_as_participle(doc, verb) || doc.is(verb + 1, Cat::Determiner)));
        // "que conversaron durante una hora": a clause that opens with its verb (or a
        // preposition) names no subject.
        if verb == subject && (opens_verb || doc.is(verb, Cat::Stop)) {
            return None;
        }
        if opens_verb && !doc.is(verb - 1, Cat::Determiner) {
            topics.list(subject, verb, false, source);
            return Some(verb);
        }
        verb += 1;
    }
    None
}

/// "are expected to sign a river tolls pact", "firmaron el jueves en Quito un «tratado de
/// amistad y cooperación»": a document the verb of signing at `k` (of sentence `s`) takes, named
/// by a noun before it or a genitive after it, is a topic, up to its genitive's end (but "signed
/// the agreement", "a historic deal" name none, and the topics of "a pact on X" are read at its
/// preposition). Returns where to read on: after the document's noun, whose complements may
/// hold cues of their own ("acuerdos en diversos temas como X").
fn signed_document(
    topics: &mut Topics,
    s: usize,
    k: usize,
    source: &Option<String>,
) -> Option<usize> {
    let doc = topics.a.doc;
    if !doc.is(k, Cat::SigningVerb) || doc.token(k).is_capitalized() && !doc.opens_sentence(k) {
        return None;
    }
    let end = sentence_end(doc, s);
    let mut from = past_circumstances(doc, k + 1, end);
    let object_end = list_end(doc, from, end);
    let (noun, len) =
        lists::find_phrase(doc, from, (from + 5).min(object_end), Cat::OutcomeDocument)?;
    // "cerca de 20 acuerdos": a count is no part of the document's name.
    // "signed cooperation agreements": a bare plural names a kind of document, not one
    // signed; an article or a count picks some out.
    let count = lists::last_where(from, noun, |j| doc.is_count(j));
    if count.is_none() && !doc.is(from, Cat::Determiner) {
        return None;
    }
    from = count.map_or(from, |c| c + 1);
    let naming = |j: usize| {
        is_word(doc, j)
            && !doc.is_any_of(
                j,
                &[
                    Cat::Stop,
                    Cat::VagueQualifier,
                    Cat::RoleModifier,
                    Cat::PointerModifier,
                ],
            )
            && !lists::is_adjective(doc, j)
            && !ends_as_participle(doc, j)
    };
    let genitive = doc.is(noun + len, Cat::GenitiveLink);
    // "a pact on Friday" is no pact on a topic.
    let on_topic = marks(doc, noun + len, TOPIC_PREPOSITION) && !names_time(doc, noun + len + 1);
    if !(genitive || (from..noun).any(naming)) || on_topic {
        return None;
    }
    // "tratado de amistad y cooperación con España": the genitive runs to the next preposition.
    let mut last = noun + len;
    if genitive {
        last = (last + 1..object_end)
            .find(|&j| {
                !doc.token(j).is_quote_mark()
                    && (!is_word(doc, j)
                        || doc.is(j, Cat::Stop)
                            && !doc.is_any_of(
                                j,
                                &[
                                    Cat::GenitiveLink,
                                    Cat::CopulativeConjunction,
                                    Cat::Determiner,
                                ],
                            ))
            })
            .unwrap_or(object_end);
    }
    topics.item(from, last, false, source);
    Some(noun + len)
}

/// "the aim of the talks was to boost X", "tuvo como objetivo impulsar X": where the verb
/// phrases of the infinitive that the aim noun at `k` is followed by start, a few words on
/// (an infinitive after its marker, or one that a language marks on the verb).
fn aim_infinitive(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    if !doc.is(k, Cat::AimNoun) {
        return None;
    }
    let bare = |j: usize| small_infinitive(doc, j) && doc.has_phrase(j, Cat::PolicyVerb);
    (k + 1..(k + 9).min(end))
        .take_while(|&j| {
            !doc.token(j).is_any(&[',', ';', ':', '.', '(']) && !doc.token(j).is_quote_mark()
        })
        .find_map(|j| {
            if bare(j) {
                Some(j)
            } else {
                infinitive_after(doc, j)
            }
        })
}

/// Where the examples of the head of topics at `k` start: "temas como X", "diversos temas
/// como X", "issues such as X" (a link that ends in the predicative "como"/"as").
fn examples_after(doc: &Doc, k: usize) -> Option<usize> {
    if !lowercase(doc, k) || !doc.is(k, Cat::ListHead) {
        return None;
    }
    // "asuntos de interés común como X", "issues that matter to both sides, such as Y": the
    // head's own complement may come first, a few small words within the clause.
    for j in k + 1..k + 8 {
        let link = j + usize::from(doc.punct(j, ','));
        if let Some(len) = lists::example_link(doc, link) {
            return Some(link + len);
        }
        if !lowercase(doc, j) || doc.is(j, Cat::CopulativeConjunction) {
            return None;
        }
    }
    None
}

/// Reads the topics the words of an agenda at `k` of sentence `s` place: "X was among the
/// issues", "X was on the agenda", "the agenda included X". Returns the end of a list after
/// the agenda noun, where reading goes on.
fn read_agenda_words(
    topics: &mut Topics,
    s: usize,
    k: usize,
    source: &Option<String>,
) -> Option<usize> {
    let doc = topics.a.doc;
    let position = doc.value(k, Cat::AgendaPosition);
    if position == Some(AMONG_TOPICS) {
        among_topics(topics, s, k, source);
    }
    if position == Some(AGENDA_NOUN) || doc.phrase_len(k, Cat::MeetingNoun) == 1 {
        agenda_subject(topics, s, k, source);
    }
    // "On the table: X", "Sobre la mesa: X".
    if position == Some(AGENDA_NOUN)
        && !doc.is(k, Cat::AgendaNoun)
        && let Some(end) = colon_list(topics, s, k, source)
    {
        return Some(end);
    }
    if doc.is(k, Cat::ListHead) {
        subject_of_topics(topics, s, k, source);
    }
    // "Also on the table were X", "Sobre la mesa estuvieron X": the place of the topics put
    // first, then its copula and the list, as "On the agenda were X".
    let fronted_place = position == Some(AGENDA_NOUN)
        && doc.phrase_len(k + 1, Cat::Copula) > 0
        && agenda_position_before(doc, s, k).is_some_and(|(_, verb)| !verb);
    if doc.is_any_of(k, &[Cat::AgendaNoun, Cat::ListHead])
        || doc.has_phrase(k, Cat::OutcomeDocument)
        || fronted_place
    {
        return agenda_object(topics, s, k, source);
    }
    None
}

/// "X was one of the issues discussed", "X fue el tema principal", "X y Y serán los ejes del
/// encuentro": a head of topics at `head` that a copula links to its subject makes the subject
/// a topic, when the head is picked out (a qualifier, "one of", a participle or a complement
/// after it).
fn subject_of_topics(topics: &mut Topics, s: usize, head: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let first = doc.sentence(s).first;
    let mut lead = head;
    while lead > first && only_counts(doc, lead - 1, Cat::ListHead) && !in_verb_group(doc, lead - 1)
    {
        lead -= 1;
    }
    let (verb, copula) = verb_group_start(doc, first, lead);
    let picked = (lead..head + 2).any(|j| picks_out(doc, j) || doc.value_is(j, Cat::Number, 1))
        || small_participle(doc, head + 1)
        || doc.is(head + 1, Cat::GenitiveLink);
    // "…, and there are many issues where …", "it was one of the issues": a function word for
    // a subject names no topic.
    let empty_subject = verb > first && doc.is(verb - 1, Cat::Stop) && lowercase(doc, verb - 1);
    if !copula
        || !picked
        || verb == first
        || empty_subject
        || doc.any_is(verb - 1..head, Cat::Negation)
    {
        return;
    }
    // "con las tarifas siendo el eje de la reunión": a copula that is no finite verb has its
    // subject after "with".
    let start = if ends_as_verb_form(doc, verb) {
        match comitative_before(doc, first, verb) {
            Some(with) => with + 1,
            None => return,
        }
    } else {
        subject_start(doc, first, verb)
    };
    topics.list(start, verb, false, source);
}

/// Reads the topics of the cue at `k` of sentence `s`, whose list starts at `from` (verb
/// phrases when `verbs`): the list after it ("discussed X and Y"), or after ", including"
/// when the cue ends its clause, and the subject of a passive cue ("X was discussed").
/// Returns where to read on.
fn read_cue(
    topics: &mut Topics,
    s: usize,
    k: usize,
    (from, verbs): (usize, bool),
    source: &Option<String>,
) -> usize {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    // "Discussions centred on: X; Y", "centred on:" and a line per item: the list after the
    // colon.
    let from = from + usize::from(doc.punct(from, ':'));
    if from >= sentence.end {
        list_lines(topics, s, verbs, source);
        return k + 1;
    }
    let end = list_end(doc, from, sentence.end);
    // "focused on three key areas: X, Y and Z", "se centrará en tres ejes: X, Y y Z": a head
    // that only counts the topics, and the list after the colon.
    let counts_only = (from..end).all(|j| only_counts(doc, j, Cat::ListHead));
    let examples = counts_only
        .then(|| (from..end).find_map(|j| examples_after(doc, j)))
        .flatten();
    if from < end && counts_only && lines_after_colon(topics, s, end, verbs, source) {
        return k + 1;
    }
    let (from, end) = if from < end && counts_only && doc.punct(end, ':') {
        (end + 1, object_end(doc, end + 1, sentence.end))
    } else if let Some(examples) = examples {
        // "conversaron sobre asuntos que interesan a ambos países como X": the examples.
        (examples, list_end(doc, examples, sentence.end))
    } else {
        (from, end)
    };
    // "reviewed the bilateral agenda, which includes X": an object that is the agenda is read
    // as one, and reading goes on at its noun, whose relative clause lists what it holds.
    let of_agenda = |j: usize| {
        doc.is_any_of(
            j,
            &[
                Cat::AgendaNoun,
                Cat::VagueQualifier,
                Cat::Stop,
                Cat::Determiner,
            ],
        )
    };
    let phrase_end = (from..end).find(|&j| !of_agenda(j)).unwrap_or(end);
    let relative_after = (doc.punct(phrase_end, ',') && starts_relative(doc, phrase_end + 1))
        || starts_relative(doc, phrase_end);
    let agenda_noun =
        lists::find_word(doc, from, phrase_end, Cat::AgendaNoun).filter(|_| relative_after);
    // "the issues that were discussed included X": the participle has no object.
    let verb_follows = lists_members(doc, past_adverbials(doc, from));
    if from < end && !doc.punct(from, ',') && !verb_follows {
        topics.list(from, end, verbs, source);
        if let Some(noun) = agenda_noun {
            return noun.max(k + 1);
        }
    } else if doc.punct(from, ',') && doc.has_phrase(from + 1, Cat::InclusionMarker) {
        // "were also discussed, including X, Y and Z", "several issues, among them X and Y"
        topics.list_to_clause_end(from + 1, sentence.end, source);
    }
    if k >= 2 && ends_as_participle(doc, k) && doc.is(k, Cat::AgendaCue) {
        passive_subject(topics, sentence.first, k, source);
    }
    // "hablaron de la oportunidad que representa X y de la buena relación": past the relative
    // clause that ends the list, "and" and the cue's preposition again go on with it.
    if starts_relative(doc, end) && from > k && doc.is(from - 1, Cat::Stop) {
        let again = (end + 1..sentence.end)
            .take_while(|&j| !doc.token(j).is_any(&['.', ';', ':']))
            .find(|&j| {
                doc.is(j, Cat::CopulativeConjunction) && doc.lower(j + 1) == doc.lower(from - 1)
            });
        if let Some(j) = again {
            return topics.list_to_end(j + 2, sentence.end, verbs, source);
        }
    }
    end.max(k + 1)
}

/// "Discussions centred on:" and a line per item ("• maritime security;", "- energy trade.",
/// "1. border management;", "2) fisheries."): the items of the lines marked as a list's that
/// follow sentence `s`.
fn list_lines(topics: &mut Topics, s: usize, verbs: bool, source: &Option<String>) {
    let doc = topics.a.doc;
    let mut n = s + 1;
    while n < doc.sentences.len() {
        let line = doc.sentence(n);
        let first = line.first;
        let bullet = doc.token(first).is_any(&lists::BULLETS);
        let numbered =
            doc.token(first).kind == Kind::Number && doc.token(first + 1).is_any(&['.', ')']);
        if !(bullet || numbered) || !doc.token(first).line_before {
            break;
        }
        let mut start = first + if numbered { 2 } else { 1 };
        let mut end = line.end;
        // "1." may close a sentence of its own: the item is the next one, on its line.
        if start >= end && n + 1 < doc.sentences.len() {
            n += 1;
            let item = doc.sentence(n);
            if doc.token(item.first).line_before {
                break;
            }
            (start, end) = (item.first, item.end);
        }
        while end > start + 1 && doc.token(end - 1).is_any(&[';', '.', ',']) {
            end -= 1;
        }
        topics.list(start, end, verbs, source);
        n += 1;
    }
}

/// Reads the topics of the complement of the topic predicate at `k` of sentence `s`, which
/// starts at `from` (verb phrases when `verbs`): "stressed the need for X", "urged Y to
/// ease Z". Returns where to read on.
fn read_predicate(
    topics: &mut Topics,
    s: usize,
    k: usize,
    (from, verbs): (usize, bool),
    source: &Option<String>,
) -> usize {
    let doc = topics.a.doc;
    let end = list_end(doc, from, sentence_end(doc, s));
    // "explore areas of cooperation in trade, security and …": a cue inside the first
    // item reads the list more closely.
    let first_item = lists::find_punct(doc, from, end, ',').unwrap_or(end);
    // So do examples after a head ("enfrentar desafíos como el cambio climático").
    if (from + 1..first_item).any(|j| cue_at(doc, j).is_some() || examples_after(doc, j).is_some())
    {
        return k + 1;
    }
    if from < end && !names_the_meeting(doc, from) {
        topics.list(from, end, verbs, source);
    }
    end.max(k + 1)
}

/// Where a verb's object starts from `k` (before `end`), past the adverbials, the date and the
/// place set between them ("celebraron el 13/09/2023 en Lima la cumbre", "firmaron este jueves
/// en Quito un tratado", "signed on Friday in Oslo a pact").
fn past_circumstances(doc: &Doc, k: usize, end: usize) -> usize {
    // Adverbials come first: one after the date may open a phrase of its own ("este viernes en la
    // reunión celebrada en X").
    let mut k = past_adverbials(doc, k);
    loop {
        // "el 14 de abril", "on 14/04/2023": the article or preposition before a date.
        let day = k + usize::from(doc.is(k, Cat::Stop));
        if let Some(date) = crate::stages::time::date_at(doc, day, None, false)
            .filter(|d| d.first == day && d.end < end)
        {
            k = date.end;
        } else if let Some((len, _)) = doc.phrase_at(k, Cat::PastPeriod) {
            // "last month", "la semana pasada": a period no date names.
            k += len;
        } else if doc.value_is(k, Cat::PlacePreposition, 0)
            && let Some(place) = doc.name_starting(k + 1).filter(|m| m.end < end)
        {
            k = place.end;
        } else {
            return k;
        }
    }
}

/// "celebraron su primera cumbre", "hailed the summit", "celebraron el 13/09/2023 en Lima el
/// Foro X": a complement headed by a meeting noun names the meeting, not a topic of it (but "the
/// summit's agenda", "la agenda de la cumbre").
fn names_the_meeting(doc: &Doc, from: usize) -> bool {
    let mut head = past_circumstances(doc, from, doc.tokens.len());
    // "hailed the ministerial dialogue": adjectives before the noun too.
    while doc.is_any_of(
        head,
        &[Cat::Determiner, Cat::RoleModifier, Cat::VagueQualifier],
    ) || lists::is_adjective(doc, head)
    {
        head += 1;
    }
    doc.is(head, Cat::MeetingNoun)
        && !doc.is(head + 1, Cat::GenitiveLink)
        && !doc.is_possessive(head + 1)
}

/// Where the list of a cue's or predicate's complement starting at `from` ends: at the end
/// of its clause, at the clause's verb, or where another cue takes over ("reviewed X and
/// exchanged views on Y"), whose own topics are read next.
fn list_end(doc: &Doc, from: usize, limit: usize) -> usize {
    let clause = object_end(doc, from, limit);
    (from + 1..clause)
        .find(|&j| {
            let next_cue = lists::list_mark(doc, j)
                && (cue_at(doc, j + 1).is_some()
                    || predicate_complement(doc, j + 1, limit).is_some());
            // "issues of regional trade were also discussed": the noun phrase ends at the
            // clause's passive verb.
            // "… the border and resolved to work for calm": "and" and a verb with its own
            // complement start a new predicate.
            let next_verb = doc.is(j, Cat::CopulativeConjunction)
                && small_participle(doc, j + 1)
                && (doc.is(j + 2, Cat::Determiner) || marks(doc, j + 2, INFINITIVE_MARKER));
            // "the talks on X lasted an hour", "la disputa por X dominó las conversaciones": a
            // verb in the past with its object, right after a noun, is the clause's own verb
            // (but "el comunicado publicado este lunes" dates a participle, "asuntos vinculados
            // al comercio" links one, "ha sido" is a verb group of its own, "what officials
            // called X" a relative clause, and a verb of topics, "X, leaders stressed Y", is
            // left to the item's check for a clause).
            let own_verb = is_word(doc, j - 1)
                && !doc.is(j - 1, Cat::Determiner)
                && !in_verb_group(doc, j - 1)
                && small_participle(doc, j)
                && ((doc.is(j + 1, Cat::Determiner) && !doc.is(j + 1, Cat::PhrasePreposition))
                    || doc.is_count(j + 1))
                && !doc.any_is(from..j, Cat::FusedRelative)
                && !doc.any_phrase(from..j, Cat::Relative)
                && crate::stages::time::date_at(doc, j + 1, None, false).is_none()
                && cue_at(doc, j).is_none()
                && predicate_complement(doc, j, limit).is_none();
            // "abordarán X y se emitirá un pronunciamiento", "reviewed X and they will sign
            // Y": "and" before a clitic, a modal or a subject pronoun opens a new clause.
            let new_clause = doc.is(j, Cat::CopulativeConjunction)
                && lowercase(doc, j + 1)
                && doc.is_any_of(
                    j + 1,
                    &[
                        Cat::VerbClitic,
                        Cat::Modal,
                        Cat::PronounThey,
                        Cat::PronounHe,
                        Cat::PronounShe,
                    ],
                );
            // "put the issue of X (firmly) on the table": the place on the agenda ends the
            // object.
            let place = past_adverbials(doc, j);
            let len = doc.phrase_len(place, Cat::AgendaPosition);
            let on_agenda = len > 0 && {
                let noun = place + len + usize::from(doc.is(place + len, Cat::Determiner));
                is_agenda_noun(doc, noun)
            };
            // "X, Y y Z, entre otros temas": the items left unnamed close the list.
            let others = doc.punct(j, ',') && doc.has_phrase(j + 1, Cat::OthersMarker);
            // "talks on X took place over lunch": the verb of occurring is the clause's.
            let occurs = is_word(doc, j - 1) && doc.has_phrase(j, Cat::OccurrenceVerb);
            // "reviewed the agenda with a focus on energy": a cue after "with" reads its own.
            let focus = doc.is(j, Cat::ItemIntroducer)
                && (j + 1..(j + 4).min(clause)).any(|t| cue_at(doc, t).is_some());
            next_cue
                || own_verb
                || new_clause
                || on_agenda
                || focus
                || next_verb
                || others
                || occurs
                || passive_group_at(doc, j)
        })
        .unwrap_or(clause)
}

/// Whether token `k` belongs to a verb group before its main verb: a copula, modal,
/// auxiliary, adverb or the infinitive's "to" ("is expected to be", "will also be").
fn in_verb_group(doc: &Doc, k: usize) -> bool {
    doc.is_any_of(k, &[Cat::Copula, Cat::Modal, Cat::Auxiliary, Cat::Adverbial])
        // "la agenda va a incluir X": an auxiliary of more than one word.
        || doc.has_phrase(k, Cat::Auxiliary)
        || marks(doc, k, INFINITIVE_MARKER)
}

/// Whether a passive verb group starts at `k`: auxiliaries, modals and a copula before a
/// participle ("were discussed", "had been raised", "will be reviewed").
fn passive_group_at(doc: &Doc, mut k: usize) -> bool {
    let mut copula = false;
    while doc.is_any_of(k, &[Cat::Copula, Cat::Modal, Cat::Auxiliary]) {
        copula |= doc.is(k, Cat::Copula);
        k += 1;
    }
    copula && passive_participle_after(doc, k)
}

/// Whether a participle follows at `k`, maybe after adverbials: "(were) also discussed".
fn passive_participle_after(doc: &Doc, k: usize) -> bool {
    small_participle(doc, past_adverbials(doc, k))
}

/// Where the clause holding a list from `from` ends, reading through quotation marks that
/// open inside it ("discussed issues including “energy policy, defence and space”") or
/// close an item of it.
fn object_end(doc: &Doc, from: usize, limit: usize) -> usize {
    let mut k = from;
    loop {
        let end = lists::clause_end(doc, k, limit);
        // "'flood relief' and rail freight": a quotation closed inside the list goes on.
        // "the 'canal first' policy": so does the noun the quoted words qualify.
        let list_goes_on = doc.token(end).is_quote_mark()
            && (doc.is(end + 1, Cat::CopulativeConjunction)
                || doc.punct(end + 1, ',')
                || (lowercase(doc, end + 1)
                    && !doc.is_any_of(end + 1, &[Cat::Stop, Cat::SpeechVerb])));
        // "the Japan-U.S. alliance": a period written inside a word ends nothing.
        let inside_word =
            doc.punct(end, '.') && !doc.token(end + 1).space_before && is_word(doc, end + 1);
        // "reanudar «lo antes posible» las obras": an adverbial quoted inside the clause.
        let adverbial_closes =
            (end.saturating_sub(6)..end).any(|o| quoted_adverbial_end(doc, o) == Some(end + 1));
        // "energy (gas and power lines) and migration": a bracket inside an item, the list
        // going on after it.
        k = match bracket_end(doc, end, limit) {
            Some(close) if lists::list_mark(doc, close + 1) => close + 1,
            _ if end + 1 < limit
                && (opens_quote(doc, end) || list_goes_on || inside_word || adverbial_closes) =>
            {
                end + 1
            }
            _ => return end,
        };
    }
}

/// Where the bracket opened at `k` closes, a few words on and before `limit`.
fn bracket_end(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    if !doc.punct(k, '(') {
        return None;
    }
    lists::find_punct(doc, k + 1, (k + TOPIC_WORDS).min(limit), ')')
}

/// A quotation mark that opens a quotation: written against the word after it and apart
/// from the word before it.
fn opens_quote(doc: &Doc, k: usize) -> bool {
    let t = &doc.token(k);
    let next_attached = is_word(doc, k + 1) && !doc.token(k + 1).space_before;
    let apart = k == 0 || t.space_before || !is_word(doc, k - 1);
    t.is_quote_mark() && next_attached && apart
}

/// Whether the verb at `k` is denied: a negation shortly before it in its clause ("did not
/// discuss"; not "members, not permanent, agreed").
fn denied(doc: &Doc, k: usize) -> bool {
    let mut j = k;
    while j > k.saturating_sub(3) && !doc.punct(j - 1, ',') {
        j -= 1;
        if doc.is(j, Cat::Negation) {
            return true;
        }
    }
    false
}

/// How many words before a relative word the attribution whose source it describes may stand
/// ("según una fuente de la presidencia que …").
const SOURCE_REACH: usize = 8;

/// The complement of the topic predicate at `k` ("stressed the need for X", "tensions
/// over X", "keen to strengthen X", "urged Washington to ease X"): where its topics start
/// and whether they are verb phrases.
fn predicate_complement(doc: &Doc, k: usize, end: usize) -> Option<(usize, bool)> {
    let (len, takes) = doc.phrase_at(k, Cat::TopicPredicate)?;
    // "he did not mention X", "no mencionó X": what a denied predicate names was not raised.
    // "met amid tensions over X", "en medio de tensiones por X": a subordinator right before
    // the predicate (or its adjective) makes it the setting of the talks, not their topic.
    let subordinator_ends_at =
        |e: usize| (e.saturating_sub(3)..e).any(|j| doc.phrase_len(j, Cat::Subordinator) == e - j);
    let setting = subordinator_ends_at(k)
        || (k > 0 && lists::is_adjective(doc, k - 1) && subordinator_ends_at(k - 1));
    // "según una fuente que pidió el anonimato", "according to an official who asked for
    // anonymity": a relative clause that describes the source of an attribution tells of the
    // source, not of the talks.
    let of_source = k >= 1
        && doc.has_phrase(k - 1, Cat::Relative)
        && (k.saturating_sub(SOURCE_REACH)..k - 1)
            .take_while(|&j| !doc.punct(j, '.'))
            .any(|j| doc.has_phrase(j, Cat::Attribution) && doc.token(j).is_lowercase());
    if denied(doc, k) || setting || of_source {
        return None;
    }
    // "…, stressed the minister.", "…», destacó la agencia Yonhap": a speech verb after what
    // it reports has its subject after it, not its object.
    let after_report = k > 0 && (doc.punct(k - 1, ',') || doc.token(k - 1).is_quote_mark());
    let subject_closes = (doc.is(k + len, Cat::Determiner) || doc.token(k + len).is_capitalized())
        && (k + len..(k + len + 10).min(doc.tokens.len()))
            .take_while(|&j| !doc.punct(j, ','))
            .any(|j| doc.punct(j, '.'));
    if after_report && subject_closes && doc.is(k, Cat::SpeechVerb) {
        return None;
    }
    let mut j = past_adverbials(doc, k + len);
    // "called for “closer barge cooperation”": a complement in quotation marks.
    if opens_quote(doc, j) {
        j += 1;
    }
    if j >= end {
        return None;
    }
    if takes & INFINITIVE != 0
        && let Some(verb) = infinitive_after(doc, j)
    {
        return Some((verb, true));
    }
    if takes & OBJECT_INFINITIVE != 0
        && let Some(to) = shortly_after(doc, j, end, &|t| opens_infinitive(doc, t))
    {
        return infinitive_after(doc, to).map(|verb| (verb, true));
    }
    let marker = doc.value(j, Cat::ComplementMarker);
    // "congratulated Prague on its port plan", "briefed the president on X"; "thanked Prague
    // for opening the market to X": a gerund with an object of its own (not "for the warm
    // welcome", "for hosting the summit", "for inviting him").
    if takes & (OBJECT_PREPOSITIONAL | OBJECT_PREPOSITIONAL_GERUND) != 0
        && let Some(p) = shortly_after(doc, j, end, &|t| marks(doc, t, TOPIC_PREPOSITION))
        && (takes & OBJECT_PREPOSITIONAL != 0
            || (small_gerund(doc, p + 1)
                && doc.is(p + 2, Cat::Determiner)
                && !names_the_meeting(doc, p + 2)))
    {
        return Some((p + 1, false));
    }
    if takes & PREPOSITIONAL != 0 && marker == Some(TOPIC_PREPOSITION) {
        return Some((j + 1, false));
    }
    // "expressed support for X", "voiced their concern over Y": a verb of expression names a
    // topic only through an attitude that points at it (not "expressed thanks").
    if takes & POINTING_OBJECT != 0 && doc.any_phrase(j..j + 2, Cat::PointerHead) {
        return Some((j, false));
    }
    // The object is a noun phrase: an article or a content word, not a clause ("noted that
    // …") nor a pronoun, but for a name given ("examined what X called Y").
    let j = past_naming(doc, j, end);
    let verb_follows = lists_members(doc, j);
    let object = is_word(doc, j)
        && marker.is_none()
        && !verb_follows
        && (doc.is_any_of(j, &[Cat::Determiner, Cat::MannerQuestion]) || !doc.is(j, Cat::Stop));
    (takes & OBJECT != 0 && object).then_some((j, false))
}

/// The first token where `found` holds in the few words after the object at `j` ("urged
/// *Prague* to", "briefed *the president* on"), before a comma or a quotation mark.
fn shortly_after(doc: &Doc, j: usize, end: usize, found: &impl Fn(usize) -> bool) -> Option<usize> {
    (j + 1..(j + 8).min(end))
        .take_while(|&t| !doc.punct(t, ',') && !doc.token(t).is_quote_mark())
        .find(|&t| found(t))
}

/// "to" and a verb of policy after it: an infinitive whose object is a topic ("to boost
/// trade").
fn opens_infinitive(doc: &Doc, k: usize) -> bool {
    infinitive_after(doc, k).is_some()
}

/// Where the words after the infinitive's marker at `k` start ("to boost trade", "con el fin
/// de impulsar X": the marker may be a phrase), when a verb of policy follows it.
fn infinitive_after(doc: &Doc, k: usize) -> Option<usize> {
    let len = match doc.phrase_at(k, Cat::ComplementMarker) {
        Some((len, INFINITIVE_MARKER)) => len,
        _ => usize::from(marks(doc, k, INFINITIVE_MARKER)),
    };
    if len == 0 {
        return None;
    }
    let j = past_adverbials(doc, k + len);
    doc.has_phrase(j, Cat::PolicyVerb).then_some(k + len)
}

/// "leaders met in Vienna on Friday (May 9) to seek X and tackle Y": a meeting reported
/// with its purpose, an infinitive after the places and times of the clause. Returns where
/// the infinitive's verb phrases start.
fn purpose(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let len = match doc.phrase_len(k, Cat::MeetingVerb) {
        0 => doc.phrase_len(k, Cat::MeetingNoun),
        len => len,
    };
    if len == 0 {
        return None;
    }
    // "una reunión con su homólogo, Nasser Bourita, en París para X": a name set off by commas
    // is no break.
    let mut apposition = 0..0;
    let to = (k + len..(k + len + 20).min(end))
        .take_while(|&t| {
            let token = &doc.token(t);
            if token.is(',')
                && !apposition.contains(&t)
                && let Some(close) = lists::find_punct(doc, t + 2, (t + 6).min(end), ',')
                && (t + 1..close).all(|j| doc.token(j).is_capitalized())
            {
                apposition = t..close + 1;
            }
            apposition.contains(&t)
                || !token.is_any(&[',', ';', ':', '.']) && !token.is_quote_mark()
        })
        // "the summit, scheduled to take place", "the visit has offered us an opportunity
        // to …": another verb takes the infinitive, not the meeting.
        .take_while(|&t| {
            !doc.is_any_of(t, &[Cat::Auxiliary, Cat::Modal, Cat::Copula])
                || opens_infinitive(doc, t)
        })
        .find(|&t| opens_infinitive(doc, t) || aims_at(doc, t))?;
    if aims_at(doc, to) {
        return Some(to + doc.phrase_len(to, Cat::PointerLink));
    }
    infinitive_after(doc, to)
}

/// "talks aimed at boosting trade", "a meeting designed to ease tensions": a participle
/// linking a meeting to its aim.
fn aims_at(doc: &Doc, k: usize) -> bool {
    doc.phrase_len(k, Cat::PointerLink) > 1 && ends_as_participle(doc, k)
}

/// "X, Y and Z were (also) on the agenda", "X will be high on the agenda", "X is expected to
/// top the agenda", "X will be on the table", "X dominated the talks": the subject of a clause
/// that puts it on the agenda at token `agenda`.
fn agenda_subject(topics: &mut Topics, s: usize, agenda: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    // Headlines leave out articles and copulas: "Gas storage on agenda as …".
    let headline = !sentence.terminated;
    let Some((position, is_verb)) = agenda_position_before(doc, s, agenda) else {
        return;
    };
    // The verb group before the position: auxiliaries, modals, adverbs and, unless the
    // position is a verb itself ("topped"), a copula.
    // "X featured (prominently) on the agenda", "X was placed on it": a verb of placement
    // right before the position links its subject there as a copula does.
    let mut placement = position;
    while placement > sentence.first && doc.has_phrase(placement - 1, Cat::Adverbial) {
        placement -= 1;
    }
    let placed = placement > sentence.first + 1 && doc.is(placement - 1, Cat::PlacementVerb);
    let (verb, linked) = if placed {
        (verb_group_start(doc, sentence.first, placement - 1).0, true)
    } else {
        verb_group_start(doc, sentence.first, position)
    };
    let copula = linked || is_verb || headline;
    // "with the group's expansion being at the top of the agenda", "with X expected to be on
    // it": a gerund or a participle links no clause of its own, the subject stays after "with".
    let finite = linked && !ends_as_verb_form(doc, verb);
    // A verb of position after a noun's "with" has the noun for its subject ("The dispute with
    // Brazil topped the agenda"); only a "with" that opens a clause leads one ("…, with trade
    // topping the agenda").
    let opens_clause = |with: usize| {
        !is_verb
            || with == sentence.first
            || doc.token(with - 1).kind == crate::text::tokens::Kind::Punct
    };
    if let Some(with) =
        comitative_before(doc, sentence.first, verb).filter(|&with| !finite && opens_clause(with))
    {
        // "… gathered with water sharing and transport at the top of the agenda": a clause
        // without a verb after "with" puts its subject there.
        topics.list(with + 1, verb, false, source);
    } else if !copula || (verb == position && !is_verb && !headline) {
        // "the leaders put X on the agenda": a verb of placement a few words before the
        // position places its object there.
        let Some(put) = (placement.saturating_sub(8).max(sentence.first)..placement)
            .rev()
            .take_while(|&j| is_word(doc, j))
            .find(|&j| doc.is(j, Cat::PlacementVerb))
            .filter(|&put| put + 1 < placement)
        else {
            return;
        };
        topics.list(put + 1, placement, false, source);
    } else {
        let start = subject_start(doc, sentence.first, verb);
        // "Los mandatarios encabezaron el encuentro", "The two leaders dominated the talks":
        // people lead a meeting, they are no topic of it.
        let head = start + usize::from(doc.is(start, Cat::Determiner));
        let people = doc.role_at(head).is_some()
            || topics.a.entity_at(head).is_some()
            || doc.is_any_of(head, &[Cat::LeaderGroup, Cat::Number]);
        if !people {
            topics.list(start, verb, false, source);
        }
    }
    let mut after = agenda + 1;
    if doc.is(after, Cat::GenitiveLink) {
        after += 1 + usize::from(doc.is(after + 1, Cat::DefiniteArticle)) + 1;
    }
    // "También figuraron en la agenda X y Y": a clause that opens with its verb has its
    // subject after the place on the agenda.
    if copula && subject_start(doc, sentence.first, verb) == verb && after < sentence.end {
        topics.list_to_clause_end(after, sentence.end, source);
        return;
    }
    if let Some((from, to)) = continuation(doc, s, after) {
        topics.list(from, to, false, source);
        if let Some(item) = sensitive(topics.a, from) {
            topics.keep(item);
        }
    }
}

/// The "with" that opens a clause without a verb ending at `end` ("with trade and transport
/// at the top of the agenda"), back to `first` at most and over no clause break.
fn comitative_before(doc: &Doc, first: usize, end: usize) -> Option<usize> {
    let mut k = end;
    while k > first && k + TOPIC_WORDS * 2 > end {
        k -= 1;
        let t = doc.token(k);
        if t.is_any(&[';', ':', '(', ')']) || t.is_quote_mark() || doc.is(k, Cat::Complementizer) {
            return None;
        }
        if doc.is(k, Cat::Comitative) {
            return (k + 1 < end).then_some(k);
        }
    }
    None
}

/// The agenda position that puts a topic on the agenda (or meeting) noun at `agenda` of
/// sentence `s`, right before its article ("on the agenda", "topped the agenda"; in a
/// headline, "on agenda"): where it starts, and whether it is a verb ("topped").
fn agenda_position_before(doc: &Doc, s: usize, agenda: usize) -> Option<(usize, bool)> {
    let sentence = doc.sentence(s);
    let headline = !sentence.terminated;
    // "the theme of this year's Danube summit": a possessor may stand between the position and
    // the noun, with a name before the noun; otherwise an article does.
    let possessive = |j: usize| doc.is_possessive(j);
    // "el tema principal del encuentro": a position may end in an article fused with its
    // genitive.
    let fused = |a: usize| doc.is(a - 1, Cat::GenitiveLink) && doc.is(a - 1, Cat::Determiner);
    let article_at = |a: usize| {
        (a == agenda && (headline || fused(a)))
            || (a < agenda
                && a > sentence.first
                && (a..agenda).all(|j| possessive(j) || is_word(doc, j))
                && ((a + 1 == agenda && doc.is(a, Cat::Determiner)) || (a..agenda).any(possessive)))
    };
    let (position, is_verb, article) = (agenda.saturating_sub(9).max(sentence.first)..agenda)
        .find_map(|p| {
            doc.phrase_at(p, Cat::AgendaPosition)
                .filter(|&(len, _)| article_at(p + len))
                .map(|(len, value)| (p, value == 1, p + len))
        })?;
    // "Trade dominated the talks", "Trade was at the heart of the talks": a meeting, not an
    // agenda, takes only the verbs and the places of which it is the complement.
    let of_meeting = doc.is(article - 1, Cat::GenitiveLink);
    if !is_verb && !of_meeting && !is_agenda_noun(doc, agenda) {
        return None;
    }
    Some((position, is_verb))
}

/// Where the verb group that ends before `verb` starts, back to `first` at most: copulas,
/// modals, auxiliaries, adverbs and the infinitive's "to" ("is expected to be"); and
/// whether a copula is among them.
fn verb_group_start(doc: &Doc, first: usize, verb: usize) -> (usize, bool) {
    let mut k = verb;
    let mut copula = false;
    while k > first && in_verb_group(doc, k - 1) {
        copula |= doc.is(k - 1, Cat::Copula);
        k -= 1;
    }
    (k, copula)
}

/// "Trade and security were among the issues discussed", "X will be among the main topics":
/// the subject of a copula that puts it among topics, at `among`.
fn among_topics(topics: &mut Topics, s: usize, among: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    let mut head = among + 1 + usize::from(doc.is(among + 1, Cat::Determiner));
    while doc.is(head, Cat::VagueQualifier) && !doc.is(head, Cat::ListHead) {
        head += 1;
    }
    if !doc.is_any_of(head, &[Cat::ListHead, Cat::VagueTopic]) {
        return;
    }
    let (verb, copula) = verb_group_start(doc, sentence.first, among);
    if copula && verb > sentence.first {
        let start = subject_start(doc, sentence.first, verb);
        topics.list(start, verb, false, source);
    } else if verb == sentence.first {
        // "Among the issues discussed were X", "Entre los temas prioritarios se encuentran
        // X": the place opens the sentence and the list follows its verb.
        let linked = (head + 1..(head + 8).min(sentence.end))
            .take_while(|&j| !doc.punct(j, ',') && !doc.token(j).is_capitalized())
            .find_map(|j| {
                let len = match doc.phrase_len(j, Cat::Copula) {
                    0 => doc.phrase_len(j, Cat::InclusionVerb),
                    len => len,
                };
                (len > 0).then_some(j + len)
            });
        if let Some(after) = linked {
            topics.list_to_clause_end(past_adverbials(doc, after), sentence.end, source);
        }
    }
}

/// "On the agenda: X, Y and Z", "En la agenda: X", "Sobre la mesa: X": a colon after the
/// agenda's noun at `noun` lists it, maybe past a time, a participle and a copula ("On the
/// agenda today:", "Entre los temas abordados estuvieron:"). Returns the list's end.
fn colon_list(
    topics: &mut Topics,
    s: usize,
    noun: usize,
    source: &Option<String>,
) -> Option<usize> {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    let mut colon = noun + 1;
    while colon < (noun + 5).min(sentence.end)
        && (doc.is_any_of(colon, &[Cat::Stop, Cat::TimeNoun, Cat::Weekday])
            || doc.has_phrase(colon, Cat::RelativeDay)
            || small_participle(doc, colon)
            || in_verb_group(doc, colon))
        && !doc.is(colon, Cat::Negation)
        && doc.token(colon).kind != Kind::Punct
    {
        colon += 1;
    }
    if lines_after_colon(topics, s, colon, false, source) {
        return Some(colon + 1);
    }
    doc.punct(colon, ':')
        .then(|| topics.list_to_clause_end(colon + 1, sentence.end, source))
}

/// "The leaders discussed the following issues:", "La agenda incluyó:" and a line per item:
/// a colon at `colon` that ends sentence `s` lists the lines after it. Whether it did.
fn lines_after_colon(
    topics: &mut Topics,
    s: usize,
    colon: usize,
    verbs: bool,
    source: &Option<String>,
) -> bool {
    let doc = topics.a.doc;
    let ends = doc.punct(colon, ':') && colon + 1 >= doc.sentence(s).end;
    if ends {
        list_lines(topics, s, verbs, source);
    }
    ends
}

/// "On the agenda were X", "the main agenda being X", "Friday's agenda features X",
/// "topics on the agenda of the meeting also included X": the list a copula or a verb of
/// inclusion gives the agenda at token `agenda`. Returns the list's end.
fn agenda_object(
    topics: &mut Topics,
    s: usize,
    agenda: usize,
    source: &Option<String>,
) -> Option<usize> {
    let doc = topics.a.doc;
    let sentence = doc.sentence(s);
    // "… agenda of the talks also included": a short phrase after the noun.
    // "the agreement includes X": a document lists its contents with a verb of inclusion (but
    // "the deal was a success"); the topics list theirs as the agenda does, with a copula too
    // ("other topics included X", "the main topic of the talks was Y", "los temas abordados
    // incluyeron Z").
    let len = doc.phrase_len(agenda, Cat::OutcomeDocument);
    let document = len > 0;
    let agenda = agenda + len.max(1) - 1;
    if !document && let Some(end) = colon_list(topics, s, agenda, source) {
        return Some(end);
    }
    // ", which includes", ", que incluye": a relative clause on the noun lists it too.
    let relative_comma = |j: usize| doc.punct(j, ',') && starts_relative(doc, j + 1);
    // "the agenda of Monday's talks included": a day's possessive in the noun's phrase.
    let possessive = |j: usize| doc.is_possessive(j) && doc.is(j - 1, Cat::Weekday);
    let verb = (agenda + 1..(agenda + 7).min(sentence.end))
        .take_while(|&j| is_word(doc, j) || relative_comma(j) || possessive(j))
        .find(|&j| {
            if document {
                doc.is(j, Cat::InclusionVerb)
            } else {
                lists_members(doc, j)
            }
        })?;
    // Between the noun and its verb: function words, adverbials, auxiliaries, the relative
    // opening a clause on the noun, and qualifiers of the agenda ("la agenda bilateral incluirá").
    let between_ok = (agenda + 1..verb).all(|j| {
        doc.is_any_of(j, &[Cat::Stop, Cat::Relative, Cat::VagueQualifier])
            || in_verb_group(doc, j)
            || relative_comma(j)
            || possessive(j)
            || possessive(j + 1)
            || doc.is(j, Cat::MeetingNoun)
            || lowercase(doc, j) && doc.is(agenda + 1, Cat::PointerLink)
            || small_participle(doc, j)
    });
    // "el acuerdo no incluye ninguna mención a X", "the theme is not X": a denied inclusion
    // lists nothing.
    let denied = doc.any_is(agenda + 1..verb + 2, Cat::Negation);
    if !between_ok || denied {
        return None;
    }
    // "the agenda is expected to include X": the verb of inclusion after the raising words.
    let mut next = verb + 1;
    while next < sentence.end && in_verb_group(doc, next) {
        next += 1;
    }
    let verb = if doc.is(next, Cat::InclusionVerb) {
        next
    } else {
        verb
    };
    let from = past_adverbials(doc, verb + 1);
    // "The agenda included:", "En la agenda figuran los siguientes puntos:": the lines after
    // the colon, past an object that only counts them.
    let colon = (from..sentence.end)
        .find(|&j| !only_counts(doc, j, Cat::ListHead))
        .unwrap_or(sentence.end);
    if lines_after_colon(topics, s, colon, false, source) {
        return Some(colon + 1);
    }
    let end = object_end(doc, from, sentence.end);
    // "the challenges are getting heavier", "su prioridad es garantizar X": after a copula, a
    // verb says what the topics do or what someone wants, not which they are (but "on the
    // agenda were farming, banking and energy": a gerund that names its activity).
    let small = lowercase(doc, from);
    let verb_form = ends_as_verb_form(doc, from) && !names_activity(doc, from)
        || doc.ends_in(from, Cat::InfinitiveEnding, 1)
        || marks(doc, from, INFINITIVE_MARKER);
    // "the issue is complex": a head of topics a copula specifies is one picked out by a
    // qualifier or a complement ("the main topic was X", "el tema de la reunión fue Y").
    // "los temas abordados fueron X", "the issues discussed were Y": so does a participle.
    let picked = picks_out(doc, agenda - 1)
        || picks_out(doc, agenda + 1)
        || doc.is(agenda + 1, Cat::PointerLink)
        || small_participle(doc, agenda + 1);
    let unpicked = doc.is(agenda, Cat::ListHead) && !picked;
    if doc.is(verb, Cat::Copula) && (unpicked || small && verb_form) {
        return None;
    }
    // "the agenda was busy", "la agenda es amplia": a lone word after a copula describes the
    // agenda, it is no topic on it.
    if end == from + 1 && doc.is(verb, Cat::Copula) && small {
        return Some(end);
    }
    topics.list(from, end, false, source);
    Some(end)
}

/// The cue at `k`, with adverbials allowed after its first word ("dealt at length with"):
/// its length and whether verb phrases follow.
fn cue_at(doc: &Doc, k: usize) -> Option<(usize, bool)> {
    // "talking for more than three hours about Taiwan, trade and climate"
    // ("talked for about an hour": "about" before a number is a hedge.)
    if doc.is(k, Cat::TalkPreposition) && !doc.is_count(k + 1) {
        let first = doc.sentence_at(k).first;
        let talk = doc.any_is(k.saturating_sub(9).max(first)..k, Cat::TalkWord);
        // "hablará en una conferencia de prensa", "en una rueda de prensa": a genitive after a
        // meeting noun, or of the press, is the noun's, not the talk's ("hablaron durante dos
        // horas de X" is the talk's).
        let genitive = k > first
            && doc.is(k, Cat::GenitiveLink)
            && (doc.is(k - 1, Cat::MeetingNoun)
                || doc.has_phrase(k - 1, Cat::MeetingNoun)
                || doc.is(k + 1, Cat::MediaEvent));
        // "conversaron antes de dar inicio a la reunión": the end of a preposition of time;
        // "conversaron de manera informal": the start of an adverbial.
        let opener = k > first && doc.phrase_len(k - 1, Cat::CircumstanceOpener) == 2;
        // "conversaron, de acuerdo con la Cancillería": an attribution, no topic.
        if talk
            && !genitive
            && !opener
            && !doc.has_phrase(k, Cat::Adverbial)
            && !doc.has_phrase(k, Cat::Attribution)
        {
            return Some((1, false));
        }
    }
    // "addressed reporters", "addressed the General Assembly": a verb of speaking to an
    // audience, whose object is then no topic ("addressed water sharing" names one).
    if doc.is(k, Cat::AudienceVerb) && addresses_audience(doc, k + 1) {
        return None;
    }
    // Only a word of meeting or of topics, or the first word of a phrase, can open a cue: the
    // rest needs the costly reading past the circumstances that follow it.
    if !doc.is_any_of(k, &[Cat::MeetingNoun, Cat::MeetingVerb, Cat::TopicCue])
        && !doc.lex.starts_phrase(doc.lower(k))
    {
        return None;
    }
    // A cue of value 2 or 3 is a participle that is a verb only after an auxiliary ("han
    // abordado la sequía"; but "un tratado similar", "el plan acordado con Brasil").
    let after_auxiliary = k > 0 && doc.is(k - 1, Cat::Auxiliary);
    let cue = |len: usize, value: i32| {
        (value & AFTER_AUXILIARY == 0 || after_auxiliary).then_some((len, value & 1 == 1))
    };
    let companion_end = past_companion(doc, k);
    let j = past_circumstances(doc, companion_end, doc.sentence_at(k).end);
    // "una reunión con X acerca de Y": after its company, a meeting's topic opens with the
    // preposition of talking too (not "de", which goes on naming the company); "met with X on
    // Y", "a meeting with X regarding Y": or with one of aboutness that measures nothing ("for
    // two hours", "over an hour" are durations).
    let talk_len = doc.phrase_len(j, Cat::TalkPreposition);
    let about = doc.value_is(j, Cat::ComplementMarker, TOPIC_PREPOSITION)
        && !doc.is_any_of(j, &[Cat::DurationLead, Cat::Hedge]);
    // "negotiations regarding Y", "talks about Y": a meeting noun opens its topic with them
    // even alone, but not with one that places it ("a session on the island").
    let company =
        companion_end > k + 1 || (doc.is(k, Cat::MeetingNoun) && !doc.is(j, Cat::PlacePreposition));
    // "met with X on the sidelines of Y", "on the outskirts of Y": a place, no topic.
    let placed = doc.phrase_len_valued(j, Cat::PlacePreposition, values::SURROUNDINGS) > 0
        || doc.phrase_len_valued(j, Cat::PlacePreposition, values::MARGINS) > 0;
    if company && !placed && (talk_len > 0 || about) && !doc.is(j, Cat::GenitiveLink) {
        return Some((j + talk_len.max(1) - k, false));
    }
    if j == k + 1 {
        // "covered by reporters", "discussed by the ministers": a passive's agent is no topic.
        return doc
            .phrase_at(k, Cat::TopicCue)
            .filter(|&(len, _)| !(len == 1 && doc.is(k + 1, Cat::PassiveAgent)))
            .and_then(|(len, value)| cue(len, value));
    }
    // Adverbials, a date or a place after the first word: the cue's other words follow them
    // ("dealt at length with", "agreed on Thursday to"); a one-word cue reads on after them
    // ("discussed in detail X", "acordaron este lunes ampliar X").
    // The longer cue first: "dealt at length with the", then "dealt at length with".
    let mut key = String::from(doc.lower(k));
    key.push(' ');
    key.push_str(doc.lower(j));
    let one_after = key.len();
    key.push(' ');
    key.push_str(doc.lower(j + 1));
    if let Some(value) = doc.lex.value(Cat::TopicCue, &key) {
        return cue(j + 2 - k, value);
    }
    if let Some(value) = doc
        .lex
        .value(Cat::TopicCue, key.get(..one_after).unwrap_or_default())
    {
        return cue(j + 1 - k, value);
    }
    doc.value(k, Cat::TopicCue)
        .and_then(|value| cue(j - k, value))
}

/// Whether the object from `j` of a verb that may take an audience names one: people (a title,
/// a group, a noun of audiences: "reporters", "the nation"), a country or an organisation by
/// its name, or a gathering ("a joint session", "the UN General Assembly": a run of capitalised
/// words that ends in a meeting noun).
fn addresses_audience(doc: &Doc, mut j: usize) -> bool {
    const AUDIENCE_HEADS: [Cat; 3] = [Cat::AudienceNoun, Cat::MeetingNoun, Cat::ParticipantGroup];
    while doc.is(j, Cat::Determiner) || doc.is_possessive(j) {
        j += 1;
    }
    if let Some(name) = doc.name_starting(j) {
        return matches!(
            name.meaning,
            Meaning::Country(..) | Meaning::Organization(_)
        );
    }
    // "a joint session of parliament", "the visiting delegates": adjectives before the head.
    let mut head = j;
    while doc.token(head).is_lowercase()
        && !doc.is_any_of(head, &AUDIENCE_HEADS)
        && head < j + 2
        && doc.token(head + 1).is_lowercase()
    {
        head += 1;
    }
    if doc.role_at(head).is_some() || doc.is_any_of(head, &AUDIENCE_HEADS) {
        return true;
    }
    let mut end = head;
    while doc.token(end).is_capitalized() && end < head + 6 {
        end += 1;
    }
    end > head && doc.is(end - 1, Cat::MeetingNoun)
}

/// "talks with President X of France on Y", "conversaciones con el presidente francés, X, sobre
/// Y", "met with X about Y": past the company a meeting noun or verb at `k` is held in (titles,
/// names, an owner, an apposition, brackets), and the date, place and means after it, to the
/// meeting's topic; `k + 1` when no name or title follows its "with".
fn past_companion(doc: &Doc, k: usize) -> usize {
    // "met with X", "talks with X"; "met X" when the verb takes a person for its object.
    let with = doc.is(k + 1, Cat::Comitative);
    if !doc.is_any_of(k, &[Cat::MeetingNoun, Cat::MeetingVerb])
        || !(with || doc.is(k, Cat::PersonObjectVerb))
    {
        return k + 1;
    }
    let mut j = k + 1 + usize::from(with);
    let mut named = false;
    loop {
        if let Some(name) = doc.name_starting(j) {
            j = name.end;
        } else if let Some((len, ..)) = doc.role_at(j) {
            named = true;
            j += len;
        } else if doc.token(j).is_capitalized() {
            named = true;
            j += 1;
        } else if doc.is_any_of(
            j,
            &[
                Cat::Determiner,
                Cat::GenitiveLink,
                Cat::CopulativeConjunction,
            ],
        ) || doc.is_possessive(j)
            || doc.token(j).is_any(&[',', '(', ')'])
        {
            j += 1;
        } else {
            break;
        }
    }
    if !named {
        return k + 1;
    }
    // "talks with X on the phone about Y": the means is no topic either, nor "for two hours".
    let mut j = past_circumstances(doc, j, doc.sentence_at(k).end);
    j += doc.phrase_len(j, Cat::VirtualCue);
    if doc.is(j, Cat::DurationLead)
        && let Some(duration) = crate::stages::time::duration_at(doc, j + 1)
    {
        j = duration.end;
    }
    // "talks with X on his first trip abroad", "met X upon arrival": the occasion, not a
    // topic ("arrival" ends as adjectives do).
    let occasion = |t: usize| doc.is_any_of(t, &[Cat::TravelWord, Cat::CircumstanceNoun]);
    let mut head = j + 1;
    while !occasion(head)
        && (doc.is_any_of(head, &[Cat::Determiner, Cat::Stop]) || lists::is_adjective(doc, head))
    {
        head += 1;
    }
    if occasion(head) { k + 1 } else { j }
}

/// "X was discussed", "steps aimed at Y will be discussed", "X is expected to be
/// stressed": the subject of a passive discussion, unless it only points ("several issues
/// were discussed"); in a relative clause ("the issues that were discussed included X"),
/// what the clause's noun is said to include.
fn passive_subject(topics: &mut Topics, first: usize, verb: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    // "certain issues were then considered, such as X and Y": examples set after the verb.
    let after = past_adverbials(doc, verb + 1);
    if doc.punct(after, ',')
        && let Some(len) = lists::example_link(doc, after + 1)
    {
        topics.list_to_end(
            after + 1 + len,
            sentence_end(doc, doc.sentence_index(verb)),
            false,
            source,
        );
    }
    let (k, copula) = verb_group_start(doc, first, verb);
    if !copula || k == first {
        return;
    }
    let opener = k - 1;
    if doc.is_any_of(opener, &[Cat::Relative, Cat::Complementizer])
        || marks(doc, k, INFINITIVE_MARKER)
    {
        // "Energy, which was discussed at length, remains …": a relative clause set off by a
        // comma was said of the noun before it.
        if opener > first + 1 && doc.punct(opener - 1, ',') && starts_relative(doc, opener) {
            let start = passive_subject_start(doc, first, opener - 1);
            topics.list(start, opener - 1, false, source);
        }
        relative_passive(topics, verb, source);
        return;
    }
    let start = passive_subject_start(doc, first, k);
    if start == k || k - start > 16 {
        return;
    }
    topics.list(start, k, false, source);
}

/// Where the subject that ends at `end` starts, back to `first` at most: after a comma,
/// "that", a relative word, a quotation mark, or an "and" that an article follows ("… and the
/// need to cut tariffs was stressed"; but "gas storage and flood relief were reviewed" is one
/// subject). A noun's complement goes with it ("the dredging of the canal was debated").
fn passive_subject_start(doc: &Doc, first: usize, end: usize) -> usize {
    let new_phrase_after =
        |j: usize| doc.is(j, Cat::CopulativeConjunction) && doc.is(j + 1, Cat::Determiner);
    let segment_start = |end: usize| {
        let mut start = end;
        while start > first
            && !doc.punct(start - 1, ',')
            && !new_phrase_after(start - 1)
            && !doc.is_any_of(
                start - 1,
                &[Cat::Complementizer, Cat::Relative, Cat::FusedRelative],
            )
            && !doc.token(start - 1).is_quote_mark()
        {
            start -= 1;
        }
        start
    };
    let mut start = segment_start(end);
    // "el comercio fluvial y la seguridad de las represas serán debatidos": a plural verb
    // after an "and" that an article follows takes the item before it too.
    // So does a modal, which leaves the number unmarked ("gas storage and the rail link
    // should be reviewed").
    let plural = doc.any_is(end..end + 3, Cat::PluralVerb) || doc.is(end, Cat::Modal);
    let joined = |start: usize| plural && start > first + 1 && new_phrase_after(start - 1);
    // "water security, tourism and river transport were discussed": a list that ends in "and"
    // runs back over its commas, item by item, while each is a short phrase that opens with
    // no preposition (not "at the talks,") and holds no verb of its own.
    if doc.any_is(start..end, Cat::CopulativeConjunction) || joined(start) {
        while start > first + 1 && (doc.punct(start - 1, ',') || joined(start)) {
            let item = segment_start(start - 1);
            let words = start - 1 - item;
            if words == 0
                || words > 4
                || opens_with_preposition(doc, item)
                || (item..start - 1).any(|j| {
                    (doc.is(j, Cat::Stop)
                        && !doc.is_any_of(
                            j,
                            &[
                                Cat::Determiner,
                                Cat::CopulativeConjunction,
                                Cat::GenitiveLink,
                            ],
                        ))
                        || small_participle(doc, j)
                })
            {
                break;
            }
            start = item;
        }
    }
    start
}

/// "the issues that were discussed (at the talks) included X, Y and Z": the list the main
/// verb after the relative clause's participle at `verb` gives.
fn relative_passive(topics: &mut Topics, verb: usize, source: &Option<String>) {
    let doc = topics.a.doc;
    let end = sentence_end(doc, doc.sentence_index(verb));
    let j = past_adverbials(doc, verb + 1);
    if !lists_members(doc, j) {
        return;
    }
    topics.list_to_clause_end(j + 1, end, source);
}

/// "listed fiscal deficits, … and protectionism as some of the major issues": where the list
/// named as issues starts, when `as` at `k` is followed by such a naming.
fn named_as_issues(doc: &Doc, first: usize, k: usize) -> Option<usize> {
    // The words of the lead, each at most once and in their order: "as some of the major".
    let mut j = k + 1;
    let mut place = -1;
    while let Some(next) = doc.value(j, Cat::ListHeadLead).filter(|&p| p > place) {
        place = next;
        j += 1;
    }
    if !doc.is(j, Cat::ListHead) {
        return None;
    }
    let verb = lists::last_where(first, k, |v| doc.is(v, Cat::ListingVerb))?;
    Some(verb + 1)
}

/// The start of the subject that ends at `end`: after the last clause mark before it.
fn subject_start(doc: &Doc, first: usize, end: usize) -> usize {
    // "“Building River Bridges” is the theme": a quoted subject runs back to its opening mark.
    let mut k = end;
    if k > first && doc.punct(k - 1, ',') {
        k -= 1;
    }
    if k > first + 1
        && doc.token(k - 1).is_quote_mark()
        && lists::last_where(first, k - 1, |j| doc.token(j).is_quote_mark()) == Some(first)
    {
        return first + 1;
    }
    let mut k = end;
    while k > first {
        let t = &doc.token(k - 1);
        if t.is_any(&[';', ':', '(', ')'])
            || t.is_quote_mark()
            || (doc.is(k - 1, Cat::Complementizer) && k - 1 > first)
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
    let sentence = doc.sentence(s);
    let mut k = after;
    if k >= sentence.end || doc.punct(k, '.') {
        let next = doc.sentences.get(s + 1)?;
        k = next.first;
        if doc.token(k).is_capitalized() {
            return None;
        }
    }
    if doc.punct(k, ',') {
        k += 1;
    }
    let len = doc.phrase_len(k, Cat::ListAddition);
    if len == 0 {
        return None;
    }
    let from = k + len;
    let limit = doc.sentence_at(from.min(doc.tokens.len() - 1)).end;
    let mut end = lists::clause_end(doc, from, limit);
    // "among other topics described as ..." closes the list.
    if let Some((among, _)) = lists::find_phrase(doc, from, end, Cat::OthersMarker) {
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
fn sensitive(a: &Analysis, from: usize) -> Option<AgendaItem> {
    let doc = a.doc;
    // A continuation may start past the last token ("… of the meeting.as well as").
    let sentence = doc.sentence(*doc.sentence_of.get(from)?);
    let (among, others_len) = lists::find_phrase(doc, from, sentence.end, Cat::OthersMarker)?;
    let (described, described_len) =
        lists::find_phrase(doc, among, sentence.end, Cat::DescriptionLink)?;
    let mut k = described + described_len;
    if doc.token(k).is_quote_mark() {
        k += 1;
    }
    let word_end = (k..sentence.end)
        .find(|&j| {
            doc.token(j).is_quote_mark() || doc.punct(j, ',') || doc.is(j, Cat::PassiveAgent)
        })
        .unwrap_or(sentence.end);
    if word_end == k {
        return None;
    }
    let quality = doc.phrase(k, word_end);
    // "among other topics": the noun after the phrase, and its last word ("other").
    let head = among + others_len;
    let noun = &doc.token(head).text;
    let by = lists::find_word(doc, word_end, sentence.end, Cat::PassiveAgent)
        .map(|j| j + 1 + usize::from(doc.is(j + 1, Cat::DefiniteArticle)))
        .and_then(|name| sources::source_at(doc, name));
    let end = lists::find_punct(doc, word_end, sentence.end, '.').unwrap_or(sentence.end);
    Some(AgendaItem {
        topic: [doc.lower(head - 1), &quality, noun].join(" "),
        source: by.map(|(name, _)| name),
        evidence: doc.span(among, end),
    })
}

/// What each side wants.
pub fn interests(a: &Analysis) -> Vec<Interest> {
    let doc = a.doc;
    let mut found = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let source = sources::attribution(doc, s);
        for k in sentence.range() {
            let request = request_at(doc, k);
            let len = doc
                .phrase_len(k, Cat::InterestVerb)
                .max(request.map_or(0, |r| r.0));
            if len == 0 {
                continue;
            }
            // A clause about another meeting wants nothing of this one; but one about a
            // meeting only wished for ("Beijing wants talks on X") is the wish.
            let wished = doc.any_is(k + len..k + len + 3, Cat::MeetingNoun);
            if a.meeting.context[k] == Context::OtherMeeting && !wished {
                continue;
            }
            let Some((party, participant_id, subject_first)) = side_before(a, sentence.first, k)
            else {
                continue;
            };
            // "instó al Gobierno brasileño a financiar X": one asked after a preposition is no
            // part of the wish, which starts at the mark of what is asked.
            let from = match request {
                Some((_, link)) if doc.is(k + len, Cat::PhrasePreposition) => wish_start(a, link),
                _ => wish_start(a, k + len),
            };
            // "exigió que Quito levante la tasa", "confía en que el encuentro sirva para
            // «recuperar X»": a clause of what is wanted, its quoted words included, is one
            // wish, as short clauses go.
            let whole_clause = from > 0 && doc.is(from - 1, Cat::Complementizer);
            let end = if whole_clause {
                (from..sentence.end)
                    .find(|&j| {
                        let t = doc.token(j);
                        t.is_any(&lists::CLAUSE_MARKS) || t.is(',') || t.line_before
                    })
                    .unwrap_or(sentence.end)
            } else {
                // "hoped to develop X and that he planned Y": a clause joined after it ends it
                // (after a comma, the items below end at it: "X, and has sought Y").
                let end = lists::clause_end(doc, from, sentence.end);
                (from + 1..end)
                    .find(|&j| {
                        doc.is(j, Cat::CopulativeConjunction)
                            && !doc.punct(j - 1, ',')
                            && doc.is_any_of(j + 1, &[Cat::Complementizer, Cat::Auxiliary])
                    })
                    .unwrap_or(end)
            };
            // "hopes such activities will pave the way …": a wish that is a whole clause is
            // no list of things wanted.
            if doc.any_is(from..end, Cat::Modal) {
                continue;
            }
            // "urged both countries to “give diplomacy a chance”", "pidió a sus colegas «copiar
            // lo que funciona»", "pidió a los socios que ratifiquen …": what is asked is the
            // quotation or the clause, which end the words read here; those name only whom it
            // is asked of.
            // (The mark of whom it is asked of after the verb, not the verb's own: "aspira a".)
            let asked_of = (k + len..=from).any(|j| doc.is(j, Cat::RecipientMarker));
            let addressee_only = (doc.token(end).is_quote_mark()
                || doc.is(end, Cat::Complementizer))
                && end > from
                && !doc.token(from).is_quote_mark()
                && (marks(doc, end - 1, INFINITIVE_MARKER)
                    || doc.is(end - 1, Cat::Complementizer)
                    || asked_of);
            if addressee_only {
                continue;
            }
            const LONGEST_CLAUSE: usize = 16;
            let mut wants = Vec::new();
            if whole_clause {
                if end > from && end - from <= LONGEST_CLAUSE {
                    wants.push(doc.phrase(from, end));
                }
            } else {
                // The items from the first: what a verb wanted acts on goes on past "and"
                // until another verb or a side of its own ("cut tariffs on fruit and seafood";
                // "lower its fees and open its ports" are two, as are "repartir en partes
                // iguales y Guatemala en proporción …"), and an attribution ends them (", X said
                // in an interview").
                let mut spans: Vec<(usize, usize)> = Vec::new();
                // Where the item before ended as the text gave it, before its recipient was
                // cut ("exports to India").
                let mut raw_end = from;
                for &(x, y) in &lists::items(doc, from, end, lists::Joining::Separates) {
                    // (and so does a gerund set off by a comma: ", describing it as …")
                    let adjunct = x > 0 && doc.punct(x - 1, ',') && lists::small_gerund(doc, x);
                    // (and a clause of its own: "and has sought X", "and that he planned Y",
                    // "and urged Y to …", which reports a wish of its own)
                    let clause = doc.is_any_of(x, &[Cat::Auxiliary, Cat::Complementizer])
                        || doc.has_phrase(x, Cat::InterestVerb)
                        || request_at(doc, x).is_some();
                    if !spans.is_empty() && (attribution_in(doc, x, y) || adjunct || clause) {
                        break;
                    }
                    // (its infinitive's mark may stand before the item: "and to keep X")
                    let marked = x > 0 && marks(doc, x - 1, INFINITIVE_MARKER);
                    let raw_y = y;
                    let Some((x, y)) = wish(doc, x, y) else {
                        continue;
                    };
                    let own_verb = marked || has_verb(doc, x, y);
                    // ("exports to India and Bangladesh": names after one that ends the item
                    // before are more objects of its preposition.)
                    let more_names = raw_end > from
                        && doc.token(raw_end - 1).is_capitalized()
                        && (x..y).all(|j| doc.token(j).is_capitalized());
                    raw_end = raw_y;
                    match spans.last_mut() {
                        Some(last)
                            if (has_verb(doc, last.0, last.1)
                                && !own_verb
                                && !doc.token(x).is_capitalized()
                                || more_names)
                                && doc.any_is(last.1..x, Cat::CopulativeConjunction) =>
                        {
                            last.1 = y;
                        }
                        _ => spans.push((x, y)),
                    }
                }
                wants.extend(spans.iter().map(|&(x, y)| doc.phrase(x, y)));
            }
            if wants.is_empty() {
                continue;
            }
            found.push(Interest {
                party,
                participant_id,
                wants,
                source: source.clone(),
                evidence: doc.span(subject_first, end),
            });
        }
    }
    found
}

/// Whether the words `x..y` of a wish hold a verb of their own: an infinitive or a verb of
/// policy ("to open its ports", "cut tariffs", "reducir los aranceles"); not such a word used
/// as a noun, before a preposition ("help with submarines").
fn has_verb(doc: &Doc, x: usize, y: usize) -> bool {
    (x..y).any(|j| {
        marks(doc, j, INFINITIVE_MARKER)
            || doc.phrase_len(j, Cat::PolicyVerb) > 0 && !doc.is(j + 1, Cat::PhrasePreposition)
            || lists::small_infinitive(doc, j)
    })
}

/// Whether the item `x..y` after a wish is its attribution: a speech verb after its subject,
/// with no infinitive's mark before it (", Adeyemi said in an interview", ", a Nigerian
/// official told The Associated Press"; not "to say sorry").
fn attribution_in(doc: &Doc, x: usize, y: usize) -> bool {
    (x + 1..y)
        .any(|j| doc.phrase_len(j, Cat::SpeechVerb) > 0 && !marks(doc, j - 1, INFINITIVE_MARKER))
}

/// The mention of a person whose reference, title included, starts at `first` ("President X").
fn person_at<'a>(
    a: &'a Analysis,
    first: usize,
) -> Option<&'a crate::stages::people::PersonMention> {
    a.people.mentions.iter().find(|m| m.evidence_first == first)
}

/// A verb of asking another to act at `k` ("urged", "called on", "instó") and where the mark of
/// what is asked stands, an infinitive's or a clause's, within a few words after the one asked
/// ("urged Brazil to", "instó a Brasil a", "solicitó a Chile que"); none without such a mark
/// ("pressed ahead", "asked about the talks").
fn request_at(doc: &Doc, k: usize) -> Option<(usize, usize)> {
    let len = doc.phrase_len(k, Cat::RequestVerb);
    if len == 0 {
        return None;
    }
    // The one asked may be an article and a preposition in one word ("al Gobierno"), which
    // marks no infinitive.
    let asked = k + len;
    let first = asked + usize::from(doc.is(asked, Cat::PhrasePreposition));
    let link = (first..asked + ADDRESSEE_REACH)
        .take_while(|&j| doc.token(j).kind != crate::text::tokens::Kind::Punct)
        .find(|&j| marks(doc, j, INFINITIVE_MARKER) || doc.is(j, Cat::Complementizer))?;
    Some((len, link))
}

/// How far after a verb of asking the mark of what is asked may stand, past the one asked
/// ("called on the Chilean government to").
const ADDRESSEE_REACH: usize = 6;

/// Where the wished things start after an interest verb ending before `from`: past an
/// infinitive's marker, and a person before it ("urged President X to lift the ban": "lift the
/// ban"); a side named before it stays ("wants North Korea to sell X").
/// The verb stays, as it says which way the side wants things to go: "cut tariffs" is not
/// "tariffs", nor "sell more beef" "more beef".
fn wish_start(a: &Analysis, from: usize) -> usize {
    let doc = a.doc;
    // "exigió a su vez que …", "also demanded that …": adverbials before the object, a time
    // too ("reclamó el lunes más recursos").
    let mut from = past_adverbials(doc, from);
    loop {
        if doc.is(from, Cat::VerbAdverb) {
            from = past_adverbials(doc, from + 1);
        } else if let Some(date) = crate::stages::time::date_at(doc, from, None, false) {
            from = past_adverbials(doc, date.end);
        } else {
            break;
        }
    }
    // "reclamó a Ecuador que desbloquee X", "pidió a Ecuador visas": the side asked, marked
    // as persons are, comes before what is wanted.
    // ("pidió a la República Dominicana que …": past the name's article too.)
    let asked_end = |first: usize| {
        let named = |first: usize| {
            (doc.name_starting(first).map(|m| m.end))
                .or_else(|| person_at(a, first).map(|m| m.evidence_end))
        };
        named(first).or_else(|| {
            doc.is(first, Cat::Determiner)
                .then(|| doc.name_starting(first + 1).map(|m| m.end))
                .flatten()
        })
    };
    if marks(doc, from, INFINITIVE_MARKER)
        && let Some(end) = asked_end(from + 1)
        && (doc.is(end, Cat::Complementizer) || doc.token(end).is_lowercase())
    {
        from = end;
    }
    // "demanded that Quito lift the fee", "exigió que Quito levante la tasa": the clause.
    if doc.is(from, Cat::Complementizer) {
        return from + 1;
    }
    // "urged President X to lift the ban": a person asked is no part of a wish, which would
    // then hold a person ("wants Sweden to buy X" keeps the side that is to act).
    if let Some(m) = person_at(a, from)
        && marks(doc, m.evidence_end, INFINITIVE_MARKER)
    {
        return m.evidence_end + 1;
    }
    // "París quiere destacar así X": an infinitive right after the verb that is no verb of
    // policy says how, and its object is the wish.
    if lists::small_infinitive(doc, from)
        && doc.phrase_len(from, Cat::PolicyVerb) == 0
        && is_word(doc, from + 1)
        && !doc.is(from + 1, Cat::PhrasePreposition)
    {
        return past_adverbials(doc, from + 1);
    }
    from + usize::from(marks(doc, from, INFINITIVE_MARKER))
}

/// One wanted thing, as a short phrase: "to" and "what it calls" looked through, the
/// receiving side ("… to Russia") and the source ("… from North Korean stockpiles") left out.
fn wish(doc: &Doc, mut x: usize, mut y: usize) -> Option<(usize, usize)> {
    // ", especially in the south", ", en momentos en que …": an adjunct, no wish.
    if doc.is_any_of(x, &[Cat::ListAdjunct, Cat::PlacePreposition]) {
        return None;
    }
    if marks(doc, x, INFINITIVE_MARKER) {
        x += 1;
    }
    x = past_naming(doc, x, y);
    if let Some(from) = lists::find_word(doc, x + 1, y, Cat::OriginMarker) {
        y = from;
    }
    if y >= x + 2
        && doc.is(y - 2, Cat::RecipientMarker)
        && doc.name(y - 1).is_some_and(|m| m.country().is_some())
    {
        y -= 2;
    }
    lists::clean(doc, x, y, 20)
}

/// How many words a relative clause on the side that wants may hold ("Kenya, whose farmers
/// depend on water from upstream, wants").
const RELATIVE_REACH: usize = 12;

/// The side whose wish the verb at `verb` reports: the person or country right before it,
/// its participant, and the first token of its mention or name (where the evidence starts).
fn side_before(a: &Analysis, first: usize, verb: usize) -> Option<(String, Option<u32>, usize)> {
    let doc = a.doc;
    // The verb group starts at its auxiliaries, adverbs and clitics ("would be seeking",
    // "también reclamó", "le pidió"), after an adverbial, set off or not ("Colombia, for its
    // part, wants").
    let mut k = verb;
    loop {
        if k > first && doc.is_any_of(k - 1, &[Cat::Auxiliary, Cat::VerbAdverb, Cat::VerbClitic]) {
            k -= 1;
            continue;
        }
        let close = k - usize::from(k > first && doc.punct(k - 1, ','));
        let adverbial = (close.saturating_sub(4).max(first)..close)
            .find(|&j| doc.phrase_len(j, Cat::Adverbial) == close - j);
        // "Kenya, whose farmers depend on the river, wants": a relative clause set off by
        // commas on the subject.
        let relative = || {
            (close < k)
                .then(|| {
                    (close.saturating_sub(RELATIVE_REACH).max(first)..close)
                        .rev()
                        .find(|&j| doc.punct(j, ','))
                })
                .flatten()
                .filter(|&j| doc.is(j + 1, Cat::Relative))
        };
        if let Some(j) = adverbial {
            k = j - usize::from(j > first && doc.punct(j - 1, ','));
        } else if let Some(j) = relative() {
            k = j;
        } else {
            break;
        }
    }
    // "The president of Chile, Ana Barros, urged": the comma that closes the apposition of a
    // subject opening the sentence (not "The four leaders, joined by President X, called").
    let opening = doc.sentence_at(verb).first;
    if k > first + 1
        && doc.punct(k - 1, ',')
        && (a.people.mentions.iter()).any(|m| m.end == k - 1 && m.evidence_first == opening)
    {
        k -= 1;
    }
    let last = k.checked_sub(1)?;
    // A person's side: the country or organisation they represent, else their name.
    let side_of = |e: crate::stages::coref::EntityId, first: usize| {
        let entity = &a.entities[e];
        let party = entity
            .owner
            .map(|(o, _)| a.owner_name(o))
            .or_else(|| entity.name.clone())?;
        Some((party, a.participant_of(e), first))
    };
    // "He urged", "Ella pidió": the person the pronoun stands for; "Mutai welcomed the plan and
    // called for X", "agradeció el apoyo y pidió Y": the subject of the clause joined before.
    let referent = if doc.is_any_of(last, &[Cat::PronounHe, Cat::PronounShe]) {
        a.subject_before(last)
    } else if doc.is(last, Cat::CopulativeConjunction) && last > first {
        a.sole_subject(first, last)
    } else {
        None
    };
    if let Some(e) = referent {
        return side_of(e, last);
    }
    let mention = a.people.mentions.iter().find(|m| m.end == k);
    let name_first = doc.name(last).map(|m| m.first);
    // The side is the subject, not a name inside a phrase ("the embargo of Cuba needs").
    let subject_start = mention
        .map(|m| m.evidence_first)
        .or(name_first)
        .unwrap_or(last);
    if subject_start > first && doc.is(subject_start - 1, Cat::ObjectPreposition) {
        return None;
    }
    let mention_first = mention.map(|m| m.first).or(name_first).unwrap_or(last);
    if let Some(e) = a.entity_at(last) {
        return side_of(e, mention_first);
    }
    let m = doc.name_ending(k)?;
    let party = match m.meaning {
        Meaning::Country(c, _) => doc.country(c).name.clone(),
        Meaning::Organization(o) => a.owner_name(Owner::Organization(o)),
        _ => return None,
    };
    Some((party, None, mention_first))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(doc: &Doc, items: &[(usize, usize)]) -> Vec<String> {
        items.iter().map(|&(x, y)| doc.phrase(x, y)).collect()
    }

    /// The meeting every fixture sentence follows, so what it says belongs to the meeting.
    const MEETING: &str = "Swedish Prime Minister Anna Lindqvist met Norwegian Prime Minister \
                           Jonas Berg in Oslo on Tuesday.";

    /// The topics the report gives for `sentence`, told after [`MEETING`].
    fn topics_after_meeting(sentence: &str) -> Vec<String> {
        let text = format!("{MEETING} {sentence}");
        let report = crate::extract(&text, &crate::Options::new()).expect("a report");
        report.agenda.into_iter().map(|item| item.topic).collect()
    }

    #[test]
    fn a_sentence_gives_its_topics_trimmed() {
        let table: &[(&str, &[&str])] = &[
            (
                "The two leaders discussed further steps on flood relief, cooperation on rail \
                 links during a working lunch and the energy situation in the Arctic.",
                &[
                    "flood relief",
                    "rail links",
                    "energy situation in the Arctic",
                ],
            ),
            (
                "They agreed to accelerate the upgrade of cross-border rail links and boost \
                 salmon exports.",
                &["upgrade of cross-border rail links", "salmon exports"],
            ),
            (
                "On the agenda were several key issues, including fishing quotas, gas storage \
                 and themes such as tourism.",
                &["fishing quotas", "gas storage", "tourism"],
            ),
            (
                "Lindqvist stressed the need for reform of the electricity market.",
                &["reform of the electricity market"],
            ),
            (
                "Gas storage was among the main topics, the ministry said.",
                &["gas storage"],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(topics_after_meeting(sentence), *expected, "{sentence:?}");
        }
    }

    #[test]
    fn each_construction_gives_its_list() {
        let table: &[(&str, &[&str])] = &[
            // A passive cue reads its subject.
            (
                "Salmon exports and gas storage were discussed.",
                &["salmon exports", "gas storage"],
            ),
            // A cue that ends its clause reads the list after ", including".
            (
                "Several regional issues were also discussed, including fishing quotas and \
                 rail freight.",
                &["fishing quotas", "rail freight"],
            ),
            // A predicate reads its complement.
            (
                "Lindqvist urged Oslo to ease fishing quotas.",
                &["fishing quotas"],
            ),
            // The agenda's words: among the topics, the agenda's own list.
            (
                "Rail freight and hydrogen were among the topics discussed.",
                &["rail freight", "hydrogen"],
            ),
            (
                "The agenda included fishing quotas and rail freight.",
                &["fishing quotas", "rail freight"],
            ),
            // A list named as issues.
            (
                "Lindqvist listed fishing quotas, rail freight and hydrogen as some of the main \
                 issues.",
                &["fishing quotas", "rail freight", "hydrogen"],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(topics_after_meeting(sentence), *expected, "{sentence:?}");
        }
    }

    #[test]
    fn the_agenda_gives_its_subject_and_the_list_that_goes_on_after_it() {
        let table: &[(&str, &[&str])] = &[
            (
                "Gas storage and rail freight will be high on the agenda.",
                &["gas storage", "rail freight"],
            ),
            ("Hydrogen topped the agenda.", &["hydrogen"]),
            (
                "Fishing quotas were on the agenda of the meeting, as well as hydrogen and \
                 tourism, among other topics described as “delicate” by the ministry.",
                &[
                    "fishing quotas",
                    "hydrogen",
                    "tourism",
                    "other delicate topics",
                ],
            ),
            // The subject of a passive starts after "and" when an article follows it.
            (
                "Lindqvist praised the new ferries and the need for deeper locks was stressed.",
                &["deeper locks"],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(topics_after_meeting(sentence), *expected, "{sentence:?}");
        }
    }

    #[test]
    fn unnamed_topics_are_kept_with_who_described_them() {
        let text = format!(
            "{MEETING} Fishing quotas were on the agenda of the meeting, as well as hydrogen, \
             among other topics described as “delicate” by the European Commission."
        );
        let report = crate::extract(&text, &crate::Options::new()).expect("a report");
        let last = report.agenda.last().expect("topics");
        assert_eq!(last.topic, "other delicate topics");
        assert_eq!(last.source.as_deref(), Some("European Commission"));
    }

    /// The first token of `doc` written `word`.
    fn token(doc: &Doc, word: &str) -> usize {
        (0..doc.tokens.len())
            .find(|&k| doc.lower(k) == word)
            .unwrap_or_else(|| panic!("no {word:?}"))
    }

    #[test]
    fn the_words_before_an_agenda_place_a_topic_on_it() {
        // (sentence, where the position starts, whether it is a verb)
        let table = [
            (
                "Gas storage will be high on the agenda.",
                Some(("high", false)),
            ),
            ("Hydrogen topped the agenda.", Some(("topped", true))),
            (
                "Gas storage dominated the talks.",
                Some(("dominated", true)),
            ),
            // A meeting noun takes only the verbs.
            ("Gas storage was on the talks.", None),
            ("The agenda was long.", None),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let noun = (0..doc.tokens.len())
                .find(|&k| matches!(doc.lower(k), "agenda" | "talks"))
                .unwrap();
            let got = agenda_position_before(&doc, 0, noun);
            let expected = expected.map(|(word, verb)| (token(&doc, word), verb));
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn a_verb_group_runs_back_over_copulas_and_auxiliaries() {
        let doc = english("gas storage is expected to be on the agenda");
        assert_eq!(
            verb_group_start(&doc, 0, token(&doc, "on")),
            (token(&doc, "is"), true)
        );
        let doc = english("gas storage topped the agenda");
        let topped = token(&doc, "topped");
        assert_eq!(verb_group_start(&doc, 0, topped), (topped, false));
    }

    #[test]
    fn a_passive_subject_starts_at_its_clause() {
        let table = [
            (
                "Lindqvist praised the ferries and the need for locks was stressed",
                "the need for locks",
            ),
            (
                "gas storage and flood relief were reviewed",
                "gas storage and flood relief",
            ),
            (
                "at the talks, fishing quotas were discussed",
                "fishing quotas",
            ),
            (
                "at the talks, river tolls and fishing quotas were discussed",
                "river tolls and fishing quotas",
            ),
            (
                "gas storage, river tolls and fishing quotas were discussed",
                "gas storage, river tolls and fishing quotas",
            ),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let end = verb_group_start(&doc, 0, doc.tokens.len() - 1).0;
            let start = passive_subject_start(&doc, 0, end);
            assert_eq!(doc.phrase(start, end), expected, "{text:?}");
        }
    }

    #[test]
    fn a_side_wants_what_its_verb_names() {
        // (sentence, the side, what it wants)
        let table: &[(&str, &str, &[&str])] = &[
            // Another side asked to act stays with what it is to do, as in "wants Sweden to
            // buy" and "quiere que Suecia compre".
            (
                "Norway wants Sweden to buy more salmon and gas.",
                "Norway",
                &["Sweden to buy more salmon and gas"],
            ),
            // The verb says which way the side wants things to go.
            ("Norway wants to cut tariffs.", "Norway", &["cut tariffs"]),
            (
                "Sweden hopes to counter Russian influence.",
                "Sweden",
                &["counter Russian influence"],
            ),
            (
                "Sweden hopes for cheaper electricity and faster trains.",
                "Sweden",
                &["cheaper electricity", "faster trains"],
            ),
            // A participant stands for the country whose leader it is.
            (
                "Lindqvist aims to attract Norwegian investment.",
                "Sweden",
                &["attract Norwegian investment"],
            ),
            (
                "Berg wants to keep the fishing quotas from Swedish waters.",
                "Norway",
                &["keep the fishing quotas"],
            ),
            (
                "Sweden seeks what it calls fair access to Norwegian ports.",
                "Sweden",
                &["fair access to Norwegian ports"],
            ),
        ];
        for (sentence, party, wants) in table {
            let text = format!("{MEETING} {sentence}");
            let report = crate::extract(&text, &crate::Options::new()).expect("a report");
            let got: Vec<(String, Vec<String>)> = report
                .interests
                .into_iter()
                .map(|i| (i.party, i.wants))
                .collect();
            let wants = wants.iter().map(|w| w.to_string()).collect();
            assert_eq!(got, [(party.to_string(), wants)], "{sentence:?}");
        }
        // A wish that is a whole clause is no list of things wanted.
        let text = format!("{MEETING} Norway hopes such talks will pave the way for a deal.");
        let report = crate::extract(&text, &crate::Options::new()).expect("a report");
        assert!(report.interests.is_empty());
    }

    #[test]
    fn a_fronted_topic_and_a_talk_about_topics_give_them() {
        let table: &[(&str, &[&str])] = &[
            (
                "On fishing quotas, Lindqvist was firm.",
                &["fishing quotas"],
            ),
            // A fronted circumstance is no topic.
            ("On the sidelines, Berg was relaxed.", &[]),
            (
                "The two leaders talked for two hours about hydrogen and tourism.",
                &["hydrogen", "tourism"],
            ),
            // "about" before a number is a hedge.
            ("They talked for about an hour.", &[]),
        ];
        for (sentence, expected) in table {
            assert_eq!(topics_after_meeting(sentence), *expected, "{sentence:?}");
        }
    }

    #[test]
    fn a_list_named_as_issues_takes_the_lead_words_in_their_order() {
        let table = [
            (
                "they named quotas and ports as some of the major issues",
                true,
            ),
            ("they named quotas and ports as the main key issues", true),
            // Out of their order, the words lead to no list head.
            ("they named quotas and ports as the key main issues", false),
            ("they named quotas and ports as partners", false),
        ];
        for (text, named) in table {
            let doc = english(text);
            let start = named_as_issues(&doc, 0, token(&doc, "as"));
            let expected = named.then(|| token(&doc, "quotas"));
            assert_eq!(start, expected, "{text:?}");
        }
    }

    #[test]
    fn endings_are_read_from_their_classes() {
        let doc = english("discussed discussing hold held");
        let participle: Vec<bool> = (0..4).map(|k| ends_as_participle(&doc, k)).collect();
        let gerund: Vec<bool> = (0..4).map(|k| ends_as_gerund(&doc, k)).collect();
        assert_eq!(participle, [true, false, false, true]);
        assert_eq!(gerund, [false, true, false, false]);
    }

    #[test]
    fn a_gerund_names_its_activity_only_standing_alone() {
        let table = [
            ("fishing, mining and tourism", "mining", true),
            ("mining and farming were discussed", "mining", true),
            ("they discussed financing.", "financing", true),
            ("maintaining and strengthening ties", "maintaining", false),
            ("agreeing that talks go on", "agreeing", false),
            ("the beginning of a stage", "beginning", false),
        ];
        for (text, word, activity) in table {
            let doc = english(text);
            assert_eq!(
                names_activity(&doc, token(&doc, word)),
                activity,
                "{text:?}"
            );
        }
        // A language whose gerunds are verbs only makes no nouns of them.
        let doc = Doc::new("pescando, minando y cazando", crate::lang::es::lexicon());
        assert!(!names_activity(&doc, 2));
    }

    #[test]
    fn a_topic_said_again_is_kept_once_and_the_fuller_one_wins() {
        let table: &[(&str, &[&str])] = &[
            (
                "The leaders discussed ports and salmon exports. They also discussed inland \
                 ports policy and salmon exports.",
                &["inland ports policy", "salmon exports"],
            ),
            (
                "Fishing quotas and gas storage were on the agenda. Gas storage was also \
                 discussed.",
                &["fishing quotas", "gas storage"],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(topics_after_meeting(sentence), *expected, "{sentence:?}");
        }
    }

    #[test]
    fn a_chip_shows_the_words_written_small() {
        let table = [
            (
                "Bilateral relations and “open markets were discussed.",
                "bilateral relations and open markets",
            ),
            // A name keeps its capital.
            (
                "Norway's fishing quotas were discussed.",
                "Norway's fishing quotas",
            ),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let verb = (0..doc.tokens.len()).find(|&k| doc.lower(k) == "were");
            assert_eq!(chip_text(&doc, 0, verb.unwrap()), expected, "{text:?}");
        }
    }

    /// A fixture read as English.
    fn english(text: &str) -> Doc {
        Doc::new(text, crate::lang::en::lexicon())
    }

    #[test]
    fn phase_1_starts_the_topic_past_the_words_that_lead_to_it() {
        let table = [
            (
                "also with particular attention to river ports",
                false,
                "particular attention to river ports",
            ),
            (
                "accelerate the upgrade of rail links",
                true,
                "the upgrade of rail links",
            ),
            ("discussing fishing quotas", false, "fishing quotas"),
            ("river ports", false, "river ports"),
        ];
        for (text, verbs, expected) in table {
            let doc = english(text);
            let end = doc.tokens.len();
            let start = topic_start(&doc, 0, end, verbs).expect("a start");
            assert_eq!(doc.phrase(start, end), expected, "{text:?}");
        }
        // "…, a step hailed as historic" describes the item before it.
        let doc = english("a pact on ports, a step hailed as historic");
        let after_comma = (0..doc.tokens.len()).find(|&k| doc.punct(k, ',')).unwrap() + 1;
        assert_eq!(
            topic_start(&doc, after_comma, doc.tokens.len(), false),
            None
        );
    }

    #[test]
    fn phase_2_looks_through_heads_that_only_point() {
        let table = [
            ("further steps on flood relief", "flood relief"),
            (
                "a wide range of issues pertaining to river shipping",
                "river shipping",
            ),
            ("themes such as tourism and sport", "tourism and sport"),
            (
                "ways to deepen cooperation in fisheries",
                "cooperation in fisheries",
            ),
            ("the energy situation", "the energy situation"),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let end = doc.tokens.len();
            let start = past_pointing_heads(&doc, 0, end);
            assert_eq!(doc.phrase(start, end), expected, "{text:?}");
        }
    }

    #[test]
    fn phase_3_ends_the_topic_before_what_describes_it() {
        let table = [
            ("issues discussed during the trip", "issues"),
            ("the border that both sides share", "the border"),
            ("gas prices during a state banquet", "gas prices"),
            ("rail links – a project both want", "rail links"),
            ("noting that the border is calm", "noting"),
            ("salmon exports", "salmon exports"),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let end = before_description(&doc, 0, doc.tokens.len());
            assert_eq!(doc.phrase(0, end), expected, "{text:?}");
        }
    }

    #[test]
    fn phase_4_cuts_what_trails_the_topic() {
        let table = [
            ("fresh quotas to ensure", "fresh quotas"),
            ("a joint rail tender next year", "a joint rail tender"),
            ("flood relief in the region", "flood relief"),
            (
                "the slow modernisation of the old river ports on the lower Danube, with new \
                 cranes and deeper channels",
                "the slow modernisation of the old river ports on the lower Danube",
            ),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let end = without_trailers(&doc, 0, doc.tokens.len());
            assert_eq!(doc.phrase(0, end), expected, "{text:?}");
        }
    }

    #[test]
    fn phase_5_tells_the_phrases_that_name_no_topic() {
        let table = [
            ("the treaty can not be changed", true),
            ("last October", true),
            ("several key issues", true),
            // A gerund alone names its activity ("a_gerund_names_its_activity_only_standing_alone").
            ("mining", false),
            ("agenda", true),
            ("the ministry said", true),
            ("said the ministry", true),
            ("the deal has been a challenge", true),
            ("a deal based on trust", false),
            ("bilateral", true),
            ("a working lunch", true),
            ("the official ceremony", true),
            ("bilateral relations", false),
            ("regional", true),
            ("from Oslo's point of view", true),
            ("salmon farming issues", false),
            ("river ports", false),
            ("ties between the states", false),
        ];
        for (text, expected) in table {
            let doc = english(text);
            let got = names_no_topic(&doc, 0, doc.tokens.len(), false);
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn a_range_names_each_of_its_steps() {
        let doc = Doc::new(
            "a range of questions from fisheries to tourism to rail",
            crate::lang::en::lexicon(),
        );
        let items = ranged_items(&doc, 0, doc.tokens.len()).expect("a range");
        assert_eq!(phrases(&doc, &items), ["fisheries", "tourism", "rail"]);
        // A phrase that names something before "from" is no range of topics.
        let doc = Doc::new(
            "withdrawal of troops from Syria to Iraq",
            crate::lang::en::lexicon(),
        );
        assert!(ranged_items(&doc, 0, doc.tokens.len()).is_none());
    }

    #[test]
    fn the_last_and_between_nouns_parts_the_last_two_items() {
        let table: &[(&str, &[&str])] = &[
            (
                "energy and industrial cooperation and river shipping",
                &["energy and industrial cooperation", "river shipping"],
            ),
            (
                "modernising ports and aligning customs rules on regional and global trade",
                &[
                    "modernising ports",
                    "aligning customs rules on regional and global trade",
                ],
            ),
            (
                "ties between Vienna and Prague and the Danube",
                &["ties between Vienna and Prague", "the Danube"],
            ),
            (
                "regional and global markets",
                &["regional and global markets"],
            ),
            (
                "the Danube and the related rail and road issues",
                &["the Danube", "the related rail and road issues"],
            ),
            (
                "cooperation and prospects for closer rail links",
                &["cooperation", "prospects for closer rail links"],
            ),
            (
                "the renewal of the port and the rail timetable",
                &["the renewal of the port", "the rail timetable"],
            ),
            (
                "conflicts in Moldova and the Balkans",
                &["conflicts in Moldova and the Balkans"],
            ),
            (
                "the border between Graz and the lakes",
                &["the border between Graz and the lakes"],
            ),
        ];
        for (text, expected) in table {
            let doc = Doc::new(text, crate::lang::en::lexicon());
            let items = last_two_split(&doc, (0, doc.tokens.len()));
            assert_eq!(phrases(&doc, &items), *expected, "{text:?}");
        }
    }

    #[test]
    fn times_and_settings_are_cut_from_the_end() {
        let table = [
            ("a joint rail tender next year", "a joint rail tender"),
            ("joint exercises in the near future", "joint exercises"),
            ("security in the region", "security"),
            ("tax reform in the Blue Room", "tax reform"),
            (
                "the situation in the Middle East",
                "the situation in the Middle East",
            ),
            ("a deal on gas", "a deal on gas"),
            (
                "ties within the Group of Twenty",
                "ties within the Group of Twenty",
            ),
            ("gas storage for the next two years", "gas storage"),
            ("rail freight in the Palace of Culture", "rail freight"),
        ];
        for (text, expected) in table {
            let doc = Doc::new(text, crate::lang::en::lexicon());
            let end = without_tails(&doc, 0, doc.tokens.len());
            assert_eq!(doc.phrase(0, end), expected, "{text:?}");
        }
    }

    #[test]
    fn a_predicate_reads_the_complements_it_takes() {
        let table: &[(&str, Option<(&str, bool)>)] = &[
            (
                "stressed the need for reform",
                Some(("the need for reform", false)),
            ),
            ("tensions over the border", Some(("the border", false))),
            ("keen to strengthen trade", Some(("trade", true))),
            ("urged Prague to boost trade", Some(("trade", true))),
            ("noted that the border was calm", None),
            ("tensions in the region", None),
        ];
        for (text, expected) in table {
            let doc = Doc::new(text, crate::lang::en::lexicon());
            let end = doc.tokens.len();
            let got = predicate_complement(&doc, 0, end).map(|(from, verbs)| {
                let start = if verbs { from + 1 } else { from };
                (doc.phrase(start, end), verbs)
            });
            let expected = expected.map(|(p, v)| (p.to_string(), v));
            assert_eq!(got, expected, "{text:?}");
        }
    }
}
