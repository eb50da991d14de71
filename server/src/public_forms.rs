//! The signing process's plain axum routes (issue #18): the forms that may carry a file
//! (multipart, so not server functions), the suggest-a-correction form, stored files, and the
//! events calendar.
//!
//! - `POST /join`: a city's intent to sign, with its council decision file.
//! - `POST /signatories/{slug}/correction`: a reader's suggested correction.
//! - `POST /admin/applications/step`, `POST /admin/signings/documents`,
//!   `POST /admin/signings/photos`: staff steps with files.
//! - `GET /photos/{id}/{width}.jpg` (public while the signing is), `GET /admin/photos/…`.
//! - `GET /files/{id}/{name}` (public documents), `GET /admin/files/{id}/{name}` (staff).
//! - `GET /events.ics`.
//!
//! A refused public form is answered with its page rendered again (422, the typed values and
//! each field's error kept; the file must be chosen again) — no session is needed for that.
//! Too many submissions get 429 with the same page and a sentence saying so.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use app::i18n::Lang;
use app::model::admin::FormState;
use app::ssr::accounts::{keep_form, request_id_in, staff_session};
use app::ssr::files::FILE_LIMIT;
use app::ssr::process::admission::Admission;
use app::ssr::process::corrections::{self, Suggested};
use app::ssr::process::documents::{self, Sent};
use app::ssr::process::join::{self, JoinOutcome};
use app::ssr::process::media;
use app::ssr::process::{pipeline, PublicForm};
use app::ssr::state::Ctx;
use app::ssr::AppState;
use app::t;
use axum::{
    body::Body,
    extract::{ConnectInfo, Multipart, Path, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Extension, Router,
};
use leptos::prelude::provide_context;

use crate::failure::{refuse, Format};

/// The largest multipart body: one file at the cap plus the form's fields.
pub const FORM_WITH_FILE_LIMIT: usize = FILE_LIMIT + 256 * 1024;

/// The paths whose bodies may reach [`FORM_WITH_FILE_LIMIT`].
#[must_use]
pub fn takes_files(path: &str) -> bool {
    matches!(
        path,
        "/join"
            | "/admin/applications/step"
            | "/admin/signings/documents"
            | "/admin/signings/photos"
            | "/admin/media/logos"
    )
}

pub fn routes() -> Router<AppState> {
    let files = axum::extract::DefaultBodyLimit::max(FORM_WITH_FILE_LIMIT);
    let staff_files = post(staff_files_post).layer(files);
    Router::new()
        .route("/join", post(join_post).layer(files))
        .route("/signatories/{slug}/correction", post(correction_post))
        .route("/admin/applications/step", staff_files.clone())
        .route("/admin/signings/documents", staff_files.clone())
        .route("/admin/signings/photos", staff_files.clone())
        .route("/admin/media/logos", staff_files)
        .route("/files/{id}/{name}", get(stored_get))
        .route("/admin/files/{id}/{name}", get(stored_get))
        .route("/photos/{id}/{name}", get(stored_get))
        .route("/admin/photos/{id}/{name}", get(stored_get))
        .route("/media/logos/{name}", get(public_logo))
        .route("/events.ics", get(events_ics))
}

/// A form's text fields (`f[name]` → `name`; other names as they are) and its one file.
struct Posted {
    fields: BTreeMap<String, String>,
    file: Option<Sent>,
}

/// Reads a multipart form. A field over the body limit or a broken body is an error answer.
async fn read_multipart(mut multipart: Multipart, lang: Lang) -> Result<Posted, Response> {
    let mut posted = Posted {
        fields: BTreeMap::new(),
        file: None,
    };
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = field.file_name().map(str::to_owned);
                let bytes = match field.bytes().await {
                    Ok(bytes) => bytes,
                    Err(err) => return Err(bad_body(&err, lang)),
                };
                if let Some(file_name) = file_name {
                    if posted.file.is_none() {
                        posted.file = Sent::chosen(file_name, bytes.to_vec());
                    }
                    continue;
                }
                let key = name
                    .strip_prefix("f[")
                    .and_then(|n| n.strip_suffix(']'))
                    .unwrap_or(&name)
                    .to_owned();
                posted
                    .fields
                    .insert(key, String::from_utf8_lossy(&bytes).into_owned());
            }
            Ok(None) => return Ok(posted),
            Err(err) => return Err(bad_body(&err, lang)),
        }
    }
}

