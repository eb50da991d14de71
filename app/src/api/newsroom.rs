//! Reading the newsroom. Everything here goes through the embargo rule of `ssr::newsroom`.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{Newsroom, Release};

/// A page of public press releases, newest first, filtered by year and country.
///
/// # Errors
/// `BadRequest` naming the parameter that is not valid.
#[server(endpoint = "newsroom/list")]
pub async fn get_newsroom(
    year: Option<String>,
    country: Option<String>,
    page: Option<String>,
) -> Result<Newsroom, AppError> {
    use crate::ssr::app_state;
    use crate::ssr::newsroom::{
        brussels_day, public_releases, release_signatories, summary, NEWSROOM_PAGE_SIZE,
    };
    use domain::directory::encode;

    let present = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let year = match present(year) {
        Some(y) => Some(
            y.parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y))
                .ok_or_else(|| AppError::BadRequest(crate::i18n::Msg::new("msg-param-year")))?,
        ),
        None => None,
    };
    let country = match present(country) {
        Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Some(c.to_ascii_uppercase())
        }
        Some(_) => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-param-country",
            )))
        }
        None => None,
    };
    let page = match present(page) {
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=100_000).contains(p))
            .ok_or_else(|| AppError::BadRequest(crate::i18n::Msg::new("msg-param-page")))?,
        None => 1,
    };
    let state = app_state()?;
    let releases = public_releases(&state.db, state.clock.now()).await?;
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    let links = release_signatories(&state.db, &snapshot).await?;
    let country_of = |release_id: i32| -> Vec<(String, String)> {
        links
            .iter()
            .filter(|(r, _)| *r == release_id)
            .filter_map(|(_, s)| snapshot.country_of(*s))
            .collect()
    };
    let mut years: Vec<i32> = releases
        .iter()
        .map(|r| brussels_day(r.release_at).0.year)
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let mut countries: Vec<(String, String)> =
        releases.iter().flat_map(|r| country_of(r.id)).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries.dedup();
    let matching: Vec<_> = releases
        .iter()
        .filter(|r| year.is_none_or(|y| brussels_day(r.release_at).0.year == y))
        .filter(|r| {
            country
                .as_ref()
                .is_none_or(|c| country_of(r.id).iter().any(|(code, _)| code == c))
        })
        .collect();
    let pages = matching.len().div_ceil(NEWSROOM_PAGE_SIZE).max(1);
    if page > pages {
        return Err(AppError::NotFound);
    }
    let mut query = Vec::new();
    if let Some(y) = year {
        query.push(format!("year={y}"));
    }
    if let Some(c) = &country {
        query.push(format!("country={}", encode(c)));
    }
    Ok(Newsroom {
        matching: matching.len(),
        releases: matching
            .into_iter()
            .skip((page - 1) * NEWSROOM_PAGE_SIZE)
            .take(NEWSROOM_PAGE_SIZE)
            .map(|r| summary(r, &links, &snapshot))
            .collect(),
        page,
        pages,
        year,
        country,
        years,
        countries,
        query_string: query.join("&"),
    })
}

/// One public press release.
///
/// # Errors
/// `NotFound` for an unknown, unpublished or embargoed release.
#[server(endpoint = "newsroom/release")]
pub async fn get_release(slug: String) -> Result<Release, AppError> {
    use crate::ssr::{app_state, newsroom::public_release};
    use domain::text::is_slug;

    if !is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let state = app_state()?;
    let mut release = public_release(&state.db, &slug, state.clock.now())
        .await?
        .ok_or(AppError::NotFound)?;
    release.site_url = state.site_url.clone();
    Ok(release)
}

/// Every feed journalists can follow, described in the caller's language.
///
/// # Errors
/// Only database errors.
#[server(endpoint = "newsroom/feeds")]
pub async fn get_feeds() -> Result<Vec<crate::model::FeedInfo>, AppError> {
    use crate::ssr::{app_state, newsroom::catalogue};

    Ok({
        let state = app_state()?;
        let snapshot = state
            .snapshots
            .current(&state.db, state.clock.now())
            .await?;
        catalogue(&snapshot, crate::i18n::request_lang())
    })
}
