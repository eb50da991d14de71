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
