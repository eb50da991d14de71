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
use super::state::Ctx;
use crate::error::AppError;
use crate::model::admin::{FormState, SignatoryAdminRow, SignatoryEdit};
use crate::model::OtherName;
use crate::ssr::entities::states::SignatoryStatus;
use crate::t;

use domain::text::fold;
use sea_orm::{ActiveModelTrait, DbErr, Set};
use serde_json::json;
use std::collections::BTreeMap;

/// The staff list's columns that sort it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListSort {
    #[default]
    Name,
    Country,
    Status,
    Signings,
}

impl ListSort {
    const ALL: [(&'static str, Self); 4] = [
        ("name", Self::Name),
        ("country", Self::Country),
        ("status", Self::Status),
        ("signings", Self::Signings),
    ];
}

/// What the staff list of signatories shows: a name search, a status, a country, an order
/// (`sort=country`, `sort=-signings`: a leading `-` reverses it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub q: String,
    pub status: String,
    pub country: String,
    pub sort: ListSort,
    pub descending: bool,
}

impl ListQuery {
    /// Reads the list's query string: the search, country and status as the public directory
    /// checks them (`DirectoryQuery::parse`), then the staff list's own order.
    ///
    /// # Errors
    /// The message naming the value that does not read.
    pub fn parse(
        q: Option<&str>,
        status: Option<&str>,
        country: Option<&str>,
        sort: Option<&str>,
    ) -> Result<Self, crate::i18n::Msg> {
        let text = |v: Option<&str>| v.map(str::to_owned);
        let checked =
            domain::directory::DirectoryQuery::parse(&domain::directory::DirectoryParams {
                q: text(q),
                status: text(status),
                country: text(country),
                ..Default::default()
            })?;
        let (sort, descending) =
            super::lists::parse_sort(sort, &ListSort::ALL, "msg-param-staff-sort")?;
        Ok(Self {
            q: checked.q.map(|(typed, _)| typed).unwrap_or_default(),
            status: checked.status.unwrap_or_default(),
            country: checked.country.unwrap_or_default(),
            sort,
            descending,
        })
    }

    /// The `sort` value that gives this order (`-name`…).
    #[must_use]
    pub fn sort_value(&self) -> String {
        super::lists::sort_value(self.sort, self.descending, &ListSort::ALL)
    }
}

/// The signatories the staff list shows for `query`: name matched case- and accent-blind (any
/// name the city goes by), then status and country, in the order asked (ties by name).
///
#[must_use]
pub fn signatory_rows(snapshot: &Snapshot, query: &ListQuery) -> Vec<SignatoryAdminRow> {
    let folded = fold(&query.q);
    let mut rows: Vec<SignatoryAdminRow> = snapshot
        .signatories()
        .iter()
        .filter(|s| folded.is_empty() || snapshot.name_matches(s, &folded))
        .filter(|s| query.status.is_empty() || s.status.as_str() == query.status)
        .filter(|s| query.country.is_empty() || s.country_code == query.country)
        .map(|s| SignatoryAdminRow {
            id: s.id,
            slug: s.slug.clone(),
            name: s.name.clone(),
            country: s.country_code.clone(),
            status: s.status.as_str().to_owned(),
            signings: u32::try_from(snapshot.signings_of(s.id).count()).unwrap_or(0),
        })
        .collect();
    rows.sort_by_cached_key(|r| {
        let primary = match query.sort {
            ListSort::Name => String::new(),
            ListSort::Country => r.country.clone(),
            ListSort::Status => r.status.clone(),
            ListSort::Signings => format!("{:010}", r.signings),
        };
        (primary, fold(&r.name))
    });
    if query.descending {
        rows.reverse();
    }
    rows
}

/// The list as a spreadsheet: the columns the screen shows (plus the slug), headed in `lang`,
/// every cell guarded against formulas.
///
/// # Errors
/// CSV writing errors (as text).
pub fn rows_csv(rows: &[SignatoryAdminRow], lang: crate::i18n::Lang) -> Result<String, String> {
    super::lists::write_csv(
        [
            t!(lang, "admin-name"),
            t!(lang, "admin-slug"),
            t!(lang, "admin-country"),
            t!(lang, "admin-status"),
            t!(lang, "admin-signings"),
        ],
        rows.iter().map(|r| {
            [
                r.name.clone(),
                r.slug.clone(),
                r.country.clone(),
                lang.t_or(&format!("status-{}", r.status), &r.status),
                r.signings.to_string(),
            ]
        }),
    )
}

