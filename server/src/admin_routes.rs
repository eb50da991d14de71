//! Router layers for the staff side and for every state-changing request: request ids,
//! CSRF refusal by `Sec-Fetch-Site` / `Origin` / `Referer`, `Cache-Control: no-store` on admin
//! answers; and the staff exports (plain GET downloads behind the session).

use std::sync::atomic::{AtomicU64, Ordering};

use crate::failure::{refuse, Format};
use app::i18n::Lang;
use app::ssr::accounts::staff_session;
use app::ssr::entities::{
    press_contact, press_correction, press_quote, press_release, press_release_signing,
};
use app::ssr::registry::Snapshot;
use app::ssr::AppState;
use app::t;
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, request::Parts, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::json;
use tracing::Instrument;

/// Gives each request an id (header `x-request-id` both ways) and a log span carrying it.
pub async fn request_id(mut request: Request, next: Next) -> Response {
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    static PREFIX: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let prefix = PREFIX.get_or_init(|| app::ssr::accounts::new_token().1[..8].to_owned());
    let id = format!("{prefix}-{}", COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(value) = HeaderValue::from_str(&id) {
        request.headers_mut().insert("x-request-id", value);
    }
    let path = app::ssr::audit::bounded(request.uri().path(), app::ssr::audit::MAX_LOGGED_CHARS);
    let span = tracing::info_span!("request", id = %id, method = %request.method(), path = %path);
    let mut response = next.run(request).instrument(span).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    Some(rest.split('/').next().unwrap_or(rest))
}

/// Why a state-changing request is refused as cross-site, if it is.
fn cross_site(request: &Request) -> Option<&'static str> {
    let headers = request.headers();
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return (!matches!(site, "same-origin" | "none")).then_some("sec-fetch-site");
    }
    // A request whose own host cannot be read cannot be judged: it is refused.
    let authority = request.uri().authority().map(|a| a.as_str().to_owned());
    let Some(host) = text("host").map(str::to_owned).or(authority) else {
        return Some("no host");
    };
    let host = host.as_str();
    if let Some(origin) = text("origin") {
        return (host_of(origin) != Some(host)).then_some("origin");
    }
    match text("referer") {
        Some(referer) if host_of(referer) == Some(host) => None,
        Some(_) => Some("referer"),
        None => Some("no origin"),
    }
}

/// Leptos has no CSRF protection: every POST (the only method that changes state) must come from a page
/// of this site (browsers say so in `Sec-Fetch-Site` or `Origin`). Others get 403, logged.
pub async fn csrf(request: Request, next: Next) -> Response {
    // Every state-changing route is a POST (S14); the router answers 405 to PUT, DELETE, etc.
    if *request.method() != Method::POST {
        return next.run(request).await;
    }
    if let Some(reason) = cross_site(&request) {
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| app::ssr::audit::bounded(v, app::ssr::audit::MAX_LOGGED_CHARS))
                .unwrap_or_default()
        };
        tracing::warn!(
            target: "security",
            event = "csrf_refused",
            reason,
            method = %request.method(),
            path = %app::ssr::audit::bounded(request.uri().path(), app::ssr::audit::MAX_LOGGED_CHARS),
            origin = %header("origin"),
            sec_fetch_site = %header("sec-fetch-site"),
            request_id = %header("x-request-id"),
            "cross-site request refused"
        );
        let lang = request
            .extensions()
            .get::<Lang>()
            .copied()
            .unwrap_or_default();
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            t!(lang, "csrf-refused"),
        )
            .into_response();
    }
    next.run(request).await
}

/// The largest body a form or server function may send; the CSV import (paste or upload) may
/// send [`UPLOAD_LIMIT`].
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// Refuses a body over the limit with 413 before anything reads it: at once when its
/// `Content-Length` says so, else as soon as the streamed bytes pass the limit.
pub async fn body_limit(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let path = path.strip_prefix("/fr").unwrap_or(path);
    let limit = if matches!(path, "/admin/import/upload" | "/api/admin/import") {
        UPLOAD_LIMIT
    } else if crate::public_forms::takes_files(path) {
        crate::public_forms::FORM_WITH_FILE_LIMIT
    } else {
        BODY_LIMIT
    };
    let lang = request
        .extensions()
        .get::<Lang>()
        .copied()
        .unwrap_or_default();
    let too_large = || {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            t!(lang, "msg-request-too-large"),
        )
            .into_response()
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(length) if length > limit as u64 => too_large(),
        Some(_) => next.run(request).await,
        None if matches!(*request.method(), Method::GET | Method::HEAD) => next.run(request).await,
        None => {
            let (parts, body) = request.into_parts();
            match axum::body::to_bytes(body, limit).await {
                Ok(bytes) => {
                    next.run(Request::from_parts(parts, Body::from(bytes)))
                        .await
                }
                Err(_) => too_large(),
            }
        }
    }
}

