//! Dates and durations in the text, and the date of the meeting.
//!
//! Dates are read as written ("Thursday October 3, 2019", "29 November 2019", "March 21",
//! "this Wednesday", "on Friday (10)", "yesterday", "25 to 27 June", "03/10/2019",
//! "2019-10-03") and resolved against the publication date: a weekday in a past-tense report
//! is the latest such day on or before publication, in an announcement the next one on or
//! after it. A range of days ("June 25-27", "on 25 and 26 June") dates a meeting by its
//! first day.

use crate::doc::Doc;
use crate::report::{Duration, DurationQualifier, EventDate, EventStatus};
use crate::stages::event::{Context, Meeting};
use crate::stages::lists;
use crate::stages::location::{clause_link_before, since_earlier_meeting};
use crate::tables::lexicon::Cat;
use crate::tables::values::FUTURE_TENSE;
use crate::text::calendar::{Date, all_digits, days_in_month, digits_value};
use crate::text::tokens::Kind;

/// A date phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// First token.
    pub first: usize,
    /// Just past the last token.
    pub end: usize,
    /// The date, when the phrase and the publication date fix it.
    pub date: Option<Date>,
    /// A numeric date that reads either way round ("03/10/2019"): its day-first and
    /// month-first readings, for the rest of the text to decide between.
    pub readings: Option<(Date, Date)>,
}

impl DateMention {
    fn new(first: usize, end: usize, date: Option<Date>) -> DateMention {
        DateMention {
            first,
            end,
            date,
            readings: None,
        }
    }
}

/// The minutes of a day, as `time_unit` counts them.
const MINUTES_A_DAY: f64 = 1440.0;

/// The value of a `date_link` word that joins a day to its month ("the 3rd of October").
const DAY_OF_MONTH_LINK: i32 = 0;
/// The value of a `date_link` word that joins the ends of a range ("25 to 27 June").
const RANGE_LINK: i32 = 1;

/// Reads the date phrase starting at token `k`, if one does. `future` says how a weekday
/// and a day without a year are resolved: the next such day, or the last.
pub fn date_at(doc: &Doc, k: usize, published: Option<Date>, future: bool) -> Option<DateMention> {
    let t = doc.tokens.get(k)?;
    // "mañana" with no determiner or preposition before it ("mañana se reunirán", not "por
    // la mañana").
    let bare = doc
        .value(k, Cat::BareRelativeDay)
        .filter(|_| k == 0 || !doc.is_any_of(k - 1, &[Cat::Determiner, Cat::PhrasePreposition]));
    if let Some((len, offset)) = doc
        .phrase_at(k, Cat::RelativeDay)
        .or(bare.map(|offset| (1, offset)))
    {
        // "yesterday afternoon", "tomorrow morning"
        let end = k + len + day_part(doc, k + len);
        let mut date = published.map(|p| p.add_days(i64::from(offset)));
        // "ayer miércoles": the weekday named with it settles the day, written the day before
        // publication or after.
        let mut weekday = None;
        for j in k..end.max(k + len + 1) {
            weekday = doc.value(j, Cat::Weekday);
            if weekday.is_some() {
                break;
            }
        }
        if let (Some(d), Some(w)) = (date, weekday) {
            for shift in [0i64, -1, 1, -2, 2] {
                let c = d.add_days(shift);
                if c.weekday() == w as u32 {
                    date = Some(c);
                    break;
                }
            }
        }
        let end = if weekday.is_some() && doc.is(end, Cat::Weekday) {
            end + 1
        } else {
            end
        };
        return Some(DateMention::new(k, end, date));
    }
    // "two days ago", "hace tres días", "dos días atrás": whole days back from the publication,
    // a month at most, counted in words or whole digits (not "1,5").
    // (Whole days tested by multiplying back: a remainder of floats would bring the library's
    // `fmod` into the WebAssembly module.)
    let before = doc.phrase_len_valued(k, Cat::AgoMarker, 0);
    let count = doc.token(k + before);
    if let Some((end, minutes)) = amount_at(doc, k + before) {
        let days = (minutes / MINUTES_A_DAY) as i64;
        let after = doc.phrase_len_valued(end, Cat::AgoMarker, 1);
        if days as f64 * MINUTES_A_DAY == minutes
            && days <= 31
            && (count.kind != Kind::Number || all_digits(&count.text))
            && (before > 0) != (after > 0)
        {
            let date = published.map(|p| p.add_days(-days));
            return Some(DateMention::new(k, end + after, date));
        }
    }
    let marker = doc.phrase_at(k, Cat::WeekRef);
    // "el pasado 13 de septiembre", "el próximo 2 de octubre": the marker says which way.
    if let Some((len, week)) = marker
        && week != 0
        && doc.token(k + len).kind == Kind::Number
        && let Some(d) = day_then_month(doc, k + len, published, week > 0)
    {
        return Some(DateMention { first: k, ..d });
    }
    // "this Wednesday", "on Friday", "next Monday"; else a weekday alone.
    let after_marker = marker.and_then(|(len, week)| {
        let weekday = doc.value(k + len, Cat::Weekday)?;
        Some((k + len, weekday, week))
    });
    let named = after_marker.or_else(|| {
        // "SANTO DOMINGO": a weekday inside a name written in capitals is no day.
        let in_capitals = t.is_all_caps()
            && k > 0
            && doc.token(k - 1).is_all_caps()
            && !doc.is_any_of(k - 1, &[Cat::Stop, Cat::WeekRef]);
        let weekday = doc.value(k, Cat::Weekday).filter(|_| !in_capitals)?;
        Some((k, weekday, 0))
    });
    if let Some((at, weekday, week)) = named {
        return Some(weekday_phrase(
            doc,
            k,
            at,
            weekday as u32,
            week,
            published,
            future,
        ));
    }
    // "el 11/05": a day and month in digits after a marker, in a language that writes the day
    // first (in English "on 9/11" is as often a name as a date).
    if let Some((len, 0)) = marker
        && doc.lex.day_first_dates
        && let Some((day, month)) = digits_day_month(doc, k + len)
    {
        let date = resolve_day(day, month, None, published, future);
        return Some(DateMention::new(k, k + len + 1, date));
    }
    // "el día 8", "el 8 en Quito", "on the 8th": a day of the month alone after a marker.
    if let Some((len, 0)) = marker
        && let Some((end, day)) = lone_day(doc, k + len)
    {
        let date = published.and_then(|p| day_near(p, day, future));
        return Some(DateMention::new(k, end, date));
    }
    if t.kind == Kind::Number {
        return numeric_date(doc, k).or_else(|| day_then_month(doc, k, published, future));
    }
    month_then_day(doc, k, published, future)
}

