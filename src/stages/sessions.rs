//! The parts of the meeting and how long they lasted, and earlier meetings the article
//! recalls.
//!
//! A session is a format the text names ("face-to-face meeting", "expanded format", "a
//! working lunch") or a duration of talks ("after almost an hour of talks", "which lasted
//! almost an hour and a half", "a 90-minute meeting"). A duration belongs to the format named
//! nearest it in its sentence, else to one named in the next or previous sentence
//! ("…concluded after almost an hour of talks. …after the face-to-face meeting, …"); one that
//! belongs to no format is a session of talks of its own, so no duration is lost. The sentence
//! right after a report of the meeting goes on reporting it ("It lasted two hours.").

use crate::doc::Doc;
use crate::report::{PreviousMeeting, Session, SessionFormat};
use crate::stages::analysis::Analysis;
use crate::stages::event::{BEFORE_NOW, Context};
use crate::stages::time::{DURATION_AFTER, DurationMention, duration_at, year_at};
use crate::tables::lexicon::Cat;

struct FormatMention {
    first: usize,
    end: usize,
    format: SessionFormat,
}

/// The value of a `duration_lead` word between a duration and what it is the length of ("two
/// hours of talks").
const DURATION_OF: i32 = 2;

/// The value of an `expanded` phrase that names a plenary.
const PLENARY: i32 = 1;

/// Sessions of the meeting and earlier meetings.
pub fn read(a: &Analysis) -> (Vec<Session>, Vec<PreviousMeeting>) {
    let doc = a.doc;
    let (formats, durations) = mentions(a);
    // The sessions in text order, and the first token of each.
    let mut sessions: Vec<Session> = Vec::new();
    let mut firsts: Vec<usize> = Vec::new();
    // One session per format: later mentions of a format add evidence. Formats come in text
    // order.
    for f in &formats {
        let span = doc.span(f.first, f.end);
        match sessions.iter_mut().find(|s| s.format == f.format) {
            Some(s) => s.evidence.push(span),
            None => {
                firsts.push(f.first);
                sessions.push(Session {
                    format: f.format,
                    label: doc.phrase(f.first, f.end),
                    duration: None,
                    evidence: vec![span],
                });
            }
        }
    }
    // First the durations with a free format in their own clause ("talked for an hour and then
    // held talks for ninety minutes with their delegations"), then the others by nearness.
    // Each with whether it is the whole meeting's length ([`of_the_whole`]).
    let mut unplaced: Vec<(&DurationMention, bool)> = Vec::new();
    for d in &durations {
        let whole = of_the_whole(doc, &formats, d);
        let free = (!whole && !times_the_talks(doc, &firsts, d))
            .then(|| free_session(doc, &firsts, &sessions, d, None))
            .flatten();
        match free.and_then(|t| sessions.get_mut(t)) {
            Some(session) => {
                let duration = d.to_report(doc);
                session.evidence.push(duration.evidence);
                session.duration = Some(duration);
            }
            None => unplaced.push((d, whole)),
        }
    }
    for &(d, whole) in &unplaced {
        let duration = d.to_report(doc);
        // "tuvo un encuentro de media hora": the length of a meeting named right before it,
        // which no format named elsewhere in the sentence takes.
        let timed =
            if (of_meeting(doc, d) && !formats.iter().any(|f| f.end == d.first - 1)) || whole {
                None
            } else {
                session_of(doc, &firsts, &sessions, d)
            };
        match timed {
            Some(t) => {
                if let Some(session) = sessions.get_mut(t) {
                    session.evidence.push(duration.evidence);
                    session.duration = Some(duration);
                }
            }
            // "conversaron durante 10 horas … se reunieron durante diez horas": a length of
            // talks said again is the same session.
            None if let Some(same) = sessions.iter_mut().find(|s| {
                s.format == SessionFormat::Talks
                    && s.duration.as_ref().is_some_and(|x| x.minutes == d.minutes)
            }) =>
            {
                same.evidence.push(duration.evidence);
            }
            None => {
                // A session of talks of its own, at its place in the text.
                let at = firsts.partition_point(|&first| first < d.first);
                firsts.insert(at, d.first);
                sessions.insert(
                    at,
                    Session {
                        format: SessionFormat::Talks,
                        label: duration.text.clone(),
                        evidence: vec![duration.evidence],
                        duration: Some(duration),
                    },
                );
            }
        }
    }
    let mut previous = Vec::with_capacity(a.meeting.previous.len());
    for &s in &a.meeting.previous {
        previous.push(previous_meeting(doc, s));
    }
    (sessions, previous)
}

