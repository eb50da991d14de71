//! A real browser (Debian's headless Chromium) loads the charter and runs its island.

use std::process::Command;

use crate::helpers::spawn_app;

fn chromium() -> Option<&'static str> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
}

/// The built browser bundle (`cargo leptos build`) must be where the app serves `/pkg` from.
fn bundle_built() -> bool {
    let root = std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    std::path::Path::new(&root)
        .join("pkg")
        .join("icc_bg.wasm")
        .is_file()
}

#[tokio::test]
async fn the_charter_page_islands_come_alive_in_chromium() {
    let (Some(browser), true) = (chromium(), bundle_built()) else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install chromium and build the bundle so the browser test runs"
        );
        eprintln!("chromium or the built bundle is missing: browser test skipped (scripts/test installs and builds both)");
        return;
    };
    let app = spawn_app().await;
    // The wasm is served to a real browser.
    let wasm = app.get("/pkg/icc_bg.wasm").await;
    assert_eq!(wasm.status().as_u16(), 200);

    let profile = tempfile::tempdir().expect("profile dir");
    let url = format!("{}/charter/2024", app.address);
    let output = tokio::task::spawn_blocking(move || {
        Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("--virtual-time-budget=15000")
            .arg("--dump-dom")
            .arg(&url)
            .output()
    })
    .await
    .expect("join")
    .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("We the Mayors commit"),
        "the page rendered: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Only the island's own code, run in the browser, sets this attribute.
    assert!(
        dom.contains("data-enhanced=\"true\""),
        "the edition switcher island hydrated; stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
