//! Coordinated lists of noun phrases: "bilateral relations and cooperation, trade and economic
//! ties", "cybersecurity, Ukraine and preventing Iran from acquiring nuclear weapons".
//!
//! Items are cut at commas, semicolons and "as well as"; single words before a pointing head
//! they share are an item each ("the energy, transport and farming sectors"). The last item is
//! cut at "and" too, unless another item already holds an "and" of its own (then "and" joins
//! words inside items) or the word before "and" is an adjective sharing the head after it
//! ("international and regional affairs").

use crate::doc::Doc;
use crate::tables::lexicon::Cat;
use crate::tables::values::ending::{ADJECTIVE, GERUND, PAST_VERB};
use crate::tables::values::{INFINITIVE_MARKER, POSSESSIVE};

/// The complement marker that starts a range of items ("from", "desde"; agenda reads its steps).
const RANGE_START: i32 = 3;

/// The marks that open the lines of a bulleted list.
pub const BULLETS: [char; 6] = ['-', '–', '—', '•', '*', '·'];

/// The marks that end a clause ("." ";" ":" "(" "!" "?").
pub const CLAUSE_MARKS: [char; 6] = ['.', ';', ':', '(', '!', '?'];

/// Where a list ends: the first token at or after `from` (up to `limit`) that closes the
/// clause holding it. A relative clause between commas that the list goes on after
/// (", to which China claims sovereignty, as well as …") does not end it.
pub fn clause_end(doc: &Doc, from: usize, limit: usize) -> usize {
    let mut k = from;
    while k < limit {
        let t = &doc.token(k);
        if t.is_any(&CLAUSE_MARKS) || t.is_character_reference() || t.is_quote_mark() && k > from {
            return k;
        }
        if k > from && doc.is(k, Cat::Relative) {
            // "…, to which …": the clause starts at its preposition.
            let mut start = k;
            if start > from
                && doc.token(start - 1).is_lowercase()
                && !doc.punct(start - 1, ',')
                && doc.punct(start.saturating_sub(2), ',')
            {
                start -= 1;
            }
            let comma_before = start > from && doc.punct(start - 1, ',');
            // "acciones que busquen profundizar X": a relative on a head that points, whose
            // verb leads to a verb of policy, goes on with what the head points at.
            let pointed = doc.is(k - 1, Cat::PointerHead)
                && (k + 1..(k + 3).min(limit)).any(|j| doc.has_phrase(j, Cat::PolicyVerb));
            // "temas que van desde X hasta Y": a relative whose verb leads to a range of
            // items goes on with them.
            if !comma_before
                && (pointed
                    || (k + 1..(k + 4).min(limit))
                        .any(|j| doc.value_is(j, Cat::ComplementMarker, RANGE_START)))
            {
                k += 1;
                continue;
            }
            if comma_before
                && let Some(resume) = find_punct(doc, k + 1, limit, ',')
                && (addition_at(doc, resume + 1).is_some()
                    || doc.is(resume + 1, Cat::CopulativeConjunction)
                    || list_resumes(doc, resume + 1, limit))
            {
                k = resume + 1;
                continue;
            }
            return if comma_before { start - 1 } else { start };
        }
        // "X, but also Y", "X, pero también Y": an addition goes on with the list.
        let ends_clause = doc.is(k, Cat::ClauseOpener) && addition_at(doc, k).is_none()
            || verb_of_saying_or_wanting_after(doc, k);
        // ", as agreed", ", said …", ", the White House said.", ", and pressed Beijing": a
        // comma and a new clause.
        let after_comma = k > from
            && doc.punct(k - 1, ',')
            && ((doc.is(k, Cat::CommaClause) && addition_at(doc, k).is_none())
                || attribution_follows(doc, k, limit)
                // ", de acuerdo con un comunicado", ", according to aides": a source named by a
                // phrase of attribution.
                || doc.phrase_len(k, Cat::Attribution) > 1
                || gerund_clause(doc, from, k)
                || absolute_clause(doc, k, limit)
                // "the agenda, which included X and Y, was (will be, had been) adopted": the main
                // clause resumes at its copula.
                || (doc.token(k).is_lowercase()
                    && (doc.is(k, Cat::Copula)
                        || (doc.is_any_of(k, &[Cat::Modal, Cat::Auxiliary])
                            && doc.is(k + 1, Cat::Copula))))
                || (doc.is(k, Cat::CopulativeConjunction) && small_participle(doc, k + 1))
                // ", fundamentada en el respeto": a participle and its preposition describe
                // the item before the comma; ", reunirá a X", ", se celebrará en Y": a verb of
                // meeting or a verb's clitic says what the subject does next.
                || (doc.token(k).is_lowercase()
                    && ((doc.ends_in(k, Cat::WordEnding, PAST_VERB)
                        && doc.is(k + 1, Cat::ParticiplePreposition))
                        || doc.is(k, Cat::VerbClitic)
                        || doc.has_phrase(k, Cat::MeetingVerb))));
        if k > from && (ends_clause || after_comma) {
            // The clause ends before the comma that introduces the new one.
            return if doc.punct(k - 1, ',') { k - 1 } else { k };
        }
        k += 1;
    }
    limit
}