/// "talked for two hours, first one-on-one and then with their delegations", "un encuentro de
/// tres horas que incluyó una reunión a solas y un almuerzo": a length said before the parts
/// its sentence lists, two formats or more, is the whole meeting's, no part's.
fn of_the_whole(doc: &Doc, formats: &[FormatMention], d: &DurationMention) -> bool {
    let sentence = doc.sentence_index(d.first);
    let mut kinds: Vec<SessionFormat> = Vec::new();
    let mut last_end = d.first;
    for f in formats {
        if doc.sentence_index(f.first) != sentence {
            continue;
        }
        if f.first < d.first {
            return false;
        }
        if !kinds.contains(&f.format) {
            kinds.push(f.format);
        }
        last_end = last_end.max(f.end);
    }
    // "…, first one-on-one and then with ministers": a part the sentence goes on to after
    // the one it names.
    // (A part told as talks is the whole's own session.)
    let then_more = kinds.len() == 1
        && kinds[0] != SessionFormat::Talks
        && doc.any_phrase(last_end..doc.sentence_at(last_end).end, Cat::SequenceAdverb);
    kinds.len() >= 2 || then_more
}

/// The formats and durations in the clauses about the meeting, and the durations in the
/// sentence after each report of it that names no meeting of its own ("It lasted two
/// hours."; a format named there, "the signing of a treaty", is often another event's).
fn mentions(a: &Analysis) -> (Vec<FormatMention>, Vec<DurationMention>) {
    let doc = a.doc;
    let meeting = &a.meeting;
    // "It lasted two hours.": no meeting word, and no journey ("The flight from Rome took …").
    let continues = |s: usize| {
        s > 0
            && meeting.sentences.contains(&(s - 1))
            && doc.sentence(s).range().all(|k| {
                meeting.context_of(k) == Context::None
                    && !doc.is_any_of(k, &[Cat::ArrivalVerb, Cat::TravelWord])
            })
    };
    let mut formats: Vec<FormatMention> = Vec::new();
    let mut durations: Vec<DurationMention> = Vec::new();
    for s in 0..doc.sentences.len() {
        let about_meeting = meeting.sentences.contains(&s);
        if !about_meeting && !continues(s) {
            continue;
        }
        let sentence = doc.sentence(s);
        let (formats_before, durations_before) = (formats.len(), durations.len());
        let mut k = sentence.first;
        while k < sentence.end {
            if about_meeting && meeting.context_of(k) != Context::Meeting {
                k += 1;
                continue;
            }
            // A ceremony named in the sentence after is often another event's ("the signing of
            // a treaty"); a meal or a round of talks timed there goes on with the meeting ("El
            // almuerzo, que duró una hora, …").
            if let Some(f) = format_at(doc, k)
                && (about_meeting || f.format != SessionFormat::Ceremony)
            {
                k = f.end;
                formats.push(f);
                continue;
            }
            // Talks last hours: "a two-day summit" is the length of the meeting, no session.
            // "a one-on-one of 40 minutes", "una reunión privada, de 45 minutos,": right after
            // the format, or after its genitive link (set off by a comma or not).
            let after_format = formats.last().is_some_and(|f| {
                let comma = usize::from(doc.punct(f.end, ','));
                f.end == k || f.end + comma + 1 == k && doc.is(k - 1, Cat::GenitiveLink)
            });
            if let Some(d) = duration_at(doc, k)
                .filter(|d| (after_format || lasts(doc, d)) && d.minutes < 24 * 60)
            {
                k = d.end;
                durations.push(d);
                continue;
            }
            k += 1;
        }
        if !about_meeting && durations.len() == durations_before {
            formats.truncate(formats_before);
        }
    }
    (formats, durations)
}

