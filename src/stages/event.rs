//! The meeting the article is about: which sentences report it, which parts of sentences
//! are about other meetings, and whether it is held, under way, announced or virtual.
//!
//! A sentence reports a meeting when it has a meeting noun or verb ("summit", "talks",
//! "met", "received"). Within a sentence, clauses are cut at subordinators ("whether",
//! "amid", "while", "where", ", and"); a clause whose meeting word is qualified as another
//! meeting ("the previous meeting", "their first summit", "met earlier") is about that other
//! meeting, and so are relative clauses with no meeting word ("where President X was
//! removed").

use crate::doc::Doc;
use crate::report::EventStatus;
use crate::tables::lexicon::{Cat, RoleClass};
use crate::tables::values::{
    FUTURE_TENSE, INFINITIVE_MARKER, JOINER, MARGINS, TOPIC_PREPOSITION, WHERE,
};
use crate::text::calendar::Date;
use crate::text::tokens::Kind;

/// Whether a token stands in a clause about the article's meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A clause reporting the meeting, or attendance or arrival at it.
    Meeting,
    /// A clause about another meeting (earlier, later, between others).
    OtherMeeting,
    /// A side clause that reports no meeting ("where X was removed").
    Aside,
    /// A sentence with no meeting word.
    None,
}

/// The meeting as the sentences report it.
pub struct Meeting {
    /// The context of every token.
    pub context: Vec<Context>,
    /// Sentences that report the meeting, in order.
    pub sentences: Vec<usize>,
    /// Photo captions among those sentences, when the text's own sentences report the
    /// meeting too: a caption may show another meeting of the trip ("X attends a meeting with
    /// Y … REUTERS/Name").
    pub captions: Vec<usize>,
    /// Sentences about earlier meetings.
    pub previous: Vec<usize>,
    /// Held, ongoing or planned.
    pub status: EventStatus,
    /// Held by video or phone.
    pub virtual_meeting: bool,
    /// Token range of the meeting's own name ("the 18th Saarc Summit").
    pub name: Option<(usize, usize)>,
}

impl Meeting {
    /// Whether token `k` is in a clause about the meeting: one copy for the stages' many
    /// tests.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn about_meeting(&self, k: usize) -> bool {
        in_meeting_clause(&self.context, k)
    }

    /// The context of token `k` (`Context::None` past the end): one bounds check for the
    /// stages that read it.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn context_of(&self, k: usize) -> Context {
        self.context.get(k).copied().unwrap_or(Context::None)
    }
}

/// Whether token `k` is in a clause about the meeting, by the `context` of every token (none
/// past the end): one test, with no bounds check, for the stage's many reads.
fn in_meeting_clause(context: &[Context], k: usize) -> bool {
    context.get(k) == Some(&Context::Meeting)
}

/// Sets the context of tokens `first..end`: one bounds check for the stage's clauses.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn set_context(context: &mut [Context], first: usize, end: usize, c: Context) {
    if let Some(span) = context.get_mut(first..end) {
        span.fill(c);
    }
}

/// Reads the meeting of `doc`, published on `published` when known.
pub fn read(doc: &Doc, published: Option<Date>) -> Meeting {
    let mut context = vec![Context::None; doc.tokens.len()];
    let mut sentences = Vec::new();
    let mut previous = Vec::new();
    // The first report of a meeting says it is called off with no new date ("the summit has
    // been postponed indefinitely").
    let mut called_off = false;
    // Whether a meeting word in a clause about the meeting names more than the audience of a
    // speech.
    let mut meeting_of_sides = false;
    for (n, s) in doc.sentences.iter().enumerate() {
        // "What would a successful meeting look like?", "¿Se reunirán este año?": a question
        // reports no meeting.
        let question = (s.end.saturating_sub(2).max(s.first)..s.end).any(|j| doc.punct(j, '?'));
        let mut triggers: Vec<(usize, bool)> = Vec::new();
        for k in s.range() {
            if is_trigger(doc, k) {
                let first_report = sentences.is_empty();
                let other = question || is_other_meeting(doc, k, s, published, first_report);
                triggers.push((k, other));
            }
        }
        // "will hold their first summit": a verb takes the reading of the meeting noun it governs
        // (the first within three words after it; the words come in text order).
        for i in 0..triggers.len() {
            let k = triggers[i].0;
            if doc.is(k, Cat::MeetingNoun) {
                continue;
            }
            for j in i + 1..triggers.len() {
                let (object, object_other) = triggers[j];
                if object > k + 3 {
                    break;
                }
                if doc.is(object, Cat::MeetingNoun) {
                    triggers[i].1 |= object_other;
                    break;
                }
            }
        }
        if triggers.is_empty() {
            // "Canceló su viaje a Lima.": a trip called off before any report calls off the
            // meetings it was for.
            called_off |= sentences.is_empty()
                && doc.any_is(s.range(), Cat::TravelWord)
                && not_held_now(doc, s.first, s.end) == Some(CALLED_OFF);
            continue;
        }
        // "Leaders of A and B had been expected to attend", "She was to meet X on Friday":
        // once the meeting is called off, attendance alone, or a plan told in the past, tells
        // of the meeting that is not held.
        if called_off
            && triggers.iter().all(|&(k, _)| {
                doc.has_phrase(k, Cat::Attendance)
                    || (k.saturating_sub(PLAN_REACH).max(s.first)..k)
                        .any(|j| doc.has_phrase(j, Cat::PastPlan))
            })
        {
            set_context(&mut context, s.first, s.end, Context::OtherMeeting);
            continue;
        }
        // Clauses with meeting words of their own first; a relative clause naming a meeting
        // follows its antecedent's reading ("…last met in 2019 in Vladivostok, where their
        // talks went on …"), and so does a relative clause naming none.
        let mut sentence_main = false;
        let mut previous_clause = Context::None;
        // Whether a clause calls off the meeting named before it: "the meeting was cancelled".
        let mut calls_off_before = false;
        for &(first, end, relative) in &clauses(doc, s.first, s.end) {
            // Whether the clause has meeting words, and whether one is about another meeting.
            // A verb that reports the meeting keeps the clause its own, whatever other meeting
            // a noun in its complements names ("met X on Monday ahead of the summit in July",
            // "held talks …, the third summit since 2025"), but not one it governs ("offered
            // to host the 2027 leaders' meeting") or is held at ("met X at their previous
            // summit").
            let (mut own, mut own_other) = (false, false);
            let mut verb: Option<(usize, bool)> = None;
            for &(k, other) in &triggers {
                if (first..end).contains(&k) {
                    own = true;
                    own_other |= other;
                    if verb.is_none() && doc.has_phrase(k, Cat::MeetingVerb) {
                        verb = Some((k, other));
                    }
                }
            }
            if let Some((v, false)) = verb {
                own_other = triggers.iter().any(|&(k, other)| {
                    other
                        && (first..end).contains(&k)
                        && ((k > v && governs(doc, v, k)) || places_a_verb(doc, first, k))
                });
            }
            // A clause about another meeting is about it throughout: "Blinken also met X on
            // the sidelines of the conference" does not report the conference.
            // A clause that calls off something with no meeting word ("canceló su viaje a X")
            // is read too: the relative clause after it ("donde debía reunirse con Y") follows it.
            let not_held = not_held_now(doc, first.saturating_sub(2).max(s.first), end);
            if own && sentences.is_empty() && not_held == Some(CALLED_OFF) {
                called_off = true;
            }
            calls_off_before |= not_held == Some(CALLED_OFF)
                && triggers.iter().any(|&(k, _)| {
                    (first..end).contains(&k)
                        && names_meeting_before(doc, k)
                        && called_off_after(doc, first, k + 1, end)
                });
            let reading = if (relative && previous_clause == Context::OtherMeeting)
                || own_other
                || (own && (not_held.is_some() || open_question(doc, first)))
            {
                Some(Context::OtherMeeting)
            } else if own {
                Some(Context::Meeting)
            } else if relative {
                Some(Context::Aside)
            } else {
                None
            };
            if let Some(c) = reading {
                previous_clause = c;
                sentence_main |= c == Context::Meeting;
            } else if not_held.is_some() {
                previous_clause = Context::OtherMeeting;
            }
            // The clauses cover the sentence: those with no reading keep `None` for now.
            set_context(&mut context, first, end, reading.unwrap_or(Context::None));
        }
        // "X was due to meet Y on Friday, but the meeting was cancelled", "tenía previsto
        // reunirse con Y, pero la reunión no se celebró": a meeting called off after it is
        // reported, in its sentence, or in the next when that reported it first, is not held.
        let called_off_first = sentences.len() == 1 && sentences[0] + 1 == n;
        if calls_off_before && (sentence_main || called_off_first) {
            let first = if sentence_main {
                s.first
            } else {
                let reported = doc.sentence(sentences[0]).first;
                sentences.clear();
                reported
            };
            sentence_main = false;
            for c in context.get_mut(first..s.end).unwrap_or_default() {
                if *c == Context::Meeting {
                    *c = Context::OtherMeeting;
                }
            }
        }
        // The sentence reports the meeting when one of its meeting clauses does; its clauses
        // without meeting words share that reading ("…, the Kremlin said").
        let shared = if sentence_main {
            Context::Meeting
        } else {
            Context::OtherMeeting
        };
        for c in context.get_mut(s.first..s.end).unwrap_or_default() {
            if *c == Context::None {
                *c = shared;
            }
        }
        for &(k, _) in &triggers {
            meeting_of_sides |= in_meeting_clause(&context, k)
                && !speech_audience(doc, k)
                && !of_a_companion(doc, k);
        }
        if sentence_main {
            sentences.push(n);
        } else if triggers.iter().any(|&(k, _)| recalls_past(doc, k, s.first)) {
            previous.push(n);
        }
    }
    plural_subjects_antecedents(doc, &mut context, &mut sentences);
    list_continuations(doc, &mut context, &mut sentences);
    keep_meeting_sentences(doc, &context, &mut sentences);
    // "President X told the General Assembly that …": a text whose only meeting words name the
    // audience of a speech, or the companions of a side, reports a speech or a trip, not a
    // meeting of sides.
    if !meeting_of_sides {
        for c in &mut context {
            if *c == Context::Meeting {
                *c = Context::OtherMeeting;
            }
        }
        sentences.clear();
    }
    // Photo captions among them, when the text's own sentences report the meeting too.
    let mut captions: Vec<usize> = Vec::new();
    if sentences.iter().any(|&n| !is_caption(doc, n)) {
        for &n in &sentences {
            if is_caption(doc, n) {
                captions.push(n);
            }
        }
    }
    let status = status(doc, &sentences);
    // Held at a distance when the first report of the meeting says so, by a word of the means
    // or a meeting of its own ("by phone", "a phone conversation"), in the headline or the
    // article's first sentence of running text: a call mentioned later ("a phone call … has
    // been suggested") is another meeting.
    let lead = doc.sentences.iter().position(|s| s.terminated).unwrap_or(0);
    let mut first_reports = 0;
    for &n in &sentences {
        first_reports += usize::from(n <= lead);
    }
    let first_reports = first_reports.max(1);
    let virtual_meeting = sentences.iter().take(first_reports).any(|&n| {
        (doc.sentence(n).range())
            .any(|k| doc.has_phrase(k, Cat::VirtualCue) || doc.has_phrase(k, Cat::RemoteMeeting))
    });
    later_meetings_elsewhere(
        doc,
        &mut context,
        &mut sentences,
        first_reports,
        !virtual_meeting,
    );
    // A name with words before its noun first ("the 33rd African Union Summit", "la VII Cumbre
    // de las Américas"), else one with words after it only ("la Cumbre de las Américas").
    let mut name = None;
    for &after_only in &[false, true] {
        for &n in &sentences {
            name = name.or_else(|| meeting_name(doc, n, after_only, status));
        }
    }
    Meeting {
        context,
        sentences,
        captions,
        previous,
        status,
        virtual_meeting,
        name,
    }
}

/// Whether the meeting verb at `verb` governs the meeting noun at `k` after it: no mark, and
/// no preposition of place, company, time or a gathering, between them ("host the 2027
/// leaders' meeting", not "met X in Beijing ahead of the summit").
fn governs(doc: &Doc, verb: usize, k: usize) -> bool {
    (verb + meeting_verb_len(doc, verb)..k).all(|j| {
        doc.token(j).kind != Kind::Punct
            && !doc.is_any_of(
                j,
                &[
                    Cat::PlacePreposition,
                    Cat::Comitative,
                    Cat::DatingPreposition,
                    Cat::ComplementMarker,
                ],
            )
            && !doc.has_phrase(j, Cat::WithinGathering)
    })
}

/// How far before a meeting noun a preposition places it ("at their previous summit").
const PLACING_REACH: usize = 4;

/// Whether the meeting noun at `k`, in the clause from `first`, is where something takes place:
/// a place preposition of where ("at", "en") or of the margins ("on the sidelines of") a few
/// words before it, maybe with its determiner and qualifiers between ("at their previous
/// summit").
fn places_a_verb(doc: &Doc, first: usize, k: usize) -> bool {
    (k.saturating_sub(PLACING_REACH).max(first)..k).any(|j| {
        doc.phrase_at(j, Cat::PlacePreposition)
            .is_some_and(|(len, how)| j + len <= k && matches!(how, WHERE | MARGINS))
    })
}

