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
        countries: snapshot.country_choices(lang),
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
