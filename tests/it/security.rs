//! Attacks that once worked, each sent as an attacker would: in parallel where a rule must hold
//! under concurrency (QUALITY.md S28), on SQLite and PostgreSQL; and the embargo of signings.

use app::ssr::accounts::Role;
use app::ssr::entities::staff;
use futures_util::future::join_all;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{brussels_day_from_now, cookie_of, day_from_now, location, Staff, PASSWORD};
use crate::helpers::{fresh_postgres_url, spawn_app, spawn_app_on, TestApp};

async fn account(app: &TestApp, email: &str) -> staff::Model {
    staff::Entity::find()
        .filter(staff::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
        .expect("account")
}

async fn audits(app: &TestApp, action: &str) -> u64 {
    app::ssr::audit::audit_rows(
        &app.db,
        &app::ssr::audit::AuditFilter {
            action: action.to_owned(),
            ..Default::default()
        },
        1,
        10,
    )
    .await
    .expect("audit")
    .1
}

/// Both backends: SQLite always, PostgreSQL when `TEST_DATABASE_URL` is set.
async fn on_both<F, Fut>(check: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    check(spawn_app().await).await;
    if let Some(url) = fresh_postgres_url().await {
        check(spawn_app_on(&url).await).await;
    }
}

async fn parallel_guesses_are_counted_like_sequential_ones(app: TestApp) {
    app.signed_in("lock@eurocities.eu", Role::Editor).await;
    app.clock.advance(time::Duration::seconds(31));
    // 29 wrong passwords and the right one, all at once.
    let mut passwords = vec!["a wrong pass phrase here"; 29];
    passwords.insert(17, PASSWORD);
    let answers = join_all(
        passwords
            .iter()
            .map(|p| app.password_step("lock@eurocities.eu", p)),
    )
    .await;
    assert_eq!(audits(&app, "login.lockout").await, 1, "one lockout");
    let locked = account(&app, "lock@eurocities.eu").await;
    assert!(
        locked.locked_until.is_some_and(|t| t > app.clock.now()),
        "the account is locked"
    );
    assert!(
        audits(&app, "login.failed").await <= 5,
        "at most the limit of passwords were checked"
    );
    // Whoever passed the password step before the lock cannot finish: the account is locked.
    for pre in answers.iter().filter_map(cookie_of) {
        let code = app.code_step(&pre, "123456").await;
        assert!(location(&code).contains("failed=1"), "{}", location(&code));
    }
    let right = app.password_step("lock@eurocities.eu", PASSWORD).await;
    assert!(
        location(&right).contains("failed=1"),
        "refused while locked"
    );

    // 30 wrong codes at once from one pre-login session: one lockout recorded, not six.
    app.clock.advance(time::Duration::minutes(16));
    let response = app.password_step("lock@eurocities.eu", PASSWORD).await;
    let pre = cookie_of(&response).expect("pre-login cookie after the lock lifted");
    join_all((0..30).map(|_| app.code_step(&pre, "000000"))).await;
    assert_eq!(audits(&app, "login.lockout").await, 2, "one more lockout");
}

#[tokio::test]
async fn parallel_guesses_lock_the_account_once_on_sqlite_and_postgres() {
    on_both(parallel_guesses_are_counted_like_sequential_ones).await;
}

/// Once an account is locked, or an unknown address throttled, a flood of logins for it is
/// refused without a write: no audit row, no counter update (each was a commit and a flush to
/// disk, which is what let such a flood slow the public pages). Both answer alike.
async fn a_flood_of_refused_logins_writes_nothing(app: TestApp) {
    app.create_account("flood@eurocities.eu", Role::Editor)
        .await;
    for email in ["flood@eurocities.eu", "nobody-flood@eurocities.eu"] {
        for _ in 0..5 {
            app.password_step(email, "a wrong pass phrase here").await;
        }
    }
    let locked = account(&app, "flood@eurocities.eu").await;
    assert!(locked.locked_until.is_some_and(|t| t > app.clock.now()));
    let rows = app.count_rows("audit_log").await;
    let answers = join_all((0..40).map(|i| {
        let email = if i % 2 == 0 {
            "flood@eurocities.eu"
        } else {
            "nobody-flood@eurocities.eu"
        };
        let started = std::time::Instant::now();
        let step = app.password_step(email, if i % 4 == 0 { PASSWORD } else { "guess" });
        async move { (step.await, started.elapsed()) }
    }))
    .await;
    for (answer, took) in &answers {
        // Held back before it is answered, so a flood gets one answer per connection per delay.
        assert!(
            *took >= app::ssr::accounts::login::REFUSAL_DELAY,
            "answered after {took:?}"
        );
        assert_eq!(answer.status().as_u16(), 302);
        assert_eq!(location(answer), "/admin/login?failed=1&next=%2Fadmin");
        assert!(cookie_of(answer).is_none());
    }
    assert_eq!(app.count_rows("audit_log").await, rows, "nothing written");
    assert_eq!(
        account(&app, "flood@eurocities.eu").await,
        locked,
        "row unchanged"
    );
}

#[tokio::test]
async fn a_flood_of_refused_logins_writes_nothing_on_sqlite_and_postgres() {
    on_both(a_flood_of_refused_logins_writes_nothing).await;
}

async fn a_code_works_once_in_parallel(app: TestApp) {
    let staff = app.signed_in("code@eurocities.eu", Role::Editor).await;
    app.clock.advance(time::Duration::seconds(61));
    let mut pres = Vec::new();
    for _ in 0..2 {
        let response = app.password_step(&staff.email, PASSWORD).await;
        pres.push(cookie_of(&response).expect("pre-login cookie"));
    }
    let code = app.code_now(&staff.secret);
    let answers = join_all(pres.iter().map(|pre| app.code_step(pre, &code))).await;
    let logged_in = answers.iter().filter(|r| location(r) == "/admin").count();
    assert_eq!(logged_in, 1, "the same code logs in one session only");
}

#[tokio::test]
async fn a_totp_code_sent_twice_in_parallel_logs_in_once_on_sqlite_and_postgres() {
    on_both(a_code_works_once_in_parallel).await;
}

fn enrolment_secret(page: &str) -> String {
    page.split("<code id=\"totp-secret\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the enrolment page shows the key")
        .to_owned()
}

#[tokio::test]
async fn an_older_enrolment_cannot_overwrite_the_authenticator_just_enrolled() {
    let app = spawn_app().await;
    app.create_account("enrol@eurocities.eu", Role::Admin).await;
    // The attacker's enrolment session first, then the owner's.
    let mut sessions = Vec::new();
    for _ in 0..2 {
        let response = app.password_step("enrol@eurocities.eu", PASSWORD).await;
        let pre = cookie_of(&response).expect("pre-login cookie");
        let (_, page) = app.staff_page("/admin/login/code?next=/admin", &pre).await;
        sessions.push((pre, enrolment_secret(&page)));
    }
    let (owner_pre, owner_secret) = &sessions[1];
    let ok = app.code_step(owner_pre, &app.code_now(owner_secret)).await;
    assert_eq!(location(&ok), "/admin");
    let (attacker_pre, attacker_secret) = &sessions[0];
    app.clock.advance(time::Duration::seconds(31));
    let hijack = app
        .code_step(attacker_pre, &app.code_now(attacker_secret))
        .await;
    assert_ne!(location(&hijack), "/admin", "the old enrolment is over");
    assert_eq!(
        account(&app, "enrol@eurocities.eu").await.totp_secret,
        Some(owner_secret.clone()),
        "the owner's authenticator stays"
    );
    // Two enrolment sessions racing: exactly one authenticator wins.
    app.create_account("race@eurocities.eu", Role::Editor).await;
    let mut racing = Vec::new();
    for _ in 0..2 {
        let response = app.password_step("race@eurocities.eu", PASSWORD).await;
        let pre = cookie_of(&response).expect("pre-login cookie");
        let (_, page) = app.staff_page("/admin/login/code?next=/admin", &pre).await;
        racing.push((pre, enrolment_secret(&page)));
    }
    let codes: Vec<(String, String)> = racing
        .iter()
        .map(|(pre, secret)| (pre.clone(), app.code_now(secret)))
        .collect();
    let answers = join_all(codes.iter().map(|(pre, code)| app.code_step(pre, code))).await;
    assert_eq!(
        answers.iter().filter(|r| location(r) == "/admin").count(),
        1
    );
}

async fn one_invitation_one_account(app: TestApp) {
    let token = app::ssr::accounts::create_invite(&app.db, app.clock.now(), Role::Admin, None)
        .await
        .expect("setup link");
    let answers = join_all((0..3).map(|i| {
        let email = format!("setup{i}@eurocities.eu");
        let token = token.clone();
        let app = &app;
        async move {
            app.post_form(
                "/api/admin/setup",
                None,
                &[
                    ("token", token.as_str()),
                    ("name", "Setup Person"),
                    ("email", email.as_str()),
                    ("password", PASSWORD),
                ],
            )
            .await
        }
    }))
    .await
    .iter()
    .map(location)
    .collect::<Vec<_>>();
    assert_eq!(app.count_rows("staff").await, 1, "{answers:?}");
    let created = answers
        .iter()
        .filter(|to| to.as_str() == "/admin/login?next=%2Fadmin")
        .count();
    assert_eq!(created, 1, "{answers:?}");
}

#[tokio::test]
async fn a_setup_link_posted_three_times_at_once_makes_one_account_on_sqlite_and_postgres() {
    on_both(one_invitation_one_account).await;
}

async fn staff_id(app: &TestApp, email: &str) -> String {
    account(app, email).await.id.to_string()
}

async fn invite_link(app: &TestApp, admin: &Staff) -> String {
    let posted = app
        .post_form(
            "/api/admin/staff/invite",
            Some(&admin.cookie),
            &[("role", "editor")],
        )
        .await;
    assert_eq!(location(&posted), "/admin/staff", "{}", posted.status());
    let (_, page) = app.staff_page("/admin/staff", &admin.cookie).await;
    assert!(page.contains("id=\"invite-link\""), "{page}");
    let link = page
        .split("id=\"invite-link\"")
        .nth(1)
        .and_then(|rest| rest.split("value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("the invitation link is shown once")
        .to_owned();
    link.split("/admin/setup/")
        .nth(1)
        .expect("a setup address")
        .to_owned()
}

async fn two_admins_demote_each_other(app: TestApp) {
    let a = app.signed_in("a1@eurocities.eu", Role::Admin).await;
    let b = app.signed_in("a2@eurocities.eu", Role::Admin).await;
    let (a_id, b_id) = (
        staff_id(&app, "a1@eurocities.eu").await,
        staff_id(&app, "a2@eurocities.eu").await,
    );
    join_all([
        app.post_form(
            "/api/admin/staff/change",
            Some(&a.cookie),
            &[("id", b_id.as_str()), ("change", "editor")],
        ),
        app.post_form(
            "/api/admin/staff/change",
            Some(&b.cookie),
            &[("id", a_id.as_str()), ("change", "editor")],
        ),
    ])
    .await;
    let admins = staff::Entity::find()
        .filter(staff::Column::Role.eq("admin"))
        .all(&app.db)
        .await
        .expect("staff");
    assert_eq!(admins.len(), 1, "one admin remains");

    // Invitations: listed, revocable, and dead once their sender is disabled.
    let admin = if admins[0].email == a.email { &a } else { &b };
    let first = invite_link(&app, admin).await;
    let (_, page) = app.staff_page("/admin/staff", &admin.cookie).await;
    assert!(page.contains("Pending invitations") && page.contains("Revoke the invitation"));
    let hash = app::ssr::accounts::token_hash(&first);
    let revoked = app
        .post_form(
            "/api/admin/staff/revoke-invite",
            Some(&admin.cookie),
            &[("id", hash.as_str())],
        )
        .await;
    assert_eq!(location(&revoked), "/admin/staff");
    assert_eq!(app.page(&format!("/admin/setup/{first}")).await.0, 404);
    let second = invite_link(&app, admin).await;
    assert_eq!(app.page(&format!("/admin/setup/{second}")).await.0, 200);
    // A third admin disables the sender: the sender's invitation dies with its access.
    let third = app.signed_in("a3@eurocities.eu", Role::Admin).await;
    let sender = staff_id(&app, &admin.email).await;
    app.post_form(
        "/api/admin/staff/change",
        Some(&third.cookie),
        &[("id", sender.as_str()), ("change", "disable")],
    )
    .await;
    assert_eq!(app.page(&format!("/admin/setup/{second}")).await.0, 404);
}

#[tokio::test]
async fn admins_demoting_each_other_leave_one_admin_and_invitations_can_die_on_sqlite_and_postgres()
{
    on_both(two_admins_demote_each_other).await;
}

#[tokio::test]
async fn over_long_fields_are_refused_before_they_are_stored_or_logged() {
    let app = spawn_app().await;
    let admin = app.signed_in("long@eurocities.eu", Role::Admin).await;
    let email = format!("{}@eurocities.eu", "x".repeat(1_000_000));
    let response = app.password_step(&email, "whatever it is").await;
    assert!(location(&response).contains("failed=1"));
    let (_, dashboard) = app.staff_page("/admin/audit", &admin.cookie).await;
    assert!(dashboard.len() < 200_000, "{} bytes", dashboard.len());
    let rows = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit");
    assert!(rows.iter().all(|r| r.actor.chars().count() <= 201));
    // A password longer than any allowed is refused without hashing (a denial of service).
    let response = app
        .password_step("long@eurocities.eu", &"p".repeat(100_000))
        .await;
    assert!(location(&response).contains("failed=1"));
}

#[tokio::test]
async fn bodies_over_the_limit_get_413_quickly_and_change_nothing() {
    let app = spawn_app().await;
    let staff_before = app.count_rows("audit_log").await;
    let big = "a".repeat(10 * 1024 * 1024);
    for path in [
        "/api/admin/login",
        "/api/admin/setup",
        "/api/admin/signings/register",
    ] {
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("origin", &app.address)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("email={big}"))
            .send()
            .await
            .expect("post");
        assert_eq!(response.status().as_u16(), 413, "{path}");
    }
    // A chunked body (no Content-Length) is cut off at the limit too.
    let stream = futures_util::stream::iter(
        (0..12).map(|_| Ok::<_, std::io::Error>(vec![b'a'; 1024 * 1024])),
    );
    let response = app
        .client
        .post(format!("{}/api/admin/login", app.address))
        .header("origin", &app.address)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .expect("post");
    assert_eq!(response.status().as_u16(), 413);
    assert_eq!(app.count_rows("audit_log").await, staff_before);
}

/// A raw HTTP/1.0 request (no `Host` header, which no HTTP client library will leave out).
async fn raw_request(app: &TestApp, request: &str) -> String {
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("read");
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_post_without_host_is_refused_as_cross_site() {
    let app = spawn_app().await;
    let admin = app.signed_in("host@eurocities.eu", Role::Admin).await;
    let invites = app.count_rows("staff_invite").await;
    let body = "role=admin";
    let answer = raw_request(
        &app,
        &format!(
            "POST /api/admin/staff/invite HTTP/1.0\r\nOrigin: https://evil.example\r\n\
             Cookie: {}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\n\r\n{body}",
            admin.cookie,
            body.len()
        ),
    )
    .await;
    assert!(
        answer.starts_with("HTTP/1.") && answer.contains(" 403 "),
        "{answer}"
    );
    assert_eq!(
        app.count_rows("staff_invite").await,
        invites,
        "nothing written"
    );
    let (status, _) = app.staff_page("/admin", &admin.cookie).await;
    assert_eq!(status, 200, "still logged in");
}

#[tokio::test]
async fn a_next_address_with_non_ascii_characters_is_encoded() {
    let app = spawn_app().await;
    app.create_account("next@eurocities.eu", Role::Editor).await;
    let response = app
        .post_form(
            "/api/admin/login",
            None,
            &[
                ("email", "next@eurocities.eu"),
                ("password", PASSWORD),
                ("next", "/admin/signatories?q=Zürich"),
            ],
        )
        .await;
    let raw = response
        .headers()
        .get("location")
        .expect("a redirect")
        .as_bytes()
        .to_vec();
    assert!(raw.is_ascii(), "{raw:?}");
    let location = String::from_utf8(raw).expect("ascii");
    assert!(
        location.contains("Z%25C3%25BCrich") || location.contains("Z%C3%BCrich"),
        "{location}"
    );
}

#[tokio::test]
async fn csv_cells_never_run_as_formulas_and_import_reads_back_what_export_wrote() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    let admin = app.signed_in("csv@eurocities.eu", Role::Admin).await;
    app.db
        .execute_unprepared(
            "UPDATE signing SET signed_by_name = '=HYPERLINK(\"https://evil.example\",\"x\")', \
             event = '@SUM(1)', place = '=1+1' WHERE id = (SELECT MIN(id) FROM signing); \
             UPDATE signing SET from_seed = false WHERE signatory_id = (SELECT id FROM signatory WHERE slug = 'oslo'); \
             UPDATE registry_version SET version = version + 1 WHERE id = 1",
        )
        .await
        .expect("hostile values");
    let (_, staff_csv) = app
        .staff_page("/admin/export/signings.csv", &admin.cookie)
        .await;
    for hostile in ["=HYPERLINK", "@SUM(1)", "=1+1"] {
        for line in staff_csv.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_matches('"');
                assert!(!cell.starts_with(hostile), "{hostile} runs in {line}");
            }
        }
    }
    assert!(staff_csv.contains("'@SUM(1)") && staff_csv.contains("'=1+1"));
    // Import ⇄ export is lossless: the export read back changes nothing.
    let response = app
        .post_form(
            "/api/admin/import",
            Some(&admin.cookie),
            &[("csv", staff_csv.as_str()), ("intent", "dry_run")],
        )
        .await;
    assert_eq!(location(&response), "/admin/import");
    let (_, report) = app.staff_page("/admin/import", &admin.cookie).await;
    assert!(report.contains(">unchanged<"), "{report}");
    assert!(
        !report.contains(">changed<") && !report.contains(">problem<"),
        "{report}"
    );
    let (_, public_csv) = app.page("/signatories.csv").await;
    for cell in public_csv.lines().flat_map(|l| l.split(',')) {
        assert!(!cell.starts_with('='), "{cell}");
        let numeric_guarded = cell
            .strip_prefix("'-")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        assert!(!numeric_guarded, "numbers stay numbers: {cell}");
    }
}

