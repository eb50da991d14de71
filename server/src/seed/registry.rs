//! The known signatories, their signings with sources, and the announced statements.

use super::*;
use app::ssr::convert::to_date;
use app::ssr::entities::states::{SignatoryKind, SignatoryStatus};
use app::ssr::entities::{
    announced_statement, edition, signatory, signing, signing_source, unidentified_signatory,
};
use domain::date::PartialDate;
use domain::text::{fold, slugify};
use sea_orm::{ActiveValue::Set, DbErr, EntityTrait};
use serde::Deserialize;
use time::OffsetDateTime;

pub(super) const SIGNINGS: &str = include_str!("../../seed/signings.csv");

pub(super) const STATEMENTS: &str = include_str!("../../seed/announced-statements.csv");

pub(super) const UNIDENTIFIED: &str = include_str!("../../seed/unidentified.csv");
/// Every name a signatory goes by: per language and local (`names.csv`).
pub(super) const NAMES: &str = include_str!("../../seed/names.csv");

#[derive(Deserialize)]
pub(super) struct SigningRow {
    name: String,
    kind: String,
    country_code: String,
    national_capital: String,
    latitude: f64,
    longitude: f64,
    signed_on: String,
    date_precision: String,
    edition: String,
    edition_confirmed: String,
    event: String,
    place: String,
    signed_by_name: String,
    signed_by_title: String,
    council_decision_on: String,
    source_url: String,
    confidence: String,
    announced_ordinal: String,
    notes: String,
    not_before: String,
    not_after: String,
    public_note: String,
    /// Further source URLs, separated by `;` (after `source_url`, the best one).
    more_sources: String,
}

#[derive(Deserialize)]
pub(super) struct StatementRow {
    kind: String,
    subject: String,
    statement: String,
    event_date: String,
    source: String,
    note: String,
    claims: String,
}

#[derive(Deserialize)]
pub(super) struct UnidentifiedRow {
    count: u32,
    not_before: String,
    not_after: String,
    european: String,
    national_capital: String,
    eu_capital: String,
    edition: String,
    /// The row (1-based) of the statement that implies them in `announced-statements.csv`.
    statement_row: usize,
    derivation: String,
}