/// "subrayó la amistad y exigió más inversiones", "praised the plan and has urged X": "and"
/// at `k` before a verb of saying or wanting, past one auxiliary, opens a clause of its own.
fn verb_of_saying_or_wanting_after(doc: &Doc, k: usize) -> bool {
    if !doc.is(k, Cat::CopulativeConjunction) {
        return false;
    }
    let verb = k + 1 + usize::from(doc.is(k + 1, Cat::Auxiliary));
    let classes = [
        Cat::InterestVerb,
        Cat::RequestVerb,
        Cat::SpeechVerb,
        Cat::StanceVerb,
    ];
    // (Not a participle with its agent: "islands held by A and claimed by B".)
    let len = classes
        .iter()
        .map(|&c| doc.phrase_len(verb, c))
        .max()
        .unwrap_or(0);
    doc.token(verb).is_lowercase() && len > 0 && !doc.is(verb + len, Cat::ParticiplePreposition)
}

/// ", buscando identificar X", ", seeking to attract Y": a gerund of wanting, or one that
/// takes an infinitive, after a comma opens a clause of its own, unless the list is one of
/// gerunds.
fn gerund_clause(doc: &Doc, from: usize, k: usize) -> bool {
    // "prefiriendo acudir a X": an infinitive a language marks on the verb.
    let takes_infinitive = doc.has_phrase(k + 1, Cat::PolicyVerb)
        || doc.value_is(k + 1, Cat::ComplementMarker, INFINITIVE_MARKER)
        || small_infinitive(doc, k + 1);
    small_gerund(doc, k)
        && !doc.ends_in(from, Cat::WordEnding, GERUND)
        && (takes_infinitive || doc.has_phrase(k, Cat::InterestVerb))
}

/// ", with Japan calling for X", ", con Chile pidiendo Y": "with", a short subject and a gerund
/// after a comma open a clause of their own (but ", with attention to improving Z" goes on
/// with the list).
fn absolute_clause(doc: &Doc, k: usize, limit: usize) -> bool {
    if !doc.is(k, Cat::Comitative) {
        return false;
    }
    for j in k + 2..(k + 5).min(limit) {
        if doc.punct(j, ',') {
            return false;
        }
        if small_gerund(doc, j) {
            return !doc.is(j - 1, Cat::Stop);
        }
    }
    false
}

/// "…, the Kremlin said.", "…, a senior official told reporters.": a short subject and a
/// speech verb, with no comma between, close the sentence from `k` on.
fn attribution_follows(doc: &Doc, k: usize, limit: usize) -> bool {
    for j in k + 1..(k + 7).min(limit) {
        // (Not past the next comma: "X, energy and trade, officials said" lists on to it.)
        if doc.punct(j, ',') {
            return false;
        }
        // (A verb in lowercase: "cooperation with the United States." names no speaker.)
        if doc.is(j, Cat::SpeechVerb) && doc.token(j).is_lowercase() && attribution_tail(doc, j) {
            return true;
        }
    }
    false
}

