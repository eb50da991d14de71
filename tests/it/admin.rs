//! The staff side over real HTTP: accounts and login (QUALITY.md S1–S14, S22–S24, S27),
//! registering a signing with its preview, press releases under embargo, import and audit.

use app::ssr::audit::Actor;
use app::ssr::auth::{totp_code_at, Role};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{fresh_postgres_url, spawn_app, spawn_app_on, TestApp};

pub const PASSWORD: &str = "a long pass phrase for the registry";

/// A signed-in staff member.
pub struct Staff {
    pub email: String,
    pub cookie: String,
    pub secret: String,
}

pub fn cookie_of(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("icc_staff="))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

impl TestApp {
    /// A plain HTML form post from a page of this site (what a browser without JS sends).
    pub async fn post_form(
        &self,
        path: &str,
        cookie: Option<&str>,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .header("accept", "text/html")
            .header("referer", format!("{}/admin", self.address))
            .form(form);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("post")
    }

    /// A page as a signed-in browser sees it.
    pub async fn staff_page(&self, path: &str, cookie: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.address))
            .header("cookie", cookie)
            .header("accept", "text/html")
            .send()
            .await
            .expect("get");
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// Creates an account through a one-time link (the setup page's form).
    pub async fn create_account(&self, email: &str, role: Role) {
        let now = self.clock.now();
        let actor = Actor::cli("test");
        let token = app::ssr::staff::create_invite(&self.db, now, role, Some(&actor))
            .await
            .expect("invite");
        let response = self
            .post_form(
                "/api/admin/setup",
                None,
                &[
                    ("token", &token),
                    ("name", "Test Person"),
                    ("email", email),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(
            location(&response),
            "/admin/login?next=%2Fadmin",
            "account created"
        );
    }

    /// Password step: the pre-login cookie.
    pub async fn password_step(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form(
            "/api/admin/login",
            None,
            &[("email", email), ("password", password), ("next", "/admin")],
        )
        .await
    }

    /// Code step with `code`: the new cookie on success.
    pub async fn code_step(&self, cookie: &str, code: &str) -> reqwest::Response {
        self.post_form(
            "/api/admin/login/code",
            Some(cookie),
            &[("code", code), ("next", "/admin")],
        )
        .await
    }

    pub fn code_now(&self, secret: &str) -> String {
        totp_code_at(
            secret,
            u64::try_from(self.clock.now().unix_timestamp()).expect("time"),
        )
    }

    /// First login of a new account: password, enrolment, first code.
    pub async fn admin_login_first_time(&self, email: &str) -> Staff {
        let response = self.password_step(email, PASSWORD).await;
        assert!(
            location(&response).starts_with("/admin/login/code"),
            "{}",
            location(&response)
        );
        let pre = cookie_of(&response).expect("pre-login cookie");
        let (status, page) = self.staff_page("/admin/login/code?next=/admin", &pre).await;
        assert_eq!(status, 200);
        let secret = page
            .split("<code id=\"totp-secret\">")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .expect("the enrolment page shows the key")
            .to_owned();
        let response = self.code_step(&pre, &self.code_now(&secret)).await;
        assert_eq!(location(&response), "/admin");
        let cookie = cookie_of(&response).expect("session cookie");
        assert_ne!(cookie, pre, "login issues a new session id");
        Staff {
            email: email.to_owned(),
            cookie,
            secret,
        }
    }

    /// A fresh admin (or editor), signed in.
    pub async fn signed_in(&self, email: &str, role: Role) -> Staff {
        self.create_account(email, role).await;
        self.admin_login_first_time(email).await
    }

    /// A signed-in admin whose signing form holds a failed attempt (so a visit shows its
    /// errors): the state the validators check the staff screens in.
    pub async fn admin_with_form_errors(&self, email: &str) -> Staff {
        let staff = self.signed_in(email, Role::Admin).await;
        self.post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &[("f[signatory]", "new"), ("f[date]", "2026-02-30")],
        )
        .await;
        staff
    }

    pub async fn count_rows(&self, table: &str) -> i64 {
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("row");
        row.try_get::<i64>("", "n").expect("n")
    }
}