fn signatory_values(s: &signatory::Model, names: &[OtherName]) -> FormState {
    let mut form = FormState::default();
    let (name_fr, local) = names_fields(names);
    form.values.insert("name_fr".into(), name_fr);
    form.values.insert("local_names".into(), local);
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
        (
            "latitude",
            s.latitude.map(|v| v.to_string()).unwrap_or_default(),
        ),
        (
            "longitude",
            s.longitude.map(|v| v.to_string()).unwrap_or_default(),
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
    picked: Picked,
) -> Result<SignatoryEdit, AppError> {
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let model = snapshot.signatory(id).cloned().ok_or(AppError::NotFound)?;
    let names = snapshot.other_names(id);
    let mut form = FormState::shown(
        signatory_values(&model, &names),
        kept,
        format!("signatory-{id}"),
    );
    match picked {
        Picked::Nothing => {}
        Picked::Place(latitude, longitude) => {
            form.values.insert("latitude".into(), latitude.to_string());
            form.values
                .insert("longitude".into(), longitude.to_string());
            form.notice = Some(t!(
                staffed.lang,
                "admin-map-picked",
                latitude = &latitude.to_string(),
                longitude = &longitude.to_string()
            ));
        }
        Picked::NoPoint => form.notice = Some(staffed.lang.t("admin-map-no-point")),
    }
    // Where the coordinates shown fall on the picker's map (its dot).
    let degrees = |k: &str| form.value(k).replace(',', ".").parse::<f64>().ok();
    let marker = degrees("latitude")
        .zip(degrees("longitude"))
        .and_then(|(lat, lon)| domain::map::project(lat, lon))
        .map(|(x, y)| (format!("{x:.1}"), format!("{y:.1}")));
    let its_signings: Vec<(i32, String)> = {
        use super::entities::signing;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        signing::Entity::find()
            .filter(signing::Column::SignatoryId.eq(id))
            .order_by_asc(signing::Column::SignedOn)
            .all(&staffed.state.db)
            .await?
            .into_iter()
            .map(|s| (s.id, staffed.lang.date(super::registry::signing_date(&s))))
            .collect()
    };
    Ok(SignatoryEdit {
        me: staffed.me(),
        id,
        deletable: its_signings.is_empty() && statements_naming(&staffed.state.db, id).await? == 0,
        signings: its_signings,
        slug: model.slug,
        status: model.status.as_str().to_owned(),
        form,
        marker,
        countries: snapshot.country_choices(staffed.lang),
        kinds: super::accounts::kind_choices(staffed.lang),
    })
}

/// A point clicked on the edit screen's map (`?pick.x=…&pick.y=…`, the CSS pixels of the
/// picture, drawn at the base map's own size): the place there, nothing, or `0,0`, which is
/// what a keyboard's Enter on the picture sends (no point was chosen).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Picked {
    Nothing,
    Place(f64, f64),
    NoPoint,
}

impl Picked {
    /// Reads the two coordinates of the click.
    ///
    /// # Errors
    /// `BadRequest` when one is missing, is not a number, or falls outside the map.
    pub fn read(x: Option<&str>, y: Option<&str>) -> Result<Self, AppError> {
        let bad = || AppError::BadRequest(crate::i18n::Msg::new("msg-param-pick"));
        let (x, y) = match (x.map(str::trim), y.map(str::trim)) {
            (None, None) => return Ok(Self::Nothing),
            (Some(x), Some(y)) => (
                x.parse::<u32>().map_err(|_| bad())?,
                y.parse::<u32>().map_err(|_| bad())?,
            ),
            _ => return Err(bad()),
        };
        if (x, y) == (0, 0) {
            return Ok(Self::NoPoint);
        }
        domain::map::unproject(f64::from(x), f64::from(y))
            .map(|(lat, lon)| Self::Place(lat, lon))
            .ok_or_else(bad)
    }
}

/// How many signings (held back ones included) and announced statements name signatory `id`:
/// while any does, deleting it would change or orphan public facts.
async fn references<C: sea_orm::ConnectionTrait>(db: &C, id: i32) -> Result<(u64, u64), DbErr> {
    use super::entities::signing;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let signings = signing::Entity::find()
        .filter(signing::Column::SignatoryId.eq(id))
        .count(db)
        .await?;
    Ok((signings, statements_naming(db, id).await?))
}

/// How many announced statements name signatory `id`.
async fn statements_naming<C: sea_orm::ConnectionTrait>(db: &C, id: i32) -> Result<u64, DbErr> {
    use super::entities::announced_statement;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    announced_statement::Entity::find()
        .filter(announced_statement::Column::SignatoryId.eq(id))
        .count(db)
        .await
}

