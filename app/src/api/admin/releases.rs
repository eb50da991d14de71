//! Press releases: drafts from a signing, the list, editing, scheduling, corrections, preview.

use super::*;

/// Creates a press release draft from a saved signing and opens it; opens the signing's
/// release instead when it has one, unless `another` is `yes`.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/draft-from-signing")]
pub async fn draft_from_signing(signing: String, another: Option<String>) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;

    let staffed = require_staff(false).await?;
    let id = record_id(&signing)?;
    let another = another.as_deref() == Some("yes");
    let written = crate::ssr::newsroom::draft_release(&staffed.ctx(), id, another).await?;
    staffed
        .finish(written, &format!("/admin/signings/{id}"), |release| {
            Next::to(
                format!("/admin/releases/{release}"),
                format!("release-{release}"),
            )
        })
        .await
}

/// The press releases: searched by title, filtered by state, sorted by a column (drafts and
/// scheduled first by default), 50 a page.
///
/// # Errors
/// `Unauthorized`; `BadRequest` for a filter, order or page that does not read; `NotFound`
/// past the last page; `Internal` on a database error.
#[server(endpoint = "admin/releases")]
pub async fn get_release_list(
    q: Option<String>,
    state: Option<String>,
    sort: Option<String>,
    page: Option<String>,
) -> Result<ReleaseList, AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::newsroom::list::{release_rows, ReleaseQuery};
    let staffed = require_staff(false).await?;
    let query = ReleaseQuery::parse(q.as_deref(), state.as_deref(), sort.as_deref())
        .map_err(AppError::BadRequest)?;
    let now = staffed.state.clock.now();
    let rows = release_rows(&staffed.state.db, now, &query, staffed.lang).await?;
    let paged = crate::ssr::lists::paginate(rows, page.as_deref())?;
    Ok(ReleaseList {
        me: staffed.me(),
        sort: query.sort_value(),
        q: query.q,
        state: query.state,
        rows: paged.rows,
        page: paged.page,
        pages: paged.pages,
        total: paged.total,
    })
}

/// One press release's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/release")]
pub async fn get_release_edit(id: String) -> Result<ReleaseEdit, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &format!("release-{id}")).await?;
    crate::ssr::newsroom::release_edit(&staffed, id, kept).await
}

/// Saves a release: `intent` is `save` (stays as it is), `schedule` (published at its release
/// time: under embargo until then) or `unpublish` (back to draft). Scheduling sends a release
/// out, so an admin does it: an editor's `schedule` saves the text as a draft and says so.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/save")]
pub async fn save_release(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let editor_asks_to_schedule = intent == "schedule" && !staffed.session.is_admin();
    let intent = if editor_asks_to_schedule {
        "save"
    } else {
        intent.as_str()
    };
    let written = match crate::ssr::newsroom::save_release(&staffed.ctx(), id, intent, &f).await? {
        crate::ssr::forms::Written::Saved { value, .. } if editor_asks_to_schedule => {
            crate::ssr::forms::Written::Saved {
                value,
                notice: Some(crate::t!(staffed.lang, "msg-release-schedule-admin")),
            }
        }
        written => written,
    };
    let here = format!("/admin/releases/{id}");
    staffed
        .finish(written, &here, |()| {
            Next::to(&here, format!("release-{id}"))
        })
        .await
}

/// Appends a correction to a published release (its text is never silently rewritten).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/correct")]
pub async fn correct_release(id: String, #[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = crate::ssr::newsroom::correct_release(&staffed.ctx(), id, &f).await?;
    let here = format!("/admin/releases/{id}");
    staffed
        .finish(written, &here, |()| {
            Next::to(&here, format!("release-{id}"))
        })
        .await
}

/// A release exactly as its public page will show it, whatever its status.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/release-preview")]
pub async fn get_release_preview(id: String) -> Result<Release, AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::entities::press_release;
    use sea_orm::EntityTrait;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let model = press_release::Entity::find_by_id(id)
        .one(&staffed.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(
        crate::ssr::newsroom::release_page(&staffed.state.db, model, staffed.state.clock.now())
            .await?,
    )
}

/// Deletes a draft made by mistake (with its confirmation box ticked), then goes to the list.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/delete")]
pub async fn delete_release(id: String, #[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = crate::ssr::newsroom::delete_release(&staffed.ctx(), id, &f).await?;
    staffed
        .finish(written, &format!("/admin/releases/{id}"), |()| {
            Next::to("/admin/releases", "releases")
        })
        .await
}