/// What follows the speech verb at `j` ends the sentence within four tokens, with only words
/// of an attribution's tail before the end: "… said.", "… told reporters.", "… said on
/// Friday.", "… said in a statement."
fn attribution_tail(doc: &Doc, j: usize) -> bool {
    let (mut ends, mut tail_words, mut before_stop) = (false, true, true);
    for e in j + 1..j + 5 {
        // Past the last token the text stops, and the end mark stands after a break.
        // "…, Reuters reported, citing a source": a comma after the attribution ends it too.
        let stop = e >= doc.tokens.len() || doc.token(e).is_any(&['.', ';', ',']);
        ends |= stop || doc.token(e).line_before;
        before_stop &= !stop;
        if before_stop {
            tail_words &= doc.is_any_of(e, &[Cat::AttributionTail, Cat::Weekday]);
        }
    }
    ends && tail_words
}

/// Whether the list goes on at `k`, after a relative clause between commas inside an item:
/// "the trade agreement, which X threatened to abandon, gas exports and a new bridge". Items
/// follow up to a last one joined by a conjunction, and no verb opens them ("the deal, which X
/// signed, gives Kenya access and jobs" resumes the main clause).
fn list_resumes(doc: &Doc, k: usize, limit: usize) -> bool {
    let verb = doc.is_any_of(
        k,
        &[
            Cat::Copula,
            Cat::Auxiliary,
            Cat::Modal,
            Cat::SpeechVerb,
            Cat::PersonVerb,
        ],
    ) || doc.ends_in(k, Cat::WordEnding, PAST_VERB);
    let mut j = k + 1;
    while j < limit && !doc.token(j).is_any(&CLAUSE_MARKS) && !doc.is(j, Cat::Relative) {
        if doc.is(j, Cat::CopulativeConjunction) {
            return !verb && doc.token(k).is_lowercase() && !attribution_follows(doc, k - 1, limit);
        }
        j += 1;
    }
    false
}

/// The length of the phrase that adds the last group of a list at `k` ("as well as").
fn addition_at(doc: &Doc, k: usize) -> Option<usize> {
    let len = doc.phrase_len(k, Cat::ListAddition);
    (len > 0).then_some(len)
}

/// Whether token `k` is a comma or a copulative conjunction ("and"): a mark that goes on a list.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn list_mark(doc: &Doc, k: usize) -> bool {
    doc.punct(k, ',') || doc.is(k, Cat::CopulativeConjunction)
}

/// How "and" joins inside items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joining {
    /// "and" after a preposition joins within its phrase unless an article starts the
    /// next one: "observers for elections and referendums" is one item, "the status of
    /// Taiwan and the South China Sea" two. For topics.
    WithinPhrases,
    /// "and" always separates the last items: "technology for satellites and submarines"
    /// is two wishes.
    Separates,
}

/// Splits `first..end` into list items (token ranges). "as well as" separates groups that
/// are lists of their own.
pub fn items(doc: &Doc, first: usize, end: usize, joining: Joining) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = first;
    let mut k = first;
    // "tanto la pesca como el turismo", "not only trade but also security": the two halves
    // of a pair that opens the list separate its items (not "a compromise from both Israel
    // and Hamas").
    let half = |j: usize, which: i32| doc.phrase_len_valued(j, Cat::CorrelativePair, which);
    let mut paired = false;
    while k < end {
        let open_len = half(k, 0);
        let opens = open_len > 0
            && k == first
            && doc.token(k).is_lowercase()
            && doc.token(k + open_len).kind == crate::text::tokens::Kind::Word
            && (k + open_len + 1..(k + open_len + 8).min(end)).any(|j| half(j, 1) > 0);
        paired |= opens;
        let pair_len = if opens {
            open_len
        } else if paired {
            half(k, 1)
        } else {
            0
        };
        let len = addition_at(doc, k).unwrap_or(pair_len);
        if len > 0 {
            group_items(doc, start, k, joining, &mut out);
            start = k + len;
            k += len;
            continue;
        }
        k += 1;
    }
    group_items(doc, start, end, joining, &mut out);
    out
}

