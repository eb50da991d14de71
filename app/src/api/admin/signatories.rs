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
    use crate::i18n::Msg;
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::signatories::{signatory_rows, ListQuery};
    /// Rows on one page.
    const PER_PAGE: u64 = 50;
    let staffed = require_staff(false).await?;
    let query = ListQuery::parse(
        q.as_deref(),
        status.as_deref(),
        country.as_deref(),
        sort.as_deref(),
    )
    .map_err(AppError::BadRequest)?;
    let page = match page.as_deref().map(str::trim) {
        None | Some("") => 1,
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| AppError::BadRequest(Msg::new("msg-param-page")))?,
    };
    let form = take_form(&staffed, "signatories").await?;
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    let all = signatory_rows(&snapshot, &query);
    let total = u64::try_from(all.len()).unwrap_or(u64::MAX);
    let pages = total.div_ceil(PER_PAGE).max(1);
    if page > pages {
        return Err(AppError::NotFound);
    }
    let skip = usize::try_from((page - 1) * PER_PAGE).unwrap_or(usize::MAX);
    let rows = all
        .into_iter()
        .skip(skip)
        .take(usize::try_from(PER_PAGE).unwrap_or(usize::MAX))
        .collect();
    Ok(SignatoryList {
        me: staffed.me(),
        sort: query.sort_value(),
        q: query.q,
        status: query.status,
        country: query.country,
        page,
        pages,
        total,
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
