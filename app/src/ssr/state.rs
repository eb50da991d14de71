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
    pub admin: super::auth::AdminPolicy,
    /// The registry snapshot of the latest registry version this server has seen.
    pub snapshots: SnapshotCache,
    /// Whether rendered public pages are kept (`PAGE_CACHE=off` renders every request: for
    /// measuring the uncached path).
    pub cache_pages: bool,
}

/// A snapshot and the registry version it was loaded at.
type Versioned = (i64, std::sync::Arc<super::registry::Snapshot>);

/// One loaded registry snapshot per server, reused while the registry version is unchanged.
#[derive(Clone, Default)]
pub struct SnapshotCache {
    slot: std::sync::Arc<tokio::sync::Mutex<Option<Versioned>>>,
}

impl std::fmt::Debug for SnapshotCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SnapshotCache")
    }
}

impl SnapshotCache {
    /// The snapshot of the registry as it is now: one small query for the version, then the
    /// cached snapshot, or a fresh load when any server has written since.
    ///
    /// # Errors
    /// Database errors.
    pub async fn current<C: sea_orm::ConnectionTrait>(
        &self,
        db: &C,
    ) -> Result<std::sync::Arc<super::registry::Snapshot>, sea_orm::DbErr> {
        let row = db
            .query_one_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT version FROM registry_version WHERE id = 1",
            ))
            .await?;
        let version = match row {
            Some(row) => row.try_get::<i64>("", "version")?,
            None => {
                return Ok(std::sync::Arc::new(
                    super::registry::Snapshot::load(db).await?,
                ))
            }
        };
        let mut slot = self.slot.lock().await;
        if let Some((cached, snapshot)) = slot.as_ref() {
            if *cached == version {
                return Ok(snapshot.clone());
            }
        }
        let snapshot = std::sync::Arc::new(super::registry::Snapshot::load(db).await?);
        *slot = Some((version, snapshot.clone()));
        Ok(snapshot)
    }
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
