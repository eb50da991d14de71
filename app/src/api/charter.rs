//! Reading the charter: editions, their comparison, and the home page summary.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{Comparison, EditionPage, HomeSummary};

/// An edition with its text and the list of published editions; `None` asks for the current one.
///
/// # Errors
/// `BadRequest` for a malformed slug, `NotFound` for an unknown or unpublished edition.
#[server(endpoint = "charter/edition")]
pub async fn get_edition_page(
    slug: Option<String>,
    #[server(default)] lang: crate::i18n::Lang,
) -> Result<EditionPage, AppError> {
    use crate::ssr::{app_state, charter};
    use domain::edition::parse_edition_slug;

    let db = app_state()?.db;
    let slug = match slug {
        Some(raw) => parse_edition_slug(&raw).map_err(|e| AppError::BadRequest(e.into()))?,
        None => charter::current_edition_slug(&db)
            .await?
            .ok_or(AppError::NotFound)?,
    };
    let edition = charter::published_edition_in(&db, &slug, lang.code())
        .await?
        .ok_or(AppError::NotFound)?;
    let editions = charter::published_editions(&db).await?;
    Ok(EditionPage { edition, editions })
}

/// What changed between two published editions; missing sides default to the oldest and the current.
///
/// # Errors
/// `BadRequest` for a malformed slug, `NotFound` for an unknown edition.
#[server(endpoint = "charter/compare")]
pub async fn get_comparison(
    from: Option<String>,
    to: Option<String>,
) -> Result<Comparison, AppError> {
    use crate::ssr::{app_state, charter};
    use domain::{diff::compare, edition::parse_edition_slug};

    let db = app_state()?.db;
    let editions = charter::published_editions(&db).await?;
    let pick = |raw: Option<String>, default: Option<&str>| -> Result<String, AppError> {
        match raw.filter(|r| !r.trim().is_empty()) {
            Some(raw) => parse_edition_slug(&raw).map_err(|e| AppError::BadRequest(e.into())),
            None => default.map(str::to_owned).ok_or(AppError::NotFound),
        }
    };
    let current = editions.iter().find(|e| e.is_current).or(editions.last());
    let from = pick(from, editions.first().map(|e| e.slug.as_str()))?;
    let to = pick(to, current.map(|e| e.slug.as_str()))?;
    let old = charter::published_edition(&db, &from)
        .await?
        .ok_or(AppError::NotFound)?;
    let new = charter::published_edition(&db, &to)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(compare(&old, &new, editions))
}

/// The headline figures of the home page.
///
/// # Errors
/// Only database errors.
#[server(endpoint = "home")]
pub async fn get_home_summary() -> Result<HomeSummary, AppError> {
    use crate::ssr::{app_state, charter};

    let state = app_state()?;
    let db = state.db.clone();
    let snapshot = state.snapshots.current(&db, state.clock.now()).await?;
    let counted = snapshot.count(None);
    let editions = charter::published_editions(&db).await?;
    Ok(HomeSummary {
        signatory_count: counted.totals.signatories,
        headline: crate::ssr::registry::dated(
            crate::ssr::registry::Snapshot::headline(&counted),
            state.clock.now(),
        ),
        latest: snapshot.latest(&counted, 5),
        editions,
    })
}
