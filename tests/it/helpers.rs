//! Spawning the app on port 0 with a fresh database, and reading its answers.

use std::sync::atomic::{AtomicU32, Ordering};

use app::ssr::accounts::{totp_code_at, Role};
use app::ssr::audit::Actor;
use sea_orm::{ConnectionTrait, Database};
use server::Config;

/// A running app and what the test needs to talk to it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: sea_orm::DatabaseConnection,
    /// The app's clock: tests move it forward instead of sleeping.
    pub clock: app::ssr::Clock,
    _dir: Option<tempfile::TempDir>,
}

impl TestApp {
    /// GET a path; redirects are not followed.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request failed")
    }

    /// GET a path and return its status and body.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // A hung response fails its test instead of stalling the whole run.
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .expect("client")
}

/// A configuration for tests: the given database, an ephemeral port, the built site if any.
pub fn test_config(database_url: &str) -> Config {
    config_with(database_url, &[])
}

/// A valid declaration of intent, as `/join` posts it.
pub const JOIN_FIELDS: [(&str, &str); 6] = [
    ("f[city]", "Ljubljana"),
    ("f[country]", "SI"),
    ("f[contact_name]", "Maja Novak, international relations"),
    ("f[contact_email]", "maja.novak@ljubljana.si"),
    ("f[council_decision_on]", "2026-10-14"),
    (
        "f[message]",
        "We would like to sign at the next conference.",
    ),
];

/// The smallest file the server takes for a PDF.
pub const PDF: &[u8] =
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Starts the app with extra configuration (`(variable, value)` pairs) on a new SQLite file.
pub async fn spawn_app_with(extra: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = sqlite_url(&dir);
    let mut app = spawn_with(config_with(&url, extra)).await;
    app._dir = Some(dir);
    app
}

/// [`test_config`] plus extra variables.
pub fn config_with(database_url: &str, extra: &[(&str, &str)]) -> Config {
    let site_root = std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    let url = database_url.to_owned();
    let extra: Vec<(String, String)> = extra
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(move |name| {
        if let Some((_, v)) = extra.iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        match name {
            "DATABASE_URL" => Some(url.clone()),
            "LEPTOS_SITE_ADDR" => Some("127.0.0.1:0".into()),
            "LEPTOS_SITE_ROOT" => Some(site_root.clone()),
            "SITE_URL" => Some("http://127.0.0.1:0".into()),
            _ => None,
        }
    })
    .expect("test configuration")
}

/// Starts the app with extra configuration on `database_url`.
pub async fn spawn_app_on_with(database_url: &str, extra: &[(&str, &str)]) -> TestApp {
    spawn_with(config_with(database_url, extra)).await
}

/// Starts the app on `database_url` (created, migrated and seeded as at a real start).
pub async fn spawn_app_on(database_url: &str) -> TestApp {
    spawn_with(test_config(database_url)).await
}

/// Starts the app on a new SQLite file, serving the built site from `site_root`.
pub async fn spawn_app_serving(site_root: &std::path::Path) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = sqlite_url(&dir);
    let root = site_root.display().to_string();
    let config = Config::from_lookup(move |name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "LEPTOS_SITE_ADDR" => Some("127.0.0.1:0".into()),
        "LEPTOS_SITE_ROOT" => Some(root.clone()),
        "SITE_URL" => Some("http://127.0.0.1:0".into()),
        _ => None,
    })
    .expect("test configuration");
    let mut app = spawn_with(config).await;
    app._dir = Some(dir);
    app
}

/// The servers' warnings and errors go to the test's captured output, so a failing test shows
/// what the server logged (a 500's cause) beside its assertion.
fn log_to_test_output() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("warn"))
        .with_ansi(false)
        .with_test_writer()
        .try_init();
}

async fn spawn_with(config: Config) -> TestApp {
    log_to_test_output();
    let state = server::prepare(&config).await.expect("the app starts");
    let (db, clock) = (state.db.clone(), state.clock.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(server::serve(listener, state, std::future::pending()));
    TestApp {
        address,
        client: client(),
        db,
        clock,
        _dir: None,
    }
}

/// Starts the app on a new SQLite file in a temporary folder.
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = sqlite_url(&dir);
    let mut app = spawn_app_on(&url).await;
    app._dir = Some(dir);
    app
}

/// The URL of a SQLite file (not yet created) in `dir`.
pub fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("db").join("icc.sqlite").display()
    )
}

static DATABASES: AtomicU32 = AtomicU32::new(0);

/// A new, empty PostgreSQL database on the server of `TEST_DATABASE_URL`, or `None` when that
/// variable is unset. Under CI (`CI` set) an unset variable fails the test instead: the
/// PostgreSQL tests must run there, not be skipped.
pub async fn fresh_postgres_url() -> Option<String> {
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must set TEST_DATABASE_URL so the PostgreSQL tests run"
        );
        eprintln!("TEST_DATABASE_URL is not set: PostgreSQL test skipped");
        return None;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let name = format!(
        "icc_test_{}_{}_{}",
        std::process::id(),
        nanos,
        DATABASES.fetch_add(1, Ordering::Relaxed)
    );
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to TEST_DATABASE_URL");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("TEST_DATABASE_URL ends with /database");
    Some(format!("{base}/{name}"))
}

