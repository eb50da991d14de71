//! A checked signing: the places it will take (the public counting rule, with it added), and its
//! write — signatory, signing, sources and audit record in one transaction; holding it back.

use std::collections::BTreeMap;

use super::*;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ssr::audit::{record, Actor};
use crate::ssr::convert::to_date;
use crate::ssr::db::begin_write;
use crate::ssr::entities::states::{SignatoryKind, SignatoryStatus};
use crate::ssr::entities::{signatory, signing, signing_source};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::registry::Snapshot;
use crate::ssr::state::Ctx;
use crate::t;
use domain::date::Day;
use domain::ordinals::Flag;
use domain::ordinals::SigningFact;
use domain::text::{fold, slugify};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde_json::json;
use time::OffsetDateTime;

/// The id a new signatory stands under in a preview (never a real id).
const PREVIEW_ID: i32 = i32::MIN;

fn preview_model(input: &SigningInput, now: OffsetDateTime) -> signatory::Model {
    match &input.who {
        Who::Existing(model) => (**model).clone(),
        Who::New(new) => signatory::Model {
            id: PREVIEW_ID,
            slug: slugify(&new.name),
            name: new.name.clone(),
            search_name: fold(&new.name),
            kind: new.kind,
            country_code: new.country_code.clone(),
            national_capital: new.national_capital,
            latitude: None,
            longitude: None,
            website: new.website.clone(),
            wikidata_id: None,
            status: SignatoryStatus::Signed,
            withdrawn_on: None,
            withdrawn_reason: None,
            notes: None,
            created_at: now,
            updated_at: now,
        },
    }
}

/// "Vilnius will be the 36th signatory, …": what the counting rule gives this signing.
#[must_use]
pub fn preview(
    input: &SigningInput,
    snapshot: &Snapshot,
    now: OffsetDateTime,
    ui: Lang,
) -> Vec<String> {
    let who = preview_model(input, now);
    let fact = SigningFact {
        signatory_id: who.id,
        name: who.name.clone(),
        country_code: who.country_code.clone(),
        european: Flag::from(snapshot.is_european(&who.country_code).unwrap_or(false)),
        national_capital: Flag::from(who.national_capital),
        eu_capital: None,
        edition: input.edition_slug.clone(),
        date: input.date,
        bounds: input.bounds,
        position: input.position,
    };
    let (places, total) = snapshot.preview(&who, fact, ui);
    let mut lines = Vec::with_capacity(places.len() + 1);
    if places.is_empty() {
        lines.push(t!(ui, "preview-no-place", name = &who.name, total = total));
    } else {
        lines.push(t!(
            ui,
            "preview-places",
            name = &who.name,
            places = &ui.join(&places)
        ));
        lines.push(t!(ui, "preview-total", total = total));
    }
    if places.iter().any(|p| p.contains('–')) {
        lines.push(t!(ui, "preview-range"));
    }
    lines
}

fn unique_slug(snapshot: &Snapshot, new: &NewSignatory) -> String {
    let base = slugify(&new.name);
    let taken = |slug: &str| snapshot.signatories().iter().any(|s| s.slug == slug);
    if !taken(&base) {
        return base;
    }
    let with_country = format!("{base}-{}", new.country_code.to_ascii_lowercase());
    if !taken(&with_country) {
        return with_country;
    }
    (2..)
        .map(|n| format!("{with_country}-{n}"))
        .find(|s| !taken(s))
        .unwrap_or(with_country)
}