/// "29 November 2019", "9-10 February 2020", "14th March, 2024", "25 to 27 June", "the 3rd
/// of October".
fn day_then_month(
    doc: &Doc,
    k: usize,
    published: Option<Date>,
    future: bool,
) -> Option<DateMention> {
    let day = leading_day(doc, &doc.token(k).text)?;
    // "1° de mayo": the degree sign typed for the ordinal indicator.
    let degree = usize::from(doc.punct(k + 1, '°') && !doc.token(k + 1).spaced());
    let mut j = k + 1 + degree;
    j += range_end(doc, j);
    if doc.value_is(j, Cat::DateLink, DAY_OF_MONTH_LINK) {
        j += 1;
    }
    let month = month_at(doc, j)?;
    Some(dated(doc, k, j + 1, day, month, published, future))
}

/// The date phrase from `k` of a day and month, whose year, if it has one, stands at `j`.
fn dated(
    doc: &Doc,
    k: usize,
    j: usize,
    day: u32,
    month: u32,
    published: Option<Date>,
    future: bool,
) -> DateMention {
    let (year, end) = year_after(doc, j);
    DateMention::new(k, end, resolve_day(day, month, year, published, future))
}

/// "March 21", "January 7th, 2025", "October 3, 2019", "June 25-27", "June 25 to 27, 2015".
fn month_then_day(
    doc: &Doc,
    k: usize,
    published: Option<Date>,
    future: bool,
) -> Option<DateMention> {
    let month = month_at(doc, k)?;
    let d = doc.token(k + 1);
    if d.kind != Kind::Number {
        return None;
    }
    let day = leading_day(doc, &d.text)?;
    let j = k + 2 + range_end(doc, k + 2);
    Some(dated(doc, k, j, day, month, published, future))
}

/// A month name, with its capital where the language writes months so (in English "may" in
/// lowercase is a verb); in the dateline also a short month that is a common word elsewhere
/// ("LIMA, 9 mar (EFE)").
fn month_at(doc: &Doc, k: usize) -> Option<u32> {
    let in_dateline = doc.dateline.is_some_and(|d| k < d.end);
    let month = doc
        .value(k, Cat::Month)
        .or_else(|| doc.value(k, Cat::DatelineMonth).filter(|_| in_dateline))?;
    (doc.token(k).is_capitalized() || !doc.is(k, Cat::CapitalizedMonth)).then_some(month as u32)
}

/// The length of the second half of a range of days at `k` ("to 27", "and 26", "– 27", "and
/// the 13th", "y el 8": the second day may take its article again), 0 when there is none.
fn range_end(doc: &Doc, k: usize) -> usize {
    let article = usize::from(doc.is(k + 1, Cat::DefiniteArticle));
    let t = doc.token(k + 1 + article);
    let day_follows = t.kind == Kind::Number && leading_day(doc, &t.text).is_some();
    if doc.value_is(k, Cat::DateLink, RANGE_LINK) && day_follows {
        2 + article
    } else {
        0
    }
}

/// A year at `k`, after an optional comma ("June 25, 2015"): the year and the end of the
/// phrase (`k` when there is no year).
fn year_after(doc: &Doc, k: usize) -> (Option<i32>, usize) {
    // "June 25, 2015", "25 de junio de 2015"
    let comma = usize::from(
        (doc.punct(k, ',') || doc.value_is(k, Cat::DateLink, DAY_OF_MONTH_LINK))
            && year_at(doc, k + 1).is_some(),
    );
    year_at(doc, k + comma).map_or((None, k), |y| (Some(y), k + comma + 1))
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
    // "el lunes pasado", "el martes próximo": the marker after the weekday, where a language
    // puts it there ("el lunes de la semana pasada" is no such marker).
    let mut week = week;
    if week == 0
        && let Some((len, after)) = doc.phrase_at(end, Cat::WeekRef)
        && after != 0
        && !doc.is(end + len, Cat::TimeNoun)
    {
        week = after;
        end += len;
    }
    let comma = usize::from(doc.punct(end, ','));
    if let Some(full) = date_at(doc, end + comma, published, future)
        .filter(|d| doc.is(d.first, Cat::Month) || doc.token(d.first).kind == Kind::Number)
    {
        return DateMention { first, ..full };
    }
    let mut day_of_month = None;
    if doc.one_in_brackets(end) {
        day_of_month = leading_day(doc, &doc.token(end + 1).text);
        if day_of_month.is_some() {
            end += 3;
        }
    } else if let Some((day_end, day)) = lone_day(doc, end) {
        // "el lunes 2 en Quito", "on Monday the 2nd,"
        day_of_month = Some(day);
        end = day_end;
    }
    end += day_part(doc, end);
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
    DateMention::new(first, end, date)
}

/// A day of the month alone at `k` ("2", "the 2nd": an ordinal after an article), closing its
/// phrase; not a count ("el lunes 20 líderes") nor a day with its month. Its end and the day.
fn lone_day(doc: &Doc, k: usize) -> Option<(usize, u32)> {
    let day = k + usize::from(doc.is(k, Cat::DefiniteArticle));
    let ordinal = !all_digits(&doc.token(day).text);
    let next = doc.token(day + 1);
    let closes = next.is_any(&[',', '.', ';', ':', ')'])
        || next.text.is_empty()
        || next.line_before
        || doc.is(day + 1, Cat::PlacePreposition)
        // not the first of two days sharing a month ("on 12 and 13 June", "el 7 y el 8 de mayo")
        || doc.is(day + 1, Cat::CopulativeConjunction) && day_then_month(doc, day, None, false).is_none()
        || day_part(doc, day + 1) > 0;
    let numeric = numeric_parts(doc, day).is_some();
    if doc.token(day).kind != Kind::Number || !closes || numeric || (day > k && !ordinal) {
        return None;
    }
    Some((day + 1, leading_day(doc, &doc.token(day).text)?))
}

/// A day and a month in digits with a slash and no year, the day first ("11/05"), not a part
/// of something ("3/4 de los votos", "el 24/7%").
fn digits_day_month(doc: &Doc, k: usize) -> Option<(u32, u32)> {
    let (day, month) = doc.token(k).text.split_once('/')?;
    let (day, month) = (small(day)?, small(month)?);
    let part_of = doc.is(k + 1, Cat::GenitiveLink) || doc.punct(k + 1, '%');
    (day >= 1 && (1..=12).contains(&month) && !part_of).then_some((day, month))
}