/// Deletes signatory `id`, added by mistake, once staff ticked the confirmation: only while no
/// signing or statement names it (a city that signed and left is a *withdrawal*, recorded on
/// the same screen, and stays in the record). Its other names go with it; audited with what it
/// was, in one transaction that checks again that nothing names it.
///
/// # Errors
/// `NotFound`; `Internal` on a database error.
pub async fn delete_signatory(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    use super::entities::signatory_name;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    let model = signatory::Entity::find_by_id(id)
        .one(ctx.db())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(format!("signatory-{id}"), f, ctx.lang);
    if form.get("confirm_delete") != "yes" {
        form.fail_with("confirm_delete", "msg-signatory-delete-confirm");
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(ctx.db()).await?;
    // The row locked first (PostgreSQL; SQLite's write transaction is exclusive already): a
    // signing being saved for it meanwhile either committed before (and is counted below) or
    // waits and then finds it gone — never deleted with it by the cascade.
    signatory::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?;
    if references(&txn, id).await? != (0, 0) {
        txn.rollback().await?;
        return Ok(form.refused("msg-signatory-delete-referenced"));
    }
    signatory_name::Entity::delete_many()
        .filter(signatory_name::Column::SignatoryId.eq(id))
        .exec(&txn)
        .await?;
    let deleted = signatory::Entity::delete_by_id(id).exec(&txn).await?;
    if deleted.rows_affected != 1 {
        txn.rollback().await?;
        return Err(AppError::NotFound);
    }
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "signatory.delete",
        "signatory",
        Some(model.slug.clone()),
        Some(
            json!({"name": model.name, "kind": model.kind, "country": model.country_code,
            "status": model.status, "website": model.website}),
        ),
        None,
    )
    .await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, ctx.now, ctx.actor).await?;
    Ok(Written::saved(
        (),
        t!(ctx.lang, "msg-signatory-deleted", name = &model.name),
    ))
}

/// A signatory's details as typed on the edit and create forms; each wrong field gets its error.
fn read_details(form: &mut FormReader<'_>, snapshot: &Snapshot) -> NewSignatory {
    let name = form.get("name");
    if name.is_empty() || name.chars().count() > 120 {
        form.fail_with("name", "msg-name-120");
    }
    read_new_signatory(form, snapshot, name)
}

/// The most other names a signatory keeps.
const MAX_NAMES: usize = 20;

/// The edit form's "French name" and "local names" fields (`nl: Brussel`, one per line) for
/// `names`.
fn names_fields(names: &[OtherName]) -> (String, String) {
    let french = names
        .iter()
        .find(|n| n.lang == "fr" && !n.local)
        .map(|n| n.name.clone())
        .unwrap_or_default();
    let local = names
        .iter()
        .filter(|n| n.local)
        .map(|n| format!("{}: {}", n.lang, n.name))
        .collect::<Vec<_>>()
        .join("\n");
    (french, local)
}

/// A language tag as BCP 47 writes the common ones: `nl`, `sv`, `sr-Latn`, `pt-BR`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The other names typed on the edit form: the French name (field `name_fr`) and the local
/// names (field `local_names`, `language: name` per line). A local name in French is also the
/// French name when none is given apart.
fn read_names(form: &mut FormReader<'_>) -> Vec<OtherName> {
    let mut names: Vec<OtherName> = Vec::new();
    let mut bad_line = None;
    for (i, line) in form.get("local_names").lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match line.split_once(':').map(|(t, n)| (t.trim(), n.trim())) {
            Some((tag, name))
                if is_language_tag(tag) && !name.is_empty() && name.chars().count() <= 120 =>
            {
                if !names.iter().any(|n| n.lang == tag && n.name == name) {
                    names.push(OtherName {
                        lang: tag.to_owned(),
                        name: name.to_owned(),
                        local: true,
                    });
                }
            }
            _ => {
                bad_line.get_or_insert(i + 1);
            }
        }
    }
    if let Some(line) = bad_line {
        let text = t!(form.lang(), "msg-local-names", line = line);
        form.fail("local_names", text);
    }
    if let Some(french) = form.optional("name_fr", 120) {
        if !names.iter().any(|n| n.lang == "fr" && n.name == french) {
            names.insert(
                0,
                OtherName {
                    lang: "fr".into(),
                    name: french,
                    local: false,
                },
            );
        }
    }
    if names.len() > MAX_NAMES {
        let text = t!(form.lang(), "msg-local-names-count", max = MAX_NAMES);
        form.fail("local_names", text);
    }
    names
}

/// Coordinates typed on the edit form: both empty, or a latitude and a longitude in degrees.
fn read_coordinates(form: &mut FormReader<'_>) -> (Option<f64>, Option<f64>) {
    let (lat, lon) = (form.get("latitude"), form.get("longitude"));
    if lat.is_empty() && lon.is_empty() {
        return (None, None);
    }
    let degrees = |raw: &str, max: f64| {
        raw.replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && v.abs() <= max)
    };
    let latitude = degrees(&lat, 90.0);
    let longitude = degrees(&lon, 180.0);
    if latitude.is_none() {
        form.fail_with("latitude", "msg-latitude");
    }
    if longitude.is_none() {
        form.fail_with("longitude", "msg-longitude");
    }
    (latitude, longitude)
}

