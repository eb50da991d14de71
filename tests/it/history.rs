//! Each record's history: the audit log narrowed to one record (and to days), linked from the
//! record's screen, in the screen's language; filters that do not read are refused.

use crate::helpers::{location, spawn_app, utc_day_from_now};
use app::ssr::accounts::Role;

#[tokio::test]
async fn each_record_has_its_history_and_filters_that_do_not_read_are_refused() {
    let app = spawn_app().await;
    let staff = app.signed_in("history@eurocities.eu", Role::Editor).await;
    let create = |name: &'static str| {
        let (app, cookie) = (&app, staff.cookie.clone());
        async move {
            let response = app
                .post_form(
                    "/api/admin/signatories/create",
                    Some(&cookie),
                    &[("f[name]", name), ("f[country]", "GR"), ("f[kind]", "city")],
                )
                .await;
            location(&response)
                .rsplit('/')
                .next()
                .expect("id")
                .to_owned()
        }
    };
    let thessaloniki = create("Thessaloniki").await;
    create("Kavala").await;
    for latitude in ["40.6", "40.6401"] {
        let response = app
            .post_form(
                "/api/admin/signatories/save",
                Some(&staff.cookie),
                &[
                    ("id", thessaloniki.as_str()),
                    ("intent", "save"),
                    ("f[name]", "Thessaloniki"),
                    ("f[country]", "GR"),
                    ("f[kind]", "city"),
                    ("f[latitude]", latitude),
                    ("f[longitude]", "22.9444"),
                ],
            )
            .await;
        assert_eq!(location(&response), "/admin/signatories");
    }

    // The record's screen links to its history; the history holds its three changes only.
    let (_, screen) = app
        .staff_page(&format!("/admin/signatories/{thessaloniki}"), &staff.cookie)
        .await;
    let link = "/admin/audit?kind=signatory&amp;id=thessaloniki";
    assert!(screen.contains(link), "{screen}");
    let (status, history) = app
        .staff_page("/admin/audit?kind=signatory&id=thessaloniki", &staff.cookie)
        .await;
    assert_eq!(status, 200);
    assert!(
        history.contains("<h1>History of Signatory thessaloniki</h1>"),
        "{history}"
    );
    assert!(history.contains("3 records; page 1 of 1."), "{history}");
    assert_eq!(
        history.matches("Signatory edited").count(),
        2 + 1,
        "two rows and the filter's option"
    );
    assert!(history.contains("<del><code>40.6</code></del> → <ins><code>40.6401</code></ins>"));
    assert!(
        !history.contains("kavala"),
        "another record's changes are not in this history"
    );
    // Every row of the whole log links to its record's history.
    let (_, log) = app.staff_page("/admin/audit", &staff.cookie).await;
    assert!(log.contains(&format!("href=\"{link}\"")), "{log}");
    assert!(log.contains("href=\"/admin/audit?kind=signatory&amp;id=kavala\""));

    // Days: today holds them all, tomorrow nothing.
    let (today, tomorrow) = (utc_day_from_now(&app, 0), utc_day_from_now(&app, 1));
    let (_, on_today) = app
        .staff_page(
            &format!("/admin/audit?kind=signatory&from={0}&to={0}", today),
            &staff.cookie,
        )
        .await;
    assert!(on_today.contains("4 records;"), "{on_today}");
    let (_, later) = app
        .staff_page(&format!("/admin/audit?from={}", tomorrow), &staff.cookie)
        .await;
    assert!(later.contains("0 records;"), "{later}");

    // The same history in French.
    let (_, french) = app
        .staff_page(
            "/fr/admin/audit?kind=signatory&id=thessaloniki",
            &staff.cookie,
        )
        .await;
    assert!(
        french.contains("<h1>Historique de Signataire thessaloniki</h1>"),
        "{french}"
    );

    // Filters that do not read: a plain error, in words.
    for (query, says) in [
        (
            "id=paris%3Bdrop",
            "the record is named by its slug or number",
        ),
        ("kind=signatory%20x", "the kind of record is a word"),
        ("from=2026-13-01", "“from” must be a day written YYYY-MM-DD"),
        ("to=yesterday", "“to” must be a day written YYYY-MM-DD"),
        (
            "from=2026-12-02&to=2026-12-01",
            "the “from” day comes after the “to” day",
        ),
    ] {
        let (status, page) = app
            .staff_page(&format!("/admin/audit?{query}"), &staff.cookie)
            .await;
        assert_eq!(status, 400, "{query}");
        assert!(page.contains(says), "{query}: {page}");
        let refused = app
            .client
            .get(format!("{}/admin/audit.csv?{query}", app.address))
            .header("cookie", &staff.cookie)
            .send()
            .await
            .expect("get");
        assert_eq!(refused.status().as_u16(), 400, "{query}");
        assert!(
            refused.text().await.expect("body").contains(says),
            "{query}"
        );
    }

    // The record's history as a spreadsheet: the screen links it; its rows, diffs in words.
    assert!(
        history.contains("href=\"/admin/audit.csv?kind=signatory&amp;id=thessaloniki&amp;\""),
        "{history}"
    );
    let csv = app
        .client
        .get(format!(
            "{}/admin/audit.csv?kind=signatory&id=thessaloniki",
            app.address
        ))
        .header("cookie", &staff.cookie)
        .send()
        .await
        .expect("get");
    assert_eq!(csv.status().as_u16(), 200);
    let body = csv.text().await.expect("body");
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some("When (UTC),Who,Action,Action code,Record,What changed")
    );
    assert_eq!(lines.len(), 1 + 3, "{body}");
    assert!(
        body.contains(
            "Signatory edited,signatory.update,signatory thessaloniki,Latitude: 40.6 → 40.6401"
        ),
        "{body}"
    );
    assert!(!body.contains("kavala"), "{body}");
}
