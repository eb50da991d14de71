//! When the database accepts no writes (disk full, read-only at run time; QUALITY.md R8, R13):
//! every refused write is answered with one plain 503 page, reads keep working, and `/health`
//! says `degraded` until writes succeed again. Nothing is cached about it: the first write after
//! the fault goes succeeds.

use app::error::UNAVAILABLE_MARK;
use app::i18n::Lang;
use app::ssr::AppState;
use app::t;
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{Html, IntoResponse, Response},
};
use sea_orm::ConnectionTrait;

/// Replaces the answer to a request whose write the database refused by the plain 503 page, in
/// the request's language (whatever part of the app noticed it: a page, a form, an upload).
pub async fn writes_refused(request: Request, next: Next) -> Response {
    let lang = request
        .extensions()
        .get::<Lang>()
        .copied()
        .unwrap_or_default();
    let response = next.run(request).await;
    if !response.headers().contains_key(UNAVAILABLE_MARK) {
        return response;
    }
    let (title, body) = (
        t!(lang, "error-unavailable-title"),
        t!(lang, "error-unavailable-body"),
    );
    let mut page = (
        StatusCode::SERVICE_UNAVAILABLE,
        Html(format!(
            "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title></head><body><main><h1>{title}</h1><p>{body}</p>\
             <p><a href=\"{}\">{}</a></p></main></body></html>",
            lang.code(),
            lang.href("/"),
            t!(lang, "error-home-link"),
        )),
    )
        .into_response();
    page.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
    page.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    page
}

/// Liveness for load balancers: `ok`; `degraded` (still 200: reads work) when the database
/// refuses writes; 503 when it cannot be reached at all.
pub async fn health(State(state): State<AppState>) -> Response {
    if let Err(err) = state.db.execute_unprepared("SELECT 1").await {
        tracing::error!(error = %err, "health check: database unreachable");
        return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response();
    }
    if let Some(free) = sqlite_free_bytes(&state) {
        if free < MIN_FREE_BYTES {
            tracing::warn!(free, "health check: the database's disk is (nearly) full");
            return (
                StatusCode::OK,
                "degraded: the database's disk is full; reads work",
            )
                .into_response();
        }
    }
    match write_probe(&state).await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(err) if app::error::writes_unavailable(&err) => {
            tracing::warn!(error = %err, "health check: the database accepts no writes");
            (
                StatusCode::OK,
                "degraded: the database accepts no writes (read-only or full); reads work",
            )
                .into_response()
        }
        Err(err) => {
            tracing::error!(error = %err, "health check: write probe failed");
            (StatusCode::OK, "degraded: writes fail").into_response()
        }
    }
}

/// Below this much free space on the SQLite file's disk, writes are about to fail.
const MIN_FREE_BYTES: u64 = 1024 * 1024;

/// The free space of the file system holding the SQLite database (none for PostgreSQL, whose
/// server reports a full disk itself).
fn sqlite_free_bytes(state: &AppState) -> Option<u64> {
    let file = state.database_file.as_deref()?;
    let folder = std::path::Path::new(file)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| std::path::Path::new("."));
    let stats = rustix::fs::statvfs(folder).ok()?;
    Some(stats.f_bavail.saturating_mul(stats.f_frsize))
}

/// A committed write that changes no value: it fails when the database is read-only.
async fn write_probe(state: &AppState) -> Result<(), sea_orm::DbErr> {
    let txn = app::ssr::db::begin_write(&state.db).await?;
    txn.execute_unprepared("UPDATE registry_version SET version = version WHERE id = 1")
        .await?;
    txn.commit().await
}