/// Staff pages and functions are never stored by browsers or proxies.
pub async fn no_store(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let staff = path == "/admin" || path.starts_with("/admin/") || path.starts_with("/api/admin/");
    let mut response = next.run(request).await;
    if staff {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The staff downloads.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/export/signings.csv", get(export_signings))
        .route("/admin/signatories.csv", get(export_signatory_list))
        .route("/admin/releases.csv", get(export_release_list))
        .route("/admin/applications.csv", get(export_application_list))
        .route("/admin/corrections.csv", get(export_correction_list))
        .route("/admin/audit.csv", get(export_audit_log))
        .route("/admin/export/press-releases.json", get(export_releases))
        .route(
            "/admin/import/upload",
            axum::routing::post(upload).layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
}

/// The largest CSV accepted by upload (10,000 rows take about 2 MB).
const UPLOAD_LIMIT: usize = 20 * 1024 * 1024;

/// The file picker of `/admin/import` (a multipart form, so not a server function): reads the
/// file and the chosen action, then does exactly what the paste form does.
async fn upload(
    State(state): State<AppState>,
    lang: Option<axum::Extension<Lang>>,
    headers: axum::http::HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    let session = match staff_session(&state, &headers).await {
        Ok(Some(s)) => s,
        Ok(None) => {
            return refuse(
                Format::Text,
                StatusCode::UNAUTHORIZED,
                t!(lang, "upload-log-in"),
            )
        }
        Err(err) => return failed(&err, lang),
    };
    let (mut intent, mut csv) = (String::new(), None);
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                match field.bytes().await {
                    Ok(bytes) if name == "file" => csv = Some(bytes),
                    Ok(bytes) if name == "intent" => {
                        intent = String::from_utf8_lossy(&bytes).into_owned()
                    }
                    Ok(_) => {}
                    Err(err) => return err.into_response(),
                }
            }
            Ok(None) => break,
            Err(err) => return err.into_response(),
        }
    }
    let mut form = app::model::admin::FormState::named("import");
    let text = match csv.map(|b| String::from_utf8(b.to_vec())) {
        Some(Ok(text)) if !text.trim().is_empty() => Some(text),
        Some(Ok(_)) | None => {
            form.fail("file", t!(lang, "upload-choose-file"));
            None
        }
        Some(Err(_)) => {
            form.fail("file", t!(lang, "upload-not-utf8"));
            None
        }
    };
    if let Some(text) = text {
        let snapshot = match Snapshot::load_at_once(&state.db).await {
            Ok(s) => s,
            Err(err) => return failed(&err, lang),
        };
        let actor = session.actor(app::ssr::accounts::request_id_in(&headers));
        match app::ssr::import::run_for_page(
            &state.db,
            &snapshot,
            &intent,
            &text,
            &actor,
            state.clock.now(),
            lang,
        )
        .await
        {
            Ok(kept) => form = kept,
            Err(_) => {
                return refuse(
                    Format::Text,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t!(lang, "upload-failed"),
                )
            }
        }
    }
    if app::ssr::accounts::keep_form(&state.db, &session.session, &form)
        .await
        .is_err()
    {
        return refuse(
            Format::Text,
            StatusCode::INTERNAL_SERVER_ERROR,
            t!(lang, "upload-not-kept"),
        );
    }
    Redirect::to(&lang.href("/admin/import")).into_response()
}

async fn signed_in(state: &AppState, parts: &Parts) -> Result<bool, sea_orm::DbErr> {
    Ok(staff_session(state, &parts.headers).await?.is_some())
}

fn failed(err: &dyn std::fmt::Display, lang: Lang) -> Response {
    crate::failure::internal(Format::Text, "export", err, t!(lang, "export-failed"))
}

fn download(body: String, content_type: &'static str, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        Body::from(body),
    )
        .into_response()
}