/// The day `day` of the publication's month, else of the month before (in a report of the
/// past) or after (in an announcement) when that day is not yet or already gone.
fn day_near(published: Date, day: u32, future: bool) -> Option<Date> {
    let shift = if future {
        i32::from(day < published.day)
    } else {
        -i32::from(day > published.day)
    };
    let months = published.year * 12 + published.month as i32 - 1 + shift;
    Date::new(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, day)
}

/// The length of a part of the day at `k` ("afternoon", "por la mañana"), 0 when there is none.
fn day_part(doc: &Doc, k: usize) -> usize {
    doc.phrase_len(k, Cat::DayPart)
}

/// The day in "21", "7th", "3RD", "1º", "9-10" (the first day of a range): digits, then
/// nothing, a hyphen or an ordinal ending of the language (`ordinal_suffix`).
fn leading_day(doc: &Doc, text: &str) -> Option<u32> {
    let mut digit_count = 0;
    while text
        .as_bytes()
        .get(digit_count)
        .is_some_and(u8::is_ascii_digit)
    {
        digit_count += 1;
    }
    let (digits, rest) = text.split_at_checked(digit_count)?;
    // "9-10 February": nothing or a hyphen after the digits, else an ordinal suffix.
    let suffix_ok = matches!(rest.as_bytes().first(), None | Some(b'-'))
        || doc
            .lex
            .is(Cat::OrdinalSuffix, &crate::text::case::lower_str(rest));
    let day = digits_value(digits)?;
    ((1..32).contains(&day) && digits.len() <= 2 && suffix_ok).then_some(day)
}

/// A year of four digits at `k` ("2019"), 1900 to 2100.
pub fn year_at(doc: &Doc, k: usize) -> Option<i32> {
    let t = doc.tokens.get(k)?;
    if t.kind != Kind::Number || t.text.len() != 4 {
        return None;
    }
    let year = digits_value(&t.text)? as i32;
    (1900..2101).contains(&year).then_some(year)
}

/// A day and month, with the year given or taken from the publication date: in a report of
/// the past the year before when the day would lie months after publication, in an
/// announcement the year after when it would lie months before.
fn resolve_day(
    day: u32,
    month: u32,
    year: Option<i32>,
    published: Option<Date>,
    future: bool,
) -> Option<Date> {
    if day > days_in_month(year.unwrap_or(2000), month) {
        return None;
    }
    match (year, published) {
        (Some(y), _) => Date::new(y, month, day),
        (None, Some(p)) => {
            let d = Date::new(p.year, month, day)?;
            let ahead = p.days_until(d);
            if future && ahead < -45 {
                Date::new(p.year + 1, month, day)
            } else if !future && ahead > 45 {
                Date::new(p.year - 1, month, day)
            } else {
                Some(d)
            }
        }
        (None, None) => None,
    }
}

/// Which number of a numeric date is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumericOrder {
    /// "25/06/2015", "3.10.2019"
    DayFirst,
    /// "06/25/2015"
    MonthFirst,
}

/// "03/10/2019", "25-26/06/2015", "2019-10-03", "3.10.2019", "03/10/19".
fn numeric_date(doc: &Doc, k: usize) -> Option<DateMention> {
    let (end, [a, b, c]) = numeric_parts(doc, k)?;
    let mut mention = DateMention::new(k, end, None);
    // Year first is always year, month, day.
    if a.len() == 4 {
        mention.date = Date::new(digits_value(a)? as i32, small(b)?, small(c)?);
        return mention.date.map(|_| mention);
    }
    let year: i32 = match c.len() {
        4 => digits_value(c)? as i32,
        // "03/10/19": the century nearest to now.
        2 => {
            let yy = digits_value(c)? as i32;
            if yy < 70 { 2000 + yy } else { 1900 + yy }
        }
        _ => return None,
    };
    let (first, second) = (leading_day(doc, a)?, small(b)?);
    // Dates written with periods ("7.2.2024") are the day-first custom's.
    let dotted = doc.token(k).text.contains('.');
    let month_first = Date::new(year, first, second).filter(|_| !dotted);
    match (Date::new(year, second, first), month_first) {
        (Some(d), Some(m)) if d != m => mention.readings = Some((d, m)),
        (Some(d), _) | (None, Some(d)) => mention.date = Some(d),
        (None, None) => return None,
    }
    Some(mention)
}

/// A number of one or two digits, as the day and month of a numeric date are written.
fn small(text: &str) -> Option<u32> {
    digits_value(text).filter(|_| text.len() <= 2)
}

