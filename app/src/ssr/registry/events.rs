//! Signings and withdrawals as the feeds announce them.

use super::*;
use crate::ssr::entities::states::SignatoryStatus;

impl Snapshot {
    /// Every signing of a signatory that has signed, for feeds: known dates on or before `today` only
    /// (a signing dated in the future is not announced early); unknown dates at their record time.
    #[must_use]
    pub fn signing_events(&self, today: Day) -> Vec<SigningEvent> {
        self.signed_signings()
            .filter_map(|(s, who)| {
                let date = signing_date(s);
                if date.first_day().is_some_and(|d| d > today) {
                    return None;
                }
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
                    recorded_at: s.created_at,
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
