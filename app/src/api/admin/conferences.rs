//! The Integrating Cities conferences: the list, adding, editing, deleting one added by mistake.

use super::*;
use crate::model::admin::{ConferenceEdit, ConferenceList};

/// Every conference, with the form that adds one.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/conferences")]
pub async fn get_conference_list() -> Result<ConferenceList, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let kept = take_form(&staffed, "conferences").await?;
    crate::ssr::conferences::conference_list(&staffed, kept).await
}

/// Adds a conference.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/conferences/create")]
pub async fn create_conference(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::conferences::save_conference(&staffed.ctx(), None, &f).await?;
    staffed
        .finish(written, "/admin/conferences", |_| {
            Next::to("/admin/conferences", "conferences")
        })
        .await
}

/// One conference's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/conference")]
pub async fn get_conference_edit(id: String) -> Result<ConferenceEdit, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &format!("conference-{id}")).await?;
    crate::ssr::conferences::conference_edit(&staffed, id, kept).await
}

/// Saves a conference (`intent` = `save`) or deletes one added by mistake (`delete`).
///
/// # Errors
/// `Unauthorized`, `NotFound`, `BadRequest` (unknown intent); `Internal` on a database error.
#[server(endpoint = "admin/conferences/save")]
pub async fn save_conference(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::conferences as c;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let ctx = staffed.ctx();
    let here = format!("/admin/conferences/{id}");
    match intent.as_str() {
        "save" => {
            let written = c::save_conference(&ctx, Some(id), &f).await?;
            staffed
                .finish(written, &here, |_| {
                    Next::to("/admin/conferences", "conferences")
                })
                .await
        }
        "delete" => {
            let written = c::delete_conference(&ctx, id, &f).await?;
            staffed
                .finish(written, &here, |()| {
                    Next::to("/admin/conferences", "conferences")
                })
                .await
        }
        _ => Err(AppError::BadRequest(crate::i18n::Msg::new(
            "msg-unknown-action",
        ))),
    }
}
