//! The site in French: `/fr/...` pages written wholly in French, content in its own language
//! marked as such, `hreflang` alternates, the switch that keeps the page, separate cache entries.

use app::i18n::{Lang, SOURCES};

use app::ssr::accounts::Role;

use crate::helpers::admin_path;
use crate::helpers::spawn_app;
use crate::newsroom::{feed, FEEDS};

/// How Leptos may write a string in HTML text or attributes.
fn in_html(page: &str, text: &str) -> bool {
    let escaped = text.replace('&', "&amp;");
    [
        text.to_owned(),
        escaped.clone(),
        escaped.replace('\'', "&#x27;"),
        escaped.replace('\'', "&#39;"),
    ]
    .iter()
    .any(|t| page.contains(t.as_str()))
}

/// The page's HTML without the parts marked as another language's content (`lang="en"`
/// elements: the charter's English text), without its scripts and head.
fn interface_text(page: &str) -> String {
    let body = page.split("<body").nth(1).unwrap_or(page);
    // Scripts carry data (resource state) and `<code>` addresses: not words shown.
    let mut shown = body.to_owned();
    for (open, close) in [("<script", "</script>"), ("<code>", "</code>")] {
        let mut kept = String::new();
        let mut rest = shown.as_str();
        while let Some(start) = rest.find(open) {
            kept.push_str(&rest[..start]);
            rest = rest[start..]
                .find(close)
                .map_or("", |end| &rest[start + end + close.len()..]);
        }
        kept.push_str(rest);
        shown = kept;
    }
    // An island's props are data too (their JSON keys are English field names).
    while let Some(start) = shown.find(" data-props=\"") {
        let value = start + " data-props=\"".len();
        let end = shown[value..]
            .find('"')
            .map_or(shown.len(), |e| value + e + 1);
        shown.replace_range(start..end, "");
    }
    let mut out = String::new();
    let mut rest = shown.as_str();
    while let Some(start) = rest.find(" lang=\"en\"") {
        // Cut from the element's `<` to its closing tag.
        let open = rest[..start].rfind('<').unwrap_or(start);
        let name: String = rest[open + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        out.push_str(&rest[..open]);
        rest = &rest[element_end(&rest[open..], &name) + open..];
    }
    out.push_str(rest);
    // Words shown: text, and the attributes read out or displayed (not ids, classes, links).
    let mut words = String::new();
    let mut rest = out.as_str();
    while let Some(open) = rest.find('<') {
        words.push_str(&rest[..open]);
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = &rest[open..close];
        for attribute in [
            "aria-label=\"",
            "title=\"",
            "alt=\"",
            "placeholder=\"",
            "content=\"",
        ] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                words.push(' ');
                words.push_str(value.split('"').next().unwrap_or_default());
                words.push(' ');
            }
        }
        words.push(' ');
        rest = &rest[close..];
    }
    words.push_str(rest);
    words
}

/// The length of the element `name` that `html` starts with, nested same-name elements included.
fn element_end(html: &str, name: &str) -> usize {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 0usize;
    let mut at = 0;
    while at < html.len() {
        let next_open = html[at..].find(&open).map(|i| i + at);
        let next_close = html[at..].find(&close).map(|i| i + at);
        match (next_open, next_close) {
            // An opening tag of the same name (not a longer name such as `<spanx`).
            (Some(o), Some(c)) if o < c => {
                let after = html[o + open.len()..].chars().next();
                if matches!(after, Some(' ' | '>' | '/')) {
                    depth += 1;
                }
                at = o + open.len();
            }
            (_, Some(c)) => {
                depth = depth.saturating_sub(1);
                at = c + close.len();
                if depth == 0 {
                    return at;
                }
            }
            _ => return html.len(),
        }
    }
    html.len()
}

