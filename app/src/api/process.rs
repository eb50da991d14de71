//! The public side of the signing process: `/join` and `/events`. The join form posts to a
//! plain axum handler (`server/src/public_forms.rs`: a file upload is multipart); when it
//! refuses a post it renders the page again with the typed values and errors, passed as a
//! [`PublicForm`](crate::ssr::process::PublicForm) context that [`get_join_page`] reads.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::process::{EventsPage, JoinPage};

/// `/join`: the steps and the form (with what was typed, after a refused post).
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "process/join")]
pub async fn get_join_page() -> Result<JoinPage, AppError> {
    use crate::ssr::app_state;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    Ok(JoinPage {
        form: crate::ssr::process::kept_public_form("join"),
        // The charter is for European cities: only European countries are offered.
        countries: snapshot
            .country_choices(lang)
            .into_iter()
            .filter(|(code, _)| snapshot.is_european(code) == Some(true))
            .collect(),
        file_limit_mb: crate::ssr::files::FILE_LIMIT / (1024 * 1024),
    })
}

/// `/events`: announced ceremonies and conferences.
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "process/events")]
pub async fn get_events_page() -> Result<EventsPage, AppError> {
    use crate::ssr::app_state;
    let state = app_state()?;
    Ok(crate::ssr::process::events::events_page(
        &state.db,
        crate::i18n::request_lang(),
        state.clock.now(),
    )
    .await?)
}

/// `/newsroom/media`: the press contacts, the public photos with their credits, the badge.
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "process/media")]
pub async fn get_media_kit() -> Result<crate::model::process::MediaKit, AppError> {
    use crate::ssr::app_state;
    use crate::ssr::process::media;
    let state = app_state()?;
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    let public: Vec<i32> = snapshot.signings().iter().map(|s| s.id).collect();
    Ok(crate::model::process::MediaKit {
        contacts: media::media_contacts(&state.db).await?,
        logos: media::logos(&state.db, crate::i18n::request_lang()).await?,
        photos: media::photos_of(&state.db, &public).await?,
        badge_slug: snapshot
            .signings()
            .first()
            .and_then(|s| snapshot.signatory(s.signatory_id))
            .map(|s| s.slug.clone()),
    })
}