/// "The two leaders talked for about two hours before witnessing the signing", "conversaron
/// durante casi tres horas, incluida una reunión restringida": a length right after a verb of
/// talking or meeting times the talks, not a session named after it in another clause (but
/// "met for two hours in an expanded format" times that format). `firsts` are where the
/// sessions begin.
fn times_the_talks(doc: &Doc, firsts: &[usize], d: &DurationMention) -> bool {
    // (a verb, not a noun that may be one: "a one-on-one meeting lasting 90 minutes")
    let verb = |j: usize| {
        doc.is_any_of(j, &[Cat::MeetingVerb, Cat::TalkWord]) && !doc.is(j, Cat::MeetingNoun)
    };
    let lead = d.first > 0 && doc.is_any_of(d.first - 1, &[Cat::DurationLead, Cat::Stop]);
    let after_verb = d.first > 1 && (verb(d.first - 1) || lead && verb(d.first - 2));
    let sentence_end = doc.sentence_at(d.first).end;
    let clause_end = (d.end..sentence_end)
        .find(|&j| {
            doc.token(j).is_any(&[',', ';'])
                || doc.is_any_of(j, &[Cat::ClauseOpener, Cat::Relative])
        })
        .unwrap_or(sentence_end);
    after_verb && !firsts.iter().any(|&f| f >= d.end && f < clause_end)
}

/// The session a duration times, by index into `sessions` (which begin at `firsts`): the free
/// one named nearest to it in its sentence ("…held talks in the Oval Office and then met with
/// their delegations … for about an hour" times the delegations, not the ceremony before), else
/// in the next or the previous sentence. A meal is timed only by a duration after it in its own clause ("a
/// working lunch that lasted an hour"), not by the length of the talks around it.
fn session_of(
    doc: &Doc,
    firsts: &[usize],
    sessions: &[Session],
    d: &DurationMention,
) -> Option<usize> {
    if times_the_talks(doc, firsts, d) {
        return None;
    }
    let s = doc.sentence_index(d.first);
    let free = |sentence: usize| free_session(doc, firsts, sessions, d, Some(sentence));
    free(s)
        .or_else(|| free(s + 1))
        .or_else(|| s.checked_sub(1).and_then(free))
}

/// The free session nearest to duration `d` among those that begin in sentence `sentence`, or
/// with none in the duration's own clause, the first of equally near ones.
fn free_session(
    doc: &Doc,
    firsts: &[usize],
    sessions: &[Session],
    d: &DurationMention,
    sentence: Option<usize>,
) -> Option<usize> {
    let mut nearest: Option<(usize, usize)> = None;
    for (n, x) in sessions.iter().enumerate() {
        let first = firsts[n];
        let distance = first.abs_diff(d.first);
        if x.duration.is_none()
            && match sentence {
                Some(sentence) => doc.sentence_index(first) == sentence,
                None => same_clause(doc, first, d.first),
            }
            && (x.format != SessionFormat::Meal || times_meal(doc, first, d.first))
            && nearest.is_none_or(|(nearest_distance, _)| distance < nearest_distance)
        {
            nearest = Some((distance, n));
        }
    }
    nearest.map(|(_, n)| n)
}

/// Whether tokens `a` and `b` stand in one clause: one sentence, and no comma or semicolon, nor
/// a conjunction opening a new predicate ("and then held", "and held"), between them.
fn same_clause(doc: &Doc, a: usize, b: usize) -> bool {
    let (from, to) = (a.min(b), a.max(b));
    doc.sentence_index(from) == doc.sentence_index(to)
        && !(from..to).any(|k| {
            doc.token(k).is_any(&[',', ';'])
                || doc.is(k, Cat::Conjunction)
                    && doc.is_any_of(k + 1, &[Cat::VerbAdverb, Cat::PastMeetingVerb])
        })
}

/// Whether a duration at `duration` times the meal named at `meal`: it follows the meal with
/// no meeting word between.
fn times_meal(doc: &Doc, meal: usize, duration: usize) -> bool {
    meal < duration && !doc.any_is(meal + 1..duration, Cat::MeetingNoun)
}