/// Adds the items of `first..end`, a group of a list, to `out`.
fn group_items(
    doc: &Doc,
    first: usize,
    end: usize,
    joining: Joining,
    out: &mut Vec<(usize, usize)>,
) {
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut start = first;
    for k in first..end {
        if doc.token(k).is_any(&[',', ';']) {
            push_segment(doc, &mut segments, start, k);
            start = k + 1;
        }
    }
    push_segment(doc, &mut segments, start, end);
    // Where the list starts and ends: the joins below keep both.
    let (Some(&(first_a, _)), Some(&(_, last_b))) = (segments.first(), segments.last()) else {
        return;
    };
    let one_word = |(a, b): (usize, usize)| b - a == 1;
    if modifiers_of_a_pointing_head(doc, &segments, joining, out) {
        return;
    }
    // "bilateral, regional, and global issues": adjectives sharing the last head; after a
    // lone adjective, which is no item, single words too ("political, trade and cultural
    // relations").
    let lone = lone_adjective(doc, first_a, segments[0].1 - 1);
    let modifier = |k: usize| adjective(doc, k) || (lone && small_content_word(doc, k));
    if let [(_, first_b), ref middle @ .., (last_a, _)] = segments[..]
        && adjective(doc, first_b - 1)
        && middle.iter().all(|&(a, b)| b - a == 1 && modifier(a))
        && last_b - last_a >= 2
        && modifier(last_a + usize::from(doc.is(last_a, Cat::Conjunction)))
    {
        out.push((first_a, last_b));
        return;
    }
    // "asuntos culturales, migratorios y consulares": items of adjectives only, after an item
    // that ends in an adjective after its head, share that head.
    let only_adjectives =
        |(a, b): (usize, usize)| (a..b).all(|k| adjective(doc, k) || doc.is(k, Cat::Conjunction));
    let headed = |(a, b): (usize, usize)| b - a >= 2 && adjective(doc, b - 1) && !adjective(doc, a);
    // "cooperation with China, India and Brazil", "practices in Xinjiang, Tibet and Hong Kong":
    // names after an item that ends in the name a preposition takes are more of its objects.
    let name = |k: usize| doc.token(k).is_capitalized() && !doc.opens_sentence(k);
    let only_names = |(a, b): (usize, usize)| {
        (a..b).all(|k| name(k) || doc.is_any_of(k, &[Cat::Determiner, Cat::Conjunction]))
    };
    let takes_names = |(a, b): (usize, usize)| {
        last_where(a, b, |k| doc.is(k, Cat::PhrasePreposition)).is_some_and(|p| {
            p > a
                && p + 1 < b
                && only_names((p + 1, b))
                && find_word(doc, a, p, Cat::Conjunction).is_none()
        })
    };
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(segments.len());
    for &(a, b) in &segments {
        match joined.last_mut() {
            Some(last)
                if (headed(*last) && only_adjectives((a, b)))
                    || (takes_names(*last) && only_names((a, b))) =>
            {
                last.1 = b
            }
            _ => joined.push((a, b)),
        }
    }
    let segments = joined;
    // "trade, economy, finance, investment, energy, connectivity, health": a long run of
    // single words is one topic, not a shower of chips.
    let mut one_words = 0;
    for &s in &segments {
        one_words += usize::from(one_word(s));
    }
    if segments.len() > 4 && one_words >= 4 {
        out.push((first_a, last_b));
        return;
    }
    // The list's last item is the last one that is no adjunct (", with particular attention
    // to …" adds to the list, it does not end it).
    let mut last = segments.len() - 1;
    while last > 0 && doc.is(segments[last].0, Cat::ListAdjunct) {
        last -= 1;
    }
    if doc.is(segments[last].0, Cat::ListAdjunct) {
        last = segments.len() - 1;
    }
    let mut shared_and = false;
    // An "and" between two adjectives of one head ("el desarrollo económico y social") is
    // no "and" of the list.
    // Nor is one between two words before the head they share ("food and energy security").
    let modifiers_before_head = |a: usize, at: usize, b: usize| {
        at == a + 1
            && at + 3 == b
            && (a..b).all(|k| doc.token(k).is_lowercase() || doc.opens_sentence(k))
    };
    for &(a, b) in &segments[..last] {
        shared_and |= find_word(doc, a, b, Cat::CopulativeConjunction).is_some_and(|at| {
            !adjectives_after_head(doc, a, at, b) && !modifiers_before_head(a, at, b)
        });
    }
    for (n, &(a, b)) in segments.iter().enumerate() {
        // "trade, energy or defence": "or" ends a list of commas as "and" does (not "change
        // X or undermine Y", one item).
        let last_or = n > 0 && n == last;
        let and_at = find_word(
            doc,
            a,
            b,
            if last_or {
                Cat::Conjunction
            } else {
                Cat::CopulativeConjunction
            },
        );
        // ", including X and Y": the members of what was named before are a list of their own.
        let members = doc.phrase_len(a, Cat::InclusionMarker);
        // "power links between the two countries and the bid": an "and" that a pair's
        // preposition still waits for joins the pair; the list's is the next one.
        let and_at = and_at.and_then(|at| {
            let pair_open = find_word(doc, a + members, at, Cat::PairPreposition)
                .is_some_and(|p| !pair_closed(doc, p, at));
            if !pair_open || repeated_preposition(doc, at + 1) {
                Some(at)
            } else {
                find_word(doc, at + 1, b, Cat::CopulativeConjunction)
            }
        });
        match and_at {
            Some(at)
                if (n == last || members > 0)
                    && !shared_and
                    && at > a
                    && at + 1 < b
                    && !adjective_pair(doc, a, at, b)
                    && !shared_determiner(doc, a, at, b)
                    && !refers_back(doc, at + 1)
                    && !(joining == Joining::WithinPhrases && within_phrase(doc, a, at)) =>
            {
                out.push((a, at));
                out.push((at + 1 + usize::from(repeated_preposition(doc, at + 1)), b));
            }
            _ => out.push((a, b)),
        }
    }
}

