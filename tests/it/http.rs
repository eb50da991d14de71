//! HTTP behaviour every page shares: headers, methods, files that must not be served.

use crate::helpers::spawn_app;

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/charter/2024", "/nope", "/favicon.svg"] {
        let response = app.get(path).await;
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers.contains_key("referrer-policy"), "{path}");
        let csp = headers["content-security-policy"].to_str().expect("csp");
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
    }
    let response = app.get("/charter").await;
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
}

#[tokio::test]
async fn project_files_are_not_served() {
    let app = spawn_app().await;
    for path in [
        "/.git/config",
        "/Cargo.toml",
        "/target/",
        "/pkg/",
        "/../Cargo.toml",
        "/.env",
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("[package]") && !body.contains("Index of"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn pages_refuse_methods_other_than_get() {
    let app = spawn_app().await;
    for method in ["PUT", "DELETE", "TRACE", "PATCH"] {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let response = app
            .client
            .request(method.clone(), format!("{}/charter", app.address))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status().as_u16(), 405, "{method}");
    }
}

#[tokio::test]
async fn pages_are_compressed_when_the_client_accepts_it() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/charter/2024", app.address))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("send");
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn health_reports_the_database_reachable() {
    let app = spawn_app().await;
    assert_eq!(app.page("/health").await, (200, "ok".to_owned()));
}

#[tokio::test]
async fn every_page_type_has_its_own_title_and_one_h1() {
    let app = spawn_app().await;
    let mut titles = std::collections::HashSet::new();
    for path in crate::helpers::PAGE_TYPES {
        let (_, page) = app.page(path).await;
        let title = page
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .expect("a title");
        // Query variants of one page may share its title; distinct pages may not.
        if !path.contains('?') {
            assert!(
                titles.insert(title.to_owned()),
                "{path}: title {title:?} is used twice"
            );
        }
        assert_eq!(page.matches("<h1").count(), 1, "{path}: one h1");
        let lang = if path.starts_with("/fr") { "fr" } else { "en" };
        assert!(
            page.starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\">")),
            "{path}"
        );
    }
}

#[tokio::test]
async fn only_pages_with_an_island_load_javascript_or_wasm() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/signatories",
        "/signatories/paris",
        "/charter/compare",
        "/newsroom",
        "/statistics",
        "/map",
        "/nope",
        "/fr",
        "/fr/signatories",
    ] {
        let (_, page) = app.page(path).await;
        // Leptos still inlines a few bytes of resource state; no bundle is referenced.
        assert!(
            !page.contains("/pkg/icc.js")
                && !page.contains(".wasm")
                && !page.contains("<script src"),
            "{path} loads no bundle"
        );
        // Nor a copy of its data as JSON for a hydration that never comes.
        assert!(
            !page.contains("__RESOLVED_RESOURCES[") && !page.contains("\\\"slug\\\":"),
            "{path} inlines no resource data"
        );
    }
    // The charter's edition switcher: a form and a few lines of inline script (its hash in
    // the page's policy), no bundle; choosing an edition still works without any script.
    for path in ["/charter", "/charter/2024", "/charter/2010", "/fr/charter"] {
        let (status, page) = app.page(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            !page.contains("/pkg/icc.js")
                && !page.contains(".wasm")
                && !page.contains("<leptos-island"),
            "{path} loads no bundle"
        );
        assert!(
            page.contains("class=\"edition-switcher\"")
                && page.contains("location.href=f.dataset.base"),
            "{path} has the switcher and its script"
        );
    }
    // Only the staff screen with the signing preview loads the bundle.
    let staff = app
        .signed_in("bundle@eurocities.eu", app::ssr::accounts::Role::Editor)
        .await;
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    assert!(
        page.contains("/pkg/icc.js") && page.contains("<leptos-island"),
        "the signing screen loads its island"
    );
}

async fn fetch(
    app: &crate::helpers::TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.address));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("send")
}

fn unbrotli(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut out = String::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_string(&mut out)
        .expect("valid brotli");
    out
}

/// P6/P9: public pages are kept rendered: the same bytes again, brotli and gzip that decode to
/// them, an ETag that turns a repeat into a 304, and HTML that browsers revalidate.
#[tokio::test]
async fn public_pages_are_served_from_the_page_cache_with_validators() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/signatories?country=FR&sort=name",
        "/signatories/paris",
        "/feed.xml",
    ] {
        let first = fetch(&app, path, &[]).await;
        assert_eq!(first.status().as_u16(), 200, "{path}");
        let etag = first.headers()["etag"].to_str().expect("etag").to_owned();
        let cache_control = first.headers()["cache-control"]
            .to_str()
            .expect("cc")
            .to_owned();
        let identity = first.text().await.expect("body");
        if !path.ends_with(".xml") {
            assert_eq!(cache_control, "no-cache", "{path}: HTML revalidates");
        }
        let again = fetch(&app, path, &[]).await;
        assert_eq!(
            again.headers()["etag"].to_str().expect("etag"),
            etag,
            "{path}"
        );
        assert_eq!(
            again.text().await.expect("body"),
            identity,
            "{path}: same bytes"
        );

        let br = fetch(&app, path, &[("accept-encoding", "gzip, deflate, br")]).await;
        assert_eq!(br.headers()["content-encoding"], "br", "{path}");
        assert_eq!(br.headers()["vary"], "accept-encoding", "{path}");
        assert_eq!(
            unbrotli(&br.bytes().await.expect("body")),
            identity,
            "{path}"
        );

        let gz = fetch(&app, path, &[("accept-encoding", "gzip")]).await;
        assert_eq!(gz.headers()["content-encoding"], "gzip", "{path}");
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&gz.bytes().await.expect("body")[..]),
            &mut text,
        )
        .expect("valid gzip");
        assert_eq!(text, identity, "{path}");

        let revalidated = fetch(&app, path, &[("if-none-match", &etag)]).await;
        assert_eq!(
            revalidated.status().as_u16(),
            304,
            "{path}: a repeat is a 304"
        );
        assert!(revalidated.bytes().await.expect("body").is_empty());
        let stale = fetch(&app, path, &[("if-none-match", "\"0000\"")]).await;
        assert_eq!(
            stale.status().as_u16(),
            200,
            "{path}: another validator gets the page"
        );
    }
    // Answers that are not 200 are never kept: an unknown profile stays a 404.
    assert_eq!(app.page("/signatories/nowhere").await.0, 404);
    assert_eq!(app.page("/signatories/nowhere").await.0, 404);
}

