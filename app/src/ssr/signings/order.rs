//! Ordering the signings of one day at once (the founders of 22 February 2010 signed together):
//! one screen lists them with their position on that day, one save sets them all, in one
//! transaction, each signing's change in its own history.

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

use crate::error::AppError;
use crate::i18n::Msg;
use crate::model::admin::{DayOrder, DayOrderRow, FormState};
use crate::ssr::accounts::Staffed;
use crate::ssr::audit::record;
use crate::ssr::convert::to_date;
use crate::ssr::db::begin_write;
use crate::ssr::entities::signing;
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::registry::Snapshot;
use crate::ssr::state::Ctx;
use crate::t;
use domain::date::{Day, PartialDate};

/// The day in the address (`2010-02-22`).
fn parse_day(raw: &str) -> Result<Day, AppError> {
    match PartialDate::parse(raw) {
        Ok(PartialDate::Day(day)) => Ok(day),
        _ => Err(AppError::BadRequest(Msg::new("msg-param-day"))),
    }
}

/// The signings dated exactly `day`, ordered by their position (unset last), then name.
fn signings_of_day(snapshot: &Snapshot, day: Day) -> Vec<(signing::Model, String)> {
    let Some(date) = to_date(day) else {
        return Vec::new();
    };
    let mut rows: Vec<(signing::Model, String)> = snapshot
        .signings()
        .iter()
        .filter(|s| s.date_precision == "day" && s.signed_on == Some(date))
        .filter_map(|s| {
            let (_, name) = snapshot.slug_and_name(s.signatory_id)?;
            Some((s.clone(), name))
        })
        .collect();
    rows.sort_by_key(|(s, name)| (s.tie_position.unwrap_or(i32::MAX), domain::text::fold(name)));
    rows
}

fn form_name(day: Day) -> String {
    format!("day-{}", day.iso())
}

/// The screen ordering the signings of `raw` (a day).
///
/// # Errors
/// `BadRequest` for a day that does not read; `NotFound` when no signing is dated that day;
/// `Internal` on a database error.
pub async fn day_order(
    staffed: &Staffed,
    raw: &str,
    kept: FormState,
) -> Result<DayOrder, AppError> {
    let day = parse_day(raw)?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let signings = signings_of_day(&snapshot, day);
    if signings.is_empty() {
        return Err(AppError::NotFound);
    }
    let mut values = FormState::default();
    for (s, _) in &signings {
        values.values.insert(
            format!("position_{}", s.id),
            s.tie_position.map(|p| p.to_string()).unwrap_or_default(),
        );
    }
    Ok(DayOrder {
        me: staffed.me(),
        day: day.iso(),
        day_text: staffed.lang.day(day),
        rows: signings
            .into_iter()
            .map(|(s, name)| DayOrderRow {
                signing_id: s.id,
                name,
            })
            .collect(),
        form: FormState::shown(values, kept, form_name(day)),
    })
}

/// Sets the position on that day of every signing dated `raw`: each from 1 to their number,
/// each different; refused whole (nothing written) otherwise.
///
/// # Errors
/// `BadRequest`, `NotFound`; `Internal` on a database error (nothing written).
pub async fn save_day_order(
    ctx: &Ctx<'_>,
    raw: &str,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let day = parse_day(raw)?;
    let snapshot = Snapshot::load_at_once(ctx.db()).await?;
    let signings = signings_of_day(&snapshot, day);
    if signings.is_empty() {
        return Err(AppError::NotFound);
    }
    let mut form = FormReader::new(form_name(day), f, ctx.lang);
    let n = i32::try_from(signings.len()).unwrap_or(i32::MAX);
    let mut seen = BTreeSet::new();
    let mut chosen = Vec::new();
    for (s, _) in &signings {
        let field = format!("position_{}", s.id);
        match form.get(&field).parse::<i32>() {
            Ok(p) if (1..=n).contains(&p) => {
                if !seen.insert(p) {
                    form.fail(&field, t!(ctx.lang, "msg-day-order-twice", position = p));
                }
                chosen.push((s, p));
            }
            _ => form.fail(&field, t!(ctx.lang, "msg-day-order-position", n = n)),
        }
    }
    if !form.ok() {
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(ctx.db()).await?;
    let mut changed = 0;
    for (s, p) in chosen {
        if s.tie_position == Some(p) {
            continue;
        }
        // Only if nobody changed it meanwhile: the screen showed this signing as it was.
        let current = signing::Entity::find_by_id(s.id).one(&txn).await?;
        if current.as_ref().map(|c| (c.tie_position, c.signed_on))
            != Some((s.tie_position, s.signed_on))
        {
            txn.rollback().await?;
            return Ok(form.refused("msg-day-order-changed"));
        }
        let mut active: signing::ActiveModel = s.clone().into();
        active.tie_position = Set(Some(p));
        active.updated_at = Set(ctx.now);
        active.update(&txn).await?;
        let before = s.tie_position.map(|p| p.to_string()).unwrap_or_default();
        record(
            &txn,
            ctx.now,
            ctx.actor,
            "signing.update",
            "signing",
            Some(s.id.to_string()),
            Some(json!({"position": before})),
            Some(json!({"position": p.to_string()})),
        )
        .await?;
        changed += 1;
    }
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved(
        (),
        t!(
            ctx.lang,
            "msg-day-order-saved",
            day = &ctx.lang.day(day),
            n = changed
        ),
    ))
}
