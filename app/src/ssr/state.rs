//! The one application state shared by routes, pages and server functions.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

use crate::error::AppError;

/// Everything a request handler needs.
#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// The public URL of the site, without a trailing slash (for absolute links).
    pub site_url: String,
    /// What time the site believes it is (embargoes are decided by it).
    pub clock: Clock,
    /// Staff session and lockout rules.
    pub admin: super::policy::AdminPolicy,
    /// Bounds on the public forms.
    pub public_forms: super::policy::PublicFormPolicy,
    /// The registry snapshot of the latest registry version this server has seen.
    pub snapshots: SnapshotCache,
    /// The SQLite database's file (for `/health`'s free-space check); `None` on PostgreSQL.
    pub database_file: Option<String>,
    /// Whether rendered public pages are kept (`PAGE_CACHE=off` renders every request: for
    /// measuring the uncached path).
    pub cache_pages: bool,
}

/// What a service is told about the request it serves, passed explicitly rather than read
/// from ambient context: the application's state (database, caches, policy), the moment the
/// request is decided at, who acts, and the language its messages are written in. The server
/// functions build one from the staff session (`Staffed::ctx` in `accounts`); a test or a
/// command can build one by hand.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub state: &'a AppState,
    pub now: time::OffsetDateTime,
    pub actor: &'a super::audit::Actor,
    pub lang: crate::i18n::Lang,
}

impl Ctx<'_> {
    /// The database.
    #[must_use]
    pub fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }
}

/// A public snapshot and the registry version it was loaded at.
type Versioned = (i64, std::sync::Arc<super::registry::Snapshot>);

/// What decides whether anything public has changed: the registry version (every public-data
/// write bumps it) and the next embargo time still ahead (when a release becomes public).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegistryRead {
    pub version: i64,
    pub next_embargo: Option<time::OffsetDateTime>,
}

/// A registry read and the moment it began.
type Stamped = Option<(std::time::Instant, RegistryRead)>;

/// One loaded registry snapshot per server, reused while the registry version is unchanged, and
/// the registry reads shared between concurrent requests.
#[derive(Clone)]
pub struct SnapshotCache {
    slot: std::sync::Arc<tokio::sync::Mutex<Option<Versioned>>>,
    /// True while one request reads the registry for everyone waiting.
    reading: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// The latest read; every waiting request wakes when it changes.
    last: std::sync::Arc<tokio::sync::watch::Sender<Stamped>>,
}

impl Default for SnapshotCache {
    fn default() -> Self {
        Self {
            slot: std::sync::Arc::default(),
            reading: std::sync::Arc::default(),
            last: std::sync::Arc::new(tokio::sync::watch::Sender::new(None)),
        }
    }
}

impl std::fmt::Debug for SnapshotCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SnapshotCache")
    }
}

/// Clears the reading flag and wakes the waiters however the read ends (even by an error).
struct Reading<'a>(&'a SnapshotCache);

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        self.0
            .reading
            .store(false, std::sync::atomic::Ordering::SeqCst);
        self.0.last.send_modify(|_| {});
    }
}

impl SnapshotCache {
    /// The registry as of some moment after `arrived` (when the request came in). Concurrent
    /// callers share one read, but never one that began before they arrived: a write
    /// acknowledged before a request is always seen by it, on every server. One caller reads;
    /// the others wait and all wake together when it is done.
    ///
    /// # Errors
    /// Database errors.
    pub async fn read<C: sea_orm::ConnectionTrait>(
        &self,
        db: &C,
        now: time::OffsetDateTime,
        arrived: std::time::Instant,
    ) -> Result<RegistryRead, sea_orm::DbErr> {
        use std::sync::atomic::Ordering;
        let mut waiting = self.last.subscribe();
        loop {
            let latest = *waiting.borrow_and_update();
            if let Some((started, read)) = latest {
                if started >= arrived {
                    return Ok(read);
                }
            }
            if self
                .reading
                .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
            {
                let _reading = Reading(self);
                let started = std::time::Instant::now();
                let version = read_version(db).await?;
                // Without a write the scheduled releases are the same, so the next embargo
                // found last time is still the next one until the clock passes it.
                let next_embargo = match latest {
                    Some((_, p))
                        if p.version == version && p.next_embargo.is_none_or(|e| now < e) =>
                    {
                        p.next_embargo
                    }
                    _ => next_embargo(db, now).await?,
                };
                let read = RegistryRead {
                    version,
                    next_embargo,
                };
                self.last.send_replace(Some((started, read)));
                return Ok(read);
            }
            if waiting.changed().await.is_err() {
                // Cannot happen while `self` holds the sender; never answer without a read.
                return Err(sea_orm::DbErr::Custom(
                    "the registry read was abandoned".into(),
                ));
            }
        }
    }

    /// The registry as the public sees it at `now` (the site's clock): the shared read of the
    /// version, then the cached snapshot, or a fresh load when any server has written since
    /// or a signing it leaves out has become public.
    ///
    /// # Errors
    /// Database errors.
    pub async fn current(
        &self,
        db: &sea_orm::DatabaseConnection,
        now: time::OffsetDateTime,
    ) -> Result<std::sync::Arc<super::registry::Snapshot>, sea_orm::DbErr> {
        let arrived = std::time::Instant::now();
        let version = self.read(db, now, arrived).await?.version;
        let mut slot = self.slot.lock().await;
        if let Some((cached, snapshot)) = slot.as_ref() {
            // A snapshot at least as new as the version read holds every write before it,
            // until the next embargo it knows of passes.
            if *cached >= version && snapshot.valid_until().is_none_or(|until| now < until) {
                return Ok(snapshot.clone());
            }
        }
        let snapshot = std::sync::Arc::new(
            super::registry::Snapshot::load_at_once(db)
                .await?
                .public_at(now),
        );
        *slot = Some((version, snapshot.clone()));
        Ok(snapshot)
    }
}

/// The registry version (0 before the first migration that creates it).
async fn read_version<C: sea_orm::ConnectionTrait>(db: &C) -> Result<i64, sea_orm::DbErr> {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM registry_version WHERE id = 1",
        ))
        .await?;
    row.map_or(Ok(0), |row| row.try_get::<i64>("", "version"))
}

/// The first embargo time after `now` among published releases.
async fn next_embargo<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: time::OffsetDateTime,
) -> Result<Option<time::OffsetDateTime>, sea_orm::DbErr> {
    use super::entities::press_release;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Ok(press_release::Entity::find()
        .filter(
            press_release::Column::Status.eq(crate::ssr::entities::states::Publication::Published),
        )
        .filter(press_release::Column::ReleaseAt.gt(now))
        .order_by_asc(press_release::Column::ReleaseAt)
        .one(db)
        .await?
        .map(|r| r.release_at))
}

/// The system clock plus an offset that tests move forward instead of sleeping.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_seconds: std::sync::Arc<std::sync::atomic::AtomicI64>,
}

impl Clock {
    /// The current time (UTC).
    #[must_use]
    pub fn now(&self) -> time::OffsetDateTime {
        let offset = self
            .offset_seconds
            .load(std::sync::atomic::Ordering::SeqCst);
        time::OffsetDateTime::now_utc() + time::Duration::seconds(offset)
    }

    /// Moves this clock (and every copy of it) forward.
    pub fn advance(&self, by: time::Duration) {
        self.offset_seconds
            .fetch_add(by.whole_seconds(), std::sync::atomic::Ordering::SeqCst);
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state of the current request, as provided by the router.
///
/// # Errors
/// [`AppError::Internal`] when called outside a request (a wiring mistake, logged).
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}
