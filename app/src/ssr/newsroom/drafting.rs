//! The first draft of a press release, written from a saved signing: title, dateline, summary,
//! body and the fact box, for staff to finish on the release's edit screen.

use crate::error::AppError;
use crate::ssr::audit::record;
use crate::ssr::db::{begin_write, locks, serialize};
use crate::ssr::entities::states::Publication;
use crate::ssr::entities::{press_release, press_release_signing};
use crate::ssr::forms::Written;
use crate::ssr::registry::Snapshot;
use crate::ssr::state::Ctx;
use crate::t;
use domain::text::slugify;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

/// A press release draft for a saved signing: title, dateline, summary, body and fact box
/// (the fact box is counted when the release is shown, as of its date). Saved with the release
/// to open: the new draft; or, when the signing has a release already and staff did not ask for
/// `another`, that one (nothing written; decided inside the write, so double clicks or several
/// tabs make one draft).
///
/// # Errors
/// `NotFound` for no such signing; database errors (nothing written then).
pub async fn draft_release(
    ctx: &Ctx<'_>,
    signing_id: i32,
    another: bool,
) -> Result<Written<i32>, AppError> {
    let (db, actor, now) = (ctx.db(), ctx.actor, ctx.now);
    let snapshot = Snapshot::load_at_once(db).await?;
    let Some(signing) = snapshot
        .signings()
        .iter()
        .find(|s| s.id == signing_id)
        .cloned()
    else {
        return Err(AppError::NotFound);
    };
    let Some(who) = snapshot
        .signatories()
        .iter()
        .find(|s| s.id == signing.signatory_id)
        .cloned()
    else {
        return Err(AppError::NotFound);
    };
    let date = crate::ssr::registry::signing_date(&signing);
    let (lines, total) = snapshot
        // The release's text is English, whoever drafts it.
        .places_as_of(who.id, None, crate::i18n::Lang::En)
        .map(|(_, _, _, lines, total)| (lines, total))
        .unwrap_or_default();
    let country = snapshot
        .country_of(who.id)
        .map(|(_, name)| name)
        .unwrap_or_default();
    // A Eurocities release is written in English, whoever drafts it; staff edit it from there.
    let en = crate::i18n::Lang::En;
    let places = en.join(&lines);
    let title = t!(en, "signing-headline", name = &who.name);
    let summary = if places.is_empty() {
        t!(
            en,
            "release-draft-summary",
            name = &who.name,
            country = &country
        )
    } else {
        t!(
            en,
            "release-draft-summary-places",
            name = &who.name,
            country = &country,
            when = &en.when_signed(date),
            places = &places
        )
    };
    let mut body = format!(
        "{summary}\n\n{}",
        t!(en, "release-draft-body", name = &who.name, total = total)
    );
    if let Some(event) = &signing.event {
        body += &format!(
            "\n\n{}",
            t!(en, "release-draft-event", event = event.as_str())
        );
    }
    if let Some(name) = &signing.signed_by_name {
        let by = match signing.signed_by_title.as_deref() {
            Some(role) => t!(
                en,
                "release-draft-signed-by-role",
                name = name.as_str(),
                role = role
            ),
            None => t!(en, "release-draft-signed-by", name = name.as_str()),
        };
        body += &format!("\n\n{by}");
    }
    let base = slugify(&title);
    let existing: Vec<String> = press_release::Entity::find()
        .filter(press_release::Column::Slug.starts_with(base.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.slug)
        .collect();
    let slug = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        // `/newsroom/media` is the media kit.
        .find(|s| !existing.contains(s) && s != "media")
        .unwrap_or(base);
    let release_at = now
        .replace_second(0)
        .unwrap_or(now)
        .replace_nanosecond(0)
        .unwrap_or(now)
        + time::Duration::days(1);
    let txn = begin_write(db).await?;
    serialize(&txn, locks::RELEASE_DRAFTS).await?;
    if !another {
        if let Some(link) = press_release_signing::Entity::find()
            .filter(press_release_signing::Column::SigningId.eq(signing_id))
            .one(&txn)
            .await?
        {
            txn.rollback().await?;
            return Ok(Written::saved(
                link.press_release_id,
                t!(ctx.lang, "msg-release-draft-exists"),
            ));
        }
    }
    let created = press_release::ActiveModel {
        slug: Set(slug.clone()),
        title: Set(title.clone()),
        // Eurocities' seat: a place name in the release's language, which staff may change.
        dateline: Set("Brussels".into()),
        language: Set("en".into()),
        status: Set(Publication::Draft),
        release_at: Set(release_at),
        summary: Set(summary),
        body_md: Set(body),
        notes_md: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        // The numbers the text above was written with (checked again when it is scheduled).
        drafted_numbers: Set(super::numbers::to_json(&super::numbers::numbers_of(
            &snapshot,
            &[who.id],
            None,
        ))),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    press_release_signing::ActiveModel {
        press_release_id: Set(created.id),
        signing_id: Set(signing_id),
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        now,
        actor,
        "release.create",
        "press_release",
        // By id, like every later change of the release: its history is one filter.
        Some(created.id.to_string()),
        None,
        Some(json!({"title": title, "slug": slug, "status": "draft", "signing_id": signing_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::Saved {
        value: created.id,
        notice: None,
    })
}
