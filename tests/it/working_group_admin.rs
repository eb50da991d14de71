//! The working group page: dated, edited by staff, a stale form refused.

use app::ssr::accounts::Role;

use crate::helpers::{location, spawn_app, Staff, TestApp};

/// The working group form as stored, ready to post back with changes.
async fn working_group_form(app: &TestApp, staff: &Staff) -> Vec<(String, String)> {
    let (status, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
    assert_eq!(status, 200);
    let m = app::ssr::working_group::load(&app.db)
        .await
        .expect("load")
        .expect("seeded");
    let version = page
        .split("name=\"f[version]\" value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .expect("the form carries the record's version")
        .to_owned();
    [
        ("version", version),
        ("as_of", m.as_of),
        ("language", m.language),
        ("name", m.name),
        ("summary", m.summary),
        ("body", m.body),
        ("objectives_heading", m.objectives_heading),
        ("objectives", m.objectives),
        ("chair_name", m.chair_name),
        ("chair_role", m.chair_role),
        ("vice_chair_name", m.vice_chair_name),
        ("vice_chair_role", m.vice_chair_role),
        ("contact_name", m.contact_name),
        ("contact_role", m.contact_role),
        ("contact_office", m.contact_office),
        ("source_url", m.source_url.unwrap_or_default()),
    ]
    .into_iter()
    .map(|(k, v)| (format!("f[{k}]"), v))
    .collect()
}

fn with(form: &[(String, String)], field: &str, value: &str) -> Vec<(String, String)> {
    let key = format!("f[{field}]");
    form.iter()
        .map(|(k, v)| {
            (
                k.clone(),
                if *k == key {
                    value.to_owned()
                } else {
                    v.clone()
                },
            )
        })
        .collect()
}

async fn post_working_group(app: &TestApp, staff: &Staff, form: &[(String, String)]) -> String {
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = app
        .post_form(
            "/api/admin/working-group/save",
            Some(&staff.cookie),
            &fields,
        )
        .await;
    location(&response)
}

#[tokio::test]
async fn the_working_group_page_is_dated_and_staff_edit_it_safely() {
    let app = spawn_app().await;
    // Public, in English and in French, dated "as of 2016".
    let (status, page) = app.page("/working-group").await;
    assert_eq!(status, 200);
    for text in [
        "Working Group Migration &amp; Integration",
        "more than 30 cities",
        "Objectives for 2016",
        "raising awareness of the importance of involving the local level",
        "Anu Riila",
        "Lefteris Papagiannakis",
        "Thomas Jezequel",
        "This description dates from 2016",
    ] {
        assert!(page.contains(text), "{text}");
    }
    let (status, fr) = app.page("/fr/working-group").await;
    assert_eq!(status, 200);
    assert!(fr.contains("<html lang=\"fr\"") && fr.contains("Date de cette description : 2016"));
    assert!(
        fr.contains("<h1 lang=\"en\">"),
        "the English text is marked as English"
    );

    let staff = app.signed_in("group@eurocities.eu", Role::Editor).await;
    let form = working_group_form(&app, &staff).await;
    let audits = app.count_rows("audit_log").await;

    // Bad input: each error named, nothing written, the typed text kept.
    for (field, value, message) in [
        ("as_of", "next year", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("as_of", "2099", "in the future"),
        ("name", "", "Fill in this field"),
        ("source_url", "javascript:alert(1)", "is not a web address"),
        ("chair_name", "", "Write the name of the person"),
        ("language", "xx", "Choose the language"),
        ("summary", &"x".repeat(1_001), "at most 1000 characters"),
        ("body", "a\u{0007}b", "control characters"),
    ] {
        let mut bad = with(&form, field, value);
        if field == "body" {
            bad = with(&bad, "summary", "Kept summary text");
        }
        assert_eq!(
            post_working_group(&app, &staff, &bad).await,
            "/admin/working-group"
        );
        let (_, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
        assert!(page.contains(message), "{field}={value:?}: {message}");
        assert!(page.contains("Not saved"), "{field}");
        if field == "body" {
            assert!(
                page.contains("Kept summary text"),
                "the typed values are kept"
            );
        }
    }
    assert_eq!(
        app.count_rows("audit_log").await,
        audits,
        "nothing was written"
    );
    let (_, page) = app.page("/working-group").await;
    assert!(page.contains("Anu Riila"));

    // A good save: public at once (the page cache sees the new registry version), audited.
    let good = with(&with(&form, "chair_name", "Jane Doe"), "as_of", "2024-10");
    let good = with(&good, "objectives", "First objective\n\nSecond objective");
    assert_eq!(
        post_working_group(&app, &staff, &good).await,
        "/admin/working-group"
    );
    let (_, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
    assert!(page.contains("Saved."), "the form says it was saved");
    let (_, page) = app.page("/working-group").await;
    assert!(page.contains("Jane Doe") && !page.contains("Anu Riila"));
    assert!(page.contains("October 2024"));
    assert!(
        page.contains("<li>First objective</li>") && page.contains("<li>Second objective</li>")
    );
    assert!(
        !page.contains("<li></li>"),
        "the empty line is no objective"
    );
    let (_, fr) = app.page("/fr/working-group").await;
    assert!(fr.contains("octobre 2024") && fr.contains("Jane Doe"));
    assert_eq!(app.count_rows("audit_log").await, audits + 1);
    let (action, before, after): (String, String, String) = {
        use sea_orm::{EntityTrait, QueryOrder};
        let row = app::ssr::entities::audit_log::Entity::find()
            .order_by_desc(app::ssr::entities::audit_log::Column::Id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("a record");
        (
            row.action,
            row.before.unwrap_or_default(),
            row.after.unwrap_or_default(),
        )
    };
    assert_eq!(action, "working_group.update");
    assert!(before.contains("Anu Riila") && after.contains("Jane Doe"));

    // The old form (opened before that save) is refused: the newer save is not overwritten.
    let stale = with(&form, "chair_name", "Someone Else");
    assert_eq!(
        post_working_group(&app, &staff, &stale).await,
        "/admin/working-group"
    );
    let (_, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
    assert!(page.contains("someone else saved this page after you opened it"));
    assert!(
        page.contains("Someone Else"),
        "their text is kept in the form"
    );
    let (_, public) = app.page("/working-group").await;
    assert!(public.contains("Jane Doe") && !public.contains("Someone Else"));
    assert_eq!(app.count_rows("audit_log").await, audits + 1);
}