/// "the interaction in the political, trade-economic, investment, water, cultural spheres and
/// industry", "ties in the energy, transport and farming sectors": single words before a
/// pointing head ("spheres", "fields", "areas") that each of them shares name a topic each,
/// the first one cut from the words that lead to the list, the last one with the head (and
/// what "and" adds after it). Adds them to `out` and says whether it did.
fn modifiers_of_a_pointing_head(
    doc: &Doc,
    segments: &[(usize, usize)],
    joining: Joining,
    out: &mut Vec<(usize, usize)>,
) -> bool {
    let Some((&(_, first_b), rest)) = segments.split_first() else {
        return false;
    };
    let Some((&(last_a, last_b), middle)) = rest.split_last() else {
        return false;
    };
    // Qualifiers of scope share their head as one topic ("bilateral, regional and global
    // issues").
    let modifier = |k: usize| {
        doc.token(k).is_lowercase() && !doc.is_any_of(k, &[Cat::Stop, Cat::VagueQualifier])
    };
    let run = middle.iter().all(|&(a, b)| b - a == 1 && modifier(a));
    // The last modifiers may be joined by "and" ("…, water and farming sectors").
    let joined = doc.is(last_a + 1, Cat::CopulativeConjunction) && modifier(last_a + 2);
    let head = last_a + 1 + 2 * usize::from(joined);
    if (middle.is_empty() && !joined)
        || !run
        || !modifier(first_b - 1)
        || head >= last_b
        || !modifier(last_a)
        || !doc.is(head, Cat::PointerHead)
    {
        return false;
    }
    out.push((first_b - 1, first_b));
    out.extend_from_slice(middle);
    if joined {
        out.push((last_a, last_a + 1));
    }
    group_items(doc, head - 1, last_b, joining, out);
    true
}

/// Adds the segment `a..b` of a list unless nothing is left of it once a leading "and"/"or"
/// goes ("and economic development" after an Oxford comma), or it is a relative clause between
/// commas (", to which China claims sovereignty,").
fn push_segment(doc: &Doc, segments: &mut Vec<(usize, usize)>, mut a: usize, b: usize) {
    while a < b && doc.is(a, Cat::Conjunction) {
        a += 1;
    }
    // ", which …", ", to which …" start clauses; "medidas que permitan X" is a head and its
    // clause.
    let clause = doc.is(a, Cat::Relative)
        || (a + 1 < b && doc.is(a, Cat::Stop) && doc.is(a + 1, Cat::Relative));
    if a < b && !clause {
        segments.push((a, b));
    }
}

/// The first token of `a..b` that is a word of class `cat`.
pub(crate) fn find_word(doc: &Doc, a: usize, b: usize, cat: Cat) -> Option<usize> {
    (a..b).find(|&k| doc.is(k, cat))
}

/// The first token of `a..b` where a phrase of class `cat` starts ("among other"), and the
/// phrase's length.
pub(crate) fn find_phrase(doc: &Doc, a: usize, b: usize, cat: Cat) -> Option<(usize, usize)> {
    for j in a..b {
        let len = doc.phrase_len(j, cat);
        if len > 0 {
            return Some((j, len));
        }
    }
    None
}