async fn export_signings(State(state): State<AppState>, parts: Parts) -> Response {
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    match signed_in(&state, &parts).await {
        Ok(true) => {}
        Ok(false) => {
            return Redirect::to(&lang.href("/admin/login?next=%2Fadmin%2Fimport")).into_response()
        }
        Err(err) => return failed(&err, lang),
    }
    let snapshot = match Snapshot::load_at_once(&state.db).await {
        Ok(s) => s,
        Err(err) => return failed(&err, lang),
    };
    match app::ssr::import::export_csv(&snapshot) {
        Ok(csv) => download(csv, "text/csv; charset=utf-8", "icc-registry.csv"),
        Err(err) => failed(&err, lang),
    }
}

/// A staff list as a spreadsheet (every page, the screen's filters and order): signed-in staff
/// only (others are sent to the login, back to `screen` after), a 400 in words for a filter that
/// does not read.
async fn export_list(
    state: &AppState,
    parts: &Parts,
    screen: &str,
    file: &'static str,
    rows: impl std::future::Future<Output = Result<Result<String, String>, ListRefusal>>,
) -> Response {
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    match signed_in(state, parts).await {
        Ok(true) => {}
        Ok(false) => {
            let next = domain::directory::encode(screen);
            return Redirect::to(&lang.href(&format!("/admin/login?next={next}"))).into_response();
        }
        Err(err) => return failed(&err, lang),
    }
    match rows.await {
        Ok(Ok(csv)) => download(csv, "text/csv; charset=utf-8", file),
        Ok(Err(err)) => failed(&err, lang),
        Err(ListRefusal::Query(msg)) => (
            StatusCode::BAD_REQUEST,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            )],
            msg.text(lang),
        )
            .into_response(),
        Err(ListRefusal::Database(err)) => failed(&err, lang),
    }
}

/// Why a list's rows were not made.
enum ListRefusal {
    Query(app::i18n::Msg),
    Database(sea_orm::DbErr),
}

type ListQueryString = axum::extract::Query<std::collections::HashMap<String, String>>;

/// The staff list of signatories as a spreadsheet.
async fn export_signatory_list(
    State(state): State<AppState>,
    axum::extract::Query(query): ListQueryString,
    parts: Parts,
) -> Response {
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    let get = |k: &str| query.get(k).map(String::as_str);
    let rows = async {
        let list = app::ssr::signatories::ListQuery::parse(
            get("q"),
            get("status"),
            get("country"),
            get("sort"),
        )
        .map_err(ListRefusal::Query)?;
        let snapshot = Snapshot::load_at_once(&state.db)
            .await
            .map_err(ListRefusal::Database)?;
        let rows = app::ssr::signatories::signatory_rows(&snapshot, &list);
        Ok(app::ssr::signatories::rows_csv(&rows, lang))
    };
    export_list(
        &state,
        &parts,
        "/admin/signatories",
        "icc-signatories.csv",
        rows,
    )
    .await
}

/// The audit log as a spreadsheet: the screen's filters, every page (newest first, at most
/// 100,000 records).
async fn export_audit_log(
    State(state): State<AppState>,
    axum::extract::Query(query): ListQueryString,
    parts: Parts,
) -> Response {
    use app::ssr::audit::{audit_csv, audit_rows, AuditFilter};
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    let get = |k: &str| query.get(k).map(String::as_str);
    let rows = async {
        let filter = AuditFilter::parse(
            get("action"),
            get("actor"),
            get("kind"),
            get("id"),
            get("from"),
            get("to"),
        )
        .map_err(ListRefusal::Query)?;
        let (rows, _) = audit_rows(&state.db, &filter, 1, 100_000)
            .await
            .map_err(ListRefusal::Database)?;
        Ok(audit_csv(&rows, lang))
    };
    export_list(&state, &parts, "/admin/audit", "icc-audit-log.csv", rows).await
}

/// The staff list of press releases as a spreadsheet.
async fn export_release_list(
    State(state): State<AppState>,
    axum::extract::Query(query): ListQueryString,
    parts: Parts,
) -> Response {
    use app::ssr::newsroom::list::{release_rows, release_rows_csv, ReleaseQuery};
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    let get = |k: &str| query.get(k).map(String::as_str);
    let rows = async {
        let list =
            ReleaseQuery::parse(get("q"), get("state"), get("sort")).map_err(ListRefusal::Query)?;
        let rows = release_rows(&state.db, state.clock.now(), &list, lang)
            .await
            .map_err(ListRefusal::Database)?;
        Ok(release_rows_csv(&rows, lang))
    };
    export_list(
        &state,
        &parts,
        "/admin/releases",
        "icc-press-releases.csv",
        rows,
    )
    .await
}

