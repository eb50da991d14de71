//! Counts that agree with the official record (issue #15): the seeded research reproduces the
//! announced places, places are ranges said in words, unidentified signatories count, the
//! statements are reconciled on a staff screen, staff-only text stays there, feeds tell news.

use app::ssr::accounts::Role;

use crate::helpers::{fresh_postgres_url, location, spawn_app, spawn_app_on, Staff, TestApp};

/// The sentence of places on a profile ("By the registry's count, … signatories the registry
/// knows.").
fn places(page: &str) -> String {
    page.split("class=\"ordinal-sentence\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_default()
        .to_owned()
}

async fn the_announced_places_hold(app: &TestApp) {
    let (_, paris) = app.page("/signatories/paris").await;
    let paris = places(&paris);
    for place in [
        "the 33rd signatory",
        "the 33rd European city",
        "the 15th EU capital",
    ] {
        assert!(paris.contains(place), "{place}: {paris}");
    }
    let (_, nuremberg) = app.page("/signatories/nuremberg").await;
    assert!(
        places(&nuremberg).contains("Nuremberg is the 35th signatory,"),
        "{}",
        places(&nuremberg)
    );
    let (_, toronto) = app.page("/signatories/toronto").await;
    assert!(
        places(&toronto).contains("the 1st non-European city"),
        "{}",
        places(&toronto)
    );
    let (_, berlin) = app.page("/signatories/berlin").await;
    assert!(places(&berlin)
        .contains("one of the 17 founding signatories, who signed together on 22 February 2010"));
    let (_, lisbon) = app.page("/signatories/lisbon").await;
    assert!(
        lisbon.contains("Signed between 1 March 2013 and 31 December 2015"),
        "its known range"
    );
    assert!(
        lisbon.contains("href=\"/charter/2010\""),
        "the 2010 edition"
    );
    assert!(
        places(&lisbon).contains("the 14th EU capital"),
        "{}",
        places(&lisbon)
    );
    // The headline: the latest consistent count (50 on 16 April 2024) plus the four first
    // signings of Bologna; 15 of them not yet named.
    let (_, home) = app.page("/").await;
    assert!(
        home.contains("the Integrating Cities Charter has 54 signatories; 39 of them are named in this registry."),
        "the quotable line"
    );
    assert!(home.contains("href=\"/about/counting\">How they are counted</a>"));
    let (_, fr) = app.page("/fr/").await;
    assert!(fr.contains("la Charte des villes intégratrices compte 54 signataires ; 39 d'entre eux sont nommés dans ce registre."));
    // No bare "≈" anywhere in the directory; the unidentified come last, labelled.
    let (_, first) = app.page("/signatories").await;
    let (_, last) = app.page("/signatories?page=2").await;
    for page in [&first, &last] {
        assert!(!page.contains('≈'));
    }
    assert!(
        last.contains("Not yet identified (15)"),
        "listed at the end"
    );
    assert_eq!(last.matches(">Not yet identified</th>").count(), 15);
}

#[tokio::test]
async fn the_announced_places_hold_on_a_fresh_sqlite_start() {
    let app = spawn_app().await;
    the_announced_places_hold(&app).await;
}

#[tokio::test]
async fn the_announced_places_hold_on_a_fresh_postgres_start() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    the_announced_places_hold(&app).await;
}

async fn admin(app: &TestApp) -> Staff {
    app.signed_in("record@eurocities.eu", Role::Editor).await
}

/// The statement cards of the record screen, by id: `(state, text)`.
fn statement_states(page: &str) -> Vec<(String, String)> {
    page.split("<li id=\"statement-")
        .skip(1)
        .map(|rest| {
            let state = rest
                .split("class=\"record-item record-")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or_default()
                .to_owned();
            let text = rest
                .split("<li id=\"statement-")
                .next()
                .unwrap_or(rest)
                .to_owned();
            (state, text)
        })
        .collect()
}

