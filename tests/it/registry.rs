//! The signatory registry over HTTP, on SQLite and on PostgreSQL: directory, profiles, counts.

use crate::helpers::{fresh_postgres_url, spawn_app, spawn_app_on, TestApp};

/// The names linked from a directory page, in order.
fn names(page: &str) -> Vec<String> {
    page.split("<th scope=\"row\" data-label=\"Name\"><a href=\"/signatories/")
        .skip(1)
        .filter_map(|rest| rest.split('>').nth(1)?.split('<').next().map(str::to_owned))
        .collect()
}

fn count_line(page: &str) -> String {
    page.split("class=\"count\" role=\"status\">")
        .nth(1)
        .or_else(|| page.split("role=\"status\" class=\"count\">").nth(1))
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_default()
        .to_owned()
}

async fn the_registry_answers_the_same_on_any_database(app: &TestApp) {
    let (status, page) = app.page("/signatories?country=DE").await;
    assert_eq!(status, 200);
    let mut german = names(&page);
    german.sort();
    assert_eq!(
        german,
        [
            "Berlin",
            "Dortmund",
            "Düsseldorf",
            "Leipzig",
            "Munich",
            "Nuremberg"
        ]
    );
    assert_eq!(
        count_line(&page),
        "6 signatories match, of 54 in the registry."
    );

    for q in [
        "dusseldorf",
        "DÜSSELDORF",
        "D%C3%BCsseldorf",
        "d%C3%BCSSELDORF",
    ] {
        let (status, page) = app.page(&format!("/signatories?q={q}")).await;
        assert_eq!(status, 200);
        assert_eq!(names(&page), ["Düsseldorf"], "q={q}");
    }

    let (_, page) = app.page("/signatories?as_of=2013-09-30").await;
    let founders_and_tampere = names(&page);
    assert_eq!(founders_and_tampere.len(), 20);
    for city in ["London", "Utrecht", "Brussels", "Montpellier", "Toulouse"] {
        assert!(founders_and_tampere.contains(&city.to_owned()), "{city}");
    }
    assert!(!founders_and_tampere.contains(&"Paris".to_owned()));
    // The ten signatories of 2010–2013 not yet identified count too.
    assert!(
        count_line(&page).contains("of 30 on 30 September 2013"),
        "{}",
        count_line(&page)
    );
    assert!(page.contains("as it stood on 30 September 2013"));

    let (status, page) = app.page("/signatories/paris").await;
    assert_eq!(status, 200);
    assert!(page.contains("18 December 2013"));
    assert!(page.contains("href=\"https://staging.eurocities.eu/v2/news/Cities-and-migrants-implementing-the-Integrating-Cities-Charter-WSPO-A63HB6\""), "its source");
    assert!(
        page.contains("the 33rd European city and 15th EU capital"),
        "the announced statement"
    );
    assert!(
        page.contains("the 33rd European city, the 15th EU capital"),
        "what the registry computes"
    );
    assert!(page.contains("og:title"));
    assert!(
        page.contains("href=\"/newsroom/paris-sets-out-commitment-to-migrant-integration\""),
        "its press release"
    );

    let (_, lisbon) = app.page("/signatories/lisbon").await;
    assert!(
        lisbon.contains("Lisbon is the 31st–32nd signatory"),
        "a range, in words"
    );
    let (_, bologna) = app.page("/signatories/bologna").await;
    assert!(bologna.contains("not confirmed: no source says which text was signed"));
}

#[tokio::test]
async fn the_registry_is_served_from_sqlite() {
    let app = spawn_app().await;
    the_registry_answers_the_same_on_any_database(&app).await;
}

#[tokio::test]
async fn the_registry_is_served_from_postgresql() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    the_registry_answers_the_same_on_any_database(&app).await;
}

#[tokio::test]
async fn the_same_total_appears_on_every_page() {
    let app = spawn_app().await;
    let (_, home) = app.page("/").await;
    assert!(home.contains("<p class=\"figure-number\">54</p>"));
    assert!(
        home.contains("<p class=\"figure-number\">2</p>")
            && home.contains("editions: February 2010 and October 2024")
    );
    assert!(home.contains("Latest signatories") && home.contains("href=\"/signatories/vilnius\""));
    let (_, directory) = app.page("/signatories").await;
    assert!(count_line(&directory).contains("of 54 in the registry"));
    let (_, stats) = app.page("/statistics").await;
    assert!(stats.contains("<dt>Signatories</dt><dd>54</dd>"));
    let (_, counting) = app.page("/about/counting").await;
    assert!(counting.contains("<dt>Signatories</dt><dd>54</dd>"));
    let (_, profile) = app.page("/signatories/vilnius").await;
    assert!(profile.contains("of the 54 signatories the registry knows"));
}

