//! Calendar dates and dates known only to the month, the year, or not at all.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a text is not a date. Each variant carries the text as typed (trimmed).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (years 1000–9999).
    #[error("not a date: {0}")]
    Malformed(String),
    /// Well formed, but the calendar has no such day (`2013-02-30`).
    #[error("no such day: {0}")]
    NoSuchDay(String),
    /// A month or a year where a full day is needed.
    #[error("not a full day: {0}")]
    NotFullDay(String),
}

/// A valid day of the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year`.
#[must_use]
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// A day, if it exists (years 1000–9999).
    #[must_use]
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Self { year, month, day })
    }

    /// The day after, if it exists (years up to 9999).
    #[must_use]
    pub fn next(self) -> Option<Self> {
        if self.day < days_in_month(self.year, self.month) {
            Self::new(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            Self::new(self.year, self.month + 1, 1)
        } else {
            Self::new(self.year + 1, 1, 1)
        }
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// # Errors
    /// What is wrong with the text.
    pub fn parse(raw: &str) -> Result<Self, DateError> {
        match PartialDate::parse(raw)? {
            PartialDate::Day(day) => Ok(day),
            _ => Err(DateError::NotFullDay(raw.trim().to_owned())),
        }
    }

    /// Days since 1 January 1970 (negative before): distances between days, for charts.
    #[must_use]
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day written as `YYYY-MM-DD`.
    #[must_use]
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Precision {
    Day,
    Month,
    Year,
    Unknown,
}

impl Precision {
    /// The name stored in the database.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown => "unknown",
        }
    }

    /// Parses the stored name.
    #[must_use]
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Day, Self::Month, Self::Year, Self::Unknown]
            .into_iter()
            .find(|p| p.as_str() == raw)
    }
}

/// A date known to the day, the month, the year, or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartialDate {
    Day(Day),
    Month { year: i32, month: u8 },
    Year(i32),
    Unknown,
}