/// The clauses about the meeting reported after the first reports, from the meeting sentence
/// `from` on, that tell of another meeting:
/// - a phone or video call, when the first reports tell of a meeting `face_to_face` ("the
///   decision followed a phone call between the ministers");
/// - one on another day of the week and in a place of another country than the first reports',
///   by someone they name: another stop of the same trip ("X met Y in Amman on Sunday. X met Z
///   in Riyadh on Saturday.").
fn later_meetings_elsewhere(
    doc: &Doc,
    context: &mut [Context],
    sentences: &mut Vec<usize>,
    from: usize,
    face_to_face: bool,
) {
    let days = |first: usize, end: usize| -> Vec<i32> {
        (first..end)
            .filter_map(|k| doc.value(k, Cat::Weekday))
            .collect()
    };
    // The countries of the places named after a preposition of where, or of a journey's end
    // ("will fly to Abu Dhabi … to meet X", "viajará a Varsovia para reunirse con X"), token
    // by token (a clause's names are found where they start, not by a search of the
    // article's).
    let journey_end = |k: usize| {
        doc.is(k - 1, Cat::ArrivalPreposition)
            && doc.any_is(k.saturating_sub(4)..k - 1, Cat::ArrivalVerb)
    };
    let countries = |first: usize, end: usize| -> Vec<u16> {
        (first.max(1)..end)
            .filter(|&k| doc.value_is(k - 1, Cat::PlacePreposition, WHERE) || journey_end(k))
            .filter_map(|k| doc.name_starting(k))
            .filter_map(|m| m.country().or_else(|| doc.city_country(m.meaning)))
            .collect()
    };
    // The words of the names of people the first reports give: capitalised, of no table name
    // and no class of function words, days or months.
    let person_word = |k: usize| {
        doc.token(k).is_capitalized()
            && doc.name(k).is_none()
            && !doc.is_any_of(k, &[Cat::Stop, Cat::Weekday, Cat::Month])
            && crate::stages::roles::head_at(doc, k).is_none()
    };
    let (mut first_days, mut first_countries, mut first_people) =
        (Vec::new(), Vec::new(), Vec::new());
    for &n in sentences.iter().take(from) {
        let s = doc.sentence(n);
        first_days.extend(days(s.first, s.end));
        first_countries.extend(countries(s.first, s.end));
        first_people.extend(s.range().filter(|&k| person_word(k)).map(|k| doc.lower(k)));
    }
    let trips = !first_days.is_empty() && !first_countries.is_empty();
    if !face_to_face && !trips {
        return;
    }
    for &n in sentences.iter().skip(from) {
        let s = doc.sentence(n);
        for &(first, end, _) in &clauses(doc, s.first, s.end) {
            if !(first..end).any(|k| in_meeting_clause(context, k)) {
                continue;
            }
            let call = face_to_face
                && (first..end).any(|k| {
                    in_meeting_clause(context, k) && doc.has_phrase(k, Cat::RemoteMeeting)
                });
            let another_day = trips && !call && {
                let named_days = days(first, end);
                !named_days.is_empty() && named_days.iter().all(|d| !first_days.contains(d))
            };
            let elsewhere = another_day && {
                let places = countries(first, end);
                !places.is_empty() && places.iter().all(|c| !first_countries.contains(c))
            };
            // The same traveller goes on ("Roux met …"), not other people of the meeting's
            // preparation ("EU leaders will meet … On Monday, X met Y in Paris").
            let same_traveller = elsewhere
                && (first..end).any(|k| person_word(k) && first_people.contains(&doc.lower(k)));
            if call || same_traveller {
                set_context(context, first, end, Context::OtherMeeting);
            }
        }
    }
    keep_meeting_sentences(doc, context, sentences);
}

/// Keeps the sentences that still have a clause about the meeting.
fn keep_meeting_sentences(doc: &Doc, context: &[Context], sentences: &mut Vec<usize>) {
    let all = std::mem::take(sentences);
    for &n in &all {
        if doc
            .sentence(n)
            .range()
            .any(|k| in_meeting_clause(context, k))
        {
            sentences.push(n);
        }
    }
}

/// A photo caption: a sentence followed in its paragraph by a credit ("Name/Pool via REUTERS",
/// "AFP Photo"), or ending in a bracketed credit ("[File: Handout via Reuters]"). A credit
/// is an unterminated last line naming a news outlet or written with a slash.
fn is_caption(doc: &Doc, n: usize) -> bool {
    let credit = |first: usize, end: usize| {
        (first..end).any(|k| {
            doc.punct(k, '/')
                || doc.name(k).is_some_and(|m| {
                    matches!(m.meaning, crate::tables::lexicon::Meaning::Outlet(_))
                })
        })
    };
    let s = doc.sentence(n);
    let credit_after = doc.sentences.get(n + 1).is_some_and(|next| {
        let last_of_paragraph = doc
            .sentences
            .get(n + 2)
            .is_none_or(|after| after.paragraph != next.paragraph);
        next.paragraph == s.paragraph
            && !next.terminated
            && last_of_paragraph
            && credit(next.first, next.end)
    });
    // The last 12 tokens, back to an opening bracket.
    let mut bracketed_credit = false;
    let mut open = s.end;
    while open > s.first && s.end - open < 12 {
        open -= 1;
        if doc.punct(open, '[') {
            bracketed_credit = credit(open, s.end);
            break;
        }
    }
    credit_after || bracketed_credit
}

/// "A and B agreed on Saturday to build a railway. The two leaders met at State House": a
/// meeting sentence whose subject is a plural anaphor ("they", "both leaders", "the two
/// leaders", "los dos mandatarios") takes its sides from the sentence before it, which then
/// reports the meeting too, when no meeting word of its own gave that sentence a reading.
fn plural_subjects_antecedents(doc: &Doc, context: &mut [Context], sentences: &mut Vec<usize>) {
    let mut antecedents = Vec::new();
    for &n in sentences.iter() {
        let s = doc.sentence(n);
        let group_after = |len: usize| doc.has_phrase(s.first + len, Cat::ParticipantGroup);
        let anaphor = doc.is(s.first, Cat::PronounThey)
            || doc
                .phrase_at(s.first, Cat::PluralSide)
                .is_some_and(|(len, value)| value == 0 && group_after(len));
        let Some(before) = n.checked_sub(1) else {
            continue;
        };
        let b = doc.sentence(before);
        let unread = b.range().all(|k| context[k] == Context::None);
        if anaphor && unread && b.terminated && !sentences.contains(&before) {
            antecedents.push(before);
        }
    }
    for n in antecedents {
        let b = doc.sentence(n);
        set_context(context, b.first, b.end, Context::Meeting);
        sentences.push(n);
    }
    crate::text::sorting::sort_dedup(sentences);
}

/// "The summit was attended by:" then one line per leader: the lines of a list opened by a
/// meeting sentence ending in a colon belong to the meeting.
fn list_continuations(doc: &Doc, context: &mut [Context], sentences: &mut Vec<usize>) {
    let mut open = false;
    for n in 0..doc.sentences.len() {
        let s = doc.sentence(n);
        let last = s.end - 1;
        if open {
            let bullet = doc.token(s.first).is_any(&crate::stages::lists::BULLETS);
            if bullet || !s.terminated {
                for k in s.range() {
                    if let Some(c) = context.get_mut(k)
                        && *c == Context::None
                    {
                        *c = Context::Meeting;
                    }
                }
                if !sentences.contains(&n) {
                    sentences.push(n);
                }
                continue;
            }
        }
        open = doc.punct(last, ':') && in_meeting_clause(context, last);
    }
    // Each sentence is listed once: sorting them drops nothing.
    crate::text::sorting::sort_dedup(sentences);
}

/// The length of the verb of meeting or of attending at `k`, 0 when there is none.
pub fn meeting_verb_len(doc: &Doc, k: usize) -> usize {
    match doc.phrase_len(k, Cat::MeetingVerb) {
        0 => doc.phrase_len(k, Cat::Attendance),
        len => len,
    }
}

/// Whether the meeting noun at `k` names a meeting already named, by its definite article
/// ("the meeting", "the planned talks", "la reunión").
fn names_meeting_before(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::MeetingNoun)
        && (k >= 1 && doc.is(k - 1, Cat::DefiniteArticle)
            || k >= 2 && doc.is(k - 2, Cat::DefiniteArticle) && doc.token(k - 1).is_lowercase())
}

/// Whether words from `from` to `end`, in a clause from `first`, call off a meeting named
/// before them, its subject: "[the meeting] was cancelled", "[la reunión] no se celebró"; not
/// "hoped [the talks] would bring …", nor "[the talks] would not be postponed".
fn called_off_after(doc: &Doc, first: usize, from: usize, end: usize) -> bool {
    (from..end).any(|j| {
        let phrase = doc.phrase_at(j, Cat::NotHeldNow);
        let negated =
            phrase.is_some() && doc.any_is(from.max(j.saturating_sub(3))..j, Cat::Negation);
        phrase
            .filter(|_| !negated)
            .or_else(|| not_held_construction(doc, first, j))
            .is_some_and(|(_, value)| value != RECALLED)
    })
}

/// A meeting word: a meeting noun or verb, an arrival, attendance.
pub(crate) fn is_trigger(doc: &Doc, k: usize) -> bool {
    // "arrived in Addis Ababa", "traveled to Russia" (not "waves reached nine metres").
    let arrival = doc.is(k, Cat::ArrivalVerb)
        && (k + 1..k + 4).any(|j| {
            doc.is(j, Cat::ArrivalPreposition)
                && (doc.token(j + 1).is_capitalized() || doc.is(j + 1, Cat::DefiniteArticle))
        });
    let meeting_word =
        (doc.is(k, Cat::MeetingNoun) && !for_the_press(doc, k) && !qualifier(doc, k))
            || doc.has_phrase(k, Cat::RemoteMeeting)
            || arrival
            || (doc.has_phrase(k, Cat::JointVerb) && two_people_before(doc, k))
            || {
                let len = meeting_verb_len(doc, k);
                len > 0
                    && !attends_something_else(doc, k, k + len)
                    && !holds_something_else(doc, k, k + len)
                    && !hosts_something_else(doc, k, k + len)
            };
    meeting_word
        && !visits_something_else(doc, k)
        && !of_own_people(doc, k)
        && !in_debate(doc, k)
        && !denied_attendance(doc, k)
}

/// How far before a word of attendance the negative determiner of its subject may stand ("No
/// foreign ministers took part").
const DENIED_SUBJECT_REACH: usize = 4;

/// "Ministers did not take part", "No foreign ministers took part", "No participaron
/// mandatarios de otros países", "Ningún mandatario asistió": a word of attendance denied to a
/// group of titles, by a negation before it past its auxiliaries or by the negative
/// determiner of its subject, reports no one at a meeting. (A person who did not attend stays
/// in the meeting's story: "X did not attend, sending his deputy".)
fn denied_attendance(doc: &Doc, k: usize) -> bool {
    let len = doc.phrase_len(k, Cat::Attendance);
    if len == 0 {
        return false;
    }
    let mut j = k;
    while j > 0 && doc.is_any_of(j - 1, &[Cat::Auxiliary, Cat::Negation]) {
        j -= 1;
    }
    // A plural title or a group's noun, right before the verb group or past one word of it
    // ("Ministers did not take part"), or right after the verb ("No participaron mandatarios").
    let group = |t: usize| {
        crate::stages::roles::head_at(doc, t).is_some_and(|(.., plural)| plural)
            || doc.is_any_of(t, &[Cat::ParticipantGroup, Cat::LeaderGroup])
    };
    let after = k + len + usize::from(doc.is(k + len, Cat::Determiner));
    let negated = (j..k).any(|n| doc.is(n, Cat::Negation))
        && ((j.saturating_sub(2)..j).any(group) || group(after));
    let sentence_first = doc.sentence_at(k).first;
    let no_one = (k.saturating_sub(DENIED_SUBJECT_REACH).max(sentence_first)..k).any(|d| {
        doc.is(d, Cat::NegativeDeterminer)
            && (d + 1..k).all(|n| doc.token(n).kind != Kind::Punct && !doc.is(n, Cat::Stop))
    });
    negated || no_one
}

/// How far before a verb of acting together its subject may reach ("the President of
/// Ecuador, Santiago Cevallos, and the President of Peru, Rosa Huamán, signed").
const JOINT_SUBJECT_REACH: usize = 24;

/// Whether the words before the verb at `k` are a subject of two people joined by "and": a
/// name (or the comma closing its apposition) before the conjunction, and a name or a title
/// after it; between the conjunction and the verb only the words of a name, a title, a date or
/// a place ("A and B on Monday signed", "A y B este lunes en Quito firmaron"; not "A and B
/// shook hands after C and D signed").
fn two_people_before(doc: &Doc, k: usize) -> bool {
    let first = doc
        .sentence_at(k)
        .first
        .max(k.saturating_sub(JOINT_SUBJECT_REACH));
    let mut j = k;
    while j > first + 1 {
        j -= 1;
        if doc.value_is(j, Cat::PluralSide, JOINER) {
            let before = if doc.punct(j - 1, ',') { j - 2 } else { j - 1 };
            // Past a determiner, a possessive and a country ("her Estonian counterpart X").
            let mut after = j + 1;
            while after < j + 4
                && (doc.is_any_of(after, &[Cat::Determiner, Cat::PronounHe, Cat::PronounShe])
                    || doc.name_starting(after).is_some()
                    || doc.token(after).kind == Kind::Possessive)
            {
                after += 1;
            }
            // People of other trades, or firms, acting together meet no side ("the chief
            // executive of A and the president of B signed", "la petrolera A y la brasileña B").
            let trade = (first..k).any(|i| {
                doc.is(i, Cat::FirmNoun)
                    || crate::stages::roles::head_at(doc, i)
                        .is_some_and(|(_, class, _)| class == RoleClass::Bystander)
            });
            return doc.token(before).is_capitalized()
                && doc.name_starting(before).is_none()
                && names_a_person(doc, after)
                && !trade;
        }
        let t = doc.token(j);
        let of_a_subject = t.is_capitalized()
            || t.kind == Kind::Number
            || t.kind == Kind::Possessive
            || doc.punct(j, ',')
            || doc.name_starting(j).is_some()
            || crate::stages::roles::head_at(doc, j).is_some()
            || doc.is_any_of(
                j,
                &[
                    Cat::Stop,
                    Cat::Determiner,
                    Cat::SideLink,
                    Cat::DatingPreposition,
                    Cat::PlacePreposition,
                    Cat::Weekday,
                    Cat::Month,
                    Cat::Portfolio,
                    Cat::Auxiliary,
                ],
            )
            || doc.has_phrase(j, Cat::RelativeDay);
        if !of_a_subject {
            return false;
        }
    }
    false
}

/// Whether a person's reference may start at `j`: a title, or a capitalised word that is no
/// known name (of a country, a body or a place).
fn names_a_person(doc: &Doc, j: usize) -> bool {
    (doc.token(j).is_capitalized() && doc.name_starting(j).is_none())
        || crate::stages::roles::head_at(doc, j).is_some()
}

