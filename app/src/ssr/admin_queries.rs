//! Reads and writes behind the staff screens: audit log, press releases, signatories, staff.
//! Every write is one transaction that includes its audit record.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde_json::json;
use time::OffsetDateTime;

use super::admin::{keep_and_go, Staffed};
use super::audit::record;
use super::convert::to_date;
use super::entities::{audit_log, press_correction, press_release, signatory, staff};
use super::newsroom::brussels_day;
use super::register::{begin_write, parse_url};
use super::registry::Snapshot;
use super::state::AppState;
use crate::error::AppError;
use crate::model::admin::{
    AuditRow, FormState, ReleaseAdminRow, ReleaseEdit, SignatoryAdminRow, SignatoryEdit, StaffRow,
};
use crate::ssr::entities::states::{Publication, SignatoryKind, SignatoryStatus};
use crate::t;
use domain::date::{brussels_offset_hours, Day, PartialDate};
use domain::text::fold;

fn utc_text(at: OffsetDateTime) -> String {
    let utc = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute()
    )
}

/// A page of audit records, newest first: `(rows, total matching)`.
///
/// # Errors
/// Database errors.
pub async fn audit_rows<C: ConnectionTrait>(
    db: &C,
    action: &str,
    actor: &str,
    page: u64,
    per_page: u64,
) -> Result<(Vec<AuditRow>, u64), DbErr> {
    let mut query = audit_log::Entity::find();
    if !action.is_empty() {
        query = query.filter(audit_log::Column::Action.eq(action));
    }
    if !actor.is_empty() {
        query = query.filter(audit_log::Column::Actor.contains(actor.to_lowercase()));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(audit_log::Column::Id)
        .offset((page - 1) * per_page)
        .limit(per_page)
        .all(db)
        .await?
        .into_iter()
        .map(|r| AuditRow {
            at: utc_text(r.at),
            actor: r.actor,
            action: r.action,
            target: match r.target_id {
                Some(id) => format!("{} {id}", r.target_kind),
                None => r.target_kind,
            },
            before: r.before,
            after: r.after,
        })
        .collect();
    Ok((rows, total))
}

/// The distinct actions in the log, for the filter.
///
/// # Errors
/// Database errors.
pub async fn audit_actions<C: ConnectionTrait>(db: &C) -> Result<Vec<String>, DbErr> {
    let mut actions: Vec<String> = audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::Action)
        .distinct()
        .into_tuple::<String>()
        .all(db)
        .await?;
    actions.sort();
    Ok(actions)
}

/// The language of the staff member's request.
fn ui() -> crate::i18n::Lang {
    crate::i18n::request_lang()
}

fn release_state(r: &press_release::Model, now: OffsetDateTime) -> String {
    if r.status == Publication::Draft {
        t!(ui(), "release-state-draft")
    } else if r.release_at > now {
        t!(ui(), "release-state-scheduled")
    } else {
        t!(ui(), "release-state-published")
    }
}

/// Every release: drafts and scheduled first, then the newest.
///
/// # Errors
/// Database errors.
pub async fn release_rows(state: &AppState) -> Result<Vec<ReleaseAdminRow>, DbErr> {
    let now = state.clock.now();
    let mut all = press_release::Entity::find()
        .order_by_desc(press_release::Column::ReleaseAt)
        .all(&state.db)
        .await?;
    all.sort_by_key(|r| {
        (
            r.status == Publication::Published && r.release_at <= now,
            std::cmp::Reverse(r.release_at),
        )
    });
    Ok(all
        .into_iter()
        .map(|r| ReleaseAdminRow {
            id: r.id,
            state: release_state(&r, now),
            release_at: brussels_text(r.release_at),
            title: r.title,
        })
        .collect())
}

