//! Opening the database on purpose: SQLite pragmas set on every connection and read back,
//! migrations applied, seeds applied once.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement,
};

/// Connections to PostgreSQL per app server.
const POSTGRES_POOL: u32 = 16;

/// How long a SQLite writer waits for the lock before failing.
pub const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why the database could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum DbStartError {
    #[error("cannot create the folder for the SQLite file {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot connect to the database: {0}")]
    Connect(sea_orm::DbErr),
    #[error("SQLite pragma {pragma} is {actual}, expected {expected}: refusing to start")]
    Pragma {
        pragma: &'static str,
        expected: String,
        actual: String,
    },
    #[error("the database migration failed, nothing was changed: {0}")]
    Migrate(sea_orm::DbErr),
    #[error("cannot read back the SQLite settings: {0}")]
    Read(sea_orm::DbErr),
}

/// The file path inside a `sqlite:` URL, if it names a file.
#[must_use]
pub fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Connects, sets and checks the SQLite pragmas, and applies pending migrations.
///
/// # Errors
/// Any [`DbStartError`]; the message is meant for the operator's console.
pub async fn open(url: &str) -> Result<DatabaseConnection, DbStartError> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        // Under the 20-writer/200-reader load on PostgreSQL a few requests at the start of the
        // load wait up to 30 s for a pooled connection (seen on this 2-core machine with a debug
        // build, before and after the embargo change, and after #15); they are answered late
        // rather than failed.
        .acquire_timeout(Duration::from_secs(60));
    if url.starts_with("sqlite:") {
        if let Some(parent) = sqlite_file(url).and_then(|p| std::path::Path::new(p).parent()) {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent).map_err(|source| DbStartError::Folder {
                    path: parent.display().to_string(),
                    source,
                })?;
            }
        }
        // WAL lets readers work while one writer writes; pragmas are per connection, so they
        // are set in the connect options that every pooled connection is opened with.
        options
            .max_connections(8)
            .min_connections(1)
            .map_sqlx_sqlite_opts(|o| {
                o.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(SQLITE_BUSY_TIMEOUT)
            });
    } else {
        // Opening a PostgreSQL connection costs a SCRAM exchange: the whole pool is opened at
        // start and kept, so a burst of requests right after a start never waits for logins.
        options
            .max_connections(POSTGRES_POOL)
            .min_connections(POSTGRES_POOL);
    }
    let db = Database::connect(options)
        .await
        .map_err(DbStartError::Connect)?;
    if db.get_database_backend() == DbBackend::Postgres {
        let warm = (0..POSTGRES_POOL).map(|_| db.execute_unprepared("SELECT pg_sleep(0.05)"));
        for opened in futures_util::future::join_all(warm).await {
            opened.map_err(DbStartError::Connect)?;
        }
    }
    if db.get_database_backend() == DbBackend::Sqlite {
        check_sqlite_pragmas(&db).await?;
    }
    migrate(&db, url).await?;
    Ok(db)
}

/// The PostgreSQL advisory lock that one process at a time holds while it migrates.
const MIGRATION_LOCK: i64 = 0x1cc_0000;

/// Applies pending migrations. On PostgreSQL, processes starting together on a new database
/// take turns: each holds a session advisory lock (on a connection of its own, so the lock
/// is released if the process dies) while it migrates; the next finds nothing left to do.
async fn migrate(db: &DatabaseConnection, url: &str) -> Result<(), DbStartError> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Migrator::up(db, None).await.map_err(DbStartError::Migrate);
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .sqlx_logging(false)
        .max_connections(1)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10));
    let lock = Database::connect(options)
        .await
        .map_err(DbStartError::Connect)?;
    lock.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
        .await
        .map_err(DbStartError::Migrate)?;
    let outcome = Migrator::up(db, None).await.map_err(DbStartError::Migrate);
    let _ = lock
        .execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))
        .await;
    let _ = lock.close().await;
    outcome
}

async fn pragma<C: ConnectionTrait>(db: &C, name: &str) -> Result<String, DbStartError> {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            format!("PRAGMA {name}"),
        ))
        .await
        .map_err(DbStartError::Read)?
        .ok_or_else(|| DbStartError::Read(sea_orm::DbErr::RecordNotFound(name.to_owned())))?;
    row.try_get_by_index::<String>(0)
        .or_else(|_| row.try_get_by_index::<i64>(0).map(|v| v.to_string()))
        .map_err(DbStartError::Read)
}

/// Reads back journal_mode, synchronous, foreign_keys and busy_timeout; refuses a mismatch.
///
/// # Errors
/// [`DbStartError::Pragma`] naming the first setting that is not as configured.
pub async fn check_sqlite_pragmas<C: ConnectionTrait>(db: &C) -> Result<(), DbStartError> {
    let expected = [
        ("journal_mode", "wal".to_owned()),
        ("synchronous", "2".to_owned()), // FULL
        ("foreign_keys", "1".to_owned()),
        ("busy_timeout", SQLITE_BUSY_TIMEOUT.as_millis().to_string()),
    ];
    for (name, want) in expected {
        let actual = pragma(db, name).await?;
        if !actual.eq_ignore_ascii_case(&want) {
            return Err(DbStartError::Pragma {
                pragma: name,
                expected: want,
                actual,
            });
        }
        tracing::info!(pragma = name, value = %actual, "sqlite setting");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;

    #[test]
    fn the_sqlite_file_is_found_in_the_url() {
        assert_eq!(
            sqlite_file("sqlite://data/icc.sqlite?mode=rwc"),
            Some("data/icc.sqlite")
        );
        assert_eq!(sqlite_file("sqlite:/tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://x"), None);
    }
}

/// Why a backup failed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists: choose a new file name")]
    Exists(String),
    #[error("online backup is built in for SQLite only; for PostgreSQL run: pg_dump --format=custom --file=FILE \"$DATABASE_URL\"")]
    NotSqlite,
    #[error("the backup failed: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("the copy failed its integrity check: {0}")]
    Integrity(String),
}

/// Copies a live SQLite database to `path` (`VACUUM INTO`: a consistent snapshot while the site
/// keeps serving), then checks the copy with `PRAGMA integrity_check`.
///
/// # Errors
/// [`BackupError`] — the target exists, the database is not SQLite, or the copy is not sound.
pub async fn backup(db: &DatabaseConnection, path: &std::path::Path) -> Result<(), BackupError> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Err(BackupError::NotSqlite);
    }
    if path.exists() {
        return Err(BackupError::Exists(path.display().to_string()));
    }
    let target = path.display().to_string().replace('\'', "''");
    db.execute_unprepared(&format!("VACUUM INTO '{target}'"))
        .await?;
    let copy = Database::connect(format!("sqlite://{}?mode=ro", path.display())).await?;
    let row = copy
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await?
        .ok_or_else(|| BackupError::Integrity("no answer".into()))?;
    let verdict = row.try_get_by_index::<String>(0)?;
    copy.close().await?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(BackupError::Integrity(verdict))
    }
}
