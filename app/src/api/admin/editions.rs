//! Charter editions: the list, translations, new editions, editing and preview.

use super::*;

/// The charter editions, with the new-draft form.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/editions")]
pub async fn get_editions() -> Result<crate::model::admin::EditionList, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, "editions").await?;
    let rows = crate::ssr::charter::rows(&staffed.state.db).await?;
    let originals = rows
        .iter()
        .filter(|r| r.status == "published" && r.translation_of.is_none())
        .map(|r| (r.id.to_string(), format!("{} ({})", r.title, r.slug)))
        .collect();
    Ok(crate::model::admin::EditionList {
        me: staffed.me(),
        rows,
        form,
        originals,
        languages: crate::i18n::Lang::ALL
            .iter()
            .map(|l| (l.code().to_owned(), l.own_name().to_owned()))
            .collect(),
    })
}

/// Starts a translation of a published edition: a draft copy in the chosen language.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/translate")]
pub async fn translate_edition(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::charter::create_translation(&staffed.ctx(), &f).await?;
    open_edition_or_return(&staffed, written).await
}

/// Creates a draft edition as a copy of the current one, then opens it.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/create")]
pub async fn create_edition(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::charter::create_draft(&staffed.ctx(), &f).await?;
    open_edition_or_return(&staffed, written).await
}

/// After creating an edition: open it, or go back to the list with the form's errors.
#[cfg(feature = "ssr")]
async fn open_edition_or_return(
    staffed: &crate::ssr::accounts::Staffed,
    written: crate::ssr::forms::Written<i32>,
) -> Result<(), AppError> {
    staffed
        .finish(written, "/admin/editions", |id| {
            Next::to(format!("/admin/editions/{id}"), format!("edition-{id}"))
        })
        .await
}

/// One edition's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/edition")]
pub async fn get_edition_edit(id: String) -> Result<crate::model::admin::EditionEdit, AppError> {
    use crate::model::SectionKind;
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept = take_form(&staffed, &format!("edition-{id}")).await?;
    let (model, stored, sections) = crate::ssr::charter::edit_form(&staffed.state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = crate::model::admin::FormState::shown(stored, kept, format!("edition-{id}"));
    let translation_of = match model.translation_of {
        Some(original) => {
            <crate::ssr::entities::edition::Entity as sea_orm::EntityTrait>::find_by_id(original)
                .one(&staffed.state.db)
                .await?
                .map(|o| o.slug)
        }
        None => None,
    };
    Ok(crate::model::admin::EditionEdit {
        me: staffed.me(),
        id,
        slug: model.slug,
        status: model.status.as_str().to_owned(),
        current: model.is_current,
        translation_of,
        language: model.language.clone(),
        form,
        sections,
        kinds: [
            SectionKind::Preamble,
            SectionKind::Role,
            SectionKind::Closing,
            SectionKind::Note,
            SectionKind::Footnote,
        ]
        .into_iter()
        .map(|k| {
            (
                k.as_str().to_owned(),
                staffed.lang.t(&format!("section-kind-{}", k.as_str())),
            )
        })
        .collect(),
    })
}

/// Saves an edition's text (`intent` = `save`), publishes a draft (`publish`: it becomes
/// current), or deletes a draft made by mistake (`delete`).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/save")]
pub async fn save_edition(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let ctx = staffed.ctx();
    if intent == "delete" {
        let written = crate::ssr::charter::delete_draft(&ctx, id, &f).await?;
        return staffed
            .finish(written, &format!("/admin/editions/{id}"), |()| {
                Next::to("/admin/editions", "editions")
            })
            .await;
    }
    let written = match intent.as_str() {
        "save" => crate::ssr::charter::save(&ctx, id, &f).await?,
        // An edition becomes the charter's public text: an admin publishes it (editors prepare).
        "publish" if !staffed.session.is_admin() => {
            crate::ssr::forms::Written::Refused(crate::model::admin::FormState::with_notice(
                format!("edition-{id}"),
                crate::t!(staffed.lang, "msg-edition-publish-admin"),
            ))
        }
        "publish" => crate::ssr::charter::publish(&ctx, id).await?,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    let here = format!("/admin/editions/{id}");
    staffed
        .finish(written, &here, |()| {
            Next::to(&here, format!("edition-{id}"))
        })
        .await
}

/// An edition exactly as its public page will show it, whatever its status.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/edition-preview")]
pub async fn get_edition_preview(id: String) -> Result<crate::model::EditionPage, AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::entities::edition;
    use sea_orm::EntityTrait;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let db = &staffed.state.db;
    let model = edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::model::EditionPage {
        edition: crate::ssr::charter::edition_text(db, model).await?,
        editions: crate::ssr::charter::published_editions(db).await?,
    })
}
