//! The parts of the meeting and how long they lasted, and earlier meetings the article
//! recalls.
//!
//! A session is a format the text names ("face-to-face meeting", "expanded format", "a
//! lunch") or a duration of talks ("after almost an hour of talks", "which lasted almost an
//! hour and a half"). A duration belongs to the format named in its sentence, else to one
//! named in the next or previous sentence ("…concluded after almost an hour of talks. …after
//! the face-to-face meeting, …").

use crate::doc::Doc;
use crate::lexicon::Cat;
use crate::pipeline::Analysis;
use crate::report::{PreviousMeeting, Session, SessionFormat};
use crate::time::{DurationMention, duration_at};

struct FormatMention {
    first: usize,
    end: usize,
    format: SessionFormat,
}

/// Sessions of the meeting and earlier meetings.
pub fn read(a: &Analysis) -> (Vec<Session>, Vec<PreviousMeeting>) {
    let doc = a.doc;
    let meeting = &a.meeting;
    let mut formats: Vec<FormatMention> = Vec::new();
    let mut durations: Vec<DurationMention> = Vec::new();
    for &s in &meeting.sentences {
        let sentence = doc.sentences[s];
        let mut k = sentence.first;
        while k < sentence.end {
            if !meeting.about_meeting(k) {
                k += 1;
                continue;
            }
            if let Some(f) = format_at(doc, k) {
                k = f.end;
                formats.push(f);
                continue;
            }
            // Talks last hours: "a two-day summit" is the length of the meeting, no session.
            if let Some(d) = duration_at(doc, k).filter(|d| lasts(doc, d) && d.minutes < 24 * 60) {
                k = d.end;
                durations.push(d);
                continue;
            }
            k += 1;
        }
    }
    // One session per format: later mentions of a format add evidence.
    let mut sessions: Vec<(usize, Session)> = Vec::new();
    for f in &formats {
        let span = doc.span(f.first, f.end);
        match sessions.iter_mut().find(|(_, s)| s.format == f.format) {
            Some((_, s)) => s.evidence.push(span),
            None => sessions.push((
                f.first,
                Session {
                    format: f.format,
                    label: doc.phrase(f.first, f.end),
                    duration: None,
                    evidence: vec![span],
                },
            )),
        }
    }
    for d in &durations {
        let s = doc.sentence_of[d.first];
        // The free session named nearest to the duration in a sentence: "…held talks in the
        // Oval Office and then met with their delegations … for about an hour" times the
        // delegations, not the ceremony before.
        let free = |sessions: &[(usize, Session)], sentence: usize| {
            sessions
                .iter()
                .enumerate()
                .filter(|(_, (first, x))| {
                    x.duration.is_none()
                        && x.format != SessionFormat::Meal
                        && doc.sentence_of[*first] == sentence
                })
                .min_by_key(|(_, (first, _))| first.abs_diff(d.first))
                .map(|(n, _)| n)
        };
        let target = free(&sessions, s)
            .or_else(|| free(&sessions, s + 1))
            .or_else(|| s.checked_sub(1).and_then(|p| free(&sessions, p)));
        let duration = d.to_report(doc);
        match target {
            Some(t) => {
                sessions[t].1.evidence.push(duration.evidence);
                sessions[t].1.duration = Some(duration);
            }
            None => {
                let label = doc.phrase(d.first, d.end);
                sessions.push((
                    d.first,
                    Session {
                        format: SessionFormat::Talks,
                        label,
                        duration: Some(duration.clone()),
                        evidence: vec![duration.evidence],
                    },
                ));
            }
        }
    }
    crate::sorting::sort_by_key(&mut sessions, |(first, _)| *first as u128);
    let previous = meeting
        .previous
        .iter()
        .map(|&s| previous_meeting(doc, s))
        .collect();
    (sessions.into_iter().map(|(_, s)| s).collect(), previous)
}

/// A session format named at `k`.
fn format_at(doc: &Doc, k: usize) -> Option<FormatMention> {
    let kinds = [
        (Cat::OneOnOne, SessionFormat::OneOnOne),
        (Cat::Expanded, SessionFormat::Expanded),
        (Cat::Meal, SessionFormat::Meal),
        (Cat::Ceremony, SessionFormat::Ceremony),
    ];
    for (cat, format) in kinds {
        if let Some((len, _)) = doc.phrase_at(k, cat) {
            // "face-to-face meeting", "expanded format": take the noun along.
            let mut end = k + len;
            if doc.is(end, Cat::MeetingNoun) || matches!(doc.lower(end), "format" | "talks") {
                end += 1;
            }
            return Some(FormatMention {
                first: k,
                end,
                format,
            });
        }
    }
    if doc.lower(k) == "plenary" {
        let end = k + 1 + usize::from(doc.is(k + 1, Cat::MeetingNoun));
        return Some(FormatMention {
            first: k,
            end,
            format: SessionFormat::Plenary,
        });
    }
    None
}

/// A duration of talks: "lasted …", "lasting …", "after … of talks", "… of meetings".
fn lasts(doc: &Doc, d: &DurationMention) -> bool {
    let before = (d.first.saturating_sub(3)..d.first).any(|k| doc.is(k, Cat::DurationLead));
    let of_talks = doc.lower(d.end) == "of" && doc.is(d.end + 1, Cat::MeetingNoun);
    let long = matches!(
        doc.lower(d.end),
        "long" | "meeting" | "talks" | "session" | "summit"
    );
    before || of_talks || long
}

fn previous_meeting(doc: &Doc, s: usize) -> PreviousMeeting {
    let sentence = doc.sentences[s];
    let year = sentence.range().find_map(|k| {
        let t = &doc.tokens[k];
        (t.kind == crate::tokens::Kind::Number && t.text.len() == 4)
            .then(|| t.text.parse().ok())
            .flatten()
            .filter(|y: &i32| (1900..=2100).contains(y))
    });
    let place = sentence.range().find_map(|k| {
        if doc.lower(k) != "in" {
            return None;
        }
        let m = doc.name(k + 1).filter(|m| m.first == k + 1)?;
        matches!(
            m.meaning,
            crate::lexicon::Meaning::Country(..) | crate::lexicon::Meaning::City(_)
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
