//! The Integrating Cities conferences on the staff screens: added, edited and deleted (a
//! mistake) with their audit diffs, the about page following at once; bad input refused in
//! words with nothing written; a conference that signings name keeps its number and stays.

use crate::helpers::{location, spawn_app};
use app::ssr::accounts::Role;

#[tokio::test]
async fn staff_add_edit_and_delete_a_conference_and_one_that_signings_name_stays() {
    let app = spawn_app().await;
    let staff = app
        .signed_in("conferences@eurocities.eu", Role::Editor)
        .await;
    let (status, list) = app.staff_page("/admin/conferences", &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(list.contains("Integrating Cities IV"), "{list}");
    let before = app.count_rows("conference").await;

    // Wrong: every field says why, nothing written.
    let refused = app
        .post_form(
            "/api/admin/conferences/create",
            Some(&staff.cookie),
            &[
                ("f[number]", "12"),
                ("f[city]", ""),
                ("f[country]", "XX"),
                ("f[starts_on]", "2027-02-30"),
                ("f[ends_on]", "2026"),
            ],
        )
        .await;
    assert_eq!(location(&refused), "/admin/conferences");
    assert_eq!(app.count_rows("conference").await, before);
    let (_, list) = app.staff_page("/admin/conferences", &staff.cookie).await;
    for says in [
        "Type the conference’s number in Roman numerals",
        "Type the city where it took place.",
        "Choose the country where it took place.",
        "Type a date as YYYY-MM-DD, YYYY-MM or YYYY.",
    ] {
        assert!(list.contains(says), "{says}: {list}");
    }

    // Right: listed, and on the about page at once.
    let fields = |number: &'static str, city: &'static str| {
        vec![
            ("f[number]", number),
            ("f[city]", city),
            ("f[country]", "PT"),
            ("f[starts_on]", "2027-05-10"),
            ("f[ends_on]", "2027-05-11"),
            ("f[note]", "Planned"),
        ]
    };
    let created = app
        .post_form(
            "/api/admin/conferences/create",
            Some(&staff.cookie),
            &fields("xii", "Lisbon"),
        )
        .await;
    assert_eq!(location(&created), "/admin/conferences");
    assert_eq!(app.count_rows("conference").await, before + 1);
    let (_, about) = app.page("/about").await;
    assert!(
        about.contains("Integrating Cities XII") && about.contains("Lisbon"),
        "{about}"
    );
    // The same number again is refused.
    app.post_form(
        "/api/admin/conferences/create",
        Some(&staff.cookie),
        &fields("XII", "Porto"),
    )
    .await;
    assert_eq!(app.count_rows("conference").await, before + 1);
    let (_, list) = app.staff_page("/admin/conferences", &staff.cookie).await;
    assert!(
        list.contains("Integrating Cities XII is already in the list."),
        "{list}"
    );

    // Edited: the about page follows; the history reads as a diff.
    let id = list
        .split("href=\"/admin/conferences/")
        .filter_map(|rest| rest.split_once("\">"))
        .find(|(_, text)| text.starts_with("Integrating Cities XII<"))
        .map(|(id, _)| id.to_owned())
        .expect("XII in the list");
    let mut edit = fields("XII", "Porto");
    edit.push(("id", id.as_str()));
    edit.push(("intent", "save"));
    let saved = app
        .post_form("/api/admin/conferences/save", Some(&staff.cookie), &edit)
        .await;
    assert_eq!(location(&saved), "/admin/conferences");
    let (_, about) = app.page("/about").await;
    assert!(
        about.contains("Porto") && !about.contains("Lisbon"),
        "{about}"
    );
    let (_, history) = app
        .staff_page(
            &format!("/admin/audit?kind=conference&id={id}"),
            &staff.cookie,
        )
        .await;
    assert!(history.contains("Conference edited"), "{history}");
    assert!(
        history.contains("<del><code>Lisbon</code></del> → <ins><code>Porto</code></ins>"),
        "{history}"
    );

    // Deleted once confirmed.
    let screen = format!("/admin/conferences/{id}");
    let delete = |id: String, confirmed: bool| {
        let (app, cookie) = (&app, staff.cookie.clone());
        async move {
            let mut form = vec![("id", id), ("intent", "delete".to_owned())];
            if confirmed {
                form.push(("f[confirm_delete]", "yes".to_owned()));
            }
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            location(
                &app.post_form("/api/admin/conferences/save", Some(&cookie), &form)
                    .await,
            )
        }
    };
    assert_eq!(delete(id.clone(), false).await, screen);
    assert_eq!(app.count_rows("conference").await, before + 1);
    assert_eq!(delete(id.clone(), true).await, "/admin/conferences");
    assert_eq!(app.count_rows("conference").await, before);
    assert!(!app
        .page("/about")
        .await
        .1
        .contains("Integrating Cities XII"));
    assert_eq!(app.staff_page(&screen, &staff.cookie).await.0, 404);

    // London IV, where the charter was launched and signed: signings name it.
    let (_, list) = app.staff_page("/admin/conferences", &staff.cookie).await;
    let london = list
        .split("href=\"/admin/conferences/")
        .filter_map(|rest| rest.split_once("\">"))
        .find(|(_, text)| text.starts_with("Integrating Cities IV<"))
        .map(|(id, _)| id.to_owned())
        .expect("IV in the list");
    let screen = format!("/admin/conferences/{london}");
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(
        page.contains("It cannot be deleted, nor renumbered"),
        "{page}"
    );
    assert!(!page.contains("id=\"f-confirm_delete\""), "{page}");
    assert_eq!(delete(london.clone(), true).await, screen);
    assert_eq!(app.count_rows("conference").await, before);
    let renumber = [
        ("id", london.as_str()),
        ("intent", "save"),
        ("f[number]", "XIV"),
        ("f[city]", "London"),
        ("f[country]", "GB"),
        ("f[starts_on]", "2010-02-22"),
    ];
    app.post_form(
        "/api/admin/conferences/save",
        Some(&staff.cookie),
        &renumber,
    )
    .await;
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(
        page.contains("Signings name this conference by its number"),
        "{page}"
    );
    assert!(app.page("/about").await.1.contains("Integrating Cities IV"));
}