#[tokio::test]
async fn bad_query_strings_get_a_400_page_never_a_500() {
    let app = spawn_app().await;
    for path in [
        "/signatories?page=-1",
        "/signatories?page=99999999999999999999",
        "/signatories?sort=x;drop",
        "/signatories?sort=name;DROP%20TABLE%20signatory",
        "/signatories?as_of=2013-02-30",
        "/signatories?country=%27%20OR%201=1--",
        "/signatories?capital=maybe",
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, 400, "{path}");
        assert!(body.contains("This address is not valid"), "{path}");
    }
    assert_eq!(app.page("/signatories/nope").await.0, 404);
    assert_eq!(app.page("/signatories/Paris%3Cscript%3E").await.0, 404);
    // Nothing was harmed.
    assert!(count_line(&app.page("/signatories").await.1).contains("39 signatories match"));
}

#[tokio::test]
async fn the_directory_pages_and_sorts() {
    let app = spawn_app().await;
    let (_, first) = app.page("/signatories").await;
    assert_eq!(names(&first).len(), 25);
    assert!(first.contains("Page 1 of 2") && first.contains("href=\"/signatories?page=2\""));
    let (_, second) = app.page("/signatories?page=2").await;
    assert_eq!(names(&second).len(), 14);
    let (_, by_name) = app.page("/signatories?sort=name").await;
    let sorted = names(&by_name);
    assert_eq!(sorted.first().map(String::as_str), Some("Amsterdam"));
    assert!(by_name.contains("aria-sort=\"ascending\""));
    // The sortable columns' headers are links that sort by them, the filters kept.
    let (_, filtered) = app.page("/signatories?country=FR&sort=name").await;
    for column in ["order", "name", "country"] {
        assert!(
            filtered.contains(&format!(
                "<a href=\"/signatories?country=FR&amp;sort={column}\">"
            )),
            "{column}: {filtered}"
        );
    }
    let (_, french) = app.page("/fr/signatories?sort=country").await;
    assert!(
        french.contains("<a href=\"/fr/signatories?sort=name\">"),
        "{french}"
    );
    assert!(
        by_name.contains("href=\"/signatories?sort=name&amp;page=2\"")
            || by_name.contains("href=\"/signatories?sort=name&page=2\"")
    );
    assert_eq!(
        app.page("/signatories?page=3").await.0,
        404,
        "a page past the last does not exist"
    );
}

#[tokio::test]
async fn the_map_links_every_signatory_and_puts_toronto_in_the_inset() {
    let app = spawn_app().await;
    let (status, page) = app.page("/map").await;
    assert_eq!(status, 200);
    let svg = page
        .split("aria-label=\"Map of the signatories of the Integrating Cities Charter\" class=\"map\">")
        .nth(1)
        .and_then(|s| s.split("</svg>").next())
        .expect("the map");
    assert_eq!(
        svg.matches("<a href=\"/signatories/").count(),
        39,
        "one linked dot per named signatory"
    );
    let inset = svg.split("class=\"inset\"").nth(1).expect("an inset");
    assert!(inset.contains("href=\"/signatories/toronto\"") && inset.contains("Toronto (Canada)"));
    assert!(!inset.contains("/signatories/paris"));
    assert_eq!(
        page.matches("<th scope=\"row\"><a href=\"/signatories/")
            .count(),
        39,
        "the table alternative"
    );
    assert_eq!(app.get("/map/europe.svg").await.status().as_u16(), 200);
    let (_, profile) = app.page("/signatories/paris").await;
    assert!(profile.contains("class=\"map\"") && profile.contains("dot current"));
}

/// `/about`: the process, how to become a signatory, and each conference with the signatories
/// that signed there, linked to their profiles.
#[tokio::test]
async fn the_about_page_lists_the_conferences_with_their_signings() {
    let app = crate::helpers::spawn_app().await;
    let (status, page) = app.page("/about").await;
    assert_eq!(status, 200);
    assert!(page.contains("2007 Milan Declaration"), "the process");
    assert!(
        page.contains("id=\"how-to-sign\""),
        "how to become a signatory"
    );
    assert!(page.contains("scanned copy of the signed charter"));
    // Conference VI, Tampere: the three cities that signed there, linked, in that section.
    let tampere = page
        .split("<h3>Integrating Cities VI</h3>")
        .nth(1)
        .and_then(|rest| rest.split("</li>").next())
        .expect("conference VI listed");
    assert!(tampere.contains("Tampere, Finland"), "{tampere}");
    assert!(tampere.contains("9–10 September 2013"), "{tampere}");
    for slug in ["brussels", "montpellier", "toulouse"] {
        assert!(
            tampere.contains(&format!("href=\"/signatories/{slug}\"")),
            "{slug} in {tampere}"
        );
    }
    let london = page
        .split("<h3>Integrating Cities IV</h3>")
        .nth(1)
        .and_then(|rest| rest.split("</li>").next())
        .expect("conference IV listed");
    assert!(london.contains("charter launched and signed by 17 mayors"));
    assert!(
        london.contains("href=\"/signatories/london\"")
            && london.contains("href=\"/signatories/oslo\"")
    );
    // Rotterdam 2006 preceded the charter: nobody signed there.
    assert!(page.contains("No signing at this conference is recorded in the registry."));
    // Every profile link on the page resolves.
    for slug in page
        .split("href=\"/signatories/")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        if !slug.is_empty() && !slug.contains('?') {
            assert_eq!(
                app.page(&format!("/signatories/{slug}")).await.0,
                200,
                "{slug}"
            );
        }
    }
}

