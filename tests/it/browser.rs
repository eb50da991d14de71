//! A real browser (Debian's headless Chromium, driven through chromedriver) loads the charter
//! and its island comes alive.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};

use crate::helpers::spawn_app;

/// A chromedriver process on a free port, killed when dropped.
pub struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_chromedriver() -> Option<Driver> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let driver = Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Some(driver);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    None
}

fn headless_chromium(javascript: bool) -> serde_json::Map<String, serde_json::Value> {
    static SESSIONS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile = std::env::temp_dir().join(format!("icc-chromium-{}-{n}", std::process::id()));
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": { "profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 } }
        }
    });
    match caps {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

/// A headless Chromium session, or `None` (outside CI) when the browser or the bundle is missing.
async fn open_browser() -> Option<(Driver, fantoccini::Client)> {
    open_browser_with(true).await
}

/// The same, with JavaScript switched on or off.
pub async fn open_browser_with(javascript: bool) -> Option<(Driver, fantoccini::Client)> {
    let driver = if crate::helpers::bundle_is_built() {
        start_chromedriver().await
    } else {
        None
    };
    let Some(driver) = driver else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install chromium + chromium-driver and build the bundle so the browser tests run"
        );
        eprintln!("chromedriver or the built bundle is missing: browser test skipped (scripts/test provides both)");
        return None;
    };
    // chromedriver listens on loopback over plain HTTP: no TLS stack needed.
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let browser = ClientBuilder::new(connector)
        .capabilities(headless_chromium(javascript))
        .connect(&driver.url)
        .await
        .expect("chromedriver session");
    Some((driver, browser))
}

#[tokio::test]
async fn the_charter_edition_switcher_goes_to_the_chosen_edition_in_chromium() {
    let Some((_driver, browser)) = open_browser().await else {
        return;
    };
    let app = spawn_app().await;

    browser
        .goto(&format!("{}/charter/2024", app.address))
        .await
        .expect("open the charter");
    let heading = browser
        .find(Locator::Css("h1"))
        .await
        .expect("h1")
        .text()
        .await
        .expect("text");
    assert!(heading.contains("2024 edition"), "{heading}");

    // Only the switcher's own script, running in the browser, sets this attribute (the page's
    // policy allows that inline script by its hash; a refused script would leave it unset).
    let enhanced = browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("form.edition-switcher[data-enhanced='true']"))
        .await;
    assert!(
        enhanced.is_ok(),
        "the edition switcher's script did not run within 30 s"
    );

    // And it works: choosing another edition navigates there without pressing the button.
    browser
        .execute(
            "const s = document.getElementById('edition-select'); s.value = '2010'; \
             s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("choose 2010");
    let arrived = browser
        .wait()
        .at_most(Duration::from_secs(15))
        .for_url(
            &format!("{}/charter/2010", app.address)
                .parse()
                .expect("url"),
        )
        .await;
    if let Err(err) = arrived {
        let url = browser.current_url().await.map(|u| u.to_string());
        let logs = browser
            .execute(
                "return document.querySelector('form.edition-switcher').outerHTML",
                vec![],
            )
            .await;
        panic!("did not navigate to the 2010 edition ({err}); at {url:?}, {logs:?}");
    }
    let footnote = browser
        .find(Locator::Id("footnote-1"))
        .await
        .expect("footnote (1) on the 2010 page");
    let text = footnote.text().await.expect("text");
    assert!(text.contains("direct service provider"), "{text:?}");
    browser.close().await.expect("close");
}

/// axe-core's verdict on the page at `url`: the violated rules, with up to three elements each.
async fn axe_audit(browser: &fantoccini::Client, axe: &str, url: &str) -> Vec<String> {
    browser.goto(url).await.expect("open page");
    browser.execute(axe, vec![]).await.expect("inject axe-core");
    let result = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("run axe-core");
    serde_json::from_value::<Vec<String>>(result).expect("a list of violations")
}

