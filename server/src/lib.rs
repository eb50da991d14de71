//! The server: configuration, database start-up, seeding, the router and the CLI commands.

pub mod config;
pub mod db;
pub mod feeds;
pub mod open_data;
pub mod routes;
pub mod seed;

use app::ssr::{AppState, Clock};
use leptos::config::LeptosOptions;

pub use config::Config;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Database(#[from] db::DbStartError),
    #[error("seeding the database failed, nothing was changed: {0}")]
    Seed(sea_orm::DbErr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped with an error: {0}")]
    Serve(std::io::Error),
    #[error(transparent)]
    Backup(#[from] db::BackupError),
}

/// Leptos' options from our configuration (cargo-leptos sets the same variables when it runs us).
#[must_use]
pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(config.output_name.clone())
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .build()
}

/// Opens (creating, migrating and seeding as needed) the database and assembles the state.
///
/// # Errors
/// A [`StartError`] whose message names what to fix.
pub async fn prepare(config: &Config) -> Result<AppState, StartError> {
    let db = db::open(&config.database_url).await?;
    let report = seed::run(&db).await.map_err(StartError::Seed)?;
    tracing::info!(applied = ?report.applied, skipped = ?report.skipped, "seed data");
    Ok(AppState {
        leptos_options: leptos_options(config),
        db,
        site_url: config.site_url.clone(),
        clock: Clock::default(),
    })
}

/// Serves `state` on `listener` until `shutdown` resolves, finishing requests in flight.
///
/// # Errors
/// An I/O error from the server.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    axum::serve(listener, routes::router(state))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(StartError::Serve)
}
