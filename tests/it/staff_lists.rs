//! The staff list of signatories works like a good admin list: search, filters, sortable
//! columns, pages, and a CSV of the list as shown; what does not read is refused in words.

use crate::helpers::{location, spawn_app, TestApp};
use app::ssr::accounts::Role;

/// The names in the list's rows, in order.
fn names(page: &str) -> Vec<String> {
    page.split("<td><a href=\"/admin/signatories/")
        .skip(1)
        .filter_map(|row| Some(row.split_once("\">")?.1.split_once("</a>")?.0.to_owned()))
        .collect()
}

/// The signings column of the list's rows, in order.
fn signings(page: &str) -> Vec<u32> {
    page.split("<td><a href=\"/admin/signatories/")
        .skip(1)
        .filter_map(|row| {
            let cells: Vec<&str> = row.split("<td>").collect();
            cells.get(3)?.split('<').next()?.trim().parse().ok()
        })
        .collect()
}

/// The first cell of each CSV line.
fn first_column<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    lines
        .map(|l| {
            l.split(',')
                .next()
                .unwrap_or_default()
                .trim_matches('"')
                .to_owned()
        })
        .collect()
}

async fn csv(app: &TestApp, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("get")
}

#[tokio::test]
async fn the_staff_list_searches_filters_sorts_pages_and_exports_what_it_shows() {
    let app = spawn_app().await;
    let staff = app.signed_in("lists@eurocities.eu", Role::Editor).await;
    // Twenty cities that have committed (not signed yet) in Greece: more than one page in all.
    for i in 0..20 {
        let name = format!("Committed Town {i:02}");
        let response = app
            .post_form(
                "/api/admin/signatories/create",
                Some(&staff.cookie),
                &[
                    ("f[name]", name.as_str()),
                    ("f[country]", "GR"),
                    ("f[kind]", "city"),
                ],
            )
            .await;
        assert!(location(&response).starts_with("/admin/signatories/"));
    }

    // Filters: a status, a country.
    let (_, committed) = app
        .staff_page(
            "/admin/signatories?status=committed&country=GR",
            &staff.cookie,
        )
        .await;
    let shown = names(&committed);
    assert_eq!(shown.len(), 20, "{committed}");
    assert!(shown.iter().all(|n| n.starts_with("Committed Town")));
    assert!(committed.contains("20 signatories."), "{committed}");

    // A column sorts the list, again the other way round; the header says which.
    let (_, french_cities) = app
        .staff_page("/admin/signatories?country=FR&sort=-name", &staff.cookie)
        .await;
    let shown = names(&french_cities);
    assert!(shown.len() >= 2, "{french_cities}");
    let mut expected = shown.clone();
    expected.sort_by_key(|n| std::cmp::Reverse(domain::text::fold(n)));
    assert_eq!(shown, expected);
    assert!(french_cities.contains("<th scope=\"col\" aria-sort=\"descending\"><a href=\"/admin/signatories?country=FR&amp;sort=name\">Name"), "{french_cities}");
    let (_, by_signings) = app
        .staff_page("/admin/signatories?sort=-signings", &staff.cookie)
        .await;
    let counts = signings(&by_signings);
    assert!(
        counts.len() == 50 && counts.windows(2).all(|w| w[0] >= w[1]),
        "{counts:?}"
    );
    assert!(counts[0] >= 2, "someone signed both editions: {counts:?}");

    // Pages of fifty; the filters and the order follow from page to page.
    let (_, first) = app.staff_page("/admin/signatories", &staff.cookie).await;
    let total: usize = first
        .split(" signatories.")
        .next()
        .and_then(|s| s.rsplit('>').next())
        .and_then(|n| n.trim().parse().ok())
        .expect("a total");
    assert!(total > 50, "{total}");
    assert!(first.contains("Page 1 of 2."));
    assert!(
        first.contains("href=\"/admin/signatories?sort=name&amp;page=2\">Next page</a>"),
        "{first}"
    );
    let (_, second) = app
        .staff_page("/admin/signatories?sort=name&page=2", &staff.cookie)
        .await;
    assert_eq!(names(&first).len() + names(&second).len(), total);
    assert_eq!(
        app.staff_page("/admin/signatories?page=3", &staff.cookie)
            .await
            .0,
        404
    );

    // The CSV is the list as shown: the same filters and order, every page, headed in words.
    let response = csv(
        &app,
        "/admin/signatories.csv?country=FR&sort=-name",
        Some(&staff.cookie),
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .expect("type")
        .starts_with("text/csv"));
    let body = response.text().await.expect("body");
    let mut lines = body.lines();
    assert_eq!(
        lines.next(),
        Some("Name,Address name (slug),Country,Status,Signings")
    );
    let exported = first_column(lines);
    assert_eq!(exported, names(&french_cities));
    let everyone = csv(&app, "/admin/signatories.csv", Some(&staff.cookie)).await;
    assert_eq!(
        everyone.text().await.expect("body").lines().count(),
        total + 1
    );
    let french = csv(
        &app,
        "/fr/admin/signatories.csv?status=committed",
        Some(&staff.cookie),
    )
    .await;
    let french = french.text().await.expect("body");
    assert!(french.starts_with("Nom,"), "{french}");
    assert_eq!(french.lines().count(), 21);
    // Not signed in: to the login, nothing listed.
    let anonymous = csv(&app, "/admin/signatories.csv", None).await;
    assert!(anonymous.status().is_redirection());
    assert!(location(&anonymous).starts_with("/admin/login"));

    // What does not read is refused, in words, on the screen and for the CSV alike.
    for (query, says) in [
        ("sort=age", "sort must be name, country, status or signings"),
        (
            "status=gone",
            "status must be signed, committed or withdrawn",
        ),
        ("country=France", "country must be a two-letter ISO code"),
        ("page=0", "page must be a whole number from 1"),
    ] {
        let (status, page) = app
            .staff_page(&format!("/admin/signatories?{query}"), &staff.cookie)
            .await;
        assert_eq!(status, 400, "{query}");
        assert!(page.contains(says), "{query}: {page}");
        if query != "page=0" {
            let refused = csv(
                &app,
                &format!("/admin/signatories.csv?{query}"),
                Some(&staff.cookie),
            )
            .await;
            assert_eq!(refused.status().as_u16(), 400, "{query}");
            assert!(
                refused.text().await.expect("body").contains(says),
                "{query}"
            );
        }
    }
}