fn bad_body(err: &axum::extract::multipart::MultipartError, lang: Lang) -> Response {
    let status = err.status();
    let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
        t!(lang, "msg-file-too-large")
    } else {
        t!(lang, "msg-form-unreadable")
    };
    refuse(Format::Text, status, message)
}

fn sender(
    state: &AppState,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: &HeaderMap,
) -> Option<std::net::IpAddr> {
    state.public_forms.sender(
        peer.map(|p| p.0 .0.ip()),
        headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()),
    )
}

/// Renders public page `path` again with a refused form, with `status`.
async fn render_again(
    state: &AppState,
    lang: Lang,
    path: &str,
    form: FormState,
    status: StatusCode,
) -> Response {
    let options = state.leptos_options.clone();
    let context_state = state.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(context_state.clone());
            provide_context(PublicForm(form.clone()));
        },
        move || app::shell(options.clone()),
    );
    let Ok(mut request) = Request::get(path).body(Body::empty()) else {
        return refuse(Format::Text, StatusCode::INTERNAL_SERVER_ERROR, "");
    };
    request.extensions_mut().insert(lang);
    let mut response = handler(request).await.into_response();
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn limited(state: &AppState, lang: Lang, admission: Admission, mut form: FormState) -> FormState {
    let time = app::ssr::process::admission::next_hour(state.clock.now());
    form.notice = Some(match admission {
        Admission::SenderLimit => t!(lang, "msg-public-limit-sender", time = &time),
        _ => t!(lang, "msg-public-limit-all", time = &time),
    });
    form
}

fn failed(err: &dyn std::fmt::Display, lang: Lang) -> Response {
    crate::failure::internal(
        Format::Text,
        "public form",
        err,
        t!(lang, "msg-form-failed"),
    )
}

