//! Civil dates: parsing `YYYY-MM-DD`, weekdays and day arithmetic (proleptic Gregorian).

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2023.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`; also accepts a full timestamp and keeps its date part
    /// (`2023-09-13T08:00:00Z`).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let date = s.get(..10)?;
        // A byte test: the date's end is a boundary and the separators are ASCII.
        if !matches!(s.as_bytes().get(10), None | Some(b'T' | b' ' | b't')) {
            return None;
        }
        let b = date.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| digits_value(date.get(r)?);
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01.
    fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u32
    }

    /// Days from `self` to `other`.
    pub fn days_until(self, other: Date) -> i64 {
        other.days() - self.days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Number of days in a month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The number that `s`, one to nine ASCII digits, writes; None for anything else. Read by
/// hand in one loop for every number of a date, where `str::parse` is generic code for each
/// call site it is inlined into.
pub fn digits_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    let mut value = 0;
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    Some(value)
}

/// Whether `s` is ASCII digits only (or empty): one test for the numbers of dates and
/// durations.
pub fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        assert_eq!(Date::parse_iso("2023-09-13"), Date::new(2023, 9, 13));
        assert_eq!(
            Date::parse_iso("2023-09-13T08:00:00Z"),
            Date::new(2023, 9, 13)
        );
        for bad in [
            "2023-02-30",
            "2023-13-01",
            "13-09-2023",
            "2023/09/13",
            "",
            "2023-09-1x",
            "2023-09-13x",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(Date::new(2024, 2, 29).unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn days_of_each_month() {
        let common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        for (n, &days) in common.iter().enumerate() {
            let month = n as u32 + 1;
            assert_eq!(days_in_month(2023, month), days, "month {month}");
            let leap = if month == 2 { 29 } else { days };
            assert_eq!(days_in_month(2024, month), leap, "month {month}");
        }
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
    }

    #[test]
    fn weekdays_and_arithmetic() {
        let d = Date::new(2023, 9, 13).unwrap();
        assert_eq!(d.weekday(), 2, "2023-09-13 was a Wednesday");
        assert_eq!(Date::new(2000, 1, 1).unwrap().weekday(), 5);
        assert_eq!(d.add_days(-13), Date::new(2023, 8, 31).unwrap());
        assert_eq!(
            Date::new(2024, 2, 28).unwrap().add_days(1),
            Date::new(2024, 2, 29).unwrap()
        );
        assert_eq!(
            Date::new(2023, 12, 31).unwrap().add_days(1),
            Date::new(2024, 1, 1).unwrap()
        );
        assert_eq!(d.days_until(d.add_days(40)), 40);
    }
}
