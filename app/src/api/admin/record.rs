//! The record: announced statements checked against the registry, and the unidentified
//! signatories they imply (`/admin/record`).

use super::*;
use crate::model::admin::RecordScreen;

/// The record screen.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/record")]
pub async fn get_record() -> Result<RecordScreen, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::reconciliation::{record_view, FORM};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, FORM).await?;
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    let (statements, unidentified) = record_view(&snapshot, staffed.lang);
    let mut signatories: Vec<(String, String)> = snapshot
        .signatories()
        .iter()
        .map(|s| (s.id.to_string(), s.name.clone()))
        .collect();
    signatories.sort_by_cached_key(|(_, name)| domain::text::fold(name));
    Ok(RecordScreen {
        me: staffed.me(),
        form,
        statements,
        unidentified,
        signatories,
    })
}

/// One of the record screen's writes: `set-aside`, `fill`, `merge` or `add`; back to the
/// screen with its notice, or with the errors on their fields.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/record/change")]
pub async fn change_record(
    action: Option<String>,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::reconciliation::{add_statement, fill_gap, merge, set_aside, FORM};
    let staffed = require_staff(false).await?;
    let ctx = staffed.ctx();
    let written = match action.as_deref().unwrap_or_default() {
        "set-aside" => set_aside(&ctx, &f).await?,
        "fill" => fill_gap(&ctx, &f).await?,
        "merge" => merge(&ctx, &f).await?,
        "add" => add_statement(&ctx, &f).await?,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    staffed
        .finish(written, "/admin/record", |()| {
            Next::to("/admin/record", FORM)
        })
        .await
}
