//! Charter editions on the staff screens: completing a text, publishing a new current
//! edition, translations shown on the pages of their language.

use app::ssr::accounts::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{location, spawn_app, TestApp};

/// Saves an edition's own fields as they are (the preamble marked complete), with `fields` for
/// its sections.
async fn save_edition(
    app: &TestApp,
    cookie: &str,
    edition: &app::ssr::entities::edition::Model,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let id = edition.id.to_string();
    let mut form = vec![
        ("id", id.as_str()),
        ("intent", "save"),
        ("f[title]", &edition.title),
        ("f[subtitle]", &edition.subtitle),
        ("f[preamble_complete]", "yes"),
    ];
    form.extend_from_slice(fields);
    app.post_form("/api/admin/editions/save", Some(cookie), &form)
        .await
}

#[tokio::test]
async fn staff_complete_the_2010_preamble_and_publish_a_new_edition_that_becomes_current() {
    let app = spawn_app().await;
    let staff = app.signed_in("ed@eurocities.eu", Role::Editor).await;
    let editions = app::ssr::entities::edition::Entity::find()
        .all(&app.db)
        .await
        .expect("editions");
    let e2010 = editions.iter().find(|e| e.slug == "2010").expect("2010");
    assert!(e2010.preamble_missing);
    let (status, page) = app
        .staff_page(&format!("/admin/editions/{}", e2010.id), &staff.cookie)
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Add a section"));
    // Complete the preamble: a new first section, and the "missing" note cleared.
    let id = e2010.id.to_string();
    let response = save_edition(
        &app,
        &staff.cookie,
        e2010,
        &[
            ("f[new_kind]", "preamble"),
            ("f[new_key]", "preamble"),
            ("f[new_position]", "first"),
            (
                "f[new_body]",
                "We, the Mayors of European cities, <b>recognise</b> the diversity of our cities.",
            ),
        ],
    )
    .await;
    assert_eq!(location(&response), format!("/admin/editions/{id}"));
    let (_, public) = app.page("/charter/2010").await;
    assert!(
        public.contains("We, the Mayors of European cities, &lt;b&gt;recognise&lt;/b&gt;"),
        "escaped, shown"
    );
    // Emptying a role's commitments is refused: the field is named, nothing is written.
    let role = app::ssr::entities::edition_section::Entity::find()
        .filter(app::ssr::entities::edition_section::Column::EditionId.eq(e2010.id))
        .filter(app::ssr::entities::edition_section::Column::Kind.eq("role"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a role of 2010");
    let (items, audit) = (
        app.count_rows("edition_item").await,
        app.count_rows("audit_log").await,
    );
    let emptied = format!("f[s{}_items]", role.id);
    let response = save_edition(&app, &staff.cookie, e2010, &[(&emptied, " \n ")]).await;
    assert_eq!(location(&response), format!("/admin/editions/{id}"));
    assert_eq!(
        app.count_rows("edition_item").await,
        items,
        "nothing deleted"
    );
    assert_eq!(app.count_rows("audit_log").await, audit, "nothing recorded");
    let (_, page) = app
        .staff_page(&format!("/admin/editions/{id}"), &staff.cookie)
        .await;
    assert!(
        page.contains(&format!("href=\"#f-s{}_items\"", role.id))
            && page.contains(&format!("The role {} has no commitment", role.key)),
        "the error names the field"
    );
    // A new role under the preamble's key, without a heading: both named on the new fields.
    let sections = app.count_rows("edition_section").await;
    save_edition(
        &app,
        &staff.cookie,
        e2010,
        &[
            ("f[new_kind]", "role"),
            ("f[new_key]", "preamble"),
            ("f[new_items]", "Welcome newcomers."),
        ],
    )
    .await;
    assert_eq!(app.count_rows("edition_section").await, sections);
    let (_, page) = app
        .staff_page(&format!("/admin/editions/{id}"), &staff.cookie)
        .await;
    for expected in [
        "href=\"#f-new_key\"".to_owned(),
        "href=\"#f-new_heading\"".to_owned(),
        "The section key preamble appears twice.".to_owned(),
        "The role preamble has no heading.".to_owned(),
    ] {
        assert!(page.contains(&expected), "{expected}");
    }
    // A new edition: a draft copy, not public until published.
    let response = app
        .post_form(
            "/api/admin/editions/create",
            Some(&staff.cookie),
            &[("f[slug]", "2030"), ("f[title]", "2030 edition")],
        )
        .await;
    let draft = location(&response);
    assert!(draft.starts_with("/admin/editions/"), "{draft}");
    let (status, _) = app.page("/charter/2030").await;
    assert_eq!(status, 404, "a draft is not public");
    let (_, preview) = app
        .staff_page(&format!("{draft}/preview"), &staff.cookie)
        .await;
    assert!(preview.contains("2030 edition"));
    let draft_id = draft.rsplit('/').next().expect("id").to_owned();
    // An editor prepares an edition; publishing it, the charter's public text, takes an admin.
    let refused = app
        .post_form(
            "/api/admin/editions/save",
            Some(&staff.cookie),
            &[("id", &draft_id), ("intent", "publish")],
        )
        .await;
    assert_eq!(location(&refused), draft);
    assert_eq!(app.page("/charter/2030").await.0, 404, "still a draft");
    let (_, page) = app.staff_page(&draft, &staff.cookie).await;
    assert!(
        page.contains("Only an admin can publish an edition"),
        "{page}"
    );
    assert!(
        !page.contains("value=\"publish\""),
        "no publish button for editors"
    );
    let admin = app.signed_in("chief@eurocities.eu", Role::Admin).await;
    let (_, page) = app.staff_page(&draft, &admin.cookie).await;
    assert!(page.contains("value=\"publish\""), "{page}");
    let response = app
        .post_form(
            "/api/admin/editions/save",
            Some(&admin.cookie),
            &[("id", &draft_id), ("intent", "publish")],
        )
        .await;
    assert_eq!(location(&response), draft);
    let (status, _) = app.page("/charter/2030").await;
    assert_eq!(status, 200);
    let (_, current) = app.page("/charter").await;
    assert!(
        current.contains("2030 edition"),
        "the new edition is current"
    );
    let (status, _) = app.page("/charter/2024").await;
    assert_eq!(status, 200, "earlier editions stay readable");
    // A bad slug changes nothing.
    let before = app.count_rows("edition").await;
    app.post_form(
        "/api/admin/editions/create",
        Some(&staff.cookie),
        &[("f[slug]", "../x"), ("f[title]", "x")],
    )
    .await;
    assert_eq!(app.count_rows("edition").await, before);
    let (_, audit) = app.staff_page("/admin/audit", &staff.cookie).await;
    for action in ["edition.update", "edition.create", "edition.publish"] {
        assert!(audit.contains(action), "{action}");
    }
}

#[tokio::test]
async fn staff_translate_an_edition_and_french_pages_show_the_translation() {
    let app = spawn_app().await;
    let staff = app.signed_in("tr@eurocities.eu", Role::Editor).await;
    let e2024 = app::ssr::entities::edition::Entity::find()
        .all(&app.db)
        .await
        .expect("editions")
        .into_iter()
        .find(|e| e.slug == "2024")
        .expect("2024");
    let original = e2024.id.to_string();
    let translate = |language: &'static str, original: String| {
        let app = &app;
        let cookie = staff.cookie.clone();
        async move {
            let response = app
                .post_form(
                    "/api/admin/editions/translate",
                    Some(&cookie),
                    &[
                        ("f[original]", original.as_str()),
                        ("f[language]", language),
                    ],
                )
                .await;
            location(&response)
        }
    };
    // Bad requests change nothing and say why.
    let before = app.count_rows("edition").await;
    for (language, id, message) in [
        ("en", original.clone(), "already in this language"),
        ("xx", original.clone(), "Choose the language"),
        ("fr", "999".to_owned(), "Choose a published edition"),
    ] {
        assert_eq!(translate(language, id).await, "/admin/editions");
        let (_, page) = app.staff_page("/admin/editions", &staff.cookie).await;
        assert!(page.contains(message), "{language}: {message}");
    }
    assert_eq!(app.count_rows("edition").await, before);

    // A draft translation: not public yet.
    let draft = translate("fr", original.clone()).await;
    assert!(draft.starts_with("/admin/editions/"), "{draft}");
    assert_eq!(
        translate("fr", original.clone()).await,
        "/admin/editions",
        "only one per language"
    );
    assert_eq!(app.count_rows("edition").await, before + 1);
    let (_, fr) = app.page("/fr/charter/2024").await;
    assert!(
        fr.contains("lang=\"en\">As policy-makers we will:"),
        "the draft is not shown"
    );

    // Translate the title and one heading, then publish.
    let id: i32 = draft
        .rsplit('/')
        .next()
        .expect("id")
        .parse()
        .expect("number");
    let (_, stored, _) = app::ssr::charter::edit_form(&app.db, id)
        .await
        .expect("form")
        .expect("the draft");
    let mut fields: Vec<(String, String)> = stored
        .values
        .iter()
        .map(|(k, v)| {
            let v = match v.as_str() {
                "As policy-makers we will:" => {
                    "En tant que décideurs politiques, nous allons :".to_owned()
                }
                _ => v.clone(),
            };
            (format!("f[{k}]"), v)
        })
        .collect();
    fields.push(("id".into(), id.to_string()));
    fields.push(("intent".into(), "save".into()));
    let form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = app
        .post_form("/api/admin/editions/save", Some(&staff.cookie), &form)
        .await;
    assert_eq!(location(&response), draft);
    let id_text = id.to_string();
    let admin = app.signed_in("chief@eurocities.eu", Role::Admin).await;
    let response = app
        .post_form(
            "/api/admin/editions/save",
            Some(&admin.cookie),
            &[("id", id_text.as_str()), ("intent", "publish")],
        )
        .await;
    assert_eq!(location(&response), draft);

    // French pages show the translation, unmarked, said to be one, with the original linked.
    for path in ["/fr/charter/2024", "/fr/charter"] {
        let (status, fr) = app.page(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            fr.contains(">En tant que décideurs politiques, nous allons :<"),
            "{path}"
        );
        assert!(
            !fr.contains("lang=\"en\">En tant que"),
            "{path}: French text is not marked English"
        );
        assert!(fr.contains("Ceci est une traduction"), "{path}");
        assert!(
            fr.contains("href=\"/charter/2024\" hreflang=\"en\""),
            "{path}: the original is linked"
        );
    }
    // English pages, the current edition and every list of editions are unchanged.
    let (_, en) = app.page("/charter/2024").await;
    assert!(en.contains("As policy-makers we will:") && !en.contains("En tant que"));
    let (_, current) = app.page("/charter").await;
    assert!(current.contains("2024 edition (current)"));
    assert!(
        !current.contains("2024-fr"),
        "the switcher lists originals only"
    );
    let (status, _) = app.page("/charter/2024-fr").await;
    assert_eq!(status, 404, "a translation has no address of its own");
    let (_, compare) = app.page("/charter/compare").await;
    assert!(!compare.contains("2024-fr"));
    let (_, directory) = app.page("/signatories").await;
    assert!(!directory.contains("2024-fr"));
    let (_, audit) = app.staff_page("/admin/audit", &staff.cookie).await;
    assert!(audit.contains("edition.translate"));
}