/// How far before a delegation a word of membership may stand ("part of the visiting
/// delegation").
const MEMBER_REACH: usize = 4;

/// "Ministers X and Y will accompany him", "acompañarán al presidente", "are part of the
/// visiting delegation", "forman parte de la comitiva": a word of coming with someone, whose
/// object is that person, or a delegation someone is part of, tells who goes with a side, not
/// that sides meet: the members of a meeting reported elsewhere, no meeting by itself.
fn of_a_companion(doc: &Doc, k: usize) -> bool {
    let len = doc.phrase_len(k, Cat::Attendance);
    if len == 0 || !(k..k + len).any(|i| doc.is(i, Cat::CompanionWord)) {
        return false;
    }
    // The person accompanied: a pronoun, or a title or a name past a link and a determiner.
    let mut j = k + len;
    if doc.value_is(j, Cat::SideLink, 0) {
        j += 1;
    }
    if doc.is(j, Cat::Determiner) {
        j += 1;
    }
    let person = doc.is_any_of(j, &[Cat::PronounHe, Cat::PronounShe, Cat::PronounThey])
        || names_a_person(doc, j);
    // The delegation one is part of: a membership word, a determiner and a qualifier before.
    let member = (k.saturating_sub(MEMBER_REACH)..k).any(|i| {
        doc.phrase_at(i, Cat::MembershipVerb)
            .is_some_and(|(len, _)| i + len <= k)
    });
    person || member
}

/// How far from a meeting word, in its sentence, a parliament's sitting may stand that makes
/// it an exchange in a debate (a clause or two: "during a censure debate on Tuesday, X and Y
/// traded accusations in a tense encounter").
const DEBATE_REACH: usize = 25;

/// "un duro cara a cara en la sesión de control", "during a censure debate, X and Y traded
/// accusations in a tense encounter": the meeting word at `k` stands near a parliament's
/// sitting, in its sentence: an exchange in a debate, no meeting of sides.
fn in_debate(doc: &Doc, k: usize) -> bool {
    let s = doc.sentence_at(k);
    let near = k.saturating_sub(DEBATE_REACH).max(s.first)..(k + DEBATE_REACH).min(s.end);
    doc.any_phrase(near, Cat::DebateSetting)
}

/// Whether a token of `range` that the text has is a meeting word.
fn any_trigger(doc: &Doc, range: std::ops::Range<usize>) -> bool {
    for j in range {
        if j < doc.tokens.len() && is_trigger(doc, j) {
            return true;
        }
    }
    false
}

/// How many words may stand between a verb of speech and the gathering it addresses ("told
/// the United Nations General Assembly").
const AUDIENCE_REACH: usize = 5;

/// "told the General Assembly", "addressed a summit", "habló ante la Asamblea": the meeting
/// noun at `k` is the audience of a speech, after its verb and the words of its name.
fn speech_audience(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::MeetingNoun)
        && (k.saturating_sub(AUDIENCE_REACH)..k).any(|j| {
            doc.phrase_at(j, Cat::AudienceVerb).is_some_and(|(len, _)| {
                // The words of the name or modifiers after the verb's first word ("told the
                // annual assembly", not "told reporters the meeting was useful").
                (j + len + 1..k).all(|n| {
                    let t = doc.token(n);
                    t.is_capitalized()
                        || doc.is(n, Cat::GenitiveLink)
                        || (t.is_lowercase()
                            && !doc.is(n, Cat::Stop)
                            && !doc.is(n, Cat::Determiner))
                })
            })
        })
}

/// "bilateral relations", "their bilateral ties", "la relación bilateral": a meeting noun
/// that says how many sides meet ("a bilateral") names a meeting only after a determiner and
/// before no other word of content; else it qualifies another noun. (A meeting noun it
/// qualifies, "bilateral talks", is a meeting word itself.)
fn qualifier(doc: &Doc, k: usize) -> bool {
    let before_noun = doc
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.is_lowercase() && !doc.is(k + 1, Cat::Stop));
    doc.phrase_at(k, Cat::PluralSide)
        .is_some_and(|(len, _)| len == 1)
        && (before_noun || !(k > 0 && doc.is(k - 1, Cat::Determiner)))
}

/// Whether the meeting word at `k` names a gathering of one side's own people, which has no
/// second side: of business or of a government's own body ("a business summit", "a cabinet
/// meeting", "the cabinet met"), or a meeting with one's own people ("met his aides").
pub fn of_own_people(doc: &Doc, k: usize) -> bool {
    let len = meeting_verb_len(doc, k).max(1);
    // "a business summit", "the cabinet met"; a noun's own qualifier after it ("encuentro
    // empresarial"); the body after its link ("a summit of business leaders", "reunión del
    // Gabinete") is the other side `meets_own_people` reads.
    (k > 0 && own_people_word(doc, k - 1))
        || (is_gathering_word(doc, k) && own_people_word(doc, k + 1))
        || meets_own_people(doc, k + len)
        || attends_own_people(doc, k)
}

/// Whether the word at `k` makes people one side's own (see `one_side_body`): some only
/// written small ("union leaders", not "the European Union").
pub fn own_people_word(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::OneSideBody)
        && (doc.token(k).is_lowercase() || !doc.value_is(k, Cat::OneSideBody, SMALL_ONLY))
}

/// The value of `one_side_body` words that are so only written small.
const SMALL_ONLY: i32 = 1;

/// A meeting noun or a gathering noun ("talks", "summit", "cumbre") at `k`.
pub fn is_gathering_word(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::MeetingNoun) || doc.is(k, Cat::GatheringNoun)
}

/// Whether a token of `range` is a meeting noun or a gathering noun.
fn any_gathering_word(doc: &Doc, range: std::ops::Range<usize>) -> bool {
    for k in range {
        if is_gathering_word(doc, k) {
            return true;
        }
    }
    false
}

/// "El XII Encuentro Empresarial contó con la participación de X", "the business forum was
/// attended by X": a word of attendance after the gathering it is of, when that gathering is
/// of one side's own people.
fn attends_own_people(doc: &Doc, k: usize) -> bool {
    if !doc.has_phrase(k, Cat::Attendance) {
        return false;
    }
    // Up to the attendance word's own comma (", attended by X").
    let mut j = k;
    while j > k.saturating_sub(OWN_LINK_REACH) {
        j -= 1;
        if j + 1 != k && doc.token(j).kind == Kind::Punct {
            return false;
        }
        if is_gathering_word(doc, j) {
            return of_own_people(doc, j);
        }
    }
    false
}

/// "mantuvo su postura", "celebraron la victoria": a verb of holding whose object is no
/// meeting ("mantuvo un encuentro", "celebraron una cumbre de dos días" are meetings).
fn holds_something_else(doc: &Doc, verb: usize, object: usize) -> bool {
    if !doc.has_phrase(verb, Cat::HoldingVerb) {
        return false;
    }
    for j in object..object + 4 {
        if names_meeting(doc, j) {
            return false;
        }
    }
    true
}

/// A meeting noun, or a phrase of a meeting without one (a call, a meal, a ceremony), at `j`.
fn names_meeting(doc: &Doc, j: usize) -> bool {
    doc.is(j, Cat::MeetingNoun)
        || any_phrase_of(doc, j, &[Cat::RemoteMeeting, Cat::Meal, Cat::Ceremony])
}

/// Whether a phrase of one of the classes `cats` starts at token `j`.
fn any_phrase_of(doc: &Doc, j: usize, cats: &[Cat]) -> bool {
    for &cat in cats {
        if doc.has_phrase(j, cat) {
            return true;
        }
    }
    false
}

/// "welcomed the ceasefire between Israel and Hamas", "acogió con satisfacción la decisión": a
/// verb of hosting whose object, past a manner adverbial, is a thing (see [`names_a_thing`]).
/// In the passive, its subject opening the sentence: "Two giant pandas were received by
/// embassy staff", "Dos pandas han sido recibidos".
fn hosts_something_else(doc: &Doc, verb: usize, object: usize) -> bool {
    if !doc.has_phrase(verb, Cat::HostVerb) {
        return false;
    }
    let mut group = verb;
    while group > 0 && doc.is_any_of(group - 1, &[Cat::Copula, Cat::Auxiliary]) {
        group -= 1;
    }
    let first = doc.sentence_at(verb).first;
    let passive_subject = group < verb
        && first < group
        && crate::stages::lists::find_punct(doc, first, group, ',').is_none()
        && names_a_thing(doc, first);
    passive_subject || names_a_thing(doc, object + doc.phrase_len(object, Cat::Adverbial))
}

/// "is due to visit a university in Manchester", "visitó la planta": a word of travel used as a
/// verb (no determiner before it) whose object is a thing visits a place, no one met; unless
/// two visit it together ("A and B visited a factory", "visitó una fábrica junto al
/// presidente de Togo").
fn visits_something_else(doc: &Doc, k: usize) -> bool {
    let together = || {
        let s = doc.sentence_at(k);
        doc.any_is(s.first..k, Cat::CopulativeConjunction)
            || doc.any_is(k + 1..s.end, Cat::Comitative)
            || doc.any_phrase(k + 1..s.end, Cat::CompanionWord)
    };
    doc.is(k, Cat::TravelWord)
        && !(k > 0 && doc.is(k - 1, Cat::Determiner))
        && doc.is(k + 1, Cat::Determiner)
        && names_a_thing(doc, k + 1)
        && !together()
}

/// Whether the object at `object` is a thing: a determiner and a lowercase noun that is no
/// time, in a phrase (up to a link, a place or a mark) that names no one: no name, title,
/// side, group of leaders or gathering.
fn names_a_thing(doc: &Doc, object: usize) -> bool {
    // "recibió duras críticas de Argentina": a bare plural needs no determiner, but a pronoun
    // is a person ("received him"). "had received more than 60 messages": a count, hedged or
    // not, before the noun.
    let hedge = doc.phrase_len(object, Cat::Hedge);
    let counted = doc.is_count(object + hedge);
    let object = if counted { object + hedge + 1 } else { object };
    let noun = object + usize::from(doc.is(object, Cat::Determiner));
    // "would receive new equipment": a function word that is no preposition ("received with
    // honours", "in private", "por primera vez") before a noun of prose qualifies it.
    let qualifier = doc.is(noun, Cat::Stop)
        && !doc.is_any_of(
            noun,
            &[
                Cat::PhrasePreposition,
                Cat::ObjectPreposition,
                Cat::Comitative,
                Cat::PlacePreposition,
                Cat::ParticiplePreposition,
            ],
        )
        && doc.token(noun + 1).is_lowercase()
        && !doc.is(noun + 1, Cat::Stop);
    if doc.is_any_of(
        noun,
        &[
            Cat::PronounHe,
            Cat::PronounShe,
            Cat::PronounThey,
            Cat::PronounIt,
        ],
    ) || !doc.token(noun).is_lowercase()
        || doc.is_any_of(
            noun,
            &[Cat::Weekday, Cat::TimeNoun, Cat::WeekRef, Cat::DayPart],
        )
        || doc.is(noun, Cat::Stop) && !qualifier
    {
        return false;
    }
    for j in noun..noun + 4 {
        let t = doc.token(j);
        // (Up to a link, or a preposition of where: "a university in Manchester".)
        if t.kind == Kind::Punct
            || t.kind == Kind::Possessive
            || doc.is_any_of(j, &[Cat::SideLink, Cat::GenitiveLink])
            || doc.value_is(j, Cat::PlacePreposition, WHERE)
        {
            break;
        }
        if t.is_capitalized()
            || crate::stages::roles::head_at(doc, j).is_some()
            || names_meeting(doc, j)
            || doc.is_any_of(j, &[Cat::GatheringNoun, Cat::SideNoun, Cat::OneSideBody])
            || any_phrase_of(doc, j, &[Cat::ParticipantGroup, Cat::DelegationNoun])
        {
            return false;
        }
    }
    true
}

/// A verb that reports a meeting as held, unless a future auxiliary stands right before it
/// ("will be received", "será recibido"). An auxiliary that is no copula reports one only with
/// a meeting for its object ("had talks", "had a warm and constructive discussion"; not "had
/// wished to see").
pub fn past_verb(doc: &Doc, k: usize) -> bool {
    let auxiliary = doc.is(k, Cat::Auxiliary) && !doc.is(k, Cat::Copula);
    // "was expected to meet", "were due to hold talks", "was to meet": a plan told in the past
    // leaves the meeting it is made for to come, or not held ("the meeting was expected to
    // produce a deal" was held).
    let plan = || {
        let len = doc.phrase_len(k, Cat::PastPlan);
        len > 0 && any_trigger(doc, k + len - 1..k + len + 2)
    };
    doc.has_phrase(k, Cat::PastMeetingVerb)
        && !plan()
        && (!auxiliary
            || (k + 1..k + 7)
                .take_while(|&j| doc.token(j).kind != Kind::Punct)
                .any(|j| names_meeting(doc, j)))
        && !(k.saturating_sub(2)..k).any(|j| doc.is(j, Cat::FutureAuxiliary) || future_verb(doc, j))
}

/// A verb of the meeting in the future tense written in the verb's ending: a meeting word
/// itself or next to one ("se reunirá", "celebrarán una cumbre", "la cumbre será", not "las
/// cuotas que cumplirán"). A lowercase word, as names ending so are not verbs.
/// A verb of taking place has the meeting for its subject wherever it stands ("la cumbre
/// entre … se celebrará").
pub fn future_verb(doc: &Doc, k: usize) -> bool {
    future_form(doc, k)
        && (any_trigger(doc, k.saturating_sub(3)..k + 4)
            || doc.any_phrase(k.saturating_sub(1)..k + 1, Cat::OccurrenceVerb))
}

/// "will meet", "is scheduled to hold talks", "se reunirán": the meeting word at `k` in the
/// future, by a marker before it or its own ending; a marker that opens a clause ("está
/// previsto que X se reúna") from anywhere before it since the sentence's `first` token.
fn in_future(doc: &Doc, first: usize, k: usize) -> bool {
    for j in first..k {
        let len = doc.phrase_len_valued(j, Cat::FutureMarker, FUTURE_TENSE);
        if len > 0 && (j + 4 >= k || doc.any_is(j + len - 1..j + len + 1, Cat::Complementizer)) {
            return true;
        }
    }
    // The meeting word's own ending, or that of the verb of holding it is the object of
    // ("celebrarán una cumbre en mayo", "mantendría un encuentro").
    let verb_first = k.saturating_sub(HELD_OBJECT_REACH).max(first);
    (verb_first..k + meeting_verb_len(doc, k).max(1))
        .any(|j| future_verb(doc, j) || conditional_meeting_verb(doc, j))
}

