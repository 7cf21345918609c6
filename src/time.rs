//! Dates and durations in the text, and the date of the meeting.
//!
//! Dates are read as written ("Thursday October 3, 2019", "29 November 2019", "March 21",
//! "this Wednesday", "on Friday (10)", "yesterday") and resolved against the publication
//! date: a weekday in a past-tense report is the latest such day on or before publication,
//! in an announcement the next one on or after it.

use crate::calendar::{Date, days_in_month};
use crate::doc::Doc;
use crate::event::{Context, Meeting};
use crate::lexicon::Cat;
use crate::report::{Duration, DurationQualifier, EventDate};
use crate::tokens::Kind;

/// A date phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// First token.
    pub first: usize,
    /// Just past the last token.
    pub end: usize,
    /// The date, when the phrase and the publication date fix it.
    pub date: Option<Date>,
}

/// Reads the date phrase starting at token `k`, if one does.
pub fn date_at(doc: &Doc, k: usize, published: Option<Date>, future: bool) -> Option<DateMention> {
    let t = doc.tokens.get(k)?;
    if let Some((len, offset)) = doc.phrase_at(k, Cat::RelativeDay) {
        return Some(DateMention {
            first: k,
            end: k + len,
            date: published.map(|p| p.add_days(i64::from(offset))),
        });
    }
    if let Some((len, week)) = doc.phrase_at(k, Cat::WeekRef)
        && let Some(weekday) = doc.value(k + len, Cat::Weekday)
    {
        // "this Wednesday", "on Friday", "next Monday"
        return Some(weekday_phrase(
            doc,
            k,
            k + len,
            weekday as u32,
            week,
            published,
            future,
        ));
    }
    if let Some(weekday) = doc.value(k, Cat::Weekday) {
        return Some(weekday_phrase(
            doc,
            k,
            k,
            weekday as u32,
            0,
            published,
            future,
        ));
    }
    if t.kind == Kind::Number {
        // "29 November 2019", "9-10 February 2020"
        let day = leading_day(&t.text)?;
        let month = doc.value(k + 1, Cat::Month)?;
        // "29 November 2019", "14th March, 2024"
        let comma = usize::from(doc.punct(k + 2, ',') && year_at(doc, k + 3).is_some());
        let (year, end) =
            year_at(doc, k + 2 + comma).map_or((None, k + 2), |y| (Some(y), k + 3 + comma));
        return Some(DateMention {
            first: k,
            end,
            date: resolve_day(day, month as u32, year, published),
        });
    }
    if let Some(month) = doc.value(k, Cat::Month) {
        // "March 21", "January 7th, 2025", "October 3, 2019"
        if !t.is_capitalized() {
            return None;
        }
        let day = doc
            .tokens
            .get(k + 1)
            .filter(|d| d.kind == Kind::Number)
            .and_then(|d| leading_day(&d.text))?;
        let mut end = k + 2;
        let mut year = None;
        let comma = usize::from(doc.punct(end, ','));
        if let Some(y) = year_at(doc, end + comma) {
            year = Some(y);
            end += comma + 1;
        }
        return Some(DateMention {
            first: k,
            end,
            date: resolve_day(day, month as u32, year, published),
        });
    }
    None
}

/// A weekday phrase from `first`, the weekday at `at`: with a day part ("Tuesday
/// afternoon"), a day of the month in brackets ("Friday (10)") or a full date after it
/// ("Thursday October 3, 2019", "Monday, July 7, 2008").
fn weekday_phrase(
    doc: &Doc,
    first: usize,
    at: usize,
    weekday: u32,
    week: i32,
    published: Option<Date>,
    future: bool,
) -> DateMention {
    let mut end = at + 1;
    let comma = usize::from(doc.punct(end, ','));
    if let Some(full) = date_at(doc, end + comma, published, future)
        .filter(|d| doc.is(d.first, Cat::Month) || doc.tokens[d.first].kind == Kind::Number)
    {
        return DateMention {
            first,
            end: full.end,
            date: full.date,
        };
    }
    let mut day_of_month = None;
    if doc.punct(end, '(') && doc.punct(end + 2, ')') {
        day_of_month = doc.tokens.get(end + 1).and_then(|t| leading_day(&t.text));
        if day_of_month.is_some() {
            end += 3;
        }
    }
    if doc.is(end, Cat::DayPart) {
        end += 1;
    }
    let date = published.map(|p| {
        let behind = i64::from((p.weekday() + 7 - weekday) % 7);
        let ahead = i64::from((weekday + 7 - p.weekday()) % 7);
        let mut d = match week {
            1 => p.add_days(if ahead == 0 { 7 } else { ahead }),
            -1 => p.add_days(-(if behind == 0 { 7 } else { behind })),
            _ if future => p.add_days(ahead),
            _ => p.add_days(-behind),
        };
        // "Friday (10)": the day of the month settles which Friday.
        if let Some(dom) = day_of_month {
            for shift in [0i64, -7, 7, -14, 14] {
                let c = d.add_days(shift);
                if c.day == dom {
                    d = c;
                    break;
                }
            }
        }
        d
    });
    DateMention { first, end, date }
}

