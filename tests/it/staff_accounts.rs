//! Staff accounts and the login over real HTTP (QUALITY.md S1–S14, S22–S24, S27): setup
//! links, passwords, codes, sessions, lockouts, anonymous and cross-site requests, roles.

use app::ssr::accounts::{totp_code_at, Role};
use app::ssr::audit::Actor;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::helpers::{admin_path, cookie_of, location, spawn_app, TestApp, PASSWORD};

#[tokio::test]
async fn the_setup_link_works_once_and_only_while_no_staff_account_exists() {
    let app = spawn_app().await;
    let state_link = {
        let token = app::ssr::accounts::create_invite(&app.db, app.clock.now(), Role::Admin, None)
            .await
            .expect("setup link");
        format!("/admin/setup/{token}")
    };
    let (status, page) = app.page(&state_link).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Set up your staff account"));
    let token = state_link.rsplit('/').next().expect("token");
    let response = app
        .post_form(
            "/api/admin/setup",
            None,
            &[
                ("token", token),
                ("name", "Ana"),
                ("email", "ana@eurocities.eu"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/login?next=%2Fadmin");
    let (status, _) = app.page(&state_link).await;
    assert_eq!(status, 404, "a used link is dead");
    assert_eq!(app.count_rows("staff").await, 1);
    // Another setup link made before the account existed is dead too now.
    let other = app::ssr::accounts::create_invite(&app.db, app.clock.now(), Role::Admin, None)
        .await
        .expect("link");
    let (status, _) = app.page(&format!("/admin/setup/{other}")).await;
    assert_eq!(status, 404, "setup links work only while no staff exist");
}

#[tokio::test]
async fn passwords_are_argon2id_checked_for_length_and_commonness_and_never_stored_plain() {
    let app = spawn_app().await;
    let link = |app: &TestApp| {
        let (db, now) = (app.db.clone(), app.clock.now());
        async move {
            app::ssr::accounts::create_invite(&db, now, Role::Editor, Some(&Actor::cli("t")))
                .await
                .expect("invite")
        }
    };
    for (password, why) in [("seven77", "too short"), ("password123", "common")] {
        let token = link(&app).await;
        let response = app
            .post_form(
                "/api/admin/setup",
                None,
                &[
                    ("token", &token),
                    ("name", "Bo"),
                    ("email", "bo@eurocities.eu"),
                    ("password", password),
                ],
            )
            .await;
        let to = location(&response);
        assert!(to.contains("err_password="), "{why}: {to}");
        assert!(
            !to.contains(password),
            "the password is never put in an address"
        );
        let (_, page) = app.page(&to).await;
        assert!(page.contains("bo@eurocities.eu"), "the email typed is kept");
        assert_eq!(app.count_rows("staff").await, 0, "{why}: nothing created");
    }
    let phrase = "correct horse battery staple 🐎 on the Square de Meeûs in Brussels!! 12345";
    let token = link(&app).await;
    let response = app
        .post_form(
            "/api/admin/setup",
            None,
            &[
                ("token", &token),
                ("name", "Bo"),
                ("email", "bo@eurocities.eu"),
                ("password", phrase),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/login?next=%2Fadmin");
    let staff = app::ssr::entities::staff::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("account");
    assert!(staff
        .password_hash
        .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    // The exact passphrase works; a truncated one does not.
    let truncated: String = phrase.chars().take(40).collect();
    let response = app.password_step("bo@eurocities.eu", &truncated).await;
    assert!(location(&response).contains("failed=1"));
    let response = app.password_step("bo@eurocities.eu", phrase).await;
    assert!(location(&response).starts_with("/admin/login/code"));
    // The plaintext is nowhere in the database.
    for table in ["staff", "staff_session", "staff_invite", "audit_log"] {
        let rows = app
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                format!("SELECT * FROM {table}"),
            ))
            .await
            .expect("rows");
        let dump = format!("{rows:?}");
        assert!(
            !dump.contains("battery staple"),
            "{table} holds the password"
        );
    }
}

#[tokio::test]
async fn login_needs_the_password_and_a_fresh_totp_code_each_used_once() {
    let app = spawn_app().await;
    app.create_account("eva@eurocities.eu", Role::Admin).await;
    let first = app.admin_login_first_time("eva@eurocities.eu").await;
    let (status, page) = app.staff_page("/admin", &first.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("Dashboard"));

    // S27: right password + wrong code; the same code twice; a code from two windows ago.
    let response = app.password_step(&first.email, PASSWORD).await;
    let pre = cookie_of(&response).expect("pre-login cookie");
    let wrong = app.code_step(&pre, "000000").await;
    assert!(location(&wrong).contains("failed=1"));
    // The code of the step the first login used (not "now": the clock may have crossed a
    // 30-second step since, which would make a new, unused code).
    let used_step = app::ssr::entities::staff::Entity::find()
        .filter(app::ssr::entities::staff::Column::Email.eq("eva@eurocities.eu"))
        .one(&app.db)
        .await
        .expect("query")
        .and_then(|s| s.totp_last_step)
        .expect("a used step");
    let used = totp_code_at(&first.secret, u64::try_from(used_step * 30).expect("t"));
    let again = app.code_step(&pre, &used).await;
    assert!(
        location(&again).contains("failed=1"),
        "a used code does not work again"
    );
    let old = totp_code_at(
        &first.secret,
        u64::try_from(app.clock.now().unix_timestamp() - 60).expect("t"),
    );
    let old_try = app.code_step(&pre, &old).await;
    assert!(
        location(&old_try).contains("failed=1"),
        "a code from two windows ago is refused"
    );
    // S8: the pre-login cookie is not a staff session.
    let (status, _) = app.staff_page("/admin", &pre).await;
    assert_eq!(status, 302, "the pre-login session is not authenticated");
    app.clock.advance(time::Duration::seconds(31));
    let ok = app.code_step(&pre, &app.code_now(&first.secret)).await;
    assert_eq!(location(&ok), "/admin");
    let cookie = cookie_of(&ok).expect("new session");
    assert_ne!(cookie, pre);
    let (status, _) = app.staff_page("/admin", &pre).await;
    assert_eq!(status, 302, "the old id is not authenticated after login");
    let (status, _) = app.staff_page("/admin", &cookie).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_strict_and_host_only() {
    let app = spawn_app().await;
    app.create_account("c@eurocities.eu", Role::Editor).await;
    let response = app.password_step("c@eurocities.eu", PASSWORD).await;
    let header = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("cookie")
        .to_owned();
    assert!(header.contains("HttpOnly"), "{header}");
    assert!(header.contains("SameSite=Strict"), "{header}");
    assert!(header.contains("Path=/"), "{header}");
    assert!(!header.to_lowercase().contains("domain="), "{header}");
    let policy = app::ssr::accounts::AdminPolicy {
        secure_cookie: true,
        ..Default::default()
    };
    let secure = policy.session_cookie("t");
    assert!(
        secure.starts_with("__Host-") && secure.contains("; Secure"),
        "{secure}"
    );
}

#[tokio::test]
async fn logout_and_timeouts_end_the_session_on_the_server() {
    let app = spawn_app().await;
    let staff = app.signed_in("d@eurocities.eu", Role::Editor).await;
    // S10: idle past the timeout.
    app.clock.advance(time::Duration::minutes(31));
    let (status, _) = app.staff_page("/admin", &staff.cookie).await;
    assert_eq!(status, 302, "idle session ended");
    assert_eq!(app.count_rows("staff_session").await, 0, "and deleted");
    // Absolute timeout: active every 20 minutes, still ended after 12 hours.
    app.clock.advance(time::Duration::seconds(31));
    let response = app.password_step(&staff.email, PASSWORD).await;
    let pre = cookie_of(&response).expect("cookie");
    let ok = app.code_step(&pre, &app.code_now(&staff.secret)).await;
    let cookie = cookie_of(&ok).expect("session");
    for _ in 0..35 {
        app.clock.advance(time::Duration::minutes(20));
        let (status, _) = app.staff_page("/admin/releases", &cookie).await;
        assert_eq!(status, 200);
    }
    app.clock.advance(time::Duration::minutes(21));
    let (status, _) = app.staff_page("/admin/releases", &cookie).await;
    assert_eq!(status, 302, "absolute timeout");
    // S9: log out, replay the cookie.
    app.clock.advance(time::Duration::seconds(31));
    let response = app.password_step(&staff.email, PASSWORD).await;
    let pre = cookie_of(&response).expect("cookie");
    let ok = app.code_step(&pre, &app.code_now(&staff.secret)).await;
    let cookie = cookie_of(&ok).expect("session");
    let out = app.post_form("/api/admin/logout", Some(&cookie), &[]).await;
    assert_eq!(location(&out), "/admin/login?ended=1");
    let (status, _) = app.staff_page("/admin", &cookie).await;
    assert_eq!(status, 302, "a logged-out cookie is refused");
    assert_eq!(app.count_rows("staff_session").await, 0);
}

#[tokio::test]
async fn failed_logins_lock_the_account_whatever_the_forwarded_headers() {
    let app = spawn_app().await;
    app.create_account("l@eurocities.eu", Role::Editor).await;
    for i in 0..11 {
        let response = app
            .client
            .post(format!("{}/api/admin/login", app.address))
            .header("origin", &app.address)
            .header("accept", "text/html")
            .header("x-forwarded-for", format!("10.0.0.{i}"))
            .header("forwarded", format!("for=10.1.0.{i}"))
            .form(&[
                ("email", "l@eurocities.eu"),
                ("password", "wrong password here"),
                ("next", "/admin"),
            ])
            .send()
            .await
            .expect("post");
        assert!(location(&response).contains("failed=1"));
    }
    let response = app.password_step("l@eurocities.eu", PASSWORD).await;
    assert!(
        location(&response).contains("failed=1"),
        "locked: the right password is refused"
    );
    assert!(cookie_of(&response).is_none());
    app.clock.advance(time::Duration::minutes(16));
    let response = app.password_step("l@eurocities.eu", PASSWORD).await;
    assert!(
        location(&response).starts_with("/admin/login/code"),
        "the lock lifts"
    );
    let lockouts = app::ssr::audit::audit_rows(
        &app.db,
        &app::ssr::audit::AuditFilter {
            action: "login.lockout".into(),
            ..Default::default()
        },
        1,
        50,
    )
    .await
    .expect("audit")
    .1;
    assert!(lockouts >= 1);
}

#[tokio::test]
async fn unknown_and_known_accounts_fail_the_same_way() {
    let app = spawn_app().await;
    app.create_account("k@eurocities.eu", Role::Editor).await;
    let mut timings = [Vec::new(), Vec::new()];
    let mut answers = Vec::new();
    for round in 0..8 {
        for (i, email) in ["k@eurocities.eu", "nobody@eurocities.eu"]
            .into_iter()
            .enumerate()
        {
            let started = std::time::Instant::now();
            let response = app.password_step(email, "a wrong password!").await;
            timings[i].push(started.elapsed());
            let status = response.status().as_u16();
            let to = location(&response);
            let cookie = cookie_of(&response);
            let body = response.text().await.expect("body");
            if round == 0 {
                answers.push((status, to, cookie, body));
            }
        }
        // Stay under the lockout limit for the known account.
        app.clock.advance(time::Duration::minutes(16));
    }
    assert_eq!(
        answers[0], answers[1],
        "same status, location, cookie and body"
    );
    let median = |v: &mut Vec<std::time::Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64()
    };
    let (known, unknown) = (median(&mut timings[0]), median(&mut timings[1]));
    let ratio = known / unknown;
    assert!(
        (0.33..3.0).contains(&ratio),
        "known {known:.4}s vs unknown {unknown:.4}s"
    );
}

#[tokio::test]
async fn every_admin_page_and_function_refuses_anonymous_requests() {
    let app = spawn_app().await;
    let public_admin_pages = ["/admin/login", "/admin/login/code", "/admin/setup/{token}"];
    let admin_pages: Vec<String> = server::routes::page_paths()
        .into_iter()
        .filter(|p| p == "/admin" || p.starts_with("/admin/"))
        .collect();
    assert!(admin_pages.len() >= 12, "{admin_pages:?}");
    for pattern in &admin_pages {
        if public_admin_pages.contains(&pattern.as_str()) {
            continue;
        }
        let path = admin_path(pattern);
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .header("accept", "text/html")
            .send()
            .await
            .expect("get");
        assert_eq!(response.status().as_u16(), 302, "{path}");
        assert!(
            location(&response).starts_with("/admin/login?next="),
            "{path}"
        );
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store"),
            "{path}"
        );
        let body = response.text().await.expect("body");
        assert!(
            !body.contains("Dashboard") && !body.contains("<table"),
            "{path} leaks admin data"
        );
        let (status, _) = app.page(&path).await;
        assert_eq!(status, 401, "{path} without a browser's Accept");
    }
    for download in [
        "/admin/export/signings.csv",
        "/admin/export/press-releases.json",
    ] {
        let response = app.get(download).await;
        assert_eq!(response.status().as_u16(), 303, "{download}");
    }
    // S2: anonymous POSTs with valid-looking arguments, from this site's pages.
    let public_functions = [
        "/api/admin/login-page",
        "/api/admin/login",
        "/api/admin/code-page",
        "/api/admin/login/code",
        "/api/admin/logout",
        "/api/admin/setup-page",
        "/api/admin/setup",
    ];
    let signings = app.count_rows("signing").await;
    let audit = app.count_rows("audit_log").await;
    let functions: Vec<(String, String)> = server::routes::server_fn_paths()
        .into_iter()
        .filter(|(p, _)| p.starts_with("/api/admin/"))
        .collect();
    assert!(functions.len() >= 20, "{functions:?}");
    for (path, method) in &functions {
        assert_eq!(method, "POST", "{path}: admin functions never use GET");
        if public_functions.contains(&path.as_str()) {
            continue;
        }
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("origin", &app.address)
            .form(&[
                ("id", "1"),
                ("day", "2010-02-22"),
                ("signing", "1"),
                ("intent", "apply"),
                ("role", "admin"),
                ("change", "admin"),
                ("csv", "slug,name\nx,y"),
                ("f[signatory]", "new"),
                ("f[name]", "Ljubljana"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[edition]", "2024"),
                ("f[date]", "2026-11-20"),
            ])
            .send()
            .await
            .expect("post");
        assert_eq!(response.status().as_u16(), 401, "{path}");
    }
    assert_eq!(app.count_rows("signing").await, signings, "nothing written");
    assert_eq!(app.count_rows("audit_log").await, audit, "nothing written");
    assert_eq!(app.count_rows("staff_invite").await, 0);
}

#[tokio::test]
async fn cross_site_posts_and_gets_on_admin_functions_change_nothing() {
    let app = spawn_app().await;
    let staff = app.signed_in("x@eurocities.eu", Role::Admin).await;
    let invites = app.count_rows("staff_invite").await;
    let attempts = [
        (
            "origin from another site",
            Some("https://evil.example"),
            None,
            None,
        ),
        (
            "sec-fetch-site cross-site",
            Some(&app.address),
            Some("cross-site"),
            None,
        ),
        (
            "no origin, foreign referer",
            None,
            None,
            Some("https://evil.example/page"),
        ),
        ("no origin, no referer", None, None, None),
    ];
    for (why, origin, site, referer) in attempts {
        let mut request = app
            .client
            .post(format!("{}/api/admin/staff/invite", app.address))
            .header("cookie", &staff.cookie)
            .header("accept", "text/html")
            .form(&[("role", "admin")]);
        if let Some(o) = origin {
            request = request.header("origin", o);
        }
        if let Some(s) = site {
            request = request.header("sec-fetch-site", s);
        }
        if let Some(r) = referer {
            request = request.header("referer", r);
        }
        let response = request.send().await.expect("post");
        assert_eq!(response.status().as_u16(), 403, "{why}");
    }
    assert_eq!(
        app.count_rows("staff_invite").await,
        invites,
        "nothing written"
    );
    // S14: GET and HEAD on state-changing functions are not routed to them.
    for method in [reqwest::Method::GET, reqwest::Method::HEAD] {
        let response = app
            .client
            .request(
                method.clone(),
                format!("{}/api/admin/staff/invite?role=admin", app.address),
            )
            .header("cookie", &staff.cookie)
            .send()
            .await
            .expect("request");
        assert!(
            !response.status().is_success(),
            "{method} answered {}",
            response.status()
        );
    }
    assert_eq!(
        app.count_rows("staff_invite").await,
        invites,
        "nothing written by GET"
    );
    // The same post from this site's page works.
    let response = app
        .post_form(
            "/api/admin/staff/invite",
            Some(&staff.cookie),
            &[("role", "editor")],
        )
        .await;
    assert_eq!(location(&response), "/admin/staff");
    assert_eq!(app.count_rows("staff_invite").await, invites + 1);
}

#[tokio::test]
async fn after_login_the_next_address_stays_on_this_site() {
    let app = spawn_app().await;
    app.create_account("n@eurocities.eu", Role::Editor).await;
    for next in ["https://evil.example/", "//evil.example", "/\\evil.example"] {
        let response = app
            .post_form(
                "/api/admin/login",
                None,
                &[
                    ("email", "n@eurocities.eu"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        let to = location(&response);
        assert_eq!(to, "/admin/login/code?next=%2Fadmin", "{next}");
        let (_, page) = app
            .page(&format!(
                "/admin/login?next={}",
                domain::directory::encode(next)
            ))
            .await;
        assert!(!page.contains("evil.example"), "{next}");
    }
}

#[tokio::test]
async fn editors_cannot_manage_staff() {
    let app = spawn_app().await;
    let editor = app.signed_in("e@eurocities.eu", Role::Editor).await;
    let (status, page) = app.staff_page("/admin/staff", &editor.cookie).await;
    assert_eq!(status, 403);
    assert!(!page.contains("e@eurocities.eu"));
    // The page says why, and leads back to the staff screens (not to a login).
    assert!(page.contains("For admins only"), "{page}");
    assert!(page.contains("href=\"/admin\""), "{page}");
    assert!(!page.contains("Log in with an account"), "{page}");
    let response = app
        .post_form(
            "/api/admin/staff/invite",
            Some(&editor.cookie),
            &[("role", "admin")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(
        app.count_rows("staff_invite").await,
        1,
        "only the editor's own invitation"
    );
}

#[tokio::test]
async fn a_disabled_account_is_logged_out_everywhere() {
    let app = spawn_app().await;
    let admin = app.signed_in("a@eurocities.eu", Role::Admin).await;
    let editor = app.signed_in("b@eurocities.eu", Role::Editor).await;
    let id = app::ssr::entities::staff::Entity::find()
        .all(&app.db)
        .await
        .expect("staff")
        .into_iter()
        .find(|s| s.email == "b@eurocities.eu")
        .expect("editor")
        .id
        .to_string();
    let response = app
        .post_form(
            "/api/admin/staff/change",
            Some(&admin.cookie),
            &[("id", &id), ("change", "disable")],
        )
        .await;
    assert_eq!(location(&response), "/admin/staff");
    let (status, _) = app.staff_page("/admin", &editor.cookie).await;
    assert_eq!(status, 302);
    let response = app.password_step("b@eurocities.eu", PASSWORD).await;
    assert!(location(&response).contains("failed=1"));
    let (_, page) = app
        .staff_page("/admin/audit?action=staff.disable", &admin.cookie)
        .await;
    assert!(page.contains("staff.disable"));
}
