//! Signatories on the staff screens: the list, the edit form, saving or withdrawing, and creating
//! one that has committed but not signed yet. Every write is one transaction with its audit record.

use super::accounts::Staffed;
use super::audit::record;
use super::convert::to_date;
use super::db::begin_write;
use super::entities::signatory;
use super::forms::{FormReader, Written};
use super::registry::Snapshot;
use super::signings::{read_new_signatory, NewSignatory};
use super::state::{AppState, Ctx};
use crate::error::AppError;
use crate::model::admin::{FormState, SignatoryAdminRow, SignatoryEdit};
use crate::ssr::entities::states::SignatoryStatus;
use crate::t;

use domain::text::fold;
use sea_orm::{ActiveModelTrait, DbErr, Set};
use serde_json::json;
use std::collections::BTreeMap;

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
        countries: snapshot.country_choices(staffed.lang),
        kinds: super::accounts::kind_choices(staffed.lang),
    })
}

/// A signatory's details as typed on the edit and create forms; each wrong field gets its error.
fn read_details(form: &mut FormReader<'_>, snapshot: &Snapshot) -> NewSignatory {
    let name = form.get("name");
    if name.is_empty() || name.chars().count() > 120 {
        form.fail_with("name", "msg-name-120");
    }
    read_new_signatory(form, snapshot, name)
}

/// Saves signatory `id` (`intent` = `save`) or withdraws it (`withdraw`, with date and reason).
///
/// # Errors
/// `NotFound`, `BadRequest`; `Internal` on a database error.
pub async fn save_signatory(
    ctx: &Ctx<'_>,
    id: i32,
    intent: &str,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let model = snapshot.signatory(id).cloned().ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(format!("signatory-{id}"), f, ctx.lang);
    let mut active: signatory::ActiveModel = model.clone().into();
    let before = json!({"name": model.name, "kind": model.kind, "country": model.country_code,
        "national_capital": model.national_capital, "website": model.website, "status": model.status});
    let action = match intent {
        "save" => {
            let details = read_details(&mut form, &snapshot);
            let notes = form.optional("notes", 5000);
            active.search_name = Set(fold(&details.name));
            active.name = Set(details.name);
            active.kind = Set(details.kind);
            active.country_code = Set(details.country_code);
            active.national_capital = Set(details.national_capital);
            active.website = Set(details.website);
            active.notes = Set(notes);
            "signatory.update"
        }
        "withdraw" => {
            let day = form
                .day("withdrawn_on", "msg-withdrawal-date")
                .and_then(to_date);
            let reason = form.get("withdrawn_reason");
            if reason.is_empty() || reason.chars().count() > 1000 {
                form.fail_with("withdrawn_reason", "msg-withdrawal-reason");
            }
            if model.status == SignatoryStatus::Withdrawn {
                form.fail_with("withdrawn_on", "msg-already-withdrawn");
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
        return Ok(form.refused("msg-not-saved"));
    }
    let now = ctx.now;
    active.updated_at = Set(now);
    let txn = begin_write(ctx.db()).await?;
    let saved = active.update(&txn).await?;
    record(&txn, now, ctx.actor, action, "signatory", Some(saved.slug.clone()), Some(before),
        Some(json!({"name": saved.name, "kind": saved.kind, "country": saved.country_code,
            "national_capital": saved.national_capital, "website": saved.website, "status": saved.status,
            "withdrawn_reason": saved.withdrawn_reason}))).await?;
    txn.commit().await?;
    Ok(Written::saved((), format!("{} saved.", saved.name)))
}

/// Creates a signatory that has not signed yet (its council committed to sign); saved with
/// its id.
///
/// # Errors
/// Database errors (nothing written).
pub async fn create_signatory(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<i32>, AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let mut form = FormReader::new("signatories", f, ctx.lang);
    let details = read_details(&mut form, &snapshot);
    let folded = fold(&details.name);
    if let Some(same) = snapshot
        .signatories()
        .iter()
        .find(|s| s.search_name == folded && s.country_code == details.country_code)
    {
        let text = t!(ctx.lang, "msg-signatory-exists-short", name = &same.name);
        form.fail("name", text);
    }
    if !form.ok() {
        return Ok(form.refused("msg-signatory-not-created"));
    }
    let NewSignatory {
        name,
        kind,
        country_code: country,
        national_capital,
        website,
    } = details;
    let base = domain::text::slugify(&name);
    let slug = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|s| !snapshot.signatories().iter().any(|x| &x.slug == s))
        .unwrap_or(base);
    let now = ctx.now;
    let txn = begin_write(ctx.db()).await?;
    let created = super::signings::new_signatory(
        &slug,
        &name,
        kind,
        &country,
        national_capital,
        website,
        SignatoryStatus::Committed,
        now,
    )
    .insert(&txn)
    .await?;
    record(
        &txn,
        now,
        ctx.actor,
        "signatory.create",
        "signatory",
        Some(slug),
        None,
        Some(json!({"name": name, "country": country, "kind": kind, "status": "committed"})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::Saved {
        value: created.id,
        notice: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ssr::entities::states::SignatoryKind;
    use crate::ssr::testing::registry;

    #[test]
    fn a_signatorys_details_are_read_and_checked() {
        let snapshot = registry();
        let f = crate::ssr::testing::posted(&[
            ("name", " Toronto "),
            ("country", "ca"),
            ("kind", "city"),
            ("national_capital", ""),
            ("website", "https://www.toronto.ca"),
        ]);
        let mut form = FormReader::new("signatories", &f, Lang::En);
        let details = read_details(&mut form, &snapshot);
        assert!(form.ok(), "{:?}", form.form.errors);
        assert_eq!(details.name, "Toronto");
        assert_eq!(
            details.country_code, "CA",
            "a known non-European country is fine"
        );
        assert_eq!(details.kind, SignatoryKind::City);
        assert!(!details.national_capital);
        assert_eq!(details.website.as_deref(), Some("https://www.toronto.ca"));

        for (field, value, key) in [
            ("name", "", "msg-name-120"),
            ("name", &"n".repeat(121)[..], "msg-name-120"),
            ("country", "ZZ", "msg-country"),
            ("kind", "town", "msg-kind"),
        ] {
            let mut bad = f.clone();
            bad.insert(field.into(), value.into());
            let mut form = FormReader::new("signatories", &bad, Lang::En);
            read_details(&mut form, &snapshot);
            assert_eq!(form.form.errors.len(), 1, "{:?}", form.form.errors);
            assert_eq!(
                form.form.errors[field],
                Lang::En.t(key),
                "{field}={value:?}"
            );
        }
    }
}
