//! The starting data, shipped in `server/seed/` and applied once per set.
//!
//! Each set runs in one transaction that first records its marker, so it is applied exactly
//! once even when several app servers start together, and a later start never overwrites
//! what staff have changed since.

mod charter;
mod content;
mod newsroom;
mod reference;
mod registry;

use app::ssr::entities::seed_marker;
use charter::editions;
use content::{toolkit_diversity, working_group};
use newsroom::press_releases;
use reference::{conferences, countries};
use registry::{names, signatories, text};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, TransactionTrait};
use time::{macros::format_description, Date, OffsetDateTime};

/// What a seed run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub applied: Vec<&'static str>,
    pub skipped: Vec<&'static str>,
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
    let sets: [(&'static str, SeedFn); 8] = [
        ("countries-v1", |tx| Box::pin(countries(tx))),
        ("editions-v1", |tx| Box::pin(editions(tx))),
        ("signatories-v1", |tx| Box::pin(signatories(tx))),
        ("press-releases-v1", |tx| Box::pin(press_releases(tx))),
        ("conferences-v1", |tx| Box::pin(conferences(tx))),
        ("toolkit-diversity-v1", |tx| Box::pin(toolkit_diversity(tx))),
        ("working-group-v1", |tx| Box::pin(working_group(tx))),
        ("signatory-names-v1", |tx| Box::pin(names(tx))),
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
