//! Countries, EU membership periods and the Integrating Cities conferences.

use super::*;
use app::ssr::entities::{conference, country, eu_membership};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DbErr, EntityTrait};
use serde::Deserialize;

pub(super) const COUNTRIES: &str = include_str!("../../seed/countries.csv");

pub(super) const EU_MEMBERSHIP: &str = include_str!("../../seed/eu-membership.csv");

#[derive(Deserialize)]
pub(super) struct CountryRow {
    code: String,
    name: String,
    european: String,
}

#[derive(Deserialize)]
pub(super) struct MembershipRow {
    country_code: String,
    joined_on: String,
    left_on: String,
}

pub(super) async fn countries(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    let mut rows = Vec::new();
    for row in csv::Reader::from_reader(COUNTRIES.as_bytes()).deserialize::<CountryRow>() {
        let row = row.map_err(bad_seed)?;
        rows.push(country::ActiveModel {
            code: Set(row.code),
            name: Set(row.name),
            european: Set(row.european == "yes"),
        });
    }
    country::Entity::insert_many(rows).exec(tx).await?;
    let mut periods = Vec::new();
    for row in csv::Reader::from_reader(EU_MEMBERSHIP.as_bytes()).deserialize::<MembershipRow>() {
        let row = row.map_err(bad_seed)?;
        periods.push(eu_membership::ActiveModel {
            country_code: Set(row.country_code),
            joined_on: Set(date(&row.joined_on)?),
            left_on: Set(if row.left_on.is_empty() {
                None
            } else {
                Some(date(&row.left_on)?)
            }),
            ..Default::default()
        });
    }
    eu_membership::Entity::insert_many(periods).exec(tx).await?;
    Ok(())
}

pub(super) async fn conferences(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    #[derive(serde::Deserialize)]
    struct Row {
        number: String,
        city: String,
        country_code: String,
        starts_on: String,
        ends_on: String,
        note: String,
    }
    let mut reader =
        csv::Reader::from_reader(include_str!("../../seed/conferences.csv").as_bytes());
    for row in reader.deserialize::<Row>() {
        let row = row.map_err(bad_seed)?;
        for day in
            std::iter::once(&row.starts_on).chain((!row.ends_on.is_empty()).then_some(&row.ends_on))
        {
            domain::date::PartialDate::parse(day).map_err(bad_seed)?;
        }
        conference::ActiveModel {
            number: Set(row.number),
            city: Set(row.city),
            country_code: Set(row.country_code),
            starts_on: Set(row.starts_on),
            ends_on: Set(text(row.ends_on)),
            note: Set(text(row.note)),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    Ok(())
}
