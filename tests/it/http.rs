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
        assert!(
            page.starts_with("<!DOCTYPE html><html lang=\"en\">"),
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
    ] {
        let (_, page) = app.page(path).await;
        // Leptos still inlines a few bytes of resource state; no bundle is referenced.
        assert!(
            !page.contains("/pkg/icc.js")
                && !page.contains(".wasm")
                && !page.contains("<script src"),
            "{path} loads no bundle"
        );
    }
    for path in ["/charter", "/charter/2024", "/charter/2010"] {
        let (_, page) = app.page(path).await;
        assert!(
            page.contains("/pkg/icc.js") && page.contains("<leptos-island"),
            "{path} loads its island"
        );
    }
}
