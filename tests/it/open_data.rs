//! Open data and the badge: the same view as the directory, a read-only API, an accessible SVG.

use crate::helpers::spawn_app;

fn directory_names(page: &str) -> Vec<String> {
    let mut names: Vec<String> = page
        .split("<th scope=\"row\" data-label=\"Name\"><a href=\"/signatories/")
        .skip(1)
        .filter_map(|rest| rest.split('>').nth(1)?.split('<').next().map(str::to_owned))
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn the_csv_and_json_match_the_directory_view() {
    let app = spawn_app().await;
    let (_, page) = app.page("/signatories?country=FR").await;
    let expected = directory_names(&page);
    assert_eq!(expected.len(), 4);
    assert!(
        page.contains("href=\"/signatories.csv?country=FR\""),
        "the page links to the same view"
    );

    let response = app.get("/signatories.csv?country=FR").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .expect("header")
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\"icc-signatories-")
            && disposition.ends_with("-country-fr.csv\""),
        "{disposition}"
    );
    let body = response.text().await.expect("body");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let headers = reader.headers().expect("header row").clone();
    assert!(
        headers.iter().any(|h| h == "sources")
            && headers.iter().any(|h| h == "eu_member_at_signing")
    );
    let name_at = headers
        .iter()
        .position(|h| h == "name")
        .expect("name column");
    let mut names: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[name_at].to_owned())
        .collect();
    names.sort();
    assert_eq!(names, expected);

    let json: serde_json::Value = app
        .get("/signatories.json?country=FR")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(json["matching"], 4);
    assert_eq!(json["total_signatories"], 54);
    let mut names: Vec<String> = json["signatories"]
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["name"].as_str().expect("name").to_owned())
        .collect();
    names.sort();
    assert_eq!(names, expected);

    let bad = app.get("/signatories.csv?sort=x;drop").await;
    assert_eq!(bad.status().as_u16(), 400);
}

#[tokio::test]
async fn the_api_answers_in_json() {
    let app = spawn_app().await;
    let all: serde_json::Value = app
        .get("/api/v1/signatories?as_of=2013-09-30")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(all["matching"], 20);
    let paris: serde_json::Value = app
        .get("/api/v1/signatories/paris")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(paris["name"], "Paris");
    assert!(paris["ordinals"]
        .as_array()
        .expect("ordinals")
        .iter()
        .any(|o| o == "the 33rd European city"));
    assert_eq!(
        app.get("/api/v1/signatories/nope").await.status().as_u16(),
        404
    );
    let editions: serde_json::Value = app
        .get("/api/v1/editions")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(editions.as_array().map(Vec::len), Some(2));
    let releases: serde_json::Value = app
        .get("/api/v1/press-releases")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        releases[0]["slug"],
        "paris-sets-out-commitment-to-migrant-integration"
    );
    let (status, page) = app.page("/open-data").await;
    assert_eq!(status, 200);
    assert!(page.contains("CC BY 4.0") && page.contains("/about/counting"));
}

#[tokio::test]
async fn the_badge_is_an_accessible_svg_with_the_year() {
    let app = spawn_app().await;
    let response = app.get("/badge/paris.svg").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "image/svg+xml; charset=utf-8"
    );
    let svg = response.text().await.expect("svg");
    assert!(svg.contains(
        "<title id=\"t\">Signatory of the Integrating Cities Charter since 2013</title>"
    ));
    assert!(svg.contains("<desc id=\"d\">Paris"));
    assert_eq!(app.get("/badge/nope.svg").await.status().as_u16(), 404);
    let (_, lisbon) = app.page("/signatories/lisbon").await;
    assert!(
        lisbon.contains("/badge/lisbon.svg")
            && lisbon.contains("alt=\"Signatory of the Integrating Cities Charter\"")
    );
    let (_, paris) = app.page("/signatories/paris").await;
    let snippet = paris
        .split("<textarea id=\"badge-code\" readonly rows=\"3\">")
        .nth(1)
        .and_then(|t| t.split("</textarea>").next())
        .expect("the embed snippet");
    assert!(snippet.starts_with("&lt;a href=\"http://127.0.0.1:0/signatories/paris\"&gt;&lt;img src=\"http://127.0.0.1:0/badge/paris.svg\""), "{snippet}");
    assert!(!snippet.contains('<'), "textarea content is escaped");
}