/// P9: the bundle is linked under a hash of its bytes and cached for a year; the HTML that
/// links it is not.
#[tokio::test]
async fn the_bundle_is_linked_by_content_hash_and_cached_immutable() {
    let app = spawn_app().await;
    let staff = app
        .signed_in("hash@eurocities.eu", app::ssr::accounts::Role::Editor)
        .await;
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    let css = page
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|href| href.ends_with("/pkg/icc.css"))
        .expect("a stylesheet link")
        .to_owned();
    assert!(
        css.starts_with("/assets/") && css.len() > "/assets//pkg/icc.css".len(),
        "{css}"
    );
    let root = css.trim_end_matches("/pkg/icc.css").to_owned();
    assert!(
        page.contains(&format!("{root}/pkg/icc.js")),
        "the island script under the same hash"
    );
    if crate::helpers::bundle_is_built() {
        for (file, kind) in [
            ("icc.css", "text/css"),
            ("icc.js", "text/javascript"),
            ("icc.wasm", "application/wasm"),
        ] {
            let response = fetch(
                &app,
                &format!("{root}/pkg/{file}"),
                &[("accept-encoding", "br")],
            )
            .await;
            assert_eq!(response.status().as_u16(), 200, "{file}");
            assert_eq!(
                response.headers()["cache-control"],
                "public, max-age=31536000, immutable",
                "{file}"
            );
            assert!(
                response.headers()["content-type"]
                    .to_str()
                    .expect("type")
                    .starts_with(kind),
                "{file}"
            );
            assert_eq!(response.headers()["content-encoding"], "br", "{file}");
        }
        let old = fetch(&app, "/assets/0000000000000000/pkg/icc.css", &[]).await;
        assert_eq!(
            old.status().as_u16(),
            200,
            "an old page still gets a stylesheet"
        );
        assert_eq!(
            old.headers()["cache-control"],
            "no-cache",
            "but not one kept for a year"
        );
    }
    for bad in [
        "/assets/x/pkg/..%2FCargo.toml",
        "/assets/x/pkg/.hidden.css",
        "/assets/x/pkg/icc.d.ts",
    ] {
        assert_eq!(app.get(bad).await.status().as_u16(), 404, "{bad}");
    }
}

/// What a browser can read of brotli `bytes` when only these have arrived (a truncated stream
/// decodes up to where it stops).
fn unbrotli_prefix(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut out = Vec::new();
    let mut reader = brotli::Decompressor::new(bytes, 4096);
    let mut chunk = [0u8; 4096];
    while let Ok(n) = reader.read(&mut chunk) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&chunk[..n]);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// QUALITY P7: on every public page type, the first round trip (the first 14 KB of the brotli
/// HTML) carries the first screen — the head with its stylesheet, the header and the page's
/// title and opening text — and no page loads a script bundle: it works with none.
#[tokio::test]
async fn every_public_page_shows_its_first_screen_in_the_first_round_trip_without_a_bundle() {
    const FIRST_ROUND_TRIP: usize = 14 * 1024;
    let app = spawn_app().await;
    let mut whole = Vec::new();
    for path in crate::helpers::PAGE_TYPES {
        let br = fetch(&app, path, &[("accept-encoding", "br")]).await;
        // The list holds the 404 page too: it is a page people see.
        let expected = if path.ends_with("/nope") { 404 } else { 200 };
        assert_eq!(br.status().as_u16(), expected, "{path}");
        assert_eq!(br.headers()["content-encoding"], "br", "{path}");
        let bytes = br.bytes().await.expect("body");
        let html = unbrotli(&bytes);
        let first = unbrotli_prefix(&bytes[..bytes.len().min(FIRST_ROUND_TRIP)]);
        assert!(
            first.contains("rel=\"stylesheet\""),
            "{path}: the stylesheet"
        );
        let opening = first.split("</h1>").nth(1).unwrap_or_default();
        assert!(
            opening.contains("</p>") || opening.contains("</li>"),
            "{path}: the title and the opening text in the first {FIRST_ROUND_TRIP} bytes"
        );
        for bundle in ["/pkg/icc.js", "/pkg/icc.wasm", "modulepreload"] {
            assert!(!html.contains(bundle), "{path} loads {bundle}");
        }
        whole.push((bytes.len(), *path));
    }
    // The measure is real: a long page does not fit whole, and still shows its first screen.
    whole.sort_unstable();
    let (largest, path) = whole.last().copied().expect("pages");
    assert!(largest > 1000, "{path}: {largest}");
}
