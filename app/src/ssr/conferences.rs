//! The Integrating Cities conferences on the staff screens: the list, adding one, editing and
//! deleting one added by mistake. The about page lists them with the signings whose event names
//! them (`Integrating Cities VI, Tampere`): while a signing does, its number stays and it is
//! not deleted, so no public link breaks.

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;
use std::collections::BTreeMap;

use super::accounts::Staffed;
use super::audit::record;
use super::db::begin_write;
use super::entities::conference;
use super::forms::{FormReader, Written};
use super::registry::Snapshot;
use super::state::Ctx;
use crate::error::AppError;
use crate::model::admin::{ConferenceEdit, ConferenceList, ConferenceRow, FormState};
use crate::t;
use domain::date::PartialDate;

/// How many signings name conference `number` in their event.
fn signings_naming(snapshot: &Snapshot, number: &str) -> u32 {
    u32::try_from(snapshot.signings_at_conference(number).count()).unwrap_or(u32::MAX)
}

/// Every conference, oldest first, with how many signings name it.
///
/// # Errors
/// Database errors.
pub async fn conference_list(
    staffed: &Staffed,
    kept: FormState,
) -> Result<ConferenceList, AppError> {
    let db = &staffed.state.db;
    let snapshot = Snapshot::load_at_once(db).await?;
    let rows = conference::Entity::find()
        .order_by_asc(conference::Column::StartsOn)
        .all(db)
        .await?
        .into_iter()
        .map(|c| ConferenceRow {
            id: c.id,
            signings: signings_naming(&snapshot, &c.number),
            title: format!("Integrating Cities {}", c.number),
            place: format!("{}, {}", c.city, snapshot.country_name(&c.country_code)),
            dates: staffed.lang.date_range(&c.starts_on, c.ends_on.as_deref()),
        })
        .collect();
    Ok(ConferenceList {
        me: staffed.me(),
        rows,
        form: FormState::shown(FormState::default(), kept, "conferences".into()),
        countries: snapshot.country_choices(staffed.lang),
    })
}

fn conference_values(c: &conference::Model) -> FormState {
    let mut form = FormState::default();
    for (k, v) in [
        ("number", c.number.clone()),
        ("city", c.city.clone()),
        ("country", c.country_code.clone()),
        ("starts_on", c.starts_on.clone()),
        ("ends_on", c.ends_on.clone().unwrap_or_default()),
        ("note", c.note.clone().unwrap_or_default()),
    ] {
        form.values.insert(k.into(), v);
    }
    form
}

/// Conference `id`'s edit form.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn conference_edit(
    staffed: &Staffed,
    id: i32,
    kept: FormState,
) -> Result<ConferenceEdit, AppError> {
    let db = &staffed.state.db;
    let model = conference::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let snapshot = Snapshot::load_at_once(db).await?;
    Ok(ConferenceEdit {
        me: staffed.me(),
        id,
        title: format!("Integrating Cities {}", model.number),
        signings: signings_naming(&snapshot, &model.number),
        form: FormState::shown(conference_values(&model), kept, format!("conference-{id}")),
        countries: snapshot.country_choices(staffed.lang),
    })
}

/// A conference as typed; each wrong field gets its error.
struct ConferenceInput {
    number: String,
    city: String,
    country: String,
    starts_on: String,
    ends_on: Option<String>,
    note: Option<String>,
}

fn read_conference(form: &mut FormReader<'_>, snapshot: &Snapshot) -> Option<ConferenceInput> {
    let number = form.get("number").to_uppercase();
    if number.is_empty() || number.len() > 10 || !number.chars().all(|c| "IVXLCDM".contains(c)) {
        form.fail_with("number", "msg-conference-number");
    }
    let city = form.required("city", 120, "msg-conference-city");
    let country = form.get("country");
    if snapshot.country_name(&country) == country {
        form.fail_with("country", "msg-conference-country");
    }
    let date = |form: &mut FormReader<'_>, field: &str| {
        let raw = form.get(field);
        if raw.is_empty() {
            return None;
        }
        match PartialDate::parse(&raw) {
            Ok(d) => Some((raw, d)),
            Err(_) => {
                form.fail_with(field, "msg-conference-date");
                None
            }
        }
    };
    if form.get("starts_on").is_empty() {
        form.fail_with("starts_on", "msg-conference-date");
    }
    let starts = date(form, "starts_on");
    let ends = date(form, "ends_on");
    if let (Some((_, s)), Some((_, e))) = (&starts, &ends) {
        if e.last_day() < s.first_day() {
            form.fail_with("ends_on", "msg-conference-ends-before");
        }
    }
    let note = form.optional("note", 1000);
    if !form.ok() {
        return None;
    }
    Some(ConferenceInput {
        number,
        city,
        country,
        starts_on: starts?.0,
        ends_on: ends.map(|(raw, _)| raw),
        note,
    })
}

