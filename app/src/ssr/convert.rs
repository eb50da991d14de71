//! Conversions between the domain's calendar types and the database's `time` types.

use domain::date::Day;

/// A domain day as a `time::Date`.
#[must_use]
pub fn to_date(day: Day) -> Option<time::Date> {
    let month = time::Month::try_from(day.month).ok()?;
    time::Date::from_calendar_date(day.year, month, day.day).ok()
}

/// A `time::Date` as a domain day.
#[must_use]
pub fn from_date(date: time::Date) -> Option<Day> {
    Day::new(date.year(), u8::from(date.month()), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        let day = Day::new(2024, 2, 29).unwrap();
        assert_eq!(from_date(to_date(day).unwrap()), Some(day));
    }
}
