//! The record on the staff screen `/admin/record`: every announced statement checked against
//! the registry (reproduced, possible, how far off, in conflict, set aside), what each pinned,
//! and the unidentified signatories the statements imply. Staff set a statement aside with a
//! reason, create the unidentified signatories a gap implies, merge one into its named
//! signatory, and add a statement. Each write is one transaction with its audit record.

use std::collections::BTreeMap;

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;

use super::audit::record;
use super::convert::{from_date, to_date};
use super::db::begin_write;
use super::entities::{announced_statement, signatory, signing, unidentified_signatory};
use super::forms::{FormReader, Written};
use super::registry::Snapshot;
use super::state::Ctx;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::model::admin::{RecordStatement, RecordUnidentified};
use crate::ssr::entities::states::SignatoryStatus;
use crate::t;
use domain::date::{Day, PartialDate};
use domain::ordinals::statements::{parse_claims, write_claims, Claim, Status};
use domain::ordinals::{Flag, LAUNCH};

/// The form every action of the screen keeps its errors in.
pub const FORM: &str = "record";

/// Who a signatory id names, for staff ("Lisbon", "unidentified #4").
fn who(snapshot: &Snapshot, id: i32, lang: Lang) -> String {
    if id < 0 {
        return t!(lang, "admin-record-unidentified-n", n = -id);
    }
    snapshot
        .slug_and_name(id)
        .map_or_else(|| id.to_string(), |(_, name)| name)
}

/// "Pinned Lisbon to on or before 17 December 2013."
fn pin_line(snapshot: &Snapshot, lang: Lang, p: &domain::ordinals::statements::Pin) -> String {
    let name = who(snapshot, p.signatory_id, lang);
    match (p.not_before, p.not_after) {
        (Some(d), _) => t!(
            lang,
            "admin-record-pin-after",
            name = &name,
            day = &lang.day(d)
        ),
        (_, d) => t!(
            lang,
            "admin-record-pin-before",
            name = &name,
            day = &day_text(lang, d)
        ),
    }
}

fn day_text(lang: Lang, day: Option<Day>) -> String {
    day.map_or_else(String::new, |d| lang.day(d))
}

/// What one claim's check says, in `lang`.
fn status_line(lang: Lang, claim: &Claim, status: Status) -> String {
    let what = write_claims(std::slice::from_ref(claim));
    match status {
        Status::Reproduced => t!(lang, "admin-record-reproduced", claim = &what),
        Status::Possible { min, max } => t!(
            lang,
            "admin-record-possible",
            claim = &what,
            min = min,
            max = max
        ),
        Status::Differs { min, max } if claim.n() > max => t!(
            lang,
            "admin-record-fewer",
            claim = &what,
            gap = claim.n() - max,
            min = min,
            max = max
        ),
        Status::Differs { min, max } => t!(
            lang,
            "admin-record-more",
            claim = &what,
            gap = min - claim.n(),
            min = min,
            max = max
        ),
        Status::Unchecked => t!(lang, "admin-record-unchecked", claim = &what),
    }
}

