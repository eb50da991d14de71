//! The charter pages, on SQLite and on PostgreSQL: both editions, the comparison, errors.

use crate::helpers::{fresh_postgres_url, spawn_app, spawn_app_on, TestApp};

/// What a visitor must find on the charter pages, whatever the database.
async fn the_charter_is_served_in_both_editions(app: &TestApp) {
    let (status, current) = app.page("/charter").await;
    assert_eq!(status, 200);
    assert!(
        current.contains("We the Mayors commit, based on this Charter"),
        "current edition is 2024"
    );
    assert!(current.contains("Current edition"));

    let (status, page) = app.page("/charter/2024").await;
    assert_eq!(status, 200);
    assert!(page.contains("We the Mayors commit, based on this Charter"));
    assert!(page.contains("As buyers of goods and services we will:"));
    assert!(
        page.contains("First edition")
            && page.contains("February 2010")
            && page.contains("October 2024")
    );
    assert!(page.contains("the 2007 Milan Declaration"));
    assert_eq!(page.matches("<h1").count(), 1, "one h1");

    let (status, page) = app.page("/charter/2010").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("href=\"#footnote-1\""),
        "the service-providers heading calls footnote (1)"
    );
    assert!(page.contains("id=\"footnote-1\""), "footnote (1) is given");
    assert!(page.contains("Where the signatory city is not the direct service provider"));
    assert!(page.contains("preamble of this edition is not yet in the registry"));
    assert!(
        !page.contains("We the Mayors commit"),
        "nothing of 2024 is invented for 2010"
    );
    // De-duplicated: each 2010 commitment appears once.
    assert_eq!(
        page.matches("Ensure equal access and non-discrimination across all our policies")
            .count(),
        1
    );
    assert_eq!(
        page.matches("Promote the development of a diverse supplier-base")
            .count(),
        1
    );

    let (status, page) = app.page("/charter/compare?from=2010&to=2024").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("id=\"diff-preamble\""),
        "the preamble is part of the comparison"
    );
    assert!(page.contains("the 2010 edition text is not in the registry"));
    let buyers = page
        .split("id=\"diff-role-buyers-of-goods-and-services\"")
        .nth(1)
        .expect("buyers section");
    let buyers = buyers.split("</section>").next().unwrap_or_default();
    assert!(buyers.contains("Changed"), "the buyers section changed");
    assert!(
        buyers.contains("Moved from position"),
        "its commitments were reordered"
    );
    assert!(
        page.contains("diff-section removed") && page.contains("Only in the 2010 edition"),
        "footnote (1) is gone in 2024"
    );
    assert!(page.contains("role=\"status\""));
    assert!(
        page.contains("1 removed and 1 moved"),
        "footnote (1) removed, one buyers commitment moved"
    );
    assert!(
        page.contains("5 sections of the 2024 edition cannot be compared"),
        "preamble, closing and three notes"
    );
    // Before the details, what changed in plain words: the part that changed and how, the
    // part dropped, then what is the same and what cannot be compared yet.
    let short = page
        .split("id=\"in-short-title\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("the plain summary");
    assert!(
        page.find("in-short-title") < page.find("id=\"diff-preamble\""),
        "it leads"
    );
    assert!(
        short.contains("1 passage moved to another place in the list"),
        "{short}"
    );
    assert!(short.contains("no longer in the 2024 edition"), "{short}");
    assert!(short.contains("Not compared yet:"), "{short}");
    assert!(!short.contains(" 0 "), "no empty counts: {short}");
}

#[tokio::test]
async fn the_charter_is_served_from_sqlite() {
    let app = spawn_app().await;
    the_charter_is_served_in_both_editions(&app).await;
}

#[tokio::test]
async fn the_charter_is_served_from_postgresql() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    the_charter_is_served_in_both_editions(&app).await;
}

#[tokio::test]
async fn unknown_pages_and_editions_answer_404() {
    let app = spawn_app().await;
    for path in [
        "/nope",
        "/charter/1999",
        "/charter/compare?from=1999&to=2024",
        "/charter/2010/extra",
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(body.contains("Page not found"), "{path}");
    }
}

#[tokio::test]
async fn malformed_edition_names_answer_400_with_a_reason() {
    let app = spawn_app().await;
    for path in [
        "/charter/compare?from=2010;DROP%20TABLE%20edition&to=2024",
        "/charter/compare?from=%27%20OR%201=1--",
        "/charter/2024%3Cscript%3E",
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, 400, "{path}");
        assert!(
            body.contains("only lower-case letters, digits and hyphens"),
            "{path}"
        );
        assert!(!body.contains("<script>"), "{path}");
    }
    // The edition table is intact after the attempts.
    assert_eq!(app.page("/charter/2010").await.0, 200);
}

#[tokio::test]
async fn comparing_an_edition_with_itself_says_so() {
    let app = spawn_app().await;
    let (status, body) = app.page("/charter/compare?from=2024&to=2024").await;
    assert_eq!(status, 200);
    assert!(body.contains("Both sides are the same edition"));
}

#[tokio::test]
async fn the_edition_switcher_works_without_javascript() {
    let app = spawn_app().await;
    let response = app.get("/charter/go?edition=2010").await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/charter/2010");
    let (status, page) = app.page("/charter/2024").await;
    assert_eq!(status, 200);
    assert!(page.contains("action=\"/charter/go\"") && page.contains("name=\"edition\""));
    assert_eq!(
        app.get("/charter/go?edition=..%2Fetc")
            .await
            .status()
            .as_u16(),
        400
    );
    assert_eq!(app.get("/charter/go").await.status().as_u16(), 400);
}

#[tokio::test]
async fn no_page_repeats_an_element_id() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/charter/2010",
        "/charter/2024",
        "/charter/compare?from=2010&to=2024",
        "/nope",
    ] {
        let (_, page) = app.page(path).await;
        let mut seen = std::collections::HashSet::new();
        for id in page
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
        {
            assert!(
                seen.insert(id.to_owned()),
                "{path}: id {id:?} appears twice"
            );
        }
    }
}