/// The titles in the release list's rows, in order.
fn titles(page: &str) -> Vec<String> {
    page.split("<td><a href=\"/admin/releases/")
        .skip(1)
        .filter_map(|row| Some(row.split_once("\">")?.1.split_once("</a>")?.0.to_owned()))
        .collect()
}

#[tokio::test]
async fn the_release_list_searches_filters_by_state_sorts_and_exports_what_it_shows() {
    use app::ssr::entities::{press_release, signing, states::Publication};
    use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};
    let app = spawn_app().await;
    let staff = app
        .signed_in("release-lists@eurocities.eu", Role::Admin)
        .await;
    // Three drafts, from three seeded signings; one of them then scheduled.
    let signings = signing::Entity::find()
        .order_by_asc(signing::Column::Id)
        .all(&app.db)
        .await
        .expect("signings");
    for s in signings.iter().take(3) {
        let drafted = app
            .post_form(
                "/api/admin/releases/draft-from-signing",
                Some(&staff.cookie),
                &[("signing", s.id.to_string().as_str()), ("another", "yes")],
            )
            .await;
        assert!(location(&drafted).starts_with("/admin/releases/"));
    }
    let all = press_release::Entity::find()
        .order_by_desc(press_release::Column::Id)
        .all(&app.db)
        .await
        .expect("releases");
    let mut scheduled: press_release::ActiveModel = all[0].clone().into();
    scheduled.status = Set(Publication::Published);
    scheduled.release_at = Set(app.clock.now() + time::Duration::days(2));
    scheduled.update(&app.db).await.expect("scheduled");
    let drafts = all
        .iter()
        .skip(1)
        .filter(|r| r.status == Publication::Draft)
        .count();
    assert!(drafts >= 2);

    let (status, page) = app.staff_page("/admin/releases", &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&format!("{} press releases.", all.len())),
        "{page}"
    );
    // Drafts only, sorted by title both ways, with the sorted column said to assistive tech.
    let (_, page) = app
        .staff_page("/admin/releases?state=draft&sort=title", &staff.cookie)
        .await;
    let listed = titles(&page);
    assert_eq!(listed.len(), drafts, "{page}");
    let mut sorted = listed.clone();
    sorted.sort_by_key(|t| t.to_lowercase());
    assert_eq!(listed, sorted);
    assert!(page.contains("aria-sort=\"ascending\""), "{page}");
    assert!(!page.contains("Scheduled (under embargo)</td>"), "{page}");
    let (_, page) = app
        .staff_page("/admin/releases?state=draft&sort=-title", &staff.cookie)
        .await;
    let mut reversed = sorted.clone();
    reversed.reverse();
    assert_eq!(titles(&page), reversed);
    let (_, page) = app
        .staff_page("/admin/releases?state=scheduled", &staff.cookie)
        .await;
    assert_eq!(titles(&page), vec![all[0].title.clone()]);
    // A search, case- and accent-blind.
    let word = all[1]
        .title
        .split_whitespace()
        .next()
        .expect("a word")
        .to_uppercase();
    let (_, page) = app
        .staff_page(&format!("/admin/releases?q={word}"), &staff.cookie)
        .await;
    assert!(titles(&page).contains(&all[1].title), "{word}: {page}");
    assert!(titles(&page)
        .iter()
        .all(|t| t.to_uppercase().contains(&word)));

    // The CSV is the list as shown: same filter, same order, every page.
    let response = csv(
        &app,
        "/admin/releases.csv?state=draft&sort=title",
        Some(&staff.cookie),
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    let body = response.text().await.expect("body");
    let mut lines = body.lines();
    assert_eq!(
        lines.next(),
        Some("Title,State,Release time,Address name (slug),Number")
    );
    let firsts = first_column(lines);
    assert_eq!(firsts, sorted);
    let anonymous = csv(&app, "/admin/releases.csv", None).await;
    assert!(location(&anonymous).starts_with("/admin/login"));

    // What does not read is refused in words; past the last page is not found.
    for (query, says) in [
        (
            "state=embargoed",
            "state must be draft, scheduled or published.",
        ),
        ("sort=slug", "sort must be attention, title, state or time"),
        ("page=0", "page must be a whole number from 1"),
    ] {
        let (status, page) = app
            .staff_page(&format!("/admin/releases?{query}"), &staff.cookie)
            .await;
        assert_eq!(status, 400, "{query}");
        assert!(page.contains(says), "{query}: {page}");
    }
    let refused = csv(
        &app,
        "/admin/releases.csv?state=embargoed",
        Some(&staff.cookie),
    )
    .await;
    assert_eq!(refused.status().as_u16(), 400);
    assert_eq!(
        app.staff_page("/admin/releases?page=9", &staff.cookie)
            .await
            .0,
        404
    );
}