/// "18 December 2013, 11:00 Brussels time".
fn brussels_text(at: OffsetDateTime) -> String {
    let (day, offset) = brussels_day(at);
    let local = at.to_offset(time::UtcOffset::UTC) + time::Duration::hours(i64::from(offset));
    let lang = ui();
    t!(
        lang,
        "brussels-time",
        day = &lang.day(day),
        time = &format!("{:02}:{:02}", local.hour(), local.minute())
    )
}

fn release_values(r: &press_release::Model) -> FormState {
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
    let model = press_release::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = staffed.state.clock.now();
    let form = FormState::shown(release_values(&model), kept, format!("release-{id}"));
    let corrections = press_correction::Entity::find()
        .filter(press_correction::Column::PressReleaseId.eq(id))
        .order_by_asc(press_correction::Column::CorrectedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (utc_text(c.corrected_at), c.reason, c.text))
        .collect();
    Ok(ReleaseEdit {
        me: staffed.me(),
        id,
        slug: model.slug.clone(),
        state: release_state(&model, now),
        published: model.status == Publication::Published && model.release_at <= now,
        language: model.language.clone(),
        form,
        corrections,
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

fn parse_release(
    f: &std::collections::BTreeMap<String, String>,
    form: &mut FormState,
) -> Option<(
    String,
    String,
    String,
    String,
    Option<String>,
    OffsetDateTime,
)> {
    let get = |k: &str| f.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut need = |k: &str, max: usize, missing: &str| {
        let v = get(k);
        if v.is_empty() {
            form.fail(k, ui().t(missing));
        } else if v.chars().count() > max {
            form.fail(k, t!(ui(), "msg-max-chars", max = max));
        }
        v
    };
    let title = need("title", 200, "msg-release-title");
    let dateline = need("dateline", 80, "msg-release-dateline");
    let summary = need("summary", 600, "msg-release-summary");
    let body = need("body_md", 50_000, "msg-release-body");
    let notes = get("notes_md");
    let day = match PartialDate::parse(&get("release_date")) {
        Ok(PartialDate::Day(d)) => Some(d),
        _ => {
            form.fail("release_date", t!(ui(), "msg-release-date"));
            None
        }
    };
    let time_raw = get("release_time");
    let hm = time_raw
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse::<u8>().ok()?, m.parse::<u8>().ok()?)))
        .filter(|(h, m)| *h < 24 && *m < 60);
    if hm.is_none() {
        form.fail("release_time", t!(ui(), "msg-release-time"));
    }
    let at = day.zip(hm).and_then(|(d, (h, m))| brussels_to_utc(d, h, m));
    if !form.ok() {
        return None;
    }
    Some((
        title,
        dateline,
        summary,
        body,
        (!notes.is_empty()).then_some(notes),
        at?,
    ))
}