/// axe-core on every public page type and every staff screen (signed in, with a form showing
/// its errors) of `app`; returns what it found, each line prefixed with `label` and the path.
async fn axe_every_page(
    browser: &fantoccini::Client,
    axe: &str,
    app: &crate::helpers::TestApp,
    label: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |path: &str, violations: Vec<String>| {
        problems.extend(
            violations
                .into_iter()
                .map(|v| format!("{label} {path}: {v}")),
        );
    };
    for path in crate::helpers::PAGE_TYPES {
        check(
            path,
            axe_audit(browser, axe, &format!("{}{path}", app.address)).await,
        );
    }
    let login = "/admin/login?failed=1";
    check(
        login,
        axe_audit(browser, axe, &format!("{}{login}", app.address)).await,
    );
    let staff = app.admin_with_form_errors("axe@eurocities.eu").await;
    browser.goto(&app.address).await.expect("site");
    // The session cookie, as the login would have set it (minus HttpOnly, which scripts cannot set).
    browser
        .execute(
            &format!(
                "document.cookie = '{}; path=/; samesite=strict'",
                staff.cookie
            ),
            vec![],
        )
        .await
        .expect("cookie");
    for path in crate::helpers::ADMIN_PAGE_TYPES {
        check(
            path,
            axe_audit(browser, axe, &format!("{}{path}", app.address)).await,
        );
    }
    problems
}

/// A copy of the built site without its JS and wasm: pages served from it look exactly as they
/// do to a browser without JavaScript (islands stay server-rendered), while axe-core, itself a
/// script, can still run in the page.
fn site_without_scripts() -> tempfile::TempDir {
    let from = std::path::PathBuf::from(
        std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into()),
    );
    let to = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(to.path().join("pkg")).expect("pkg");
    for entry in std::fs::read_dir(from.join("pkg")).expect("built pkg") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name").to_owned();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "js" | "wasm") {
            std::fs::copy(&path, to.path().join("pkg").join(name)).expect("copy");
        }
    }
    to
}

/// Every page type, public and staff, checked by axe-core for WCAG 2.0–2.2 A and AA rules, with
/// JavaScript (islands hydrated) and without it (the bundle absent).
#[tokio::test]
async fn axe_finds_no_accessibility_violation_on_public_and_staff_pages() {
    let axe = match std::env::var("ICC_AXE_JS")
        .ok()
        .and_then(|path| std::fs::read_to_string(path).ok())
    {
        Some(source) => source,
        None => {
            assert!(
                std::env::var("CI").is_err(),
                "CI must provide axe-core (scripts/test installs it)"
            );
            eprintln!(
                "ICC_AXE_JS is not set: accessibility test skipped (scripts/test provides it)"
            );
            return;
        }
    };
    let Some((_driver, browser)) = open_browser().await else {
        return;
    };
    // The check can fail: a page with an image without alt text is reported.
    let broken = axe_audit(
        &browser,
        &axe,
        "data:text/html,<html lang=en><title>x</title><main><img src=x.png></main></html>",
    )
    .await;
    assert!(
        broken.iter().any(|v| v.starts_with("image-alt")),
        "axe-core did not run: {broken:?}"
    );

    let app = spawn_app().await;
    let mut problems = axe_every_page(&browser, &axe, &app, "with JavaScript").await;

    let bare = site_without_scripts();
    let plain = crate::helpers::spawn_app_serving(bare.path()).await;
    problems.extend(axe_every_page(&browser, &axe, &plain, "without JavaScript").await);
    // That pass really ran without the bundle: the signing screen's island (the browser is
    // still signed in there) stayed as the server sent it.
    browser
        .goto(&format!("{}/admin/signings/new", plain.address))
        .await
        .expect("signing screen");
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert!(
        browser
            .find(Locator::Css("#preview[data-live]"))
            .await
            .is_err(),
        "the island must not come alive without the bundle"
    );
    browser.close().await.expect("close");
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}