/// The references in the applications list's rows, in order.
fn references(page: &str) -> Vec<String> {
    page.split("<td><a href=\"/admin/applications/")
        .skip(1)
        .filter_map(|row| Some(row.split_once("\">")?.1.split_once("</a>")?.0.to_owned()))
        .collect()
}

#[tokio::test]
async fn the_applications_and_the_corrections_inbox_search_filter_sort_page_and_export() {
    use app::ssr::entities::states::ApplicationStage;
    use app::ssr::entities::{application, correction_suggestion};
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn_app().await;
    let staff = app.signed_in("pipeline@eurocities.eu", Role::Editor).await;
    let now = app.clock.now();
    // 55 intents (more than a page), then three cities further on, one planned for a day.
    for i in 0..55 {
        application::ActiveModel {
            city: Set(format!("Town {i:02}")),
            country_code: Set("PT".into()),
            contact_name: Set("Clerk".into()),
            contact_email: Set(format!("clerk{i}@example.pt")),
            stage: Set(ApplicationStage::Intent),
            revision: Set(0),
            created_at: Set(now + time::Duration::seconds(i)),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("intent");
    }
    for (city, country, stage, ceremony) in [
        (
            "Ljubljana",
            "SI",
            ApplicationStage::Ceremony,
            Some("2027-03-01"),
        ),
        ("Łódź", "PL", ApplicationStage::Decision, None),
        ("Zagreb", "HR", ApplicationStage::Declined, None),
    ] {
        application::ActiveModel {
            city: Set(city.into()),
            country_code: Set(country.into()),
            contact_name: Set("Mayor's office".into()),
            contact_email: Set(format!("office@{}.example", city.to_lowercase())),
            stage: Set(stage),
            ceremony_on: Set(ceremony.map(str::to_owned)),
            closed_reason: Set((stage == ApplicationStage::Declined).then(|| "=cmd()".to_owned())),
            revision: Set(0),
            created_at: Set(now + time::Duration::minutes(5)),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("application");
    }

    // Open ones by default (57), newest first, 50 a page; the second page has the rest.
    let (status, page) = app.staff_page("/admin/applications", &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("57 applications."), "{page}");
    let first = references(&page);
    assert_eq!(first.len(), 50);
    assert_eq!(first[0], "ICC-00057", "the newest first: {first:?}");
    assert!(page.contains("aria-sort=\"descending\""), "{page}");
    let (_, second) = app
        .staff_page("/admin/applications?page=2", &staff.cookie)
        .await;
    assert_eq!(references(&second).len(), 7);
    assert_eq!(
        app.staff_page("/admin/applications?page=3", &staff.cookie)
            .await
            .0,
        404
    );
    // A search by city, accent- and case-blind; by contact; a stage; everything; city order.
    let (_, page) = app
        .staff_page("/admin/applications?q=LODZ", &staff.cookie)
        .await;
    assert_eq!(references(&page), vec!["ICC-00057"], "{page}");
    let (_, page) = app
        .staff_page("/admin/applications?q=clerk12%40", &staff.cookie)
        .await;
    assert_eq!(references(&page), vec!["ICC-00013"], "{page}");
    let (_, page) = app
        .staff_page("/admin/applications?stage=ceremony", &staff.cookie)
        .await;
    assert_eq!(references(&page), vec!["ICC-00056"], "{page}");
    assert!(page.contains("2027"), "the ceremony's day: {page}");
    let (_, page) = app
        .staff_page("/admin/applications?stage=all&sort=-city", &staff.cookie)
        .await;
    assert!(page.contains("58 applications."), "{page}");
    let listed = references(&page);
    assert_eq!(
        listed[..3],
        ["ICC-00058", "ICC-00055", "ICC-00054"],
        "Zagreb, then Town 54, Town 53"
    );
    let (_, last) = app
        .staff_page(
            "/admin/applications?stage=all&sort=-city&page=2",
            &staff.cookie,
        )
        .await;
    assert_eq!(
        references(&last)[6..],
        ["ICC-00057", "ICC-00056"],
        "Łódź then Ljubljana last"
    );
    // The CSV: the list as shown, every page, with the contact; cells guarded.
    let response = csv(
        &app,
        "/admin/applications.csv?stage=all&sort=city",
        Some(&staff.cookie),
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    let body = response.text().await.expect("csv");
    let mut lines = body.lines();
    assert_eq!(
        lines.next(),
        Some("Reference,City,Country,Stage,Next step,Ceremony,Received,Contact person")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 58);
    assert!(
        rows[0].starts_with("ICC-00056,Ljubljana,Slovenia,Ceremony planned"),
        "{}",
        rows[0]
    );
    assert!(
        rows[0].ends_with("Mayor's office <office@ljubljana.example>"),
        "{}",
        rows[0]
    );
    assert!(!body.contains("=cmd()"), "no staff reason in the list");
    // In French: French headers, country names in French.
    let (_, french) = app
        .staff_page("/fr/admin/applications?q=zagreb&stage=all", &staff.cookie)
        .await;
    assert!(french.contains("Croatie"), "{french}");
    let fr_csv = csv(
        &app,
        "/fr/admin/applications.csv?stage=all",
        Some(&staff.cookie),
    )
    .await
    .text()
    .await
    .expect("csv");
    assert!(fr_csv.starts_with("Référence,Ville,Pays,Étape"), "{fr_csv}");
    // What does not read is refused in words, on screen and in the CSV; the CSV needs a login.
    for bad in ["stage=approved", "sort=contact", "page=0", "q=%00"] {
        let (status, page) = app
            .staff_page(&format!("/admin/applications?{bad}"), &staff.cookie)
            .await;
        assert_eq!(status, 400, "{bad}: {page}");
        let response = csv(
            &app,
            &format!("/admin/applications.csv?{bad}"),
            Some(&staff.cookie),
        )
        .await;
        if bad != "page=0" {
            assert_eq!(response.status().as_u16(), 400, "{bad}");
        }
    }
    for list in ["applications", "corrections"] {
        let anonymous = csv(&app, &format!("/admin/{list}.csv"), None).await;
        assert_eq!(
            location(&anonymous),
            format!("/admin/login?next=%2Fadmin%2F{list}"),
            "{list}"
        );
    }

    // The corrections inbox: three suggestions on two signatories, one handled.
    for (signatory, what, handled) in [
        (1, "The signing date is 2011, not 2010.", false),
        (2, "Le maire qui a signé s’appelait autrement.", true),
        (1, "A source is missing.", false),
    ] {
        correction_suggestion::ActiveModel {
            signatory_id: Set(signatory),
            what: Set(what.into()),
            source: Set(Some("https://example.org/minutes".into())),
            contact: Set(None),
            created_at: Set(now),
            handled_at: Set(handled.then_some(now)),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("suggestion");
    }
    let (status, page) = app.staff_page("/admin/corrections", &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("3 suggestions."), "{page}");
    let waiting_first = page.find("A source is missing.").expect("listed");
    let handled_last = page.find("Le maire").expect("listed");
    assert!(waiting_first < handled_last, "waiting ones first");
    let (_, page) = app
        .staff_page("/admin/corrections?state=handled", &staff.cookie)
        .await;
    assert!(
        page.contains("1 suggestion.") && page.contains("Le maire"),
        "{page}"
    );
    assert!(!page.contains("A source is missing."), "{page}");
    let (_, page) = app
        .staff_page("/admin/corrections?q=SIGNING+DATE", &staff.cookie)
        .await;
    assert!(page.contains("1 suggestion."), "{page}");
    assert!(page.contains("2011"), "{page}");
    assert!(page.contains(" UTC · "), "times say their zone: {page}");
    let body = csv(
        &app,
        "/admin/corrections.csv?state=waiting&sort=received",
        Some(&staff.cookie),
    )
    .await
    .text()
    .await
    .expect("csv");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        "Signatory,Suggestion,Source,Reader’s contact,Received,State"
    );
    assert_eq!(lines.len(), 3, "{body}");
    assert!(
        lines[1].contains("2011, not 2010"),
        "the oldest first: {body}"
    );
    assert!(lines[2].contains("A source is missing."), "{body}");
    for bad in ["state=open", "sort=what"] {
        assert_eq!(
            app.staff_page(&format!("/admin/corrections?{bad}"), &staff.cookie)
                .await
                .0,
            400,
            "{bad}"
        );
    }
}