/// The three numbers of a numeric date, one token with two hyphens, periods or slashes
/// ("2019-10-03", "3.10.2019", "03/10/2019"; the first may be a span of days, "25-26/06/2015").
/// Returns the end of the phrase and the three parts.
fn numeric_parts(doc: &Doc, k: usize) -> Option<(usize, [&str; 3])> {
    let text = doc.token(k).text.as_str();
    for separator in ['-', '.', '/'] {
        let mut parts = text.split(separator);
        if let (Some(a), Some(b), Some(c), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
            && (a.len() == 4 || leading_day(doc, a).is_some())
            && month_or_year(b)
            && month_or_year(c)
        {
            return Some((k + 1, [a, b, c]));
        }
    }
    None
}

/// A part of a numeric date after the first: one or two digits, or a year of four.
fn month_or_year(part: &str) -> bool {
    small(part).is_some() || part.len() == 4
}

/// The order of the numeric date at `k` when its numbers show it ("25/06/2015": a day
/// above 12 comes first).
fn numeric_order_at(doc: &Doc, k: usize) -> Option<NumericOrder> {
    let (_, [a, b, _]) = numeric_parts(doc, k)?;
    let (first, second) = (leading_day(doc, a)?, small(b)?);
    match (first > 12, second > 12) {
        (true, false) => Some(NumericOrder::DayFirst),
        (false, true) => Some(NumericOrder::MonthFirst),
        _ => None,
    }
}

/// The order every date the text writes with its month in words agrees on: the day before
/// the month ("13 September", "13 de septiembre") or after it ("September 13").
fn worded_order(doc: &Doc) -> Option<NumericOrder> {
    let day = |k: usize| {
        let t = doc.token(k);
        t.kind == Kind::Number && small(&t.text).is_some_and(|d| d <= 31)
    };
    let mut agreed = None;
    for k in 0..doc.tokens.len() {
        if !doc.is(k, Cat::Month) {
            continue;
        }
        let link = usize::from(k >= 2 && doc.is(k - 1, Cat::GenitiveLink));
        let order = if k > link && day(k - 1 - link) {
            NumericOrder::DayFirst
        } else if day(k + 1) {
            NumericOrder::MonthFirst
        } else {
            continue;
        };
        if agreed.is_some_and(|a| a != order) {
            return None;
        }
        agreed = Some(order);
    }
    agreed
}

/// Decides between the readings of an ambiguous numeric date: by the order of the text's
/// other numeric dates, else by the same date written in words, else by the order of the
/// dates it writes in words, else by the language's custom, else by the tense of its
/// sentence (`fits`), else by nearness to `reference` (the publication, dateline or page
/// date) — one reading within a month of it and the other not. None when nothing decides.
fn settle_readings(
    doc: &Doc,
    (day_first, month_first): (Date, Date),
    reference: Option<Date>,
    fits: &dyn Fn(Date) -> bool,
) -> Option<Date> {
    // The order all the text's telling numeric dates agree on.
    let mut agreed: Option<NumericOrder> = None;
    for k in 0..doc.tokens.len() {
        match (agreed, numeric_order_at(doc, k)) {
            (Some(first), Some(other)) if first != other => {
                agreed = None;
                break;
            }
            (None, found) => agreed = found,
            _ => {}
        }
    }
    if let Some(order) = agreed {
        return Some(match order {
            NumericOrder::DayFirst => day_first,
            NumericOrder::MonthFirst => month_first,
        });
    }
    // The year is not in question: a day and month written in words settle the order.
    let day_month = |d: Date| (d.month, d.day);
    let mut written: Vec<(u32, u32)> = Vec::new();
    for k in 0..doc.tokens.len() {
        if let Some(d) = date_at(doc, k, reference.or(Some(day_first)), false).and_then(|m| m.date)
        {
            written.push(day_month(d));
        }
    }
    let near = |d: Date| reference.is_some_and(|r| r.days_until(d).abs() <= 31);
    let in_words = |d: Date| {
        // A plain loop: `contains` would be a search of its own for these pairs.
        for &w in &written {
            if w == day_month(d) {
                return true;
            }
        }
        false
    };
    // Else the order of the dates the text writes in words ("13 September", "13 de
    // septiembre" against "September 13"), else its language's custom; else the tense, else
    // nearness to publication.
    let custom = worded_order(doc).or(doc.lex.day_first_dates.then_some(NumericOrder::DayFirst));
    let in_order = |d: Date| match custom {
        Some(NumericOrder::DayFirst) => d == day_first,
        Some(NumericOrder::MonthFirst) => d == month_first,
        None => false,
    };
    // Each test's answers for both readings, in order of precedence (the tests read nothing
    // but the dates, so answering them all at once changes nothing).
    let answers = [
        (in_words(day_first), in_words(month_first)),
        (in_order(day_first), in_order(month_first)),
        (fits(day_first), fits(month_first)),
        (near(day_first), near(month_first)),
    ];
    for answer in answers {
        match answer {
            (true, false) => return Some(day_first),
            (false, true) => return Some(month_first),
            _ => {}
        }
    }
    None
}

/// How a date phrase hangs in its sentence: the nearest event word before it decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attachment {
    /// After a meeting word ("met in Lima on Thursday", "talks on Friday"), or opening the
    /// sentence ("On Monday, the leaders …").
    Meeting,
    /// After no event word ("This photo, released on Friday, shows …"): perhaps the
    /// meeting's date.
    Loose,
    /// After a word of travel ("arrived on Thursday"): the day the visit began, which dates
    /// the meeting only when nothing else does.
    Travel,
    /// After a word of reporting ("the ministry said Friday", "in a statement on Monday"):
    /// the date of the report, not of the meeting.
    Report,
    /// In a relative clause set off by a comma, after no event word ("Sánchez, que recorrió
    /// la Moncloa el pasado sábado, recibió …"): the date of the aside.
    Aside,
    /// Before a meeting still to come that its clause names after it, after no event word
    /// ("X on Monday reshuffled his cabinet ahead of a summit with Y"): the date of what was
    /// done before the meeting, never the meeting's.
    Before,
}

fn attachment(doc: &Doc, d: &DateMention) -> Attachment {
    let sentence = doc.sentence_at(d.first);
    // "Tinubu on Thursday received …", "the bloc, on Sunday, held …": a meeting verb right
    // after the date.
    let next = d.end + usize::from(doc.punct(d.end, ','));
    let verb_after = doc.has_phrase(next, Cat::MeetingVerb)
        || doc.has_phrase(next, Cat::Attendance)
        || (doc.is(next, Cat::PastMeetingVerb) && !doc.is(next, Cat::Copula));
    // Not the end of a relative clause set off by commas ("Arce, quien llegó el domingo, fue
    // recibido …"): that dates the aside.
    let aside = doc.punct(d.end, ',')
        && lists::last_where(sentence.first, d.first, |j| doc.punct(j, ','))
            .is_some_and(|comma| doc.is(comma + 1, Cat::Relative));
    if verb_after && next < sentence.end && !aside {
        return Attachment::Meeting;
    }
    for j in (sentence.first..d.first).rev() {
        // A subordinate clause ("since his inauguration on …") dates its own event.
        if doc.punct(j, ';') || doc.is(j, Cat::ClauseOpener) {
            break;
        }
        // Verbs are written in lowercase: "States" in a name reports nothing. A verb of the
        // meeting's own course ("concluded", "agreed") is that, though it may report speech.
        let verb = doc.token(j).is_lowercase();
        if doc.has_phrase(j, Cat::MeetingNoun)
            || doc.has_phrase(j, Cat::MeetingVerb)
            || doc.has_phrase(j, Cat::Attendance)
            || doc.has_phrase(j, Cat::RemoteMeeting)
            || (verb && doc.is(j, Cat::PastMeetingVerb) && !doc.is(j, Cat::Copula))
        {
            return Attachment::Meeting;
        }
        if verb
            && (doc.is_any_of(j, &[Cat::SpeechVerb, Cat::ReportingVerb])
                || doc.has_phrase(j, Cat::Attribution))
        {
            return Attachment::Report;
        }
        if verb && doc.is(j, Cat::ArrivalVerb) {
            return Attachment::Travel;
        }
        if doc.is(j, Cat::Relative) && j > sentence.first && doc.punct(j - 1, ',') {
            return Attachment::Aside;
        }
    }
    let ahead = (d.end..sentence.end)
        .find(|&j| crate::stages::event::is_trigger(doc, j))
        .is_some_and(|j| crate::stages::event::ahead_of_meeting(doc, j));
    if ahead {
        Attachment::Before
    } else if d.first <= sentence.first + 1 {
        Attachment::Meeting
    } else {
        Attachment::Loose
    }
}