/// Whether a session of the meeting is named at token `k`: a meal, a ceremony, a one-on-one
/// or an expanded round ("the official lunch", "la reunión privada").
pub fn is_session_format(doc: &Doc, k: usize) -> bool {
    format_at(doc, k).is_some()
}

/// A session format named at `k`: the longest phrase of the format classes ("informal
/// dinner" is a meal, not "informal" talks).
fn format_at(doc: &Doc, k: usize) -> Option<FormatMention> {
    let kinds = [
        (Cat::OneOnOne, SessionFormat::OneOnOne),
        (Cat::ClosedDoor, SessionFormat::Talks),
        (Cat::Expanded, SessionFormat::Expanded),
        (Cat::Meal, SessionFormat::Meal),
        (Cat::Ceremony, SessionFormat::Ceremony),
    ];
    // Of equally long phrases, the later class's.
    let mut longest: Option<(usize, i32, SessionFormat)> = None;
    for (cat, format) in kinds {
        if let Some((len, value)) = doc.phrase_at(k, cat)
            && longest.is_none_or(|(longest_len, _, _)| len >= longest_len)
        {
            longest = Some((len, value, format));
        }
    }
    let (len, value, format) = longest?;
    let format = match format {
        SessionFormat::Expanded if value == PLENARY => SessionFormat::Plenary,
        other => other,
    };
    // "face-to-face meeting", "plenary session": take the noun along.
    let end = k + len + usize::from(doc.is(k + len, Cat::MeetingNoun));
    Some(FormatMention {
        first: k,
        end,
        format,
    })
}

/// A duration of talks: "lasted …", "lasting …", "after … of talks", "… of meetings", "a
/// 90-minute meeting", "a 40-minute one-on-one", "two hours long", "una reunión de dos horas".
fn lasts(doc: &Doc, d: &DurationMention) -> bool {
    let lead = (d.first.saturating_sub(3)..d.first).any(|k| doc.value_is(k, Cat::DurationLead, 0));
    let of_meeting = of_meeting(doc, d);
    let after = doc.value(d.end, Cat::DurationLead);
    let of_talks = after == Some(DURATION_OF)
        && (doc.is(d.end + 1, Cat::MeetingNoun) || format_at(doc, d.end + 1).is_some());
    let long = after == Some(DURATION_AFTER)
        || doc.is(d.end, Cat::MeetingNoun)
        || doc.has_phrase(d.end, Cat::RemoteMeeting)
        || format_at(doc, d.end).is_some();
    // "after a two-hour flight": after a determiner, the length of the noun it qualifies, when
    // that noun is no meeting.
    let of_other_noun = d.first > 0
        && doc.is(d.first - 1, Cat::Determiner)
        && doc.token(d.end).is_lowercase()
        && !doc.is(d.end, Cat::Stop)
        && !long
        && after.is_none();
    (lead || of_meeting || of_talks || long || after_verb(doc, d)) && !of_other_noun
}

/// "conversaron más de dos horas", "se reunieron 40 minutos", "talked an hour": a length right
/// after a verb of meeting or talking measures it, unless a word after it makes the length a
/// time from some other moment ("met two hours later", "dos horas antes de la cumbre").
fn after_verb(doc: &Doc, d: &DurationMention) -> bool {
    d.first > 0
        && doc.is_any_of(d.first - 1, &[Cat::MeetingVerb, Cat::TalkWord])
        && ![Cat::SequenceAdverb, Cat::IntervalLink, Cat::AgoMarker]
            .into_iter()
            .any(|cat| doc.has_phrase(d.end, cat))
        && doc.phrase_len_valued(d.end, Cat::Recency, BEFORE_NOW) == 0
}

/// "una reunión de dos horas", "el encuentro, de 45 minutos,": a duration after a meeting
/// word and its genitive link.
fn of_meeting(doc: &Doc, d: &DurationMention) -> bool {
    // "el encuentro, de 45 minutos, …": set off by a comma.
    let comma = usize::from(d.first >= 3 && doc.punct(d.first - 2, ','));
    // "una conversación telefónica de 50 minutos": a call's phrase ends there too.
    let noun_end = d.first.saturating_sub(1 + comma);
    let call_ends = || {
        (noun_end.saturating_sub(REMOTE_REACH)..noun_end)
            .any(|j| j + doc.phrase_len(j, Cat::RemoteMeeting) == noun_end)
    };
    d.first >= 2 + comma
        && doc.is(d.first - 1, Cat::GenitiveLink)
        && (doc.is(noun_end - 1, Cat::MeetingNoun) || call_ends())
}