/// The day in "21", "7th", "3rd", "9-10" (the first day of a range).
fn leading_day(text: &str) -> Option<u32> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &text[digits.len()..];
    let suffix_ok =
        rest.is_empty() || matches!(rest, "st" | "nd" | "rd" | "th") || rest.starts_with('-');
    let day: u32 = digits.parse().ok()?;
    ((1..=31).contains(&day) && digits.len() <= 2 && suffix_ok).then_some(day)
}

fn year_at(doc: &Doc, k: usize) -> Option<i32> {
    let t = doc.tokens.get(k)?;
    if t.kind != Kind::Number || t.text.len() != 4 {
        return None;
    }
    t.text.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// A day and month, with the year given or taken from the publication date (the year
/// before, when the day would lie months after publication).
fn resolve_day(day: u32, month: u32, year: Option<i32>, published: Option<Date>) -> Option<Date> {
    if day > days_in_month(year.unwrap_or(2000), month) {
        return None;
    }
    match (year, published) {
        (Some(y), _) => Date::new(y, month, day),
        (None, Some(p)) => {
            let d = Date::new(p.year, month, day)?;
            if p.days_until(d) > 45 {
                Date::new(p.year - 1, month, day)
            } else {
                Some(d)
            }
        }
        (None, None) => None,
    }
}

/// The date of the meeting: the first date phrase in a meeting clause that is not the date
/// of a report ("the agency reported on Friday"), else the first in the opening sentences.
pub fn meeting_date(doc: &Doc, meeting: &Meeting, published: Option<Date>) -> Option<EventDate> {
    let future = meeting.status == crate::report::EventStatus::Planned;
    // Dates of the dateline ("MOSCOW, March 21.", "ENA February 8/2020") date the report, and
    // dates inside quotations are the speaker's.
    let dateline = crate::location::dateline_end(doc).unwrap_or(0);
    let mut quoted = vec![false; doc.tokens.len()];
    for (open, close) in crate::quotes::quote_spans(doc) {
        quoted[open..close].fill(true);
    }
    let agency_stamp = |k: usize| {
        (k.saturating_sub(2)..k).any(|j| {
            doc.tokens[j].line_before
                && doc
                    .name(j)
                    .is_some_and(|m| matches!(m.meaning, crate::lexicon::Meaning::Outlet(_)))
        })
    };
    let find_in = |s: usize, want_meeting: bool| -> Option<DateMention> {
        let sentence = doc.sentences[s];
        let mut k = sentence.first;
        while k < sentence.end {
            if want_meeting && meeting.context[k] != Context::Meeting {
                k += 1;
                continue;
            }
            if meeting.context[k] == Context::OtherMeeting
                || k < dateline
                || quoted[k]
                || agency_stamp(k)
            {
                k += 1;
                continue;
            }
            if let Some(d) = date_at(doc, k, published, future) {
                let reported = (d.first.saturating_sub(2)..d.first).any(|j| {
                    matches!(
                        doc.lower(j),
                        "reported" | "said" | "announced" | "told" | "added"
                    )
                });
                if !reported {
                    return Some(d);
                }
                k = d.end;
                continue;
            }
            k += 1;
        }
        None
    };
    let found = meeting
        .sentences
        .iter()
        .find_map(|&s| find_in(s, true))
        .or_else(|| (0..doc.sentences.len().min(4)).find_map(|s| find_in(s, false)))?;
    Some(EventDate {
        text: doc.phrase(found.first, found.end),
        iso: found.date.map(|d| d.to_string()),
        evidence: doc.span(found.first, found.end),
    })
}

/// A duration phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationMention {
    /// First token.
    pub first: usize,
    /// Just past the last token.
    pub end: usize,
    /// Minutes.
    pub minutes: u32,
    /// The hedge.
    pub qualifier: DurationQualifier,
}

