//! Signatories: the list, creating one that has not signed yet, editing, withdrawing.

use super::*;

/// The signatories: searched by any of their names, filtered by status and country, sorted by
/// a column, 50 a page.
///
/// # Errors
/// `Unauthorized`; `BadRequest` for a filter, order or page that does not read; `NotFound`
/// past the last page; `Internal` on a database error.
#[server(endpoint = "admin/signatories")]
pub async fn get_signatory_list(
    q: Option<String>,
    status: Option<String>,
    country: Option<String>,
    sort: Option<String>,
    page: Option<String>,
) -> Result<SignatoryList, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::signatories::{signatory_rows, ListQuery};
    let staffed = require_staff(false).await?;
    let query = ListQuery::parse(
        q.as_deref(),
        status.as_deref(),
        country.as_deref(),
        sort.as_deref(),
    )
    .map_err(AppError::BadRequest)?;
    let form = take_form(&staffed, "signatories").await?;
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    let paged = crate::ssr::lists::paginate(signatory_rows(&snapshot, &query), page.as_deref())?;
    Ok(SignatoryList {
        me: staffed.me(),
        sort: query.sort_value(),
        q: query.q,
        status: query.status,
        country: query.country,
        page: paged.page,
        pages: paged.pages,
        total: paged.total,
        rows: paged.rows,
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
pub async fn get_signatory_edit(
    id: String,
    x: Option<String>,
    y: Option<String>,
) -> Result<SignatoryEdit, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &format!("signatory-{id}")).await?;
    let picked = crate::ssr::signatories::Picked::read(x.as_deref(), y.as_deref())?;
    crate::ssr::signatories::signatory_edit(&staffed, id, kept, picked).await
}

/// Saves a signatory's details, withdraws it, or deletes one added by mistake (`intent` =
/// `save`, `withdraw` or `delete`).
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
    let ctx = staffed.ctx();
    let written = if intent == "delete" {
        crate::ssr::signatories::delete_signatory(&ctx, id, &f).await?
    } else {
        crate::ssr::signatories::save_signatory(&ctx, id, &intent, &f).await?
    };
    staffed
        .finish(written, &format!("/admin/signatories/{id}"), |()| {
            Next::to("/admin/signatories", "signatories")
        })
        .await
}