/// Every statement with its check, and the unidentified signatories, for the screen.
#[must_use]
pub fn record_view(
    snapshot: &Snapshot,
    lang: Lang,
) -> (Vec<RecordStatement>, Vec<RecordUnidentified>) {
    let counted = snapshot.count(None);
    let statements = snapshot
        .statements()
        .iter()
        .map(|s| {
            let check = counted.checks.iter().find(|c| c.statement_id == s.id);
            let claims_error = s
                .claims
                .as_deref()
                .and_then(|c| parse_claims(c, s.signatory_id).err())
                .map(|e| e.to_string());
            let lines = check
                .map(|c| {
                    c.claims
                        .iter()
                        .map(|(claim, status)| status_line(lang, claim, *status))
                        .collect()
                })
                .unwrap_or_default();
            let pins = check
                .map(|c| c.pins.iter().map(|p| pin_line(snapshot, lang, p)).collect())
                .unwrap_or_default();
            // A gap a count statement leaves can be filled with unidentified signatories.
            let fill = check.and_then(|c| {
                c.claims
                    .iter()
                    .enumerate()
                    .find_map(|(i, (claim, status))| match (claim, status) {
                        (Claim::Total { n, .. }, Status::Differs { max, .. })
                            if n > max && c.conflicts_with.is_empty() =>
                        {
                            Some((i, n - max))
                        }
                        _ => None,
                    })
            });
            let conflicts: Vec<i32> = check.map(|c| c.conflicts_with.clone()).unwrap_or_default();
            let state = if s.set_aside_reason.is_some() {
                "set-aside"
            } else if !conflicts.is_empty() {
                "conflict"
            } else if check.is_some_and(|c| {
                c.claims
                    .iter()
                    .any(|(_, st)| matches!(st, Status::Differs { .. }))
            }) {
                "differs"
            } else if check.is_some_and(|c| {
                !c.claims.is_empty() && c.claims.iter().all(|(_, st)| *st == Status::Reproduced)
            }) {
                "reproduced"
            } else if check.is_some_and(|c| !c.claims.is_empty()) {
                "possible"
            } else {
                "unchecked"
            };
            RecordStatement {
                id: s.id,
                statement: s.statement.clone(),
                date: s.event_date_text.clone(),
                source: s.source.clone(),
                subject: s.signatory_id.map(|id| who(snapshot, id, lang)),
                claims: s.claims.clone().unwrap_or_default(),
                claims_error,
                note: s.note.clone(),
                state: state.to_owned(),
                state_label: lang.t(&format!("admin-record-state-{state}")),
                lines,
                pins,
                conflicts_with: conflicts,
                set_aside: s.set_aside_reason.clone(),
                fill: fill.map(|(i, n)| (u32::try_from(i).unwrap_or(0), n)),
            }
        })
        .collect();
    let unidentified = snapshot
        .unidentified()
        .iter()
        .map(|u| {
            let span = counted.spans.get(&-u.id);
            let place = counted
                .ordinals
                .get(&-u.id)
                .and_then(|o| o.overall)
                .map(|o| lang.ordinal(o))
                .unwrap_or_default();
            RecordUnidentified {
                id: u.id,
                place,
                recorded: range_text(
                    lang,
                    u.not_before.and_then(from_date),
                    u.not_after.and_then(from_date),
                ),
                counted_as: span
                    .map_or_else(String::new, |s| range_text(lang, Some(s.first), s.last)),
                flags: t!(
                    lang,
                    "admin-record-flags",
                    european = &lang.t(&format!("flag-{}", u.european)),
                    capital = &lang.t(&format!("flag-{}", u.national_capital)),
                    eu_capital = &lang.t(&format!("flag-{}", u.eu_capital))
                ),
                derivation: u.derivation.clone(),
                statement_id: u.statement_id,
            }
        })
        .collect();
    (statements, unidentified)
}

fn range_text(lang: Lang, from: Option<Day>, to: Option<Day>) -> String {
    let (from, to) = (from.map(Day::iso), to.map(Day::iso));
    crate::pages::signatories::known_range(lang, from.as_deref(), to.as_deref())
}

/// The statement named by a form's `id`.
fn statement_of(snapshot: &Snapshot, raw: &str) -> Result<announced_statement::Model, AppError> {
    let id: i32 = raw.trim().parse().map_err(|_| AppError::NotFound)?;
    snapshot
        .statements()
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or(AppError::NotFound)
}

