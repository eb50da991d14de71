//! Correcting a saved signing (its date and range, position on that day, event, signer,
//! sources, public note), and deleting one registered by mistake. Each is one transaction with
//! its audit record; the record says, field by field, what changed.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Map, Value};

use super::parse::{check_range, read_details, SigningDetails};
use super::save::insert_sources;
use crate::error::AppError;
use crate::model::admin::FormState;
use crate::ssr::audit::record;
use crate::ssr::convert::{from_date, to_date};
use crate::ssr::db::begin_write;
use crate::ssr::entities::states::SignatoryStatus;
use crate::ssr::entities::{press_release_signing, signatory, signing, signing_source};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::registry::{signing_bounds, signing_date, Snapshot};
use crate::ssr::state::Ctx;
use crate::t;
use domain::date::Day;

/// The form of signing `id` on its screen.
#[must_use]
pub fn form_name(id: i32) -> String {
    format!("signing-edit-{id}")
}

/// The registry and signing `id` in it.
async fn load_signing(ctx: &Ctx<'_>, id: i32) -> Result<(Snapshot, signing::Model), AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let saved = snapshot
        .signings()
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((snapshot, saved))
}

/// A source as the form's `sources` lines write it: `label | url`, the url alone, or the label.
fn source_line(label: &str, url: Option<&String>) -> String {
    match url {
        Some(url) if url != label => format!("{label} | {url}"),
        Some(url) => url.clone(),
        None => label.to_owned(),
    }
}

