//! The CSV import: pasted or uploaded, checked row by row, all or nothing.

use app::ssr::accounts::Role;
use sea_orm::EntityTrait;

use crate::helpers::{location, spawn_app, TestApp};

#[tokio::test]
async fn a_csv_with_one_bad_row_imports_nothing_and_names_the_row_and_reason() {
    let app = spawn_app().await;
    let staff = app.signed_in("csv@eurocities.eu", Role::Editor).await;
    let response = app
        .client
        .get(format!("{}/admin/export/signings.csv", app.address))
        .header("cookie", &staff.cookie)
        .send()
        .await
        .expect("export");
    assert_eq!(response.status().as_u16(), 200);
    assert!(response
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("attachment")));
    let exported = response.text().await.expect("csv");
    assert!(exported.starts_with("slug,name,kind,country_code"));
    let good = "ljubljana,Ljubljana,city,SI,yes,signed,https://www.ljubljana.si,2024,yes,2026-11-20,,,,,,,,City | https://www.ljubljana.si/en\n";
    let bad = "kaunas,Kaunas,city,LT,no,signed,,2024,yes,2026-13-01,,,,,,,,\n";
    let csv = format!("{exported}{good}{bad}");
    let signatories = app.count_rows("signatory").await;
    let response = app
        .post_form(
            "/api/admin/import",
            Some(&staff.cookie),
            &[("intent", "apply"), ("csv", &csv)],
        )
        .await;
    assert_eq!(location(&response), "/admin/import");
    assert_eq!(
        app.count_rows("signatory").await,
        signatories,
        "nothing imported"
    );
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    let line = exported.lines().count() + 2;
    assert!(
        page.contains(&format!("line {line}, column signed_on")),
        "names the row and column"
    );
    assert!(page.contains("Nothing was imported"));
    // Without the bad row: a dry run writes nothing, apply writes the new row.
    let csv = format!("{exported}{good}");
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[("intent", "dry_run"), ("csv", &csv)],
    )
    .await;
    assert_eq!(app.count_rows("signatory").await, signatories);
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    let report = page.split("<caption>Rows").nth(1).unwrap_or(&page);
    assert!(
        page.contains("1 would be created, 0 changed"),
        "the round trip changes nothing else: {report}"
    );
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[("intent", "apply"), ("csv", &csv)],
    )
    .await;
    assert_eq!(app.count_rows("signatory").await, signatories + 1);
}

async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    intent: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("intent", intent.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("registry.csv"),
        );
    let mut request = app
        .client
        .post(format!("{}/admin/import/upload", app.address))
        .header("origin", &app.address)
        .multipart(form);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("upload")
}

#[tokio::test]
async fn an_uploaded_csv_file_is_checked_and_imported_all_or_nothing() {
    let app = spawn_app().await;
    let response = upload(&app, None, "apply", b"slug,name".to_vec()).await;
    assert_eq!(response.status().as_u16(), 401, "anonymous upload refused");
    let staff = app.signed_in("up@eurocities.eu", Role::Editor).await;
    let header = app::ssr::import::COLUMNS.join(",");
    let good = "ljubljana,Ljubljana,city,SI,yes,signed,,2024,yes,2026-11-20,,,,,,,,";
    let bad = "kaunas,Kaunas,city,XX,no,signed,,2024,yes,2026-11-20,,,,,,,,";
    let signatories = app.count_rows("signatory").await;
    let response = upload(
        &app,
        Some(&staff.cookie),
        "apply",
        format!("{header}\n{good}\n{bad}\n").into_bytes(),
    )
    .await;
    assert_eq!(location(&response), "/admin/import");
    assert_eq!(
        app.count_rows("signatory").await,
        signatories,
        "nothing imported"
    );
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    assert!(
        page.contains("line 3, column country_code"),
        "names the row and reason"
    );
    let response = upload(
        &app,
        Some(&staff.cookie),
        "apply",
        format!("{header}\n{good}\n").into_bytes(),
    )
    .await;
    assert_eq!(location(&response), "/admin/import");
    assert_eq!(app.count_rows("signatory").await, signatories + 1);
    let response = upload(&app, Some(&staff.cookie), "dry_run", vec![0xff, 0xfe, 0x00]).await;
    assert_eq!(location(&response), "/admin/import");
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    assert!(page.contains("not UTF-8"));
    // S20: a 50 MB upload is refused with 413, nothing read into the database.
    let response = upload(
        &app,
        Some(&staff.cookie),
        "apply",
        vec![b'a'; 50 * 1024 * 1024],
    )
    .await;
    assert_eq!(response.status().as_u16(), 413);
}

/// The exported file with one field of one row changed.
fn with_field(exported: &str, slug: &str, column: &str, value: &str) -> String {
    let columns = app::ssr::import::COLUMNS;
    let at = columns.iter().position(|c| *c == column).expect("a column");
    let mut reader = csv::Reader::from_reader(exported.trim_start_matches('\u{feff}').as_bytes());
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(columns).expect("header");
    for record in reader.records() {
        let mut record: Vec<String> = record.expect("row").iter().map(str::to_owned).collect();
        if record[0] == slug {
            record[at] = value.to_owned();
        }
        out.write_record(&record).expect("row");
    }
    String::from_utf8(out.into_inner().expect("csv")).expect("utf-8")
}

#[tokio::test]
async fn the_dry_run_lists_old_and_new_per_field_with_the_files_own_line_numbers() {
    let app = spawn_app().await;
    let staff = app.signed_in("dry@eurocities.eu", Role::Editor).await;
    let exported = app
        .client
        .get(format!("{}/admin/export/signings.csv", app.address))
        .header("cookie", &staff.cookie)
        .send()
        .await
        .expect("export")
        .text()
        .await
        .expect("csv");
    let changed = with_field(&exported, "nuremberg", "signed_by_name", "Ulrich Maly");
    let changed = with_field(&changed, "nuremberg", "place", "Nuremberg town hall");
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[("intent", "dry_run"), ("csv", &changed)],
    )
    .await;
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    for change in [
        "<span class=\"diff-field\">signed_by_name: </span><del><code>—</code></del> → <ins><code>Ulrich Maly</code></ins>",
        "<ins><code>Nuremberg town hall</code></ins>",
    ] {
        assert!(page.contains(change), "{change}: {page}");
    }
    // Applied, the audit record names the same fields, old and new.
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[("intent", "apply"), ("csv", &changed)],
    )
    .await;
    let record = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit")
        .into_iter()
        .find(|r| r.action == "import.change")
        .expect("the change is audited");
    assert!(
        record
            .before
            .as_deref()
            .is_some_and(|b| b.contains("\"signed_by_name\":\"—\"")),
        "{record:?}"
    );
    assert!(
        record
            .after
            .as_deref()
            .is_some_and(|a| a.contains("\"signed_by_name\":\"Ulrich Maly\"")),
        "{record:?}"
    );

    // Line numbers are the file's own, also after a field that spans two lines.
    let header = app::ssr::import::COLUMNS.join(",");
    let spanning = "ljubljana,Ljubljana,city,SI,yes,signed,,2024,yes,2026-11-20,,,,,,,,,,,\"Signed at the\ncity hall\"";
    let bad = "kaunas,Kaunas,city,XX,no,signed,,2024,yes,2026-11-20,,,,,,,,,,,";
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[
            ("intent", "dry_run"),
            ("csv", &format!("{header}\n{spanning}\n{bad}\n")),
        ],
    )
    .await;
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    assert!(
        page.contains("line 4, column country_code"),
        "the bad row is the file's 4th line: {page}"
    );
}