/// Sets a statement aside with a reason (it then pins nothing), or uses it again
/// (`restore` = `yes`).
///
/// # Errors
/// `NotFound`; database errors (nothing written).
pub async fn set_aside(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<()>, AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let statement = statement_of(&snapshot, f.get("id").map_or("", String::as_str))?;
    let mut form = FormReader::new(FORM, f, ctx.lang);
    let restore = form.get("restore") == "yes";
    let field = format!("reason-{}", statement.id);
    let reason = if restore {
        None
    } else {
        Some(form.required(&field, 300, "msg-record-reason"))
    };
    if !form.ok() {
        return Ok(form.refused("msg-not-saved"));
    }
    let before = json!({"set_aside_reason": statement.set_aside_reason});
    let txn = begin_write(ctx.db()).await?;
    let mut active: announced_statement::ActiveModel = statement.clone().into();
    active.set_aside_reason = Set(reason.clone());
    active.update(&txn).await?;
    record(
        &txn,
        ctx.now,
        ctx.actor,
        if restore {
            "statement.restore"
        } else {
            "statement.set_aside"
        },
        "announced_statement",
        Some(statement.id.to_string()),
        Some(before),
        Some(json!({"set_aside_reason": reason})),
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-record-saved")))
}

/// Creates the unidentified signatories a count statement's gap implies (the gap is computed
/// again at the moment of writing: a second click creates nothing more).
///
/// # Errors
/// `NotFound`; database errors (nothing written).
pub async fn fill_gap(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<()>, AppError> {
    let form = FormReader::new(FORM, f, ctx.lang);
    let txn = begin_write(ctx.db()).await?;
    // Read inside the write transaction: two clicks at once cannot both fill the same gap.
    super::db::serialize(&txn, super::db::locks::RECORD).await?;
    let snapshot = Snapshot::load(&txn).await?;
    let statement = statement_of(&snapshot, &form.get("id"))?;
    let index: usize = form.get("claim").parse().map_err(|_| AppError::NotFound)?;
    let counted = snapshot.count(None);
    let check = counted
        .checks
        .iter()
        .find(|c| c.statement_id == statement.id)
        .ok_or(AppError::NotFound)?;
    let Some((Claim::Total { as_of, n, .. }, Status::Differs { max, .. })) =
        check.claims.get(index).copied()
    else {
        return Ok(form.refused("msg-record-no-gap"));
    };
    if n <= max || !check.conflicts_with.is_empty() {
        return Ok(form.refused("msg-record-no-gap"));
    }
    // The edition in force on that day (the first one when none was yet).
    let day = as_of.iso();
    let editions = snapshot.editions();
    let edition_id = editions
        .iter()
        .filter(|e| e.first_published.as_str() <= day.as_str())
        .max_by(|a, b| a.first_published.cmp(&b.first_published))
        .or_else(|| {
            editions
                .iter()
                .min_by(|a, b| a.first_published.cmp(&b.first_published))
        })
        .map(|e| e.id)
        .ok_or(AppError::NotFound)?;
    let derivation = t!(
        Lang::En,
        "admin-record-derivation",
        n = n,
        day = &as_of.iso(),
        max = max
    );
    let next_day = Day::new(LAUNCH.year, LAUNCH.month, LAUNCH.day + 1);
    let mut created = Vec::new();
    for _ in 0..(n - max) {
        let row = unidentified_signatory::ActiveModel {
            not_before: Set(next_day.and_then(to_date)),
            not_after: Set(to_date(as_of)),
            european: Set(Flag::Unknown.as_str().to_owned()),
            national_capital: Set(Flag::Unknown.as_str().to_owned()),
            eu_capital: Set(Flag::Unknown.as_str().to_owned()),
            edition_id: Set(edition_id),
            statement_id: Set(Some(statement.id)),
            derivation: Set(derivation.clone()),
            created_at: Set(ctx.now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        created.push(row.id);
    }
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "unidentified.create",
        "unidentified_signatory",
        Some(statement.id.to_string()),
        None,
        Some(json!({"statement": statement.id, "created": created, "not_after": as_of.iso()})),
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved(
        (),
        t!(ctx.lang, "msg-record-created", n = created.len()),
    ))
}

/// Merges an unidentified signatory into the named signatory research found it to be: the
/// unidentified record goes; a named signatory without a signing gets one with the same known
/// dates (so no other place changes). One transaction, audited.
///
/// # Errors
/// `NotFound`; database errors (nothing written).
pub async fn merge(ctx: &Ctx<'_>, f: &BTreeMap<String, String>) -> Result<Written<()>, AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let mut form = FormReader::new(FORM, f, ctx.lang);
    let uid: i32 = form.get("id").parse().map_err(|_| AppError::NotFound)?;
    let Some(unidentified) = snapshot
        .unidentified()
        .iter()
        .find(|u| u.id == uid)
        .cloned()
    else {
        // Only an unidentified signatory can be merged: two named ones never are.
        return Ok({
            form.fail_with(&format!("target-{uid}"), "msg-record-merge-named");
            form.refused("msg-not-saved")
        });
    };
    let field = format!("target-{uid}");
    let target = form
        .get(&field)
        .parse::<i32>()
        .ok()
        .and_then(|id| snapshot.signatory(id))
        .cloned();
    let Some(target) = target else {
        form.fail_with(&field, "msg-signatory-choose");
        return Ok(form.refused("msg-not-saved"));
    };
    let has_signing = snapshot.signings_of(target.id).next().is_some();
    let txn = begin_write(ctx.db()).await?;
    let deleted = unidentified_signatory::Entity::delete_by_id(uid)
        .exec(&txn)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    let mut signing_id = None;
    if !has_signing {
        let made = signing::ActiveModel {
            signatory_id: Set(target.id),
            edition_id: Set(unidentified.edition_id),
            edition_confirmed: Set(false),
            signed_on: Set(None),
            date_precision: Set("unknown".to_owned()),
            confidence: Set("medium".to_owned()),
            not_before: Set(unidentified.not_before),
            not_after: Set(unidentified.not_after),
            notes: Set(Some(unidentified.derivation.clone())),
            from_seed: Set(false),
            held: Set(false),
            created_at: Set(ctx.now),
            updated_at: Set(ctx.now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        signing_id = Some(made.id);
        if target.status == SignatoryStatus::Committed {
            let mut active: signatory::ActiveModel = target.clone().into();
            active.status = Set(SignatoryStatus::Signed);
            active.updated_at = Set(ctx.now);
            active.update(&txn).await?;
        }
    }
    record(&txn, ctx.now, ctx.actor, "unidentified.merge", "signatory", Some(target.slug.clone()),
        Some(json!({"unidentified": uid, "not_before": unidentified.not_before.map(|d| d.to_string()),
            "not_after": unidentified.not_after.map(|d| d.to_string()), "derivation": unidentified.derivation})),
        Some(json!({"signatory": target.slug, "signing": signing_id}))).await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved(
        (),
        t!(ctx.lang, "msg-record-merged", name = &target.name),
    ))
}

/// Adds an announced statement: its words, day, source, the signatory it names (which must
/// be in the registry) and its checkable claims.
///
/// # Errors
/// Database errors (nothing written).
pub async fn add_statement(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<()>, AppError> {
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let mut form = FormReader::new(FORM, f, ctx.lang);
    let statement = form.required("statement", 1000, "msg-record-statement");
    let source = form.required("source", 500, "msg-record-source");
    let date_text = form.required("event_date", 20, "msg-record-date");
    let event_on = match PartialDate::parse(&date_text) {
        Ok(PartialDate::Unknown) => None,
        Ok(d) => d.first_day(),
        Err(e) => {
            form.fail("event_date", Msg::from(e).text(ctx.lang));
            None
        }
    };
    let subject = match form.get("subject").as_str() {
        "" => None,
        raw => {
            let found = raw
                .parse::<i32>()
                .ok()
                .and_then(|id| snapshot.signatory(id))
                .map(|s| s.id);
            if found.is_none() {
                form.fail_with("subject", "msg-record-subject");
            }
            found
        }
    };
    let claims = form.optional("claims", 300);
    if let Some(text) = &claims {
        if let Err(e) = parse_claims(text, subject) {
            form.fail(
                "claims",
                t!(ctx.lang, "msg-record-claims", detail = &e.to_string()),
            );
        }
    }
    if !form.ok() {
        return Ok(form.refused("msg-not-saved"));
    }
    let kind = if subject.is_some() {
        "ordinal"
    } else {
        "count"
    };
    let txn = begin_write(ctx.db()).await?;
    let saved = announced_statement::ActiveModel {
        kind: Set(kind.to_owned()),
        signatory_id: Set(subject),
        statement: Set(statement.clone()),
        event_date_text: Set(date_text.clone()),
        event_on: Set(event_on.and_then(to_date)),
        source: Set(source.clone()),
        note: Set(None),
        claims: Set(claims.clone()),
        set_aside_reason: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(&txn, ctx.now, ctx.actor, "statement.create", "announced_statement", Some(saved.id.to_string()),
        None, Some(json!({"statement": statement, "date": date_text, "source": source, "subject": subject, "claims": claims}))).await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-record-added")))
}