/// The first word from `first` to `end` that puts what follows in the future: a future marker
/// of the verb's own ("will address", "is due to speak at") or a verb in the future tense
/// ("visitará el martes la Asamblea Nacional"); `end` when there is none.
fn first_future_word(doc: &Doc, first: usize, end: usize) -> usize {
    (first..end)
        .find(|&j| {
            doc.phrase_len_valued(j, Cat::FutureMarker, FUTURE_TENSE) > 0 || future_form(doc, j)
        })
        .unwrap_or(end)
}

/// How far before a meeting noun the verb of holding it may stand ("celebrarán una cumbre").
const HELD_OBJECT_REACH: usize = 3;

/// "a press conference", "a news conference": the meeting noun at `k` names an event held for
/// the press, which one side may hold alone.
fn for_the_press(doc: &Doc, k: usize) -> bool {
    (k > 0 && doc.is(k - 1, Cat::MediaEvent))
        || (doc.is(k + 1, Cat::GenitiveLink) && doc.is(k + 2, Cat::MediaEvent))
}

/// How far after a meeting word its link to the other side may stand, past words of time
/// ("se reunieron esta mañana con …").
const OWN_LINK_REACH: usize = 6;
/// How many words of the other side's phrase may name one side's own people ("with his chief
/// of staff", "con el jefe de Gabinete").
const OWN_PHRASE_REACH: usize = 4;

/// "met his aides", "se reunió con sus colaboradores", "se reunieron con el jefe de Gabinete":
/// the other side after the meeting word ending at `end` (its object, or the phrase after its
/// link to the other side) is one side's own people, not a second side. The phrase ends at a
/// mark, a possessive (someone else's staff), a conjunction or a place ("met X in the Cabinet
/// Room"); a title that begins with the word or goes on after it ("Cabinet Secretary for …")
/// names an office, no own people.
fn meets_own_people(doc: &Doc, end: usize) -> bool {
    let mut first = end;
    for j in end..end + OWN_LINK_REACH {
        if doc.token(j).kind == Kind::Punct {
            break;
        }
        if doc.value_is(j, Cat::SideLink, 1) {
            first = j + 1;
            break;
        }
    }
    for j in first..first + OWN_PHRASE_REACH {
        // Past the end, the end sentinel is punctuation; a conjunction between two countries'
        // adjectives joins the people's countries ("German and Brazilian business leaders").
        let t = doc.token(j);
        let countries_joined = doc.is(j, Cat::Conjunction)
            && j > first
            && doc.name(j - 1).is_some_and(|m| m.country_form().is_some())
            && doc
                .name_starting(j + 1)
                .is_some_and(|m| m.country_form().is_some());
        if t.kind == Kind::Punct
            || t.kind == Kind::Possessive
            || (doc.is_any_of(j, &[Cat::Conjunction, Cat::PlacePreposition]) && !countries_joined)
        {
            break;
        }
        // Not "business leaders": a group of the body's own people.
        let office = (doc.role_at(j).is_some_and(|(len, _, _)| len > 1)
            || crate::stages::roles::head_at(doc, j + 1).is_some())
            && !doc.is(j + 1, Cat::LeaderGroup);
        if own_people_word(doc, j) && !office {
            return true;
        }
    }
    false
}

/// "The king attended the match": "attend" with an object that is no meeting ("attended the
/// summit", "were among those attending" are meetings).
fn attends_something_else(doc: &Doc, verb: usize, object: usize) -> bool {
    if !doc.is(verb, Cat::AttendVerb) {
        return false;
    }
    let mut named_something = false;
    for j in object..object + 6 {
        // Past the end, the end sentinel is punctuation.
        let t = doc.token(j);
        if t.kind == crate::text::tokens::Kind::Punct || t.line_before {
            break;
        }
        // A title first: people attending, the subject after its verb ("asistieron el
        // canciller X y la ministra Y") or the agent of a passive ("attended by President X").
        if is_gathering_word(doc, j)
            && !for_the_press(doc, j)
            && !of_own_people(doc, j)
            || !named_something && crate::stages::roles::head_at(doc, j).is_some()
            // "attended on behalf of the president", "asistió en representación de" (a stand-in):
            // the meeting, for someone else.
            || any_phrase_of(
                doc,
                j,
                &[Cat::RemoteMeeting, Cat::Ceremony, Cat::Meal, Cat::StandIn],
            )
            // "Those expected to attend include X": the attendees, listed after a verb of
            // membership.
            || doc.is(j, Cat::MembershipVerb)
        {
            return false;
        }
        named_something |= !doc.is_any_of(j, &[Cat::Determiner, Cat::Stop]);
    }
    named_something
}

/// "the previous meeting", "their first summit", "a separate meeting", "met earlier": the
/// meeting word names a meeting other than the article's; `first_report` when no sentence
/// before reports the meeting.
fn is_other_meeting(
    doc: &Doc,
    k: usize,
    sentence: &crate::text::sentences::Sentence,
    published: Option<Date>,
    first_report: bool,
) -> bool {
    // "the previous meeting", "their last summit" (not "next week to meet": a time), in the
    // meeting word's own phrase ("quien fue elegida el año pasado, recibirá": a comma between).
    let start = k.saturating_sub(3).max(sentence.first);
    let mut from = start;
    for j in start..k {
        if doc.punct(j, ',') {
            from = j + 1;
        }
    }
    // "la última sesión del encuentro", "the last session of the summit": the final part of a
    // meeting, not another one.
    let part = doc.is(k + 1, Cat::GenitiveLink) && any_gathering_word(doc, k + 2..k + 4);
    let before_other = (from..k).any(|j| {
        // A time noun of the meeting word itself qualifies it still ("el próximo período de
        // sesiones").
        let own_time = doc.is(j + 2, Cat::GenitiveLink) && j + 3 == k;
        // The qualifier of the nearest meeting word after it ("la última sesión del encuentro"
        // qualifies "sesión").
        let nearer = doc.any_is(j + 1..k, Cat::MeetingNoun);
        (doc.is(j, Cat::OtherMeeting)
            && !part
            && !nearer
            && !doc.token(j).is_capitalized()
            && (!doc.is(j + 1, Cat::TimeNoun) || own_time)
            && !doc.is_any_of(j + 1, &[Cat::Weekday, Cat::Month]))
            || doc.value_is(j, Cat::OtherMeeting, ALWAYS_OTHER)
    });
    // "la cumbre anterior", "una reunión separada": the qualifier after the noun, where a
    // language puts its adjectives after (not "the talks last week", "met earlier").
    let after_other = marker_after_noun(
        doc,
        k,
        Cat::OtherMeeting,
        &[Cat::TimeNoun, Cat::Weekday, Cat::Month],
    ) && !doc.is(k + 1, Cat::Recency);
    // "the anniversary of the landmark visit", "el aniversario de la cumbre": the meeting word
    // completes a noun of another meeting.
    let of_other = (k.saturating_sub(GENITIVE_REACH).max(sentence.first)..k).any(|j| {
        doc.is(j, Cat::OtherMeeting)
            && doc.token(j).is_lowercase()
            && doc.is(j + 1, Cat::GenitiveLink)
            && (j + 2..k).all(|n| doc.token(n).kind != Kind::Punct && !doc.is(n, Cat::MeetingNoun))
    });
    // "a film about talks hosted by X", "una exposición sobre la cumbre": the meeting, and what
    // the phrase says of it, is what a work tells of.
    let told_of = (k.saturating_sub(GENITIVE_REACH).max(sentence.first)..k).any(|j| {
        let link = doc.is(j + 1, Cat::GenitiveLink)
            || doc.value_is(j + 1, Cat::ComplementMarker, TOPIC_PREPOSITION);
        doc.is(j, Cat::WorkNoun)
            && doc.token(j).is_lowercase()
            && link
            && (j + 2..k).all(|n| doc.token(n).kind != Kind::Punct)
    });
    let earlier_after = earlier_after(doc, k);
    // "November's summit", "the 2019 summit": a month or year named right before.
    let dated_before = (k.saturating_sub(3).max(sentence.first)..k).any(|j| {
        let t = &doc.token(j);
        // "November's summit", "the November summit"
        let month = doc
            .value(j, Cat::Month)
            .filter(|_| t.is_capitalized() && (doc.is_possessive(j + 1) || j + 1 == k));
        let year = year_of(t);
        month.is_some_and(|m| months_away(published, m))
            || year.is_some_and(|y| published.is_some_and(|p| p.year != y))
    });
    // "met German Chancellor Anna Brandt in Brussels in 2011": a year past the meeting's sides
    // and place, with no other word of content between, dates it.
    let year_past_sides = (k + meeting_verb_len(doc, k).max(1)..sentence.end)
        .take_while(|&j| {
            let t = doc.token(j);
            t.is_capitalized()
                || doc.is_any_of(j, &[Cat::Stop, Cat::Determiner, Cat::SideLink])
                || crate::stages::roles::head_at(doc, j).is_some()
                || doc.name_starting(j).is_some()
                || doc.punct(j, ',')
                || t.kind == Kind::Number
        })
        .any(|j| {
            // Not the start of a span ("the first since 2023").
            doc.is(j - 1, Cat::DatingPreposition)
                && !doc.is(j - 1, Cat::SinceLink)
                && year_of(doc.token(j)).is_some_and(|y| published.is_some_and(|p| y < p.year))
        });
    // "In 2011, X met Y", "En 1991, X participó en la cumbre": a year that opens the sentence,
    // set off by its comma, dates all it tells; so it does after a quote mark that opens it.
    let first = sentence.first + usize::from(doc.token(sentence.first).is_quote_mark());
    let dated_first = doc.is(first, Cat::DatingPreposition)
        && doc.punct(first + 2, ',')
        && first + 2 < k
        && year_of(doc.token(first + 1)).is_some_and(|y| published.is_some_and(|p| y < p.year));
    // "Blinken also met with …", "is set to also meet …": another meeting of the same trip.
    let also = k >= 1 && doc.is(k - 1, Cat::AdditiveAdverb) && doc.has_phrase(k, Cat::MeetVerb);
    // "Modi later travelled to Marseille", "luego viajó a Marsella": a later stop of the trip.
    // (Not after a meeting word of its own sentence: "met X on the 3rd and then flew on".)
    let later_stop = doc.is(k, Cat::ArrivalVerb)
        && doc.any_phrase(k.saturating_sub(2)..k + 2, Cat::SequenceAdverb)
        && !any_trigger(doc, sentence.first..k);
    // "at their meeting in San Francisco in November", "… took place in 2019": a meeting dated
    // away from the publication.
    let mut end = k + DATING_REACH;
    // The sides in its genitive or after its link of sides do not count either ("a meeting of
    // G7 foreign ministers in Canada in November", "la cumbre entre la UE y la CELAC celebrada
    // en Bruselas en 2023").
    // (Not the company of "held talks with X in Tallinn last month": a meeting noun with its
    // article names a meeting.)
    if doc.is(k + 1, Cat::GenitiveLink)
        || (doc.is(k, Cat::MeetingNoun)
            && k > 0
            && doc.is(k - 1, Cat::Determiner)
            && doc.value_is(k + 1, Cat::SideLink, 1))
    {
        end += (k + 2..end)
            .take_while(|&j| !doc.is(j, Cat::DatingPreposition) && doc.token(j).kind != Kind::Punct)
            .count();
    }
    // A name in apposition, set off by commas, does not count ("su cumbre con el presidente
    // estadounidense, X Y, celebrada en febrero").
    let opening = (k + 1..end.min(sentence.end))
        .find(|&j| doc.punct(j, ',') && doc.token(j + 1).is_capitalized());
    if let Some(open) = opening
        && let Some(close) =
            (open + 2..(open + APPOSITION_REACH).min(sentence.end)).find(|&j| doc.punct(j, ','))
    {
        end += close + 1 - open;
    }
    let end = end.min(sentence.end);
    // A meeting to come in a later month dates the meeting the text first reports; after it,
    // a later meeting is another ("Leaders are scheduled to meet in September").
    let future = first_report && in_future(doc, sentence.first, k);
    // "their first meeting since 2023": a word that is a verb and a noun is the noun but after
    // an auxiliary ("have been meeting since 2023").
    let as_verb = doc.has_phrase(k, Cat::MeetingVerb)
        && (!doc.is(k, Cat::MeetingNoun)
            || (k > 0 && doc.is_any_of(k - 1, &[Cat::Auxiliary, Cat::Copula])));
    let dated_elsewhere = (k + 1..end).any(|j| {
        // "in 2019", "last November"; "la cumbre de noviembre", "the summit of 2019": the
        // meeting word's own genitive.
        // "the first summit since 2020", "su primera participación desde 2019": the year
        // starts the span before the meeting, it does not date it (but "have met twice since
        // 2019" tells of other meetings).
        // "met for the first time since 2019", "por primera vez desde 2019": a time not
        // counted before the link starts the span too (but "three times since 2019").
        let first_time = j >= 3 && doc.is(j - 2, Cat::TimeNoun) && !doc.is_count(j - 3);
        let span_start = (!as_verb || first_time) && doc.has_phrase(j - 1, Cat::IntervalLink);
        let in_or_last = (doc.is(j - 1, Cat::DatingPreposition) && !span_start)
            || (j == k + 2 && doc.is(k, Cat::MeetingNoun) && doc.is(j - 1, Cat::GenitiveLink));
        let t = &doc.token(j);
        let year = year_of(t);
        // A month with its capital where the language writes months so.
        let month = doc
            .lex
            .value(Cat::Month, &t.lower)
            .filter(|_| t.is_capitalized() || !doc.is(j, Cat::CapitalizedMonth));
        // "met X last week" reports the article's meeting; "last year", "last week" after the
        // meeting the article first reports, or after a noun ("the summit, postponed last
        // month"), dates another.
        let last_period = doc
            .phrase_at(j - 1, Cat::PastPeriod)
            .is_some_and(|(_, value)| value == LONG_PAST || !first_report || !as_verb);
        // "se reunirán en abril", "will meet in 2027": a later month or year dates a meeting
        // still to come.
        match (year, month) {
            (Some(y), _) => {
                in_or_last && published.is_none_or(|p| p.year != y && !(future && y > p.year))
            }
            (_, Some(m)) => {
                in_or_last
                    && !future
                    && doc.token(j + 1).kind != Kind::Number
                    && months_away(published, m)
            }
            _ => last_period,
        }
    });
    // "Putin recalled that he had a phone call with Trump, whereas Abe met him": what a verb
    // of recalling reports is of the past; so is the meeting it takes for its object
    // ("recordó la reunión a solas que mantuvieron", "recalled their first summit").
    // A meeting noun further on, with no verb of meeting between, is one of the things it
    // recalls ("recalled evenings with his counterparts, and a meeting with the Chinese
    // premier"; not "recalled the victims and met X").
    let mut recalled = false;
    let noun = is_gathering_word(doc, k) && !doc.has_phrase(k, Cat::MeetingVerb);
    for j in sentence.first..k {
        if !doc.is(j, Cat::RecallVerb) {
            continue;
        }
        let object = k - j <= RECALLED_OBJECT_REACH
            && (j + 1..k).all(|n| {
                doc.is(n, Cat::Determiner) || (doc.token(n).is_lowercase() && !doc.is(n, Cat::Stop))
            });
        let listed =
            noun && (j + 1..k).all(|n| !doc.has_phrase(n, Cat::MeetingVerb) && !doc.punct(n, ';'));
        recalled |= doc.is(j + 1, Cat::Complementizer) || object || listed;
    }
    // "Separately, X met Y", "Por separado, …": a sentence opened apart from the meeting.
    let opener = doc.phrase_len(sentence.first, Cat::SeparateOpener);
    let apart =
        opener > 0 && sentence.first + opener < k && doc.punct(sentence.first + opener, ',');
    // "met with him separately", "to separately hold talks": the same word beside the verb.
    let mut separately = doc.any_phrase(k.saturating_sub(2)..k, Cat::SeparateOpener);
    for j in k + 1..sentence.end.min(k + DATING_REACH) {
        if doc.token(j).kind == Kind::Punct {
            break;
        }
        separately |= doc.has_phrase(j, Cat::SeparateOpener);
    }
    // "two months after Kim's summit with Trump", "dos meses después de la cumbre": a meeting
    // a span of time away from the one reported.
    let mut spaced = false;
    for j in k.saturating_sub(SPAN_REACH).max(sentence.first + 2)..k {
        spaced |= span_link(doc, j);
    }
    before_other
        || after_other
        || recalled
        || counted(doc, k, sentence)
        || spaced
        || apart
        || separately
        || of_other
        || told_of
        || earlier_after
        || also
        || later_stop
        || dated_elsewhere
        || dated_before
        || dated_first
        || year_past_sides
        || said_of_former(doc, k, sentence.first)
}