/// The staff list of applications as a spreadsheet (contact details included: staff only).
async fn export_application_list(
    State(state): State<AppState>,
    axum::extract::Query(query): ListQueryString,
    parts: Parts,
) -> Response {
    use app::ssr::process::lists::{application_rows, application_rows_csv, ApplicationQuery};
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    let get = |k: &str| query.get(k).map(String::as_str);
    let rows = async {
        let list = ApplicationQuery::parse(get("q"), get("stage"), get("sort"))
            .map_err(ListRefusal::Query)?;
        let now = state.clock.now();
        let snapshot = state
            .snapshots
            .current(&state.db, now)
            .await
            .map_err(ListRefusal::Database)?;
        let (rows, _) = application_rows(&state.db, &snapshot, now, &list, lang)
            .await
            .map_err(ListRefusal::Database)?;
        Ok(application_rows_csv(&rows, lang))
    };
    export_list(
        &state,
        &parts,
        "/admin/applications",
        "icc-applications.csv",
        rows,
    )
    .await
}

/// The inbox of suggested corrections as a spreadsheet.
async fn export_correction_list(
    State(state): State<AppState>,
    axum::extract::Query(query): ListQueryString,
    parts: Parts,
) -> Response {
    use app::ssr::process::lists::{correction_rows, correction_rows_csv, CorrectionQuery};
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    let get = |k: &str| query.get(k).map(String::as_str);
    let rows = async {
        let list = CorrectionQuery::parse(get("q"), get("state"), get("sort"))
            .map_err(ListRefusal::Query)?;
        let rows = correction_rows(&state.db, &list)
            .await
            .map_err(ListRefusal::Database)?;
        Ok(correction_rows_csv(&rows, lang))
    };
    export_list(
        &state,
        &parts,
        "/admin/corrections",
        "icc-corrections.csv",
        rows,
    )
    .await
}

/// Every press release with its quotes, contacts, corrections and linked signings.
///
/// # Errors
/// Database errors.
pub async fn releases_json<C: sea_orm::ConnectionTrait>(
    db: &C,
) -> Result<serde_json::Value, sea_orm::DbErr> {
    let quotes = press_quote::Entity::find()
        .order_by_asc(press_quote::Column::Position)
        .all(db)
        .await?;
    let contacts = press_contact::Entity::find()
        .order_by_asc(press_contact::Column::Position)
        .all(db)
        .await?;
    let corrections = press_correction::Entity::find()
        .order_by_asc(press_correction::Column::CorrectedAt)
        .all(db)
        .await?;
    let links = press_release_signing::Entity::find().all(db).await?;
    let releases = press_release::Entity::find()
        .order_by_asc(press_release::Column::Id)
        .all(db)
        .await?;
    Ok(json!(releases
        .into_iter()
        .map(|r| json!({
            "slug": r.slug, "title": r.title, "dateline": r.dateline, "language": r.language,
            "status": r.status, "release_at": r.release_at.to_string(), "summary": r.summary,
            "body_md": r.body_md, "notes_md": r.notes_md,
            "quotes": quotes.iter().filter(|q| q.press_release_id == r.id)
                .map(|q| json!({"speaker": q.speaker, "role": q.role, "text": q.text})).collect::<Vec<_>>(),
            "contacts": contacts.iter().filter(|c| c.press_release_id == r.id)
                .map(|c| json!({"name": c.name, "role": c.role, "email": c.email})).collect::<Vec<_>>(),
            "corrections": corrections.iter().filter(|c| c.press_release_id == r.id)
                .map(|c| json!({"at": c.corrected_at.to_string(), "reason": c.reason, "text": c.text})).collect::<Vec<_>>(),
            "signing_ids": links.iter().filter(|l| l.press_release_id == r.id).map(|l| l.signing_id).collect::<Vec<_>>(),
        }))
        .collect::<Vec<_>>()))
}

async fn export_releases(State(state): State<AppState>, parts: Parts) -> Response {
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    match signed_in(&state, &parts).await {
        Ok(true) => {}
        Ok(false) => {
            return Redirect::to(&lang.href("/admin/login?next=%2Fadmin%2Fimport")).into_response()
        }
        Err(err) => return failed(&err, lang),
    }
    match releases_json(&state.db).await {
        Ok(value) => download(
            value.to_string(),
            "application/json",
            "icc-press-releases.json",
        ),
        Err(err) => failed(&err, lang),
    }
}
