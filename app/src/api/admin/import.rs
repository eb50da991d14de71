//! The CSV import: the page and the dry run or import of a file's rows.

use super::*;

/// The import page, with the report of the last dry run or apply.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/import-page")]
pub async fn get_import_page() -> Result<ImportPage, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let mut form = take_form(&staffed, "import").await?;
    let report = form
        .values
        .remove("_report")
        .and_then(|json| serde_json::from_str(&json).ok());
    Ok(ImportPage {
        me: staffed.me(),
        form,
        report,
    })
}

/// Imports a CSV: `intent` = `dry_run` reports what would change; `apply` writes every row in
/// one transaction, or nothing when any row has a problem.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/import")]
pub async fn import_csv(intent: String, csv: String) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::accounts::{keep_and_go, require_staff};
    use crate::ssr::registry::Snapshot;
    let staffed = require_staff(false).await?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    if csv.trim().is_empty() {
        let mut kept = FormState::named("import");
        kept.fail("csv", crate::t!(staffed.lang, "msg-import-empty"));
        return keep_and_go(&staffed, &kept, "/admin/import").await;
    }
    let kept = crate::ssr::import::run_for_page(
        &staffed.state.db,
        &snapshot,
        &intent,
        &csv,
        &staffed.actor,
        staffed.state.clock.now(),
        staffed.lang,
    )
    .await?;
    keep_and_go(&staffed, &kept, "/admin/import").await
}