/// Whether month `m` is more than a month before the publication (a meeting dated then is
/// another one), known.
fn months_away(published: Option<Date>, m: i32) -> bool {
    published.is_some_and(|p| (p.month as i32 - m).rem_euclid(12) > 1)
}

/// "who held three summits with X", "celebró tres cumbres con X": a meeting noun counted
/// above one, in a sentence that dates nothing, tells of several meetings over time, none of
/// them the one reported ("held two meetings on Monday" are its parts, as are "two sessions"
/// of a meeting named before them).
fn counted(doc: &Doc, k: usize, sentence: &crate::text::sentences::Sentence) -> bool {
    // The noun at `k`, or the object of the verb of holding there ("celebró tres cumbres").
    let noun = if doc.is(k, Cat::MeetingNoun) {
        k
    } else {
        k + meeting_verb_len(doc, k) + 1
    };
    // A count written apart ("a three-on-three meeting" counts no meetings), no year ("a 2018
    // meeting").
    let count = (noun.checked_sub(1))
        .filter(|&j| {
            doc.token(j).space_before
                && doc.token(noun).space_before
                && year_of(doc.token(j)).is_none()
        })
        .and_then(|j| {
            doc.value(j, Cat::Number)
                .or_else(|| doc.token(j).text.parse::<i32>().ok())
        });
    if !doc.is(noun, Cat::MeetingNoun) || count.is_none_or(|n| n < 2) {
        return false;
    }
    // (A month a language capitalises is one only so: "may" is a modal.)
    let dated = sentence.range().any(|j| {
        doc.is_any_of(j, &[Cat::Weekday, Cat::RelativeDay])
            || doc.is(j, Cat::Month)
                && (doc.token(j).is_capitalized() || !doc.is(j, Cat::CapitalizedMonth))
    });
    // "La cumbre contará con dos sesiones plenarias": the parts of a meeting named before.
    let parts = doc.any_is(sentence.first..noun.saturating_sub(1), Cat::MeetingNoun);
    !dated && !parts
}

/// "met earlier", "se reunieron por última vez": a word of recency right after the meeting
/// word (a verb of several words, "se reunieron", ends first), not of the present after it
/// ("earlier today").
fn earlier_after(doc: &Doc, k: usize) -> bool {
    let end = k + doc.phrase_len(k, Cat::MeetingVerb).max(1);
    doc.phrase_at(end, Cat::Recency)
        .is_some_and(|(len, v)| v == BEFORE_NOW && !doc.value_is(end + len, Cat::Recency, NOW))
}

/// "two months after", "a year before", "dos meses después de": the link at `k` after a
/// counted span of time (not "next week after": a date).
fn span_link(doc: &Doc, k: usize) -> bool {
    if k < 2 {
        return false;
    }
    let count = k - 2;
    doc.is_count(count) && doc.is(k - 1, Cat::TimeNoun) && doc.has_phrase(k, Cat::IntervalLink)
}

/// How far before a meeting word the link of a span of time may stand ("two months after
/// Kim's summit").
const SPAN_REACH: usize = 4;

/// How far after a meeting word a date still dates it ("the talks in Riga last year"), not
/// counting a name in apposition.
const DATING_REACH: usize = 8;

/// How far after a verb of recalling the meeting noun it takes for its object may stand, past
/// its determiner and adjectives ("recalled their first summit").
const RECALLED_OBJECT_REACH: usize = 3;

/// How far before a meeting word a noun it completes may stand ("the anniversary of the
/// landmark visit").
const GENITIVE_REACH: usize = 6;

/// The longest name in apposition, with its commas.
const APPOSITION_REACH: usize = 6;

/// The value of the `other_meeting` words that make another meeting wherever they stand.
const ALWAYS_OTHER: i32 = 1;
/// The values of `recency`: before the time of writing, and the present.
pub const BEFORE_NOW: i32 = 1;
const NOW: i32 = 0;

/// The year a token writes in four figures ("2019").
fn year_of(t: &crate::text::tokens::Token) -> Option<i32> {
    (t.kind == Kind::Number && t.text.len() == 4)
        .then(|| crate::text::calendar::digits_value(&t.text))
        .flatten()
        .and_then(|year| i32::try_from(year).ok())
}

/// "Former President Jimmy Carter, who brokered the talks between …": a relative clause said
/// of a past office holder tells of the past.
fn said_of_former(doc: &Doc, k: usize, sentence_first: usize) -> bool {
    // The nearest relative word after a comma before `k`.
    let mut relative = k;
    loop {
        if relative <= sentence_first + 1 {
            return false;
        }
        relative -= 1;
        if doc.is(relative, Cat::Relative) && doc.punct(relative - 1, ',') {
            break;
        }
    }
    (relative.saturating_sub(8).max(sentence_first)..relative)
        .any(|j| doc.value_is(j, Cat::RoleModifier, 1))
}

/// "Twenty years ago, X and Y met", "on the anniversary of the summit", "the summit has been
/// postponed indefinitely": the clause recalls a meeting long past, or one called off with no
/// new date ("postponed to March" is still planned); a side calling off its attendance calls
/// off no meeting. The value of the phrase that tells so: [`RECALLED`] or [`CALLED_OFF`].
fn not_held_now(doc: &Doc, first: usize, end: usize) -> Option<i32> {
    for k in first..end {
        let Some((len, value)) = doc
            .phrase_at(k, Cat::NotHeldNow)
            .or_else(|| not_held_construction(doc, first, k))
        else {
            continue;
        };
        // "la venta de electricidad, suspendida desde enero": set off after a common noun,
        // in a phrase with no meeting word (not "the meeting in Rome, cancelled last week",
        // nor the subject's name, "X, rechazó reunirse"), it describes that phrase.
        if k >= first + 2
            && doc.punct(k - 1, ',')
            && doc.token(k - 2).is_lowercase()
            && !any_trigger(doc, k.saturating_sub(DESCRIBED_REACH).max(first)..k - 1)
        {
            continue;
        }
        let after = k + len;
        match value {
            // "en el cuarto aniversario de la invasión": a day kept for an event that is no
            // meeting dates the meeting, it recalls none.
            RECALLED => {
                if !doc.is(after, Cat::GenitiveLink)
                    || any_gathering_word(doc, after + 1..after + GENITIVE_REACH)
                {
                    return Some(RECALLED);
                }
            }
            // "canceló su participación en la cumbre": one side's attendance, not the meeting.
            _ if doc.any_phrase(after..after + 2, Cat::Attendance) => {}
            // "concluyó con la suspensión de los aranceles": something else called off.
            _ if calls_off_something_else(doc, after) => {}
            REFUSED => return Some(CALLED_OFF),
            // "postponed until April 20": the new date may stand past the clause's end.
            _ => {
                if !new_date(doc, after, doc.sentence_at(after).end) {
                    return Some(CALLED_OFF);
                }
            }
        }
    }
    None
}

/// How many words after its link the thing a word of calling off names may take.
const CALLED_OFF_REACH: usize = 5;

/// "la suspensión de los aranceles", "the postponement of the vote": after a word of calling
/// off ending at `after`, its genitive link and a determiner open a phrase with no meeting
/// word, the thing called off ("la suspensión de la cumbre", "the cancellation of the talks"
/// call off the meeting; "aplazada de nuevo" has no determiner, and is the meeting's).
fn calls_off_something_else(doc: &Doc, after: usize) -> bool {
    // Past an adjective of its own ("la suspensión gradual de los aranceles").
    let qualified = doc.token(after).is_lowercase() && !doc.is(after, Cat::Stop);
    let after = after + usize::from(qualified);
    if !doc.is(after, Cat::GenitiveLink) {
        return false;
    }
    // "del" is the link and the determiner in one word.
    let first = if doc.is(after, Cat::Determiner) {
        after + 1
    } else if doc.is(after + 1, Cat::Determiner) {
        after + 2
    } else {
        return false;
    };
    for j in first..first + CALLED_OFF_REACH {
        // Past the end, the end sentinel is punctuation.
        if doc.token(j).kind == Kind::Punct {
            break;
        }
        if names_meeting(doc, j) || is_gathering_word(doc, j) {
            return false;
        }
    }
    true
}

/// A new date of a meeting called off, from token `from` to the clause's `end`: not the day
/// it was called off ("called off on Tuesday") nor the day it was reported ("postponed
/// indefinitely, the ministry said on Monday").
fn new_date(doc: &Doc, from: usize, end: usize) -> bool {
    // Whether a word of a plan has stood since `from`: not the date it was planned for
    // ("suspendió la reunión prevista para el jueves", "la visita que tenía previsto realizar
    // el 11 de marzo"; but "will now be held on 12 May", "se celebrará el 12 de mayo" tell the
    // new one). Kept as the words are read, as is the attribution that ends the search.
    let mut planned_for = false;
    for j in from..end {
        let date = doc.is_any_of(j, &[Cat::Month, Cat::Weekday])
            || doc.has_phrase(j, Cat::RelativeDay)
            || doc.value_is(j, Cat::WeekRef, 1);
        // Nor a time since ("suspended since January").
        let since = doc.is(j - 1, Cat::SinceLink) || doc.is(j.saturating_sub(2), Cat::SinceLink);
        if date && !doc.value_is(j - 1, Cat::WeekRef, 0) && !planned_for && !since {
            return true;
        }
        if doc.is(j, Cat::Attribution) {
            return false;
        }
        planned_for |= doc.phrase_at(j, Cat::FutureMarker).is_some_and(|(len, _)| {
            (j..j + len).all(|w| {
                !doc.is_any_of(w, &[Cat::Modal, Cat::FutureAuxiliary])
                    && !doc.ends_in(w, Cat::FutureEnding, 1)
            })
        });
    }
    false
}

/// How many tokens an aside between commas may hold after the verb of a denied meeting ("No
/// habrá, según fuentes oficiales, un encuentro").
const ASIDE_REACH: usize = 6;

/// How far after a word of condition the meeting verb it supposes may stand ("if Indian Prime
/// Minister X and Chinese President Y were to meet").
const CONDITION_REACH: usize = 16;

/// How far before a phrase set off by a comma the noun it describes may stand ("the meeting
/// in Rome, cancelled last week").
const DESCRIBED_REACH: usize = 5;