/// One address of every public page type (axe-core and the title/heading checks run on all).
pub const PAGE_TYPES: &[&str] = app::pages::legal::CHECKED_PAGES;

/// One address per staff screen, in English then in French (the signing form first in each:
/// it shows the errors of a failed post).
pub const ADMIN_PAGE_TYPES: [&str; 60] = [
    "/admin/signings/new",
    "/admin",
    "/admin/signings/1",
    "/admin/signatories",
    "/admin/signatories/1",
    "/admin/releases",
    "/admin/releases/1",
    "/admin/releases/1/preview",
    "/admin/audit",
    "/admin/audit?kind=signatory&id=paris&from=2010-01-01",
    "/admin/staff",
    "/admin/import",
    "/admin/editions",
    "/admin/editions/1",
    "/admin/editions/1/preview",
    "/admin/working-group",
    "/admin/record",
    "/admin/account",
    "/admin/login/code",
    "/admin/conferences",
    "/admin/conferences/1",
    "/admin/signings/day/2010-02-22",
    "/admin/releases?state=published&sort=-time",
    "/admin/applications",
    "/admin/applications/1",
    "/admin/corrections",
    "/admin/media",
    "/admin/media/contacts/1",
    "/admin/signatories/1?pick.x=400&pick.y=300",
    "/admin/applications?stage=all&sort=-city",
    "/fr/admin/signings/new",
    "/fr/admin",
    "/fr/admin/signings/1",
    "/fr/admin/signatories",
    "/fr/admin/signatories/1",
    "/fr/admin/releases",
    "/fr/admin/releases/1",
    "/fr/admin/releases/1/preview",
    "/fr/admin/audit",
    "/fr/admin/audit?kind=signatory&id=paris&from=2010-01-01",
    "/fr/admin/staff",
    "/fr/admin/import",
    "/fr/admin/editions",
    "/fr/admin/editions/1",
    "/fr/admin/editions/1/preview",
    "/fr/admin/working-group",
    "/fr/admin/record",
    "/fr/admin/account",
    "/fr/admin/login/code",
    "/fr/admin/conferences",
    "/fr/admin/conferences/1",
    "/fr/admin/signings/day/2010-02-22",
    "/fr/admin/releases?state=published&sort=-time",
    "/fr/admin/applications",
    "/fr/admin/applications/1",
    "/fr/admin/corrections",
    "/fr/admin/media",
    "/fr/admin/media/contacts/1",
    "/fr/admin/signatories/1?pick.x=400&pick.y=300",
    "/fr/admin/applications?stage=all&sort=-city",
];

/// True when `cargo leptos build` has produced the browser bundle the tests serve.
pub fn bundle_is_built() -> bool {
    let root = std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    std::path::Path::new(&root)
        .join("pkg")
        .join("icc.wasm")
        .is_file()
}

