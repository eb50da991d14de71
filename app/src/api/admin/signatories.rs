//! Signatories: the list, creating one that has not signed yet, editing, withdrawing.

use super::*;

/// The signatories, searched by name.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/signatories")]
pub async fn get_signatory_list(q: Option<String>) -> Result<SignatoryList, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, "signatories").await?;
    let q = q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let rows = crate::ssr::signatories::signatory_rows(&staffed.state, &q).await?;
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    Ok(SignatoryList {
        me: staffed.me(),
        q,
        rows,
        form,
        countries: snapshot.country_choices(staffed.lang),
        kinds: crate::ssr::accounts::kind_choices(staffed.lang),
    })
}

/// Creates a signatory that has committed but not signed yet (its signing is registered later).
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signatories/create")]
pub async fn create_signatory(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::signatories::create_signatory(&staffed.ctx(), &f).await?;
    staffed
        .finish(written, "/admin/signatories", |id| {
            Next::to(
                format!("/admin/signatories/{id}"),
                format!("signatory-{id}"),
            )
        })
        .await
}

/// One signatory's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signatory")]
pub async fn get_signatory_edit(id: String) -> Result<SignatoryEdit, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &format!("signatory-{id}")).await?;
    crate::ssr::signatories::signatory_edit(&staffed, id, kept).await
}

/// Saves a signatory's details, or withdraws it (`intent` = `save` or `withdraw`).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signatories/save")]
pub async fn save_signatory(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = crate::ssr::signatories::save_signatory(&staffed.ctx(), id, &intent, &f).await?;
    staffed
        .finish(written, &format!("/admin/signatories/{id}"), |()| {
            Next::to("/admin/signatories", "signatories")
        })
        .await
}