/// `/toolkits/diversity`: the French toolkit from its data: all 13 key factors with their
/// guiding questions, in French and marked so, with signatory cities linked to their profiles.
#[tokio::test]
async fn the_diversity_toolkit_shows_every_key_factor_with_its_questions() {
    let app = crate::helpers::spawn_app().await;
    let (status, page) = app.page("/toolkits/diversity").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<div lang=\"fr\">"),
        "the French content is marked as French"
    );
    assert!(
        page.contains("published in French only"),
        "and the reader is told"
    );
    for n in 1..=13 {
        let id = format!("id=\"factor-{n:02}\"");
        let section = page
            .split(&id)
            .nth(1)
            .and_then(|rest| rest.split("</section>").next())
            .unwrap_or_else(|| panic!("key factor {n} is shown"));
        let questions = section
            .split("Questions guides</h4>")
            .nth(1)
            .and_then(|rest| rest.split("</ul>").next())
            .unwrap_or_else(|| panic!("key factor {n} has its questions"));
        assert!(
            questions.matches("<li>").count() >= 3,
            "factor {n}: {questions}"
        );
        assert!(
            section.contains("class=\"toolkit-example\""),
            "factor {n} has examples"
        );
    }
    assert!(page.contains("Existe-t-il une déclaration publique de l'engagement de votre ville en faveur de la diversité?"));
    // Oslo and Copenhagen (Copenhague in the text) are signatories: linked.
    assert!(page.contains("<a href=\"/signatories/oslo\">Oslo</a>"));
    assert!(page.contains("<a href=\"/signatories/copenhagen\">Copenhague</a>"));
    // A city that has not signed is named, not linked.
    assert!(page.contains("<span>Nantes</span>"));
    assert!(
        page.contains("Législation et politique nationale"),
        "the contextual factors"
    );
    assert!(
        page.contains("Un examen réalisé par des pairs"),
        "the ways to use it"
    );
}

#[tokio::test]
async fn past_five_hundred_signatories_the_map_counts_areas_and_countries_instead() {
    use app::ssr::accounts::Role;
    use sea_orm::ConnectionTrait;

    let app = spawn_app().await;
    let staff = app.signed_in("map@eurocities.eu", Role::Editor).await;
    let header = app::ssr::import::COLUMNS[..18].join(",");
    let rows: String = (0..600)
        .map(|i| {
            let country = ["FR", "DE", "IT"][i % 3];
            format!("gen-{i},Generated City {i},city,{country},no,signed,,2024,yes,2025-01-15,,,,,,,,Source | https://example.org/{i}\n")
        })
        .collect();
    let response = app
        .post_form(
            "/api/admin/import",
            Some(&staff.cookie),
            &[("intent", "apply"), ("csv", &format!("{header}\n{rows}"))],
        )
        .await;
    assert_eq!(crate::helpers::location(&response), "/admin/import");
    // The import format carries no coordinates: spread the new cities over Europe, and tell the
    // servers that public data changed, as a staff edit would.
    app.db
        .execute_unprepared(
            "UPDATE signatory SET latitude = 40 + (id % 20), longitude = (id % 25) WHERE slug LIKE 'gen-%'",
        )
        .await
        .expect("coordinates");
    app.db
        .execute_unprepared("UPDATE registry_version SET version = version + 1 WHERE id = 1")
        .await
        .expect("a new version");

    let (status, page) = app.page("/map").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("639 signatories on the map: too many for one dot each"),
        "the 39 seeded and the 600 imported, all located"
    );
    let svg = page
        .split("class=\"map\">")
        .nth(1)
        .and_then(|s| s.split("</svg>").next())
        .expect("the map");
    let (drawn, inset) = svg
        .split_once("class=\"inset\"")
        .expect("the inset, as before");
    assert!(!drawn.contains("<a href="), "no dot per signatory");
    assert!(inset.contains("href=\"/signatories/toronto\"") && inset.contains("Toronto (Canada)"));
    let cells: Vec<usize> = drawn
        .split("<title>")
        .skip(1)
        .filter_map(|t| t.split(' ').next()?.parse().ok())
        .collect();
    assert!(drawn.matches("class=\"cell l").count() == cells.len() && cells.len() > 20);
    assert_eq!(
        cells.iter().sum::<usize>(),
        638,
        "each signatory on the base map counted in one square, Toronto in the inset"
    );
    let table = page
        .split("Signatories by country</caption>")
        .nth(1)
        .expect("the table by country");
    let counts: usize = table
        .split("<td>")
        .skip(1)
        .filter_map(|t| t.split('<').next()?.parse::<usize>().ok())
        .sum();
    assert_eq!(counts, 639);
    assert!(table.contains("<a href=\"/signatories?country=FR\">France</a>"));
    assert!(page.len() < 150_000, "a page of {} bytes", page.len());

    let (status, page) = app.page("/fr/map").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Signataires par pays")
            && page.contains("href=\"/fr/signatories?country=FR\"")
    );
}
