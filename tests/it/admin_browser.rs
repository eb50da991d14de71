//! The staff flow in headless Chromium with the keyboard only, with JavaScript and without:
//! log in with password and TOTP, register a signing for a new city, see its places before
//! saving, save, draft and schedule its press release; the city is in the directory at once and
//! its release reaches the feed only after the embargo time.

use std::time::Duration;

use app::ssr::accounts::{totp_code_at, Role};
use fantoccini::{key::Key, Client, Locator};

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

async fn staff_flow_by_keyboard(javascript: bool) {
    let Some((_driver, browser)) = open_browser_with(javascript).await else {
        return;
    };
    let app: TestApp = spawn_app().await;
    app.create_account("keys@eurocities.eu", Role::Admin).await;

    // Log in: email, password, then the code from the (enrolment) key shown on the page.
    browser
        .goto(&format!("{}/admin/login", app.address))
        .await
        .expect("login page");
    tab_to(&browser, "email").await;
    type_keys(&browser, "keys@eurocities.eu").await;
    press(&browser, Key::Tab).await;
    type_keys(&browser, PASSWORD).await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Set up your authenticator").await;
    let secret = browser
        .find(Locator::Id("totp-secret"))
        .await
        .expect("key shown")
        .text()
        .await
        .expect("key");
    let now = u64::try_from(app.clock.now().unix_timestamp()).expect("time");
    tab_to(&browser, "code").await;
    type_keys(&browser, &totp_code_at(&secret, now)).await;
    press(&browser, Key::Enter).await;
    wait_for_text(&browser, "Data quality").await;

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
    wait_for_text(&browser, "Signing of Ljubljana saved").await;

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
