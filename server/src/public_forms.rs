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
    )
}

pub fn routes() -> Router<AppState> {
    let files = axum::extract::DefaultBodyLimit::max(FORM_WITH_FILE_LIMIT);
    Router::new()
        .route("/join", post(join_post).layer(files))
        .route("/signatories/{slug}/correction", post(correction_post))
        .route("/admin/applications/step", post(step_post).layer(files))
        .route(
            "/admin/signings/documents",
            post(signing_document_post).layer(files),
        )
        .route(
            "/admin/signings/photos",
            post(signing_photo_post).layer(files),
        )
        .route("/photos/{id}/{name}", get(public_photo))
        .route("/admin/photos/{id}/{name}", get(staff_photo))
        .route("/files/{id}/{name}", get(public_file))
        .route("/admin/files/{id}/{name}", get(staff_file))
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

/// A staff multipart post: the session, the form, the service, then back to the page with the
/// refused form or the notice kept in the session (as the server functions' `finish` does).
async fn staff_post<F>(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    multipart: Multipart,
    act: F,
) -> Response
where
    F: AsyncFnOnce(
        &Ctx<'_>,
        Posted,
    )
        -> Result<(String, String, app::ssr::forms::Written<()>), app::error::AppError>,
{
    let session = match staff_session(state, headers).await {
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
    let posted = match read_multipart(multipart, lang).await {
        Ok(posted) => posted,
        Err(answer) => return answer,
    };
    let actor = session.actor(request_id_in(headers));
    let ctx = Ctx {
        state,
        now: state.clock.now(),
        actor: &actor,
        lang,
    };
    let (back, form_name, written) = match act(&ctx, posted).await {
        Ok(done) => done,
        Err(app::error::AppError::NotFound) => {
            return refuse(
                Format::Text,
                StatusCode::NOT_FOUND,
                t!(lang, "msg-not-found"),
            )
        }
        Err(app::error::AppError::BadRequest(msg)) => {
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

async fn step_post(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    staff_post(
        &state,
        lang,
        &headers,
        multipart,
        async |ctx: &Ctx<'_>, posted: Posted| {
            let id = record_id(&posted.fields)?;
            let intent = posted.fields.get("intent").cloned().unwrap_or_default();
            let written =
                pipeline::take_step(ctx, id, &intent, &posted.fields, posted.file).await?;
            Ok((
                format!("/admin/applications/{id}"),
                pipeline::form_name(id),
                written,
            ))
        },
    )
    .await
}

async fn signing_document_post(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    staff_post(
        &state,
        lang,
        &headers,
        multipart,
        async |ctx: &Ctx<'_>, posted: Posted| {
            let id = record_id(&posted.fields)?;
            let written =
                documents::upload_to_signing(ctx, id, &posted.fields, posted.file).await?;
            Ok((
                format!("/admin/signings/{id}#documents"),
                format!("signing-documents-{id}"),
                written,
            ))
        },
    )
    .await
}

async fn signing_photo_post(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    staff_post(
        &state,
        lang,
        &headers,
        multipart,
        async |ctx: &Ctx<'_>, posted: Posted| {
            let id = record_id(&posted.fields)?;
            let written = media::add_photo(ctx, id, &posted.fields, posted.file).await?;
            Ok((
                format!("/admin/signings/{id}#photos"),
                media::photo_form(id),
                written,
            ))
        },
    )
    .await
}

/// A photo at one width: public while its signing is public, cacheable (the bytes under one
/// address never change: a new photo gets a new id).
async fn public_photo(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
    lang: Option<Extension<Lang>>,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    let Ok(id) = id.parse::<i32>() else {
        return refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        );
    };
    let snapshot = match state.snapshots.current(&state.db, state.clock.now()).await {
        Ok(s) => s,
        Err(err) => return failed(&err, lang),
    };
    let public: Vec<i32> = snapshot.signings().iter().map(|s| s.id).collect();
    photo_answer(
        &state,
        id,
        &name,
        Some(&public),
        "public, max-age=600",
        lang,
    )
    .await
}

async fn staff_photo(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    match staff_session(&state, &headers).await {
        Ok(Some(_)) => {}
        Ok(None) => {
            return refuse(
                Format::Text,
                StatusCode::UNAUTHORIZED,
                t!(lang, "upload-log-in"),
            )
        }
        Err(err) => return failed(&err, lang),
    }
    let Ok(id) = id.parse::<i32>() else {
        return refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        );
    };
    photo_answer(&state, id, &name, None, "no-store", lang).await
}

async fn photo_answer(
    state: &AppState,
    id: i32,
    name: &str,
    public: Option<&[i32]>,
    cache: &'static str,
    lang: Lang,
) -> Response {
    match media::photo_file(&state.db, id, name, public).await {
        Ok(Some(blob)) => stored_answer(name, blob, cache),
        Ok(None) => refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        ),
        Err(err) => failed(&err, lang),
    }
}

/// A stored document: see [`stored_answer`].
fn file_answer(
    doc: &app::ssr::entities::document::Model,
    blob: app::ssr::entities::blob::Model,
    cache: &'static str,
) -> Response {
    stored_answer(&doc.file_name, blob, cache)
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

async fn public_file(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
    lang: Option<Extension<Lang>>,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    let not_found = || {
        refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        )
    };
    let Ok(id) = id.parse::<i32>() else {
        return not_found();
    };
    match documents::public_file(&state, id).await {
        Ok(Some((doc, blob))) if doc.file_name == name => {
            file_answer(&doc, blob, "public, max-age=600")
        }
        Ok(_) => not_found(),
        Err(err) => failed(&err, lang),
    }
}

async fn staff_file(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
) -> Response {
    let lang = lang.map_or(Lang::En, |l| l.0);
    match staff_session(&state, &headers).await {
        Ok(Some(_)) => {}
        Ok(None) => {
            return refuse(
                Format::Text,
                StatusCode::UNAUTHORIZED,
                t!(lang, "upload-log-in"),
            )
        }
        Err(err) => return failed(&err, lang),
    }
    let not_found = || {
        refuse(
            Format::Text,
            StatusCode::NOT_FOUND,
            t!(lang, "msg-not-found"),
        )
    };
    let Ok(id) = id.parse::<i32>() else {
        return not_found();
    };
    match documents::staff_file(&state.db, id).await {
        Ok(Some((doc, blob))) if doc.file_name == name => file_answer(&doc, blob, "no-store"),
        Ok(_) => not_found(),
        Err(err) => failed(&err, lang),
    }
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
