//! The `server` binary: parses the command line and runs one command.

use clap::{Parser, Subcommand};
use server::{Config, StartError};
use tracing_subscriber::EnvFilter;

/// The Integrating Cities Charter registry.
///
/// Configuration comes from the environment (see .env.example): DATABASE_URL, SITE_URL,
/// LEPTOS_SITE_ADDR, RUST_LOG, LEPTOS_SITE_ROOT, LEPTOS_OUTPUT_NAME.
#[derive(Parser)]
#[command(name = "server", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Create, migrate and seed the database as needed, then serve the site (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Copy the SQLite database to FILE while the site runs, and check the copy (PostgreSQL: use pg_dump).
    Backup {
        /// Where to write the copy (must not exist).
        file: std::path::PathBuf,
    },
    /// Print a one-time link that creates a staff account (admin unless --editor).
    CreateAdmin {
        /// Create an editor account instead of an admin.
        #[arg(long)]
        editor: bool,
    },
    /// Check a registry CSV (the export format) row by row; with --apply, write it in one transaction.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
        /// Write the rows (all or none). Without it, nothing is written.
        #[arg(long)]
        apply: bool,
    },
    /// Write the registry as CSV (the import format) and the press releases as JSON.
    Export {
        /// Where to write the CSV of signatories, signings and sources (must not exist).
        csv: std::path::PathBuf,
        /// Where to write the press releases as JSON (must not exist).
        #[arg(long)]
        releases: Option<std::path::PathBuf>,
    },
    /// Time the counting rule for one new signing against the stored registry (the benchmark).
    TimeOrdinal {
        /// How many times to count.
        #[arg(long, default_value_t = 50)]
        runs: usize,
    },
}

fn main() -> std::process::ExitCode {
    tune_allocator();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// glibc's allocator gives threads arenas of their own and keeps what is freed in them; with
/// a registry snapshot rebuilt after every write, that kept about 40 MB more resident at
/// 10,000 signatories than was in use (BENCHMARKS.md). One arena and a 128 KiB trim threshold
/// keep the process close to what it uses. glibc reads these settings from the environment
/// when a process starts, so the server starts itself again, once, with them set (unless the
/// environment already says something else: then that is used as it is).
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        use std::os::unix::process::CommandExt;
        if let Ok(me) = std::env::current_exe() {
            let err = std::process::Command::new(me)
                .args(std::env::args_os().skip(1))
                .env("MALLOC_ARENA_MAX", "1")
                .env("MALLOC_TRIM_THRESHOLD_", "131072")
                .exec();
            // Only reached when the new start failed: this one goes on with the defaults.
            eprintln!("warning: the allocator keeps its default settings ({err})");
        }
    }
}

async fn run() -> std::process::ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("error: {err}");
            return std::process::ExitCode::from(2);
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::new(&config.log_filter))
        .init();
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&config).await,
        Command::Migrate => server::db::open(&config.database_url)
            .await
            .map(|_| {
                println!("migrations applied");
            })
            .map_err(StartError::from),
        Command::CreateAdmin { editor } => server::cli::create_admin(&config, editor).await,
        Command::Import { file, apply } => server::cli::import(&config, &file, apply).await,
        Command::Export { csv, releases } => {
            server::cli::export(&config, &csv, releases.as_deref()).await
        }
        Command::TimeOrdinal { runs } => server::cli::time_ordinal(&config, runs).await,
        Command::Backup { file } => match server::db::open(&config.database_url).await {
            Ok(db) => server::db::backup(&db, &file)
                .await
                .map(|()| println!("backup written to {} and checked: ok", file.display()))
                .map_err(StartError::Backup),
            Err(err) => Err(StartError::from(err)),
        },
    };
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("error: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve(config: &Config) -> Result<(), StartError> {
    let state = server::prepare(config).await?;
    server::announce_setup_link(&state)
        .await
        .map_err(StartError::Seed)?;
    let listener = tokio::net::TcpListener::bind(config.site_addr)
        .await
        .map_err(|source| StartError::Bind {
            addr: config.site_addr,
            source,
        })?;
    tracing::info!("serving on http://{}", config.site_addr);
    server::serve(listener, state, shutdown_signal()).await
}

/// Resolves on SIGTERM or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