/// Whether a sentence announces (`Some(true)`) or reports (`Some(false)`): a future tense
/// ("will meet", "is scheduled to") and no past meeting verb, or a past meeting verb and no
/// future tense. None when it has both or neither. Words in `ignored` (quotations, clauses
/// about other meetings) keep their own tenses.
fn sentence_future(doc: &Doc, s: usize, ignored: &[bool]) -> Option<bool> {
    let (mut future, mut past) = (false, false);
    let sentence = doc.sentence(s);
    for k in sentence.range() {
        if ignored[k] {
            continue;
        }
        future |= doc
            .phrase_at(k, Cat::FutureMarker)
            .is_some_and(|(_, v)| v == FUTURE_TENSE)
            || crate::stages::event::future_verb(doc, k)
            || crate::stages::event::ahead_of_meeting(doc, k);
        past |= crate::stages::event::past_verb(doc, k)
            || crate::stages::event::arrived_to_meet(doc, k, sentence.end);
    }
    (future != past).then_some(future)
}

/// The tense of each sentence: its own, else that of the first meeting sentence that has
/// one, else the meeting's status.
fn tenses(doc: &Doc, meeting: &Meeting, quoted: &[bool]) -> Vec<Option<bool>> {
    let mut ignored = quoted.to_vec();
    for (k, ignore) in ignored.iter_mut().enumerate() {
        *ignore |= meeting.context_of(k) == Context::OtherMeeting;
    }
    let mut by_sentence = Vec::with_capacity(doc.sentences.len());
    for s in 0..doc.sentences.len() {
        by_sentence.push(sentence_future(doc, s, &ignored));
    }
    let article = meeting
        .sentences
        .iter()
        .find_map(|&s| by_sentence[s])
        .or(match meeting.status {
            EventStatus::Planned => Some(true),
            EventStatus::Held => Some(false),
            _ => None,
        });
    for tense in &mut by_sentence {
        *tense = tense.or(article);
    }
    by_sentence
}

/// The date phrase at `k` read in the tense of its sentence (`Some(true)`: the future); in a
/// sentence of no tense, a date said from now ("se reúne este miércoles", "meets this
/// Friday"): of the readings before and after the publication, the nearer.
fn nearest_reading(
    doc: &Doc,
    k: usize,
    published: Option<Date>,
    future: Option<bool>,
) -> Option<DateMention> {
    let mention = date_at(doc, k, published, future == Some(true))?;
    // Only a date said from now ("this Friday", "este miércoles"): "on Friday" after a verb the
    // tables do not know ("wrapped up") keeps the reading of the past.
    if future.is_none()
        && doc.value_is(k, Cat::Recency, 0)
        && let (Some(p), Some(behind)) = (published, mention.date)
        && let Some(ahead) = date_at(doc, k, published, true)
        && let Some(after) = ahead.date
        && ahead.end == mention.end
        && p.days_until(after) < behind.days_until(p)
    {
        return Some(ahead);
    }
    Some(mention)
}

/// The page's own date at the head of the text ("date 2022-11-15", "Published: 3 May
/// 2021"): a stamp label in the first words, then a full date. Returns the end of the stamp
/// and its date.
fn page_stamp(doc: &Doc) -> Option<(usize, Date)> {
    let label = lists::find_word(doc, 0, 3.min(doc.tokens.len()), Cat::StampLabel)?;
    let at = label + 1 + usize::from(doc.punct(label + 1, ':'));
    let d = date_at(doc, at, None, false)?;
    Some((d.end, d.date?))
}

/// A date phrase that may date the meeting, and where it stands.
struct Candidate {
    mention: DateMention,
    sentence: usize,
    quoted: bool,
    attachment: Attachment,
    /// In a clause about the article's meeting.
    meeting_clause: bool,
}

/// How long before the publication a dateline's date may be and still be the day the story
/// was filed (a wire story published a few weeks later keeps its own days: "MUNICH, Feb 14
/// — … on Saturday" on a page of March; not "MOSCOW, March 21." on a page of October).
const FILED_REACH_DAYS: i64 = 31;