/// The constructions read as a phrase of `not_held_now` at `k`: "hace veinte años", a count
/// of years after a word that dates back from now, recalls a meeting long past; "hoped to meet
/// X", "quiere reunirse con X", a meeting only wished for, when no meeting word comes before
/// the wish in its clause ("met on Monday and hope to meet again" reports one), and "will not
/// take place", "no se celebrará", a meeting denied, call the meeting off, up to the verb they
/// govern, so that a date after it still plans the meeting ("hopes to meet X on Friday").
fn not_held_construction(doc: &Doc, first: usize, k: usize) -> Option<(usize, i32)> {
    // Not "gobierna desde hace 20 años": a span up to now.
    if doc.is(k, Cat::AgoLead)
        && !(k > 0 && doc.is(k - 1, Cat::SinceLink))
        && doc.is_count(k + 1)
        && doc.is(k + 2, Cat::YearSpan)
    {
        return Some((3, RECALLED));
    }
    // "declined an invitation to meet X", "rechazó reunirse con X": refused, whatever date
    // follows (up to the clause's end); not "rejected the proposal at the meeting".
    // An offer refused, the verb's object, refuses the meeting anywhere in its clause
    // ("rejected an invitation from X to hold a summit in Baku", "rechazó la invitación para
    // asistir a la cumbre"), unless the clause reported a meeting first ("met X and rejected
    // the offer at the meeting").
    let refusal = doc.phrase_len(k, Cat::RefusalVerb);
    if refusal > 0 {
        let offer_refused = !any_trigger(doc, first..k);
        let near = k + refusal + 4;
        let mut reach = near;
        let mut j = k + refusal;
        while j < reach {
            if doc.token(j).kind == Kind::Punct
                || (reach == near && doc.value_is(j, Cat::PlacePreposition, 0))
            {
                break;
            }
            if is_trigger(doc, j) {
                return Some((j + 1 - k, REFUSED));
            }
            if offer_refused && j < near && doc.is(j, Cat::InvitationNoun) {
                reach = doc.sentence_at(j).end;
            }
            j += 1;
        }
    }
    // "sees no need to meet X", "had no interest in meeting", "no ve «ninguna necesidad» de
    // reunirse", "no tiene intención de reunirse": a need or a wish denied by a negative
    // determiner, or by a negation and its verb, denies the meeting it governs.
    let after = |j: usize| j + usize::from(doc.token(j).is_quote_mark());
    let noun = if doc.is(k, Cat::NegativeDeterminer) {
        Some(after(k + 1))
    } else {
        doc.is(k, Cat::Negation).then(|| after(k + 2))
    };
    // ("has no immediate plans to meet X": past one adjective.)
    let noun = noun.map(|n| {
        let adjective =
            doc.token(n).is_lowercase() && !doc.is_any_of(n, &[Cat::Stop, Cat::VolitionNoun]);
        n + usize::from(adjective && doc.is(n + 1, Cat::VolitionNoun))
    });
    if let Some(noun) = noun {
        if doc.is(noun, Cat::VolitionNoun) {
            for j in noun + 1..noun + 1 + VOLITION_REACH {
                let t = doc.token(j);
                if t.kind == Kind::Punct && !t.is_quote_mark() {
                    break;
                }
                if is_trigger(doc, j) {
                    return Some((j + 1 - k, REFUSED));
                }
            }
        }
    }
    // "denied that", "denied on Tuesday that he would meet X", "negó este martes que vaya a
    // reunirse", "doubt that", "imagine that": a clause a verb does not assert is no meeting
    // of the article's, whatever date it has.
    // ("Imagine, for a moment, that …": past an aside between commas.) Not when the clause
    // reports a meeting first: "met X, raising the chances that the deal will pass".
    let unasserting = doc.phrase_len(k, Cat::UnassertingHead);
    if unasserting > 0 && !any_trigger(doc, first..k) {
        // "denied reports of a phone call between X and Y", "desmintió una llamada entre X y
        // Y": a meeting the word takes for object, or through what is said of it, with one
        // word before it ("rumours of a secret meeting").
        let mut j = k + unasserting;
        while j < k + unasserting + UNASSERTED_REACH
            && doc.token(j).is_lowercase()
            && doc.is_any_of(j, &[Cat::Determiner, Cat::HearsayNoun, Cat::PointerLink])
        {
            j += 1;
        }
        if !is_trigger(doc, j) && doc.token(j).is_lowercase() && !doc.is(j, Cat::Stop) {
            j += 1;
        }
        if is_trigger(doc, j) {
            return Some((j + 1 - k, REFUSED));
        }
        for j in k + unasserting..k + unasserting + UNASSERTED_REACH {
            if doc.token(j).kind == Kind::Punct && !doc.punct(j, ',') {
                break;
            }
            if doc.is(j, Cat::Complementizer) {
                return Some((j + 1 - k, REFUSED));
            }
        }
    }
    // "urged Prime Minister X to hold talks with Y", "instó al presidente, X, a reunirse con
    // Y", "pidió a X que se reúna con Y": a meeting someone else is urged to hold is only
    // wished for, whatever date follows.
    // (Not when the clause reports a meeting first: "met X and urged him to meet Y".)
    let urging = doc.phrase_len(k, Cat::UrgingVerb);
    if urging > 0 && !any_trigger(doc, first..k) {
        for j in k + urging..k + urging + URGING_REACH {
            if doc.token(j).kind == Kind::Punct && !doc.punct(j, ',') {
                break;
            }
            // "pidió al presidente X una cumbre con Y": a meeting noun the verb takes for its
            // object right past the person asked (a title and a name) is asked for.
            let person_asked = (k + urging..j).all(|n| {
                doc.token(n).is_capitalized() || crate::stages::roles::head_at(doc, n).is_some()
            });
            if person_asked && doc.is(j, Cat::Determiner) && doc.is(j + 1, Cat::MeetingNoun) {
                return Some((j + 2 - k, REFUSED));
            }
            let marked = doc.value_is(j - 1, Cat::ComplementMarker, INFINITIVE_MARKER)
                || doc.is(j - 1, Cat::Complementizer);
            if !marked {
                continue;
            }
            // "to meet", "a reunirse"; a meeting noun the verb governs, "to hold urgent talks".
            if doc.has_phrase(j, Cat::MeetingVerb) {
                return Some((j + meeting_verb_len(doc, j) - k, REFUSED));
            }
            let held = (j + 1..j + URGED_OBJECT_REACH)
                .take_while(|&n| doc.token(n).kind != Kind::Punct)
                .find(|&n| doc.is(n, Cat::MeetingNoun));
            if let Some(n) = held {
                return Some((n + 1 - k, REFUSED));
            }
        }
    }
    // "hoped he could one day meet X", "«ojalá algún día» pueda reunirse con X": a meeting
    // verb a few words after a wish, in its clause, quoted words and all.
    let wish = doc.phrase_len(k, Cat::WishVerb);
    if wish > 0 && !any_trigger(doc, first..k) {
        let in_clause = |j: usize| doc.token(j).kind != Kind::Punct || doc.token(j).is_quote_mark();
        for j in (k + wish..k + wish + WISH_REACH).take_while(|&j| in_clause(j)) {
            let verb = doc.phrase_len(j, Cat::MeetingVerb);
            if verb > 0 {
                return Some((j + verb - k, CALLED_OFF));
            }
        }
    }
    // "the summit proposed by X", "la cumbre propuesta por X": a meeting noun a participle of
    // proposing describes, with its agent, is only proposed (not when the clause reports a
    // meeting before it: "met at the summit proposed by X").
    if wish > 0 && doc.is(k + wish, Cat::PassiveAgent) {
        let noun =
            (k.saturating_sub(PROPOSED_REACH).max(first)..k).find(|&n| doc.is(n, Cat::MeetingNoun));
        if let Some(n) = noun
            && !any_meeting_verb(doc, first..n)
        {
            return Some((wish, CALLED_OFF));
        }
    }
    // "is seeking talks with X", "called for negotiations", "busca un diálogo con Estados
    // Unidos": a meeting noun that a verb of wanting governs is only wished for; one that a
    // verb not asserting governs ("desmiente una reunión entre A y B") is denied.
    // Past a day ("pidió este lunes una reunión", "requested on Monday talks") and a noun of
    // holding ("abogó por la celebración de una cumbre").
    let wants = doc
        .phrase_len(k, Cat::InterestVerb)
        .max(wish)
        .max(doc.phrase_len(k, Cat::UrgingVerb))
        .max(unasserting);
    if wants > 0 && !any_trigger(doc, first..k) {
        let mut j = k + wants;
        while j < k + wants + WANTED_REACH
            && (doc.is_any_of(j, &[Cat::Determiner, Cat::GenitiveLink, Cat::Weekday])
                || (doc.is(j, Cat::Stop) && doc.is(j + 1, Cat::Weekday))
                // The verb's own preposition after the day ("abogó este martes por").
                || (doc.is(j, Cat::Stop) && doc.is(j - 1, Cat::Weekday))
                || (doc.token(j).is_lowercase()
                    && !doc.is_any_of(j, &[Cat::Stop, Cat::MeetingNoun])))
        {
            j += 1;
        }
        if doc.is(j, Cat::MeetingNoun) {
            return Some((j + 1 - k, CALLED_OFF));
        }
    }
    // "has not met", "have never met", "no se ha reunido": a meeting verb denied, through the
    // auxiliaries between; not in a relative clause ("X, who had never visited Korea before,
    // met Y").
    // So too through a verb of managing ("did not manage to meet", "no lograron reunirse",
    // "lamentó no haber podido reunirse"), and after a verb of failing ("failed to meet").
    let failure = doc.phrase_len_valued(k, Cat::AbilityVerb, 0);
    if (failure > 0 || doc.is(k, Cat::Negation)) && !in_relative(doc, first, k) {
        let mut j = doc.past_auxiliaries(k + failure.max(1), k + 3);
        let managed = if failure > 0 {
            failure
        } else {
            let len = doc.phrase_len_valued(j, Cat::AbilityVerb, 1);
            j += len;
            len
        };
        // Not "will not attend", "no asistió": one side staying away calls off no meeting.
        let verb = doc.phrase_len(j, Cat::MeetingVerb);
        if verb > 0 && !doc.has_phrase(j, Cat::Attendance) {
            // What could not be managed is denied at whatever date ("will not be able to meet
            // X next week").
            let value = if managed > 0 { REFUSED } else { CALLED_OFF };
            return Some((j + verb - k, value));
        }
        // "nunca llegó a celebrarse", "failed to take place".
        let occurs = doc.phrase_len(j, Cat::OccurrenceVerb);
        if managed > 0 && occurs > 0 {
            return Some((j + occurs - k, REFUSED));
        }
        // "no hubo reunión entre A y B", "there will not be a summit": a meeting noun whose
        // existence is denied, whatever date follows.
        // (The existential verb may be one of the auxiliaries passed: "be".)
        let existential = (k + 1..=j).find_map(|e| {
            let len = doc.phrase_len(e, Cat::ExistentialVerb);
            (len > 0).then_some(e + len)
        });
        if managed == 0
            && let Some(after) = existential
        {
            // "No habrá, por ahora, un encuentro", "there won't be, at least for now, a
            // meeting": past an aside between commas.
            let after = if doc.punct(after, ',') {
                (after + 1..after + ASIDE_REACH)
                    .take_while(|&j| doc.token(j).kind != Kind::Punct || doc.punct(j, ','))
                    .find(|&j| doc.punct(j, ','))
                    .map_or(after, |j| j + 1)
            } else {
                after
            };
            let noun = after + usize::from(doc.is(after, Cat::Determiner));
            if doc.is(noun, Cat::MeetingNoun) {
                return Some((noun + 1 - k, REFUSED));
            }
        }
    }
    // "Talks between A and B have stalled", "las conversaciones siguen estancadas": a process
    // stuck, with no meeting verb before it (not "met Y to revive talks that have stalled").
    let stall = doc.phrase_len(k, Cat::StallPhrase);
    if stall > 0 && !any_meeting_verb(doc, first..k) && !(k > 0 && doc.is(k - 1, Cat::Relative)) {
        return Some((stall, REFUSED));
    }
    // "X should meet Y, the opposition said", "deberían reunirse": a meeting advised; "it would
    // be the first meeting between A and B", "sería el primer encuentro": one supposed.
    let advice = doc.phrase_len_valued(k, Cat::DeonticModal, ADVICE);
    if advice > 0 && doc.has_phrase(k + advice, Cat::MeetingVerb) {
        return Some((advice + meeting_verb_len(doc, k + advice), CALLED_OFF));
    }
    // (Opening its sentence after a pronoun at most: not "in what would be their last talks",
    // which describes the meeting reported, nor "the summit would be the first since 2019".)
    let supposed = doc.phrase_len(k, Cat::ConditionalCopula);
    let opens = k <= doc.sentence_at(k).first + 1;
    if supposed > 0 && opens {
        let noun = (k + supposed..k + supposed + SUPPOSED_REACH)
            .take_while(|&j| doc.token(j).kind != Kind::Punct)
            .find(|&j| doc.is(j, Cat::MeetingNoun));
        if let Some(n) = noun {
            return Some((n + 1 - k, CALLED_OFF));
        }
    }
    // "a meeting with X was not possible", "no es posible", "a summit is unlikely", "remains
    // unlikely", "seems unlikely": what can happen, denied.
    if doc.is_any_of(k, &[Cat::Negation, Cat::Auxiliary, Cat::Copula]) {
        let j = doc.past_auxiliaries(k + 1, k + 3);
        let negated = doc.is(k, Cat::Negation);
        let possible = doc.phrase_len_valued(j, Cat::PossibilityWord, i32::from(negated));
        if possible > 0 {
            return Some((j + possible - k, CALLED_OFF));
        }
    }
    // "Trump met Kim three times during his first term", "se han reunido tres veces":
    // meetings counted are others.
    if doc.is_count(k) && doc.is(k + 1, Cat::RepetitionNoun) && !in_relative(doc, first, k) {
        return Some((2, RECALLED));
    }
    // "If A and B were to meet this year, …", "si A y B se reunieran, …": a meeting supposed in
    // a condition, up to its comma; "would meet X only if …", "se reunirá con X solo si …": one
    // that depends on a condition, anywhere in the clause before it.
    if let Some((len, value)) = doc.phrase_at(k, Cat::ConditionalSubordinator) {
        let end = doc.sentence_at(k).end;
        let supposed = (k + len..(k + len + CONDITION_REACH).min(end))
            .take_while(|&j| !doc.punct(j, ','))
            .any(|j| meeting_verb_len(doc, j) > 0);
        let depends = value == 1 && (first..k).any(|j| meeting_verb_len(doc, j) > 0);
        if supposed || depends {
            return Some((len, REFUSED));
        }
    }
    // "would have met X had the flight not been grounded", "could have met", "podría haberse
    // reunido": a meeting in a past that did not come about, whatever date it has.
    if doc.is(k, Cat::Modal) && doc.is(k + 1, Cat::PerfectAuxiliary) {
        let verb = doc.past_auxiliaries(k + 2, k + 4);
        let len = meeting_verb_len(doc, verb);
        if len > 0 {
            return Some((verb + len - k, REFUSED));
        }
    }
    // "No meeting between X and Y is planned", "ninguna reunión": a meeting noun denied; "no
    // enviará ninguna delegación", "will send no delegation": so is the side sent.
    if doc.is(k, Cat::NegativeDeterminer)
        && doc.is_any_of(k + 1, &[Cat::MeetingNoun, Cat::DelegationNoun])
    {
        return Some((2, CALLED_OFF));
    }
    // "will not send a delegation", "did not receive the delegation": a delegation the object
    // of a verb denied.
    if doc.is(k, Cat::Negation) {
        let verb = doc.past_auxiliaries(k + 1, k + 3);
        let object = verb + 1 + usize::from(doc.is(verb + 1, Cat::Determiner));
        if doc.token(verb).is_lowercase() && doc.is(object, Cat::DelegationNoun) {
            return Some((object + 1 - k, CALLED_OFF));
        }
    }
    // "He met every American president of his era": meetings with each of a kind, of the past.
    if doc.is(k, Cat::FreeChoiceDeterminer) && k > 0 && doc.has_phrase(k - 1, Cat::MeetingVerb) {
        return Some((1, RECALLED));
    }
    // "any meeting with X", "cualquier reunión entre A y B": no particular meeting of sides.
    if doc.is(k, Cat::FreeChoiceDeterminer)
        && doc.is(k + 1, Cat::MeetingNoun)
        && doc.is(k + 2, Cat::SideLink)
    {
        return Some((3, CALLED_OFF));
    }
    let occurs = doc.phrase_len(k + 1, Cat::OccurrenceVerb);
    (occurs > 0 && doc.is(k, Cat::Negation)).then_some((occurs + 1, CALLED_OFF))
}