impl PartialDate {
    /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an empty text (unknown).
    ///
    /// # Errors
    /// What is wrong, e.g. [`DateError::NoSuchDay`] for `2013-02-30`.
    pub fn parse(raw: &str) -> Result<Self, DateError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(Self::Unknown);
        }
        let parts: Vec<&str> = raw.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let bad = || DateError::Malformed(raw.to_owned());
        let year = parts
            .first()
            .and_then(|y| number(y, 4))
            .and_then(|y| i32::try_from(y).ok())
            .ok_or_else(bad)?;
        if year < 1000 {
            return Err(bad());
        }
        match parts.as_slice() {
            [_] => Ok(Self::Year(year)),
            [_, m] => {
                let month = number(m, 2)
                    .and_then(|m| u8::try_from(m).ok())
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(bad)?;
                Ok(Self::Month { year, month })
            }
            [_, m, d] => {
                let month = number(m, 2)
                    .and_then(|m| u8::try_from(m).ok())
                    .ok_or_else(bad)?;
                let day = number(d, 2)
                    .and_then(|d| u8::try_from(d).ok())
                    .ok_or_else(bad)?;
                Day::new(year, month, day)
                    .map(Self::Day)
                    .ok_or_else(|| DateError::NoSuchDay(raw.to_owned()))
            }
            _ => Err(bad()),
        }
    }

    /// Builds a date from its first possible day and its precision (as stored).
    #[must_use]
    pub fn from_parts(first_day: Option<Day>, precision: Precision) -> Self {
        match (first_day, precision) {
            (Some(d), Precision::Day) => Self::Day(d),
            (Some(d), Precision::Month) => Self::Month {
                year: d.year,
                month: d.month,
            },
            (Some(d), Precision::Year) => Self::Year(d.year),
            _ => Self::Unknown,
        }
    }

    /// How precisely the date is known.
    #[must_use]
    pub const fn precision(self) -> Precision {
        match self {
            Self::Day(_) => Precision::Day,
            Self::Month { .. } => Precision::Month,
            Self::Year(_) => Precision::Year,
            Self::Unknown => Precision::Unknown,
        }
    }

    /// The first day the date can be (2013-09 → 2013-09-01): how it sorts.
    #[must_use]
    pub fn first_day(self) -> Option<Day> {
        match self {
            Self::Day(d) => Some(d),
            Self::Month { year, month } => Day::new(year, month, 1),
            Self::Year(year) => Day::new(year, 1, 1),
            Self::Unknown => None,
        }
    }

    /// The last day the date can be (2013-09 → 2013-09-30).
    #[must_use]
    pub fn last_day(self) -> Option<Day> {
        match self {
            Self::Day(d) => Some(d),
            Self::Month { year, month } => Day::new(year, month, days_in_month(year, month)),
            Self::Year(year) => Day::new(year, 12, 31),
            Self::Unknown => None,
        }
    }

    /// The year, when known.
    #[must_use]
    pub fn year(self) -> Option<i32> {
        self.first_day().map(|d| d.year)
    }

    /// The date in the form it was parsed from: `2013-12-18`, `2013-09`, `2013` or empty.
    #[must_use]
    pub fn iso(self) -> String {
        match self {
            Self::Day(d) => d.iso(),
            Self::Month { year, month } => format!("{year:04}-{month:02}"),
            Self::Year(year) => format!("{year:04}"),
            Self::Unknown => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_partial_and_unknown_dates_parse() {
        assert_eq!(
            PartialDate::parse("2013-12-18"),
            Ok(PartialDate::Day(Day {
                year: 2013,
                month: 12,
                day: 18
            }))
        );
        assert_eq!(
            PartialDate::parse("2013-09"),
            Ok(PartialDate::Month {
                year: 2013,
                month: 9
            })
        );
        assert_eq!(PartialDate::parse("2013"), Ok(PartialDate::Year(2013)));
        assert_eq!(
            PartialDate::parse("2013-02-30"),
            Err(DateError::NoSuchDay("2013-02-30".into()))
        );
        assert_eq!(
            Day::parse(" 2013-09 "),
            Err(DateError::NotFullDay("2013-09".into()))
        );
        assert_eq!(PartialDate::parse(" "), Ok(PartialDate::Unknown));
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused() {
        for raw in [
            "2013-02-30",
            "2013-13",
            "2013-00-10",
            "13-09-01",
            "2013/09/01",
            "2013-9-1",
            "abcd",
            "2013-09-01-01",
            "0999",
        ] {
            assert!(PartialDate::parse(raw).is_err(), "{raw}");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok(), "leap day");
        assert!(PartialDate::parse("2023-02-29").is_err());
        assert!(
            PartialDate::parse("1900-02-29").is_err(),
            "1900 was not a leap year"
        );
        assert!(PartialDate::parse("2000-02-29").is_ok(), "2000 was");
    }

    #[test]
    fn a_partial_date_sorts_as_its_first_possible_day() {
        let month = PartialDate::parse("2013-09").unwrap();
        assert_eq!(month.first_day(), Day::new(2013, 9, 1));
        assert_eq!(month.last_day(), Day::new(2013, 9, 30));
        assert_eq!(PartialDate::Year(2016).last_day(), Day::new(2016, 12, 31));
        assert_eq!(PartialDate::Unknown.first_day(), None);
    }

    #[test]
    fn days_since_epoch_count_calendar_days() {
        let d = |raw: &str| Day::parse(raw).unwrap().days_since_epoch();
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2000-03-01") - d("2000-02-28"), 2, "2000 was a leap year");
        assert_eq!(d("2010-02-22"), 14_662);
        assert_eq!(d("2024-11-20") - d("2010-02-22"), 5385);
    }

    #[test]
    fn stored_parts_round_trip() {
        for raw in ["2013-12-18", "2013-09", "2014", ""] {
            let date = PartialDate::parse(raw).unwrap();
            assert_eq!(
                PartialDate::from_parts(date.first_day(), date.precision()),
                date
            );
            assert_eq!(date.iso(), raw);
            assert_eq!(
                Precision::parse(date.precision().as_str()),
                Some(date.precision())
            );
        }
    }
}

/// Brussels' offset from UTC in hours at a UTC instant: CET (+1), or CEST (+2) from 01:00 UTC on
/// the last Sunday of March to 01:00 UTC on the last Sunday of October (the EU rule since 1996).
#[must_use]
pub fn brussels_offset_hours(year: i32, month: u8, day: u8, hour: u8) -> i8 {
    fn last_sunday(year: i32, month: u8) -> u8 {
        let last = days_in_month(year, month);
        // Day of the week by Zeller-like arithmetic (0 = Sunday), for the month's last day.
        let (y, m) = if month < 3 {
            (year - 1, i32::from(month) + 12)
        } else {
            (year, i32::from(month))
        };
        let d = i32::from(last);
        let weekday = (d + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400 + 6) % 7; // 0 = Sunday
        last - u8::try_from(weekday).unwrap_or(0)
    }
    let key = (month, day, hour);
    let start = (3, last_sunday(year, 3), 1);
    let end = (10, last_sunday(year, 10), 1);
    if key >= start && key < end {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod brussels_tests {
    use super::{brussels_offset_hours, Day};

    #[test]
    fn winter_and_summer_time_switch_on_the_last_sundays() {
        assert_eq!(brussels_offset_hours(2013, 12, 18, 11), 1);
        let next = |y, m, d| Day::new(y, m, d).and_then(Day::next).map(Day::iso);
        assert_eq!(next(2024, 2, 28).as_deref(), Some("2024-02-29"));
        assert_eq!(next(2026, 12, 31).as_deref(), Some("2027-01-01"));
        assert_eq!(next(2026, 4, 30).as_deref(), Some("2026-05-01"));
        assert_eq!(brussels_offset_hours(2024, 7, 1, 12), 2);
        // 2024: summer time from 31 March 01:00 UTC to 27 October 01:00 UTC.
        assert_eq!(brussels_offset_hours(2024, 3, 31, 0), 1);
        assert_eq!(brussels_offset_hours(2024, 3, 31, 1), 2);
        assert_eq!(brussels_offset_hours(2024, 10, 27, 0), 2);
        assert_eq!(brussels_offset_hours(2024, 10, 27, 1), 1);
        // 2013: 31 March and 27 October as well; 2026: 29 March and 25 October.
        assert_eq!(brussels_offset_hours(2026, 3, 29, 1), 2);
        assert_eq!(brussels_offset_hours(2026, 3, 28, 12), 1);
        assert_eq!(brussels_offset_hours(2026, 10, 25, 1), 1);
        assert_eq!(brussels_offset_hours(2026, 10, 24, 12), 2);
    }
}