/// Every date phrase outside the dateline, agency stamps and clauses about other meetings,
/// whose date agrees with the tense of its sentence: what "will meet" dates lies on or after
/// publication, what "met" dates on or before it.
fn candidates(doc: &Doc, meeting: &Meeting, published: Option<Date>) -> Vec<Candidate> {
    // Dates of the dateline ("MOSCOW, March 21.", "ENA February 8/2020") date the report.
    let dateline = doc.dateline.map_or(0, |d| d.end);
    let mut quoted = vec![false; doc.tokens.len()];
    for &(open, close) in &doc.quoted {
        if let Some(span) = quoted.get_mut(open..close) {
            span.fill(true);
        }
    }
    let agency_stamp = |k: usize| {
        for j in k.saturating_sub(2)..k {
            if doc.token(j).line_before
                && doc.name(j).is_some_and(|m| {
                    matches!(m.meaning, crate::tables::lexicon::Meaning::Outlet(_))
                })
            {
                return true;
            }
        }
        false
    };
    let stamp = page_stamp(doc);
    // The dateline's date, the day the story was filed, stands for the publication ("ACCRA,
    // 14/03/2025 — … on Friday" is the Friday of that week; "LIMA, 3/10/2025" read in the
    // text's or the language's order; "LIMA, 5 mar (EFE) — … este lunes" is the Monday before
    // the 5th, in the publication's year), when the page came out within a month of it (not
    // "MOSCOW, March 21." on a page of October). A page's stamp may be a later update: it only
    // settles the order of numeric dates.
    // Only the dateline's own line: a headline above it may hold a weekday ("Leaders to meet
    // on Thursday").
    let line_start = (0..dateline)
        .rev()
        .find(|&j| doc.token(j).line_before)
        .unwrap_or(0);
    let dateline_date = (line_start..dateline).find_map(|k| {
        let m = date_at(doc, k, published, false)?;
        m.date
            .or_else(|| settle_readings(doc, m.readings?, None, &|_| true))
    });
    let filed =
        |d: &Date| published.is_none_or(|p| (0..=FILED_REACH_DAYS).contains(&d.days_until(p)));
    let published = dateline_date.filter(filed).or(published);
    let reference = published.or(stamp.map(|(_, d)| d));
    let futures = tenses(doc, meeting, &quoted);
    let mut found = Vec::new();
    let mut k = dateline.max(stamp.map_or(0, |(end, _)| end));
    while k < doc.tokens.len() {
        let sentence = doc.sentence_index(k);
        let future = futures[sentence];
        let mention = (meeting.context_of(k) != Context::OtherMeeting
            && !agency_stamp(k)
            && !since_earlier_meeting(doc, k)
            && !dates_another_act(doc, k))
        .then(|| nearest_reading(doc, k, published, future))
        .flatten();
        let Some(mut mention) = mention else {
            k += 1;
            continue;
        };
        k = mention.end;
        let fits = |d: Date| match (future, published) {
            (Some(true), Some(p)) => d >= p,
            (Some(false), Some(p)) => d <= p,
            _ => true,
        };
        if let Some(readings) = mention.readings {
            mention.date = settle_readings(doc, readings, reference, &fits);
        }
        let fits_tense = mention.date.is_none_or(fits);
        let attachment = attachment(doc, &mention);
        if fits_tense && attachment != Attachment::Report {
            found.push(Candidate {
                sentence,
                quoted: quoted[mention.first],
                attachment,
                meeting_clause: meeting.about_meeting(mention.first)
                    && meeting.sentences.contains(&sentence),
                mention,
            });
        }
    }
    found
}

/// Whether the date at `k` is in a clause that an interval link opens with a verb of another
/// act, whose time it gives: "after taking office on January 1st", "before leaving for London
/// on May 11", "tras asumir el cargo el 1 de enero" (not "after talks on Friday", "after
/// midnight").
fn dates_another_act(doc: &Doc, k: usize) -> bool {
    clause_link_before(doc, k, Cat::IntervalLink).is_some_and(|(j, len)| {
        let v = j + len;
        v < k
            && doc.token(v).is_lowercase()
            && !doc.has_phrase(v, Cat::MeetingVerb)
            && !doc.is_any_of(
                v,
                &[
                    Cat::Determiner,
                    Cat::MeetingNoun,
                    Cat::DayPart,
                    Cat::TimeNoun,
                    Cat::RelativeDay,
                    Cat::Weekday,
                    Cat::Month,
                ],
            )
    })
}

/// The date of the meeting, in order of preference: a date hung on a meeting word in a
/// clause about the meeting; another date in such a clause; a date in the opening
/// sentences; the date of an arrival for it; a date inside a quotation about the meeting
/// ("Today's visit …", said at it).
/// A date the publication date cannot resolve gives way to a full date in the headline, else
/// to the most preferred full date.
pub fn meeting_date(doc: &Doc, meeting: &Meeting, published: Option<Date>) -> Option<EventDate> {
    let found = candidates(doc, meeting, published);
    let mut chosen = most_preferred(&found, &|_| true)?;
    if chosen.mention.date.is_none() {
        // "this afternoon" with no publication date: a full date in the headline, else the
        // most preferred full date that the phrase may name, published within a week of it
        // ("This afternoon, Friday 10 July 2009, …"; not a birthday for "el 27 de abril").
        let headline = |c: &&Candidate| {
            c.sentence == 0 && !doc.sentence(0).terminated && c.mention.date.is_some()
        };
        let relative = chosen.mention.first;
        let names = |c: &Candidate| {
            let Some(d) = c.mention.date else {
                return false;
            };
            for offset in -7..8 {
                let published = Some(d.add_days(offset));
                for future in [false, true] {
                    if date_at(doc, relative, published, future).and_then(|m| m.date) == Some(d) {
                        return true;
                    }
                }
            }
            false
        };
        chosen = found
            .iter()
            .find(headline)
            .or_else(|| most_preferred(&found, &names))
            .unwrap_or(chosen);
    }
    let d = &chosen.mention;
    Some(EventDate {
        text: doc.phrase(d.first, d.end),
        iso: d.date.map(|d| d.to_string()),
        evidence: doc.span(d.first, d.end),
    })
}

/// The first candidate of the most preferred rank (see [`preference`]) among those `keep`
/// accepts.
fn most_preferred<'a>(
    found: &'a [Candidate],
    keep: &dyn Fn(&Candidate) -> bool,
) -> Option<&'a Candidate> {
    let mut best: Option<(u8, &Candidate)> = None;
    for c in found {
        if let Some(rank) = preference(c).filter(|_| keep(c))
            && best.is_none_or(|(best_rank, _)| rank < best_rank)
        {
            best = Some((rank, c));
        }
    }
    best.map(|(_, c)| c)
}

