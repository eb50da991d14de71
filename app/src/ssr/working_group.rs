//! The working group record: the public view, the staff form, and saving it (checked, one
//! transaction with its audit record, refused when someone else saved in between).

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde_json::json;

use super::accounts::Staffed;
use super::audit::record;
use super::db::begin_write;
use super::entities::working_group;
use super::forms::{parse_url, Written};
use super::state::Ctx;
use crate::error::AppError;
use crate::model::admin::{FormState, WorkingGroupEdit};
use crate::model::{GroupPerson, WorkingGroupView};
use crate::t;
use domain::date::PartialDate;

/// The one working group the site describes.
pub const SLUG: &str = "migration-integration";

/// The text fields staff edit: `(name, maximum characters, required)`.
const FIELDS: [(&str, usize, bool); 14] = [
    ("name", 200, true),
    ("summary", 1_000, true),
    ("body", 20_000, true),
    ("objectives_heading", 200, false),
    ("objectives", 5_000, false),
    ("chair_name", 200, false),
    ("chair_role", 200, false),
    ("vice_chair_name", 200, false),
    ("vice_chair_role", 200, false),
    ("contact_name", 200, false),
    ("contact_role", 200, false),
    ("contact_office", 200, false),
    ("as_of", 10, true),
    ("source_url", 500, false),
];

/// The record.
///
/// # Errors
/// Database errors.
pub async fn load(db: &DatabaseConnection) -> Result<Option<working_group::Model>, DbErr> {
    working_group::Entity::find()
        .filter(working_group::Column::Slug.eq(SLUG))
        .one(db)
        .await
}

fn person(name: &str, role: &str, office: Option<&str>) -> Option<GroupPerson> {
    (!name.trim().is_empty()).then(|| GroupPerson {
        name: name.trim().to_owned(),
        role: role.trim().to_owned(),
        office: office
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned),
    })
}

/// What the public page shows.
#[must_use]
pub fn view(m: &working_group::Model) -> WorkingGroupView {
    WorkingGroupView {
        name: m.name.clone(),
        language: m.language.clone(),
        summary: m.summary.clone(),
        paragraphs: m
            .body
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect(),
        objectives_heading: m.objectives_heading.clone(),
        objectives: m
            .objectives
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        chair: person(&m.chair_name, &m.chair_role, None),
        vice_chair: person(&m.vice_chair_name, &m.vice_chair_role, None),
        contact: person(&m.contact_name, &m.contact_role, Some(&m.contact_office)),
        as_of: m.as_of.clone(),
        source_url: m.source_url.clone(),
    }
}

fn values(m: &working_group::Model) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    for (k, value) in [
        ("name", &m.name),
        ("summary", &m.summary),
        ("body", &m.body),
        ("objectives_heading", &m.objectives_heading),
        ("objectives", &m.objectives),
        ("chair_name", &m.chair_name),
        ("chair_role", &m.chair_role),
        ("vice_chair_name", &m.vice_chair_name),
        ("vice_chair_role", &m.vice_chair_role),
        ("contact_name", &m.contact_name),
        ("contact_role", &m.contact_role),
        ("contact_office", &m.contact_office),
        ("as_of", &m.as_of),
        ("language", &m.language),
    ] {
        v.insert(k.to_owned(), value.clone());
    }
    v.insert(
        "source_url".into(),
        m.source_url.clone().unwrap_or_default(),
    );
    v.insert("version".into(), version(m));
    v
}

/// The record's version as the form carries it: its last save time.
fn version(m: &working_group::Model) -> String {
    m.updated_at.unix_timestamp_nanos().to_string()
}

/// The staff form: the stored record, or the values of a failed post with their errors.
///
/// # Errors
/// `NotFound` without a record; database errors.
pub async fn edit(staffed: &Staffed, kept: FormState) -> Result<WorkingGroupEdit, AppError> {
    let model = load(&staffed.state.db).await?.ok_or(AppError::NotFound)?;
    let stored = FormState::posted("working-group", &values(&model));
    Ok(WorkingGroupEdit {
        me: staffed.me(),
        form: FormState::shown(stored, kept, "working-group".into()),
    })
}