/// The first token of `a..b` that is the punctuation mark `c`: one search the stages share.
pub(crate) fn find_punct(doc: &Doc, a: usize, b: usize, c: char) -> Option<usize> {
    (a..b).find(|&k| doc.punct(k, c))
}

/// The last index of `a..b` where `test` holds: a plain loop, smaller in the module than a
/// reversed range's search.
pub(crate) fn last_where(a: usize, b: usize, test: impl Fn(usize) -> bool) -> Option<usize> {
    let mut k = b;
    while k > a {
        k -= 1;
        if test(k) {
            return Some(k);
        }
    }
    None
}

/// "la historia y desafíos comunes de la hidrovía", "the security and stability of the
/// region": a short phrase with its article, "and", and a noun without one, whose complement
/// both share.
fn shared_determiner(doc: &Doc, a: usize, and: usize, b: usize) -> bool {
    doc.is(a, Cat::Determiner)
        && and <= a + 3
        && small_content_word(doc, and + 1)
        && doc.any_is(and + 2..b, Cat::PhrasePreposition)
}

/// "the economic crisis and its ethical implications", "la crisis y sus efectos": a possessive
/// at `k`, right after "and", that refers back to the phrase before makes one item with it.
pub fn refers_back(doc: &Doc, k: usize) -> bool {
    doc.value_is(k, Cat::Determiner, POSSESSIVE)
}

/// A preposition at `k`, right after "and", said again to open a parallel phrase ("… and on
/// security", "… y al comercio", "… and to expand Y").
fn repeated_preposition(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::PhrasePreposition)
}

/// Whether the pair that the preposition at `p` opens ("between", "entre") has both its sides
/// before `at`: joined by a conjunction of their own ("between Kenya and Chad") or named
/// together ("between the two countries", "entre ambos países").
fn pair_closed(doc: &Doc, p: usize, at: usize) -> bool {
    (p + 1..at)
        .any(|k| doc.is(k, Cat::Conjunction) || doc.phrase_len_valued(k, Cat::PluralSide, 0) > 0)
}

/// "observers for elections and referendums": a preposition before "and", and no article
/// starting a new phrase after it.
fn within_phrase(doc: &Doc, a: usize, and: usize) -> bool {
    let mut preposition = false;
    for k in a..and {
        preposition |= doc.is(k, Cat::PhrasePreposition);
        // "a number of issues such as X and Y": a preposition before the examples is the
        // head's.
        preposition &= example_link(doc, k).is_none();
    }
    // "the upkeep of locks and dredging the main channel": a gerund with
    // its object after "and" starts a new phrase too (not after a preposition: "the impacts
    // of and growing threat posed by floods" share what follows).
    let verb_phrase = !doc.is(and - 1, Cat::PhrasePreposition)
        && small_gerund(doc, and + 1)
        && doc.token(and + 2).is_lowercase()
        && (doc.is(and + 2, Cat::Determiner) || !doc.is(and + 2, Cat::Stop));
    // "vinculadas al comercio fluvial y a la energía solar": a preposition said again after
    // "and" opens a parallel phrase.
    // "the situation in Ukraine and cooperation within the SCO": a place's name does not join
    // a common noun written small; the noun starts a phrase of its own (not a participle:
    // "islands held by Moscow and claimed by Tokyo" is one phrase).
    let after_a_name = doc.token(and - 1).is_capitalized()
        && !doc.opens_sentence(and - 1)
        && doc.token(and + 1).is_lowercase()
        && !doc.is(and + 1, Cat::Stop)
        && !small_participle(doc, and + 1);
    let new_phrase = doc.is(and + 1, Cat::Determiner)
        || repeated_preposition(doc, and + 1)
        || verb_phrase
        || after_a_name;
    preposition && !new_phrase
}

/// Whether token `k` is written small and ends in an ending of class `cat` of the kinds
/// `kinds`: a verb form, not the start of a name ("Meeting …").
fn small_ends_in(doc: &Doc, k: usize, cat: Cat, kinds: i32) -> bool {
    doc.token(k).is_lowercase() && doc.ends_in(k, cat, kinds)
}

