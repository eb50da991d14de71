//! The newsroom: press releases the public may see (published, and past their embargo time by
//! the site's clock), with their quotes, contacts, corrections and fact boxes.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use time::OffsetDateTime;

use crate::i18n::Lang;
use crate::model::{Contact, Correction, FactBox, Quote, Release, ReleaseSummary};
use crate::ssr::entities::{
    press_contact, press_correction, press_quote, press_release, press_release_signing,
};
use crate::ssr::markdown::to_safe_html;
use crate::ssr::registry::Snapshot;
use domain::date::{brussels_offset_hours, Day};

/// Press releases per newsroom page.
pub const NEWSROOM_PAGE_SIZE: usize = 10;

/// The calendar day of an instant in Brussels, and the instant's Brussels offset.
#[must_use]
pub fn brussels_day(at: OffsetDateTime) -> (Day, i8) {
    let utc = at.to_offset(time::UtcOffset::UTC);
    let offset = brussels_offset_hours(utc.year(), u8::from(utc.month()), utc.day(), utc.hour());
    let local = utc + time::Duration::hours(i64::from(offset));
    let day = Day::new(local.year(), u8::from(local.month()), local.day()).unwrap_or(Day {
        year: 1970,
        month: 1,
        day: 1,
    });
    (day, offset)
}

/// RFC 3339 in UTC.
#[must_use]
pub fn rfc3339(at: OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Published releases whose embargo has passed at `now`, newest first.
///
/// # Errors
/// Any database error.
pub async fn public_releases<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
) -> Result<Vec<press_release::Model>, DbErr> {
    press_release::Entity::find()
        .filter(
            press_release::Column::Status.eq(crate::ssr::entities::states::Publication::Published),
        )
        .filter(press_release::Column::ReleaseAt.lte(now))
        .order_by_desc(press_release::Column::ReleaseAt)
        .order_by_desc(press_release::Column::Id)
        .all(db)
        .await
}

/// The signatories (id) each release announces: `(release id, signatory id)`.
///
/// # Errors
/// Any database error.
pub async fn release_signatories<C: ConnectionTrait>(
    db: &C,
    snapshot: &Snapshot,
) -> Result<Vec<(i32, i32)>, DbErr> {
    let mut pairs: Vec<(i32, i32)> = press_release_signing::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|link| {
            Some((
                link.press_release_id,
                snapshot.signatory_of_signing(link.signing_id)?,
            ))
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    Ok(pairs)
}

/// A release as listed.
#[must_use]
pub fn summary(
    release: &press_release::Model,
    links: &[(i32, i32)],
    snapshot: &Snapshot,
) -> ReleaseSummary {
    let (day, _) = brussels_day(release.release_at);
    ReleaseSummary {
        slug: release.slug.clone(),
        title: release.title.clone(),
        dateline: release.dateline.clone(),
        date: Lang::En.day(day),
        release_iso: rfc3339(release.release_at),
        summary: release.summary.clone(),
        signatories: links
            .iter()
            .filter(|(r, _)| *r == release.id)
            .filter_map(|(_, s)| snapshot.slug_and_name(*s))
            .collect(),
    }
}

/// A whole public release, or `None` when unknown, unpublished or under embargo at `now`.
///
/// # Errors
/// Any database error.
pub async fn public_release<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    now: OffsetDateTime,
) -> Result<Option<Release>, DbErr> {
    let Some(release) = public_releases(db, now)
        .await?
        .into_iter()
        .find(|r| r.slug == slug)
    else {
        return Ok(None);
    };
    release_page(db, release, now).await.map(Some)
}

/// A release as its public page shows it, whatever its status (staff preview it with this).
///
/// # Errors
/// Any database error.
pub async fn release_page<C: ConnectionTrait>(
    db: &C,
    release: press_release::Model,
    now: OffsetDateTime,
) -> Result<Release, DbErr> {
    // The registry as the public sees it when the release goes out (staff previewing a
    // scheduled release see the places its signings will take then).
    let snapshot = Snapshot::load_public(db, now.max(release.release_at)).await?;
    let links = release_signatories(db, &snapshot).await?;
    let (day, offset) = brussels_day(release.release_at);
    let utc = release.release_at.to_offset(time::UtcOffset::UTC);
    let local_hour = (i64::from(utc.hour()) + i64::from(offset)).rem_euclid(24);
    let time = format!(
        "{}, {:02}:{:02} UTC ({local_hour:02}:{:02} in Brussels)",
        Lang::En.day(day),
        utc.hour(),
        utc.minute(),
        utc.minute()
    );
    let quotes = press_quote::Entity::find()
        .filter(press_quote::Column::PressReleaseId.eq(release.id))
        .order_by_asc(press_quote::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|q| Quote {
            speaker: q.speaker,
            role: q.role,
            text: q.text,
        })
        .collect();
    let contacts = press_contact::Entity::find()
        .filter(press_contact::Column::PressReleaseId.eq(release.id))
        .order_by_asc(press_contact::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Contact {
            name: c.name,
            role: c.role,
            email: c.email,
        })
        .collect::<Vec<_>>();
    // A release without its own contacts names the media kit's.
    let contacts = if contacts.is_empty() {
        crate::ssr::process::media::media_contacts(db)
            .await?
            .into_iter()
            .map(|c| Contact {
                name: c.name,
                role: c.role,
                email: Some(c.email),
            })
            .collect()
    } else {
        contacts
    };
    // Its signings' photos and coverage (only those the public sees at its time).
    let signings: Vec<i32> = press_release_signing::Entity::find()
        .filter(press_release_signing::Column::PressReleaseId.eq(release.id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.signing_id)
        .filter(|id| snapshot.signings().iter().any(|s| s.id == *id))
        .collect();
    let photos = crate::ssr::process::media::photos_of(db, &signings).await?;
    let coverage =
        crate::ssr::process::media::coverage_of(db, &signings, crate::i18n::request_lang()).await?;
    let corrections = press_correction::Entity::find()
        .filter(press_correction::Column::PressReleaseId.eq(release.id))
        .filter(press_correction::Column::CorrectedAt.lte(now))
        .order_by_asc(press_correction::Column::CorrectedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Correction {
            id: c.id,
            date: Lang::En.day(brussels_day(c.corrected_at).0),
            reason: c.reason,
            text: c.text,
        })
        .collect();
    let facts = links
        .iter()
        .filter(|(r, _)| *r == release.id)
        .filter_map(|(_, signatory)| {
            let (slug, name, edition, places, total) =
                snapshot.places_as_of(*signatory, Some(day), crate::i18n::Lang::En)?;
            let (country_code, country_name) = snapshot.country_of(*signatory)?;
            let (ordinals, is_city, edition_slug) =
                snapshot.ordinals_as_of(*signatory, Some(day))?;
            Some(FactBox {
                slug,
                name,
                country_code,
                country_name,
                edition,
                edition_slug,
                places,
                ordinals,
                is_city,
                total,
                as_of: Lang::En.day(day),
                as_of_iso: day.iso(),
            })
        })
        .collect();
    Ok(Release {
        summary: summary(&release, &links, &snapshot),
        language: release.language.clone(),
        time,
        body_html: to_safe_html(&release.body_md),
        notes_html: release.notes_md.as_deref().map(to_safe_html),
        quotes,
        contacts,
        corrections,
        facts,
        photos,
        coverage,
        site_url: String::new(),
    })
}
