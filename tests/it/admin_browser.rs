//! The staff flow in headless Chromium with the keyboard only, with JavaScript and without:
//! log in with password and TOTP, register a signing for a new city, see its places before
//! saving, save, draft and schedule its press release; the city is in the directory at once and
//! its release reaches the feed only after the embargo time.

use std::time::Duration;

use app::ssr::accounts::{totp_code_at, Role};
use fantoccini::{key::Key, Client, Locator};
use sea_orm::EntityTrait;

use crate::browser::open_browser_with;
use crate::helpers::PASSWORD;
use crate::helpers::{spawn_app, TestApp};

/// What the focused element is: its id, or its text for links and buttons.
async fn focused(browser: &Client) -> (String, String) {
    let Ok(el) = browser.active_element().await else {
        return (String::new(), String::new());
    };
    let id = el.attr("id").await.ok().flatten().unwrap_or_default();
    let text = el.text().await.unwrap_or_default();
    (id, text)
}

/// Presses Tab until the focused element has this id or text (as a keyboard user does).
async fn tab_to(browser: &Client, target: &str) {
    for _ in 0..80 {
        let (id, text) = focused(browser).await;
        if id == target || text.trim() == target {
            return;
        }
        browser
            .active_element()
            .await
            .expect("focus")
            .send_keys(&Key::Tab.to_string())
            .await
            .expect("tab");
    }
    panic!("could not reach {target:?} with Tab");
}

async fn type_keys(browser: &Client, keys: &str) {
    browser
        .active_element()
        .await
        .expect("focus")
        .send_keys(keys)
        .await
        .expect("keys");
}

async fn press(browser: &Client, key: Key) {
    type_keys(browser, &key.to_string()).await;
}

