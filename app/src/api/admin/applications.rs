//! The signing process on the staff side: applications and their steps, documents, and the
//! inbox of suggested corrections. The steps that may carry a file post to plain axum
//! handlers (`server/src/public_forms.rs`); these are the rest.

use super::*;
use crate::model::process::{ApplicationList, ApplicationView, CorrectionList};

/// The applications at one stage (`open` when none is given).
///
/// # Errors
/// `Unauthorized`; `BadRequest` for an unknown stage; `Internal` on a database error.
#[server(endpoint = "admin/applications")]
pub async fn get_application_list(stage: Option<String>) -> Result<ApplicationList, AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    crate::ssr::process::pipeline::application_list(&staffed, stage.as_deref().unwrap_or("")).await
}

/// One application with the form of its next step.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/application")]
pub async fn get_application(id: String) -> Result<ApplicationView, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::process::pipeline;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &pipeline::form_name(id)).await?;
    pipeline::application_view(&staffed, id, kept).await
}

/// Makes a document public or staff-only, or deletes it.
///
/// # Errors
/// `Unauthorized`, `NotFound`, `BadRequest`; `Internal` on a database error.
#[server(endpoint = "admin/documents/change")]
pub async fn change_document(
    id: String,
    #[server(default)] intent: String,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written =
        crate::ssr::process::documents::change_document(&staffed.ctx(), id, &intent).await?;
    staffed
        .finish(written, "/admin", |back: String| {
            let form = back.rsplit('/').next().map_or_else(String::new, |id| {
                if back.starts_with("/admin/signings/") {
                    format!("signing-documents-{id}")
                } else {
                    crate::ssr::process::pipeline::form_name(id.parse().unwrap_or_default())
                }
            });
            Next::to(back, form)
        })
        .await
}

/// The suggested corrections, open ones first.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/corrections")]
pub async fn get_correction_list() -> Result<CorrectionList, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let kept = take_form(&staffed, "corrections").await?;
    crate::ssr::process::corrections::correction_list(&staffed, kept).await
}

/// Marks a suggested correction handled (`handled` = `yes`) or open again.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/corrections/mark")]
pub async fn mark_correction(
    id: String,
    #[server(default)] handled: String,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written =
        crate::ssr::process::corrections::mark_handled(&staffed.ctx(), id, handled == "yes")
            .await?;
    staffed
        .finish(written, "/admin/corrections", |()| {
            Next::to("/admin/corrections", "corrections")
        })
        .await
}