/// The fields staff edit, as text, from the saved signing.
fn fields_of(snapshot: &Snapshot, s: &signing::Model) -> BTreeMap<String, String> {
    let day = |d: Option<time::Date>| d.and_then(from_date).map(Day::iso).unwrap_or_default();
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    let sources: Vec<String> = snapshot
        .sources_of_signing(s.id)
        .map(|x| source_line(&x.label, x.url.as_ref()))
        .collect();
    [
        ("date", signing_date(s).iso()),
        ("not_before", day(s.not_before)),
        ("not_after", day(s.not_after)),
        (
            "position",
            s.tie_position.map(|p| p.to_string()).unwrap_or_default(),
        ),
        ("event", text(&s.event)),
        ("place", text(&s.place)),
        ("signed_by_name", text(&s.signed_by_name)),
        ("signed_by_title", text(&s.signed_by_title)),
        ("council_decision_on", day(s.council_decision_on)),
        ("announced_ordinal", text(&s.announced_ordinal)),
        ("public_note", text(&s.public_note)),
        ("sources", sources.join("\n")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

/// The edit form of signing `id`: the kept form after a refused save, else the saved values.
#[must_use]
pub fn edit_form(snapshot: &Snapshot, s: &signing::Model, kept: FormState) -> FormState {
    if !kept.values.is_empty() || !kept.errors.is_empty() {
        return kept;
    }
    FormState {
        values: fields_of(snapshot, s),
        ..kept
    }
}

/// Saves the corrected facts of signing `id`; refused with the form (errors on their fields)
/// when a field is wrong. The audit record holds each changed field, before and after.
///
/// # Errors
/// `NotFound`; database errors (nothing written).
pub async fn update_signing(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written<()>, AppError> {
    let (snapshot, saved) = load_signing(ctx, id).await?;
    let mut form = FormReader::new(form_name(id), f, ctx.lang);
    let details = read_details(&mut form);
    if let Some(d) = &details {
        check_range(&mut form, d.date, d.bounds);
    }
    let Some(d) = details.filter(|_| form.ok()) else {
        return Ok(form.refused("msg-signing-not-saved"));
    };
    let before = fields_of(&snapshot, &saved);
    let mut active: signing::ActiveModel = saved.clone().into();
    apply(&mut active, &d);
    active.updated_at = Set(ctx.now);
    let txn = begin_write(ctx.db()).await?;
    let updated = active.update(&txn).await?;
    signing_source::Entity::delete_many()
        .filter(signing_source::Column::SigningId.eq(id))
        .exec(&txn)
        .await?;
    insert_sources(&txn, id, &d.sources).await?;
    let after = {
        // The new values as the form writes them, to compare field by field.
        let mut shown = fields_of(&snapshot, &updated);
        let lines: Vec<String> = d
            .sources
            .iter()
            .map(|(label, url)| source_line(label, url.as_ref()))
            .collect();
        shown.insert("sources".into(), lines.join("\n"));
        shown
    };
    let (old, new) = changed_fields(&before, &after);
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "signing.update",
        "signing",
        Some(id.to_string()),
        Some(Value::Object(old)),
        Some(Value::Object(new)),
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-signing-updated")))
}

/// The fields whose value differs, as `(before, after)` JSON objects.
fn changed_fields(
    before: &BTreeMap<String, String>,
    after: &BTreeMap<String, String>,
) -> (Map<String, Value>, Map<String, Value>) {
    let mut old = Map::new();
    let mut new = Map::new();
    for (key, value) in after {
        let was = before.get(key).cloned().unwrap_or_default();
        if &was != value {
            old.insert(key.clone(), json!(was));
            new.insert(key.clone(), json!(value));
        }
    }
    (old, new)
}

fn apply(active: &mut signing::ActiveModel, d: &SigningDetails) {
    let precision = d.date.precision();
    active.signed_on = Set(d.date.first_day().and_then(to_date));
    active.date_precision = Set(precision.as_str().to_owned());
    active.not_before = Set(d.bounds.not_before.and_then(to_date));
    active.not_after = Set(d.bounds.not_after.and_then(to_date));
    active.tie_position = Set(d.position);
    active.event = Set(d.event.clone());
    active.place = Set(d.place.clone());
    active.signed_by_name = Set(d.signed_by_name.clone());
    active.signed_by_title = Set(d.signed_by_title.clone());
    active.council_decision_on = Set(d.council_decision_on.and_then(to_date));
    active.announced_ordinal = Set(d.announced_ordinal.clone());
    active.public_note = Set(d.public_note.clone());
}

/// True when the audit log shows signatory `slug` created in the same transaction as signing
/// `id` (one registration made both).
async fn created_together(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    slug: &str,
) -> Result<bool, sea_orm::DbErr> {
    use crate::ssr::entities::audit_log;
    let Some(registered) = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("signing.create"))
        .filter(audit_log::Column::TargetId.eq(id.to_string()))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("signatory.create"))
        .filter(audit_log::Column::TargetId.eq(slug))
        .filter(audit_log::Column::At.eq(registered.at))
        .one(db)
        .await?
        .is_some())
}

/// Deletes signing `id`, registered by mistake (not a withdrawal: a withdrawn signatory keeps
/// its place; a deleted signing never happened). Needs `confirm` = `yes`. A signatory that the
/// same registration created is deleted with it; one left without any signing otherwise goes
/// back to "committed". One transaction, audited with everything deleted.
///
/// # Errors
/// `NotFound`; database errors (nothing written).
pub async fn delete_signing(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written<String>, AppError> {
    let (snapshot, saved) = load_signing(ctx, id).await?;
    let who = snapshot
        .signatory(saved.signatory_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(form_name(id), f, ctx.lang);
    if form.get("confirm") != "yes" {
        form.fail_with("confirm", "msg-signing-delete-confirm");
        return Ok(form.refused("msg-signing-not-deleted"));
    }
    let before = {
        let mut fields = fields_of(&snapshot, &saved);
        fields.insert("signatory".into(), who.slug.clone());
        fields.insert("range".into(), format!("{:?}", signing_bounds(&saved)));
        fields
    };
    let last = snapshot.signings_of(who.id).count() == 1;
    // A signatory created by the very registration being undone (same transaction, as the
    // audit log shows) goes with it; one that existed before goes back to "committed".
    let created_with_it = last && created_together(ctx.db(), id, &who.slug).await?;
    let txn = begin_write(ctx.db()).await?;
    press_release_signing::Entity::delete_many()
        .filter(press_release_signing::Column::SigningId.eq(id))
        .exec(&txn)
        .await?;
    signing_source::Entity::delete_many()
        .filter(signing_source::Column::SigningId.eq(id))
        .exec(&txn)
        .await?;
    let deleted = signing::Entity::delete_by_id(id).exec(&txn).await?;
    if deleted.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    if created_with_it {
        signatory::Entity::delete_by_id(who.id).exec(&txn).await?;
    } else if last && who.status == SignatoryStatus::Signed {
        let mut active: signatory::ActiveModel = who.clone().into();
        active.status = Set(SignatoryStatus::Committed);
        active.updated_at = Set(ctx.now);
        active.update(&txn).await?;
    }
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "signing.delete",
        "signing",
        Some(id.to_string()),
        Some(json!(before)),
        None,
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved(
        who.slug.clone(),
        t!(ctx.lang, "msg-signing-deleted", name = &who.name),
    ))
}
