//! The staff commands of the CLI: `create-admin`, `import FILE [--apply]`, `export`.

use std::path::Path;

use app::ssr::accounts::Role;
use app::ssr::audit::Actor;
use app::ssr::registry::Snapshot;

use crate::{Config, StartError};

/// The database, created, migrated and seeded as the server would at start (so a first
/// `server import` on a new machine knows the countries and editions).
async fn open_seeded(config: &Config) -> Result<sea_orm::DatabaseConnection, StartError> {
    let db = crate::db::open(&config.database_url).await?;
    crate::seed::run(&db).await.map_err(StartError::Seed)?;
    Ok(db)
}

fn failed(what: &str) -> impl Fn(sea_orm::DbErr) -> StartError + '_ {
    move |err| StartError::Command(format!("{what} failed, nothing was changed: {err}"))
}

/// Prints a one-time link that creates a staff account.
///
/// # Errors
/// Database errors.
pub async fn create_admin(config: &Config, editor: bool) -> Result<(), StartError> {
    let db = crate::db::open(&config.database_url).await?;
    let role = if editor { Role::Editor } else { Role::Admin };
    let now = time::OffsetDateTime::now_utc();
    let token =
        app::ssr::accounts::create_invite(&db, now, role, Some(&Actor::cli("create-admin")))
            .await
            .map_err(failed("creating the link"))?;
    println!(
        "One-time link for a new {} account (valid 7 days):\n  {}/admin/setup/{token}",
        role.as_str(),
        config.site_url
    );
    Ok(())
}

/// Checks (and with `apply` writes) a registry CSV, with a progress bar while writing.
///
/// # Errors
/// An unreadable file, problems in rows (listed), or database errors.
pub async fn import(config: &Config, file: &Path, apply: bool) -> Result<(), StartError> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| StartError::Command(format!("cannot read {}: {e}", file.display())))?;
    let db = open_seeded(config).await?;
    let snapshot = Snapshot::load(&db)
        .await
        .map_err(failed("reading the registry"))?;
    let plan = app::ssr::import::plan(&text, &snapshot, app::i18n::Lang::En);
    for row in &plan.report.rows {
        if row.action != "unchanged" {
            println!(
                "line {:>6}  {:<9}  {}  {}",
                row.line, row.action, row.name, row.detail
            );
        }
    }
    let report = &plan.report;
    if !report.problems.is_empty() {
        for p in &report.problems {
            eprintln!("{p}");
        }
        return Err(StartError::Command(format!(
            "{} problem(s): nothing was imported",
            report.problems.len()
        )));
    }
    let summary = format!(
        "{} to create, {} to change, {} unchanged",
        report.creates, report.changes, report.unchanged
    );
    if !apply {
        println!("dry run: {summary}; nothing written (add --apply to import)");
        return Ok(());
    }
    let bar = indicatif::ProgressBar::new(0);
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let report = app::ssr::import::apply(
        &db,
        plan,
        &Actor::cli("import"),
        time::OffsetDateTime::now_utc(),
        &progress,
    )
    .await
    .map_err(failed("the import"))?;
    bar.finish_and_clear();
    println!(
        "imported: {} created, {} changed, {} unchanged",
        report.creates, report.changes, report.unchanged
    );
    Ok(())
}

fn write_new(path: &Path, body: &str) -> Result<(), StartError> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| StartError::Command(format!("cannot create {}: {e}", path.display())))?;
    file.write_all(body.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| StartError::Command(format!("cannot write {}: {e}", path.display())))
}

/// Writes the registry CSV (and the press releases JSON).
///
/// # Errors
/// Existing files, I/O or database errors.
pub async fn export(
    config: &Config,
    csv: &Path,
    releases: Option<&Path>,
) -> Result<(), StartError> {
    let db = crate::db::open(&config.database_url).await?;
    let snapshot = Snapshot::load(&db)
        .await
        .map_err(failed("reading the registry"))?;
    let text = app::ssr::import::export_csv(&snapshot).map_err(StartError::Command)?;
    write_new(csv, &text)?;
    println!("registry written to {}", csv.display());
    if let Some(path) = releases {
        let json = crate::admin_routes::releases_json(&db)
            .await
            .map_err(failed("reading the press releases"))?;
        write_new(
            path,
            &serde_json::to_string_pretty(&json).unwrap_or_default(),
        )?;
        println!("press releases written to {}", path.display());
    }
    Ok(())
}

/// Times the counting rule for one new signing against the registry as stored (what staff wait
/// for in the preview before saving): the whole history recounted with one more signing, `runs`
/// times. Prints the median and the slowest run.
///
/// # Errors
/// The database cannot be opened or read, or the form the command fills is refused.
pub async fn time_ordinal(config: &Config, runs: usize) -> Result<(), StartError> {
    let db = open_seeded(config).await?;
    let snapshot = app::ssr::registry::Snapshot::load(&db)
        .await
        .map_err(StartError::Seed)?;
    let now = time::OffsetDateTime::now_utc();
    let today = app::ssr::newsroom::brussels_day(now).0;
    let fields: std::collections::BTreeMap<String, String> = [
        ("signatory", "new"),
        ("name", "Timing City"),
        ("country", "FR"),
        ("kind", "city"),
        ("edition", "2024"),
        ("date", today.iso().as_str()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let lang = app::i18n::Lang::En;
    let (Some(input), _) = app::ssr::signings::read_signing(&fields, &snapshot, lang) else {
        return Err(StartError::Command(
            "the timing signing was refused by the form rules".into(),
        ));
    };
    let mut times: Vec<std::time::Duration> = (0..runs.max(1))
        .map(|_| {
            let start = std::time::Instant::now();
            let lines = app::ssr::signings::preview(&input, &snapshot, now, lang);
            std::hint::black_box(lines);
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "ordinal for one new signing among {} signings: median {:.2} ms, slowest {:.2} ms ({} runs)",
        snapshot.signings().len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        times.len()
    );
    Ok(())
}