/// The most words of a phrase of a meeting at a distance ("conversación por vía telefónica").
const REMOTE_REACH: usize = 4;

fn previous_meeting(doc: &Doc, s: usize) -> PreviousMeeting {
    let sentence = doc.sentence(s);
    let year = sentence.range().find_map(|k| year_at(doc, k));
    let place = sentence.range().find_map(|k| {
        // "in Vladivostok", "at Camp David": a preposition of place and of arrival.
        if !(doc.is(k, Cat::PlacePreposition) && doc.is(k, Cat::ArrivalPreposition)) {
            return None;
        }
        let m = doc.name_starting(k + 1)?;
        matches!(
            m.meaning,
            crate::tables::lexicon::Meaning::Country(..) | crate::tables::lexicon::Meaning::City(_)
        )
        .then(|| doc.phrase(m.first, m.end))
    });
    let duration = sentence
        .range()
        .find_map(|k| duration_at(doc, k))
        .map(|d| d.to_report(doc));
    PreviousMeeting {
        text: doc.sentence_text(s),
        year,
        place,
        duration,
        evidence: doc.sentence_span(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEETING: &str =
        "President Amara Kone of Ghana met President Luc Mbeki of Togo in Lome on Monday.";

    /// The sessions of a short article after `MEETING`, as a reader sees them: the format, the
    /// words that name it, and how many minutes it lasted.
    fn sessions(text: &str) -> Vec<(SessionFormat, String, Option<u32>)> {
        let report = crate::pipeline::run_english(&format!("{MEETING} {text}"));
        (report.sessions.into_iter())
            .map(|s| (s.format, s.label, s.duration.map(|d| d.minutes)))
            .collect()
    }

    #[test]
    fn each_format_takes_the_duration_of_its_own_clause() {
        assert_eq!(
            sessions(
                "The two leaders held one-on-one talks for 40 minutes and then met in an expanded \
                 format for two hours."
            ),
            [
                (SessionFormat::OneOnOne, "one-on-one talks".into(), Some(40)),
                (SessionFormat::Expanded, "expanded format".into(), Some(120)),
            ]
        );
    }

    #[test]
    fn a_format_named_without_a_duration_is_a_session_still() {
        assert_eq!(
            sessions("The one-on-one meeting lasted about an hour, and a working lunch followed."),
            [
                (
                    SessionFormat::OneOnOne,
                    "one-on-one meeting".into(),
                    Some(60)
                ),
                (SessionFormat::Meal, "working lunch".into(), None),
            ]
        );
    }

    #[test]
    fn a_duration_of_no_format_is_a_session_of_talks() {
        // The sentence after the report goes on reporting it.
        assert_eq!(
            sessions("It lasted two hours."),
            [(SessionFormat::Talks, "two hours".into(), Some(120))]
        );
        assert_eq!(
            sessions("The talks lasted three hours, officials said."),
            [(SessionFormat::Talks, "three hours".into(), Some(180))]
        );
    }

    #[test]
    fn the_length_of_the_whole_meeting_is_no_session() {
        let report = crate::pipeline::run_english(
            "President Amara Kone of Ghana met President Luc Mbeki of Togo at a two-day summit \
             in Lome on Monday.",
        );
        assert!(report.sessions.is_empty());
    }

    #[test]
    fn an_earlier_meeting_has_its_year_and_place() {
        let report = crate::pipeline::run_english(&format!(
            "{MEETING} The two leaders last met in Accra in 2021."
        ));
        let previous: Vec<(Option<i32>, Option<String>)> = (report.previous_meetings.iter())
            .map(|p| (p.year, p.place.clone()))
            .collect();
        assert_eq!(previous, [(Some(2021), Some("Accra".to_string()))]);
    }
}
