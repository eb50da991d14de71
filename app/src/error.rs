//! The one user-safe error type.
//!
//! Policy: what reaches a page or a server-function response is only what the variant says
//! (a status and a plain sentence). Database and library errors become [`AppError::Internal`]
//! at the boundary; their detail is logged on the server with the request's context and never sent.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// An error the UI can act on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (404).
    #[error("not found")]
    NotFound,
    /// The request was malformed; the message says what to fix (400), in the reader's language.
    #[error("{0}")]
    BadRequest(Msg),
    /// No staff session, or it ended (401): admin pages redirect to the login instead.
    #[error("please log in")]
    Unauthorized,
    /// Logged in, but this needs another role, or the request came from another site (403).
    #[error("not allowed")]
    Forbidden,
    /// Something failed on the server; details are in the server log only (500).
    #[error("something went wrong on our side")]
    Internal,
    /// The database accepts no writes right now (read-only, or its disk is full): nothing was
    /// saved; reading works (503).
    #[error("changes cannot be saved right now")]
    Unavailable,
}

impl AppError {
    /// The HTTP status this error answers with.
    #[must_use]
    pub const fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::BadRequest(_) => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                Self::BadRequest(Msg::new("msg-bad-arguments"))
            }
            _ => Self::Internal,
        }
    }
}

/// The response header by which server code tells the router that a write was refused because
/// the database accepts none: the router answers with the plain 503 page instead.
#[cfg(feature = "ssr")]
pub const UNAVAILABLE_MARK: &str = "x-icc-writes-unavailable";

/// True when `err` says the database accepts no writes right now: SQLite's read-only and full
/// errors, PostgreSQL's read-only transaction (25006) and disk full (53100), or the system's
/// "no space left" / "read-only file system".
#[cfg(feature = "ssr")]
#[must_use]
pub fn writes_unavailable(err: &sea_orm::DbErr) -> bool {
    let text = err.to_string().to_lowercase();
    [
        "readonly database",
        "read-only",
        "read only",
        "database or disk is full",
        "disk is full",
        "no space left",
        "25006",
        "53100",
    ]
    .iter()
    .any(|needle| text.contains(needle))
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        if writes_unavailable(&err) {
            tracing::warn!(error = %err, "a write was refused: the database accepts no writes");
            if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                response.insert_header(
                    axum::http::HeaderName::from_static(UNAVAILABLE_MARK),
                    axum::http::HeaderValue::from_static("1"),
                );
            }
            return Self::Unavailable;
        }
        tracing::error!(error = %err, "database error");
        Self::Internal
    }
}