/// Saves release `id` with `intent` = `save`, `schedule` or `unpublish`.
///
/// # Errors
/// `NotFound`, `BadRequest` (unknown intent); `Internal` on a database error.
pub async fn save_release(
    staffed: &Staffed,
    id: i32,
    intent: &str,
    f: std::collections::BTreeMap<String, String>,
) -> Result<(), AppError> {
    let db = &staffed.state.db;
    let model = press_release::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = staffed.state.clock.now();
    let here = format!("/admin/releases/{id}");
    let mut form = FormState {
        form: format!("release-{id}"),
        values: f.clone(),
        ..FormState::default()
    };
    if model.status == Publication::Published && model.release_at <= now && intent != "unpublish" {
        form.notice = Some(t!(ui(), "msg-release-public"));
        return keep_and_go(staffed, &form, &here).await;
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
    let Some((title, dateline, summary, body, notes, release_at)) = parse_release(&f, &mut form)
    else {
        form.notice = Some(t!(ui(), "msg-not-saved"));
        return keep_and_go(staffed, &form, &here).await;
    };
    let before = json!({"title": model.title, "status": model.status, "release_at": utc_text(model.release_at)});
    let txn = begin_write(db).await?;
    let mut active: press_release::ActiveModel = model.into();
    active.title = Set(title.clone());
    active.dateline = Set(dateline);
    active.summary = Set(summary);
    active.body_md = Set(body);
    active.notes_md = Set(notes);
    active.release_at = Set(release_at);
    active.status = Set(status);
    active.updated_at = Set(now);
    active.update(&txn).await?;
    record(
        &txn,
        now,
        &staffed.actor,
        &format!("release.{intent}"),
        "press_release",
        Some(id.to_string()),
        Some(before),
        Some(json!({"title": title, "status": status, "release_at": utc_text(release_at)})),
    )
    .await?;
    txn.commit().await?;
    let notice = match (status.as_str(), release_at > now) {
        ("draft", _) => t!(ui(), "msg-release-saved-draft"),
        (_, true) => t!(
            ui(),
            "msg-release-scheduled",
            at = &brussels_text(release_at)
        ),
        _ => t!(ui(), "msg-release-published"),
    };
    let kept = FormState {
        form: format!("release-{id}"),
        notice: Some(notice),
        ..FormState::default()
    };
    keep_and_go(staffed, &kept, &here).await
}

/// Appends a correction (reason and text) to release `id`.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn correct_release(
    staffed: &Staffed,
    id: i32,
    f: std::collections::BTreeMap<String, String>,
) -> Result<(), AppError> {
    let db = &staffed.state.db;
    let model = press_release::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let here = format!("/admin/releases/{id}");
    let get = |k: &str| f.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let (reason, text) = (get("reason"), get("text"));
    let mut form = FormState {
        form: format!("release-{id}"),
        ..FormState::default()
    };
    form.values
        .insert("correction_reason".into(), reason.clone());
    form.values.insert("correction_text".into(), text.clone());
    if reason.is_empty() || reason.chars().count() > 300 {
        form.fail("correction_reason", t!(ui(), "msg-correction-reason"));
    }
    if text.is_empty() || text.chars().count() > 5000 {
        form.fail("correction_text", t!(ui(), "msg-correction-text"));
    }
    if !form.ok() {
        form.notice = Some(t!(ui(), "msg-correction-not-added"));
        return keep_and_go(staffed, &form, &here).await;
    }
    let now = staffed.state.clock.now();
    let txn = begin_write(db).await?;
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
        &staffed.actor,
        "release.correct",
        "press_release",
        Some(id.to_string()),
        None,
        Some(json!({"reason": reason, "text": text})),
    )
    .await?;
    txn.commit().await?;
    let kept = FormState {
        form: format!("release-{id}"),
        notice: Some(t!(ui(), "msg-correction-added")),
        ..FormState::default()
    };
    keep_and_go(staffed, &kept, &here).await
}

/// Signatories whose name matches `q` (case and accents ignored), by name.
///
/// # Errors
/// Database errors.
pub async fn signatory_rows(state: &AppState, q: &str) -> Result<Vec<SignatoryAdminRow>, DbErr> {
    let snapshot = Snapshot::load_at_once(&state.db).await?;
    let folded = fold(q);
    let mut rows: Vec<SignatoryAdminRow> = snapshot
        .signatories()
        .iter()
        .filter(|s| folded.is_empty() || s.search_name.contains(&folded))
        .map(|s| SignatoryAdminRow {
            id: s.id,
            slug: s.slug.clone(),
            name: s.name.clone(),
            country: s.country_code.clone(),
            status: s.status.as_str().to_owned(),
            signings: u32::try_from(snapshot.signings_of(s.id).count()).unwrap_or(0),
        })
        .collect();
    rows.sort_by_cached_key(|r| fold(&r.name));
    Ok(rows)
}

