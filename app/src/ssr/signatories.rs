//! Signatories on the staff screens: the list, the edit form, saving or withdrawing, and creating
//! one that has committed but not signed yet. Every write is one transaction with its audit record.

use super::accounts::{keep_and_go, Staffed};
use super::audit::record;
use super::convert::to_date;
use super::db::begin_write;
use super::entities::signatory;
use super::forms::{day_field, parse_url};
use super::registry::Snapshot;
use super::state::AppState;
use crate::error::AppError;
use crate::i18n::request_lang as ui;
use crate::model::admin::{FormState, SignatoryAdminRow, SignatoryEdit};
use crate::ssr::entities::states::{SignatoryKind, SignatoryStatus};
use crate::t;

use domain::text::fold;
use sea_orm::{ActiveModelTrait, DbErr, Set};
use serde_json::json;

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
    let model = snapshot.signatory(id).cloned().ok_or(AppError::NotFound)?;
    let form = FormState::shown(signatory_values(&model), kept, format!("signatory-{id}"));
    Ok(SignatoryEdit {
        me: staffed.me(),
        id,
        slug: model.slug,
        status: model.status.as_str().to_owned(),
        form,
        countries: snapshot.country_choices(crate::i18n::request_lang()),
        kinds: super::accounts::kind_choices(),
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
    let model = snapshot.signatory(id).cloned().ok_or(AppError::NotFound)?;
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
            let day = day_field(
                &mut form,
                "withdrawn_on",
                &get("withdrawn_on"),
                t!(ui(), "msg-withdrawal-date"),
            )
            .and_then(to_date);
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
    let created = super::signings::new_signatory(
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
