//! The working group: its public page and the staff form that edits it.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::admin::WorkingGroupEdit;
use crate::model::WorkingGroupView;

/// The working group as last described.
///
/// # Errors
/// `NotFound` when no description is stored; database errors.
#[server(endpoint = "working-group")]
pub async fn get_working_group() -> Result<WorkingGroupView, AppError> {
    use crate::ssr::{app_state, working_group};
    let state = app_state()?;
    let model = working_group::load(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(working_group::view(&model))
}

/// The staff form for the working group page.
///
/// # Errors
/// `Unauthorized`; `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/working-group")]
pub async fn get_working_group_edit() -> Result<WorkingGroupEdit, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let kept = take_form(&staffed, "working-group").await?;
    crate::ssr::working_group::edit(&staffed, kept).await
}

/// Saves the working group page (every field of the form at once).
///
/// # Errors
/// `Unauthorized`; `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/working-group/save")]
pub async fn save_working_group(
    #[server(default)] f: crate::api::admin::Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::working_group::save(&staffed.ctx(), &f).await?;
    const HERE: &str = "/admin/working-group";
    staffed
        .finish(written, HERE, |()| {
            crate::ssr::forms::Next::to(HERE, "working-group")
        })
        .await
}