/// Inserts a signing's sources `(label, url)` in order.
///
/// # Errors
/// Database errors.
pub async fn insert_sources<C: sea_orm::ConnectionTrait>(
    db: &C,
    signing_id: i32,
    sources: &[(String, Option<String>)],
) -> Result<(), DbErr> {
    if sources.is_empty() {
        return Ok(());
    }
    let rows = (1..)
        .zip(sources)
        .map(|(position, (label, url))| signing_source::ActiveModel {
            signing_id: Set(signing_id),
            position: Set(position),
            label: Set(label.clone()),
            url: Set(url.clone()),
            ..Default::default()
        });
    signing_source::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

/// A new signatory row (not yet inserted).
#[must_use]
#[allow(clippy::too_many_arguments)]
pub fn new_signatory(
    slug: &str,
    name: &str,
    kind: SignatoryKind,
    country_code: &str,
    national_capital: bool,
    website: Option<String>,
    status: SignatoryStatus,
    now: OffsetDateTime,
) -> signatory::ActiveModel {
    signatory::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        search_name: Set(fold(name)),
        kind: Set(kind),
        country_code: Set(country_code.to_owned()),
        national_capital: Set(national_capital),
        latitude: Set(None),
        longitude: Set(None),
        website: Set(website),
        wikidata_id: Set(None),
        status: Set(status),
        withdrawn_on: Set(None),
        withdrawn_reason: Set(None),
        notes: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// Reads a posted signing form against `snapshot`: the checked signing, or `None` with the
/// errors in the returned reader's form.
#[must_use]
pub fn read_signing<'a>(
    f: &'a BTreeMap<String, String>,
    snapshot: &Snapshot,
    lang: Lang,
) -> (Option<SigningInput>, FormReader<'a>) {
    let mut form = FormReader::new("signing", f, lang);
    form.form.values.remove("_preview");
    let input = parse_signing(&mut form, snapshot);
    (input, form)
}

/// Registers the posted signing: saved with the new signing's id, or refused with the form.
///
/// # Errors
/// Database errors (nothing written).
pub async fn register(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<i32>, AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let (input, mut form) = read_signing(f, &snapshot, ctx.lang);
    // Registered from an application (`/admin/signings/new?application=12`): it is linked in
    // the signing's transaction, and only while it is open.
    let application = match form.get("application").as_str() {
        "" => None,
        raw => {
            let id = raw.parse::<i32>().ok();
            if id.is_none() {
                form.fail_with("signatory", "msg-app-gone");
            }
            id
        }
    };
    let Some(input) = input.filter(|_| form.ok()) else {
        return Ok(form.refused("msg-signing-not-saved"));
    };
    match save_signing(ctx.db(), &snapshot, &input, application, ctx.actor, ctx.now).await? {
        Some(id) => Ok(Written::Saved {
            value: id,
            notice: None,
        }),
        None => {
            form.fail_with("signatory", "msg-app-gone");
            Ok(form.refused("msg-signing-not-saved"))
        }
    }
}

/// Saves the signing (and its new signatory, sources and audit record) in one transaction,
/// linked to `application` when it was registered from one. Returns the new signing's id, or
/// `None` (nothing written) when that application is no longer open.
///
/// # Errors
/// Database errors; nothing is written then.
pub async fn save_signing(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    input: &SigningInput,
    application: Option<i32>,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<Option<i32>, DbErr> {
    let txn = begin_write(db).await?;
    let signatory_id = match &input.who {
        Who::Existing(model) => {
            if model.status == SignatoryStatus::Committed {
                let mut active: signatory::ActiveModel = (**model).clone().into();
                active.status = Set(SignatoryStatus::Signed);
                active.updated_at = Set(now);
                active.update(&txn).await?;
                record(
                    &txn,
                    now,
                    actor,
                    "signatory.status",
                    "signatory",
                    Some(model.slug.clone()),
                    Some(json!({"status": "committed"})),
                    Some(json!({"status": "signed"})),
                )
                .await?;
            }
            model.id
        }
        Who::New(new) => {
            let slug = unique_slug(snapshot, new);
            let created = new_signatory(
                &slug,
                &new.name,
                new.kind,
                &new.country_code,
                new.national_capital,
                new.website.clone(),
                SignatoryStatus::Signed,
                now,
            )
            .insert(&txn)
            .await?;
            record(
                &txn,
                now,
                actor,
                "signatory.create",
                "signatory",
                Some(slug),
                None,
                Some(
                    json!({"name": new.name, "country": new.country_code, "kind": new.kind,
                    "national_capital": new.national_capital, "website": new.website}),
                ),
            )
            .await?;
            created.id
        }
    };
    let precision = input.date.precision();
    let created = signing::ActiveModel {
        signatory_id: Set(signatory_id),
        edition_id: Set(input.edition_id),
        edition_confirmed: Set(input.edition_confirmed),
        signed_on: Set(input.date.first_day().and_then(to_date)),
        date_precision: Set(precision.as_str().to_owned()),
        tie_position: Set(input.position),
        event: Set(input.event.clone()),
        place: Set(input.place.clone()),
        signed_by_name: Set(input.signed_by_name.clone()),
        signed_by_title: Set(input.signed_by_title.clone()),
        council_decision_on: Set(input.council_decision_on.and_then(to_date)),
        confidence: Set("high".into()),
        announced_ordinal: Set(input.announced_ordinal.clone()),
        notes: Set(None),
        not_before: Set(input.bounds.not_before.and_then(to_date)),
        not_after: Set(input.bounds.not_after.and_then(to_date)),
        public_note: Set(input.public_note.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    insert_sources(&txn, created.id, &input.sources).await?;
    if let Some(application) = application {
        let linked =
            crate::ssr::process::pipeline::link_signing(&txn, application, created.id, now, actor)
                .await?;
        if !linked {
            txn.rollback().await?;
            return Ok(None);
        }
    }
    record(
        &txn,
        now,
        actor,
        "signing.create",
        "signing",
        Some(created.id.to_string()),
        None,
        Some(
            json!({"signatory_id": signatory_id, "edition": input.edition_slug,
            "date": input.date.iso(), "not_before": input.bounds.not_before.map(Day::iso),
            "not_after": input.bounds.not_after.map(Day::iso), "position": input.position, "event": input.event,
            "signed_by": input.signed_by_name, "sources": input.sources.len(),
            "announced_ordinal": input.announced_ordinal}),
        ),
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, now, actor).await?;
    Ok(Some(created.id))
}

/// Holds a signing back from the public, or releases it; audited (and, being public data,
/// the registry version moves with it, so caches follow at once).
///
/// # Errors
/// `NotFound`; database errors (nothing written then).
pub async fn set_held(
    db: &DatabaseConnection,
    id: i32,
    held: bool,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<(), crate::error::AppError> {
    let txn = begin_write(db).await?;
    let changed = signing::Entity::update_many()
        .col_expr(signing::Column::Held, sea_orm::sea_query::Expr::value(held))
        .col_expr(
            signing::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(signing::Column::Id.eq(id))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed != 1 {
        txn.rollback().await?;
        return Err(crate::error::AppError::NotFound);
    }
    record(
        &txn,
        now,
        actor,
        if held {
            "signing.hold"
        } else {
            "signing.release"
        },
        "signing",
        Some(id.to_string()),
        Some(json!({"held": !held})),
        Some(json!({"held": held})),
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, now, actor).await?;
    Ok(())
}