async fn wait_for_text(browser: &Client, text: &str) -> String {
    // Up to 30 s: beside the validators and other browsers on two cores, a live preview's
    // round trip has taken more than 10 s.
    for _ in 0..300 {
        let source = browser.source().await.expect("source");
        if source.contains(text) {
            return source;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let source = browser.source().await.expect("source");
    panic!("{text:?} never appeared:\n{source}");
}

/// Creates an admin account for `email` and logs it in with the keyboard: email, password, then
/// the code from the (enrolment) key shown on the page. Ends on the dashboard.
async fn log_in_by_keyboard(browser: &Client, app: &TestApp, email: &str) {
    app.create_account(email, Role::Admin).await;
    browser
        .goto(&format!("{}/admin/login", app.address))
        .await
        .expect("login page");
    tab_to(browser, "email").await;
    type_keys(browser, email).await;
    press(browser, Key::Tab).await;
    type_keys(browser, PASSWORD).await;
    press(browser, Key::Enter).await;
    wait_for_text(browser, "Set up your authenticator").await;
    let secret = browser
        .find(Locator::Id("totp-secret"))
        .await
        .expect("key shown")
        .text()
        .await
        .expect("key");
    let now = u64::try_from(app.clock.now().unix_timestamp()).expect("time");
    tab_to(browser, "code").await;
    type_keys(browser, &totp_code_at(&secret, now)).await;
    press(browser, Key::Enter).await;
    wait_for_text(browser, "Data quality").await;
}

async fn staff_flow_by_keyboard(javascript: bool) {
    let Some((_driver, browser)) = open_browser_with(javascript).await else {
        return;
    };
    let app: TestApp = spawn_app().await;
    log_in_by_keyboard(&browser, &app, "keys@eurocities.eu").await;

    // Register a signing for a new city.
    tab_to(&browser, "Register a signing").await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Places this signing will get").await;
    // The island comes alive when the browser is idle and the bundle has loaded.
    let live = browser
        .wait()
        .at_most(std::time::Duration::from_secs(if javascript {
            30
        } else {
            3
        }))
        .for_element(Locator::Css("#preview[data-live]"))
        .await
        .is_ok();
    assert_eq!(live, javascript, "the island runs only with JavaScript");
    tab_to(&browser, "f-name").await;
    type_keys(&browser, "Ljubljana").await;
    press(&browser, Key::Tab).await;
    type_keys(&browser, "Slovenia").await;
    press(&browser, Key::Tab).await;
    type_keys(&browser, "City").await;
    press(&browser, Key::Tab).await;
    type_keys(&browser, " ").await; // national capital
    tab_to(&browser, "f-edition").await;
    type_keys(&browser, "2024").await;
    tab_to(&browser, "f-date").await;
    type_keys(&browser, "2026-11-20").await;
    press(&browser, Key::Tab).await;
    if javascript {
        // The places appear as soon as the date is entered.
        wait_for_text(&browser, "Ljubljana will be the").await;
    } else {
        tab_to(&browser, "Preview").await;
        press(&browser, Key::Enter).await;
        wait_for_text(&browser, "Ljubljana will be the").await;
    }
    let source = browser.source().await.expect("source");
    assert!(
        source.contains("EU capital"),
        "the EU capital place is shown"
    );
    assert!(
        source.contains("value=\"Ljubljana\"") || javascript,
        "values kept after preview"
    );
    tab_to(&browser, "Save the signing").await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Signing of Ljubljana").await;

    // Draft and schedule its press release (release time prefilled: tomorrow).
    tab_to(&browser, "Draft a press release").await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Ljubljana signs the Integrating Cities Charter").await;
    tab_to(&browser, "Publish at the release time").await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Scheduled: public from").await;

    // Public: neither the news nor the signing it announces before the embargo; both after.
    let (_, directory) = app.page("/signatories?q=ljubljana").await;
    assert!(
        !directory.contains("/signatories/ljubljana"),
        "the signing waits for its release"
    );
    let (_, feed) = app.page("/feeds/press.xml").await;
    assert!(!feed.contains("Ljubljana signs"), "under embargo");
    app.clock.advance(time::Duration::days(2));
    let (_, feed) = app.page("/feeds/press.xml").await;
    assert!(feed.contains("Ljubljana signs the Integrating Cities Charter"));
    let (_, directory) = app.page("/signatories?q=ljubljana").await;
    assert!(directory.contains("/signatories/ljubljana"));
    let _ = browser.close().await;
}

#[tokio::test]
async fn staff_work_with_the_keyboard_only_with_javascript() {
    staff_flow_by_keyboard(true).await;
}

#[tokio::test]
async fn staff_work_with_the_keyboard_only_without_javascript() {
    staff_flow_by_keyboard(false).await;
}

/// Presses a key on the keyboard as a whole (not typed into the focused element: a file
/// input would take it as a file name).
async fn keyboard(browser: &Client, key: Key) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let key = char::from(key);
    let actions = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    browser.perform_actions(actions).await.expect("key");
}

/// Presses Tab until the focused element, `e` in the JavaScript condition `holds`, satisfies it
/// (the condition only reads the page; focus moves by the keyboard alone).
async fn tab_until(browser: &Client, holds: &str, what: &str) {
    let script = format!("const e = document.activeElement; return !!(e && ({holds}));");
    for _ in 0..150 {
        let reached = browser.execute(&script, vec![]).await.expect("read focus");
        if reached == serde_json::Value::Bool(true) {
            return;
        }
        keyboard(browser, Key::Tab).await;
    }
    let url = browser.current_url().await.map(|u| u.to_string());
    panic!("could not reach {what} with Tab on {url:?}");
}

/// Replaces the focused field's value as a keyboard user does: Ctrl+A, Backspace, then types.
async fn replace_value(browser: &Client, value: &str) {
    type_keys(
        browser,
        &format!("{}a{}{}", Key::Control, Key::Null, Key::Backspace),
    )
    .await;
    type_keys(browser, value).await;
    let typed = browser
        .execute("return document.activeElement.value;", vec![])
        .await
        .expect("read value");
    assert_eq!(
        typed,
        serde_json::json!(value),
        "the field holds what was typed"
    );
}

/// The profile's ordinal sentence ("By the registry's count, Brussels is the …").
async fn ordinal_sentence(browser: &Client, app: &TestApp, slug: &str) -> String {
    browser
        .goto(&format!("{}/signatories/{slug}", app.address))
        .await
        .expect("public profile");
    browser
        .find(Locator::Css("p.ordinal-sentence"))
        .await
        .expect("the profile says its places")
        .text()
        .await
        .expect("text")
}

/// From the dashboard's data-quality list, with the keyboard only, staff open Brussels (a
/// signing known only as "September 2013", seeded with the other two signings of the Tampere
/// conference, 9–10 September 2013), give it its exact day, 8 September 2013 (before that
/// conference: its bounds go) and its position on that day, and save with Enter. Its public
/// place is exact from then on: 28th instead of 28th–30th, and Montpellier, of the same month,
/// follows it (29th–30th).
#[tokio::test]
async fn staff_fix_a_signing_from_the_data_quality_list_with_the_keyboard_only() {
    let Some((_driver, browser)) = open_browser_with(true).await else {
        return;
    };
    let app: TestApp = spawn_app().await;
    let before = ordinal_sentence(&browser, &app, "brussels").await;
    assert!(
        before.contains("Brussels is the 28th–30th signatory, the 28th–30th European city,")
            && before.contains("and the 28th–30th to sign the 2010 edition"),
        "seeded: Brussels shares 28th–30th with Montpellier and Toulouse: {before}"
    );
    let montpellier = ordinal_sentence(&browser, &app, "montpellier").await;
    assert!(
        montpellier.contains("Montpellier is the 28th–30th signatory"),
        "{montpellier}"
    );

    log_in_by_keyboard(&browser, &app, "quality@eurocities.eu").await;
    // The dashboard lists Brussels under "Date known only to the month or year".
    tab_until(
        &browser,
        "e.matches('ul.quality a') && e.textContent.trim() === 'Brussels' \
         && e.closest('li').textContent.includes('September 2013')",
        "Brussels in the data-quality list",
    )
    .await;
    press(&browser, Key::Enter).await;
    browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("main h1"))
        .await
        .expect("the linked screen");
    // The link may lead straight to the signing's correction form, or to the signatory,
    // whose screen must then lead on to its signing.
    if browser.find(Locator::Id("f-date")).await.is_err() {
        tab_until(
            &browser,
            "e.matches('a[href]') && /^(\\/fr)?\\/admin\\/signings\\/\\d+$/.test(new URL(e.href).pathname)",
            "a link from Brussels' staff screen to its signing's correction form",
        )
        .await;
        press(&browser, Key::Enter).await;
    }
    wait_for_text(&browser, "Signing of Brussels").await;

    // The correction: the exact day, no bounds left, first on that day.
    tab_until(&browser, "e.id === 'f-date'", "the date field").await;
    replace_value(&browser, "2013-09-08").await;
    press(&browser, Key::Tab).await;
    tab_until(&browser, "e.id === 'f-not_before'", "not before").await;
    replace_value(&browser, "").await;
    press(&browser, Key::Tab).await;
    tab_until(&browser, "e.id === 'f-not_after'", "not after").await;
    replace_value(&browser, "").await;
    press(&browser, Key::Tab).await;
    tab_until(
        &browser,
        "e.id === 'f-position'",
        "the position on that day",
    )
    .await;
    replace_value(&browser, "1").await;
    press(&browser, Key::Enter).await;
    let page = wait_for_text(&browser, "Signing corrected.").await;
    assert!(
        page.contains("Brussels is the 28th signatory."),
        "the saved signing shows its new place"
    );

    // The public profile: the place is exact now; Montpellier comes after it.
    let after = ordinal_sentence(&browser, &app, "brussels").await;
    assert_ne!(after, before, "the public place changed");
    assert!(
        after.contains("Brussels is the 28th signatory, the 28th European city,")
            && after.contains("and the 28th to sign the 2010 edition"),
        "{after}"
    );
    let montpellier = ordinal_sentence(&browser, &app, "montpellier").await;
    assert!(
        montpellier.contains("Montpellier is the 29th–30th signatory"),
        "{montpellier}"
    );
    let _ = browser.close().await;
}

