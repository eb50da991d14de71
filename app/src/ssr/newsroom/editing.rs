//! Press releases on the staff screens: the list, the edit form, saving and scheduling, corrections,
//! and the draft made from a saved signing. Every write is one transaction with its audit record.

use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::admin::{FormState, ReleaseEdit};
use crate::ssr::accounts::Staffed;
use crate::ssr::audit::{record, utc_text};
use crate::ssr::convert::to_date;
use crate::ssr::db::begin_write;
use crate::ssr::entities::states::Publication;
use crate::ssr::entities::{press_correction, press_release};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::newsroom::brussels_day;
use crate::ssr::state::Ctx;
use crate::t;
use domain::date::{brussels_offset_hours, Day};
use sea_orm::{ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;
use std::collections::BTreeMap;
use time::OffsetDateTime;

pub(super) fn release_state(r: &press_release::Model, now: OffsetDateTime, lang: Lang) -> String {
    if r.status == Publication::Draft {
        t!(lang, "release-state-draft")
    } else if r.release_at > now {
        t!(lang, "release-state-scheduled")
    } else {
        t!(lang, "release-state-published")
    }
}

/// How far `at` is from `now`, to the minute: "in 2 days, 3 hours", "5 minutes ago".
pub(super) fn time_from(now: OffsetDateTime, at: OffsetDateTime, lang: Lang) -> String {
    let minutes = (at - now).whole_minutes();
    let m = minutes.unsigned_abs();
    let (days, hours, mins) = (m / 1440, (m % 1440) / 60, m % 60);
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(t!(lang, "duration-days", n = days));
    }
    if hours > 0 {
        parts.push(t!(lang, "duration-hours", n = hours));
    }
    if days == 0 && (mins > 0 || hours == 0) {
        parts.push(t!(lang, "duration-minutes", n = mins));
    }
    let span = parts.join(", ");
    if minutes >= 0 {
        t!(lang, "time-in", span = &span)
    } else {
        t!(lang, "time-ago", span = &span)
    }
}

/// "18 December 2013, 11:00 Brussels time".
pub(super) fn brussels_text(at: OffsetDateTime, lang: Lang) -> String {
    let (day, offset) = brussels_day(at);
    let local = at.to_offset(time::UtcOffset::UTC) + time::Duration::hours(i64::from(offset));
    t!(
        lang,
        "brussels-time",
        day = &lang.day(day),
        time = &format!("{:02}:{:02}", local.hour(), local.minute())
    )
}

fn release_values(r: &press_release::Model, people: &super::people::People) -> FormState {
    let (day, offset) = brussels_day(r.release_at);
    let local =
        r.release_at.to_offset(time::UtcOffset::UTC) + time::Duration::hours(i64::from(offset));
    let mut form = FormState::default();
    for (k, v) in [
        ("title", r.title.clone()),
        ("dateline", r.dateline.clone()),
        ("summary", r.summary.clone()),
        ("body_md", r.body_md.clone()),
        ("notes_md", r.notes_md.clone().unwrap_or_default()),
        ("release_date", day.iso()),
        (
            "release_time",
            format!("{:02}:{:02}", local.hour(), local.minute()),
        ),
    ] {
        form.values.insert(k.into(), v);
    }
    people.into_form(&mut form);
    form
}

/// The edit form of release `id`, with kept values and errors when a post failed.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn release_edit(
    staffed: &Staffed,
    id: i32,
    kept: FormState,
) -> Result<ReleaseEdit, AppError> {
    let db = &staffed.state.db;
    let model = release_or_404(db, id).await?;
    let now = staffed.state.clock.now();
    let people = super::people::People::load(db, id).await?;
    let form = FormState::shown(
        release_values(&model, &people),
        kept,
        format!("release-{id}"),
    );
    let corrections = press_correction::Entity::find()
        .filter(press_correction::Column::PressReleaseId.eq(id))
        .order_by_asc(press_correction::Column::CorrectedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (utc_text(c.corrected_at), c.reason, c.text))
        .collect();
    let published = model.status == Publication::Published && model.release_at <= now;
    let deletable = model.status == Publication::Draft && never_scheduled(db, id).await?;
    let numbers_changed = if published {
        Vec::new()
    } else {
        super::numbers::changed_since_drafted(db, &model, model.release_at, staffed.lang)
            .await?
            .0
    };
    Ok(ReleaseEdit {
        me: staffed.me(),
        id,
        slug: model.slug.clone(),
        state: release_state(&model, now, staffed.lang),
        when: t!(
            staffed.lang,
            "admin-release-when",
            at = &brussels_text(model.release_at, staffed.lang),
            left = &time_from(now, model.release_at, staffed.lang)
        ),
        published,
        language: model.language.clone(),
        form,
        corrections,
        numbers_changed,
        deletable,
    })
}