#[tokio::test]
async fn the_record_screen_lists_every_statement_with_its_status_and_staff_resolve_a_conflict() {
    let app = spawn_app().await;
    let staff = admin(&app).await;
    let (status, page) = app.staff_page("/admin/record", &staff.cookie).await;
    assert_eq!(status, 200);
    let cards = statement_states(&page);
    assert_eq!(cards.len(), 14, "every seeded statement");
    let state_of = |needle: &str| {
        cards
            .iter()
            .find(|(_, text)| text.contains(needle))
            .map(|(s, _)| s.clone())
            .unwrap_or_else(|| panic!("{needle}"))
    };
    assert_eq!(
        state_of("33rd European city and 15th EU capital"),
        "reproduced"
    );
    assert_eq!(state_of("35th signatory of the EUROCITIES"), "reproduced");
    assert_eq!(state_of("first non-European city"), "reproduced");
    assert_eq!(state_of("now reached 50 signatories"), "reproduced");
    assert_eq!(state_of("now has 46 signatories"), "conflict");
    assert_eq!(state_of("joining the 42 cities"), "conflict");
    assert_eq!(state_of("To date, 39 cities"), "unchecked");
    assert!(
        page.contains("Pinned Lisbon to on or before 17 December 2013."),
        "the reasoning"
    );
    assert!(page.contains("Pinned Bilbao to on or after 1 January 2016."));
    assert!(page.contains("Unidentified signatories (15)"));

    // Setting aside needs a reason: refused on its field, nothing written.
    let id = page
        .split("id=\"statement-")
        .skip(1)
        .find(|rest| {
            rest.split("</li>")
                .next()
                .is_some_and(|c| c.contains("now has 46 signatories"))
        })
        .and_then(|rest| rest.split('"').next())
        .expect("the 46 statement")
        .to_owned();
    let audit = app.count_rows("audit_log").await;
    let response = app
        .post_form(
            "/api/admin/record/change",
            Some(&staff.cookie),
            &[("action", "set-aside"), ("f[id]", &id)],
        )
        .await;
    assert_eq!(location(&response), "/admin/record");
    let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
    assert!(page.contains("Say why the statement is set aside."));
    assert_eq!(app.count_rows("audit_log").await, audit, "nothing written");
    let reason_field = format!("f[reason-{id}]");
    app.post_form(
        "/api/admin/record/change",
        Some(&staff.cookie),
        &[
            ("action", "set-aside"),
            ("f[id]", &id),
            (
                &reason_field,
                "themayor.eu counted before Zagreb's signature",
            ),
        ],
    )
    .await;
    let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
    let cards = statement_states(&page);
    let state_of = |needle: &str| {
        cards
            .iter()
            .find(|(_, text)| text.contains(needle))
            .map(|(s, _)| s.clone())
            .unwrap_or_default()
    };
    assert_eq!(state_of("now has 46 signatories"), "set-aside");
    assert_eq!(state_of("joining the 42 cities"), "reproduced");
    assert!(page.contains("Set aside: themayor.eu counted before Zagreb"));
    assert_eq!(app.count_rows("audit_log").await, audit + 1, "audited");
}

