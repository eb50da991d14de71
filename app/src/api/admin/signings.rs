//! Registering a signing: the form, its previews, the save, the saved signing and its hold.

use super::*;

/// The register-a-signing form, with the kept values, errors and preview of the last post.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/signing-form")]
pub async fn get_signing_form(
    signatory: Option<String>,
    application: Option<String>,
) -> Result<SigningForm, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    let mut form = take_form(&staffed, "signing").await?;
    if let Some(id) = signatory {
        form.values.entry("signatory".into()).or_insert(id);
    }
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    // From an application: its city, ceremony and council decision, unless a post was kept.
    if let Some(id) = application.and_then(|a| a.parse::<i32>().ok()) {
        if form.values.is_empty() {
            let values =
                crate::ssr::process::pipeline::signing_values(&staffed.state.db, &snapshot, id)
                    .await?;
            form.values = values.ok_or(AppError::NotFound)?;
        }
    }
    let preview = form
        .values
        .get("_preview")
        .map(|p| p.split('\n').map(str::to_owned).collect());
    let mut signatories: Vec<(String, String)> = snapshot
        .signatories()
        .iter()
        .map(|s| (s.id.to_string(), format!("{} ({})", s.name, s.country_code)))
        .collect();
    signatories.sort_by_cached_key(|s| domain::text::fold(&s.1));
    let mut editions: Vec<(String, String)> = snapshot
        .editions()
        .iter()
        .map(|e| (e.slug.clone(), e.title.clone()))
        .collect();
    editions.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(SigningForm {
        me: staffed.me(),
        form,
        signatories,
        countries: snapshot.country_choices(staffed.lang),
        editions,
        kinds: crate::ssr::accounts::kind_choices(staffed.lang),
        preview,
    })
}

/// The places the signing in the form would get (in `lang`, a language code), without saving (the form's "Preview"
/// button, and the live preview when JavaScript runs). Writes nothing but the form kept for
/// the page.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/signings/preview")]
pub async fn preview_signing(#[server(default)] f: Fields) -> Result<Vec<String>, AppError> {
    use crate::ssr::accounts::{keep_and_go, require_staff};
    use crate::ssr::signings::{preview, read_signing};

    let staffed = require_staff(false).await?;
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    let (input, mut read) = read_signing(&f, &snapshot, staffed.lang);
    let lines = input
        .map(|i| preview(&i, &snapshot, staffed.state.clock.now(), staffed.lang))
        .unwrap_or_default();
    if !lines.is_empty() {
        read.form.values.insert("_preview".into(), lines.join("\n"));
    }
    keep_and_go(&staffed, &read.form, "/admin/signings/new#preview").await?;
    Ok(lines)
}

/// The places the signing in the form would get (the live preview when JavaScript runs).
/// Writes nothing.
///
/// # Errors
/// `Unauthorized`; `BadRequest` naming what is missing; `Internal` on a database error.
#[server(endpoint = "admin/signings/places")]
pub async fn preview_places(
    #[server(default)] f: Fields,
    #[server(default)] lang: String,
) -> Result<Vec<String>, AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::signings::{preview, read_signing};

    let staffed = require_staff(false).await?;
    // The island's page language: the call itself has no `/fr` in its address.
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(staffed.lang);
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    match read_signing(&f, &snapshot, lang) {
        (Some(input), _) => Ok(preview(&input, &snapshot, staffed.state.clock.now(), lang)),
        (None, read) => Ok(read.form.errors.values().cloned().collect()),
    }
}

/// Saves a signing (and its new signatory, sources and audit record) in one transaction.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signings/register")]
pub async fn register_signing(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::signings::register(&staffed.ctx(), &f).await?;
    staffed
        .finish(written, "/admin/signings/new", |id| {
            Next::to(format!("/admin/signings/{id}"), format!("signing-{id}"))
        })
        .await
}