fn audit_values(c: &ConferenceInput) -> serde_json::Value {
    json!({"number": c.number, "city": c.city, "country": c.country, "starts_on": c.starts_on,
        "ends_on": c.ends_on, "note": c.note})
}

/// Adds a conference (`id` = `None`) or saves conference `id`. Its number is unique; while
/// signings name a conference its number does not change.
///
/// # Errors
/// `NotFound`; `Internal` on a database error (nothing written).
pub async fn save_conference(
    ctx: &Ctx<'_>,
    id: Option<i32>,
    f: &BTreeMap<String, String>,
) -> Result<Written<i32>, AppError> {
    let db = ctx.db();
    let existing = match id {
        Some(id) => Some(
            conference::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let form_id = id.map_or_else(|| "conferences".to_owned(), |id| format!("conference-{id}"));
    let mut form = FormReader::new(form_id, f, ctx.lang);
    let snapshot = Snapshot::load_at_once(db).await?;
    let Some(input) = read_conference(&mut form, &snapshot) else {
        return Ok(form.refused("msg-not-saved"));
    };
    let txn = begin_write(db).await?;
    let taken = conference::Entity::find()
        .filter(conference::Column::Number.eq(input.number.as_str()))
        .one(&txn)
        .await?
        .is_some_and(|c| Some(c.id) != id);
    if taken {
        txn.rollback().await?;
        form.fail(
            "number",
            t!(ctx.lang, "msg-conference-taken", number = &input.number),
        );
        return Ok(form.refused("msg-not-saved"));
    }
    if let Some(old) = existing.as_ref().filter(|old| old.number != input.number) {
        if signings_naming(&snapshot, &old.number) > 0 {
            txn.rollback().await?;
            form.fail_with("number", "msg-conference-number-named");
            return Ok(form.refused("msg-not-saved"));
        }
    }
    let mut active: conference::ActiveModel =
        existing.clone().map_or_else(Default::default, Into::into);
    active.number = Set(input.number.clone());
    active.city = Set(input.city.clone());
    active.country_code = Set(input.country.clone());
    active.starts_on = Set(input.starts_on.clone());
    active.ends_on = Set(input.ends_on.clone());
    active.note = Set(input.note.clone());
    let saved = if existing.is_some() {
        active.update(&txn).await?
    } else {
        active.insert(&txn).await?
    };
    let before = existing.as_ref().map(|c| {
        json!({"number": c.number, "city": c.city, "country": c.country_code,
            "starts_on": c.starts_on, "ends_on": c.ends_on, "note": c.note})
    });
    let action = if existing.is_some() {
        "conference.update"
    } else {
        "conference.create"
    };
    record(
        &txn,
        ctx.now,
        ctx.actor,
        action,
        "conference",
        Some(saved.id.to_string()),
        before,
        Some(audit_values(&input)),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        saved.id,
        t!(ctx.lang, "msg-conference-saved", number = &saved.number),
    ))
}

/// Deletes conference `id`, added by mistake, once confirmed; never while a signing names it.
///
/// # Errors
/// `NotFound`; `Internal` on a database error (nothing written).
pub async fn delete_conference(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let db = ctx.db();
    let model = conference::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(format!("conference-{id}"), f, ctx.lang);
    if form.get("confirm_delete") != "yes" {
        form.fail_with("confirm_delete", "msg-conference-delete-confirm");
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(db).await?;
    if signings_naming(&Snapshot::load(&txn).await?, &model.number) > 0 {
        txn.rollback().await?;
        return Ok(form.refused("msg-conference-delete-named"));
    }
    let deleted = conference::Entity::delete_by_id(id).exec(&txn).await?;
    if deleted.rows_affected != 1 {
        txn.rollback().await?;
        return Err(AppError::NotFound);
    }
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "conference.delete",
        "conference",
        Some(id.to_string()),
        Some(json!({"number": model.number, "city": model.city, "starts_on": model.starts_on})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        (),
        t!(ctx.lang, "msg-conference-deleted", number = &model.number),
    ))
}