pub(super) fn text(value: String) -> Option<String> {
    let value = value.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// The host of a source URL, as its label ("eurocities.eu"); a page of this site (a press
/// release in the newsroom) is labelled as such.
pub(super) fn source_label(url: &str) -> String {
    if url.starts_with("/newsroom/") {
        return "Eurocities press release (newsroom)".to_owned();
    }
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or(url);
    host.trim_start_matches("www.").to_owned()
}

pub(super) async fn signatories(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    let now = OffsetDateTime::now_utc();
    let editions = edition::Entity::find().all(tx).await?;
    let mut ids = std::collections::HashMap::new();
    for row in csv::Reader::from_reader(SIGNINGS.as_bytes()).deserialize::<SigningRow>() {
        let row = row.map_err(bad_seed)?;
        let date = PartialDate::parse(&row.signed_on).map_err(bad_seed)?;
        if date.precision().as_str() != row.date_precision {
            return Err(bad_seed(format!(
                "{}: precision {} does not match {:?}",
                row.name, row.date_precision, row.signed_on
            )));
        }
        let edition_id = editions
            .iter()
            .find(|e| e.slug == row.edition)
            .map(|e| e.id)
            .ok_or_else(|| bad_seed(format!("unknown edition {}", row.edition)))?;
        let bound = |raw: &str| -> Result<Option<sea_orm::prelude::TimeDate>, DbErr> {
            if raw.is_empty() {
                return Ok(None);
            }
            Ok(to_date(domain::date::Day::parse(raw).map_err(bad_seed)?))
        };
        let (not_before, not_after) = (bound(&row.not_before)?, bound(&row.not_after)?);
        let bounds = domain::ordinals::Bounds {
            not_before: not_before.and_then(app::ssr::convert::from_date),
            not_after: not_after.and_then(app::ssr::convert::from_date),
        };
        domain::ordinals::Span::of(date, bounds)
            .map_err(|e| bad_seed(format!("{}: {e}", row.name)))?;
        // A signatory with several signings (Dortmund) has one row per signing.
        let signatory_id = if let Some(id) = ids.get(&row.name) {
            *id
        } else {
            signatory::Entity::insert(signatory::ActiveModel {
                slug: Set(slugify(&row.name)),
                name: Set(row.name.clone()),
                search_name: Set(fold(&row.name)),
                kind: Set(SignatoryKind::parse(&row.kind)
                    .ok_or_else(|| bad_seed(format!("kind {:?}", row.kind)))?),
                country_code: Set(row.country_code),
                national_capital: Set(row.national_capital == "yes"),
                latitude: Set(Some(row.latitude)),
                longitude: Set(Some(row.longitude)),
                status: Set(SignatoryStatus::Signed),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
            .exec(tx)
            .await?
            .last_insert_id
        };
        ids.insert(row.name.clone(), signatory_id);
        let council = PartialDate::parse(&row.council_decision_on).map_err(bad_seed)?;
        let signing_id = signing::Entity::insert(signing::ActiveModel {
            signatory_id: Set(signatory_id),
            edition_id: Set(edition_id),
            edition_confirmed: Set(row.edition_confirmed == "yes"),
            signed_on: Set(date.first_day().and_then(to_date)),
            date_precision: Set(date.precision().as_str().to_owned()),
            event: Set(text(row.event)),
            place: Set(text(row.place)),
            signed_by_name: Set(text(row.signed_by_name)),
            signed_by_title: Set(text(row.signed_by_title)),
            council_decision_on: Set(council.first_day().and_then(to_date)),
            confidence: Set(row.confidence),
            announced_ordinal: Set(text(row.announced_ordinal)),
            notes: Set(text(row.notes)),
            not_before: Set(not_before),
            not_after: Set(not_after),
            public_note: Set(text(row.public_note)),
            from_seed: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?
        .last_insert_id;
        let urls = std::iter::once(row.source_url.as_str())
            .chain(row.more_sources.split(';'))
            .map(str::trim)
            .filter(|u| !u.is_empty());
        for (position, url) in (1..).zip(urls) {
            signing_source::Entity::insert(signing_source::ActiveModel {
                signing_id: Set(signing_id),
                position: Set(position),
                label: Set(source_label(url)),
                url: Set(Some(url.to_owned())),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
    }
    let mut statement_ids = Vec::new();
    for row in csv::Reader::from_reader(STATEMENTS.as_bytes()).deserialize::<StatementRow>() {
        let row = row.map_err(bad_seed)?;
        let signatory_id = match text(row.subject) {
            Some(name) => Some(
                *ids.get(&name)
                    .ok_or_else(|| bad_seed(format!("statement about unknown {name}")))?,
            ),
            None => None,
        };
        // "2020/2022" is not a date: kept as text, with no day.
        let event_on = PartialDate::parse(&row.event_date)
            .ok()
            .and_then(|d| d.first_day())
            .and_then(to_date);
        let claims = text(row.claims);
        if let Some(claims) = &claims {
            domain::ordinals::statements::parse_claims(claims, signatory_id)
                .map_err(|e| bad_seed(format!("claims {claims:?}: {e}")))?;
        }
        let id = announced_statement::Entity::insert(announced_statement::ActiveModel {
            kind: Set(row.kind),
            signatory_id: Set(signatory_id),
            statement: Set(row.statement),
            event_date_text: Set(row.event_date),
            event_on: Set(event_on),
            source: Set(row.source),
            note: Set(text(row.note)),
            claims: Set(claims),
            set_aside_reason: Set(None),
            ..Default::default()
        })
        .exec(tx)
        .await?
        .last_insert_id;
        statement_ids.push(id);
    }
    unidentified(tx, &editions, &statement_ids, now).await
}

/// The unidentified signatories the statements imply (the derivation of each group is in its
/// row and in seed/README.md).
async fn unidentified(
    tx: &sea_orm::DatabaseTransaction,
    editions: &[edition::Model],
    statement_ids: &[i32],
    now: OffsetDateTime,
) -> Result<(), DbErr> {
    use domain::ordinals::Flag;
    for row in csv::Reader::from_reader(UNIDENTIFIED.as_bytes()).deserialize::<UnidentifiedRow>() {
        let row = row.map_err(bad_seed)?;
        let day = |raw: &str| domain::date::Day::parse(raw).map_err(bad_seed).map(to_date);
        let flag = |raw: &str| {
            Flag::parse(raw)
                .map(|f| f.as_str().to_owned())
                .ok_or_else(|| bad_seed(format!("flag {raw:?}")))
        };
        let edition_id = editions
            .iter()
            .find(|e| e.slug == row.edition)
            .map(|e| e.id)
            .ok_or_else(|| bad_seed(format!("unknown edition {}", row.edition)))?;
        let statement_id = statement_ids
            .get(row.statement_row.wrapping_sub(1))
            .copied()
            .ok_or_else(|| bad_seed(format!("statement row {}", row.statement_row)))?;
        for _ in 0..row.count {
            unidentified_signatory::Entity::insert(unidentified_signatory::ActiveModel {
                not_before: Set(day(&row.not_before)?),
                not_after: Set(day(&row.not_after)?),
                european: Set(flag(&row.european)?),
                national_capital: Set(flag(&row.national_capital)?),
                eu_capital: Set(flag(&row.eu_capital)?),
                edition_id: Set(edition_id),
                statement_id: Set(Some(statement_id)),
                derivation: Set(row.derivation.clone()),
                created_at: Set(now),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
    }
    Ok(())
}

#[derive(serde::Deserialize)]
struct NameRow {
    signatory: String,
    lang: String,
    name: String,
    local: String,
}

/// The other names of the seeded signatories (`names.csv`, by English name). A signatory that
/// already has names (staff gave them) keeps its own; one the database does not have (deleted by
/// staff) is passed over. Applied once, also to databases seeded before names existed.
pub(super) async fn names(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    use app::ssr::entities::signatory_name;
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
    let mut rows: Vec<NameRow> = Vec::new();
    for row in csv::Reader::from_reader(NAMES.as_bytes()).deserialize::<NameRow>() {
        let row = row.map_err(bad_seed)?;
        if !matches!(row.local.as_str(), "yes" | "no") || row.lang.is_empty() || row.name.is_empty()
        {
            return Err(bad_seed(format!(
                "names.csv: {} {}",
                row.signatory, row.lang
            )));
        }
        rows.push(row);
    }
    let mut changed = false;
    for who in signatory::Entity::find().all(tx).await? {
        let own: Vec<&NameRow> = rows.iter().filter(|r| r.signatory == who.name).collect();
        let named = signatory_name::Entity::find()
            .filter(signatory_name::Column::SignatoryId.eq(who.id))
            .count(tx)
            .await?;
        if own.is_empty() || named > 0 {
            continue;
        }
        for row in own {
            signatory_name::Entity::insert(signatory_name::ActiveModel {
                signatory_id: Set(who.id),
                lang: Set(row.lang.clone()),
                name: Set(row.name.clone()),
                local: Set(row.local == "yes"),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
        changed = true;
    }
    if changed {
        app::ssr::audit::bump_registry_version(tx).await?;
    }
    Ok(())
}