#[tokio::test]
async fn feed_descriptions_are_text_and_release_images_come_from_this_site() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    app.db
        .execute_unprepared(
            "UPDATE signatory SET name = 'Oslo <b onmouseover=\"x()\">bold</b>' WHERE slug = 'oslo'; \
             UPDATE press_release SET body_md = body_md || '\n\n![p](https://tracker.example/p.gif) ![q](http://tracker.example/q.gif)'; \
             UPDATE signing SET from_seed = false WHERE signatory_id = (SELECT id FROM signatory WHERE slug = 'oslo'); \
             UPDATE registry_version SET version = version + 1 WHERE id = 1",
        )
        .await
        .expect("hostile values");
    let channel = crate::newsroom::feed(&app, "/feeds/signings.xml").await;
    let oslo = channel
        .items()
        .iter()
        .find(|i| i.title().is_some_and(|t| t.contains("Oslo")))
        .expect("Oslo's signing is in the feed");
    let description = oslo.description().expect("a description");
    assert!(
        !description.contains("<b"),
        "no markup reaches readers: {description}"
    );
    assert!(description.contains("&lt;b onmouseover"), "{description}");
    let (_, release) = app
        .page("/newsroom/paris-sets-out-commitment-to-migrant-integration")
        .await;
    assert!(!release.contains("tracker.example"), "no remote image");
}