#[tokio::test]
async fn the_setup_link_works_once_and_only_while_no_staff_account_exists() {
    let app = spawn_app().await;
    let state_link = {
        let token = app::ssr::staff::create_invite(&app.db, app.clock.now(), Role::Admin, None)
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
    let other = app::ssr::staff::create_invite(&app.db, app.clock.now(), Role::Admin, None)
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
            app::ssr::staff::create_invite(&db, now, Role::Editor, Some(&Actor::cli("t")))
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
    let policy = app::ssr::auth::AdminPolicy {
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
    let lockouts = app::ssr::admin_queries::audit_rows(&app.db, "login.lockout", "", 1, 50)
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

pub fn admin_path(pattern: &str) -> String {
    pattern
        .split('/')
        .map(|part| {
            if part.starts_with(':') || part.starts_with('{') {
                "1"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("/")
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

/// Registers Ljubljana through the form (with a preview first) and returns the saved signing's page.
async fn register_ljubljana(app: &TestApp, staff: &Staff) -> String {
    let form = [
        ("f[signatory]", "new"),
        ("f[name]", "Ljubljana"),
        ("f[country]", "SI"),
        ("f[kind]", "city"),
        ("f[national_capital]", "yes"),
        ("f[website]", "https://www.ljubljana.si"),
        ("f[edition]", "2024"),
        ("f[edition_confirmed]", "yes"),
        ("f[date]", "2026-11-20"),
        ("f[event]", "Integrating Cities conference"),
        ("f[signed_by_name]", "Zoran Janković"),
        ("f[signed_by_title]", "Mayor of Ljubljana"),
        (
            "f[sources]",
            "City press release | https://www.ljubljana.si/en/news",
        ),
    ];
    let before = app.count_rows("signing").await;
    let response = app
        .post_form("/api/admin/signings/preview", Some(&staff.cookie), &form)
        .await;
    assert_eq!(location(&response), "/admin/signings/new#preview");
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    let previewed = page
        .split("<li>Ljubljana will be ")
        .nth(1)
        .and_then(|rest| rest.split(".</li>").next())
        .expect("the places are shown before saving")
        .to_owned();
    assert!(
        previewed.contains("signatory") && previewed.contains("EU capital"),
        "{previewed}"
    );
    assert!(
        page.contains("value=\"Zoran Janković\""),
        "the values are kept"
    );
    assert_eq!(
        app.count_rows("signing").await,
        before,
        "a preview writes no signing"
    );
    let response = app
        .post_form("/api/admin/signings/register", Some(&staff.cookie), &form)
        .await;
    let saved = location(&response);
    assert!(saved.starts_with("/admin/signings/"), "{saved}");
    assert_eq!(app.count_rows("signing").await, before + 1);
    // The places it got are exactly the ones previewed (the same rule as the public pages).
    let snapshot = app::ssr::registry::Snapshot::load(&app.db)
        .await
        .expect("snapshot");
    let id = snapshot
        .signatories()
        .iter()
        .find(|s| s.slug == "ljubljana")
        .expect("saved")
        .id;
    let (_, _, _, lines, _) = snapshot
        .places_as_of(id, None, app::i18n::Lang::En)
        .expect("places");
    let (last, init) = lines.split_last().expect("places");
    assert_eq!(previewed, format!("{} and {last}", init.join(", ")));
    saved
}

async fn the_whole_staff_flow(app: &TestApp) {
    let staff = app.signed_in("flow@eurocities.eu", Role::Editor).await;
    let saved = register_ljubljana(app, &staff).await;
    let (status, page) = app.staff_page(&saved, &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("Ljubljana is the"), "{page}");
    // The public directory and profile show it, with the same places the preview gave.
    let (_, directory) = app.page("/signatories?q=ljubljana").await;
    assert!(directory.contains("/signatories/ljubljana"));
    let (_, profile) = app.page("/signatories/ljubljana").await;
    assert!(profile.contains("Ljubljana"));
    // Draft the press release, schedule it for tomorrow 11:00 Brussels time.
    let signing_id = saved.rsplit('/').next().expect("id");
    let response = app
        .post_form(
            "/api/admin/releases/draft-from-signing",
            Some(&staff.cookie),
            &[("signing", signing_id)],
        )
        .await;
    let release = location(&response);
    assert!(release.starts_with("/admin/releases/"), "{release}");
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("Ljubljana signs the Integrating Cities Charter"));
    assert!(
        edit.contains("becoming the"),
        "the draft carries the counts"
    );
    for sentence in [
        "(Slovenia) signed the Integrating Cities Charter on ",
        "With this signature, the charter counts ",
    ] {
        assert!(edit.contains(sentence), "the draft says {sentence:?}");
    }
    let id = release.rsplit('/').next().expect("id");
    let tomorrow = (app.clock.now() + time::Duration::days(1)).date();
    let date = format!(
        "{:04}-{:02}-{:02}",
        tomorrow.year(),
        u8::from(tomorrow.month()),
        tomorrow.day()
    );
    let response = app
        .post_form(
            "/api/admin/releases/save",
            Some(&staff.cookie),
            &[
                ("id", id),
                ("intent", "schedule"),
                ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
                ("f[dateline]", "Brussels"),
                ("f[summary]", "Ljubljana signed the charter."),
                (
                    "f[body_md]",
                    "Ljubljana signed the charter.\n\nIt is the capital of Slovenia.",
                ),
                ("f[release_date]", &date),
                ("f[release_time]", "11:00"),
            ],
        )
        .await;
    assert_eq!(location(&response), release);
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("Scheduled"), "{edit}");
    let (_, feed) = app.page("/feeds/press.xml").await;
    assert!(!feed.contains("Ljubljana signs"), "under embargo");
    let (_, preview) = app
        .staff_page(&format!("{release}/preview"), &staff.cookie)
        .await;
    assert!(preview.contains("It is the capital of Slovenia."));
    // Every write is in the audit log.
    let (_, audit) = app.staff_page("/admin/audit", &staff.cookie).await;
    for action in [
        "signatory.create",
        "signing.create",
        "release.create",
        "release.schedule",
        "login.ok",
    ] {
        assert!(audit.contains(action), "{action} audited");
    }
    app.clock.advance(time::Duration::days(2));
    let (_, feed) = app.page("/feeds/press.xml").await;
    assert!(
        feed.contains("Ljubljana signs the Integrating Cities Charter"),
        "public after the embargo"
    );
}

#[tokio::test]
async fn staff_register_a_signing_see_its_places_first_and_schedule_its_release_on_sqlite() {
    let app = spawn_app().await;
    the_whole_staff_flow(&app).await;
}

#[tokio::test]
async fn staff_register_a_signing_see_its_places_first_and_schedule_its_release_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    the_whole_staff_flow(&app).await;
}

#[tokio::test]
async fn a_signing_with_bad_input_is_not_saved_and_the_form_keeps_what_was_typed() {
    let app = spawn_app().await;
    let staff = app.signed_in("bad@eurocities.eu", Role::Editor).await;
    let before = (
        app.count_rows("signing").await,
        app.count_rows("signatory").await,
        app.count_rows("audit_log").await,
    );
    let response = app
        .post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &[
                ("f[signatory]", "new"),
                ("f[name]", "<script>alert(1)</script>"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[website]", "javascript:alert(1)"),
                ("f[edition]", "2024"),
                ("f[date]", "2026-02-30"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/signings/new");
    assert_eq!(
        (
            app.count_rows("signing").await,
            app.count_rows("signatory").await,
            app.count_rows("audit_log").await
        ),
        before,
        "nothing written"
    );
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    assert!(
        page.contains("is not a web address"),
        "the website is refused"
    );
    assert!(
        page.contains("is not a day of the calendar"),
        "the date is refused"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name is kept, escaped"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("aria-invalid=\"true\""));
    // The kept form is shown once.
    let (_, again) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    assert!(!again.contains("is not a web address"));
}

#[tokio::test]
async fn a_csv_with_one_bad_row_imports_nothing_and_names_the_row_and_reason() {
    let app = spawn_app().await;
    let staff = app.signed_in("csv@eurocities.eu", Role::Editor).await;
    let response = app
        .client
        .get(format!("{}/admin/export/signings.csv", app.address))
        .header("cookie", &staff.cookie)
        .send()
        .await
        .expect("export");
    assert_eq!(response.status().as_u16(), 200);
    assert!(response
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("attachment")));
    let exported = response.text().await.expect("csv");
    assert!(exported.starts_with("slug,name,kind,country_code"));
    let good = "ljubljana,Ljubljana,city,SI,yes,signed,https://www.ljubljana.si,2024,yes,2026-11-20,,,,,,,,City | https://www.ljubljana.si/en\n";
    let bad = "kaunas,Kaunas,city,LT,no,signed,,2024,yes,2026-13-01,,,,,,,,\n";
    let csv = format!("{exported}{good}{bad}");
    let signatories = app.count_rows("signatory").await;
    let response = app
        .post_form(
            "/api/admin/import",
            Some(&staff.cookie),
            &[("intent", "apply"), ("csv", &csv)],
        )
        .await;
    assert_eq!(location(&response), "/admin/import");
    assert_eq!(
        app.count_rows("signatory").await,
        signatories,
        "nothing imported"
    );
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    let line = exported.lines().count() + 2;
    assert!(
        page.contains(&format!("line {line}, column signed_on")),
        "names the row and column"
    );
    assert!(page.contains("Nothing was imported"));
    // Without the bad row: a dry run writes nothing, apply writes the new row.
    let csv = format!("{exported}{good}");
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[("intent", "dry_run"), ("csv", &csv)],
    )
    .await;
    assert_eq!(app.count_rows("signatory").await, signatories);
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    let report = page.split("<caption>Rows").nth(1).unwrap_or(&page);
    assert!(
        page.contains("1 would be created, 0 changed"),
        "the round trip changes nothing else: {report}"
    );
    app.post_form(
        "/api/admin/import",
        Some(&staff.cookie),
        &[("intent", "apply"), ("csv", &csv)],
    )
    .await;
    assert_eq!(app.count_rows("signatory").await, signatories + 1);
}

#[tokio::test]
async fn audit_records_escape_control_characters_and_hold_no_secrets() {
    let app = spawn_app().await;
    let response = app
        .password_step("eve\n@eurocities.eu", "some wrong password")
        .await;
    assert!(location(&response).contains("failed=1"));
    let rows = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit");
    let failed = rows
        .iter()
        .find(|r| r.action == "login.failed")
        .expect("login failure audited");
    assert!(!failed.actor.contains('\n'), "{:?}", failed.actor);
    let staff = app.signed_in("s@eurocities.eu", Role::Editor).await;
    let rows = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit");
    let dump = format!("{rows:?}");
    let token = staff.cookie.split('=').nth(1).expect("token");
    assert!(!dump.contains(token), "no session id in the audit log");
    assert!(!dump.contains(PASSWORD), "no password in the audit log");
    assert!(
        rows.iter()
            .all(|r| r.request_id.is_some() || r.actor.starts_with("cli:")),
        "request ids recorded"
    );
    assert_eq!(
        app::ssr::entities::staff_session::Entity::find()
            .count(&app.db)
            .await
            .expect("n"),
        1
    );
}

#[tokio::test]
async fn a_broken_database_gives_a_plain_error_page() {
    let app = spawn_app().await;
    let staff = app.signed_in("db@eurocities.eu", Role::Editor).await;
    app.db
        .execute_unprepared("DROP TABLE audit_log")
        .await
        .expect("drop");
    let (status, page) = app.staff_page("/admin", &staff.cookie).await;
    assert_eq!(status, 500);
    for leak in ["audit_log", "SQL", "sqlite", "no such table", "/tmp"] {
        assert!(!page.contains(leak), "{leak} leaked");
    }
}

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
    let response = app
        .post_form(
            "/api/admin/editions/save",
            Some(&staff.cookie),
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

async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    intent: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("intent", intent.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("registry.csv"),
        );
    let mut request = app
        .client
        .post(format!("{}/admin/import/upload", app.address))
        .header("origin", &app.address)
        .multipart(form);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("upload")
}

#[tokio::test]
async fn an_uploaded_csv_file_is_checked_and_imported_all_or_nothing() {
    let app = spawn_app().await;
    let response = upload(&app, None, "apply", b"slug,name".to_vec()).await;
    assert_eq!(response.status().as_u16(), 401, "anonymous upload refused");
    let staff = app.signed_in("up@eurocities.eu", Role::Editor).await;
    let header = app::ssr::import::COLUMNS.join(",");
    let good = "ljubljana,Ljubljana,city,SI,yes,signed,,2024,yes,2026-11-20,,,,,,,,";
    let bad = "kaunas,Kaunas,city,XX,no,signed,,2024,yes,2026-11-20,,,,,,,,";
    let signatories = app.count_rows("signatory").await;
    let response = upload(
        &app,
        Some(&staff.cookie),
        "apply",
        format!("{header}\n{good}\n{bad}\n").into_bytes(),
    )
    .await;
    assert_eq!(location(&response), "/admin/import");
    assert_eq!(
        app.count_rows("signatory").await,
        signatories,
        "nothing imported"
    );
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    assert!(
        page.contains("line 3, column country_code"),
        "names the row and reason"
    );
    let response = upload(
        &app,
        Some(&staff.cookie),
        "apply",
        format!("{header}\n{good}\n").into_bytes(),
    )
    .await;
    assert_eq!(location(&response), "/admin/import");
    assert_eq!(app.count_rows("signatory").await, signatories + 1);
    let response = upload(&app, Some(&staff.cookie), "dry_run", vec![0xff, 0xfe, 0x00]).await;
    assert_eq!(location(&response), "/admin/import");
    let (_, page) = app.staff_page("/admin/import", &staff.cookie).await;
    assert!(page.contains("not UTF-8"));
    // S20: a 50 MB upload is refused with 413, nothing read into the database.
    let response = upload(
        &app,
        Some(&staff.cookie),
        "apply",
        vec![b'a'; 50 * 1024 * 1024],
    )
    .await;
    assert_eq!(response.status().as_u16(), 413);
}

#[tokio::test]
async fn staff_add_a_committed_city_edit_it_and_withdraw_a_signatory() {
    let app = spawn_app().await;
    let staff = app.signed_in("sig@eurocities.eu", Role::Editor).await;
    let response = app
        .post_form(
            "/api/admin/signatories/create",
            Some(&staff.cookie),
            &[
                ("f[name]", "Ljubljana"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[national_capital]", "yes"),
            ],
        )
        .await;
    let edit = location(&response);
    assert!(edit.starts_with("/admin/signatories/"), "{edit}");
    let (_, page) = app.staff_page(&edit, &staff.cookie).await;
    assert!(page.contains("Committed"));
    let id = edit.rsplit('/').next().expect("id").to_owned();
    // A website that is not http(s) is refused; nothing changes.
    let response = app
        .post_form(
            "/api/admin/signatories/save",
            Some(&staff.cookie),
            &[
                ("id", &id),
                ("intent", "save"),
                ("f[name]", "Ljubljana"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[website]", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(location(&response), edit);
    let (_, page) = app.staff_page(&edit, &staff.cookie).await;
    assert!(page.contains("is not a web address"));
    // Withdraw a seeded signatory, with date and reason.
    let paris = app::ssr::entities::signatory::Entity::find()
        .all(&app.db)
        .await
        .expect("all")
        .into_iter()
        .find(|s| s.slug == "paris")
        .expect("paris");
    let pid = paris.id.to_string();
    let response = app
        .post_form(
            "/api/admin/signatories/save",
            Some(&staff.cookie),
            &[
                ("id", &pid),
                ("intent", "withdraw"),
                ("f[withdrawn_on]", "2026-11-01"),
                ("f[withdrawn_reason]", "Council decision"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/signatories");
    let (_, profile) = app.page("/signatories/paris").await;
    assert!(
        profile.contains("Council decision"),
        "the public profile shows the withdrawal"
    );
}

async fn registry_version(app: &TestApp) -> i64 {
    app.db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT version AS n FROM registry_version WHERE id = 1".to_owned(),
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get::<i64>("", "n")
        .expect("n")
}

/// Two app servers on one database: a signing saved through one is on the other's pages at
/// once (each caches the registry per version; every public write bumps the version).
async fn a_write_on_one_server_is_visible_on_another(url: &str) {
    let first = spawn_app_on(url).await;
    let second = spawn_app_on(url).await;
    let (_, before) = second.page("/signatories?q=ljubljana").await;
    assert!(!before.contains("/signatories/ljubljana"));
    let staff = first.signed_in("two@eurocities.eu", Role::Editor).await;
    let version = registry_version(&first).await;
    register_ljubljana(&first, &staff).await;
    assert!(
        registry_version(&first).await > version,
        "the write bumped the registry version"
    );
    let (_, after) = second.page("/signatories?q=ljubljana").await;
    assert!(
        after.contains("/signatories/ljubljana"),
        "the other server shows it at once"
    );
    let (_, feed) = second.page("/feeds/signings.xml").await;
    assert!(feed.contains("Ljubljana"));
    let unchanged = registry_version(&first).await;
    first
        .post_form("/api/admin/logout", Some(&staff.cookie), &[])
        .await;
    assert_eq!(
        registry_version(&first).await,
        unchanged,
        "staff events do not invalidate the cache"
    );
}

#[tokio::test]
async fn a_write_on_one_server_is_visible_on_another_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    a_write_on_one_server_is_visible_on_another(&crate::helpers::sqlite_url(&dir)).await;
}

#[tokio::test]
async fn a_write_on_one_server_is_visible_on_another_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    a_write_on_one_server_is_visible_on_another(&url).await;
}

/// The working group form as stored, ready to post back with changes.
async fn working_group_form(app: &TestApp, staff: &Staff) -> Vec<(String, String)> {
    let (status, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
    assert_eq!(status, 200);
    let m = app::ssr::working_group::load(&app.db)
        .await
        .expect("load")
        .expect("seeded");
    let version = page
        .split("name=\"f[version]\" value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .expect("the form carries the record's version")
        .to_owned();
    [
        ("version", version),
        ("as_of", m.as_of),
        ("language", m.language),
        ("name", m.name),
        ("summary", m.summary),
        ("body", m.body),
        ("objectives_heading", m.objectives_heading),
        ("objectives", m.objectives),
        ("chair_name", m.chair_name),
        ("chair_role", m.chair_role),
        ("vice_chair_name", m.vice_chair_name),
        ("vice_chair_role", m.vice_chair_role),
        ("contact_name", m.contact_name),
        ("contact_role", m.contact_role),
        ("contact_office", m.contact_office),
        ("source_url", m.source_url.unwrap_or_default()),
    ]
    .into_iter()
    .map(|(k, v)| (format!("f[{k}]"), v))
    .collect()
}

fn with(form: &[(String, String)], field: &str, value: &str) -> Vec<(String, String)> {
    let key = format!("f[{field}]");
    form.iter()
        .map(|(k, v)| {
            (
                k.clone(),
                if *k == key {
                    value.to_owned()
                } else {
                    v.clone()
                },
            )
        })
        .collect()
}

async fn post_working_group(app: &TestApp, staff: &Staff, form: &[(String, String)]) -> String {
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = app
        .post_form(
            "/api/admin/working-group/save",
            Some(&staff.cookie),
            &fields,
        )
        .await;
    location(&response)
}

#[tokio::test]
async fn the_working_group_page_is_dated_and_staff_edit_it_safely() {
    let app = spawn_app().await;
    // Public, in English and in French, dated "as of 2016".
    let (status, page) = app.page("/working-group").await;
    assert_eq!(status, 200);
    for text in [
        "Working Group Migration &amp; Integration",
        "more than 30 cities",
        "Objectives for 2016",
        "raising awareness of the importance of involving the local level",
        "Anu Riila",
        "Lefteris Papagiannakis",
        "Thomas Jezequel",
        "This description dates from 2016",
    ] {
        assert!(page.contains(text), "{text}");
    }
    let (status, fr) = app.page("/fr/working-group").await;
    assert_eq!(status, 200);
    assert!(fr.contains("<html lang=\"fr\"") && fr.contains("Date de cette description : 2016"));
    assert!(
        fr.contains("<h1 lang=\"en\">"),
        "the English text is marked as English"
    );

    let staff = app.signed_in("group@eurocities.eu", Role::Editor).await;
    let form = working_group_form(&app, &staff).await;
    let audits = app.count_rows("audit_log").await;

    // Bad input: each error named, nothing written, the typed text kept.
    for (field, value, message) in [
        ("as_of", "next year", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("as_of", "2099", "in the future"),
        ("name", "", "Fill in this field"),
        ("source_url", "javascript:alert(1)", "is not a web address"),
        ("chair_name", "", "Write the name of the person"),
        ("language", "xx", "Choose the language"),
        ("summary", &"x".repeat(1_001), "at most 1000 characters"),
        ("body", "a\u{0007}b", "control characters"),
    ] {
        let mut bad = with(&form, field, value);
        if field == "body" {
            bad = with(&bad, "summary", "Kept summary text");
        }
        assert_eq!(
            post_working_group(&app, &staff, &bad).await,
            "/admin/working-group"
        );
        let (_, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
        assert!(page.contains(message), "{field}={value:?}: {message}");
        assert!(page.contains("Not saved"), "{field}");
        if field == "body" {
            assert!(
                page.contains("Kept summary text"),
                "the typed values are kept"
            );
        }
    }
    assert_eq!(
        app.count_rows("audit_log").await,
        audits,
        "nothing was written"
    );
    let (_, page) = app.page("/working-group").await;
    assert!(page.contains("Anu Riila"));

    // A good save: public at once (the page cache sees the new registry version), audited.
    let good = with(&with(&form, "chair_name", "Jane Doe"), "as_of", "2024-10");
    let good = with(&good, "objectives", "First objective\n\nSecond objective");
    assert_eq!(
        post_working_group(&app, &staff, &good).await,
        "/admin/working-group"
    );
    let (_, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
    assert!(page.contains("Saved."), "the form says it was saved");
    let (_, page) = app.page("/working-group").await;
    assert!(page.contains("Jane Doe") && !page.contains("Anu Riila"));
    assert!(page.contains("October 2024"));
    assert!(
        page.contains("<li>First objective</li>") && page.contains("<li>Second objective</li>")
    );
    assert!(
        !page.contains("<li></li>"),
        "the empty line is no objective"
    );
    let (_, fr) = app.page("/fr/working-group").await;
    assert!(fr.contains("octobre 2024") && fr.contains("Jane Doe"));
    assert_eq!(app.count_rows("audit_log").await, audits + 1);
    let (action, before, after): (String, String, String) = {
        use sea_orm::{EntityTrait, QueryOrder};
        let row = app::ssr::entities::audit_log::Entity::find()
            .order_by_desc(app::ssr::entities::audit_log::Column::Id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("a record");
        (
            row.action,
            row.before.unwrap_or_default(),
            row.after.unwrap_or_default(),
        )
    };
    assert_eq!(action, "working_group.update");
    assert!(before.contains("Anu Riila") && after.contains("Jane Doe"));

    // The old form (opened before that save) is refused: the newer save is not overwritten.
    let stale = with(&form, "chair_name", "Someone Else");
    assert_eq!(
        post_working_group(&app, &staff, &stale).await,
        "/admin/working-group"
    );
    let (_, page) = app.staff_page("/admin/working-group", &staff.cookie).await;
    assert!(page.contains("someone else saved this page after you opened it"));
    assert!(
        page.contains("Someone Else"),
        "their text is kept in the form"
    );
    let (_, public) = app.page("/working-group").await;
    assert!(public.contains("Jane Doe") && !public.contains("Someone Else"));
    assert_eq!(app.count_rows("audit_log").await, audits + 1);
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
    let (_, stored, _) = app::ssr::editions::edit_form(&app.db, id)
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
    let response = app
        .post_form(
            "/api/admin/editions/save",
            Some(&staff.cookie),
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
