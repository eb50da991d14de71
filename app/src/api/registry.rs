//! Reading the signatory registry: the directory, profiles and statistics.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{Directory, Profile, Statistics};
use domain::directory::DirectoryParams;

/// A page of the directory for a query string.
///
/// # Errors
/// `BadRequest` naming the parameter that is not valid; `NotFound` for a page past the last.
#[server(endpoint = "registry/directory")]
pub async fn get_directory(params: DirectoryParams) -> Result<Directory, AppError> {
    use crate::ssr::app_state;
    use domain::directory::DirectoryQuery;

    let query = DirectoryQuery::parse(&params).map_err(|e| AppError::BadRequest(e.into()))?;
    let snapshot = {
        let state = app_state()?;
        state
            .snapshots
            .current(&state.db, state.clock.now())
            .await?
    };
    let mut directory = snapshot.directory(&query, crate::i18n::request_lang());
    if directory.page > directory.pages {
        return Err(AppError::NotFound); // "page 99 of 2" is a page that does not exist
    }
    directory.params = params;
    Ok(directory)
}

/// A signatory's profile.
///
/// # Errors
/// `NotFound` for an unknown or malformed slug.
#[server(endpoint = "registry/profile")]
pub async fn get_profile(slug: String) -> Result<Profile, AppError> {
    use crate::ssr::app_state;
    use domain::text::is_slug;

    if !is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let state = app_state()?;
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    let mut profile = snapshot.profile(&slug).ok_or(AppError::NotFound)?;
    profile.site_url = state.site_url.clone();
    profile.headline = crate::ssr::registry::dated(profile.headline, state.clock.now());
    let links = crate::ssr::newsroom::release_signatories(&state.db, &snapshot).await?;
    profile.releases = crate::ssr::newsroom::public_releases(&state.db, state.clock.now())
        .await?
        .iter()
        .map(|r| crate::ssr::newsroom::summary(r, &links, &snapshot))
        .filter(|r| r.signatories.iter().any(|(s, _)| *s == slug))
        .collect();
    let signings: Vec<i32> = snapshot
        .signatories()
        .iter()
        .find(|s| s.slug == slug)
        .map(|who| {
            snapshot
                .signings()
                .iter()
                .filter(|s| s.signatory_id == who.id)
                .map(|s| s.id)
                .collect()
        })
        .unwrap_or_default();
    let lang = crate::i18n::request_lang();
    profile.documents =
        crate::ssr::process::documents::public_documents(&state.db, &signings, lang)
            .await?
            .into_values()
            .flatten()
            .collect();
    profile.photos = crate::ssr::process::media::photos_of(&state.db, &signings).await?;
    profile.coverage = crate::ssr::process::media::coverage_of(&state.db, &signings, lang).await?;
    profile.correction =
        crate::ssr::process::kept_public_form(&crate::ssr::process::corrections::form_name(&slug));
    Ok(profile)
}

/// Totals and breakdowns of the registry.
///
/// # Errors
/// Only database errors.
#[server(endpoint = "registry/statistics")]
pub async fn get_statistics() -> Result<Statistics, AppError> {
    use crate::ssr::app_state;

    Ok({
        let state = app_state()?;
        let now = state.clock.now();
        let mut statistics = state.snapshots.current(&state.db, now).await?.statistics();
        statistics.headline = crate::ssr::registry::dated(statistics.headline, now);
        statistics
    })
}

/// The map: every signatory (full history, signing order), or past a limit the density layer
/// and the count per country.
///
/// # Errors
/// Only database errors.
#[server(endpoint = "registry/map")]
pub async fn get_map() -> Result<crate::model::MapData, AppError> {
    use crate::ssr::app_state;
    use domain::directory::{DirectoryParams, DirectoryQuery};

    let snapshot = {
        let state = app_state()?;
        state
            .snapshots
            .current(&state.db, state.clock.now())
            .await?
    };
    let all = DirectoryQuery::parse(&DirectoryParams::default())
        .map_err(|e| AppError::BadRequest(e.into()))?;
    Ok(snapshot.map_data(&all))
}
