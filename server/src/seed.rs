//! The starting data, shipped in `server/seed/` and applied once per set.
//!
//! Each set runs in one transaction that first records its marker, so it is applied exactly
//! once even when several app servers start together, and a later start never overwrites
//! what staff have changed since.

use app::model::SectionKind;
use app::ssr::entities::{
    country, edition, edition_item, edition_section, eu_membership, seed_marker,
};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, TransactionTrait};
use serde::Deserialize;
use time::{macros::format_description, Date, OffsetDateTime};

const COUNTRIES: &str = include_str!("../seed/countries.csv");
const EU_MEMBERSHIP: &str = include_str!("../seed/eu-membership.csv");
const EDITIONS: &str = include_str!("../seed/editions.json");

/// What a seed run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub applied: Vec<&'static str>,
    pub skipped: Vec<&'static str>,
}

#[derive(Deserialize)]
struct CountryRow {
    code: String,
    name: String,
    european: String,
}

#[derive(Deserialize)]
struct MembershipRow {
    country_code: String,
    joined_on: String,
    left_on: String,
}

#[derive(Deserialize)]
struct EditionSeed {
    slug: String,
    title: String,
    subtitle: String,
    language: String,
    first_published: String,
    last_updated: Option<String>,
    published_on: String,
    is_current: bool,
    preamble_missing: bool,
    editorial_note: Option<String>,
    sections: Vec<SectionSeed>,
}

#[derive(Deserialize)]
struct SectionSeed {
    kind: String,
    key: String,
    heading: Option<String>,
    paragraphs: Vec<String>,
    items: Vec<String>,
    footnote_marker: Option<String>,
}

fn bad_seed(what: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("seed data: {what}"))
}

fn date(raw: &str) -> Result<Date, DbErr> {
    Date::parse(raw, format_description!("[year]-[month]-[day]"))
        .map_err(|e| bad_seed(format!("date {raw:?}: {e}")))
}

type SeedFn = for<'a> fn(
    &'a sea_orm::DatabaseTransaction,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<(), DbErr>> + Send + 'a>,
>;

/// Applies every seed set not yet applied.
///
/// # Errors
/// A database error, or malformed seed files (a build mistake caught by the tests).
pub async fn run(db: &DatabaseConnection) -> Result<SeedReport, DbErr> {
    let sets: [(&'static str, SeedFn); 2] = [
        ("countries-v1", |tx| Box::pin(countries(tx))),
        ("editions-v1", |tx| Box::pin(editions(tx))),
    ];
    let mut report = SeedReport::default();
    for (name, apply) in sets {
        if seed_marker::Entity::find_by_id(name)
            .one(db)
            .await?
            .is_some()
        {
            report.skipped.push(name);
            continue;
        }
        let tx = db.begin().await?;
        let outcome = async {
            seed_marker::Entity::insert(seed_marker::ActiveModel {
                name: Set(name.to_owned()),
                applied_at: Set(OffsetDateTime::now_utc()),
            })
            .exec(&tx)
            .await?;
            apply(&tx).await
        }
        .await;
        match outcome {
            Ok(()) => {
                tx.commit().await?;
                tracing::info!(seed = name, "seed applied");
                report.applied.push(name);
            }
            Err(err) => {
                tx.rollback().await?;
                // Another server may have applied the same set at the same moment.
                if seed_marker::Entity::find_by_id(name)
                    .one(db)
                    .await?
                    .is_some()
                {
                    report.skipped.push(name);
                } else {
                    return Err(err);
                }
            }
        }
    }
    Ok(report)
}

async fn countries(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
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

async fn editions(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    let seeds: Vec<EditionSeed> = serde_json::from_str(EDITIONS).map_err(bad_seed)?;
    let now = OffsetDateTime::now_utc();
    for seed in seeds {
        let inserted = edition::Entity::insert(edition::ActiveModel {
            slug: Set(seed.slug),
            title: Set(seed.title),
            subtitle: Set(seed.subtitle),
            language: Set(seed.language),
            status: Set(app::ssr::queries::PUBLISHED.to_owned()),
            first_published: Set(seed.first_published),
            last_updated: Set(seed.last_updated),
            published_on: Set(Some(date(&seed.published_on)?)),
            is_current: Set(seed.is_current),
            preamble_missing: Set(seed.preamble_missing),
            editorial_note: Set(seed.editorial_note),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?;
        for (position, section) in (1..).zip(seed.sections) {
            if SectionKind::parse(&section.kind).is_none() {
                return Err(bad_seed(format!("unknown section kind {:?}", section.kind)));
            }
            let body = (!section.paragraphs.is_empty()).then(|| section.paragraphs.join("\n\n"));
            let section_id = edition_section::Entity::insert(edition_section::ActiveModel {
                edition_id: Set(inserted.last_insert_id),
                position: Set(position),
                kind: Set(section.kind),
                key: Set(section.key),
                heading: Set(section.heading),
                body: Set(body),
                footnote_marker: Set(section.footnote_marker),
                ..Default::default()
            })
            .exec(tx)
            .await?
            .last_insert_id;
            let items: Vec<_> = (1..)
                .zip(section.items)
                .map(|(position, text)| edition_item::ActiveModel {
                    section_id: Set(section_id),
                    position: Set(position),
                    text: Set(text),
                    ..Default::default()
                })
                .collect();
            if !items.is_empty() {
                edition_item::Entity::insert_many(items).exec(tx).await?;
            }
        }
    }
    Ok(())
}