/// How far after a verb of urging the meeting it urges may stand, past its object and another
/// infinitive ("urged Prime Minister X to hold talks", "called on A and B to exercise restraint
/// and to engage in direct talks").
const URGING_REACH: usize = 16;

/// How far before a participle of proposing the meeting noun it describes may stand ("the
/// bilateral summit proposed by X").
const PROPOSED_REACH: usize = 3;

/// The value of a `deontic_modal` phrase of advice ("should").
const ADVICE: i32 = 1;

/// How far after a conditional copula the meeting noun it predicates may stand ("would be the
/// first such meeting").
const SUPPOSED_REACH: usize = 4;

/// How far after a verb of wishing the meeting verb it governs may stand: a subject, a modal
/// and an adverbial of time between ("hoped he could one day meet").
const WISH_REACH: usize = 6;

/// How far after a verb of wanting the meeting noun it governs may stand, past a day and a
/// noun of holding ("pidió este lunes una reunión", "abogó por la celebración de una cumbre").
const WANTED_REACH: usize = 8;

/// How far after the verb a meeting it is urged to hold may stand ("to hold urgent talks").
const URGED_OBJECT_REACH: usize = 4;

/// How far after a verb that does not assert its clause the complementizer may stand, past a
/// time or an aside ("denied on Tuesday that", "Imagine, for a moment, that").
const UNASSERTED_REACH: usize = 6;

/// How far after a noun of wanting its meeting word may stand ("no need for further talks",
/// "ningún interés en volver a reunirse").
const VOLITION_REACH: usize = 4;

/// "declined to say whether X would travel to Asia", "preguntó si se reunirán": a clause the
/// text asks about, not one it reports (not "si bien", "although").
fn open_question(doc: &Doc, first: usize) -> bool {
    let len = doc.phrase_len(first, Cat::OpenQuestion);
    len > 0 && doc.phrase_len(first, Cat::Subordinator) == len
}

/// The value of `past_period` phrases long enough past to date another meeting ("last year").
const LONG_PAST: i32 = 1;

/// The value of `not_held_now` phrases that recall a past meeting.
const RECALLED: i32 = 1;
/// The value of `not_held_now` phrases that call a meeting off or deny it.
const CALLED_OFF: i32 = 0;
/// The value `not_held_construction` gives a meeting refused: called off, whatever date follows.
const REFUSED: i32 = 2;

/// The meeting word is about an earlier meeting (not a later one).
fn recalls_past(doc: &Doc, k: usize, sentence_first: usize) -> bool {
    let from = k.saturating_sub(3).max(sentence_first);
    // "the previous summit"; "la cumbre anterior", the marker after the noun; "se reunieron
    // por última vez".
    earlier_after(doc, k)
        || doc.any_is(from..k, Cat::EarlierMarker)
        || marker_after_noun(doc, k, Cat::EarlierMarker, &[Cat::TimeNoun])
}

/// "la cumbre anterior": a lowercase word of class `marker` right after the meeting noun at
/// `k`, not before a word of the classes `not_before` ("the talks last week").
fn marker_after_noun(doc: &Doc, k: usize, marker: Cat, not_before: &[Cat]) -> bool {
    doc.is(k, Cat::MeetingNoun)
        && doc.is(k + 1, marker)
        && doc.token(k + 1).is_lowercase()
        && !doc.is_any_of(k + 2, not_before)
}

/// "el primer ministro indio, Arjun Mehta, y su homólogo": the comma at `comma` closes a name
/// in apposition to a title just before it, so the conjunction after it joins a list of
/// people, not two clauses.
fn closes_apposition(doc: &Doc, comma: usize) -> bool {
    let mut name = comma;
    while name > 0 && doc.token(name - 1).is_capitalized() {
        name -= 1;
    }
    if name == comma || name < 2 || !doc.punct(name - 1, ',') {
        return false;
    }
    for t in name.saturating_sub(5)..name - 1 {
        if doc.role_at(t).is_some() {
            return true;
        }
    }
    false
}

/// The clauses of a sentence: token ranges, and whether each is a relative side clause.
pub fn clauses(doc: &Doc, first: usize, end: usize) -> Vec<(usize, usize, bool)> {
    let mut cuts = vec![(first, false)];
    for k in first + 1..end {
        let comma_and = doc.punct(k - 1, ',')
            && doc.is(k, Cat::CopulativeConjunction)
            && !closes_apposition(doc, k - 1);
        // "…, two months after Kim's summit with Trump": what a span of time away is told of.
        let span = span_link(doc, k);
        if doc.is(k, Cat::Subordinator) || comma_and || span || doc.punct(k, ';') {
            cuts.push((k, doc.is(k, Cat::AsideRelative)));
        }
    }
    let mut out = Vec::new();
    for (n, &(start, relative)) in cuts.iter().enumerate() {
        let stop = cuts.get(n + 1).map_or(end, |c| c.0);
        // A relative clause runs to the next comma; what follows belongs to the clause before.
        if relative {
            let comma = (start..stop).find(|&k| doc.punct(k, ',')).unwrap_or(stop);
            out.push((start, comma, true));
            if comma < stop {
                out.push((comma, stop, false));
            }
        } else {
            out.push((start, stop, false));
        }
    }
    out
}

/// Held, under way or announced, from the verbs of the first meeting sentences.
fn status(doc: &Doc, sentences: &[usize]) -> EventStatus {
    let mut present = false;
    for &n in sentences.iter().take(3) {
        let s = doc.sentence(n);
        if !s.terminated {
            continue;
        }
        // "ongoing", "underway"; "is … taking place": the values of the sentence's
        // `ongoing_marker` phrases.
        let mut ongoing = [false; 4];
        // "X, who took office in January, will meet Y": a relative clause's verb tells of its
        // antecedent, the main verb of the meeting.
        let (mut held_aside, mut planned) = (false, false);
        // "was postponed to March 20", "fue aplazada al 20 de marzo": moved to a new date, the
        // meeting is still to come, whatever verb of the past tells so.
        for k in s.range() {
            if let Some((len, CALLED_OFF)) = doc.phrase_at(k, Cat::NotHeldNow)
                && new_date(doc, k + len, s.end)
            {
                return EventStatus::Planned;
            }
        }
        for k in s.range() {
            if let Some((_, v)) = doc.phrase_at(k, Cat::OngoingMarker)
                && let Some(seen) = ongoing.get_mut(v as usize)
            {
                *seen = true;
            }
            // "…, attended by X": a participle set off with its agent describes the meeting, as
            // a relative clause does, in no tense of its own.
            let participle =
                k > s.first && doc.punct(k - 1, ',') && doc.is(k + 1, Cat::PassiveAgent);
            // "their first meeting since she took office": a clause of time since a past event
            // tells of that event.
            let since = (k.saturating_sub(SINCE_REACH)..k).any(|j| doc.is(j, Cat::SinceLink));
            let relative = participle || since || in_relative(doc, s.first, k);
            // "arrived in Hanoi on Monday to meet X", "llegó el lunes a Hanói para reunirse con
            // X": an arrival in the past made for the meeting puts it under way, not to come.
            if !relative && arrived_to_meet(doc, k, s.end) {
                return EventStatus::Held;
            }
            if past_verb(doc, k) {
                if !relative {
                    return EventStatus::Held;
                }
                held_aside = true;
            }
            if !relative && !planned {
                planned = tells_future(doc, s.first, k)
                    || (ahead_of_meeting(doc, k) && !any_meeting_verb(doc, s.range()));
            }
        }
        if ongoing[0] || (ongoing[1] && ongoing[2]) {
            return EventStatus::Ongoing;
        }
        if planned {
            return EventStatus::Planned;
        }
        if held_aside {
            return EventStatus::Held;
        }
        present |= ongoing[PRESENT_TENSE];
    }
    if present {
        EventStatus::Ongoing
    } else {
        EventStatus::Unknown
    }
}

/// How far before a meeting word the plan told in the past that governs it may stand ("was
/// supposed to hold talks").
const PLAN_REACH: usize = 6;

/// How far before a verb its clause's "since" may stand ("since she took office").
const SINCE_REACH: usize = 3;

/// How far after a verb of arrival the meeting it is made for may stand ("arrived in the
/// Vietnamese capital on Monday evening to meet").
const ARRIVAL_REACH: usize = 12;

/// Whether `k` is an arrival in the past made for a meeting in its clause, before `end`: a
/// verb of meeting after a marker of purpose ("arrived … to meet", "llegó … para reunirse").
pub fn arrived_to_meet(doc: &Doc, k: usize, end: usize) -> bool {
    doc.is(k, Cat::PastArrival)
        && (k + 1..(k + ARRIVAL_REACH).min(end))
            .take_while(|&j| !doc.punct_or_end(j))
            .any(|j| {
                let purpose = doc.is(j - 1, Cat::PurposeMarker)
                    || doc
                        .phrase_at(j - 1, Cat::FutureMarker)
                        .is_some_and(|(len, _)| len == 2);
                purpose && doc.has_phrase(j, Cat::MeetingVerb)
            })
}

/// Whether `k` is a meeting word after a word that puts it after the clause's time ("ahead of
/// his meeting with X on Friday", "antes de la cumbre del próximo mes", "en vísperas de su
/// reunión"), a determiner or a possessive between: a meeting still to come, whatever the
/// clause's verb has done ("told parliament on Monday", "remodeló su gabinete").
pub fn ahead_of_meeting(doc: &Doc, k: usize) -> bool {
    if !is_gathering_word(doc, k) {
        return false;
    }
    let mut j = k;
    while j > 0 && j + 2 >= k && doc.is(j - 1, Cat::Determiner) {
        j -= 1;
    }
    (j.saturating_sub(AHEAD_REACH)..j).any(|i| {
        doc.phrase_at(i, Cat::WithinGathering)
            .is_some_and(|(len, value)| value == BEFORE_GATHERING && i + len == j)
    })
}

/// Whether a verb of meeting stands in `range`: one before a meeting noun in its clause
/// reports a meeting of its own ("met X ahead of the summit", "met at the summit proposed by
/// Y", "met Y to revive talks that have stalled").
fn any_meeting_verb(doc: &Doc, range: std::ops::Range<usize>) -> bool {
    range
        .into_iter()
        .any(|j| doc.has_phrase(j, Cat::MeetingVerb))
}

/// The value of a `within_gathering` phrase that puts a meeting before the gathering.
const BEFORE_GATHERING: i32 = 1;

/// The longest `within_gathering` phrase ("in the run-up to").
const AHEAD_REACH: usize = 4;

/// Whether token `k`, in the sentence from token `first`, tells of the meeting in the future:
/// "will meet", "is scheduled to hold talks", "expected to focus", a future marker governing a
/// meeting word, not a gathering the meeting is held before ("met ahead of the G20 summit");
/// "will host … next Tuesday", "se reunirán el martes", a future tense.
fn tells_future(doc: &Doc, first: usize, k: usize) -> bool {
    let before = k.saturating_sub(4).max(first)..k;
    (is_trigger(doc, k)
        && (doc.any_phrase(before.clone(), Cat::FutureMarker) || in_future(doc, first, k))
        && !doc.any_phrase(before, Cat::WithinGathering))
        || doc.is(k, Cat::FutureAuxiliary)
        || future_verb(doc, k)
        || future_trip(doc, k)
        || conditional_meeting_verb(doc, k)
}

/// A meeting verb in the conditional, a future seen from the past ("se reuniría con X el lunes,
/// según fuentes diplomáticas"): the meeting is to come, as told by others.
fn conditional_meeting_verb(doc: &Doc, k: usize) -> bool {
    let len = meeting_verb_len(doc, k);
    len > 0
        && doc.token(k + len - 1).is_lowercase()
        && doc.ends_in(k + len - 1, Cat::FutureEnding, CONDITIONAL)
}

/// The value of `future_ending` for the endings of the conditional.
const CONDITIONAL: i32 = 2;

/// A verb of travel in the future tense written in its ending ("viajará la próxima semana a
/// Bogotá, donde se reunirá con X"): the trip is to come, as after "will travel", and so is a
/// meeting it is made for.
pub fn future_trip(doc: &Doc, k: usize) -> bool {
    doc.is(k, Cat::ArrivalVerb) && future_form(doc, k)
}

/// A word in the future tense by its ending ("reunirá", "viajarán"): lowercase, as names
/// ending so are no verbs.
fn future_form(doc: &Doc, k: usize) -> bool {
    doc.token(k).is_lowercase() && doc.ends_in(k, Cat::FutureEnding, 1)
}