/// A signatory's other names in one line, for its audit record.
fn names_line(names: &[OtherName]) -> String {
    names
        .iter()
        .map(|n| {
            let local = if n.local { " (local)" } else { "" };
            format!("{}: {}{local}", n.lang, n.name)
        })
        .collect::<Vec<_>>()
        .join("; ")
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
    let old_names = snapshot.other_names(id);
    let before = json!({"name": model.name, "kind": model.kind, "country": model.country_code,
        "national_capital": model.national_capital, "website": model.website, "status": model.status,
        "names": names_line(&old_names), "latitude": model.latitude, "longitude": model.longitude});
    let mut names = None;
    let action = match intent {
        "save" => {
            let details = read_details(&mut form, &snapshot);
            let notes = form.optional("notes", 5000);
            names = Some(read_names(&mut form));
            let (latitude, longitude) = read_coordinates(&mut form);
            active.latitude = Set(latitude);
            active.longitude = Set(longitude);
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
    if let Some(names) = &names {
        replace_names(&txn, id, names).await?;
    }
    let names_after = names_line(names.as_deref().unwrap_or(&old_names));
    record(&txn, now, ctx.actor, action, "signatory", Some(saved.slug.clone()), Some(before),
        Some(json!({"name": saved.name, "kind": saved.kind, "country": saved.country_code,
            "national_capital": saved.national_capital, "website": saved.website, "status": saved.status,
            "withdrawn_reason": saved.withdrawn_reason, "names": names_after,
            "latitude": saved.latitude, "longitude": saved.longitude}))).await?;
    crate::ssr::newsroom::numbers::commit_registry_change(txn, now, ctx.actor).await?;
    Ok(Written::saved((), format!("{} saved.", saved.name)))
}

/// Replaces signatory `id`'s other names by `names` (inside the caller's transaction).
async fn replace_names(
    txn: &sea_orm::DatabaseTransaction,
    id: i32,
    names: &[OtherName],
) -> Result<(), DbErr> {
    use super::entities::signatory_name;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    signatory_name::Entity::delete_many()
        .filter(signatory_name::Column::SignatoryId.eq(id))
        .exec(txn)
        .await?;
    for n in names {
        signatory_name::Entity::insert(signatory_name::ActiveModel {
            signatory_id: Set(id),
            lang: Set(n.lang.clone()),
            name: Set(n.name.clone()),
            local: Set(n.local),
            ..Default::default()
        })
        .exec(txn)
        .await?;
    }
    Ok(())
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
    crate::ssr::newsroom::numbers::commit_registry_change(txn, now, ctx.actor).await?;
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

    #[test]
    fn other_names_and_coordinates_are_read_and_checked() {
        let f = crate::ssr::testing::posted(&[
            ("name_fr", "Bruxelles"),
            (
                "local_names",
                "fr: Bruxelles\r\n\r\n nl : Brussel \nnl: Brussel",
            ),
            ("latitude", "50,8503"),
            ("longitude", "4.3517"),
        ]);
        let mut form = FormReader::new("signatory-1", &f, Lang::En);
        let names = read_names(&mut form);
        let coordinates = read_coordinates(&mut form);
        assert!(form.ok(), "{:?}", form.form.errors);
        assert_eq!(
            names_line(&names),
            "fr: Bruxelles (local); nl: Brussel (local)",
            "a French name that is also local is kept once, as local; repeats are dropped"
        );
        assert_eq!(
            names_fields(&names),
            (String::new(), "fr: Bruxelles\nnl: Brussel".into())
        );
        assert_eq!(coordinates, (Some(50.8503), Some(4.3517)));

        for (field, value, problem) in [
            ("local_names", "Brussel", "msg-local-names"),
            ("local_names", "nl:", "msg-local-names"),
            ("local_names", "Dutch: Brussel", "msg-local-names"),
            ("latitude", "91", "msg-latitude"),
            ("longitude", "east", "msg-longitude"),
        ] {
            let mut bad = f.clone();
            bad.insert(field.into(), value.into());
            let mut form = FormReader::new("signatory-1", &bad, Lang::En);
            read_names(&mut form);
            read_coordinates(&mut form);
            assert_eq!(
                form.form.errors.len(),
                1,
                "{field}={value:?}: {:?}",
                form.form.errors
            );
            assert!(
                form.form.errors[field].starts_with(&Lang::En.t(problem)[..12]),
                "{field}={value:?}: {}",
                form.form.errors[field]
            );
        }
        let only_one = crate::ssr::testing::posted(&[("latitude", "50.85")]);
        let mut form = FormReader::new("signatory-1", &only_one, Lang::En);
        assert_eq!(read_coordinates(&mut form), (Some(50.85), None));
        assert!(
            form.form.errors.contains_key("longitude"),
            "a latitude alone is refused"
        );
    }
}