fn signatory_values(s: &signatory::Model) -> FormState {
    let mut form = FormState::default();
    for (k, v) in [
        ("name", s.name.clone()),
        ("kind", s.kind.as_str().to_owned()),
        ("country", s.country_code.clone()),
        (
            "national_capital",
            if s.national_capital {
                "yes".into()
            } else {
                String::new()
            },
        ),
        ("website", s.website.clone().unwrap_or_default()),
        ("notes", s.notes.clone().unwrap_or_default()),
        (
            "withdrawn_on",
            s.withdrawn_on
                .and_then(super::convert::from_date)
                .map(|d| d.iso())
                .unwrap_or_default(),
        ),
        (
            "withdrawn_reason",
            s.withdrawn_reason.clone().unwrap_or_default(),
        ),
    ] {
        form.values.insert(k.into(), v);
    }
    form
}

/// The edit form of signatory `id`.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn signatory_edit(
    staffed: &Staffed,
    id: i32,
    kept: FormState,
) -> Result<SignatoryEdit, AppError> {
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let model = snapshot
        .signatories()
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let form = FormState::shown(signatory_values(&model), kept, format!("signatory-{id}"));
    Ok(SignatoryEdit {
        me: staffed.me(),
        id,
        slug: model.slug,
        status: model.status.as_str().to_owned(),
        form,
        countries: snapshot.country_choices(crate::i18n::request_lang()),
        kinds: super::admin::kind_choices(),
    })
}