/// How strongly a candidate dates the meeting, 0 the most (see [`meeting_date`]); None when
/// it does not.
fn preference(c: &Candidate) -> Option<u8> {
    use Attachment as A;
    let unquoted = |attachment: Attachment| !c.quoted && c.attachment == attachment;
    if c.meeting_clause && unquoted(A::Meeting) {
        Some(0)
    } else if c.meeting_clause && unquoted(A::Loose) {
        Some(1)
    } else if c.sentence < 4 && (unquoted(A::Meeting) || unquoted(A::Loose) || unquoted(A::Aside)) {
        Some(2)
    } else if c.meeting_clause && unquoted(A::Travel) {
        Some(3)
    } else if c.meeting_clause && c.attachment != A::Before {
        Some(4)
    } else {
        None
    }
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
    if whole.is_empty() || !all_digits(fraction) {
        return None;
    }
    let mut value = 0.0;
    for b in whole.bytes() {
        if b.is_ascii_digit() {
            value = value * 10.0 + f64::from(b - b'0');
        } else if b != b',' {
            return None;
        }
    }
    let mut scale = 0.1;
    for b in fraction.bytes().take(6) {
        value += f64::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// Reads a duration at `k`: "almost an hour and a half", "three and a half hours", "about
/// 4.5 hours", "less than four hours", "a 10-minute", "half an hour", "an hour-long",
/// "twenty-five minutes", "an hour and 20 minutes".
pub fn duration_at(doc: &Doc, k: usize) -> Option<DurationMention> {
    let (hedge_len, hedge) = doc.phrase_at(k, Cat::Hedge).unwrap_or((0, 0));
    let qualifier = match hedge {
        1 => DurationQualifier::About,
        2 => DurationQualifier::Almost,
        3 => DurationQualifier::MoreThan,
        4 => DurationQualifier::LessThan,
        _ => DurationQualifier::Exact,
    };
    let (mut end, mut minutes) = amount_at(doc, k + hedge_len)?;
    // "an hour and 20 minutes", "1 hour 15 minutes": a smaller unit after a larger one adds
    // to it.
    let joined = usize::from(doc.is(end, Cat::Stop));
    if let Some((more_end, more)) = amount_at(doc, end + joined).filter(|&(_, m)| m < minutes)
        && smaller_unit(doc, end + joined, more_end, minutes)
    {
        end = more_end;
        minutes += more;
    }
    (minutes > 0.0 && minutes < 1.0e7).then_some(DurationMention {
        first: k,
        end,
        minutes: round_positive(minutes),
        qualifier,
    })
}

/// A positive number rounded to the nearest whole, halves up, as `f64::round` does: its
/// whole part and the fraction's test (both exact), where `round` would add the library's
/// rounding function to the WebAssembly module.
fn round_positive(x: f64) -> u32 {
    let whole = x.trunc();
    whole as u32 + u32::from(x - whole >= 0.5)
}

/// Whether the amount at `first..end` is counted in a unit smaller than the `minutes`
/// before it: "an hour and 20 minutes", not "two hours and three hours".
fn smaller_unit(doc: &Doc, first: usize, end: usize, minutes: f64) -> bool {
    for j in first..end {
        if doc
            .phrase_at(j, Cat::TimeUnit)
            .is_some_and(|(_, unit)| f64::from(unit) < minutes)
        {
            return true;
        }
    }
    false
}

/// An amount of time at `j`, with no hedge: its end and minutes.
fn amount_at(doc: &Doc, mut j: usize) -> Option<(usize, f64)> {
    let t = doc.tokens.get(j)?;
    // "90-minute", "two-hour-long", "two-and-a-half-hour", "hour-and-a-half": one token.
    let written = spelled(doc, &t.lower);
    if let Some(Spelled {
        unit: Some(unit), ..
    }) = written
    {
        let minutes = (written?.amount.unwrap_or(1.0) + written?.fraction) * f64::from(unit);
        return Some((j + 1, minutes));
    }
    // "half an hour": a fraction of one unit opens the amount ("and a half" follows one).
    let mut amount = 0.0;
    let mut fraction = 0.0;
    // "half an hour"; "media hora", the fraction right before the unit (not "and a half",
    // which follows an amount).
    let of_one = |&(len, _): &(usize, i32)| {
        doc.is(j + len - 1, Cat::Number)
            || (!doc.is(j, Cat::Conjunction) && doc.has_phrase(j + len, Cat::TimeUnit))
    };
    match doc.phrase_at(j, Cat::Fraction).filter(of_one) {
        Some((len, minutes)) => {
            fraction = f64::from(minutes) / 60.0;
            j += len;
        }
        None => {
            let (len, n) = match written.and_then(|w| w.amount) {
                // "twenty-five"
                Some(n) => (1, n),
                // "hora y media": one unit, named without its number, then a fraction.
                None if doc.phrase_at(j, Cat::TimeUnit).is_some_and(|(len, _)| {
                    doc.phrase_at(j + len, Cat::Fraction)
                        .is_some_and(|(f, _)| !doc.is(j + len + f - 1, Cat::Number))
                }) =>
                {
                    (0, 1.0)
                }
                None if t.kind == Kind::Number => (1, decimal(&t.text)?),
                None => doc
                    .phrase_at(j, Cat::Number)
                    .map(|(l, n)| (l, f64::from(n)))?,
            };
            amount = n;
            j += len;
            if let Some((len, minutes)) = doc.phrase_at(j, Cat::Fraction) {
                fraction = f64::from(minutes) / 60.0;
                j += len;
            }
        }
    }
    // The unit, as a word or opening a hyphened word ("an hour-long meeting").
    let unit = match doc.phrase_at(j, Cat::TimeUnit) {
        Some((len, unit)) => {
            j += len;
            unit
        }
        None => {
            let w = doc.tokens.get(j).and_then(|u| spelled(doc, &u.lower))?;
            if w.amount.is_some() {
                return None;
            }
            fraction += w.fraction;
            j += 1;
            w.unit?
        }
    };
    // "an hour and a half": the fraction after the unit is of the unit.
    if fraction == 0.0
        && let Some((len, minutes)) = doc.phrase_at(j, Cat::Fraction)
    {
        fraction = f64::from(minutes) / 60.0;
        j += len;
    }
    // "a" and "an" are numbers only before a unit: "a day" is a duration, "a meeting" is not.
    Some((j, (amount + fraction) * f64::from(unit)))
}

/// What a hyphened word says of an amount of time.
#[derive(Debug, Clone, Copy)]
struct Spelled {
    amount: Option<f64>,
    fraction: f64,
    unit: Option<i32>,
}

/// Reads a hyphened word as a number ("twenty-five"), an amount with its unit ("90-minute",
/// "two-hour-long", "two-and-a-half-hour") or a unit with what follows it ("hour-long",
/// "hour-and-a-half"). None when it is anything else.
fn spelled(doc: &Doc, word: &str) -> Option<Spelled> {
    if !word.contains('-') {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in word.split('-') {
        parts.push(part);
    }
    let lex = doc.lex;
    // The longest run of parts from `at` that is a phrase of `cat`: its length and value.
    let longest = |at: usize, cat: Cat| {
        for len in (1..parts.len() - at.min(parts.len()) + 1).rev() {
            let phrase = parts.get(at..at + len).map(|p| p.join(" "));
            if let Some(value) = phrase.and_then(|p| lex.value(cat, &p)) {
                return Some((len, value));
            }
        }
        None
    };
    let mut at = 0;
    let mut amount = None;
    if let Some(n) = parts.first().and_then(|p| decimal(p)) {
        amount = Some(n);
        at = 1;
    } else if let Some((len, n)) = longest(0, Cat::Number) {
        amount = Some(f64::from(n));
        at = len;
        // "twenty-five": tens, then units.
        if let Some(units) = parts.get(at).and_then(|p| lex.value(Cat::Number, p))
            && n >= 20
            && n % 10 == 0
            && (1..10).contains(&units)
        {
            amount = Some(f64::from(n + units));
            at += 1;
        }
    }
    let mut fraction = 0.0;
    if let Some((len, minutes)) = longest(at, Cat::Fraction) {
        fraction = f64::from(minutes) / 60.0;
        at += len;
    }
    let unit = parts
        .get(at)
        .and_then(|p| lex.value(Cat::TimeUnit, p))
        .inspect(|_| at += 1);
    if unit.is_some()
        && fraction == 0.0
        && let Some((len, minutes)) = longest(at, Cat::Fraction)
    {
        fraction = f64::from(minutes) / 60.0;
        at += len;
    }
    // "two-hour-long"
    if unit.is_some()
        && parts
            .get(at)
            .is_some_and(|p| lex.value(Cat::DurationLead, p) == Some(DURATION_AFTER))
    {
        at += 1;
    }
    let something = amount.is_some() || unit.is_some();
    (at == parts.len() && something).then_some(Spelled {
        amount,
        fraction,
        unit,
    })
}

/// The value of a `duration_lead` word that follows the duration it leads ("two hours long").
pub const DURATION_AFTER: i32 = 1;

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str, published: &str, future: bool) -> (String, Option<String>) {
        let doc = Doc::new(text, crate::lang::en::lexicon());
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
            (
                "from 25 to 27 June 2019",
                "",
                false,
                "25 to 27 June 2019",
                Some("2019-06-25"),
            ),
            (
                "on June 25 and 26",
                "2019-07-01",
                false,
                "June 25 and 26",
                Some("2019-06-25"),
            ),
            (
                "on 25 – 27 June",
                "2019-07-01",
                false,
                "25 – 27 June",
                Some("2019-06-25"),
            ),
            (
                "on the 3rd of October, 2019",
                "",
                false,
                "3rd of October, 2019",
                Some("2019-10-03"),
            ),
            (
                "ON 3RD OCTOBER 2019",
                "",
                false,
                "3RD OCTOBER 2019",
                Some("2019-10-03"),
            ),
            ("on 2019-10-03", "", false, "2019-10-03", Some("2019-10-03")),
            ("on 2019/10/03", "", false, "2019/10/03", Some("2019-10-03")),
            (
                "on 25-26/06/2015",
                "",
                false,
                "25-26/06/2015",
                Some("2015-06-25"),
            ),
            ("on 06/25/2015", "", false, "06/25/2015", Some("2015-06-25")),
            ("on 3.10.2019", "", false, "3.10.2019", Some("2019-10-03")),
            ("on 25/06/15", "", false, "25/06/15", Some("2015-06-25")),
            // Either way round: the phrase, with no date of its own.
            ("on 03/10/2019", "", false, "03/10/2019", None),
            // An announcement's day without a year lies ahead of publication.
            (
                "will meet on January 9",
                "2023-12-20",
                true,
                "January 9",
                Some("2024-01-09"),
            ),
            (
                "yesterday afternoon",
                "2024-05-08",
                false,
                "yesterday afternoon",
                Some("2024-05-07"),
            ),
        ];
        for (text, published, future, phrase, iso) in table {
            let got = date(text, published, *future);
            assert_eq!(got.0, *phrase, "{text:?}");
            assert_eq!(got.1.as_deref(), *iso, "{text:?}");
        }
    }

    #[test]
    fn rounds_as_the_standard_round_does() {
        for x in [
            0.4,
            0.5,
            0.49999999999999994,
            1.5,
            2.5,
            89.99,
            90.5,
            210.0,
            9_999_999.5,
        ] {
            assert_eq!(round_positive(x), x.round() as u32, "{x}");
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
            (
                "talked for some 40 minutes",
                40,
                DurationQualifier::About,
                "some 40 minutes",
            ),
            (
                "ran for no less than three hours",
                180,
                DurationQualifier::MoreThan,
                "no less than three hours",
            ),
            (
                "lasted a little under two hours",
                120,
                DurationQualifier::LessThan,
                "a little under two hours",
            ),
            (
                "lasted just short of an hour",
                60,
                DurationQualifier::Almost,
                "just short of an hour",
            ),
            (
                "lasted well over an hour",
                60,
                DurationQualifier::MoreThan,
                "well over an hour",
            ),
            (
                "lasted close to two hours",
                120,
                DurationQualifier::Almost,
                "close to two hours",
            ),
            (
                "lasted roughly an hour and 20 minutes",
                80,
                DurationQualifier::About,
                "roughly an hour and 20 minutes",
            ),
            (
                "a 45-minute call",
                45,
                DurationQualifier::Exact,
                "45-minute",
            ),
            (
                "an hour-long call",
                60,
                DurationQualifier::Exact,
                "an hour-long",
            ),
            (
                "a two-hour-long call",
                120,
                DurationQualifier::Exact,
                "two-hour-long",
            ),
            (
                "a one-and-a-half-hour call",
                90,
                DurationQualifier::Exact,
                "one-and-a-half-hour",
            ),
            (
                "an hour-and-a-half session",
                90,
                DurationQualifier::Exact,
                "an hour-and-a-half",
            ),
            (
                "for thirty-five minutes",
                35,
                DurationQualifier::Exact,
                "thirty-five minutes",
            ),
        ];
        for (text, minutes, qualifier, phrase) in table {
            let doc = Doc::new(text, crate::lang::en::lexicon());
            let d = (0..doc.tokens.len())
                .find_map(|k| duration_at(&doc, k))
                .expect(text);
            assert_eq!(
                (d.minutes, d.qualifier, doc.phrase(d.first, d.end).as_str()),
                (*minutes, *qualifier, *phrase),
                "{text:?}"
            );
        }
        for no_duration in [
            "a meeting in a hall",
            "a one-on-one meeting",
            "a five-year plan",
            "the twenty-first century",
        ] {
            let doc = Doc::new(no_duration, crate::lang::en::lexicon());
            let found: Vec<_> = (0..doc.tokens.len())
                .filter_map(|k| duration_at(&doc, k))
                .collect();
            assert!(found.is_empty(), "{no_duration:?}: {found:?}");
        }
        // Only a smaller unit adds on: "two hours and three hours" is two durations.
        let doc = Doc::new("two hours and three hours", crate::lang::en::lexicon());
        assert_eq!(duration_at(&doc, 0).map(|d| d.minutes), Some(120));
    }
}
