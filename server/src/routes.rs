//! The router: Leptos pages and server functions, a few plain axum routes, static files,
//! and the response headers every answer carries.

use app::i18n::{split_path, translated, Lang};
use app::ssr::AppState;
use app::t;
use app::{shell, App};
use axum::{
    extract::Query,
    http::{header, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Redirect, Response},
    routing::get,
    Extension, Router,
};
use domain::edition::parse_edition_slug;
use std::sync::OnceLock;

use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use serde::Deserialize;
use tower::ServiceExt;
use tower_http::{
    compression::CompressionLayer,
    set_header::SetResponseHeaderLayer,
    trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer},
};

/// The app's route list, generated once per process.
///
/// Generating it runs the app with resource loading suppressed through a process-global flag
/// (leptos issue #4773): a resource first polled by a request while another thread generates
/// routes would wait forever. Generating once, before any server of this process serves, avoids it.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Every page path of the app (`/admin/signatories/:id` style), for tests that check each one.
#[must_use]
pub fn page_paths() -> Vec<String> {
    route_list().iter().map(|r| r.path().to_owned()).collect()
}

/// Every server function: `(path, method)`.
#[must_use]
pub fn server_fn_paths() -> Vec<(String, String)> {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, method)| (path.to_owned(), method.to_string()))
        .collect()
}

/// Builds the whole application; tests call this with their own state.
///
/// A request for `/fr/<page>` is answered by `<page>` in French: the language goes into the
/// request's extensions and, for a translated page, the prefix comes off before routing. Any
/// other `/fr/...` address stays as it is and gets the French 404 page.
pub fn router(state: AppState) -> Router {
    let site = site(state);
    Router::new().fallback_service(site.map_request(localize))
}

fn localize(mut request: axum::extract::Request) -> axum::extract::Request {
    let (lang, page) = split_path(request.uri().path());
    if lang != Lang::En {
        if translated(page) {
            let target = match request.uri().query() {
                Some(query) => format!("{page}?{query}"),
                None => page.to_owned(),
            };
            if let Ok(uri) = target.parse() {
                *request.uri_mut() = uri;
            }
        }
        request.extensions_mut().insert(lang);
    }
    request
}

fn site(state: AppState) -> Router {
    let routes = route_list();
    let options = state.leptos_options.clone();
    let pages = crate::page_cache::PageCache::default();
    let bundle = crate::assets::Bundle::open(&options.site_root);
    app::assets::set_root(bundle.root());
    bundle.warm();
    let https = state.site_url.starts_with("https://");
    let router = Router::new()
        .route("/charter/go", get(charter_go))
        .route("/health", get(crate::faults::health))
        .merge(crate::feeds::routes())
        .merge(crate::open_data::routes())
        .merge(crate::admin_routes::routes())
        .merge(crate::public_forms::routes())
        .merge(crate::assets::routes(bundle))
        .leptos_routes_with_context(&state, routes, || (), move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn(crate::html::tidy_html))
        .layer(axum::middleware::from_fn(crate::admin_routes::no_store))
        .layer(axum::middleware::from_fn(crate::admin_routes::csrf))
        .layer(axum::middleware::from_fn(crate::admin_routes::body_limit))
        .layer(axum::middleware::from_fn(crate::faults::writes_refused))
        .layer(CompressionLayer::new())
        .layer(header_layer(
            header::CONTENT_SECURITY_POLICY,
            crate::html::BASE_CSP,
        ))
        .layer(header_layer(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header_layer(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
        // One access-log line per request, when it is answered (status, latency), inside the
        // request-id span below (`request{id=… method=… path=…}`); `tower_http=warn` silences it.
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::DEBUG))
                .on_request(())
                .on_response(
                    DefaultOnResponse::new()
                        .level(tracing::Level::INFO)
                        .latency_unit(tower_http::LatencyUnit::Micros),
                )
                .on_body_chunk(())
                .on_eos(())
                .on_failure(()),
        )
        .layer(axum::middleware::from_fn(crate::admin_routes::request_id));
    // Served over HTTPS: browsers are told to use nothing else for a year.
    let router = if https {
        router.layer(header_layer(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        router
    };
    // Outermost: a stored page is answered before any other layer runs (it was stored with
    // the headers they added); only what it cannot answer goes through them.
    let cache = std::sync::Arc::new((state.clone(), pages));
    router
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(
            cache,
            crate::page_cache::serve_cached,
        ))
}

fn header_layer(
    name: header::HeaderName,
    value: &'static str,
) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

#[derive(Deserialize)]
struct EditionChoice {
    edition: Option<String>,
}

/// The no-JavaScript path of the edition switcher: `GET /charter/go?edition=2010` → `/charter/2010`.
async fn charter_go(
    lang: Option<Extension<Lang>>,
    Query(choice): Query<EditionChoice>,
) -> Response {
    let lang = lang.map(|Extension(lang)| lang).unwrap_or_default();
    let raw = choice.edition.unwrap_or_default();
    match parse_edition_slug(&raw) {
        Ok(slug) => Redirect::to(&lang.href(&format!("/charter/{slug}"))).into_response(),
        Err(message) => {
            let (code, title, back) = (
                lang.code(),
                t!(lang, "error-edition-title"),
                t!(lang, "error-charter-link"),
            );
            let href = lang.href("/charter");
            let message = domain::text::escape_text(&app::i18n::Msg::from(message).text(lang));
            (
                StatusCode::BAD_REQUEST,
                Html(format!(
                    "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
                     <body><h1>{title}</h1><p>{message}</p><p><a href=\"{href}\">{back}</a></p></body></html>"
                )),
            )
                .into_response()
        }
    }
}