#[tokio::test]
async fn pages_carry_a_full_content_security_policy_and_https_sites_send_hsts() {
    let app = spawn_app().await;
    for path in ["/", "/charter/2024", "/feed.xml", "/nope", "/admin/login"] {
        let response = app.get(path).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .expect("csp")
            .to_owned();
        for directive in [
            "default-src 'self'",
            "script-src 'self'",
            "img-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(response
            .headers()
            .get("strict-transport-security")
            .is_none());
    }
    let dir = tempfile::tempdir().expect("dir");
    let url = crate::helpers::sqlite_url(&dir);
    let site_root = std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    let config = server::Config::from_lookup(move |name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "LEPTOS_SITE_ADDR" => Some("127.0.0.1:0".into()),
        "LEPTOS_SITE_ROOT" => Some(site_root.clone()),
        "SITE_URL" => Some("https://charter.example".into()),
        _ => None,
    })
    .expect("config");
    let state = server::prepare(&config).await.expect("starts");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(server::serve(listener, state, std::future::pending()));
    let response = reqwest::get(format!("{address}/")).await.expect("get");
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

#[tokio::test]
async fn servers_starting_together_on_a_new_postgres_database_all_come_up() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let starts = join_all((0..3).map(|_| server::db::open(&url))).await;
    for start in &starts {
        assert!(start.is_ok(), "{:?}", start.as_ref().err());
    }
    let again = join_all((0..3).map(|_| server::db::open(&url))).await;
    assert!(again.iter().all(Result::is_ok));
}

