//! The known signatories, their signings with sources, and the announced statements.

use super::*;
use app::ssr::convert::to_date;
use app::ssr::entities::states::{SignatoryKind, SignatoryStatus};
use app::ssr::entities::{announced_statement, edition, signatory, signing, signing_source};
use domain::date::PartialDate;
use domain::text::{fold, slugify};
use sea_orm::{ActiveValue::Set, DbErr, EntityTrait};
use serde::Deserialize;
use time::OffsetDateTime;

pub(super) const SIGNINGS: &str = include_str!("../../seed/signings.csv");

pub(super) const STATEMENTS: &str = include_str!("../../seed/announced-statements.csv");

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
}

#[derive(Deserialize)]
pub(super) struct StatementRow {
    kind: String,
    subject: String,
    statement: String,
    event_date: String,
    source: String,
    note: String,
}

pub(super) fn text(value: String) -> Option<String> {
    let value = value.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// The host of a source URL, as its label ("eurocities.eu").
pub(super) fn source_label(url: &str) -> String {
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
        let signatory_id = signatory::Entity::insert(signatory::ActiveModel {
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
        .last_insert_id;
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
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?
        .last_insert_id;
        if let Some(url) = text(row.source_url) {
            signing_source::Entity::insert(signing_source::ActiveModel {
                signing_id: Set(signing_id),
                position: Set(1),
                label: Set(source_label(&url)),
                url: Set(Some(url)),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
    }
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
        announced_statement::Entity::insert(announced_statement::ActiveModel {
            kind: Set(row.kind),
            signatory_id: Set(signatory_id),
            statement: Set(row.statement),
            event_date_text: Set(row.event_date),
            event_on: Set(event_on),
            source: Set(row.source),
            note: Set(text(row.note)),
            ..Default::default()
        })
        .exec(tx)
        .await?;
    }
    Ok(())
}