// Staff: accounts, login and form posts, as a browser without JavaScript does them.

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
        let token = app::ssr::accounts::create_invite(&self.db, now, role, Some(&actor))
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
        assert!(
            page.contains("role=\"img\" aria-label=")
                && page.contains("class=\"qr\"><svg aria-hidden"),
            "the enrolment page shows the key as a QR code too"
        );
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
        // Application 1 (with its council decision) and a suggested correction, for the
        // pipeline's screens.
        self.declare_intent().await;
        self.post_form(
            "/signatories/paris/correction",
            None,
            &[("f[what]", "The signing place is missing.")],
        )
        .await;
        // Press contact 1, for its edit screen.
        self.post_form(
            "/api/admin/media/contacts",
            Some(&staff.cookie),
            &[
                ("intent", "add"),
                ("f[name]", "Ana Press"),
                ("f[role]", "Press officer"),
                ("f[email]", "press@eurocities.eu"),
            ],
        )
        .await;
        staff
    }

    /// Registers Ljubljana (a new city, national capital) signing the 2024 edition on `date`,
    /// with `extra` fields (the application it comes from, its place…); the answer.
    pub async fn register_ljubljana(
        &self,
        cookie: &str,
        date: &str,
        extra: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut form = vec![
            ("f[signatory]", "new"),
            ("f[name]", "Ljubljana"),
            ("f[country]", "SI"),
            ("f[kind]", "city"),
            ("f[national_capital]", "yes"),
            ("f[edition]", "2024"),
            ("f[edition_confirmed]", "yes"),
            ("f[date]", date),
            (
                "f[sources]",
                "City of Ljubljana | https://www.ljubljana.si/en/news",
            ),
        ];
        for (k, v) in extra {
            match form.iter_mut().find(|(name, _)| name == k) {
                Some(field) => field.1 = v,
                None => form.push((k, v)),
            }
        }
        self.post_form("/api/admin/signings/register", Some(cookie), &form)
            .await
    }

    /// Schedules release `id` ("Ljubljana signs…") for `date` at `time` in Brussels.
    pub async fn schedule_ljubljana_release(
        &self,
        cookie: &str,
        id: &str,
        date: &str,
        time: &str,
    ) -> reqwest::Response {
        self.post_form(
            "/api/admin/releases/save",
            Some(cookie),
            &[
                ("id", id),
                ("intent", "schedule"),
                ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
                ("f[dateline]", "Brussels"),
                ("f[summary]", "Ljubljana signed the charter."),
                ("f[body_md]", "Ljubljana signed the charter."),
                ("f[release_date]", date),
                ("f[release_time]", time),
            ],
        )
        .await
    }

    /// Drafts the press release of signing `signing` and schedules it for `date` at `time` in
    /// Brussels (as an admin: `cookie`); checks it is published and returns its staff address.
    pub async fn release_ljubljana_at(
        &self,
        cookie: &str,
        signing: &str,
        date: &str,
        time: &str,
    ) -> String {
        use sea_orm::EntityTrait;
        let release = location(
            &self
                .post_form(
                    "/api/admin/releases/draft-from-signing",
                    Some(cookie),
                    &[("signing", signing)],
                )
                .await,
        );
        let id = release.rsplit('/').next().expect("id").to_owned();
        let scheduled = self
            .schedule_ljubljana_release(cookie, &id, date, time)
            .await;
        assert_eq!(location(&scheduled), release);
        let stored = app::ssr::entities::press_release::Entity::find_by_id(
            id.parse::<i32>().expect("a number"),
        )
        .one(&self.db)
        .await
        .expect("read")
        .expect("the release");
        assert_eq!(stored.status.as_str(), "published", "scheduled");
        release
    }

    /// `/join` with [`JOIN_FIELDS`] and a council decision PDF, taken (303).
    pub async fn declare_intent(&self) {
        let sent = self
            .post_multipart(
                "/join",
                None,
                &JOIN_FIELDS,
                Some(("decision.pdf", PDF.to_vec())),
            )
            .await;
        assert_eq!(sent.status().as_u16(), 303, "the declaration is accepted");
    }

    /// The first staff document linked from the staff screen at `path`, downloaded with
    /// `cookie`: its address and the answer.
    pub async fn first_staff_file(&self, path: &str, cookie: &str) -> (String, reqwest::Response) {
        let (_, screen) = self.staff_page(path, cookie).await;
        let href = screen
            .split("href=\"/admin/files/")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(|rest| format!("/admin/files/{rest}"))
            .unwrap_or_else(|| panic!("a document linked from {path}: {screen}"));
        let file = self
            .client
            .get(format!("{}{href}", self.address))
            .header("cookie", cookie)
            .send()
            .await
            .expect("file");
        (href, file)
    }

    /// A multipart form post (a form with a file) from a page of this site; `file` is
    /// `(its name, its bytes)`.
    pub async fn post_multipart(
        &self,
        path: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
        file: Option<(&str, Vec<u8>)>,
    ) -> reqwest::Response {
        self.post_multipart_from(path, cookie, fields, file, None)
            .await
    }

    /// [`Self::post_multipart`] with an `X-Forwarded-For` header.
    pub async fn post_multipart_from(
        &self,
        path: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
        file: Option<(&str, Vec<u8>)>,
        forwarded_for: Option<&str>,
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text((*k).to_owned(), (*v).to_owned());
        }
        if let Some((name, bytes)) = file {
            let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
            form = form.part("file", part);
        }
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .header("accept", "text/html")
            .multipart(form);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(addr) = forwarded_for {
            request = request.header("x-forwarded-for", addr);
        }
        request.send().await.expect("post")
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

pub fn admin_path(pattern: &str) -> String {
    pattern
        .split('/')
        .map(|part| {
            if part == ":day" || part == "{day}" {
                // The founders' day: a day whose signings the seed holds.
                "2010-02-22"
            } else if part.starts_with(':') || part.starts_with('{') {
                "1"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `YYYY-MM-DD` of the app's clock plus `days`, as a day in Brussels — the calendar the site
/// keeps its embargoes in (between 22:00 and 24:00 UTC, Brussels is already on the next day).
pub fn day_from_now(app: &TestApp, days: i64) -> String {
    brussels_day_from_now(app, days).iso()
}

/// The day in Brussels `days` from the app's clock.
pub fn brussels_day_from_now(app: &TestApp, days: i64) -> domain::date::Day {
    app::ssr::newsroom::brussels_day(app.clock.now() + time::Duration::days(days)).0
}

/// `YYYY-MM-DD` of the app's clock plus `days` in UTC, the calendar of the audit log's filters.
pub fn utc_day_from_now(app: &TestApp, days: i64) -> String {
    let d = (app.clock.now() + time::Duration::days(days)).date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}