/// Checks the posted fields; the cleaned values, with errors recorded in `form`.
fn check(
    f: &BTreeMap<String, String>,
    form: &mut FormState,
    today: domain::date::Day,
    ui: crate::i18n::Lang,
) -> BTreeMap<String, String> {
    let mut clean = BTreeMap::new();
    for (name, max, required) in FIELDS {
        // Line ends are kept as `\n`; other control characters are refused.
        let value = f
            .get(name)
            .map(|v| v.replace("\r\n", "\n").trim().to_owned())
            .unwrap_or_default();
        if required && value.is_empty() {
            form.fail(name, t!(ui, "msg-required"));
        } else if value.chars().count() > max {
            form.fail(name, t!(ui, "msg-max-chars", max = max));
        } else if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            form.fail(name, t!(ui, "msg-control-chars"));
        }
        clean.insert(name.to_owned(), value);
    }
    match PartialDate::parse(&clean["as_of"]) {
        Ok(PartialDate::Unknown) | Err(_) => {
            form.fail("as_of", t!(ui, "msg-wg-as-of"));
        }
        Ok(date) if date.first_day().is_some_and(|d| d > today) => {
            form.fail("as_of", t!(ui, "msg-wg-as-of-future"));
        }
        Ok(_) => {}
    }
    if !clean["source_url"].is_empty() {
        match parse_url(&clean["source_url"]) {
            Ok(url) => {
                clean.insert("source_url".into(), url);
            }
            Err(e) => form.fail("source_url", e.text(ui)),
        }
    }
    let language = f
        .get("language")
        .map(|l| l.trim().to_owned())
        .unwrap_or_default();
    if crate::i18n::Lang::from_code(&language).is_none() {
        form.fail("language", t!(ui, "msg-wg-language"));
    }
    clean.insert("language".into(), language);
    for (a, b) in [
        ("chair_role", "chair_name"),
        ("vice_chair_role", "vice_chair_name"),
        ("contact_role", "contact_name"),
    ] {
        if !clean[a].is_empty() && clean[b].is_empty() {
            form.fail(b, t!(ui, "msg-wg-person"));
        }
    }
    clean
}

/// Saves the posted form in one transaction with its audit record, then returns to the
/// form with a notice; on bad input or a save by someone else in between, nothing is written
/// and the form comes back with the values and what to correct.
///
/// # Errors
/// `NotFound` without a record; `Internal` on a database error (nothing written).
pub async fn save(ctx: &Ctx<'_>, f: &BTreeMap<String, String>) -> Result<Written, AppError> {
    let (db, now, ui) = (ctx.db(), ctx.now, ctx.lang);
    let model = load(db).await?.ok_or(AppError::NotFound)?;
    let mut form = FormState::posted("working-group", f);
    let clean = check(f, &mut form, super::newsroom::brussels_day(now).0, ui);
    if !form.ok() {
        form.notice = Some(t!(ui, "msg-not-saved"));
        return Ok(Written::Refused(form));
    }
    let txn = begin_write(db).await?;
    // Read again inside the transaction: a save made since the form was opened wins, and
    // this one is refused rather than silently overwriting it.
    let current = working_group::Entity::find_by_id(model.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if f.get("version").map(String::as_str) != Some(version(&current).as_str()) {
        drop(txn);
        form.values.insert("version".into(), version(&current));
        form.notice = Some(t!(ui, "msg-stale"));
        return Ok(Written::Refused(form));
    }
    let before = json!(values(&current));
    let text = |k: &str| clean[k].clone();
    let mut active: working_group::ActiveModel = current.into();
    active.name = Set(text("name"));
    active.language = Set(text("language"));
    active.summary = Set(text("summary"));
    active.body = Set(text("body"));
    active.objectives_heading = Set(text("objectives_heading"));
    active.objectives = Set(text("objectives"));
    active.chair_name = Set(text("chair_name"));
    active.chair_role = Set(text("chair_role"));
    active.vice_chair_name = Set(text("vice_chair_name"));
    active.vice_chair_role = Set(text("vice_chair_role"));
    active.contact_name = Set(text("contact_name"));
    active.contact_role = Set(text("contact_role"));
    active.contact_office = Set(text("contact_office"));
    active.as_of = Set(text("as_of"));
    active.source_url = Set(Some(text("source_url")).filter(|u| !u.is_empty()));
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    let mut after = values(&saved);
    after.remove("version");
    let mut before = before;
    if let Some(map) = before.as_object_mut() {
        map.remove("version");
    }
    record(
        &txn,
        now,
        ctx.actor,
        "working_group.update",
        "working_group",
        Some(saved.slug.clone()),
        Some(before),
        Some(json!(after)),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ui, "msg-wg-saved")))
}