/// A saved signing, with the places it got.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signing")]
pub async fn get_saved_signing(id: String) -> Result<SavedSigning, AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let kept =
        crate::ssr::accounts::take_form(&staffed, &crate::ssr::signings::form_name(id)).await?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let signing = snapshot
        .signings()
        .iter()
        .find(|s| s.id == id)
        .ok_or(AppError::NotFound)?;
    let form = crate::ssr::signings::edit_form(&snapshot, signing, kept);
    let lang = staffed.lang;
    let (slug, name, _, lines, _) = snapshot
        .places_as_of(signing.signatory_id, None, lang)
        .ok_or(AppError::NotFound)?;
    let now = staffed.state.clock.now();
    let release = {
        use crate::ssr::entities::press_release_signing::{Column, Entity};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        Entity::find()
            .filter(Column::SigningId.eq(id))
            .order_by_asc(Column::PressReleaseId)
            .one(&staffed.state.db)
            .await?
            .map(|link| link.press_release_id)
    };
    Ok(SavedSigning {
        me: staffed.me(),
        signing_id: id,
        slug,
        name,
        lines,
        held: signing.held,
        public_from: snapshot
            .public_from(id)
            .and_then(|from| from.upcoming(now))
            .map(|at| crate::ssr::embargo::brussels_time(at, lang)),
        release,
        form,
        documents: crate::model::process::SigningDocuments {
            documents: crate::ssr::process::documents::documents_of(
                &staffed.state.db,
                None,
                Some(id),
                lang,
            )
            .await?,
            application: crate::ssr::process::pipeline::application_of_signing(
                &staffed.state.db,
                id,
            )
            .await?,
            form: crate::ssr::accounts::take_form(&staffed, &format!("signing-documents-{id}"))
                .await?,
        },
        media: {
            use crate::ssr::process::media;
            let mut photos = media::photos_of(&staffed.state.db, &[id]).await?;
            // Staff see a signing's photos before it is public: through the staff address.
            for p in &mut photos {
                p.src = format!("/admin{}", p.src);
                p.srcset = p.srcset.replace("/photos/", "/admin/photos/");
                p.original = format!("/admin{}", p.original);
            }
            crate::model::process::SigningMedia {
                photos,
                coverage: media::coverage_of(&staffed.state.db, &[id], lang).await?,
                photo_form: crate::ssr::accounts::take_form(&staffed, &media::photo_form(id))
                    .await?,
                coverage_form: crate::ssr::accounts::take_form(&staffed, &media::coverage_form(id))
                    .await?,
            }
        },
    })
}

/// Holds a signing back from the public (`hold` = `yes`) or releases it (`no`), audited.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signings/hold")]
pub async fn hold_signing(id: String, hold: Option<String>) -> Result<(), AppError> {
    use crate::ssr::accounts::{go, require_staff};
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let held = match hold.as_deref().unwrap_or_default() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-bad-arguments",
            )))
        }
    };
    crate::ssr::signings::set_held(
        &staffed.state.db,
        id,
        held,
        &staffed.actor,
        staffed.state.clock.now(),
    )
    .await?;
    go(&format!("/admin/signings/{id}"));
    Ok(())
}

/// Saves the corrected facts of a signing; back to its screen with the notice, or with the
/// errors on their fields.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signings/update")]
pub async fn update_signing(id: String, #[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    use crate::ssr::signings::form_name;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = crate::ssr::signings::update_signing(&staffed.ctx(), id, &f).await?;
    let back = format!("/admin/signings/{id}");
    staffed
        .finish(written, &back, |()| Next::to(back.clone(), form_name(id)))
        .await
}

/// Deletes a signing registered by mistake (after confirmation), then shows its signatory.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signings/delete")]
pub async fn delete_signing(id: String, #[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let id = record_id(&id)?;
    let written = crate::ssr::signings::delete_signing(&staffed.ctx(), id, &f).await?;
    staffed
        .finish(written, &format!("/admin/signings/{id}"), |_| {
            Next::to("/admin", "dashboard")
        })
        .await
}

/// The signings of one day (`2010-02-22`), to set their order at once.
///
/// # Errors
/// `Unauthorized`, `BadRequest` (not a day), `NotFound` (no signing that day); `Internal` on a
/// database error.
#[server(endpoint = "admin/signings/day")]
pub async fn get_day_order(day: String) -> Result<crate::model::admin::DayOrder, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let kept = take_form(&staffed, &format!("day-{}", day.trim())).await?;
    crate::ssr::signings::day_order(&staffed, &day, kept).await
}

/// Sets the position on that day of every signing of `day` at once.
///
/// # Errors
/// `Unauthorized`, `BadRequest`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signings/order")]
pub async fn order_day(day: String, #[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::signings::save_day_order(&staffed.ctx(), &day, &f).await?;
    let here = format!(
        "/admin/signings/day/{}",
        domain::directory::encode(day.trim())
    );
    staffed
        .finish(written, &here, |()| Next::to("/admin", "dashboard"))
        .await
}
