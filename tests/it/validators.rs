//! The Nu HTML Checker (`vnu-jar` from npm, on the installed Java) on every page type, public
//! and staff: no errors.

use crate::helpers::spawn_app;

/// The checker's jar: `ICC_VNU_JAR` (scripts/test installs it). Under CI a missing jar fails.
fn vnu_jar() -> Option<String> {
    let jar = std::env::var("ICC_VNU_JAR")
        .ok()
        .filter(|p| std::path::Path::new(p).is_file());
    if jar.is_none() {
        assert!(
            std::env::var("CI").is_err(),
            "CI must provide the Nu HTML Checker (scripts/test installs vnu-jar)"
        );
        eprintln!("ICC_VNU_JAR is not set: HTML validation skipped (scripts/test provides it)");
    }
    jar
}

/// Runs the checker on `files`; returns its errors as `file name: message (extract)`.
fn check(jar: &str, files: &[std::path::PathBuf]) -> Vec<String> {
    let output = std::process::Command::new("java")
        .args([
            "-jar",
            jar,
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
        ])
        .args(files)
        .output()
        .expect("java runs (scripts/test installs a Java runtime)");
    let report: serde_json::Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
        panic!(
            "the checker's report is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    report["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
        .map(|m| {
            let url = m["url"].as_str().unwrap_or("");
            let file = url.rsplit('/').next().unwrap_or(url);
            format!(
                "{file}: {} ({})",
                m["message"].as_str().unwrap_or(""),
                m["extract"].as_str().unwrap_or("").trim()
            )
        })
        .collect()
}

#[tokio::test]
async fn the_nu_html_checker_finds_no_error_on_any_page_type() {
    let Some(jar) = vnu_jar() else {
        return;
    };
    let app = spawn_app().await;
    let dir = tempfile::tempdir().expect("dir");
    let mut files = Vec::new();
    let mut names = Vec::new();
    let mut save = |label: &str, html: String| {
        let file = dir.path().join(format!("page-{:02}.html", files.len()));
        std::fs::write(&file, html).expect("write");
        names.push(format!("page-{:02}.html = {label}", files.len()));
        files.push(file);
    };
    for path in crate::helpers::PAGE_TYPES {
        save(path, app.page(path).await.1);
    }
    save("/admin/login", app.page("/admin/login?failed=1").await.1);
    save(
        "/fr/admin/login",
        app.page("/fr/admin/login?failed=1").await.1,
    );
    let staff = app.admin_with_form_errors("nu@eurocities.eu").await;
    // The code screen belongs to a login half-way (password given, code not yet).
    let halfway = app
        .password_step("nu@eurocities.eu", crate::helpers::PASSWORD)
        .await;
    let halfway = halfway
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next().filter(|c| c.contains("icc_staff=")))
        .expect("a half-way session cookie")
        .to_owned();
    for path in crate::helpers::ADMIN_PAGE_TYPES {
        let cookie = if path.ends_with("/admin/login/code") {
            &halfway
        } else {
            &staff.cookie
        };
        let (status, html) = app.staff_page(path, cookie).await;
        assert_eq!(status, 200, "{path}");
        save(path, html);
    }
    // The check can fail: a page with a duplicate id is reported.
    let broken = dir.path().join("broken.html");
    std::fs::write(
        &broken,
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p id=\"a\"></p><p id=\"a\"></p></body></html>",
    )
    .expect("write");
    files.push(broken);

    let errors = check(&jar, &files);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("broken.html: Duplicate ID")),
        "the checker did not run: {errors:?}"
    );
    let real: Vec<&String> = errors
        .iter()
        .filter(|e| !e.starts_with("broken.html"))
        .collect();
    assert!(
        real.is_empty(),
        "the Nu HTML Checker found:\n{}\n(files: {})",
        real.iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        names.join(", ")
    );
}
