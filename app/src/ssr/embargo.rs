//! What is public now: one rule for press releases and signings, decided by the one clock
//! (`AppState::clock`), so tests move time instead of sleeping.
//!
//! - A press release is public once it is published and its release time has passed.
//! - A signing is public from a moment: held back by staff, never (until released); linked to
//!   published press releases, the earliest release time among them (the news and the registry
//!   go out together); dated in the future (a planned ceremony), the start of that day in
//!   Brussels; otherwise from when it was saved.
//!
//! Until then a signing does not exist for the public anywhere: the public registry snapshot
//! ([`super::registry::Snapshot::public_at`]) leaves it out, and with it its signatory when it
//! has no other public signing, so totals, places, search, feeds, open data and badges agree.

use super::entities::states::Publication;
use time::OffsetDateTime;

use domain::date::{brussels_offset_hours, Day, PartialDate};

/// When something becomes public.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicFrom {
    /// Public from this moment on (the past: public now).
    At(OffsetDateTime),
    /// Not public until staff release it (a draft release, a signing held back).
    Held,
}

impl PublicFrom {
    /// Public at `now`.
    #[must_use]
    pub fn is_public(self, now: OffsetDateTime) -> bool {
        matches!(self, Self::At(at) if at <= now)
    }

    /// The moment it becomes public, if that is still ahead of `now`.
    #[must_use]
    pub fn upcoming(self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        match self {
            Self::At(at) if at > now => Some(at),
            _ => None,
        }
    }
}

/// A press release: public once published and its embargo (`release_at`) has passed.
#[must_use]
pub fn release(status: Publication, release_at: OffsetDateTime) -> PublicFrom {
    if status == Publication::Published {
        PublicFrom::At(release_at)
    } else {
        PublicFrom::Held
    }
}

/// A signing, from whether staff hold it, its date, and the release times of the published
/// press releases that announce it.
#[must_use]
pub fn signing(
    held: bool,
    date: PartialDate,
    announced_at: impl IntoIterator<Item = OffsetDateTime>,
) -> PublicFrom {
    if held {
        return PublicFrom::Held;
    }
    if let Some(first) = announced_at.into_iter().min() {
        return PublicFrom::At(first);
    }
    match date.first_day().and_then(start_of_day_in_brussels) {
        Some(start) => PublicFrom::At(start),
        None => PublicFrom::At(OffsetDateTime::UNIX_EPOCH),
    }
}

/// An instant as staff read it: its day and time in Brussels (`1 December 2026, 11:00`).
#[must_use]
pub fn brussels_time(at: OffsetDateTime, lang: crate::i18n::Lang) -> String {
    let (day, offset) = super::newsroom::brussels_day(at);
    let local = at.to_offset(time::UtcOffset::UTC) + time::Duration::hours(i64::from(offset));
    format!(
        "{}, {:02}:{:02}",
        lang.day(day),
        local.hour(),
        local.minute()
    )
}

/// Midnight at the start of `day` in Brussels, as an instant.
#[must_use]
pub fn start_of_day_in_brussels(day: Day) -> Option<OffsetDateTime> {
    let date = super::convert::to_date(day)?;
    // Summer time changes at 01:00 UTC, so the offset at 00:00 UTC is the one at local midnight.
    let offset = brussels_offset_hours(day.year, day.month, day.day, 0);
    Some(date.midnight().assume_utc() - time::Duration::hours(i64::from(offset)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> OffsetDateTime {
        OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).expect("time")
    }

    #[test]
    fn a_release_is_public_once_published_and_past_its_time() {
        let noon = at("2026-12-01T11:00:00Z");
        assert!(!release(Publication::Draft, noon).is_public(at("2027-01-01T00:00:00Z")));
        assert!(!release(Publication::Published, noon).is_public(at("2026-12-01T10:59:59Z")));
        assert!(release(Publication::Published, noon).is_public(noon));
    }

    #[test]
    fn a_signing_waits_for_its_release_its_day_or_staff() {
        let tomorrow = PartialDate::Day(Day::new(2026, 12, 1).expect("day"));
        let release = at("2026-12-01T10:00:00Z");
        let now = at("2026-11-30T12:00:00Z");
        // Dated tomorrow: public from midnight in Brussels (23:00 UTC in winter).
        let dated = signing(false, tomorrow, []);
        assert_eq!(dated, PublicFrom::At(at("2026-11-30T23:00:00Z")));
        assert!(!dated.is_public(now));
        assert_eq!(dated.upcoming(now), Some(at("2026-11-30T23:00:00Z")));
        // Announced by a release: its time decides, the earliest of several.
        let announced = signing(false, tomorrow, [release, at("2026-12-02T10:00:00Z")]);
        assert_eq!(announced, PublicFrom::At(release));
        assert!(!announced.is_public(at("2026-12-01T09:59:59Z")));
        assert!(announced.is_public(release));
        // Held back: never, whatever the rest says.
        assert_eq!(
            signing(true, PartialDate::Unknown, [release]),
            PublicFrom::Held
        );
        assert!(!PublicFrom::Held.is_public(at("2100-01-01T00:00:00Z")));
        // A past date or none: public.
        assert!(signing(false, PartialDate::Year(2010), []).is_public(now));
        assert!(signing(false, PartialDate::Unknown, []).is_public(now));
        // Summer time: midnight is 22:00 UTC the day before.
        assert_eq!(
            start_of_day_in_brussels(Day::new(2026, 7, 1).expect("day")),
            Some(at("2026-06-30T22:00:00Z"))
        );
    }
}