/// Whether token `k` stands in a relative clause set off by a comma ("…, who took office in
/// January"), from the sentence's `first` token on: back to the nearest comma, a relative word
/// right after it.
fn in_relative(doc: &Doc, first: usize, k: usize) -> bool {
    let mut j = k;
    while j > first {
        if doc.punct(j - 1, ',') {
            return doc.is(j, Cat::Relative);
        }
        j -= 1;
    }
    false
}

/// The value of an `ongoing_marker` that is the present tense of a meeting verb ("se reúnen"):
/// under way when nothing in the first sentences reports the meeting held or announced.
const PRESENT_TENSE: usize = 3;

/// The end of a name after its gathering noun, from `k`: a genitive link, then capitalised
/// words or organisations, joined by links, articles and conjunctions ("… de las Américas",
/// "… de la Franja y la Ruta"). `k` itself when no name follows.
fn name_after(doc: &Doc, k: usize, sentence_end: usize) -> usize {
    if !doc.is(k, Cat::GenitiveLink) || !doc.token(k).is_lowercase() {
        return k;
    }
    let mut end = k;
    for j in k..sentence_end {
        let t = &doc.token(j);
        let joint = t.is_lowercase()
            && (doc.is(j, Cat::GenitiveLink)
                || doc.is(j, Cat::DefiniteArticle)
                || doc.is(j, Cat::CopulativeConjunction));
        // "Cumbre de Presidentes del Mercosur": a capitalised word of the stop list belongs to
        // the name when the name goes on after it.
        let goes_on = doc.is(j + 1, Cat::GenitiveLink) || doc.token(j + 1).is_capitalized();
        let named = (t.is_capitalized()
            && (!doc.is(j, Cat::Stop) || goes_on)
            && !doc.is(j, Cat::Weekday)
            && !doc.is(j, Cat::Month))
            || doc.name(j).is_some();
        if named {
            end = j + 1;
        } else if !joint {
            // A capitalised word the name cannot take ends no name: "Summit of South American
            // Leaders" is not "Summit of South American".
            if t.is_capitalized() && end == j {
                return k;
            }
            break;
        }
    }
    end
}

/// The meeting's own name: capitalised words or an organisation before a meeting noun,
/// with an ordinal or year in front and an acronym in brackets after ("the 33rd African
/// Union (AU) Summit", "the Commonwealth Heads of Government Meeting (CHOGM)"), and the
/// words of its name after the noun ("la VII Cumbre de las Américas"); with `after_only`, a
/// name with words after the noun only ("la Cumbre de las Américas").
fn meeting_name(
    doc: &Doc,
    n: usize,
    after_only: bool,
    status: EventStatus,
) -> Option<(usize, usize)> {
    let s = doc.sentence(n);
    // The sentence's first word of the future, found at its first gathering word.
    let mut future_from: Option<usize> = None;
    for k in s.range() {
        // A gathering's name ends in a gathering noun, not in "Visit" or "Talks"; and
        // "Conference Centre" is a building.
        let gathering = doc.is(k, Cat::GatheringNoun);
        let building_after = doc.token(k + 1).is_capitalized() && doc.is(k + 1, Cat::VenueNoun);
        // "met ahead of the G20 summit": a gathering beside the meeting names no meeting.
        let beside = doc.any_phrase(k.saturating_sub(8).max(s.first)..k, Cat::WithinGathering);
        if !gathering || building_after || beside || k == s.first || doc.shouted(k) {
            continue;
        }
        // "X will address the National Assembly on Tuesday" after a meeting held: a gathering
        // still to come is another.
        if status == EventStatus::Held
            && k > *future_from.get_or_insert_with(|| first_future_word(doc, s.first, s.end))
        {
            continue;
        }
        let capital_noun = doc.token(k).is_capitalized();
        let mut first = k;
        let mut has_org = false;
        while first > s.first {
            let p = first - 1;
            let t = &doc.token(p);
            let org = doc.name(p).is_some_and(|m| {
                matches!(m.meaning, crate::tables::lexicon::Meaning::Organization(_))
            });
            let bracket_acronym =
                t.is(')') || t.is('(') || (t.is_all_caps() && doc.punct(p + 1, ')'));
            if org || bracket_acronym {
                has_org |= org;
                first = p;
            } else if (t.is_capitalized()
                // "Commonwealth Heads of Government Meeting": a capitalised word of the stop list
                // inside the name, between capitalised words.
                && (!doc.is(p, Cat::Stop) || (p > s.first && doc.token(p - 1).is_capitalized()))
                && !doc.is(p, Cat::Weekday)
                // "Manila Hosts Summit" in a headline: a verb of meeting ends the name.
                && (!doc.has_phrase(p, Cat::MeetingVerb) || doc.is(p, Cat::MeetingNoun)))
                || (t.kind == crate::text::tokens::Kind::Number && t.text.len() == 4)
                || (t.kind == crate::text::tokens::Kind::Number
                    && t.text.bytes().all(|b| b.is_ascii_alphanumeric()))
                || (capital_noun
                    && (doc.is(p, Cat::GenitiveLink) || doc.is(p, Cat::CopulativeConjunction))
                    && p > 0
                    && doc.token(p - 1).is_capitalized())
            {
                first = p;
            } else {
                break;
            }
        }
        // "the 25th Summit of …": an ordinal alone before a capitalised noun is the name's too.
        let numbered = (first..k).all(|p| doc.token(p).kind == crate::text::tokens::Kind::Number);
        let before = first < k
            && (has_org || capital_noun && (doc.token(first).is_capitalized() || numbered));
        // "la Cumbre de las Américas", "el Foro de la Franja y la Ruta": the name after the
        // noun, where a language puts it there.
        let after = if capital_noun {
            // Capitalised adjectives first ("la Asamblea Nacional de Panamá"), not a place or
            // a titled person after the name ("the Vilnius Summit Kyiv hosted").
            let mut j = k + 1;
            loop {
                let titled_person = crate::stages::roles::head_at(doc, j).is_some()
                    && doc.token(j + 1).is_capitalized();
                if !doc.token(j).is_capitalized()
                    || titled_person
                    || doc.name(j).is_some()
                    || doc.is_any_of(j, &[Cat::Stop, Cat::Weekday, Cat::Month])
                {
                    break;
                }
                j += 1;
            }
            name_after(doc, j, s.end)
        } else {
            k + 1
        };
        if before || (after_only && after > k + 1) {
            let first = if before { first } else { k };
            // A body in a title is no meeting ("National Assembly Chairwoman X"), but for an
            // organisation that meets ("Pacific Islands Forum Secretary General X").
            let in_title = !has_org && crate::stages::roles::head_at(doc, k + 1).is_some();
            if a_topic(doc, s.first, first) || in_title {
                continue;
            }
            let mut end = after;
            if doc.one_in_brackets(end) && doc.token(end + 1).is_all_caps() {
                end += 3;
            }
            return Some((first, end));
        }
    }
    None
}

/// Whether the gathering named from `first`, in the sentence from `sentence_first`, is a topic
/// of talks: after a cue of topics in its clause, with no place preposition before it ("they
/// discussed energy and preparations for the NATO summit", "hablaron de la preparación de la
/// Asamblea General"; but "discussed trade at the G20 summit"). A gathering talked about is
/// another meeting, not this one's name.
fn a_topic(doc: &Doc, sentence_first: usize, first: usize) -> bool {
    let clause_first = (sentence_first..first)
        .rev()
        .find(|&j| doc.token(j).is_any(&[';', ':']))
        .map_or(sentence_first, |j| j + 1);
    let from = first.saturating_sub(TOPIC_REACH).max(clause_first);
    (from..first).any(|j| doc.has_phrase(j, Cat::TopicCue))
        && !places_a_verb(doc, clause_first, first)
}

/// How far before a gathering's name the cue of the topics it is one of may stand.
const TOPIC_REACH: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    fn context_of(text: &str, word: &str) -> Context {
        let doc = Doc::new(text, crate::lang::en::lexicon());
        let meeting = read(&doc, None);
        let k = doc.tokens.iter().position(|t| t.text == word).expect(word);
        meeting.context[k]
    }

    #[test]
    fn table_of_contexts() {
        let abe = "Abe and Putin, who did not take questions, met amid uncertainty over whether U.S. President Donald Trump and North Korean leader Kim Jong Un will hold their first summit, and after South Korean President Moon Jae-in and Kim met earlier the same day.";
        let table: &[(&str, &str, Context)] = &[
            (abe, "Abe", Context::Meeting),
            (abe, "Trump", Context::OtherMeeting),
            (abe, "Moon", Context::OtherMeeting),
            (
                "Leaders held a session in Abuja, with the main agenda being the coup in Niger where President Mohamed Bazoum was removed by the military.",
                "Bazoum",
                Context::Aside,
            ),
            (
                "While opening the first plenary session of the summit, Canadian Prime Minister Stephen Harper called upon the leaders.",
                "Harper",
                Context::Meeting,
            ),
            (
                "The previous meeting between Putin and Kim, which also took place in 2019 in Russia, lasted three and a half hours.",
                "Putin",
                Context::OtherMeeting,
            ),
            (
                "Sanders told reporters the schedule changed.",
                "Sanders",
                Context::None,
            ),
            // recalled from long ago, or called off with no new date
            (
                "Thirty years ago, President Clinton met President Yeltsin in Vancouver.",
                "Yeltsin",
                Context::OtherMeeting,
            ),
            (
                "The summit between President Ruto and President Museveni was called off on Monday.",
                "Museveni",
                Context::OtherMeeting,
            ),
            (
                "The summit between President Ruto and President Museveni was postponed to June 3.",
                "Museveni",
                Context::Meeting,
            ),
            // a relative clause said of a past office holder
            (
                "Former Chancellor Helmut Kohl, who met President Mitterrand at Verdun, was buried.",
                "Mitterrand",
                Context::OtherMeeting,
            ),
        ];
        for (text, word, expected) in table {
            assert_eq!(context_of(text, word), *expected, "{word} in {text:?}");
        }
    }

    /// The meeting read in Spanish: the tense is the verb's ending, qualifiers follow the noun,
    /// a verb of holding needs a meeting as its object.
    #[cfg(feature = "es")]
    #[test]
    fn spanish_meetings() {
        let read_es = |text: &str| {
            let doc = Doc::new(text, crate::lang::es::lexicon());
            let m = read(&doc, None);
            (doc, m)
        };
        let status = |text: &str| read_es(text).1.status;
        assert_eq!(
            status("Los dos presidentes se reunieron en Lima."),
            EventStatus::Held
        );
        assert_eq!(
            status("Los dos presidentes se reunirán en Lima."),
            EventStatus::Planned
        );
        assert_eq!(
            status("Los dos presidentes se reúnen en Lima."),
            EventStatus::Ongoing
        );
        assert_eq!(
            status("Los cancilleres celebrarán una cumbre en Lima."),
            EventStatus::Planned
        );
        assert_eq!(
            status("La cumbre, prevista para el jueves, reunirá a diez presidentes."),
            EventStatus::Planned
        );
        assert_eq!(
            status("Los dos presidentes se han reunido en Lima."),
            EventStatus::Held
        );
        // "será recibido": a participle after a future verb.
        assert_eq!(
            status("El canciller será recibido por el presidente en Lima."),
            EventStatus::Planned
        );
        let context = |text: &str, word: &str| {
            let (doc, m) = read_es(text);
            let k = doc.tokens.iter().position(|t| t.text == word).expect(word);
            m.context[k]
        };
        assert_eq!(
            context(
                "La cumbre anterior entre Boric y Arce terminó sin acuerdo.",
                "Arce"
            ),
            Context::OtherMeeting
        );
        assert_eq!(
            context("Una reunión separada con Arce trató el litio.", "Arce"),
            Context::OtherMeeting
        );
        assert_eq!(
            context(
                "La última sesión de la cumbre entre Boric y Arce trató el litio.",
                "Arce"
            ),
            Context::Meeting
        );
        assert_eq!(
            context("Boric mantuvo un encuentro con Arce.", "Arce"),
            Context::Meeting
        );
        assert_eq!(
            context("Boric mantuvo su postura ante Arce.", "Arce"),
            Context::None
        );
        assert_eq!(
            context("Boric sostuvo que Arce tiene razón.", "Arce"),
            Context::None
        );
        // A side calling off its attendance calls off no meeting.
        assert_eq!(
            context(
                "Arce canceló su participación en la cumbre con Boric.",
                "Boric"
            ),
            Context::Meeting
        );
        assert_eq!(
            context("La cumbre entre Arce y Boric fue aplazada.", "Boric"),
            Context::OtherMeeting
        );
        let (doc, m) = read_es("Los presidentes se reunieron en la Cumbre de las Américas.");
        let (a, b) = m.name.expect("a name");
        assert_eq!(doc.phrase(a, b), "Cumbre de las Américas");
    }

    #[test]
    fn photo_captions() {
        let doc = Doc::new(
            "President Ruto meets President Suluhu in Arusha. Jane Doe/Pool via REUTERS\n\nPresident Ruto met President Museveni on Monday.",
            crate::lang::en::lexicon(),
        );
        let m = read(&doc, None);
        assert_eq!(m.captions, [0]);
        let doc = Doc::new(
            "Climbers on the summit of Mount Kenya. [File: Handout via Reuters]",
            crate::lang::en::lexicon(),
        );
        assert!(is_caption(&doc, 0));
        let doc = Doc::new(
            "President Ruto met President Museveni.",
            crate::lang::en::lexicon(),
        );
        assert!(!is_caption(&doc, 0));
    }

    #[test]
    fn names_and_status() {
        let doc = Doc::new(
            "Kathmandu: the 18th Saarc Summit commenced here Wednesday morning.",
            crate::lang::en::lexicon(),
        );
        let m = read(&doc, None);
        let (a, b) = m.name.expect("a name");
        assert_eq!(doc.phrase(a, b), "18th Saarc Summit");
        assert_eq!(m.status, EventStatus::Held);
        let doc = Doc::new(
            "The two leaders will meet by video link on Monday.",
            crate::lang::en::lexicon(),
        );
        let m = read(&doc, None);
        assert_eq!(m.status, EventStatus::Planned);
        assert!(m.virtual_meeting);
    }
}
