//! Deleting what was a mistake, as opposed to recording what happened: a signatory nothing
//! names, with a confirmation step, audited; never one a signing or statement names — also when
//! a signing for it is saved at the same moment (SQLite and PostgreSQL).

use crate::helpers::{fresh_postgres_url, location, spawn_app, spawn_app_on, Staff, TestApp};
use app::ssr::accounts::Role;

async fn create(app: &TestApp, staff: &Staff, name: &str) -> String {
    let response = app
        .post_form(
            "/api/admin/signatories/create",
            Some(&staff.cookie),
            &[("f[name]", name), ("f[country]", "GR"), ("f[kind]", "city")],
        )
        .await;
    location(&response)
        .rsplit('/')
        .next()
        .expect("id")
        .to_owned()
}

async fn delete(app: &TestApp, staff: &Staff, id: &str, confirmed: bool) -> reqwest::Response {
    let mut form = vec![("id", id), ("intent", "delete")];
    if confirmed {
        form.push(("f[confirm_delete]", "yes"));
    }
    app.post_form("/api/admin/signatories/save", Some(&staff.cookie), &form)
        .await
}

#[tokio::test]
async fn a_signatory_added_by_mistake_is_deleted_once_confirmed_and_one_that_signed_is_not() {
    let app = spawn_app().await;
    let staff = app.signed_in("mistakes@eurocities.eu", Role::Editor).await;
    let id = create(&app, &staff, "Thessalonki").await;
    let screen = format!("/admin/signatories/{id}");
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(
        page.contains("Delete a signatory added by mistake")
            && page.contains("record its withdrawal above"),
        "the screen says how a mistake differs from a withdrawal: {page}"
    );
    assert!(page.contains("id=\"f-confirm_delete\""), "{page}");
    let before = app.count_rows("signatory").await;

    // Not confirmed: nothing changes, the box says why.
    let refused = delete(&app, &staff, &id, false).await;
    assert_eq!(location(&refused), screen);
    assert_eq!(app.count_rows("signatory").await, before);
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(
        page.contains("Tick the box to confirm that this signatory should be deleted."),
        "{page}"
    );

    // Confirmed: gone from the registry and the public site, kept in the log.
    let deleted = delete(&app, &staff, &id, true).await;
    assert_eq!(location(&deleted), "/admin/signatories");
    assert_eq!(app.count_rows("signatory").await, before - 1);
    let (status, _) = app.staff_page(&screen, &staff.cookie).await;
    assert_eq!(status, 404);
    assert_eq!(app.page("/signatories/thessalonki").await.0, 404);
    let (_, history) = app
        .staff_page("/admin/audit?kind=signatory&id=thessalonki", &staff.cookie)
        .await;
    assert!(
        history.contains("Signatory deleted (added by mistake)"),
        "{history}"
    );
    assert!(history.contains("Thessalonki"), "what it was: {history}");

    // Paris signed: its screen offers no deletion, and a forged one is refused.
    let paris = app
        .staff_page("/admin/signatories?q=Paris", &staff.cookie)
        .await
        .1
        .split("href=\"/admin/signatories/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("Paris in the staff list")
        .to_owned();
    let (_, page) = app
        .staff_page(&format!("/admin/signatories/{paris}"), &staff.cookie)
        .await;
    assert!(
        page.contains("It cannot be deleted while a signing"),
        "{page}"
    );
    assert!(!page.contains("id=\"f-confirm_delete\""), "{page}");
    let forged = delete(&app, &staff, &paris, true).await;
    assert_eq!(location(&forged), format!("/admin/signatories/{paris}"));
    assert_eq!(app.count_rows("signatory").await, before - 1);
    assert_eq!(app.page("/signatories/paris").await.0, 200);
}

/// A deletion and a signing for the same signatory sent at once: either the signing is saved
/// and the signatory stays, or the signatory is gone and the signing was refused — a saved
/// signing is never deleted with it.
#[tokio::test]
async fn a_deletion_racing_a_new_signing_never_loses_the_signing() {
    let mut urls = vec![None];
    if let Some(url) = fresh_postgres_url().await {
        urls.push(Some(url));
    }
    for url in urls {
        let app = match &url {
            Some(url) => spawn_app_on(url).await,
            None => spawn_app().await,
        };
        let staff = app.signed_in("race@eurocities.eu", Role::Editor).await;
        for round in 0..4 {
            let name = format!("Raceton {round}");
            let id = create(&app, &staff, &name).await;
            let signings_before = app.count_rows("signing").await;
            let form = [
                ("f[signatory]", id.as_str()),
                ("f[edition]", "2024"),
                ("f[edition_confirmed]", "yes"),
                ("f[date]", "2026-11-20"),
                ("f[signed_by_name]", "A Mayor"),
                ("f[signed_by_title]", "Mayor"),
                (
                    "f[sources]",
                    "City press release | https://www.example.org/news",
                ),
            ];
            let (signed, deleted) = tokio::join!(
                app.post_form("/api/admin/signings/register", Some(&staff.cookie), &form),
                delete(&app, &staff, &id, true)
            );
            let signed_to = location(&signed);
            let acknowledged = signed.status().is_redirection()
                && signed_to.starts_with("/admin/signings/")
                && !signed_to.starts_with("/admin/signings/new");
            let deleted_to = location(&deleted);
            let exists = app
                .staff_page(&format!("/admin/signatories/{id}"), &staff.cookie)
                .await
                .0
                == 200;
            let signings = app.count_rows("signing").await - signings_before;
            if exists {
                assert_eq!(
                    signings, 1,
                    "{url:?} round {round}: {signed_to} / {deleted_to}"
                );
                assert!(acknowledged, "{signed_to}");
                assert_eq!(deleted_to, format!("/admin/signatories/{id}"), "refused");
            } else {
                assert_eq!(
                    signings, 0,
                    "{url:?} round {round}: {signed_to} / {deleted_to}"
                );
                assert_eq!(deleted_to, "/admin/signatories");
                assert!(
                    !acknowledged,
                    "a signing acknowledged for a deleted signatory: {signed_to}"
                );
            }
        }
    }
}

/// A draft edition made by mistake is deleted once confirmed (its sections with it, the log
/// keeping what it was); a published edition is never deleted, even by a forged request.
#[tokio::test]
async fn a_draft_edition_made_by_mistake_is_deleted_and_a_published_one_never_is() {
    let app = spawn_app().await;
    let staff = app.signed_in("drafts@eurocities.eu", Role::Editor).await;
    let (editions, sections) = (
        app.count_rows("edition").await,
        app.count_rows("edition_section").await,
    );
    let response = app
        .post_form(
            "/api/admin/editions/create",
            Some(&staff.cookie),
            &[("f[slug]", "2031"), ("f[title]", "2031 edition")],
        )
        .await;
    let draft = location(&response);
    let id = draft.rsplit('/').next().expect("id").to_owned();
    assert!(app.count_rows("edition_section").await > sections, "a copy");
    let (_, page) = app.staff_page(&draft, &staff.cookie).await;
    assert!(page.contains("Delete this draft"), "{page}");
    let delete = |id: String, confirmed: bool| {
        let (app, cookie) = (&app, staff.cookie.clone());
        async move {
            let mut form = vec![("id", id.clone()), ("intent", "delete".to_owned())];
            if confirmed {
                form.push(("f[confirm_delete]", "yes".to_owned()));
            }
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            location(
                &app.post_form("/api/admin/editions/save", Some(&cookie), &form)
                    .await,
            )
        }
    };
    assert_eq!(delete(id.clone(), false).await, draft);
    assert_eq!(
        app.count_rows("edition").await,
        editions + 1,
        "not confirmed"
    );
    assert_eq!(delete(id.clone(), true).await, "/admin/editions");
    assert_eq!(app.count_rows("edition").await, editions);
    assert_eq!(
        app.count_rows("edition_section").await,
        sections,
        "its sections too"
    );
    assert_eq!(app.staff_page(&draft, &staff.cookie).await.0, 404);
    let (_, history) = app
        .staff_page("/admin/audit?kind=edition&id=2031", &staff.cookie)
        .await;
    assert!(history.contains("Draft edition deleted"), "{history}");

    // The published 2024 edition: no deletion offered, a forged one refused.
    let (_, list) = app.staff_page("/admin/editions", &staff.cookie).await;
    let published = list
        .split("href=\"/admin/editions/")
        .filter_map(|rest| rest.split('"').next())
        .find(|id| id.chars().all(|c| c.is_ascii_digit()))
        .expect("an edition in the list")
        .to_owned();
    let screen = format!("/admin/editions/{published}");
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(!page.contains("Delete this draft"), "{page}");
    assert_eq!(delete(published.clone(), true).await, screen);
    assert_eq!(app.count_rows("edition").await, editions);
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(
        page.contains("Only a draft can be deleted: this edition is published."),
        "{page}"
    );
}

#[tokio::test]
async fn a_press_contact_is_edited_with_its_diff_and_deleted_once_confirmed() {
    let app = spawn_app().await;
    let staff = app
        .signed_in("press-desk@eurocities.eu", Role::Editor)
        .await;
    let contacts = |form: Vec<(&'static str, &'static str)>| {
        let (app, cookie) = (&app, staff.cookie.clone());
        async move {
            location(
                &app.post_form("/api/admin/media/contacts", Some(&cookie), &form)
                    .await,
            )
        }
    };
    let added = contacts(vec![
        ("intent", "add"),
        ("f[name]", "Ana Press"),
        ("f[role]", "Press officer, Eurocities"),
        ("f[email]", "press@eurocities.eu"),
    ])
    .await;
    assert_eq!(added, "/admin/media");
    let (_, list) = app.staff_page("/admin/media", &staff.cookie).await;
    let screen = list
        .split("href=\"/admin/media/contacts/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|id| format!("/admin/media/contacts/{id}"))
        .expect("the contact's edit link");
    let id = screen.rsplit('/').next().expect("id").to_owned();
    let id: &'static str = Box::leak(id.into_boxed_str());
    let (status, page) = app.staff_page(&screen, &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"press@eurocities.eu\""), "{page}");

    // A wrong address is refused on its field and changes nothing.
    let refused = contacts(vec![
        ("intent", "save"),
        ("id", id),
        ("f[name]", "Ana Press"),
        ("f[role]", "Head of press"),
        ("f[email]", "not an address"),
    ])
    .await;
    assert_eq!(refused, screen);
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(page.contains("value=\"not an address\""), "kept: {page}");
    assert!(page.contains("aria-invalid=\"true\""), "{page}");
    assert!(app
        .page("/newsroom/media")
        .await
        .1
        .contains("Press officer, Eurocities"));

    // Saved: the media kit says the new role at once; the history says what changed.
    let saved = contacts(vec![
        ("intent", "save"),
        ("id", id),
        ("f[name]", "Ana Press"),
        ("f[role]", "Head of press"),
        ("f[email]", "ana.press@eurocities.eu"),
        ("f[phone]", "+32 2 552 08 88"),
    ])
    .await;
    assert_eq!(saved, "/admin/media");
    let (_, kit) = app.page("/newsroom/media").await;
    assert!(
        kit.contains("Head of press") && kit.contains("ana.press@eurocities.eu"),
        "{kit}"
    );
    let (_, history) = app
        .staff_page(
            &format!("/admin/audit?kind=media_contact&id={id}"),
            &staff.cookie,
        )
        .await;
    assert!(history.contains("Press contact edited"), "{history}");
    assert!(
        history.contains("Press officer, Eurocities"),
        "before: {history}"
    );
    assert!(history.contains("Head of press"), "after: {history}");
    assert!(history.contains("Press contact added"), "{history}");

    // Deleting needs the box ticked; then it is gone from the kit, and the history keeps it.
    let unconfirmed = contacts(vec![("intent", "delete"), ("id", id)]).await;
    assert_eq!(unconfirmed, screen);
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(
        page.contains("Tick the box to confirm the deletion."),
        "{page}"
    );
    assert!(app
        .page("/newsroom/media")
        .await
        .1
        .contains("Head of press"));
    let deleted = contacts(vec![
        ("intent", "delete"),
        ("id", id),
        ("f[confirm_delete]", "yes"),
    ])
    .await;
    assert_eq!(deleted, "/admin/media");
    assert!(!app
        .page("/newsroom/media")
        .await
        .1
        .contains("Head of press"));
    assert_eq!(app.staff_page(&screen, &staff.cookie).await.0, 404);
    let (_, history) = app
        .staff_page(
            &format!("/admin/audit?kind=media_contact&id={id}"),
            &staff.cookie,
        )
        .await;
    assert!(history.contains("Press contact deleted"), "{history}");
    // A contact that is not there, or an action that is not one, is refused.
    let missing = app
        .post_form(
            "/api/admin/media/contacts",
            Some(&staff.cookie),
            &[("intent", "save"), ("id", "999"), ("f[name]", "X")],
        )
        .await;
    assert_ne!(location(&missing), "/admin/media", "not saved");
    let nowhere = app
        .post_form(
            "/api/admin/media/contacts",
            Some(&staff.cookie),
            &[("intent", "promote"), ("f[name]", "X")],
        )
        .await;
    assert_ne!(location(&nowhere), "/admin/media", "not saved");
    assert_eq!(app.count_rows("media_contact").await, 0, "nothing added");
}
