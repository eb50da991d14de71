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
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let created = crate::ssr::charter::create_translation(
        &staffed.state.db,
        &staffed.actor,
        staffed.state.clock.now(),
        &get("original"),
        &get("language"),
    )
    .await?;
    open_edition_or_return(&staffed, created).await
}

/// Creates a draft edition as a copy of the current one, then opens it.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/create")]
pub async fn create_edition(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let created = crate::ssr::charter::create_draft(
        &staffed.state.db,
        &staffed.actor,
        staffed.state.clock.now(),
        &get("slug"),
        &get("title"),
    )
    .await?;
    open_edition_or_return(&staffed, created).await
}

/// After creating an edition: open it, or go back to the list with the form's errors.
#[cfg(feature = "ssr")]
async fn open_edition_or_return(
    staffed: &crate::ssr::accounts::Staffed,
    created: Result<i32, crate::model::admin::FormState>,
) -> Result<(), AppError> {
    use crate::ssr::accounts::{go, keep_and_go};
    match created {
        Ok(id) => {
            go(&format!("/admin/editions/{id}"));
            Ok(())
        }
        Err(form) => keep_and_go(staffed, &form, "/admin/editions").await,
    }
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
            let lang = crate::i18n::request_lang();
            (
                k.as_str().to_owned(),
                lang.t(&format!("section-kind-{}", k.as_str())),
            )
        })
        .collect(),
    })
}

/// Saves an edition's text (`intent` = `save`), or publishes a draft (`publish`: it becomes current).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/save")]
pub async fn save_edition(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::accounts::{keep_and_go, require_staff};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let here = format!("/admin/editions/{id}");
    let (db, now) = (&staffed.state.db, staffed.state.clock.now());
    let ui = crate::i18n::request_lang();
    let notice = match intent.as_str() {
        "save" => match crate::ssr::charter::save(db, &staffed.actor, now, id, &f).await {
            Ok(Ok(())) => crate::t!(ui, "msg-saved"),
            Ok(Err(form)) => return keep_and_go(&staffed, &form, &here).await,
            Err(sea_orm::DbErr::RecordNotFound(_)) => return Err(AppError::NotFound),
            Err(err) => return Err(err.into()),
        },
        "publish" => {
            if crate::ssr::charter::publish(db, &staffed.actor, now, id).await? {
                crate::t!(ui, "msg-edition-published")
            } else {
                crate::t!(ui, "msg-only-draft")
            }
        }
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    let kept = FormState {
        form: format!("edition-{id}"),
        notice: Some(notice),
        ..FormState::default()
    };
    keep_and_go(&staffed, &kept, &here).await
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