/// Brussels local date and time → UTC instant.
fn brussels_to_utc(day: Day, hour: u8, minute: u8) -> Option<OffsetDateTime> {
    let date = to_date(day)?;
    let local = date.with_hms(hour, minute, 0).ok()?.assume_utc();
    // The offset at the UTC instant one hour earlier is right except inside the hour the clocks change.
    let guess = local - time::Duration::hours(1);
    let offset = brussels_offset_hours(
        guess.year(),
        u8::from(guess.month()),
        guess.day(),
        guess.hour(),
    );
    Some(local - time::Duration::hours(i64::from(offset)))
}

/// A release's fields as typed: everything the public page shows, and its release time.
#[derive(Debug, PartialEq, Eq)]
pub struct ReleaseInput {
    pub title: String,
    pub dateline: String,
    pub summary: String,
    pub body_md: String,
    pub notes_md: Option<String>,
    pub release_at: OffsetDateTime,
}

/// Reads a release form; `None` when a field is wrong (each error on its field).
#[must_use]
pub fn parse_release(form: &mut FormReader<'_>) -> Option<ReleaseInput> {
    let title = form.required("title", 200, "msg-release-title");
    let dateline = form.required("dateline", 80, "msg-release-dateline");
    let summary = form.required("summary", 600, "msg-release-summary");
    let body_md = form.required("body_md", 50_000, "msg-release-body");
    let notes_md = form.optional("notes_md", 50_000);
    let day = form.day("release_date", "msg-release-date");
    let hm = form
        .get("release_time")
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse::<u8>().ok()?, m.parse::<u8>().ok()?)))
        .filter(|(h, m)| *h < 24 && *m < 60);
    if hm.is_none() {
        form.fail_with("release_time", "msg-release-time");
    }
    let release_at = day.zip(hm).and_then(|(d, (h, m))| brussels_to_utc(d, h, m));
    if !form.ok() {
        return None;
    }
    Some(ReleaseInput {
        title,
        dateline,
        summary,
        body_md,
        notes_md,
        release_at: release_at?,
    })
}

