//! A real browser (Debian's headless Chromium, driven through chromedriver) loads the charter
//! and its island comes alive.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};

use crate::helpers::spawn_app;

/// The built browser bundle (`cargo leptos build`) must be where the app serves `/pkg` from.
fn bundle_built() -> bool {
    let root = std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    std::path::Path::new(&root)
        .join("pkg")
        .join("icc.wasm")
        .is_file()
}

/// A chromedriver process on a free port, killed when dropped.
struct Driver {
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

fn headless_chromium() -> serde_json::Map<String, serde_json::Value> {
    let profile = std::env::temp_dir().join(format!("icc-chromium-{}", std::process::id()));
    let caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    match caps {
        serde_json::Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

#[tokio::test]
async fn the_charter_page_islands_come_alive_in_chromium() {
    let driver = if bundle_built() {
        start_chromedriver().await
    } else {
        None
    };
    let Some(driver) = driver else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install chromium + chromium-driver and build the bundle so the browser test runs"
        );
        eprintln!("chromedriver or the built bundle is missing: browser test skipped (scripts/test provides both)");
        return;
    };
    let app = spawn_app().await;
    // chromedriver listens on loopback over plain HTTP: no TLS stack needed.
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let browser = ClientBuilder::new(connector)
        .capabilities(headless_chromium())
        .connect(&driver.url)
        .await
        .expect("chromedriver session");

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

    // Only the island's own code, running in the browser, sets this attribute.
    let enhanced = browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("form.edition-switcher[data-enhanced='true']"))
        .await;
    assert!(
        enhanced.is_ok(),
        "the edition switcher island did not hydrate within 30 s"
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
    browser
        .wait()
        .at_most(Duration::from_secs(15))
        .for_url(
            &format!("{}/charter/2010", app.address)
                .parse()
                .expect("url"),
        )
        .await
        .expect("navigated to the 2010 edition");
    let footnote = browser
        .find(Locator::Id("footnote-1"))
        .await
        .expect("footnote (1) on the 2010 page");
    let text = footnote.text().await.expect("text");
    assert!(text.contains("direct service provider"), "{text:?}");
    browser.close().await.expect("close");
}