#[tokio::test]
async fn bad_record_input_is_refused_with_its_reason_and_changes_nothing() {
    let app = spawn_app().await;
    let staff = admin(&app).await;
    let statements = app.count_rows("announced_statement").await;
    // A statement naming a signatory that is not in the registry; unreadable claims.
    for (subject, claims, error) in [
        ("99999", "", "This signatory is not in the registry"),
        ("", "european=33", "a place needs the statement's signatory"),
        ("", "overall=many@2020-01-01", "The claims cannot be read"),
    ] {
        app.post_form(
            "/api/admin/record/change",
            Some(&staff.cookie),
            &[
                ("action", "add"),
                ("f[statement]", "A new count"),
                ("f[event_date]", "2025-01-01"),
                ("f[source]", "https://example.org/news"),
                ("f[subject]", subject),
                ("f[claims]", claims),
            ],
        )
        .await;
        let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
        assert!(page.contains(error), "{error}");
        assert_eq!(app.count_rows("announced_statement").await, statements);
    }
    // Merging a named signatory (not an unidentified one) into another: refused.
    let unidentified = app.count_rows("unidentified_signatory").await;
    let response = app
        .post_form(
            "/api/admin/record/change",
            Some(&staff.cookie),
            &[
                ("action", "merge"),
                ("f[id]", "999"),
                ("f[target-999]", "1"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/record");
    let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
    assert!(page.contains("Only an unidentified signatory can be merged"));
    assert_eq!(app.count_rows("unidentified_signatory").await, unidentified);
    // A signing range that ends before it starts, or before the launch.
    let signings = app.count_rows("signing").await;
    for (from, to, error) in [
        (
            "2020-05-01",
            "2019-01-01",
            "The range ends before it starts",
        ),
        (
            "",
            "2009-12-31",
            "The range ends before the charter was launched",
        ),
    ] {
        app.post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &[
                ("f[signatory]", "new"),
                ("f[name]", "Rangeville"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[edition]", "2010"),
                ("f[not_before]", from),
                ("f[not_after]", to),
            ],
        )
        .await;
        let (_, form) = app.staff_page("/admin/signings/new", &staff.cookie).await;
        assert!(form.contains(error), "{error}");
        assert_eq!(app.count_rows("signing").await, signings);
    }
}

#[tokio::test]
async fn a_gap_is_filled_once_and_a_merge_changes_no_other_place() {
    let app = spawn_app().await;
    let staff = admin(&app).await;
    let place_sentence = |page: &str| places(page);
    let (_, paris_before) = app.page("/signatories/paris").await;
    // A later count the registry falls short of: 56 by 1 January 2026 (it holds 54).
    app.post_form(
        "/api/admin/record/change",
        Some(&staff.cookie),
        &[
            ("action", "add"),
            ("f[statement]", "The charter now has 56 signatories"),
            ("f[event_date]", "2026-01-01"),
            ("f[source]", "https://example.org/56"),
            ("f[claims]", "overall=56@2026-01-01"),
        ],
    )
    .await;
    let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
    assert!(page.contains("the registry holds 2 fewer than this statement implies"));
    let id = page
        .split("id=\"statement-")
        .skip(1)
        .find(|rest| rest.contains("now has 56 signatories"))
        .and_then(|rest| rest.split('"').next())
        .expect("the new statement")
        .to_owned();
    let unidentified = app.count_rows("unidentified_signatory").await;
    let fill = [
        ("action", "fill"),
        ("f[id]", id.as_str()),
        ("f[claim]", "0"),
    ];
    let (a, b) = tokio::join!(
        app.post_form("/api/admin/record/change", Some(&staff.cookie), &fill),
        app.post_form("/api/admin/record/change", Some(&staff.cookie), &fill),
    );
    assert_eq!(location(&a), "/admin/record");
    assert_eq!(location(&b), "/admin/record");
    assert_eq!(
        app.count_rows("unidentified_signatory").await,
        unidentified + 2,
        "two clicks at once fill the gap once"
    );
    let (_, home) = app.page("/").await;
    assert!(home.contains("has 56 signatories; 39 of them are named"));
    let (_, paris_after) = app.page("/signatories/paris").await;
    assert_eq!(
        place_sentence(&paris_after).replace("56", "54"),
        place_sentence(&paris_before),
        "Paris keeps its places"
    );

    // Research names one of the two: a signatory that has committed (no signing yet).
    app.post_form(
        "/api/admin/signatories/create",
        Some(&staff.cookie),
        &[
            ("f[name]", "Mergeburg"),
            ("f[country]", "AT"),
            ("f[kind]", "city"),
        ],
    )
    .await;
    let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
    let last_row = page
        .rsplit("<tr id=\"unidentified-")
        .next()
        .expect("an unidentified row");
    let newest = last_row.split('"').next().expect("its id").to_owned();
    // Its place, as the record counts it (second cell).
    let its_place = last_row
        .split("<td>")
        .nth(1)
        .and_then(|c| c.split('<').next())
        .expect("its place")
        .to_owned();
    let target = page
        .split("<option value=\"")
        .skip(1)
        .find(|rest| rest.contains(">Mergeburg<"))
        .and_then(|rest| rest.split('"').next())
        .expect("Mergeburg in the list")
        .to_owned();
    let (_, nuremberg_before) = app.page("/signatories/nuremberg").await;
    let field = format!("f[target-{newest}]");
    app.post_form(
        "/api/admin/record/change",
        Some(&staff.cookie),
        &[("action", "merge"), ("f[id]", &newest), (&field, &target)],
    )
    .await;
    let (_, page) = app.staff_page("/admin/record", &staff.cookie).await;
    assert!(page.contains("Merged into Mergeburg."));
    assert_eq!(
        app.count_rows("unidentified_signatory").await,
        unidentified + 1
    );
    let (status, mergeburg) = app.page("/signatories/mergeburg").await;
    assert_eq!(status, 200);
    assert!(
        places(&mergeburg).contains(&format!("Mergeburg is the {its_place} signatory")),
        "the place the unidentified signatory held: {its_place} in {}",
        places(&mergeburg)
    );
    let (_, nuremberg_after) = app.page("/signatories/nuremberg").await;
    assert_eq!(places(&nuremberg_after), places(&nuremberg_before));
    let (_, home) = app.page("/").await;
    assert!(home.contains("has 56 signatories; 40 of them are named"));
}

/// Research notes, confidence levels, derivations and statement notes: on staff screens only.
#[tokio::test]
async fn no_staff_only_text_reaches_a_public_page_feed_or_file() {
    let app = spawn_app().await;
    let staff_only = [
        "signed after the first implementation report (March 2013)",
        "Confidence in this record",
        "27 before Tampere",
        "the 15th EU capital needs 14 EU capitals before Paris",
        "constitutional capital; the seat of government is The Hague",
        "pre-event announcement only",
    ];
    let mut public = vec![
        "/",
        "/signatories",
        "/signatories?page=2",
        "/signatories/lisbon",
        "/signatories/paris",
        "/signatories/amsterdam",
        "/signatories/vilnius",
        "/statistics",
        "/about/counting",
        "/feed.xml",
        "/feeds/signings.xml",
        "/signatories.csv",
        "/signatories.json",
        "/api/v1/signatories",
        "/api/v1/signatories/lisbon",
        "/fr/signatories/lisbon",
    ];
    public.push("/sitemap.xml");
    for path in public {
        let (status, body) = app.page(path).await;
        assert!(status == 200 || status == 404, "{path}: {status}");
        for text in staff_only {
            assert!(!body.contains(text), "{path} shows {text:?}");
        }
    }
    // The staff see them.
    let staff = admin(&app).await;
    let (_, record) = app.staff_page("/admin/record", &staff.cookie).await;
    assert!(record.contains("27 before Tampere"));
    assert!(record.contains("the 15th EU capital needs 14 EU capitals before Paris"));
}

#[tokio::test]
async fn the_feeds_tell_news_only_dated_when_it_became_public() {
    let app = spawn_app().await;
    let (_, feed) = app.page("/feeds/signings.xml").await;
    assert_eq!(
        feed.matches("<item>").count(),
        0,
        "the seeded history is not news"
    );
    let staff = admin(&app).await;
    let response = app
        .post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &[
                ("f[signatory]", "new"),
                ("f[name]", "Newsville"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[edition]", "2024"),
                ("f[edition_confirmed]", "yes"),
                ("f[date]", "2025-03-01"),
                ("f[sources]", "Council | https://newsville.example/news"),
            ],
        )
        .await;
    assert!(location(&response).starts_with("/admin/signings/"));
    let (_, feed) = app.page("/feeds/signings.xml").await;
    assert_eq!(feed.matches("<item>").count(), 1, "{feed}");
    assert!(feed.contains("Newsville"));
    // Dated when it was saved (today), not on its signing day of March 2025.
    let now = app.clock.now();
    let rfc2822 = now
        .format(&time::format_description::well_known::Rfc2822)
        .expect("date");
    let today = &rfc2822[..16];
    assert!(
        feed.contains(&format!("<pubDate>{today}")),
        "{today} in {feed}"
    );
}

#[tokio::test]
async fn open_data_gives_places_as_numbers_and_opens_in_a_spreadsheet() {
    let app = spawn_app().await;
    let response = app.get("/signatories.csv").await;
    let bytes = response.bytes().await.expect("body");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (min, max, eu_min, name) = (
        column("place_min"),
        column("place_max"),
        column("eu_capital_min"),
        column("name"),
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let row = |who: &str| rows.iter().find(|r| &r[name] == who).expect(who).clone();
    assert_eq!((&row("Paris")[min], &row("Paris")[max]), ("33", "33"));
    assert_eq!(&row("Paris")[eu_min], "15");
    assert_eq!((&row("Berlin")[min], &row("Berlin")[max]), ("1", "17"));
    assert_eq!(&row("Düsseldorf")[name], "Düsseldorf");
    let json: serde_json::Value = app
        .get("/signatories.json")
        .await
        .json()
        .await
        .expect("json");
    let paris = json["signatories"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["name"] == "Paris")
        .expect("Paris");
    assert_eq!(paris["places"]["european"]["min"], 33);
    assert_eq!(paris["places"]["european"]["max"], 33);
    assert!(paris.get("notes").is_none() && paris.get("confidence").is_none());
    assert_eq!(json["unidentified_signatories"], 15);
    let unidentified = json["unidentified"].as_array().expect("unidentified");
    assert_eq!(unidentified.len(), 15);
    assert!(
        unidentified.iter().all(|u| u.get("derivation").is_none()),
        "staff-only"
    );
}

/// Staff correct a signing known only as a range once research finds its day, and delete one
/// registered by mistake: each audited field by field, the public places following at once.
#[tokio::test]
async fn staff_correct_a_signing_s_range_and_delete_a_mistake() {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_app().await;
    let staff = admin(&app).await;
    let lisbon_signing = {
        use app::ssr::entities::{signatory, signing};
        let who = signatory::Entity::find()
            .filter(signatory::Column::Slug.eq("lisbon"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("Lisbon");
        signing::Entity::find()
            .filter(signing::Column::SignatoryId.eq(who.id))
            .one(&app.db)
            .await
            .expect("query")
            .expect("its signing")
            .id
            .to_string()
    };
    let screen = format!("/admin/signings/{lisbon_signing}");
    let (status, page) = app.staff_page(&screen, &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("value=\"2013-03-01\"") && page.contains("value=\"2015-12-31\""),
        "the saved range"
    );
    // A range that ends before it starts: refused on its field, nothing written.
    let audit = app.count_rows("audit_log").await;
    let bad = [
        ("id", lisbon_signing.as_str()),
        ("f[date]", ""),
        ("f[not_before]", "2015-01-01"),
        ("f[not_after]", "2014-01-01"),
        ("f[sources]", "https://example.org/lisbon"),
    ];
    let response = app
        .post_form("/api/admin/signings/update", Some(&staff.cookie), &bad)
        .await;
    assert_eq!(location(&response), screen);
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(page.contains("The range ends before it starts"));
    assert_eq!(app.count_rows("audit_log").await, audit);
    // Research finds the day: 25 October 2013 (between Leipzig's month and Paris).
    let good = [
        ("id", lisbon_signing.as_str()),
        ("f[date]", "2013-10-25"),
        ("f[not_before]", ""),
        ("f[not_after]", ""),
        (
            "f[sources]",
            "Council of Lisbon | https://example.org/lisbon",
        ),
        ("f[public_note]", "Signed at the city council."),
    ];
    app.post_form("/api/admin/signings/update", Some(&staff.cookie), &good)
        .await;
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(page.contains("Signing corrected."));
    let (_, lisbon) = app.page("/signatories/lisbon").await;
    assert!(
        places(&lisbon).contains("Lisbon is the 31st signatory"),
        "{}",
        places(&lisbon)
    );
    assert!(lisbon.contains("Signed at the city council."));
    let (_, audit_page) = app
        .staff_page("/admin/audit?action=signing.update", &staff.cookie)
        .await;
    assert!(
        audit_page.contains("2013-03-01") && audit_page.contains("2013-10-25"),
        "before and after, field by field"
    );
    // A signing registered by mistake: deleting needs the box ticked.
    let response = app
        .post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &[
                ("f[signatory]", "new"),
                ("f[name]", "Mistakeville"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[edition]", "2024"),
                ("f[date]", "2025-05-05"),
            ],
        )
        .await;
    let mistake = location(&response);
    let id = mistake.rsplit('/').next().expect("id").to_owned();
    assert_eq!(app.page("/signatories/mistakeville").await.0, 200);
    app.post_form(
        "/api/admin/signings/delete",
        Some(&staff.cookie),
        &[("id", &id)],
    )
    .await;
    let (_, page) = app.staff_page(&mistake, &staff.cookie).await;
    assert!(page.contains("Tick the box to confirm"));
    assert_eq!(
        app.page("/signatories/mistakeville").await.0,
        200,
        "still there"
    );
    let response = app
        .post_form(
            "/api/admin/signings/delete",
            Some(&staff.cookie),
            &[("id", &id), ("f[confirm]", "yes")],
        )
        .await;
    assert_eq!(location(&response), "/admin");
    assert_eq!(
        app.page("/signatories/mistakeville").await.0,
        404,
        "gone from the public"
    );
    let (_, home) = app.page("/").await;
    assert!(home.contains("has 54 signatories"), "the total as before");
    let (_, audit_page) = app
        .staff_page("/admin/audit?action=signing.delete", &staff.cookie)
        .await;
    assert!(audit_page.contains("mistakeville"), "what was deleted");
}