/// Saves signatory `id` (`intent` = `save`) or withdraws it (`withdraw`, with date and reason).
///
/// # Errors
/// `NotFound`, `BadRequest`; `Internal` on a database error.
pub async fn save_signatory(
    staffed: &Staffed,
    id: i32,
    intent: &str,
    f: std::collections::BTreeMap<String, String>,
) -> Result<(), AppError> {
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let model = snapshot
        .signatories()
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let here = format!("/admin/signatories/{id}");
    let get = |k: &str| f.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut form = FormState {
        form: format!("signatory-{id}"),
        values: f.clone(),
        ..FormState::default()
    };
    let now = staffed.state.clock.now();
    let mut active: signatory::ActiveModel = model.clone().into();
    let before = json!({"name": model.name, "kind": model.kind, "country": model.country_code,
        "national_capital": model.national_capital, "website": model.website, "status": model.status});
    let action = match intent {
        "save" => {
            let name = get("name");
            if name.is_empty() || name.chars().count() > 120 {
                form.fail("name", t!(ui(), "msg-name-120"));
            }
            let kind = SignatoryKind::parse(&get("kind")).unwrap_or_else(|| {
                form.fail("kind", t!(ui(), "msg-kind"));
                SignatoryKind::City
            });
            let country = get("country").to_ascii_uppercase();
            if snapshot.is_european(&country).is_none() {
                form.fail("country", t!(ui(), "msg-country"));
            }
            let website = match get("website") {
                w if w.is_empty() => None,
                w => match parse_url(&w) {
                    Ok(u) => Some(u),
                    Err(e) => {
                        form.fail("website", e.text(ui()));
                        None
                    }
                },
            };
            let notes = get("notes");
            if notes.chars().count() > 5000 {
                form.fail("notes", t!(ui(), "msg-max-chars", max = 5000u32));
            }
            active.search_name = Set(fold(&name));
            active.name = Set(name);
            active.kind = Set(kind);
            active.country_code = Set(country);
            active.national_capital = Set(get("national_capital") == "yes");
            active.website = Set(website);
            active.notes = Set((!notes.is_empty()).then_some(notes));
            "signatory.update"
        }
        "withdraw" => {
            let day = match PartialDate::parse(&get("withdrawn_on")) {
                Ok(PartialDate::Day(d)) => to_date(d),
                _ => {
                    form.fail("withdrawn_on", t!(ui(), "msg-withdrawal-date"));
                    None
                }
            };
            let reason = get("withdrawn_reason");
            if reason.is_empty() || reason.chars().count() > 1000 {
                form.fail("withdrawn_reason", t!(ui(), "msg-withdrawal-reason"));
            }
            if model.status == SignatoryStatus::Withdrawn {
                form.fail("withdrawn_on", t!(ui(), "msg-already-withdrawn"));
            }
            active.status = Set(SignatoryStatus::Withdrawn);
            active.withdrawn_on = Set(day);
            active.withdrawn_reason = Set(Some(reason));
            "signatory.withdraw"
        }
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    if !form.ok() {
        form.notice = Some(t!(ui(), "msg-not-saved"));
        return keep_and_go(staffed, &form, &here).await;
    }
    active.updated_at = Set(now);
    let txn = begin_write(&staffed.state.db).await?;
    let saved = active.update(&txn).await?;
    record(&txn, now, &staffed.actor, action, "signatory", Some(saved.slug.clone()), Some(before),
        Some(json!({"name": saved.name, "kind": saved.kind, "country": saved.country_code,
            "national_capital": saved.national_capital, "website": saved.website, "status": saved.status,
            "withdrawn_reason": saved.withdrawn_reason}))).await?;
    txn.commit().await?;
    let kept = FormState {
        form: "signatories".into(),
        notice: Some(format!("{} saved.", saved.name)),
        ..FormState::default()
    };
    keep_and_go(staffed, &kept, "/admin/signatories").await
}

/// Every staff account, by name.
///
/// # Errors
/// Database errors.
pub async fn staff_rows(state: &AppState) -> Result<Vec<StaffRow>, DbErr> {
    Ok(staff::Entity::find()
        .order_by_asc(staff::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| StaffRow {
            id: s.id,
            name: s.name,
            email: s.email,
            role: s.role.as_str().to_owned(),
            disabled: s.disabled,
            totp_enrolled: s.totp_secret.is_some(),
        })
        .collect())
}

/// Creates a signatory that has not signed yet (its council committed to sign); returns its id,
/// or the form with its errors.
///
/// # Errors
/// Database errors (nothing written).
pub async fn create_signatory(
    staffed: &Staffed,
    f: &std::collections::BTreeMap<String, String>,
) -> Result<Result<i32, FormState>, AppError> {
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let get = |k: &str| f.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let mut form = FormState {
        form: "signatories".into(),
        values: f.clone(),
        ..FormState::default()
    };
    let name = get("name");
    if name.is_empty() || name.chars().count() > 120 {
        form.fail("name", t!(ui(), "msg-name-120"));
    }
    let country = get("country").to_ascii_uppercase();
    if snapshot.is_european(&country).is_none() {
        form.fail("country", t!(ui(), "msg-country"));
    }
    let kind = SignatoryKind::parse(&get("kind")).unwrap_or_else(|| {
        form.fail("kind", t!(ui(), "msg-kind"));
        SignatoryKind::City
    });
    let website = match get("website") {
        w if w.is_empty() => None,
        w => parse_url(&w)
            .map_err(|e| form.fail("website", e.text(ui())))
            .ok(),
    };
    let folded = fold(&name);
    if let Some(same) = snapshot
        .signatories()
        .iter()
        .find(|s| s.search_name == folded && s.country_code == country)
    {
        form.fail(
            "name",
            t!(ui(), "msg-signatory-exists-short", name = &same.name),
        );
    }
    if !form.ok() {
        form.notice = Some(t!(ui(), "msg-signatory-not-created"));
        return Ok(Err(form));
    }
    let base = domain::text::slugify(&name);
    let slug = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|s| !snapshot.signatories().iter().any(|x| &x.slug == s))
        .unwrap_or(base);
    let now = staffed.state.clock.now();
    let txn = begin_write(&staffed.state.db).await?;
    let created = super::register::new_signatory(
        &slug,
        &name,
        kind,
        &country,
        get("national_capital") == "yes",
        website,
        SignatoryStatus::Committed,
        now,
    )
    .insert(&txn)
    .await?;
    record(
        &txn,
        now,
        &staffed.actor,
        "signatory.create",
        "signatory",
        Some(slug),
        None,
        Some(json!({"name": name, "country": country, "kind": kind, "status": "committed"})),
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(created.id))
}
