//! Reliability under faults and load (QUALITY.md R1–R3, R5, R10, R12): the real server binary
//! is killed with SIGKILL at random moments while staff write concurrently; after each restart
//! every write that was acknowledged is there with its audit record, nothing half-made, and
//! SQLite's `integrity_check` is ok. 20 writers and 200 readers at once get no error. The same
//! on PostgreSQL.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use app::ssr::accounts::{totp_code_at, Role};
use app::ssr::audit::Actor;
use sea_orm::{ConnectionTrait, Database, Statement};

use crate::helpers::PASSWORD;

/// The database refusing writes at run time (disk full, read-only): with these tests, alone.
#[path = "faults.rs"]
mod faults;
use crate::helpers::{fresh_postgres_url, sqlite_url};

/// The server binary built by `cargo leptos build` (scripts/test), or `None` outside CI.
fn server_binary() -> Option<std::path::PathBuf> {
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let path = std::env::var("ICC_SERVER_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::Path::new(&target).join("debug").join("server"));
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var("CI").is_err(),
        "CI must build the server binary ({}) so the crash tests run",
        path.display()
    );
    eprintln!(
        "{} is missing: crash test skipped (scripts/test builds it)",
        path.display()
    );
    None
}

/// A running server process, killed (SIGKILL) when dropped.
struct Running {
    child: Child,
    address: String,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn start(binary: &std::path::Path, database_url: &str) -> Running {
    let port = free_port();
    let address = format!("http://127.0.0.1:{port}");
    let site_root = std::env::var("ICC_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    let child = Command::new(binary)
        .env("DATABASE_URL", database_url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("SITE_URL", &address)
        .env("LEPTOS_SITE_ROOT", site_root)
        .env("RUST_LOG", "warn")
        // ICC_SERVER_LOG=1 shows the server's log (warnings and errors; when a test needs
        // explaining).
        .stdout(if std::env::var("ICC_SERVER_LOG").is_ok() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .stderr(if std::env::var("ICC_SERVER_LOG").is_ok() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .spawn()
        .expect("start the server");
    let running = Running { child, address };
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if let Ok(r) = client
            .get(format!("{}/health", running.address))
            .send()
            .await
        {
            if r.status().is_success() {
                return running;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // Longer than the server's pool acquire timeout (60 s): a late answer is reported as
        // the slowest write, a refused one as a failure.
        .timeout(Duration::from_secs(90))
        .build()
        .expect("client")
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

fn cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("icc_staff="))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

async fn post(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> reqwest::Result<reqwest::Response> {
    let mut request = client
        .post(format!("{base}{path}"))
        .header("origin", base)
        .header("accept", "text/html")
        .form(form);
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    request.send().await
}

/// Creates a staff account (one-time link, then the setup form) and logs in; returns the cookie.
async fn staff_cookie(server: &Running, database_url: &str) -> String {
    let db = Database::connect(database_url).await.expect("connect");
    let now = time::OffsetDateTime::now_utc();
    let token =
        app::ssr::accounts::create_invite(&db, now, Role::Editor, Some(&Actor::cli("test")))
            .await
            .expect("invite");
    let client = no_redirects();
    let base = &server.address;
    let r = post(
        &client,
        base,
        "/api/admin/setup",
        None,
        &[
            ("token", &token),
            ("name", "Crash"),
            ("email", "crash@eurocities.eu"),
            ("password", PASSWORD),
        ],
    )
    .await
    .expect("setup");
    assert_eq!(location(&r), "/admin/login?next=%2Fadmin");
    let r = post(
        &client,
        base,
        "/api/admin/login",
        None,
        &[
            ("email", "crash@eurocities.eu"),
            ("password", PASSWORD),
            ("next", "/admin"),
        ],
    )
    .await
    .expect("login");
    let pre = cookie(&r).expect("pre-login cookie");
    let page = client
        .get(format!("{base}/admin/login/code"))
        .header("cookie", &pre)
        .send()
        .await
        .expect("code page")
        .text()
        .await
        .expect("body");
    let secret = page
        .split("<code id=\"totp-secret\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .expect("key")
        .to_owned();
    let unix = u64::try_from(time::OffsetDateTime::now_utc().unix_timestamp()).expect("time");
    let r = post(
        &client,
        base,
        "/api/admin/login/code",
        Some(&pre),
        &[("code", &totp_code_at(&secret, unix)), ("next", "/admin")],
    )
    .await
    .expect("code");
    assert_eq!(location(&r), "/admin");
    cookie(&r).expect("session")
}

/// What became of one staff write.
enum Outcome {
    /// Answered with a redirect to the new signatory's page: acknowledged.
    Acknowledged,
    /// Answered, but not with that.
    Refused(String),
    /// No answer (the server is gone, or the request failed).
    Unreachable(String),
}

/// Staff create the signatory `name` (a committed city in France).
async fn create_signatory(
    client: &reqwest::Client,
    base: &str,
    session: &str,
    name: &str,
) -> Outcome {
    let form = [("f[name]", name), ("f[country]", "FR"), ("f[kind]", "city")];
    match post(
        client,
        base,
        "/api/admin/signatories/create",
        Some(session),
        &form,
    )
    .await
    {
        Ok(r)
            if r.status().is_redirection()
                && location(&r).starts_with("/admin/signatories/")
                && location(&r) != "/admin/signatories" =>
        {
            Outcome::Acknowledged
        }
        Ok(r) => Outcome::Refused(format!("{} {}", r.status(), location(&r))),
        Err(e) => Outcome::Unreachable(format!("{e:?}")),
    }
}

async fn count<C: ConnectionTrait>(db: &C, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .expect("query")
    .expect("row")
    .try_get::<i64>("", "n")
    .expect("n")
}

async fn kill_during_concurrent_writes(database_url: &str, rounds: usize) {
    let Some(binary) = server_binary() else {
        return;
    };
    let _alone = LOAD.lock().await;
    let mut server = start(&binary, database_url).await;
    let session = staff_cookie(&server, database_url).await;
    let mut acknowledged: Vec<String> = Vec::new();
    for round in 0..rounds {
        let base = server.address.clone();
        let acked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let writers: Vec<_> = (0..6)
            .map(|w| {
                let (base, session, acked) = (base.clone(), session.clone(), acked.clone());
                tokio::spawn(async move {
                    let client = no_redirects();
                    let mut done = Vec::new();
                    for i in 0.. {
                        let name = format!("Crashtown {round} {w} {i}");
                        match create_signatory(&client, &base, &session, &name).await {
                            Outcome::Acknowledged => {
                                acked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                                done.push(name);
                            }
                            Outcome::Refused(why) => {
                                panic!("a write before the crash was refused: {why}")
                            }
                            Outcome::Unreachable(_) => break, // the server is gone
                        }
                    }
                    done
                })
            })
            .collect();
        // Kill at a random moment in the burst, once writes are flowing (a slow machine must
        // not turn the test into one that kills before anything was written).
        for _ in 0..600 {
            if acked.load(std::sync::atomic::Ordering::SeqCst) > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        tokio::time::sleep(Duration::from_millis(u64::from(nanos % 500))).await;
        server.child.kill().expect("SIGKILL");
        let _ = server.child.wait();
        for writer in writers {
            acknowledged.extend(writer.await.expect("writer"));
        }
        server = start(&binary, database_url).await;
        // Every acknowledged write is there, each with its audit record; nothing half-made.
        let db = Database::connect(database_url).await.expect("connect");
        let created = count(
            &db,
            "SELECT COUNT(*) AS n FROM signatory WHERE name LIKE 'Crashtown %'",
        )
        .await;
        let audited = count(&db, "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'signatory.create' AND target_id LIKE 'crashtown-%'").await;
        assert_eq!(
            created, audited,
            "round {round}: every signatory has its audit record and no record lacks one"
        );
        for name in &acknowledged {
            let sql = format!("SELECT COUNT(*) AS n FROM signatory WHERE name = '{name}'");
            assert_eq!(
                count(&db, &sql).await,
                1,
                "round {round}: acknowledged {name:?} is lost"
            );
        }
        if db.get_database_backend() == sea_orm::DbBackend::Sqlite {
            let row = db
                .query_one_raw(Statement::from_string(
                    sea_orm::DbBackend::Sqlite,
                    "PRAGMA integrity_check".to_owned(),
                ))
                .await
                .expect("integrity_check")
                .expect("row");
            assert_eq!(
                row.try_get::<String>("", "integrity_check").expect("text"),
                "ok"
            );
        }
        db.close().await.expect("close");
    }
    eprintln!(
        "{} writes acknowledged across {rounds} kills: all present",
        acknowledged.len()
    );
    assert!(
        acknowledged.len() > rounds,
        "writes were acknowledged: {}",
        acknowledged.len()
    );
}

#[tokio::test]
async fn acknowledged_writes_survive_kill_9_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    kill_during_concurrent_writes(&sqlite_url(&dir), 5).await;
}

#[tokio::test]
async fn acknowledged_writes_survive_kill_9_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    kill_during_concurrent_writes(&url, 5).await;
}

/// A CSV of `n` new signatories, each with a signing.
fn bulk_csv(n: usize, prefix: &str) -> String {
    let mut csv = app::ssr::import::COLUMNS.join(",");
    for i in 0..n {
        csv.push_str(&format!(
            "\n{prefix}-{i},{prefix} {i},city,DE,no,signed,,2024,yes,2026-11-{:02},,,,,,,,",
            i % 28 + 1
        ));
    }
    csv.push('\n');
    csv
}

async fn upload_csv(
    base: String,
    cookie: String,
    csv: String,
) -> reqwest::Result<reqwest::Response> {
    let form = reqwest::multipart::Form::new()
        .text("intent", "apply")
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.into_bytes()).file_name("bulk.csv"),
        );
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(120))
        .build()
        .expect("client")
        .post(format!("{base}/admin/import/upload"))
        .header("origin", &base)
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
}

#[tokio::test]
async fn an_import_killed_halfway_leaves_none_of_its_rows() {
    let Some(binary) = server_binary() else {
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    let mut server = start(&binary, &url).await;
    let session = staff_cookie(&server, &url).await;
    for (round, delay) in [60_u64, 150, 300].into_iter().enumerate() {
        let prefix = format!("bulkville{round}");
        let upload = tokio::spawn(upload_csv(
            server.address.clone(),
            session.clone(),
            bulk_csv(3000, &prefix),
        ));
        tokio::time::sleep(Duration::from_millis(delay)).await;
        server.child.kill().expect("SIGKILL");
        let _ = server.child.wait();
        let acknowledged =
            matches!(upload.await.expect("task"), Ok(r) if r.status().is_redirection());
        server = start(&binary, &url).await;
        let db = Database::connect(&url).await.expect("connect");
        let rows = count(
            &db,
            &format!("SELECT COUNT(*) AS n FROM signatory WHERE slug LIKE '{prefix}-%'"),
        )
        .await;
        assert!(
            rows == 0 || rows == 3000,
            "round {round}: {rows} of 3000 rows: a half-made import"
        );
        if acknowledged {
            assert_eq!(
                rows, 3000,
                "round {round}: an acknowledged import is complete"
            );
        }
        db.close().await.expect("close");
    }
}

#[tokio::test]
async fn sigterm_lets_the_request_in_flight_finish_and_keeps_its_write() {
    let Some(binary) = server_binary() else {
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    let mut server = start(&binary, &url).await;
    let session = staff_cookie(&server, &url).await;
    let upload = tokio::spawn(upload_csv(
        server.address.clone(),
        session,
        bulk_csv(3000, "termville"),
    ));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let pid = server.child.id().to_string();
    let status = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill -TERM");
    assert!(status.success());
    let response = upload
        .await
        .expect("task")
        .expect("the request in flight is answered");
    assert!(response.status().is_redirection(), "{}", response.status());
    let started = std::time::Instant::now();
    let exit = loop {
        if let Some(exit) = server.child.try_wait().expect("wait") {
            break exit;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the server did not exit after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "{exit:?}");
    let db = Database::connect(&url).await.expect("connect");
    let rows = count(
        &db,
        "SELECT COUNT(*) AS n FROM signatory WHERE slug LIKE 'termville-%'",
    )
    .await;
    assert_eq!(
        rows, 3000,
        "the acknowledged import is there after the restart"
    );
}

static LOAD: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// QUALITY.md R3, R5, R12: 20 staff writers and 200 readers at once against the real binary for
/// `ICC_LOAD_SECONDS` (30 by default): no 5xx, no "database is locked", every write answered
/// within the busy timeout and there afterwards. On SQLite a reader also holds one read
/// transaction open the whole time (a long export); writes go on, and once it ends the WAL
/// checkpoints back to empty.
async fn writers_and_readers_at_once(database_url: &str) {
    let Some(binary) = server_binary() else {
        return;
    };
    // One heavy test at a time: two at once on two cores measure each other.
    let _alone = LOAD.lock().await;
    let seconds: u64 = std::env::var("ICC_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let server = start(&binary, database_url).await;
    let session = staff_cookie(&server, database_url).await;
    let sqlite = database_url.starts_with("sqlite:");
    let db = Database::connect(database_url).await.expect("connect");
    // The long read has a connection of its own.
    let reader = Database::connect(database_url).await.expect("connect");
    let long_read = if sqlite {
        use sea_orm::TransactionTrait;
        let txn = reader.begin().await.expect("begin a read");
        count(&txn, "SELECT COUNT(*) AS n FROM signatory").await;
        Some(txn)
    } else {
        None
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(seconds);
    let base = server.address.clone();
    let writers: Vec<_> = (0..20)
        .map(|w| {
            let (base, session) = (base.clone(), session.clone());
            tokio::spawn(async move {
                let client = no_redirects();
                let (mut done, mut slow, mut failed) = (Vec::new(), Vec::new(), Vec::new());
                let mut i = 0;
                while std::time::Instant::now() < deadline {
                    let name = format!("Loadtown {w} {i}");
                    i += 1;
                    let started = std::time::Instant::now();
                    match create_signatory(&client, &base, &session, &name).await {
                        Outcome::Acknowledged => {
                            let took = started.elapsed();
                            if took >= server::db::SQLITE_BUSY_TIMEOUT {
                                slow.push(format!("{name}: {took:?}"));
                            }
                            done.push((name, took));
                        }
                        Outcome::Refused(why) | Outcome::Unreachable(why) => {
                            failed.push(format!("write {name}: {why}"));
                        }
                    }
                }
                (done, slow, failed)
            })
        })
        .collect();
    let pages = [
        "/",
        "/signatories",
        "/signatories?country=FR&sort=name",
        "/signatories/paris",
        "/feed.xml",
        "/statistics",
    ];
    let readers: Vec<_> = (0..200)
        .map(|r| {
            let base = base.clone();
            tokio::spawn(async move {
                let client = no_redirects();
                let (mut reads, mut failed) = (0_u64, Vec::new());
                let mut i = r;
                while std::time::Instant::now() < deadline {
                    let page = pages[i % pages.len()];
                    i += 1;
                    match client.get(format!("{base}{page}")).send().await {
                        Ok(resp) if resp.status().as_u16() == 200 => {
                            let body = resp.text().await.unwrap_or_default();
                            if body.contains("database is locked") {
                                failed.push(format!("read {page}: database is locked"));
                            }
                            reads += 1;
                        }
                        Ok(resp) => failed.push(format!("read {page}: {}", resp.status())),
                        Err(e) => failed.push(format!("read {page}: {e:?}")),
                    }
                }
                (reads, failed)
            })
        })
        .collect();
    let (mut written, mut slow, mut failures) = (Vec::new(), Vec::new(), Vec::new());
    for writer in writers {
        let (done, s, f) = writer.await.expect("writer");
        written.extend(done);
        slow.extend(s);
        failures.extend(f);
    }
    let mut reads = 0;
    for reader in readers {
        let (n, f) = reader.await.expect("reader");
        reads += n;
        failures.extend(f);
    }
    failures.truncate(20);
    assert!(failures.is_empty(), "under load:\n{}", failures.join("\n"));
    let mut times: Vec<Duration> = written.iter().map(|(_, t)| *t).collect();
    times.sort();
    let p99 = times
        .get(times.len() * 99 / 100)
        .copied()
        .unwrap_or_default();
    eprintln!(
        "{seconds} s: {} writes (p99 {p99:?}, slowest {:?}, {} slower than the busy timeout), {reads} reads, no error",
        written.len(),
        times.last().copied().unwrap_or_default(),
        slow.len()
    );
    assert!(
        p99 < server::db::SQLITE_BUSY_TIMEOUT,
        "write p99 {p99:?} is not below the busy timeout; slowest: {slow:?}"
    );
    assert!(
        written.len() >= 20 && reads >= 200,
        "the load ran: {} writes, {reads} reads",
        written.len()
    );
    let created = count(
        &db,
        "SELECT COUNT(*) AS n FROM signatory WHERE name LIKE 'Loadtown %'",
    )
    .await;
    if let Some(txn) = long_read {
        // The long read still sees the registry as it began: none of the writes.
        assert_eq!(
            count(
                &txn,
                "SELECT COUNT(*) AS n FROM signatory WHERE name LIKE 'Loadtown %'"
            )
            .await,
            0
        );
        txn.commit().await.expect("end the read");
        let row = db
            .query_one_raw(Statement::from_string(
                sea_orm::DbBackend::Sqlite,
                "PRAGMA wal_checkpoint(TRUNCATE)".to_owned(),
            ))
            .await
            .expect("checkpoint")
            .expect("row");
        assert_eq!(
            row.try_get_by_index::<i64>(0).expect("busy"),
            0,
            "the WAL checkpoints once the long read ends"
        );
        assert_eq!(
            row.try_get_by_index::<i64>(1).expect("log"),
            0,
            "and is truncated back to empty"
        );
    }
    assert_eq!(
        created,
        i64::try_from(written.len()).expect("count"),
        "every acknowledged write is there, and nothing else"
    );
    db.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_writers_and_two_hundred_readers_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    writers_and_readers_at_once(&sqlite_url(&dir)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_writers_and_two_hundred_readers_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    writers_and_readers_at_once(&url).await;
}

/// Staff writes signatories until `stop` is set; returns the names acknowledged (2xx/3xx to the
/// signatory's page) and any failure.
async fn write_until(
    base: String,
    session: String,
    prefix: &'static str,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> (Vec<(std::time::Instant, String)>, Vec<String>) {
    let client = no_redirects();
    let (mut done, mut failed) = (Vec::new(), Vec::new());
    let mut i = 0;
    while !stop.load(std::sync::atomic::Ordering::SeqCst) {
        let name = format!("{prefix} {i}");
        i += 1;
        match create_signatory(&client, &base, &session, &name).await {
            Outcome::Acknowledged => done.push((std::time::Instant::now(), name)),
            Outcome::Refused(why) | Outcome::Unreachable(why) => {
                failed.push(format!("{name}: {why}"));
            }
        }
    }
    (done, failed)
}

/// QUALITY.md R6 and the restore drill: `server backup` (another process, `VACUUM INTO`) while
/// staff keep writing and readers keep reading: no error for the load, the copy passes
/// `integrity_check`, holds every write acknowledged before the backup began, and a server
/// started on the copy serves it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_online_backup_under_load_restores_to_a_serving_site() {
    let Some(binary) = server_binary() else {
        return;
    };
    let _alone = LOAD.lock().await;
    let dir = tempfile::tempdir().expect("dir");
    let url = sqlite_url(&dir);
    let server = start(&binary, &url).await;
    let session = staff_cookie(&server, &url).await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers: Vec<_> = ["Backuptown A", "Backuptown B", "Backuptown C"]
        .into_iter()
        .map(|prefix| {
            tokio::spawn(write_until(
                server.address.clone(),
                session.clone(),
                prefix,
                stop.clone(),
            ))
        })
        .collect();
    let readers: Vec<_> = (0..8)
        .map(|_| {
            let (base, stop) = (server.address.clone(), stop.clone());
            tokio::spawn(async move {
                let client = no_redirects();
                let mut failed = Vec::new();
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    match client.get(format!("{base}/signatories")).send().await {
                        Ok(r) if r.status().as_u16() == 200 => {}
                        Ok(r) => failed.push(format!("read: {}", r.status())),
                        Err(e) => failed.push(format!("read: {e}")),
                    }
                }
                failed
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let copy = dir.path().join("backup.sqlite");
    let began = std::time::Instant::now();
    let backup = {
        let (binary, copy, url) = (binary.clone(), copy.clone(), url.clone());
        tokio::task::spawn_blocking(move || {
            Command::new(&binary)
                .arg("backup")
                .arg(&copy)
                .env("DATABASE_URL", &url)
                .env("RUST_LOG", "warn")
                .output()
        })
        .await
        .expect("join")
        .expect("run server backup")
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(
        backup.status.success(),
        "server backup failed: {}",
        String::from_utf8_lossy(&backup.stderr)
    );
    assert!(String::from_utf8_lossy(&backup.stdout).contains("checked: ok"));
    let mut before = Vec::new();
    let mut failures = Vec::new();
    for writer in writers {
        let (done, failed) = writer.await.expect("writer");
        before.extend(
            done.into_iter()
                .filter(|(at, _)| *at < began)
                .map(|(_, n)| n),
        );
        failures.extend(failed);
    }
    for reader in readers {
        failures.extend(reader.await.expect("reader"));
    }
    assert!(
        failures.is_empty(),
        "the load saw errors during the backup: {failures:?}"
    );
    assert!(
        !before.is_empty(),
        "writes were acknowledged before the backup began"
    );
    drop(server);

    // The copy: consistent, and holding every write acknowledged before the backup began.
    let copy_url = format!("sqlite://{}?mode=rw", copy.display());
    let db = Database::connect(&copy_url).await.expect("open the copy");
    let row = db
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Sqlite,
            "PRAGMA integrity_check".to_owned(),
        ))
        .await
        .expect("integrity_check")
        .expect("row");
    assert_eq!(
        row.try_get::<String>("", "integrity_check").expect("text"),
        "ok"
    );
    for name in &before {
        let sql = format!("SELECT COUNT(*) AS n FROM signatory WHERE name = '{name}'");
        assert_eq!(
            count(&db, &sql).await,
            1,
            "{name} was acknowledged before the backup"
        );
    }
    db.close().await.expect("close");

    // The restore drill: a server started on the copy serves it, the last of those writes too.
    let restored = start(&binary, &copy_url).await;
    let client = no_redirects();
    let last = before.last().expect("a write");
    let slug = last.to_lowercase().replace(' ', "-");
    let response = client
        .get(format!("{}/signatories/{slug}", restored.address))
        .send()
        .await
        .expect("profile");
    assert_eq!(
        response.status().as_u16(),
        200,
        "/signatories/{slug} on the restored copy"
    );
    eprintln!(
        "backup under load: {} writes acknowledged before it began, all in the copy",
        before.len()
    );
}

/// The PostgreSQL drill the README documents: `pg_dump --format=custom` while staff write and
/// readers read, then `pg_restore` into a new database and a server started on it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pg_dump_under_load_restores_to_a_serving_site() {
    let Some(binary) = server_binary() else {
        return;
    };
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let _alone = LOAD.lock().await;
    let server = start(&binary, &url).await;
    let session = staff_cookie(&server, &url).await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers: Vec<_> = ["Dumptown A", "Dumptown B"]
        .into_iter()
        .map(|prefix| {
            tokio::spawn(write_until(
                server.address.clone(),
                session.clone(),
                prefix,
                stop.clone(),
            ))
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let dir = tempfile::tempdir().expect("dir");
    let dump = dir.path().join("icc.dump");
    let began = std::time::Instant::now();
    let output = {
        let (dump, url) = (dump.clone(), url.clone());
        tokio::task::spawn_blocking(move || {
            Command::new("pg_dump")
                .args(["--format=custom", "--file"])
                .arg(&dump)
                .arg(&url)
                .output()
        })
        .await
        .expect("join")
        .expect("pg_dump runs (the PostgreSQL client is installed with the server)")
    };
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(
        output.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut before = Vec::new();
    for writer in writers {
        let (done, failed) = writer.await.expect("writer");
        assert!(
            failed.is_empty(),
            "writes failed during the dump: {failed:?}"
        );
        before.extend(
            done.into_iter()
                .filter(|(at, _)| *at < began)
                .map(|(_, n)| n),
        );
    }
    assert!(
        !before.is_empty(),
        "writes were acknowledged before the dump began"
    );
    drop(server);

    let restored_url = fresh_postgres_url().await.expect("a second database");
    let output = Command::new("pg_restore")
        .args(["--no-owner", "--dbname"])
        .arg(&restored_url)
        .arg(&dump)
        .output()
        .expect("pg_restore runs");
    assert!(
        output.status.success(),
        "pg_restore: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let db = Database::connect(&restored_url).await.expect("connect");
    for name in &before {
        let sql = format!("SELECT COUNT(*) AS n FROM signatory WHERE name = '{name}'");
        assert_eq!(
            count(&db, &sql).await,
            1,
            "{name} was acknowledged before the dump"
        );
    }
    db.close().await.expect("close");
    let restored = start(&binary, &restored_url).await;
    let slug = before
        .last()
        .expect("a write")
        .to_lowercase()
        .replace(' ', "-");
    let status = no_redirects()
        .get(format!("{}/signatories/{slug}", restored.address))
        .send()
        .await
        .expect("profile")
        .status();
    assert_eq!(
        status.as_u16(),
        200,
        "/signatories/{slug} on the restored database"
    );
}
