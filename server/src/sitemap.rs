//! `/sitemap.xml` and `/robots.txt`, from the public registry snapshot and the published releases.

use crate::feeds::{cached, internal};
use app::i18n::Lang;
use app::ssr::entities::press_release;
use app::ssr::newsroom::public_releases;
use app::ssr::AppState;
use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};
use domain::text::escape_attr;

pub(crate) async fn sitemap(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let now = state.clock.now();
    let snapshot = match state.snapshots.current(&state.db, state.clock.now()).await {
        Ok(s) => s,
        Err(err) => return internal(err, Lang::En),
    };
    let releases: Vec<press_release::Model> = match public_releases(&state.db, now).await {
        Ok(r) => r,
        Err(err) => return internal(err, Lang::En),
    };
    let mut paths: Vec<String> = [
        "/",
        "/charter",
        "/charter/compare",
        "/signatories",
        "/map",
        "/statistics",
        "/about/counting",
        "/newsroom",
        "/newsroom/media",
        "/feeds",
        "/about",
        "/toolkits/diversity",
        "/working-group",
        "/join",
        "/events",
        "/open-data",
        "/legal",
        "/privacy",
        "/accessibility",
    ]
    .iter()
    .map(|p| (*p).to_owned())
    .collect();
    paths.extend(
        snapshot
            .published_editions()
            .into_iter()
            .map(|(slug, _)| format!("/charter/{slug}")),
    );
    paths.extend(
        snapshot
            .slugs()
            .into_iter()
            .map(|slug| format!("/signatories/{slug}")),
    );
    paths.extend(releases.iter().map(|r| format!("/newsroom/{}", r.slug)));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // Each page in each language, every entry naming all the language versions.
    for path in paths {
        let alternates: String = Lang::ALL
            .iter()
            .map(|l| {
                format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}{}\"/>",
                    l.code(),
                    state.site_url,
                    escape_attr(&l.href(&path))
                )
            })
            .collect();
        for lang in Lang::ALL {
            xml.push_str(&format!(
                "<url><loc>{}{}</loc>{alternates}</url>\n",
                state.site_url,
                escape_attr(&lang.href(&path))
            ));
        }
    }
    xml.push_str("</urlset>\n");
    let newest = releases.first().map(|r| r.release_at);
    cached(
        &headers,
        xml.into_bytes(),
        newest,
        "application/xml; charset=utf-8",
    )
}

pub(crate) async fn robots(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "User-agent: *\nAllow: /\nDisallow: /admin\n\nSitemap: {}/sitemap.xml\n",
            state.site_url
        ),
    )
        .into_response()
}
