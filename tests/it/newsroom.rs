//! The newsroom and its feeds: embargo by the clock, valid RSS with stable guids, caching,
//! escaping, the sitemap.

use app::i18n::Lang;
use app::ssr::entities::{press_release, press_release_signing, signatory, signing};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{spawn_app, TestApp};

pub const FEEDS: [&str; 7] = [
    "/feed.xml",
    "/feeds/press.xml",
    "/feeds/signings.xml",
    "/feeds/changes.xml",
    "/feeds/country/fr.xml",
    "/feeds/edition/2010.xml",
    "/feeds/edition/2024.xml",
];

pub async fn feed(app: &TestApp, path: &str) -> rss::Channel {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    assert_eq!(
        response.headers()["content-type"],
        "application/rss+xml; charset=utf-8",
        "{path}"
    );
    let body = response.bytes().await.expect("body");
    rss::Channel::read_from(&body[..]).unwrap_or_else(|e| panic!("{path} is not valid RSS: {e}"))
}

/// Schedules a release about Paris `minutes` from the app's now.
async fn schedule_release(app: &TestApp, slug: &str, minutes: i64) {
    let at = app.clock.now() + time::Duration::minutes(minutes);
    let id = press_release::Entity::insert(press_release::ActiveModel {
        slug: Set(slug.into()),
        title: Set("Embargoed: a new signing".into()),
        dateline: Set("Brussels".into()),
        language: Set("en".into()),
        status: Set(app::ssr::entities::states::Publication::Published),
        release_at: Set(at),
        summary: Set("Under embargo until its time.".into()),
        body_md: Set("Text.".into()),
        notes_md: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .expect("insert release")
    .last_insert_id;
    let paris = signatory::Entity::find()
        .filter(signatory::Column::Slug.eq("paris"))
        .one(&app.db)
        .await
        .expect("q")
        .expect("paris");
    let signing = signing::Entity::find()
        .filter(signing::Column::SignatoryId.eq(paris.id))
        .one(&app.db)
        .await
        .expect("q")
        .expect("signing");
    press_release_signing::Entity::insert(press_release_signing::ActiveModel {
        press_release_id: Set(id),
        signing_id: Set(signing.id),
    })
    .exec(&app.db)
    .await
    .expect("link");
}

async fn visible_everywhere(app: &TestApp, slug: &str) -> Vec<(String, bool)> {
    let link = format!("{}/newsroom/{slug}", "http://127.0.0.1:0");
    let mut seen = vec![(
        "page".to_owned(),
        app.get(&format!("/newsroom/{slug}"))
            .await
            .status()
            .as_u16()
            == 200,
    )];
    seen.push((
        "newsroom".into(),
        app.page("/newsroom")
            .await
            .1
            .contains(&format!("/newsroom/{slug}\"")),
    ));
    for path in ["/feed.xml", "/feeds/press.xml", "/feeds/country/fr.xml"] {
        let channel = feed(app, path).await;
        let found = channel.items().iter().any(|i| {
            i.guid()
                .is_some_and(|g| g.value() == link && g.is_permalink())
        });
        seen.push((path.to_owned(), found));
    }
    seen.push((
        "sitemap".into(),
        app.page("/sitemap.xml")
            .await
            .1
            .contains(&format!("/newsroom/{slug}<")),
    ));
    seen
}

#[tokio::test]
async fn an_embargoed_release_appears_nowhere_until_its_time() {
    let app = spawn_app().await;
    schedule_release(&app, "embargoed-release", 60).await;
    for (place, visible) in visible_everywhere(&app, "embargoed-release").await {
        assert!(!visible, "visible too early in {place}");
    }
    assert_eq!(
        app.get("/newsroom/embargoed-release")
            .await
            .status()
            .as_u16(),
        404
    );

    app.clock.advance(time::Duration::hours(2));
    for (place, visible) in visible_everywhere(&app, "embargoed-release").await {
        assert!(visible, "missing after its time from {place}");
    }
}

#[tokio::test]
async fn every_feed_is_valid_rss_with_stable_permanent_guids() {
    let app = spawn_app().await;
    // The seeded history is not news: two signings registered by staff are.
    let staff = app
        .signed_in("feeds@eurocities.eu", app::ssr::accounts::Role::Editor)
        .await;
    for (name, country, date) in [
        ("Nîmes", "FR", "2025-03-01"),
        ("Ljubljana", "SI", "2025-04-02"),
    ] {
        let response = app
            .post_form(
                "/api/admin/signings/register",
                Some(&staff.cookie),
                &[
                    ("f[signatory]", "new"),
                    ("f[name]", name),
                    ("f[country]", country),
                    ("f[kind]", "city"),
                    ("f[edition]", "2024"),
                    ("f[edition_confirmed]", "yes"),
                    ("f[date]", date),
                    ("f[sources]", "Council | https://example.org/news"),
                ],
            )
            .await;
        assert!(crate::helpers::location(&response).starts_with("/admin/signings/"));
    }
    // Each feed in each language: `/feed.xml` and `/fr/feed.xml`.
    for (lang, path) in Lang::ALL
        .into_iter()
        .flat_map(|l| FEEDS.map(|p| (l, format!("{}{p}", l.prefix()))))
    {
        let path = path.as_str();
        let channel = feed(&app, path).await;
        assert_eq!(channel.language(), Some(lang.code()), "{path}");
        assert!(
            channel
                .link()
                .starts_with(&format!("http://127.0.0.1:0{}", lang.href("/"))),
            "{path}: the channel links to the site in its language"
        );
        assert!(
            !channel.title().is_empty() && !channel.description().is_empty(),
            "{path}"
        );
        let self_link = channel
            .atom_ext()
            .and_then(|a| a.links().iter().find(|l| l.rel() == "self"))
            .expect("atom self link");
        assert_eq!(
            self_link.href(),
            format!("http://127.0.0.1:0{path}"),
            "{path}"
        );
        assert!(channel.items().len() <= 50, "{path}");
        let mut previous: Option<time::OffsetDateTime> = None;
        for item in channel.items() {
            let guid = item.guid().expect("guid");
            assert!(
                guid.is_permalink() && Some(guid.value()) == item.link(),
                "{path}: guid is the link"
            );
            assert!(
                guid.value()
                    .starts_with(&format!("http://127.0.0.1:0{}/", lang.prefix())),
                "{path}: items link to pages in the feed's language"
            );
            let date = time::OffsetDateTime::parse(
                item.pub_date().expect("pubDate"),
                &time::format_description::well_known::Rfc2822,
            )
            .unwrap_or_else(|e| panic!("{path}: pubDate not RFC 2822: {e}"));
            assert!(previous.is_none_or(|p| p >= date), "{path}: newest first");
            previous = Some(date);
            assert!(!item.categories().is_empty(), "{path}: categories");
        }
        assert_eq!(
            channel.last_build_date().is_some(),
            !channel.items().is_empty(),
            "{path}"
        );
        // The same request twice gives the same guids.
        let again = feed(&app, path).await;
        let guids = |c: &rss::Channel| {
            c.items()
                .iter()
                .filter_map(|i| i.guid().map(|g| g.value().to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(guids(&channel), guids(&again), "{path}");
    }
    for prefix in ["", "/fr"] {
        assert_eq!(
            feed(&app, &format!("{prefix}/feeds/signings.xml"))
                .await
                .items()
                .len(),
            2
        );
        assert_eq!(
            feed(&app, &format!("{prefix}/feeds/country/fr.xml"))
                .await
                .items()
                .len(),
            2,
            "the French signing registered and the Paris release"
        );
        for missing in ["/feeds/country/zz.xml", "/feeds/edition/1999.xml"] {
            let path = format!("{prefix}{missing}");
            assert_eq!(app.get(&path).await.status().as_u16(), 404, "{path}");
        }
    }
}

#[tokio::test]
async fn a_repeat_feed_request_gets_304() {
    let app = spawn_app().await;
    let first = app.get("/feed.xml").await;
    let etag = first.headers()["etag"].to_str().expect("etag").to_owned();
    let last_modified = first.headers()["last-modified"]
        .to_str()
        .expect("last-modified")
        .to_owned();
    let repeat = app
        .client
        .get(format!("{}/feed.xml", app.address))
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("send");
    assert_eq!(repeat.status().as_u16(), 304);
    let repeat = app
        .client
        .get(format!("{}/feed.xml", app.address))
        .header("if-modified-since", &last_modified)
        .send()
        .await
        .expect("send");
    assert_eq!(repeat.status().as_u16(), 304);
    let changed = app
        .client
        .get(format!("{}/feed.xml", app.address))
        .header("if-none-match", "\"other\"")
        .send()
        .await
        .expect("send");
    assert_eq!(changed.status().as_u16(), 200);
}

#[tokio::test]
async fn markup_in_names_is_text_on_pages_and_valid_xml_in_feeds() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    app.db
        .execute_unprepared(
            "INSERT INTO signatory (slug, name, search_name, kind, country_code, national_capital, status, created_at, updated_at) \
             VALUES ('script-test', '</title><script>alert(1)</script> & \"><img src=x onerror=alert(1)>', 'script alert 1', 'city', 'FR', false, 'signed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        )
        .await
        .expect("insert signatory");
    app.db
        .execute_unprepared(
            "INSERT INTO signing (signatory_id, edition_id, edition_confirmed, signed_on, date_precision, confidence, created_at, updated_at) \
             SELECT id, (SELECT id FROM edition WHERE slug = '2024'), true, '2025-01-10', 'day', 'low', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM signatory WHERE slug = 'script-test'",
        )
        .await
        .expect("insert signing");
    let (_, page) = app.page("/signatories/script-test").await;
    assert!(
        !page.contains("<script>alert(1)"),
        "the name is escaped on the page"
    );
    assert!(
        !page.contains("<img src=x onerror"),
        "the name is escaped on the page"
    );
    assert!(
        !page.contains("</title><script>"),
        "the name cannot close the title"
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let channel = feed(&app, "/feeds/signings.xml").await;
    assert!(
        channel.items().iter().any(|i| i
            .title()
            .is_some_and(|t| t.starts_with("</title><script>alert(1)</script> & \"><img"))),
        "literal text in a valid feed"
    );
}

#[tokio::test]
async fn the_newsroom_shows_the_paris_release_with_its_fact_box() {
    let app = spawn_app().await;
    let (status, list) = app.page("/newsroom").await;
    assert_eq!(status, 200);
    assert!(list.contains("href=\"/newsroom/paris-sets-out-commitment-to-migrant-integration\""));
    assert!(
        list.contains("rel=\"alternate\" type=\"application/rss+xml\"")
            || list.contains("type=\"application/rss+xml\"")
    );
    assert_eq!(app.page("/newsroom?year=2013&country=FR").await.0, 200);
    assert!(app
        .page("/newsroom?year=2014")
        .await
        .1
        .contains("0 press releases."));
    assert_eq!(app.page("/newsroom?year=x").await.0, 400);
    assert_eq!(app.page("/newsroom?country=%27%20OR%201=1--").await.0, 400);
    let (status, page) = app
        .page("/newsroom/paris-sets-out-commitment-to-migrant-integration")
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("18 December 2013, 11:00 UTC (12:00 in Brussels)"));
    assert!(
        page.contains("ENDS")
            && page.contains("Notes to editors")
            && page.contains("thomas.jezequel@eurocities.eu")
    );
    assert!(page.contains("As the registry stood on 18 December 2013: Paris is the 33rd signatory, the 33rd European city, the 15th EU capital"));
    assert!(
        page.contains("the 33rd European city and 15th EU capital to sign the charter"),
        "the release's own words stay"
    );
    let (_, feeds) = app.page("/feeds").await;
    for path in FEEDS {
        assert!(
            feeds.contains(&format!("href=\"{path}\"")),
            "{path} listed on /feeds"
        );
    }
    let robots = app.page("/robots.txt").await.1;
    assert!(robots.contains("Sitemap: http://127.0.0.1:0/sitemap.xml"));
    let sitemap = app.page("/sitemap.xml").await.1;
    assert!(
        sitemap.contains("<loc>http://127.0.0.1:0/signatories/paris</loc>")
            && sitemap.contains("/charter/2010<")
    );
    // Every page in both languages, each entry naming both versions.
    assert!(sitemap.contains("<loc>http://127.0.0.1:0/fr/signatories/paris</loc>"));
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"http://127.0.0.1:0/fr/working-group\"/>"
    ));
    assert_eq!(
        sitemap.matches("<url>").count(),
        sitemap.matches("hreflang=\"fr\"").count(),
        "one French alternate per entry"
    );
    assert_eq!(
        sitemap.matches("<loc>http://127.0.0.1:0/fr").count() * 2,
        sitemap.matches("<url>").count(),
        "as many French entries as English ones"
    );
}

/// feedparser (what most feed readers are built on) reads every feed without error.
#[tokio::test]
async fn feedparser_reports_no_error_on_any_feed() {
    let check = std::process::Command::new("python3")
        .args(["-c", "import feedparser"])
        .status();
    if !check.is_ok_and(|s| s.success()) {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install feedparser (scripts/test does)"
        );
        eprintln!("feedparser is not installed: skipped (scripts/test installs it)");
        return;
    }
    let app = spawn_app().await;
    for path in FEEDS
        .into_iter()
        .flat_map(|p| [p.to_owned(), format!("/fr{p}")])
    {
        let path = path.as_str();
        let body = app.get(path).await.bytes().await.expect("body");
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("feed.xml");
        std::fs::write(&file, &body).expect("write");
        let output = std::process::Command::new("python3")
            .args(["-c", "import feedparser, sys; d = feedparser.parse(sys.argv[1]); print(d.bozo, d.get('bozo_exception', ''), len(d.entries)); sys.exit(1 if d.bozo else 0)"])
            .arg(&file)
            .output()
            .expect("python3 runs");
        assert!(
            output.status.success(),
            "{path}: feedparser says {}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

#[tokio::test]
async fn a_correction_is_appended_shown_and_announced_never_rewritten() {
    use app::ssr::entities::press_correction;
    let app = spawn_app().await;
    let release = press_release::Entity::find()
        .filter(press_release::Column::Slug.eq("paris-sets-out-commitment-to-migrant-integration"))
        .one(&app.db)
        .await
        .expect("q")
        .expect("the Paris release");
    let at = app.clock.now();
    let id = press_correction::Entity::insert(press_correction::ActiveModel {
        press_release_id: Set(release.id),
        corrected_at: Set(at),
        reason: Set("The ordinal could not be reproduced.".into()),
        text: Set("The registry cannot confirm “33rd European city”; see the profile.".into()),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .expect("insert correction")
    .last_insert_id;
    let (_, page) = app
        .page("/newsroom/paris-sets-out-commitment-to-migrant-integration")
        .await;
    assert!(page.contains("Corrections") && page.contains("The ordinal could not be reproduced."));
    assert!(
        page.contains(&format!("id=\"correction-{id}\"")),
        "the permalink's anchor exists"
    );
    assert!(
        page.contains("the 33rd European city and 15th EU capital to sign the charter"),
        "the original text stays"
    );
    let changes = feed(&app, "/feeds/changes.xml").await;
    let link = format!("http://127.0.0.1:0/newsroom/paris-sets-out-commitment-to-migrant-integration#correction-{id}");
    assert!(
        changes
            .items()
            .iter()
            .any(|i| i.guid().is_some_and(|g| g.value() == link)),
        "announced in the changes feed"
    );
}