/// Every single-line English interface string that French writes differently.
fn english_only_strings() -> Vec<(String, String)> {
    let values = |source: &str| -> Vec<(String, String)> {
        source
            .lines()
            .filter(|l| !l.starts_with(' ') && !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = "))
            .filter(|(_, v)| !v.contains('{') && !v.is_empty())
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect()
    };
    let fr = values(SOURCES[1].1);
    values(SOURCES[0].1)
        .into_iter()
        .filter(|(key, value)| {
            // Country names are data shown by code; words shorter than 4 letters ("Map")
            // occur inside other words; a word French also uses ("Import") proves nothing.
            !key.starts_with("country-")
                && value.len() > 3
                && fr.iter().any(|(k, v)| k == key && v != value)
                && !fr.iter().any(|(_, v)| v == value)
        })
        .collect()
}

/// `text` contains `value` as whole words ("· capital" is not in "· capitale").
fn has_words(text: &str, value: &str) -> bool {
    let escaped = value.replace('&', "&amp;");
    [
        value.to_owned(),
        escaped.replace('\'', "&#x27;"),
        escaped.replace('\'', "&#39;"),
        escaped,
    ]
    .iter()
    .any(|v| {
        text.match_indices(v.as_str()).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + v.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

fn assert_french(path: &str, page: &str) {
    assert!(page.contains("<html lang=\"fr\""), "{path}: html lang");
    let text = interface_text(page);
    let english: Vec<_> = english_only_strings()
        .into_iter()
        .filter(|(_, value)| has_words(&text, value))
        .map(|(key, value)| {
            let at = text.find(&value).unwrap_or(0);
            let mut from = at.saturating_sub(60);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (at + value.len() + 60).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            (
                key,
                text[from..to]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
        .collect();
    assert!(
        english.is_empty(),
        "{path}: English interface strings on a French page: {english:?}"
    );
}

#[tokio::test]
async fn french_pages_are_french_from_the_frame_to_the_dates() {
    let app = spawn_app().await;
    assert!(
        english_only_strings().len() > 80,
        "the check has strings to look for"
    );

    let (status, page) = app.page("/fr/signatories").await;
    assert_eq!(status, 200);
    assert_french("/fr/signatories", &page);
    for key in [
        "directory-title",
        "filter-country-any",
        "column-place",
        "nav-charter",
        "footer-feeds",
    ] {
        assert!(in_html(&page, &Lang::Fr.t(key)), "French {key}");
    }
    // Dates and places the French way; countries by their French names, in French order.
    assert!(page.contains("18 décembre 2013"), "Paris's signing date");
    assert!(page.contains(">1er–17e<"), "the founders' places");
    assert!(page.contains(">Allemagne<") && page.contains(">Pays-Bas"));
    let (de, be) = (page.find(">Allemagne<"), page.find(">Belgique<"));
    assert!(de < be, "countries sorted by their French names");
    assert!(
        page.contains("action=\"/fr/signatories\""),
        "the filters stay in French"
    );

    let (status, page) = app.page("/fr/signatories?country=FR&sort=name").await;
    assert_eq!(status, 200);
    assert_french("/fr/signatories?country=FR", &page);
    assert!(page.contains(">Paris<"));

    let (status, page) = app.page("/fr/signatories?as_of=2013-09-30").await;
    assert_eq!(status, 200);
    assert!(page.contains("Signataires au 30 septembre 2013"));

    let (status, page) = app.page("/fr").await;
    assert_eq!(status, 200);
    assert_french("/fr", &page);
    assert!(in_html(&page, "Charte des villes intégratrices"));

    let (status, page) = app.page("/fr/charter").await;
    assert_eq!(status, 200);
    assert_french("/fr/charter", &page);
    assert!(page.contains("Charte des villes intégratrices — édition 2024"));
    assert!(page.contains("octobre 2024") && page.contains("février 2010"));
    // The text exists only in English: shown as such, marked, and said.
    assert!(
        page.contains("<p lang=\"en\">We the Mayors commit")
            || page.contains("lang=\"en\">We the Mayors commit")
    );
    assert!(in_html(&page, &Lang::Fr.t("charter-not-translated")));
    assert!(
        page.contains("action=\"/fr/charter/go\""),
        "the switcher stays in French"
    );

    let (status, page) = app.page("/fr/charter/2010").await;
    assert_eq!(status, 200);
    assert_french("/fr/charter/2010", &page);
    assert!(in_html(&page, &Lang::Fr.t("charter-preamble-missing")));

    let (status, page) = app.page("/fr/about").await;
    assert_eq!(status, 200);
    assert_french("/fr/about", &page);
    assert!(
        page.contains("9–10 septembre 2013"),
        "conference dates in French"
    );
    assert!(page.contains("Finlande"), "conference countries in French");
    assert!(
        page.contains("/signatories/oslo\""),
        "the signatories of each conference are linked"
    );

    let (status, page) = app.page("/fr/toolkits/diversity").await;
    assert_eq!(status, 200);
    assert_french("/fr/toolkits/diversity", &page);
    assert!(!page.contains("lang=\"fr\">") || page.contains("<html lang=\"fr\""));
    assert!(
        !in_html(&page, &Lang::Fr.t("toolkit-french-only")),
        "no 'French only' note in French"
    );
    assert_eq!(page.matches(">Questions guides<").count(), 13);

    let (status, page) = app.page("/fr/signatories/paris").await;
    assert_eq!(status, 200);
    assert_french("/fr/signatories/paris", &page);
    assert!(
        page.contains("Selon le décompte du registre, Paris est le "),
        "the places sentence"
    );
    assert!(
        in_html(&page, "e capitale de l'UE"),
        "its place among EU capitals"
    );
    assert!(page.contains("18 décembre 2013"));
    assert!(
        page.contains("lang=\"en\""),
        "the registry's English notes are marked"
    );
    assert!(
        page.contains("href=\"/signatories/paris\" hreflang=\"en\""),
        "the switch to the English profile"
    );

    // Every French page type: in French throughout.
    for path in crate::helpers::PAGE_TYPES
        .iter()
        .filter(|p| p.starts_with("/fr"))
    {
        let (status, page) = app.page(path).await;
        assert_eq!(
            status,
            if *path == "/fr/nope" { 404 } else { 200 },
            "{path}"
        );
        assert_french(path, &page);
    }
    let (_, page) = app.page("/fr/statistics").await;
    assert!(
        page.contains("Signataires de l&#x27;édition 2010")
            || page.contains("Signataires de l'édition 2010")
    );
    assert!(
        page.contains("href=\"/fr/signatories?country=FR\""),
        "countries link to the French directory"
    );

    let (_, page) = app
        .page("/fr/newsroom/paris-sets-out-commitment-to-migrant-integration")
        .await;
    assert!(
        page.contains("<article lang=\"en\" class=\"release\">"),
        "the release is marked English"
    );
    assert!(
        in_html(
            &page,
            "Selon le registre au 18 décembre 2013 : Paris est le "
        ),
        "the fact box in French"
    );
    let (_, page) = app.page("/fr/charter/compare?from=2010&to=2024").await;
    assert!(
        page.contains("Ce qui a changé de l&#x27;édition 2010 à l&#x27;édition 2024")
            || in_html(&page, "Ce qui a changé de l'édition 2010 à l'édition 2024")
    );

    // An English page stays English.
    let (_, page) = app.page("/charter").await;
    assert!(page.contains("<html lang=\"en\""));
    assert!(
        !page.contains("charter-not-translated")
            && !in_html(&page, &Lang::Fr.t("charter-not-translated"))
    );
}

#[tokio::test]
async fn each_version_names_the_others_and_the_switch_keeps_the_page() {
    let app = spawn_app().await;
    let (_, page) = app.page("/signatories?country=FR").await;
    let site = "http://127.0.0.1"; // the test configuration's site address
    assert!(page.contains("hreflang=\"fr\""), "alternate in French");
    for (lang, href) in [
        ("en", "/signatories?country=FR"),
        ("fr", "/fr/signatories?country=FR"),
        ("x-default", "/signatories?country=FR"),
    ] {
        let link = format!("hreflang=\"{lang}\" rel=\"alternate\"");
        let tag = page
            .split("<link ")
            .find(|t| t.contains(&link))
            .unwrap_or_else(|| panic!("alternate {lang}"));
        assert!(tag.contains(href) && tag.contains(site), "{lang}: {tag}");
    }
    // The visible switch: the same page and query in French, named in French.
    assert!(page.contains("href=\"/fr/signatories?country=FR\" hreflang=\"fr\" lang=\"fr\""));
    let (_, page) = app.page("/fr/signatories?country=FR").await;
    assert!(page.contains("href=\"/signatories?country=FR\" hreflang=\"en\" lang=\"en\""));
    assert!(
        page.contains("lang=\"fr\" aria-current=\"true\""),
        "the current language is marked"
    );

    // The staff screens are in both languages but never indexed: a switch, no alternates.
    let (_, page) = app.page("/admin/login").await;
    let switch = page.split("lang-switch").nth(1).unwrap_or_default();
    assert!(switch.contains("href=\"/fr/admin/login\""), "{switch}");
    assert!(!page.contains("hreflang=\"x-default\""));
}

#[tokio::test]
async fn french_addresses_route_redirect_and_cache_apart() {
    let app = spawn_app().await;
    // The switcher without JavaScript stays in French.
    let response = app.get("/fr/charter/go?edition=2010").await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/fr/charter/2010");
    let (status, page) = app.page("/fr/charter/go?edition=..%2Fetc").await;
    assert_eq!(status, 400);
    assert!(
        page.contains("<html lang=\"fr\"") && page.contains(&Lang::Fr.t("error-edition-title"))
    );

    // Unknown and untranslated addresses (the data and the API speak English): a French 404.
    for path in [
        "/fr/nope",
        "/fr/api/v1/editions",
        "/fr/signatories.csv",
        "/france",
    ] {
        let (status, page) = app.page(path).await;
        assert_eq!(status, 404, "{path}");
        if path != "/france" {
            assert_french(path, &page);
            assert!(
                in_html(&page, &Lang::Fr.t("error-not-found-title")),
                "{path}"
            );
        }
    }
    // Bad input in French: 400, the page in French.
    let (status, page) = app.page("/fr/signatories?kind=castle").await;
    assert_eq!(status, 400);
    assert_french("/fr/signatories?kind=castle", &page);

    // The page cache keeps one entry per language (the second requests come from the cache).
    for _ in 0..2 {
        let (_, fr) = app.page("/fr/charter").await;
        let (_, en) = app.page("/charter").await;
        assert!(fr.contains("<html lang=\"fr\"") && en.contains("<html lang=\"en\""));
    }
}

/// The staff screens in French: every screen, the messages of a refused form, the import's
/// problems, and every redirect keeps the language.
#[tokio::test]
async fn staff_screens_work_in_french_from_the_login_to_the_import() {
    let app = spawn_app().await;
    let (status, page) = app.page("/fr/admin/login?failed=1").await;
    assert_eq!(status, 200);
    assert_french("/fr/admin/login", &page);
    assert!(in_html(&page, &Lang::Fr.t("admin-login-failed")));
    assert!(page.contains("action=\"/fr/api/admin/login\""));
    // A French screen without a session sends to the French login.
    let response = app.get("/fr/admin/signatories").await;
    assert!(
        response.headers()["location"]
            .to_str()
            .is_ok_and(|l| l.starts_with("/fr/admin/login?next=")),
        "{:?}",
        response.headers()["location"]
    );

    let staff = app.signed_in("fr@eurocities.eu", Role::Admin).await;
    for pattern in server::routes::page_paths() {
        // The code step needs a half-way session (the Nu checker and axe-core see it in French).
        if !pattern.starts_with("/admin")
            || pattern.starts_with("/admin/setup")
            || pattern == "/admin/login/code"
        {
            continue;
        }
        let path = format!("/fr{}", admin_path(&pattern));
        let (status, page) = app.staff_page(&path, &staff.cookie).await;
        assert!(
            status == 200 || (status == 404 && path.contains("/1")),
            "{path}: {status}"
        );
        assert_french(&path, &page);
    }

    // A refused form: back to the French form, its messages in French, nothing written.
    let signings = app.count_rows("signing").await;
    let response = app
        .post_form(
            "/fr/api/admin/signings/register",
            Some(&staff.cookie),
            &[
                ("f[signatory]", "new"),
                ("f[name]", "Kaunas"),
                ("f[country]", "LT"),
                ("f[kind]", "city"),
                ("f[website]", "javascript:alert(1)"),
                ("f[edition]", "2024"),
                ("f[date]", "2026-02-30"),
            ],
        )
        .await;
    assert_eq!(response.headers()["location"], "/fr/admin/signings/new");
    assert_eq!(app.count_rows("signing").await, signings, "nothing written");
    let (_, page) = app
        .staff_page("/fr/admin/signings/new", &staff.cookie)
        .await;
    assert_french("/fr/admin/signings/new (refused)", &page);
    for expected in [
        "« javascript:alert(1) » n’est pas une adresse web",
        "« 2026-02-30 » n’est pas un jour du calendrier.",
        &Lang::Fr.t("msg-signing-not-saved"),
        &Lang::Fr.t("form-problem"),
    ] {
        assert!(in_html(&page, expected), "{expected}");
    }

    // The same refusal from an English screen stays English.
    app.post_form(
        "/api/admin/signings/register",
        Some(&staff.cookie),
        &[("f[signatory]", "new"), ("f[date]", "2026-02-30")],
    )
    .await;
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    let english = "“2026-02-30” is not a day of the calendar.";
    assert!(
        page.contains(english),
        "{}",
        page.split("<main").nth(1).unwrap_or(&page)
    );

    // The preview island's call names its page's language; without it, English.
    for (lang, expected) in [
        ("fr", "« 2026-02-30 » n’est pas un jour du calendrier."),
        ("", english),
    ] {
        let places: Vec<String> = app
            .client
            .post(format!("{}/api/admin/signings/places", app.address))
            .header("origin", &app.address)
            .header("accept", "application/json")
            .header("cookie", &staff.cookie)
            .form(&[
                ("f[signatory]", "new"),
                ("f[date]", "2026-02-30"),
                ("lang", lang),
            ])
            .send()
            .await
            .expect("preview")
            .json()
            .await
            .expect("a list of lines");
        assert!(places.iter().any(|l| l == expected), "{lang}: {places:?}");
    }

    // The import's problems, in French.
    let response = app
        .post_form(
            "/fr/api/admin/import",
            Some(&staff.cookie),
            &[("intent", "dry_run"), ("csv", "slug,name\nx,y\n")],
        )
        .await;
    assert_eq!(response.headers()["location"], "/fr/admin/import");
    let (_, page) = app.staff_page("/fr/admin/import", &staff.cookie).await;
    assert_french("/fr/admin/import (refused)", &page);
    assert!(in_html(&page, "ligne 1 : l’en-tête doit être exactement"));

    // Public query errors are French on French pages.
    let (status, page) = app.page("/fr/newsroom?year=20x3").await;
    assert_eq!(status, 400);
    assert!(in_html(&page, &Lang::Fr.t("msg-param-year")));
    let (_, page) = app.page("/fr/signatories?sort=zzz").await;
    assert!(in_html(&page, &Lang::Fr.t("msg-param-sort")));

    // Logging out from a French screen ends on the French login.
    let response = app
        .post_form("/fr/api/admin/logout", Some(&staff.cookie), &[])
        .await;
    assert_eq!(response.headers()["location"], "/fr/admin/login?ended=1");
}

#[tokio::test]
async fn feeds_and_the_badge_are_french_under_fr() {
    let app = spawn_app().await;
    // The seeded history is not news; Paris's signing stands for one staff registered.
    {
        use sea_orm::ConnectionTrait;
        app.db
            .execute_unprepared(
                "UPDATE signing SET from_seed = false WHERE signatory_id = \
                 (SELECT id FROM signatory WHERE slug = 'paris'); \
                 UPDATE registry_version SET version = version + 1 WHERE id = 1",
            )
            .await
            .expect("a staff signing");
    }
    let english = english_only_strings();
    let press = Lang::Fr.t("feed-category-press");
    for path in FEEDS.map(|p| format!("/fr{p}")) {
        let channel = feed(&app, &path).await;
        // All the feed writes itself; a press release's title and summary stay in the
        // language the release was written in.
        let mut text = format!("{}\n{}\n", channel.title(), channel.description());
        for item in channel.items() {
            let kinds: Vec<&str> = item.categories().iter().map(|c| c.name()).collect();
            text += &kinds.join("\n");
            if !kinds.contains(&press.as_str()) {
                text += &format!(
                    "\n{}\n{}\n",
                    item.title().unwrap_or_default(),
                    item.description().unwrap_or_default()
                );
            }
        }
        let found: Vec<_> = english
            .iter()
            .filter(|(_, value)| has_words(&text, value))
            .collect();
        assert!(found.is_empty(), "{path} has English: {found:?}");
        assert!(
            !text.contains("Integrating Cities Charter"),
            "{path}: {text}"
        );
    }
    let signings = feed(&app, "/fr/feeds/signings.xml").await;
    assert_eq!(
        signings.title(),
        "Charte des villes intégratrices : signatures"
    );
    let paris = signings
        .items()
        .iter()
        .find(|i| i.title() == Some("Paris signe la Charte des villes intégratrices"))
        .expect("the Paris signing, in French");
    assert_eq!(
        paris.description(),
        Some(
            "Paris (Ville, France) a signé la Charte des villes intégratrices, édition 2010, \
             le 18 décembre 2013."
        )
    );
    assert!(paris
        .link()
        .is_some_and(|l| l.starts_with("http://127.0.0.1:0/fr/signatories/paris#signing-")));
    let names: Vec<&str> = paris.categories().iter().map(|c| c.name()).collect();
    assert_eq!(names, ["France", "édition 2010", "signature"]);

    // The feeds page in French lists the French feeds under French titles.
    let (_, page) = app.page("/fr/feeds").await;
    assert!(
        page.contains("href=\"/fr/feed.xml\"")
            && page.contains("<code>/fr/feeds/signings.xml</code>")
    );
    assert!(in_html(
        &page,
        "Charte des villes intégratrices : signatures"
    ));
    let (_, profile) = app.page("/fr/signatories/paris").await;
    assert!(profile.contains("href=\"/fr/feeds/country/fr.xml\""));

    // The badge a French-speaking city embeds.
    let response = app.get("/fr/badge/paris.svg").await;
    assert_eq!(response.status().as_u16(), 200);
    let svg = response.text().await.expect("svg");
    for expected in [
        "xml:lang=\"fr\"",
        "<title id=\"t\">Signataire de la Charte des villes intégratrices depuis 2013</title>",
        "<desc id=\"d\">Paris est signataire de la Charte des villes intégratrices.</desc>",
        ">Signataire de la</text>",
        ">depuis 2013</text>",
    ] {
        assert!(svg.contains(expected), "{expected} in {svg}");
    }
    let missing = app.get("/fr/badge/nope.svg").await;
    assert_eq!(missing.status().as_u16(), 404);
    assert_eq!(
        missing.text().await.expect("text"),
        Lang::Fr.t("badge-missing")
    );
    assert!(profile.contains("<img src=\"/fr/badge/paris.svg\""));
    assert!(profile.contains("src=\"http://127.0.0.1:0/fr/badge/paris.svg\""));
}