/// Pages that scroll sideways at `width` CSS pixels: `(path, page width)` for each page type
/// whose content is wider than the window (phones at 320 px are WCAG's reflow width).
async fn wider_than(
    browser: &fantoccini::Client,
    app: &crate::helpers::TestApp,
    width: u32,
) -> Vec<String> {
    browser
        .set_window_size(width, 900)
        .await
        .expect("window size");
    let mut wide = Vec::new();
    for path in crate::helpers::PAGE_TYPES {
        browser
            .goto(&format!("{}{path}", app.address))
            .await
            .expect("open page");
        let measured = browser
            .execute(
                "const d = document.documentElement; \
                 const wider = [...document.querySelectorAll('body *')] \
                   .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest('[role=region][tabindex]')) \
                   .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')); \
                 return [d.clientWidth, d.scrollWidth, wider.join(' ')];",
                vec![],
            )
            .await
            .expect("measure");
        let (client, scroll, culprits): (u64, u64, String) =
            serde_json::from_value(measured).expect("three values");
        assert!(
            client <= u64::from(width),
            "{path}: the window is {client} px wide, not {width}"
        );
        if scroll > client {
            wide.push(format!("{width} px {path}: {scroll} px wide ({culprits})"));
        }
    }
    wide
}

/// No public page scrolls sideways on a phone (320 px), a tablet (768 px) or a laptop (1280 px):
/// wide tables scroll inside their own labelled region instead.
#[tokio::test]
async fn no_public_page_scrolls_sideways_from_320_to_1280_pixels() {
    let Some((_driver, browser)) = open_browser().await else {
        return;
    };
    let app = spawn_app().await;
    let mut wide = Vec::new();
    for width in [320, 768, 1280] {
        wide.extend(wider_than(&browser, &app, width).await);
    }
    browser.close().await.expect("close");
    assert!(
        wide.is_empty(),
        "pages wider than the window:\n{}",
        wide.join("\n")
    );
}

/// Lighthouse 12 (mobile emulation, Debian's headless Chromium) gives every main public page
/// type 100 for accessibility, best practices and SEO, in English and in French. Its
/// performance score is a time: it lives in `scripts/bench`, not in a test.
#[tokio::test]
async fn lighthouse_scores_100_for_accessibility_best_practices_and_seo() {
    let Some(lighthouse) = std::env::var("ICC_LIGHTHOUSE")
        .ok()
        .filter(|p| std::path::Path::new(p).exists())
    else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must provide Lighthouse (scripts/test installs it)"
        );
        eprintln!("ICC_LIGHTHOUSE is not set: Lighthouse test skipped (scripts/test provides it)");
        return;
    };
    let app = spawn_app().await;
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find_map(which)
        .expect("chromium");
    let mut below = Vec::new();
    for path in [
        "/",
        "/signatories",
        "/signatories/paris",
        "/newsroom/paris-sets-out-commitment-to-migrant-integration",
        "/statistics",
        "/charter/compare?from=2010&to=2024",
        "/fr",
        "/fr/signatories",
        "/fr/signatories/paris",
        "/fr/statistics",
    ] {
        let url = format!("{}{path}", app.address);
        let (bin, browser) = (lighthouse.clone(), chromium.clone());
        // Lighthouse runs for seconds: off the runtime's threads, which serve the app.
        let out = tokio::task::spawn_blocking(move || {
            std::process::Command::new(bin)
                .args([
                    url.as_str(),
                    "--only-categories=accessibility,best-practices,seo",
                    "--form-factor=mobile",
                    "--output=json",
                    "--output-path=stdout",
                    "--quiet",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                ])
                .env("CHROME_PATH", browser)
                .output()
        })
        .await
        .expect("joined")
        .expect("lighthouse runs");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{path}: no Lighthouse report ({e}): {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        for category in ["accessibility", "best-practices", "seo"] {
            let score = report["categories"][category]["score"].as_f64();
            if score != Some(1.0) {
                // Name the audits that cost points.
                let failed: Vec<String> = report["audits"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(_, a)| {
                        a["score"].as_f64().is_some_and(|s| s < 1.0)
                            && a["scoreDisplayMode"] == "binary"
                    })
                    .map(|(id, _)| id.clone())
                    .collect();
                below.push(format!(
                    "{path}: {category} {score:?} ({})",
                    failed.join(", ")
                ));
            }
        }
    }
    assert!(
        below.is_empty(),
        "Lighthouse below 100:\n{}",
        below.join("\n")
    );
}

fn which(name: &str) -> Option<String> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
            .map(|p| p.to_string_lossy().into_owned())
    })
}
