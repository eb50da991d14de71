//! The signing process on the staff side: applications and their steps, documents, and the
//! inbox of suggested corrections. The steps that may carry a file post to plain axum
//! handlers (`server/src/public_forms.rs`); these are the rest.

use super::*;
use crate::model::process::{ApplicationList, ApplicationView, CorrectionList};

/// The applications: searched by city, country, reference or contact, filtered by stage
/// (`open` when none is given), sorted by a column (newest first by default), 50 a page.
///
/// # Errors
/// `Unauthorized`; `BadRequest` for a filter, order or page that does not read; `NotFound`
/// past the last page; `Internal` on a database error.
#[server(endpoint = "admin/applications")]
pub async fn get_application_list(
    q: Option<String>,
    stage: Option<String>,
    sort: Option<String>,
    page: Option<String>,
) -> Result<ApplicationList, AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::process::lists::ApplicationQuery;
    let staffed = require_staff(false).await?;
    let query = ApplicationQuery::parse(q.as_deref(), stage.as_deref(), sort.as_deref())
        .map_err(AppError::BadRequest)?;
    crate::ssr::process::pipeline::application_list(&staffed, &query, page.as_deref()).await
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

/// The suggested corrections: searched, filtered by state, sorted (waiting ones first by
/// default), 50 a page.
///
/// # Errors
/// `Unauthorized`; `BadRequest` for a filter, order or page that does not read; `NotFound`
/// past the last page; `Internal` on a database error.
#[server(endpoint = "admin/corrections")]
pub async fn get_correction_list(
    q: Option<String>,
    state: Option<String>,
    sort: Option<String>,
    page: Option<String>,
) -> Result<CorrectionList, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::process::lists::CorrectionQuery;
    let staffed = require_staff(false).await?;
    let query = CorrectionQuery::parse(q.as_deref(), state.as_deref(), sort.as_deref())
        .map_err(AppError::BadRequest)?;
    let kept = take_form(&staffed, "corrections").await?;
    crate::ssr::process::corrections::correction_list(&staffed, &query, page.as_deref(), kept).await
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

/// Records an article about a signing (`intent` = `add`, with `id` the signing) or deletes
/// one (`delete`, with `id` the entry).
///
/// # Errors
/// `Unauthorized`, `NotFound`, `BadRequest`; `Internal` on a database error.
#[server(endpoint = "admin/coverage")]
pub async fn change_coverage(
    id: String,
    #[server(default)] intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::process::media;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let ctx = staffed.ctx();
    match intent.as_str() {
        "add" => {
            let written = media::add_coverage(&ctx, id, &f).await?;
            let back = format!("/admin/signings/{id}#coverage");
            staffed
                .finish(written, &back, |()| {
                    Next::to(&back, media::coverage_form(id))
                })
                .await
        }
        "delete" => {
            let written = media::delete_coverage(&ctx, id).await?;
            staffed
                .finish(written, "/admin", |signing| {
                    Next::to(
                        format!("/admin/signings/{signing}#coverage"),
                        media::coverage_form(signing),
                    )
                })
                .await
        }
        _ => Err(AppError::BadRequest(crate::i18n::Msg::new(
            "msg-unknown-action",
        ))),
    }
}

/// Deletes a photo.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/photos/delete")]
pub async fn delete_photo(id: String) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::process::media;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = media::delete_photo(&staffed.ctx(), id).await?;
    staffed
        .finish(written, "/admin", |signing| {
            Next::to(
                format!("/admin/signings/{signing}#photos"),
                media::photo_form(signing),
            )
        })
        .await
}

/// The media kit's press contacts, with the form that adds one.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/media")]
pub async fn get_media_contacts() -> Result<crate::model::process::MediaContactsPage, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, "media-contacts").await?;
    let logo_form = take_form(&staffed, "media-logos").await?;
    Ok(crate::model::process::MediaContactsPage {
        me: staffed.me(),
        contacts: crate::ssr::process::media::media_contacts(&staffed.state.db).await?,
        form,
        logos: crate::ssr::process::media::logos(&staffed.state.db, staffed.lang).await?,
        logo_form,
    })
}

/// One press contact's edit screen.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/media/contact")]
pub async fn get_media_contact(
    id: String,
) -> Result<crate::model::process::MediaContactEdit, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::process::media;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &media::contact_form(id)).await?;
    media::media_contact_edit(&staffed, id, kept).await
}

/// Adds a press contact (`intent` = `add`), saves one (`save`, `id`) or deletes one once
/// confirmed (`delete`, `id`).
///
/// # Errors
/// `Unauthorized`, `NotFound`, `BadRequest`; `Internal` on a database error.
#[server(endpoint = "admin/media/contacts")]
pub async fn change_media_contacts(
    #[server(default)] intent: String,
    #[server(default)] id: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = id.trim().parse::<i32>().ok();
    let written =
        crate::ssr::process::media::change_media_contacts(&staffed.ctx(), &intent, id, &f).await?;
    let back = id.map_or_else(
        || "/admin/media".to_owned(),
        |id| format!("/admin/media/contacts/{id}"),
    );
    staffed
        .finish(written, &back, |()| {
            Next::to("/admin/media", "media-contacts")
        })
        .await
}

/// Removes a logo from the media kit.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/media/logos/delete")]
pub async fn delete_logo(id: String) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = crate::ssr::process::media::delete_logo(&staffed.ctx(), id).await?;
    staffed
        .finish(written, "/admin/media", |()| {
            Next::to("/admin/media", "media-logos")
        })
        .await
}