/// Every public address a signing could leak through, as (path, body) — 404s included.
async fn public_views(app: &TestApp) -> Vec<(String, u16, String)> {
    let mut out = Vec::new();
    for path in [
        "/",
        "/signatories",
        "/signatories?q=ljubljana",
        "/signatories?as_of=2030-01-01",
        "/signatories/ljubljana",
        "/fr/signatories?q=ljubljana",
        "/statistics",
        "/map",
        "/signatories.csv",
        "/signatories.json",
        "/api/v1/signatories",
        "/api/v1/signatories/ljubljana",
        "/badge/ljubljana.svg",
        "/sitemap.xml",
        "/feed.xml",
        "/feeds/signings.xml",
        "/feeds/edition/2024.xml",
    ] {
        let (status, body) = app.page(path).await;
        out.push((path.to_owned(), status, body.to_lowercase()));
    }
    out
}

#[tokio::test]
async fn a_signing_for_tomorrows_ceremony_appears_nowhere_until_its_release_then_everywhere() {
    let app = spawn_app().await;
    let staff = app.signed_in("embargo@eurocities.eu", Role::Admin).await;
    let (_, csv_before) = app.page("/signatories.csv").await;
    let (_, json_before) = app.page("/signatories.json").await;
    let tomorrow = day_from_now(&app, 1);
    let form = [
        ("f[signatory]", "new"),
        ("f[name]", "Ljubljana"),
        ("f[country]", "SI"),
        ("f[kind]", "city"),
        ("f[national_capital]", "yes"),
        ("f[edition]", "2024"),
        ("f[edition_confirmed]", "yes"),
        ("f[date]", tomorrow.as_str()),
        ("f[event]", "Signing ceremony"),
        (
            "f[sources]",
            "City council | https://www.ljubljana.si/en/news",
        ),
    ];
    let saved = location(
        &app.post_form("/api/admin/signings/register", Some(&staff.cookie), &form)
            .await,
    );
    assert!(saved.starts_with("/admin/signings/"), "{saved}");
    let (_, page) = app.staff_page(&saved, &staff.cookie).await;
    assert!(page.contains("Scheduled — public from"), "{page}");
    assert!(page.contains("Ljubljana is the"), "the places it will take");
    // Its release, embargoed until tomorrow 11:00 in Brussels.
    let signing_id = saved.rsplit('/').next().expect("id");
    let release = location(
        &app.post_form(
            "/api/admin/releases/draft-from-signing",
            Some(&staff.cookie),
            &[("signing", signing_id)],
        )
        .await,
    );
    let release_id = release.rsplit('/').next().expect("id");
    let scheduled = app
        .post_form(
            "/api/admin/releases/save",
            Some(&staff.cookie),
            &[
                ("id", release_id),
                ("intent", "schedule"),
                ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
                ("f[dateline]", "Brussels"),
                ("f[summary]", "Ljubljana signed the charter."),
                ("f[body_md]", "Ljubljana signed the charter."),
                ("f[release_date]", tomorrow.as_str()),
                ("f[release_time]", "11:00"),
            ],
        )
        .await;
    assert_eq!(location(&scheduled), release);
    let (_, page) = app.staff_page(&saved, &staff.cookie).await;
    assert!(page.contains("11:00"), "public from the release's time");

    for (path, status, body) in public_views(&app).await {
        if path.contains("/ljubljana") {
            assert_eq!(status, 404, "{path}");
        } else if path.contains("q=ljubljana") {
            // The search box repeats the query; no result may link to the city.
            assert!(
                !body.contains("/signatories/ljubljana"),
                "{path} shows it early"
            );
        } else {
            assert!(!body.contains("ljubljana"), "{path} shows it early");
        }
    }
    // Not even in other signatories' places or the totals: the open data is unchanged.
    assert_eq!(app.page("/signatories.csv").await.1, csv_before);
    assert_eq!(app.page("/signatories.json").await.1, json_before);

    // Tomorrow, one minute before 11:00 in Brussels: still nothing; at 11:00: everywhere.
    let day = brussels_day_from_now(&app, 1);
    let eleven = app::ssr::embargo::start_of_day_in_brussels(day).expect("midnight")
        + time::Duration::hours(11);
    app.clock
        .advance(eleven - time::Duration::minutes(1) - app.clock.now());
    assert_eq!(app.page("/signatories/ljubljana").await.0, 404, "10:59");
    assert_eq!(app.page("/signatories.csv").await.1, csv_before, "10:59");
    // (The clock moves in whole seconds: one more covers the fraction cut off above.)
    app.clock.advance(time::Duration::seconds(61));
    for (path, status, body) in public_views(&app).await {
        if matches!(
            path.as_str(),
            "/signatories" | "/signatories?as_of=2030-01-01" | "/statistics" | "/map"
        ) {
            continue; // pages that list or count without naming every signatory
        }
        assert_eq!(status, 200, "{path}");
        let mark = if path.contains("q=ljubljana") || path == "/" {
            "/signatories/ljubljana"
        } else {
            "ljubljana"
        };
        assert!(
            body.contains(mark),
            "{path} does not show it after its time"
        );
    }
    assert_ne!(app.page("/signatories.csv").await.1, csv_before);
}