/// Whether token `k` is a participle written small ("discussed").
pub(crate) fn small_participle(doc: &Doc, k: usize) -> bool {
    small_ends_in(doc, k, Cat::WordEnding, PAST_VERB)
}

/// Whether token `k` is a gerund written small ("discussing").
pub(crate) fn small_gerund(doc: &Doc, k: usize) -> bool {
    small_ends_in(doc, k, Cat::WordEnding, GERUND)
}

/// Whether token `k` is an infinitive that a language marks on the verb, written small
/// ("estrechar").
pub(crate) fn small_infinitive(doc: &Doc, k: usize) -> bool {
    small_ends_in(doc, k, Cat::InfinitiveEnding, 1)
}

/// A lowercase word with an adjective's ending ("regional", "economic", "nuclear").
pub fn is_adjective(doc: &Doc, k: usize) -> bool {
    adjective(doc, k)
}

fn adjective(doc: &Doc, k: usize) -> bool {
    // "al" ends as "regional" does, but a function word is no adjective.
    doc.token(k).is_lowercase()
        && !doc.is(k, Cat::Stop)
        && doc.ends_in(k, Cat::WordEnding, ADJECTIVE)
}

/// Whether token `k` of an item from `a` is an adjective standing alone, first or after an
/// article, a preposition or a verb ("political", "deepen our political"): no item alone, it
/// shares a head after it.
fn lone_adjective(doc: &Doc, a: usize, k: usize) -> bool {
    adjective(doc, k)
        && (k == a
            || doc.is_any_of(k - 1, &[Cat::Determiner, Cat::PhrasePreposition])
            || doc.phrase_len(k - 1, Cat::PolicyVerb) == 1)
}

/// Whether token `k` is a word written small that is no function word ("trade").
fn small_content_word(doc: &Doc, k: usize) -> bool {
    doc.token(k).is_lowercase() && !doc.is(k, Cat::Stop)
}

/// Words on both sides of "and" that share what follows: adjectives ("international and
/// regional affairs"), a noun and an adjective ("food and nutritional security", "trade and
/// economic ties"), or the words of a name ("Tuberculosis and HIV/AIDS Centre").
fn adjective_pair(doc: &Doc, a: usize, and: usize, b: usize) -> bool {
    if and <= a || and + 2 > b {
        return false;
    }
    // "political and trade relations": a lone adjective before "and" shares the head after.
    let lone_adjective = lone_adjective(doc, a, and - 1) && small_content_word(doc, and + 1);
    let shared_head = and + 2 < b
        && (lone_adjective || adjective(doc, and + 1) && (adjective(doc, and - 1) || and - a == 1));
    let shared_head_before = adjectives_after_head(doc, a, and, b);
    let (left, right) = (&doc.token(and - 1), &doc.token(and + 1));
    let in_a_name = left.is_capitalized()
        && right.is_capitalized()
        && doc.name(and + 1).is_none()
        && doc.name(and - 1).is_none();
    shared_head || shared_head_before || in_a_name
}

/// "cooperación comercial y política": "and" between the last two words of `a..b`, two
/// adjectives after the head they share.
fn adjectives_after_head(doc: &Doc, a: usize, and: usize, b: usize) -> bool {
    and + 2 == b
        && and >= a + 2
        && adjective(doc, and - 1)
        && adjective(doc, and + 1)
        && !adjective(doc, a)
}

/// The item as a short clean phrase: no leading articles or possessives, no trailing
/// connectors, at most `max_words` words. `None` when nothing is left.
pub fn clean(doc: &Doc, mut a: usize, mut b: usize, max_words: usize) -> Option<(usize, usize)> {
    // "asuntos culturales", "materias primas": a vague head with a word of content after it
    // heads a phrase and is kept; before a function word it only leads ("temas como").
    let heads_phrase =
        |a: usize| a + 1 < b && doc.is(a, Cat::VagueTopic) && small_content_word(doc, a + 1);
    while a < b
        && (doc.is(a, Cat::ItemLead) && a + 1 < b && !heads_phrase(a)
            || doc.token(a).kind == crate::text::tokens::Kind::Punct)
    {
        a += 1;
    }
    while b > a
        && (doc.is(b - 1, Cat::ItemTail)
            || doc.token(b - 1).kind == crate::text::tokens::Kind::Punct)
    {
        b -= 1;
    }
    let words = (a..b)
        .filter(|&k| doc.token(k).kind != crate::text::tokens::Kind::Punct)
        .count();
    (words >= 1 && words <= max_words).then_some((a, b))
}