/// Saves release `id` with `intent` = `save`, `schedule` or `unpublish`. A release already
/// public can only be unpublished (its text is corrected, never silently rewritten).
///
/// # Errors
/// `NotFound`, `BadRequest` (unknown intent); `Internal` on a database error.
pub async fn save_release(
    ctx: &Ctx<'_>,
    id: i32,
    intent: &str,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let (db, now, ui) = (ctx.db(), ctx.now, ctx.lang);
    let model = release_or_404(db, id).await?;
    let mut form = FormReader::new(format!("release-{id}"), f, ui);
    if model.status == Publication::Published && model.release_at <= now && intent != "unpublish" {
        return Ok(form.refused("msg-release-public"));
    }
    let status = match intent {
        "save" => model.status,
        "schedule" => Publication::Published,
        "unpublish" => Publication::Draft,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    let people = super::people::People::read(&mut form);
    let Some(input) = parse_release(&mut form) else {
        return Ok(form.refused("msg-not-saved"));
    };
    // A release time already past would make it public the moment it is saved: staff say so.
    if status == Publication::Published
        && input.release_at <= now
        && form.get("publish_now") != "yes"
    {
        form.fail_with("publish_now", "msg-release-past");
        return Ok(form.refused("msg-release-confirm-now"));
    }
    // Scheduling: the numbers the text was written with must still be the registry's on the
    // release's day, or staff confirm they checked the text.
    let mut confirmed_numbers = None;
    if status == Publication::Published {
        let (changed, now_numbers) =
            super::numbers::changed_since_drafted(db, &model, input.release_at, ui).await?;
        if !changed.is_empty() && form.get("confirm_numbers") != "yes" {
            form.fail("confirm_numbers", changed.join(" · "));
            return Ok(form.refused("msg-release-numbers-changed"));
        }
        confirmed_numbers = super::numbers::to_json(&now_numbers);
    }
    let (quotes_before, contacts_before) = super::people::People::load(db, id).await?.audit_lines();
    let (quotes, contacts) = people.audit_lines();
    let before = json!({"title": model.title, "status": model.status, "release_at": utc_text(model.release_at),
        "quotes": quotes_before, "contacts": contacts_before});
    let txn = begin_write(db).await?;
    let mut active: press_release::ActiveModel = model.into();
    if confirmed_numbers.is_some() {
        active.drafted_numbers = Set(confirmed_numbers);
    }
    active.title = Set(input.title.clone());
    active.dateline = Set(input.dateline);
    active.summary = Set(input.summary);
    active.body_md = Set(input.body_md);
    active.notes_md = Set(input.notes_md);
    active.release_at = Set(input.release_at);
    active.status = Set(status);
    active.updated_at = Set(now);
    active.update(&txn).await?;
    people.replace(&txn, id).await?;
    record(
        &txn,
        now,
        ctx.actor,
        &format!("release.{intent}"),
        "press_release",
        Some(id.to_string()),
        Some(before),
        Some(
            json!({"title": input.title, "status": status, "release_at": utc_text(input.release_at),
            "quotes": quotes, "contacts": contacts}),
        ),
    )
    .await?;
    txn.commit().await?;
    let notice = match (status.as_str(), input.release_at > now) {
        ("draft", _) => t!(ui, "msg-release-saved-draft"),
        (_, true) => t!(
            ui,
            "msg-release-scheduled",
            at = &brussels_text(input.release_at, ui)
        ),
        _ => t!(ui, "msg-release-published"),
    };
    Ok(Written::saved((), notice))
}

/// Release `id`, or `NotFound`.
async fn release_or_404<C: sea_orm::ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<press_release::Model, AppError> {
    press_release::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// True when release `id` was never scheduled (so never public): the audit log has no
/// `release.schedule` for it.
async fn never_scheduled<C: sea_orm::ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    use crate::ssr::entities::audit_log;
    use sea_orm::PaginatorTrait;
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("release.schedule"))
        .filter(audit_log::Column::TargetKind.eq("press_release"))
        .filter(audit_log::Column::TargetId.eq(id.to_string()))
        .count(db)
        .await?
        == 0)
}

/// Deletes release `id` when it is a draft made by mistake (a duplicate, the wrong signing),
/// after staff tick `confirm_delete`; its quotes, contacts and links to signings go with it.
/// A release that was ever scheduled (so possibly public) is not deleted: it is unpublished,
/// or corrected.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn delete_release(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    use crate::ssr::entities::{press_contact, press_quote, press_release_signing};
    let model = release_or_404(ctx.db(), id).await?;
    let mut form = FormReader::new(format!("release-{id}"), f, ctx.lang);
    if model.status != Publication::Draft || !never_scheduled(ctx.db(), id).await? {
        return Ok(form.refused("msg-release-delete-not-draft"));
    }
    if form.get("confirm_delete") != "yes" {
        form.fail_with("confirm_delete", "msg-release-delete-confirm");
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(ctx.db()).await?;
    // Only while it is still a draft (a schedule sent meanwhile wins).
    let still_draft = press_release::Entity::find_by_id(id)
        .filter(press_release::Column::Status.eq(Publication::Draft))
        .one(&txn)
        .await?
        .is_some();
    if !still_draft {
        txn.rollback().await?;
        return Ok(form.refused("msg-release-delete-not-draft"));
    }
    press_quote::Entity::delete_many()
        .filter(press_quote::Column::PressReleaseId.eq(id))
        .exec(&txn)
        .await?;
    press_contact::Entity::delete_many()
        .filter(press_contact::Column::PressReleaseId.eq(id))
        .exec(&txn)
        .await?;
    press_correction::Entity::delete_many()
        .filter(press_correction::Column::PressReleaseId.eq(id))
        .exec(&txn)
        .await?;
    press_release_signing::Entity::delete_many()
        .filter(press_release_signing::Column::PressReleaseId.eq(id))
        .exec(&txn)
        .await?;
    press_release::Entity::delete_by_id(id).exec(&txn).await?;
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "release.delete",
        "press_release",
        Some(id.to_string()),
        Some(json!({"title": model.title, "slug": model.slug, "status": model.status})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        (),
        t!(ctx.lang, "msg-release-deleted", title = &model.title),
    ))
}

