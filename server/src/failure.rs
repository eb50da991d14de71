//! The one way the axum handlers (feeds, open data, downloads, the sitemap) answer what went
//! wrong: a status and one sentence in the reader's language, as plain text or, for the API, a
//! JSON problem `{"error": …}`. A failure's detail is logged here with the request's span and
//! never sent. (Server functions answer through `AppError`'s own codec; a refused write through
//! the plain 503 page of `faults`.)

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Json, Response};

/// The shape of an error answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `text/plain; charset=utf-8` (feeds, downloads, the sitemap).
    Text,
    /// `{"error": "…"}` (the open-data API).
    Json,
}

/// `message` with `status`, in `format`.
#[must_use]
pub fn refuse(format: Format, status: StatusCode, message: impl Into<String>) -> Response {
    let message = message.into();
    match format {
        Format::Text => (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            message,
        )
            .into_response(),
        Format::Json => (status, Json(serde_json::json!({ "error": message }))).into_response(),
    }
}

/// A failure on the server: `err` is logged (with `what` failed), `message` sent with 500.
#[must_use]
pub fn internal(
    format: Format,
    what: &'static str,
    err: impl std::fmt::Display,
    message: impl Into<String>,
) -> Response {
    tracing::error!(error = %err, "{what} failed");
    refuse(format, StatusCode::INTERNAL_SERVER_ERROR, message)
}