/// The length of the link to examples at `j` ("such as", "como"): a pointing link that ends
/// in the predicative "as".
pub(crate) fn example_link(doc: &Doc, j: usize) -> Option<usize> {
    let len = doc.phrase_len(j, Cat::PointerLink);
    (len > 0 && doc.is(j + len - 1, Cat::PredicativeMarker)).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, joining: Joining) -> Vec<String> {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let end = clause_end(&doc, 0, doc.tokens.len());
        items(&doc, 0, end, joining)
            .into_iter()
            .filter_map(|(a, b)| clean(&doc, a, b, 12))
            .map(|(a, b)| doc.phrase(a, b))
            .collect()
    }

    #[test]
    fn table_of_lists() {
        use Joining::*;
        let table: &[(&str, Joining, &[&str])] = &[
            (
                "Bilateral relations and cooperation, trade and economic ties",
                WithinPhrases,
                &[
                    "Bilateral relations and cooperation",
                    "trade and economic ties",
                ],
            ),
            (
                "cultural exchanges, international and regional affairs",
                WithinPhrases,
                &["cultural exchanges", "international and regional affairs"],
            ),
            (
                "ties in the energy, transport, water and farming sectors and tourism",
                WithinPhrases,
                &["energy", "transport", "water", "farming sectors", "tourism"],
            ),
            (
                "cybersecurity, Ukraine and preventing Iran from acquiring nuclear weapons",
                WithinPhrases,
                &[
                    "cybersecurity",
                    "Ukraine",
                    "preventing Iran from acquiring nuclear weapons",
                ],
            ),
            (
                "trade, security, and economic development",
                WithinPhrases,
                &["trade", "security", "economic development"],
            ),
            (
                "advanced technology for the manufacture of satellites and nuclear-powered submarines, as well as oil production and food aid",
                Separates,
                &[
                    "advanced technology for the manufacture of satellites",
                    "nuclear-powered submarines",
                    "oil production",
                    "food aid",
                ],
            ),
            (
                "the status of Taiwan and the South China Sea",
                WithinPhrases,
                &["status of Taiwan", "South China Sea"],
            ),
            (
                "OSCE observers for elections and referendums",
                WithinPhrases,
                &["OSCE observers for elections and referendums"],
            ),
            (
                "strengthening diplomatic ties between Nigeria and Ghana",
                WithinPhrases,
                &["strengthening diplomatic ties between Nigeria and Ghana"],
            ),
            (
                "the latest regional and international developments",
                WithinPhrases,
                &["latest regional and international developments"],
            ),
            (
                "a range of bilateral, regional, and global issues",
                WithinPhrases,
                &["range of bilateral, regional, and global issues"],
            ),
            (
                "trade, economy, finance, investment, energy and health",
                WithinPhrases,
                &["trade, economy, finance, investment, energy and health"],
            ),
            (
                "the status of Taiwan, to which China claims sovereignty, as well as relations between North and South Korea",
                WithinPhrases,
                &[
                    "status of Taiwan",
                    "relations between North and South Korea",
                ],
            ),
            (
                "power links between the two countries and a joint bid for the Cup",
                WithinPhrases,
                &[
                    "power links between the two countries",
                    "joint bid for the Cup",
                ],
            ),
            (
                "the peace process between Chad and Sudan and the situation in Libya",
                WithinPhrases,
                &["peace process between Chad and Sudan", "situation in Libya"],
            ),
            (
                "the situation in Libya and cooperation within the African Union",
                WithinPhrases,
                &["situation in Libya", "cooperation within the African Union"],
            ),
            (
                "joint activities on islands in Chad and claimed by Sudan",
                WithinPhrases,
                &["joint activities on islands in Chad and claimed by Sudan"],
            ),
            (
                "joint activities on the islands, as agreed to last September",
                WithinPhrases,
                &["joint activities on the islands"],
            ),
        ];
        for (text, joining, expected) in table {
            assert_eq!(split(text, *joining), *expected, "{text:?}");
        }
    }
}