/// Appends a correction (reason and text) to release `id`.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn correct_release(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let model = release_or_404(ctx.db(), id).await?;
    // The correction's fields sit on the release's page under their own names.
    let posted = BTreeMap::from([
        (
            "correction_reason".to_owned(),
            f.get("reason").cloned().unwrap_or_default(),
        ),
        (
            "correction_text".to_owned(),
            f.get("text").cloned().unwrap_or_default(),
        ),
    ]);
    let mut form = FormReader::new(format!("release-{id}"), &posted, ctx.lang);
    let (reason, text) = (form.get("correction_reason"), form.get("correction_text"));
    if reason.is_empty() || reason.chars().count() > 300 {
        form.fail_with("correction_reason", "msg-correction-reason");
    }
    if text.is_empty() || text.chars().count() > 5000 {
        form.fail_with("correction_text", "msg-correction-text");
    }
    if !form.ok() {
        return Ok(form.refused("msg-correction-not-added"));
    }
    let now = ctx.now;
    let txn = begin_write(ctx.db()).await?;
    press_correction::ActiveModel {
        press_release_id: Set(model.id),
        corrected_at: Set(now),
        reason: Set(reason.clone()),
        text: Set(text.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        now,
        ctx.actor,
        "release.correct",
        "press_release",
        Some(id.to_string()),
        None,
        Some(json!({"reason": reason, "text": text})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-correction-added")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ssr::testing::posted;
    use time::macros::datetime;

    const RELEASE: [(&str, &str); 7] = [
        ("title", "Paris signs the Integrating Cities Charter"),
        ("dateline", "Paris"),
        ("summary", "The 33rd European city."),
        ("body_md", "Paris signed today."),
        ("notes_md", ""),
        ("release_date", "2024-10-16"),
        ("release_time", "11:00"),
    ];

    #[test]
    fn the_time_left_is_said_to_the_minute_both_ways() {
        let now = OffsetDateTime::from_unix_timestamp(1_796_032_800).expect("a time");
        let later = now + time::Duration::minutes(2 * 1440 + 3 * 60 + 5);
        assert_eq!(time_from(now, later, Lang::En), "in 2 days, 3 hours");
        assert_eq!(
            time_from(now, now + time::Duration::minutes(61), Lang::En),
            "in 1 hour, 1 minute"
        );
        assert_eq!(
            time_from(now, now - time::Duration::minutes(5), Lang::En),
            "5 minutes ago"
        );
        assert_eq!(time_from(now, later, Lang::Fr), "dans 2 jours, 3 heures");
    }

    #[test]
    fn a_release_form_is_read_with_its_time_in_brussels() {
        let f = posted(&RELEASE);
        let mut form = FormReader::new("release-1", &f, Lang::En);
        let input = parse_release(&mut form).expect("valid");
        assert_eq!(input.title, "Paris signs the Integrating Cities Charter");
        assert_eq!(input.notes_md, None);
        // 11:00 in Brussels in October (summer time) is 09:00 UTC; in December 10:00 UTC.
        assert_eq!(input.release_at, datetime!(2024-10-16 9:00 UTC));
        let mut winter = f.clone();
        winter.insert("release_date".into(), "2013-12-18".into());
        let mut form = FormReader::new("release-1", &winter, Lang::En);
        let input = parse_release(&mut form).expect("valid");
        assert_eq!(input.release_at, datetime!(2013-12-18 10:00 UTC));
    }

    #[test]
    fn each_wrong_release_field_gets_its_error() {
        for (field, value, key) in [
            ("title", " ", "msg-release-title"),
            ("dateline", "", "msg-release-dateline"),
            ("summary", "", "msg-release-summary"),
            ("body_md", "", "msg-release-body"),
            ("release_date", "2024-10", "msg-release-date"),
            ("release_time", "24:00", "msg-release-time"),
            ("release_time", "11h", "msg-release-time"),
        ] {
            let mut f = posted(&RELEASE);
            f.insert(field.into(), value.into());
            let mut form = FormReader::new("release-1", &f, Lang::En);
            assert_eq!(parse_release(&mut form), None, "{field}={value:?}");
            assert_eq!(form.form.errors.len(), 1, "{:?}", form.form.errors);
            assert_eq!(
                form.form.errors[field],
                Lang::En.t(key),
                "{field}={value:?}"
            );
        }
        let mut f = posted(&RELEASE);
        f.insert("dateline".into(), "d".repeat(81));
        let mut form = FormReader::new("release-1", &f, Lang::En);
        assert_eq!(parse_release(&mut form), None);
        assert_eq!(
            form.form.errors["dateline"],
            t!(Lang::En, "msg-max-chars", max = 80)
        );
    }
}
