//! The server: configuration, database start-up, seeding, the router and the CLI commands.

pub mod admin_routes;
pub mod assets;
pub mod cli;
pub mod conditional;
pub mod config;
pub mod db;
pub mod failure;
pub mod faults;
pub mod feeds;
pub mod html;
pub mod open_data;
pub mod page_cache;
pub mod public_forms;
pub mod routes;
pub mod seed;
pub mod sitemap;

use app::ssr::accounts::AdminPolicy;
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
    #[error("{0}")]
    Command(String),
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

/// Staff session and lockout rules from the configuration.
#[must_use]
pub fn admin_policy(config: &Config) -> AdminPolicy {
    AdminPolicy {
        idle_timeout: time::Duration::minutes(config.admin_idle_minutes),
        absolute_timeout: time::Duration::hours(config.admin_session_hours),
        max_failures: 5,
        lockout: time::Duration::minutes(config.admin_lockout_minutes),
        secure_cookie: config.site_url.starts_with("https://"),
    }
}

/// Prints a one-time setup link when no staff account exists (there are no default credentials).
///
/// # Errors
/// Database errors.
pub async fn announce_setup_link(state: &AppState) -> Result<(), sea_orm::DbErr> {
    if let Some(link) = app::ssr::accounts::setup_link_if_needed(state).await? {
        println!("No staff account exists yet. Create the first admin account (link works once, only until an account exists):\n  {link}");
        tracing::warn!("no staff account: a one-time setup link was printed to the console");
    }
    Ok(())
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
        admin: admin_policy(config),
        public_forms: app::ssr::policy::PublicFormPolicy {
            per_hour: config.public_forms_per_hour,
            per_sender: config.public_forms_per_sender,
            trusted_proxies: config.trusted_proxies.clone(),
        },
        snapshots: app::ssr::SnapshotCache::default(),
        cache_pages: config.page_cache,
        database_file: db::sqlite_file(&config.database_url).map(str::to_owned),
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
    let routes =
        routes::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, routes)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(StartError::Serve)
}