impl DurationMention {
    /// The report's form of it.
    pub fn to_report(&self, doc: &Doc) -> Duration {
        Duration {
            text: doc.phrase(self.first, self.end),
            minutes: self.minutes,
            qualifier: self.qualifier,
            evidence: doc.span(self.first, self.end),
        }
    }
}

/// A number as durations write it: "4.5", "90", "1,000" (no exponent, no sign). Read by
/// hand: the standard float parser would add its tables to the WebAssembly module.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || b == b',');
    if whole.is_empty() || !digits(whole) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value = 0.0;
    for b in whole.bytes().filter(u8::is_ascii_digit) {
        value = value * 10.0 + f64::from(b - b'0');
    }
    let mut scale = 0.1;
    for b in fraction.bytes().take(6) {
        value += f64::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// Reads a duration at `k`: "almost an hour and a half", "three and a half hours", "about
/// 4.5 hours", "less than four hours", "a 10-minute", "half an hour".
pub fn duration_at(doc: &Doc, k: usize) -> Option<DurationMention> {
    let (hedge_len, hedge) = doc.phrase_at(k, Cat::Hedge).unwrap_or((0, 0));
    let mut j = k + hedge_len;
    let qualifier = match hedge {
        1 => DurationQualifier::About,
        2 => DurationQualifier::Almost,
        3 => DurationQualifier::MoreThan,
        4 => DurationQualifier::LessThan,
        _ => DurationQualifier::Exact,
    };
    // "half an hour"
    if doc.lower(j) == "half" && matches!(doc.lower(j + 1), "an" | "a") {
        let (unit_len, unit) = doc.phrase_at(j + 2, Cat::TimeUnit)?;
        return Some(DurationMention {
            first: k,
            end: j + 2 + unit_len,
            minutes: unit as u32 / 2,
            qualifier,
        });
    }
    let t = doc.tokens.get(j)?;
    // "10-minute", "two-hour"
    if let Some((number, unit)) = t.lower.split_once('-') {
        let amount = decimal(number).or_else(|| doc.lex.value(Cat::Number, number).map(f64::from));
        if let (Some(amount), Some(unit)) = (amount, doc.lex.value(Cat::TimeUnit, unit)) {
            return Some(DurationMention {
                first: k,
                end: j + 1,
                minutes: (amount * f64::from(unit)) as u32,
                qualifier,
            });
        }
    }
    let (number_len, amount) = if t.kind == Kind::Number {
        (1, decimal(&t.text)?)
    } else {
        let (len, n) = doc.phrase_at(j, Cat::Number)?;
        (len, f64::from(n))
    };
    j += number_len;
    let mut fraction = 0.0;
    if let Some((len, minutes)) = doc.phrase_at(j, Cat::Fraction) {
        fraction = f64::from(minutes) / 60.0;
        j += len;
    }
    let (unit_len, unit) = doc.phrase_at(j, Cat::TimeUnit)?;
    j += unit_len;
    // "an hour and a half": the fraction after the unit is of the unit.
    if fraction == 0.0
        && let Some((len, minutes)) = doc.phrase_at(j, Cat::Fraction)
    {
        fraction = f64::from(minutes) / 60.0;
        j += len;
    }
    // "a" and "an" are numbers only before a unit: "a day" is a duration, "a meeting" is not.
    let minutes = ((amount + fraction) * f64::from(unit)).round();
    (minutes > 0.0 && minutes < 1.0e7).then_some(DurationMention {
        first: k,
        end: j,
        minutes: minutes as u32,
        qualifier,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn date(text: &str, published: &str, future: bool) -> (String, Option<String>) {
        let doc = Doc::new(text, Lexicon::english());
        let published = Date::parse_iso(published);
        let d = (0..doc.tokens.len())
            .find_map(|k| date_at(&doc, k, published, future))
            .expect(text);
        (doc.phrase(d.first, d.end), d.date.map(|d| d.to_string()))
    }

    #[test]
    fn table_of_dates() {
        let table: &[(&str, &str, bool, &str, Option<&str>)] = &[
            (
                "concluded this Wednesday after",
                "2023-09-13",
                false,
                "this Wednesday",
                Some("2023-09-13"),
            ),
            (
                "met on Thursday, jeopardising",
                "2019-02-28",
                false,
                "on Thursday",
                Some("2019-02-28"),
            ),
            (
                "reaffirmed Saturday they",
                "2018-05-27",
                false,
                "Saturday",
                Some("2018-05-26"),
            ),
            (
                "met this Friday (10) with",
                "2023-02-11",
                false,
                "this Friday (10)",
                Some("2023-02-10"),
            ),
            (
                "on Tuesday afternoon.",
                "2023-03-21",
                false,
                "on Tuesday afternoon",
                Some("2023-03-21"),
            ),
            (
                "for a State visit on Thursday October 3, 2019.",
                "2019-10-04",
                false,
                "on Thursday October 3, 2019",
                Some("2019-10-03"),
            ),
            (
                "On 29 November 2019, the meeting",
                "2019-12-02",
                false,
                "29 November 2019",
                Some("2019-11-29"),
            ),
            (
                "from 9-10 February 2020",
                "2020-02-08",
                false,
                "9-10 February 2020",
                Some("2020-02-09"),
            ),
            (
                "began today in Hokkaido",
                "2008-07-07",
                false,
                "today",
                Some("2008-07-07"),
            ),
            (
                "will meet on Monday",
                "2024-05-01",
                true,
                "on Monday",
                Some("2024-05-06"),
            ),
            (
                "last Friday",
                "2024-05-03",
                false,
                "last Friday",
                Some("2024-04-26"),
            ),
            (
                "next Friday",
                "2024-05-03",
                false,
                "next Friday",
                Some("2024-05-10"),
            ),
            (
                "on December 17, 2024, days",
                "2025-03-27",
                false,
                "December 17, 2024",
                Some("2024-12-17"),
            ),
            (
                "met on March 21.",
                "2023-03-22",
                false,
                "March 21",
                Some("2023-03-21"),
            ),
            (
                "met on December 30.",
                "2024-01-02",
                false,
                "December 30",
                Some("2023-12-30"),
            ),
            ("this Wednesday", "", false, "this Wednesday", None),
        ];
        for (text, published, future, phrase, iso) in table {
            let got = date(text, published, *future);
            assert_eq!(got.0, *phrase, "{text:?}");
            assert_eq!(got.1.as_deref(), *iso, "{text:?}");
        }
    }

    #[test]
    fn table_of_durations() {
        let table: &[(&str, u32, DurationQualifier, &str)] = &[
            (
                "after almost an hour of talks",
                60,
                DurationQualifier::Almost,
                "almost an hour",
            ),
            (
                "lasted almost an hour and a half..",
                90,
                DurationQualifier::Almost,
                "almost an hour and a half",
            ),
            (
                "lasted three and a half hours.",
                210,
                DurationQualifier::Exact,
                "three and a half hours",
            ),
            (
                "lasting less than four hours",
                240,
                DurationQualifier::LessThan,
                "less than four hours",
            ),
            (
                "lasted about 4.5 hours",
                270,
                DurationQualifier::About,
                "about 4.5 hours",
            ),
            (
                "emerged from two hours of meetings",
                120,
                DurationQualifier::Exact,
                "two hours",
            ),
            (
                "a nearly 10-minute speech",
                10,
                DurationQualifier::Almost,
                "nearly 10-minute",
            ),
            (
                "for half an hour",
                30,
                DurationQualifier::Exact,
                "half an hour",
            ),
            (
                "lasted more than 90 minutes",
                90,
                DurationQualifier::MoreThan,
                "more than 90 minutes",
            ),
        ];
        for (text, minutes, qualifier, phrase) in table {
            let doc = Doc::new(text, Lexicon::english());
            let d = (0..doc.tokens.len())
                .find_map(|k| duration_at(&doc, k))
                .expect(text);
            assert_eq!(
                (d.minutes, d.qualifier, doc.phrase(d.first, d.end).as_str()),
                (*minutes, *qualifier, *phrase),
                "{text:?}"
            );
        }
        let doc = Doc::new("a meeting in a hall", Lexicon::english());
        assert!((0..doc.tokens.len()).all(|k| duration_at(&doc, k).is_none()));
    }
}
