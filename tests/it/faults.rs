//! The database stops accepting writes while the site runs (QUALITY.md R8, R13): a full disk
//! on SQLite (a real size-limited file system), a SQLite file the server may only read, a
//! database turned read-only on PostgreSQL.
//! Writes get the plain 503 page and change nothing, reads keep working, `/health` says
//! degraded, the process stays up, and writes work again once the fault is gone. These run
//! with the crash tests, alone: they change the machine (a mount) or the whole PostgreSQL
//! cluster (a read-only default).

use app::ssr::accounts::Role;
use sea_orm::ConnectionTrait;

use crate::helpers::{fresh_postgres_url, spawn_app_on, TestApp};
use crate::helpers::{location, Staff};

/// A signing form that saves (a new city, a past date).
const SIGNING: [(&str, &str); 8] = [
    ("f[signatory]", "new"),
    ("f[name]", "Faultville"),
    ("f[country]", "SI"),
    ("f[kind]", "city"),
    ("f[edition]", "2024"),
    ("f[edition_confirmed]", "yes"),
    ("f[date]", "2025-03-01"),
    ("f[sources]", "Council | https://faultville.example/news"),
];

/// While writes are refused: the write's 503 page, nothing saved, public reads fine, health
/// degraded.
async fn writes_are_refused_reads_work(app: &TestApp, staff: &Staff) {
    let signings = app.count_rows("signing").await;
    let response = app
        .post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &SIGNING,
        )
        .await;
    assert_eq!(response.status().as_u16(), 503);
    assert_eq!(response.headers()["retry-after"], "60");
    let page = response.text().await.expect("body");
    assert!(page.contains("Changes cannot be saved right now"), "{page}");
    assert!(!page.to_lowercase().contains("sql"), "{page}");
    assert_eq!(app.count_rows("signing").await, signings, "nothing saved");
    for path in ["/", "/signatories", "/signatories/paris", "/feed.xml"] {
        assert_eq!(app.page(path).await.0, 200, "{path} while writes fail");
    }
    let (status, health) = app.page("/health").await;
    assert_eq!(status, 200);
    assert!(health.starts_with("degraded"), "{health}");
}

/// After the fault: health is ok and writes work again within seconds. (PostgreSQL's pooled
/// sessions each take the cleared setting when their backend handles the reload: on a busy
/// machine one may still refuse a write for a moment, with the same 503.)
async fn writes_work_again(app: &TestApp, staff: &Staff) {
    let (status, health) = app.page("/health").await;
    assert_eq!((status, health.as_str()), (200, "ok"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let response = app
            .post_form(
                "/api/admin/signings/register",
                Some(&staff.cookie),
                &SIGNING,
            )
            .await;
        if location(&response).starts_with("/admin/signings/") {
            break;
        }
        assert_eq!(
            response.status().as_u16(),
            503,
            "only the fault's own answer"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "writes still refused 10 s after the fault cleared"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let (status, page) = app.page("/signatories/faultville").await;
    assert_eq!(status, 200, "{page}");
}

/// A size-limited file system (tmpfs), unmounted when dropped.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(at: std::path::PathBuf) -> Option<Self> {
        std::fs::create_dir_all(&at).expect("mount point");
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=32m", "tmpfs"])
            .arg(&at)
            .status()
            .is_ok_and(|s| s.success());
        if mounted {
            return Some(Self(at));
        }
        assert!(
            std::env::var("CI").is_err(),
            "CI runs as root: mounting a small tmpfs must work there"
        );
        eprintln!("cannot mount a tmpfs (not root?): the full-disk test is skipped");
        None
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

#[tokio::test]
async fn a_full_disk_refuses_writes_with_503_keeps_reads_and_recovers_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    let Some(disk) = SmallDisk::mount(dir.path().join("disk")) else {
        return;
    };
    let url = format!("sqlite://{}?mode=rwc", disk.0.join("icc.sqlite").display());
    let app = spawn_app_on(&url).await;
    let staff = app.signed_in("full@eurocities.eu", Role::Editor).await;
    // Warm the public pages, empty the write-ahead log (so the next write must grow a file),
    // then fill the disk.
    for path in ["/", "/signatories", "/signatories/paris", "/feed.xml"] {
        assert_eq!(app.page(path).await.0, 200);
    }
    app.db
        .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
        .await
        .expect("checkpoint");
    let filler = disk.0.join("filler");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&filler).expect("filler");
        let block = vec![0_u8; 64 * 1024];
        while file
            .write_all(&block)
            .and_then(|()| file.sync_all())
            .is_ok()
        {}
    }
    writes_are_refused_reads_work(&app, &staff).await;
    std::fs::remove_file(&filler).expect("free the disk");
    writes_work_again(&app, &staff).await;
    drop(app);
}

/// A SQLite database this server may only read — what SQLite gives a process once its file or
/// mount no longer lets it write (it opens the file read-only): the same 503, reads, and
/// `degraded` health, while a server that may write keeps working on the same file. (A
/// read-only remount under open connections is refused by the kernel, and permissions are
/// checked only when a file is opened, so this cannot be switched on under a running server.)
#[tokio::test]
async fn a_read_only_sqlite_database_refuses_writes_with_503_and_keeps_reads() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("icc.sqlite");
    let writer = spawn_app_on(&format!("sqlite://{}?mode=rwc", file.display())).await;
    let staff = writer
        .signed_in("readonly@eurocities.eu", Role::Editor)
        .await;
    for path in ["/", "/signatories", "/signatories/paris", "/feed.xml"] {
        assert_eq!(writer.page(path).await.0, 200);
    }
    let reader = spawn_app_on(&format!("sqlite://{}?mode=ro", file.display())).await;
    writes_are_refused_reads_work(&reader, &staff).await;
    writes_work_again(&writer, &staff).await;
}

#[tokio::test]
async fn a_read_only_postgres_database_refuses_writes_with_503_and_recovers() {
    use futures_util::FutureExt;
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    let staff = app.signed_in("readonly@eurocities.eu", Role::Editor).await;
    let admin_url = std::env::var("TEST_DATABASE_URL").expect("set with the PostgreSQL tests");
    let admin = sea_orm::Database::connect(&admin_url).await.expect("admin");
    let set_read_only = |on: bool| {
        let admin = admin.clone();
        async move {
            admin
                .execute_unprepared(if on {
                    "ALTER SYSTEM SET default_transaction_read_only = on"
                } else {
                    "ALTER SYSTEM RESET default_transaction_read_only"
                })
                .await
                .expect("alter system");
            admin
                .execute_unprepared("SELECT pg_reload_conf()")
                .await
                .expect("reload");
            // Every open session (the app's pool included) takes the setting at its next command.
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    };
    set_read_only(true).await;
    let outcome = std::panic::AssertUnwindSafe(writes_are_refused_reads_work(&app, &staff))
        .catch_unwind()
        .await;
    set_read_only(false).await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
    writes_work_again(&app, &staff).await;
}