async fn join_post(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    let posted = match read_multipart(multipart, lang).await {
        Ok(posted) => posted,
        Err(answer) => return answer,
    };
    let from = sender(&state, peer, &headers);
    match join::declare_intent(
        &state,
        lang,
        &posted.fields,
        posted.file,
        from,
        request_id_in(&headers),
    )
    .await
    {
        Ok(JoinOutcome::Accepted(id)) => {
            Redirect::to(&lang.href(&format!("/join/sent?ref={}", join::reference(id))))
                .into_response()
        }
        Ok(JoinOutcome::Refused(form)) => {
            render_again(
                &state,
                lang,
                "/join",
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Ok(JoinOutcome::Limited(admission, form)) => {
            let form = limited(&state, lang, admission, form);
            render_again(&state, lang, "/join", form, StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(err) => failed(&err, lang),
    }
}

async fn correction_post(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    lang: Option<Extension<Lang>>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    axum::Form(raw): axum::Form<Vec<(String, String)>>,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    if !domain::text::is_slug(&slug) {
        return refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        );
    }
    let fields: BTreeMap<String, String> = raw
        .into_iter()
        .map(|(k, v)| {
            let key = k
                .strip_prefix("f[")
                .and_then(|n| n.strip_suffix(']'))
                .unwrap_or(&k)
                .to_owned();
            (key, v)
        })
        .collect();
    let from = sender(&state, peer, &headers);
    let profile = format!("/signatories/{slug}");
    match corrections::suggest(&state, lang, &slug, &fields, from, request_id_in(&headers)).await {
        Ok(Suggested::Accepted) => {
            Redirect::to(&lang.href(&format!("{profile}?correction=sent#correction")))
                .into_response()
        }
        Ok(Suggested::Refused(form)) => {
            render_again(
                &state,
                lang,
                &profile,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Ok(Suggested::Limited(admission, form)) => {
            let form = limited(&state, lang, admission, form);
            render_again(&state, lang, &profile, form, StatusCode::TOO_MANY_REQUESTS).await
        }
        Err(app::error::AppError::NotFound) => refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        ),
        Err(err) => failed(&err, lang),
    }
}

/// Not found, in the request's language.
fn not_found(lang: Lang) -> Response {
    refuse(
        Format::Text,
        StatusCode::NOT_FOUND,
        t!(lang, "msg-not-found"),
    )
}

/// The staff session, or the answer that refuses the request without one.
async fn staff_only(
    state: &AppState,
    headers: &HeaderMap,
    lang: Lang,
) -> Result<app::ssr::accounts::StaffSession, Response> {
    match staff_session(state, headers).await {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(refuse(
            Format::Text,
            StatusCode::UNAUTHORIZED,
            t!(lang, "upload-log-in"),
        )),
        Err(err) => Err(failed(&err, lang)),
    }
}

/// The staff forms that carry a file, by address: each reads its record and calls its service;
/// then, as the server functions' `finish` does, the refused form or the notice is kept in the
/// session and the browser goes back to the screen.
async fn staff_files_post(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    uri: axum::http::Uri,
    multipart: Multipart,
) -> Response {
    use app::error::AppError;
    let lang = lang.map_or(Lang::En, |l| l.0);
    let session = match staff_only(&state, &headers, lang).await {
        Ok(s) => s,
        Err(answer) => return answer,
    };
    let posted = match read_multipart(multipart, lang).await {
        Ok(posted) => posted,
        Err(answer) => return answer,
    };
    let actor = session.actor(request_id_in(&headers));
    let ctx = Ctx {
        state: &state,
        now: state.clock.now(),
        actor: &actor,
        lang,
    };
    let id = record_id(&posted.fields);
    let done = match (uri.path(), id) {
        ("/admin/media/logos", _) => media::add_logo(&ctx, &posted.fields, posted.file)
            .await
            .map(|w| ("/admin/media#logos".to_owned(), "media-logos".to_owned(), w)),
        (_, Err(err)) => Err(err),
        ("/admin/applications/step", Ok(id)) => {
            let intent = posted.fields.get("intent").cloned().unwrap_or_default();
            pipeline::take_step(&ctx, id, &intent, &posted.fields, posted.file)
                .await
                .map(|w| {
                    (
                        format!("/admin/applications/{id}"),
                        pipeline::form_name(id),
                        w,
                    )
                })
        }
        ("/admin/signings/documents", Ok(id)) => {
            documents::upload_to_signing(&ctx, id, &posted.fields, posted.file)
                .await
                .map(|w| {
                    (
                        format!("/admin/signings/{id}#documents"),
                        format!("signing-documents-{id}"),
                        w,
                    )
                })
        }
        (_, Ok(id)) => media::add_photo(&ctx, id, &posted.fields, posted.file)
            .await
            .map(|w| {
                (
                    format!("/admin/signings/{id}#photos"),
                    media::photo_form(id),
                    w,
                )
            }),
    };
    let (back, form_name, written) = match done {
        Ok(done) => done,
        Err(AppError::NotFound) => return not_found(lang),
        Err(AppError::BadRequest(msg)) => {
            return refuse(Format::Text, StatusCode::BAD_REQUEST, msg.text(lang))
        }
        Err(err) => return failed(&err, lang),
    };
    let form = match written {
        app::ssr::forms::Written::Refused(form) => form,
        app::ssr::forms::Written::Saved { notice, .. } => {
            let mut form = FormState::named(form_name);
            form.notice = notice;
            form
        }
    };
    if let Err(err) = keep_form(&state.db, &session.session, &form).await {
        return failed(&err, lang);
    }
    Redirect::to(&lang.href(&back)).into_response()
}

fn record_id(fields: &BTreeMap<String, String>) -> Result<i32, app::error::AppError> {
    fields
        .get("id")
        .and_then(|id| id.trim().parse().ok())
        .ok_or(app::error::AppError::NotFound)
}

/// A stored file: its own type, never sniffed, shown inline under a policy that runs nothing.
fn stored_answer(
    file_name: &str,
    blob: app::ssr::entities::blob::Model,
    cache: &'static str,
) -> Response {
    let media = HeaderValue::from_str(&blob.media_type)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    let disposition = HeaderValue::from_str(&format!("inline; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("inline"));
    (
        [
            (header::CONTENT_TYPE, media),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; img-src 'self'; sandbox"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            (
                header::ETAG,
                HeaderValue::from_str(&format!("\"{}\"", blob.sha256))
                    .unwrap_or_else(|_| HeaderValue::from_static("\"file\"")),
            ),
        ],
        Body::from(blob.bytes),
    )
        .into_response()
}

/// Which stored file an address asks for, and who may have it.
enum Stored {
    /// A document (`/files/{id}/{name}`), by id and its server-chosen name.
    Document(i32, String),
    /// A photo at a width (`/photos/{id}/{width}.jpg`).
    Photo(i32, String),
    /// A media-kit logo (`/media/logos/{id}.png`).
    Logo(String),
}

/// Answers a stored file: for staff (any file, `no-store`), or for the public (only what is
/// public now, cacheable for ten minutes).
async fn serve_stored(state: &AppState, lang: Lang, which: Stored, staff: bool) -> Response {
    let cache = if staff {
        "no-store"
    } else {
        "public, max-age=600"
    };
    let found = match &which {
        Stored::Document(id, name) => {
            let doc = if staff {
                documents::staff_file(&state.db, *id).await
            } else {
                documents::public_file(state, *id).await
            };
            doc.map(|d| d.filter(|(doc, _)| &doc.file_name == name).map(|(_, b)| b))
        }
        Stored::Photo(id, name) => {
            let public = if staff {
                None
            } else {
                match state.snapshots.current(&state.db, state.clock.now()).await {
                    Ok(s) => Some(s.signings().iter().map(|s| s.id).collect::<Vec<_>>()),
                    Err(err) => return failed(&err, lang),
                }
            };
            media::photo_file(&state.db, *id, name, public.as_deref()).await
        }
        Stored::Logo(name) => media::logo_file(&state.db, name).await,
    };
    let name = match &which {
        Stored::Document(_, name) | Stored::Photo(_, name) | Stored::Logo(name) => name,
    };
    match found {
        Ok(Some(blob)) => stored_answer(name, blob, cache),
        Ok(None) => not_found(lang),
        Err(err) => failed(&err, lang),
    }
}

/// `/files/…`, `/photos/…` and their `/admin/…` twins: staff addresses need a session.
async fn stored_get(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    let staff = uri.path().starts_with("/admin/");
    if staff {
        if let Err(answer) = staff_only(&state, &headers, lang).await {
            return answer;
        }
    }
    let Ok(id) = id.parse() else {
        return not_found(lang);
    };
    let which = if uri.path().contains("/photos/") {
        Stored::Photo(id, name)
    } else {
        Stored::Document(id, name)
    };
    serve_stored(&state, lang, which, staff).await
}

async fn public_logo(
    State(state): State<AppState>,
    Path(name): Path<String>,
    lang: Option<Extension<Lang>>,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    serve_stored(&state, lang, Stored::Logo(name), false).await
}

async fn events_ics(State(state): State<AppState>) -> Response {
    match app::ssr::process::events::calendar(&state.db, &state.site_url).await {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=300"),
            ],
            body,
        )
            .into_response(),
        Err(err) => failed(&err, Lang::En),
    }
}