/// The signing process with the keyboard only, in Chromium without JavaScript: a city declares
/// its intent on `/join`; staff open it from the dashboard, record the council decision, plan
/// and announce the ceremony, and register the signing from it.
#[tokio::test]
async fn a_city_and_staff_take_a_signing_from_intent_to_registry_with_the_keyboard_only() {
    let Some((_driver, browser)) = open_browser_with(false).await else {
        return;
    };
    let app: TestApp = spawn_app().await;
    browser
        .goto(&format!("{}/join", app.address))
        .await
        .expect("join page");
    // In the form's order (Tab on a file input would be typed into it as a file name).
    tab_until(&browser, "e.id === 'f-city'", "the city").await;
    type_keys(&browser, "Ljubljana").await;
    tab_until(&browser, "e.id === 'f-country'", "the country").await;
    type_keys(&browser, "Slovenia").await;
    let country = browser
        .execute("return document.activeElement.value;", vec![])
        .await
        .expect("read value");
    assert_eq!(country, serde_json::json!("SI"), "typing a name picks it");
    for (field, value) in [
        ("f-contact_name", "Maja Novak, international relations"),
        ("f-contact_email", "maja.novak@ljubljana.si"),
    ] {
        tab_until(&browser, &format!("e.id === '{field}'"), field).await;
        type_keys(&browser, value).await;
    }
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "ICC-00001").await;

    log_in_by_keyboard(&browser, &app, "process@eurocities.eu").await;
    tab_until(
        &browser,
        "e.matches('ul.waiting a') && e.textContent.includes('intent to sign')",
        "the new intent on the dashboard",
    )
    .await;
    press(&browser, Key::Enter).await;
    tab_until(
        &browser,
        "e.matches('a') && e.textContent.trim() === 'ICC-00001'",
        "ICC-00001",
    )
    .await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "ICC-00001: Ljubljana").await;

    tab_until(
        &browser,
        "e.id === 'f-council_decision_on'",
        "the decision's date",
    )
    .await;
    replace_value(&browser, "2026-10-14").await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Saved: Council decision recorded").await;

    let tomorrow = crate::helpers::day_from_now(&app, 1);
    for (field, value) in [
        ("f-ceremony_on", tomorrow.as_str()),
        ("f-ceremony_time", "11:00"),
        ("f-ceremony_place", "City hall, Ljubljana"),
    ] {
        tab_until(&browser, &format!("e.id === '{field}'"), field).await;
        replace_value(&browser, value).await;
    }
    tab_until(&browser, "e.id === 'f-announced'", "announce it").await;
    press(&browser, Key::Space).await;
    tab_until(
        &browser,
        "e.matches('button') && e.textContent.trim() === 'Save the ceremony'",
        "the ceremony's button",
    )
    .await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Saved: Ceremony planned").await;
    assert!(app.page("/events").await.1.contains("Ljubljana signs"));

    tab_until(
        &browser,
        "e.matches('a') && e.textContent.trim() === 'Register the signing'",
        "register the signing",
    )
    .await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "name=\"f[application]\"").await;
    tab_until(&browser, "e.id === 'f-edition'", "the edition").await;
    for _ in 0..6 {
        let chosen = browser
            .execute("return document.activeElement.value;", vec![])
            .await
            .expect("read value");
        if chosen == serde_json::json!("2024") {
            break;
        }
        press(&browser, Key::Down).await;
    }
    tab_until(&browser, "e.id === 'f-sources'", "the sources").await;
    type_keys(
        &browser,
        "City of Ljubljana | https://www.ljubljana.si/en/news",
    )
    .await;
    tab_until(
        &browser,
        "e.matches('button[type=submit]') && !e.getAttribute('formaction')",
        "the save button",
    )
    .await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Signing of Ljubljana").await;
    let stage = app::ssr::entities::application::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .expect("read")
        .expect("the application")
        .stage;
    assert_eq!(stage.as_str(), "signed");
}
