//! A checked plan applied all or nothing, in one transaction with its audit records.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde_json::json;
use time::OffsetDateTime;

use super::*;
use crate::i18n::Lang;
use crate::model::admin::{FieldChange, ImportReport};
use crate::ssr::audit::{entry, record_all, Actor};
use crate::ssr::convert::to_date;
use crate::ssr::db::begin_write;
use crate::ssr::entities::{signatory, signing, signing_source};
use crate::ssr::registry::Snapshot;
use crate::t;
use domain::text::fold;

/// Writes a plan with no problem, every row in one transaction (or none). `progress` is
/// called after each row with (rows done, rows to do).
///
/// # Errors
/// Database errors: nothing is written then.
#[allow(clippy::too_many_lines)]
pub async fn apply(
    db: &DatabaseConnection,
    mut plan: Plan,
    actor: &Actor,
    now: OffsetDateTime,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ImportReport, DbErr> {
    if !plan.report.problems.is_empty() {
        return Ok(plan.report);
    }
    let total = plan.rows.len();
    let txn = begin_write(db).await?;
    let mut ids: HashMap<String, i32> = signatory::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| (s.slug, s.id))
        .collect();
    let mut audited = Vec::with_capacity(total);
    for (done, (row, action, changes)) in plan.rows.iter().enumerate() {
        // The audit record: what a created row set, or every field a changed row changes.
        let (before, after) = if changes.is_empty() {
            let fields = json!({"name": row.name, "kind": row.kind, "country": row.country_code,
                "national_capital": row.national_capital, "status": row.status, "website": row.website});
            (None, fields)
        } else {
            let side = |pick: fn(&FieldChange) -> &Option<String>| {
                changes
                    .iter()
                    .map(|c| (c.field.clone(), json!(pick(c))))
                    .collect::<serde_json::Map<_, _>>()
            };
            (
                Some(serde_json::Value::Object(side(|c| &c.before))),
                serde_json::Value::Object(side(|c| &c.after)),
            )
        };
        let existing = ids.get(&row.slug).copied();
        let signatory_id = if let Some(id) = existing {
            let mut active: signatory::ActiveModel = signatory::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or_else(|| DbErr::RecordNotFound(row.slug.clone()))?
                .into();
            active.name = Set(row.name.clone());
            active.search_name = Set(fold(&row.name));
            active.kind = Set(row.kind);
            active.country_code = Set(row.country_code.clone());
            active.national_capital = Set(row.national_capital);
            active.status = Set(row.status);
            active.website = Set(row.website.clone());
            active.updated_at = Set(now);
            active.update(&txn).await?;
            id
        } else {
            let created = crate::ssr::signings::new_signatory(
                &row.slug,
                &row.name,
                row.kind,
                &row.country_code,
                row.national_capital,
                row.website.clone(),
                row.status,
                now,
            )
            .insert(&txn)
            .await?;
            ids.insert(row.slug.clone(), created.id);
            created.id
        };
        if let Some(s) = &row.signing {
            let precision = s.date.precision();
            // A signatory created by this import has no signing yet: nothing to look up.
            let old = match existing {
                Some(_) => {
                    signing::Entity::find()
                        .filter(signing::Column::SignatoryId.eq(signatory_id))
                        .filter(signing::Column::EditionId.eq(s.edition_id))
                        .one(&txn)
                        .await?
                }
                None => None,
            };
            let replaced = old.is_some();
            let mut active: signing::ActiveModel = match old {
                Some(model) => model.into(),
                None => signing::ActiveModel {
                    signatory_id: Set(signatory_id),
                    edition_id: Set(s.edition_id),
                    confidence: Set("high".into()),
                    notes: Set(None),
                    created_at: Set(now),
                    ..Default::default()
                },
            };
            active.edition_confirmed = Set(s.edition_confirmed);
            active.signed_on = Set(s.date.first_day().and_then(to_date));
            active.date_precision = Set(precision.as_str().to_owned());
            active.tie_position = Set(s.position);
            active.event = Set(s.event.clone());
            active.place = Set(s.place.clone());
            active.signed_by_name = Set(s.signed_by_name.clone());
            active.signed_by_title = Set(s.signed_by_title.clone());
            active.council_decision_on = Set(s.council);
            active.announced_ordinal = Set(s.announced.clone());
            active.not_before = Set(s.bounds.not_before.and_then(to_date));
            active.not_after = Set(s.bounds.not_after.and_then(to_date));
            active.public_note = Set(s.public_note.clone());
            active.updated_at = Set(now);
            let saved = active.save(&txn).await?;
            let signing_id = match saved.id {
                sea_orm::ActiveValue::Set(id) | sea_orm::ActiveValue::Unchanged(id) => id,
                sea_orm::ActiveValue::NotSet => return Err(DbErr::RecordNotInserted),
            };
            if replaced {
                signing_source::Entity::delete_many()
                    .filter(signing_source::Column::SigningId.eq(signing_id))
                    .exec(&txn)
                    .await?;
            }
            crate::ssr::signings::insert_sources(&txn, signing_id, &s.sources).await?;
        }
        // Written together after the rows (one statement per few hundred records).
        audited.push(entry(
            now,
            actor,
            &format!("import.{action}"),
            "signatory",
            Some(row.slug.clone()),
            before,
            Some(after),
        ));
        progress(done + 1, total);
    }
    record_all(&txn, audited).await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, now, actor).await?;
    plan.report.applied = true;
    Ok(plan.report)
}

/// Runs a dry run (`intent` other than `apply`) or an import for the staff page, and returns
/// what the page shows (in `ui`): a sentence, the report, and the CSV again unless it was imported.
///
/// # Errors
/// `Internal` on a database error (nothing written then).
pub async fn run_for_page(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    intent: &str,
    csv_text: &str,
    actor: &Actor,
    now: OffsetDateTime,
    ui: Lang,
) -> Result<crate::model::admin::FormState, crate::error::AppError> {
    let planned = plan(csv_text, snapshot, ui);
    let report = if intent == "apply" && planned.report.problems.is_empty() {
        apply(db, planned, actor, now, &|_, _| {}).await?
    } else {
        planned.report
    };
    let mut kept = crate::model::admin::FormState::named("import");
    let (creates, changes, unchanged) = (report.creates, report.changes, report.unchanged);
    kept.notice = Some(if report.applied {
        t!(
            ui,
            "imp-applied",
            creates = creates,
            changes = changes,
            unchanged = unchanged
        )
    } else if report.problems.is_empty() {
        t!(
            ui,
            "imp-dry-run",
            creates = creates,
            changes = changes,
            unchanged = unchanged
        )
    } else {
        t!(ui, "imp-refused", n = report.problems.len())
    });
    if !report.applied {
        kept.values.insert("csv".into(), csv_text.to_owned());
    }
    kept.values.insert(
        "_report".into(),
        serde_json::to_string(&report).map_err(|_| crate::error::AppError::Internal)?,
    );
    Ok(kept)
}
