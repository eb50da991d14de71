//! Signings and withdrawals as the feeds announce them.

use super::*;
use crate::ssr::entities::states::SignatoryStatus;

impl Snapshot {
    /// The signings staff recorded (the seeded history is not news), for feeds: each at the
    /// moment it became public — its release, the start of its day, or when it was saved,
    /// whichever is latest. A public snapshot holds only signings that are public already.
    #[must_use]
    pub fn signing_events(&self, today: Day) -> Vec<SigningEvent> {
        self.signed_signings()
            .filter(|(s, _)| !s.from_seed)
            .filter_map(|(s, who)| {
                let date = signing_date(s);
                if date.first_day().is_some_and(|d| d > today) {
                    return None;
                }
                let public = match self.public_from.get(&s.id) {
                    Some(PublicFrom::At(at)) => (*at).max(s.created_at),
                    _ => s.created_at,
                };
                Some(SigningEvent {
                    signing_id: s.id,
                    slug: who.slug.clone(),
                    name: who.name.clone(),
                    kind: who.kind.as_str().to_owned(),
                    country_code: who.country_code.clone(),
                    country_name: self.country_name(&who.country_code),
                    edition_slug: self.edition_slug(s.edition_id).to_owned(),
                    edition_title: self.edition_title(s.edition_id).to_owned(),
                    date,
                    recorded_at: public,
                    event: s.event.clone(),
                })
            })
            .collect()
    }

    /// Withdrawals on or before `today`: `(slug, name, country code, day, reason)`.
    #[must_use]
    pub fn withdrawals(&self, today: Day) -> Vec<(String, String, String, Day, String)> {
        self.signatories
            .iter()
            .filter(|s| s.status == SignatoryStatus::Withdrawn)
            .filter_map(|s| {
                let day = s.withdrawn_on.and_then(from_date)?;
                (day <= today).then(|| {
                    (
                        s.slug.clone(),
                        s.name.clone(),
                        s.country_code.clone(),
                        day,
                        s.withdrawn_reason.clone().unwrap_or_default(),
                    )
                })
            })
            .collect()
    }
}
