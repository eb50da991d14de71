//! Pictures and press material: photos of signing ceremonies (alt text required, credit and
//! licence, width variants for `srcset`, the picture as stored kept for the media kit),
//! external coverage of a signing, and the media kit's press contacts. A photo and a
//! coverage entry are public exactly when their signing is.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use serde_json::json;
use std::collections::BTreeMap;

use super::documents::Sent;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::admin::FormState;
use crate::model::process::{CoverageView, MediaContactEdit, MediaContactView, PhotoView};
use crate::ssr::accounts::Staffed;
use crate::ssr::audit::record;
use crate::ssr::db::begin_write;
use crate::ssr::entities::{
    blob, coverage, media_contact, media_logo, photo, photo_variant, signatory, signing,
};
use crate::ssr::files::{check_file, store_blob, CheckedFile, FileProblem};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::state::Ctx;
use crate::t;

/// The widths a photo is scaled to (those narrower than the picture itself).
pub const WIDTHS: [u32; 3] = [480, 960, 1600];

/// A checked picture and its scaled copies, ready to store.
struct Prepared {
    original: CheckedFile,
    width: u32,
    height: u32,
    variants: Vec<(u32, CheckedFile)>,
}

/// Checks an upload is a picture and scales it; on a blocking thread.
async fn prepare(sent: Sent) -> Result<Prepared, FileProblem> {
    tokio::task::spawn_blocking(move || {
        let original = check_file(&sent.name, &sent.bytes)?;
        if original.media_type == "application/pdf" {
            return Err(FileProblem::Kind);
        }
        let picture =
            image::load_from_memory(&original.bytes).map_err(|_| FileProblem::BrokenImage)?;
        let (width, height) = (picture.width(), picture.height());
        let mut variants = Vec::new();
        for w in WIDTHS.into_iter().filter(|w| *w < width) {
            let h = (u64::from(height) * u64::from(w) / u64::from(width)).max(1);
            let h = u32::try_from(h).unwrap_or(1);
            let scaled = picture
                .resize_exact(w, h, image::imageops::FilterType::Lanczos3)
                .to_rgb8();
            let mut bytes = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 82)
                .encode_image(&image::DynamicImage::ImageRgb8(scaled))
                .map_err(|_| FileProblem::BrokenImage)?;
            variants.push((
                w,
                CheckedFile {
                    media_type: "image/jpeg",
                    extension: "jpg",
                    bytes,
                },
            ));
        }
        Ok(Prepared {
            original,
            width,
            height,
            variants,
        })
    })
    .await
    .unwrap_or(Err(FileProblem::BrokenImage))
}

/// Records `action` on signing `signing_id` with what it added, and commits: the last step of
/// every addition to a signing's material.
pub(super) async fn commit_on_signing(
    txn: sea_orm::DatabaseTransaction,
    ctx: &Ctx<'_>,
    action: &str,
    signing_id: i32,
    added: serde_json::Value,
) -> Result<(), DbErr> {
    record(
        &txn,
        ctx.now,
        ctx.actor,
        action,
        "signing",
        Some(signing_id.to_string()),
        None,
        Some(added),
    )
    .await?;
    txn.commit().await
}

/// The form names of a signing's photo and coverage forms.
#[must_use]
pub fn photo_form(signing_id: i32) -> String {
    format!("signing-photos-{signing_id}")
}

/// See [`photo_form`].
#[must_use]
pub fn coverage_form(signing_id: i32) -> String {
    format!("signing-coverage-{signing_id}")
}

/// Adds a photo to signing `signing_id`: alt text, credit and licence required.
///
/// # Errors
/// `NotFound`; database errors (nothing saved then).
pub async fn add_photo(
    ctx: &Ctx<'_>,
    signing_id: i32,
    f: &BTreeMap<String, String>,
    file: Option<Sent>,
) -> Result<Written<()>, AppError> {
    let db = ctx.db();
    let mut form =
        super::documents::signing_form(ctx, signing_id, photo_form(signing_id), f).await?;
    let alt = form.required("alt", 300, "msg-photo-alt");
    let credit = form.required("credit", 200, "msg-photo-credit");
    let licence = form.required("licence", 200, "msg-photo-licence");
    let prepared = match file {
        None => {
            form.fail_with("photo", "msg-file-choose");
            None
        }
        Some(sent) => match prepare(sent).await {
            Ok(p) => Some(p),
            Err(FileProblem::Kind) => {
                form.fail_with("photo", "msg-photo-kind");
                None
            }
            Err(problem) => {
                form.fail_with("photo", problem.msg());
                None
            }
        },
    };
    let Some(p) = prepared.filter(|_| form.ok()) else {
        return Ok(form.refused("msg-file-not-saved"));
    };
    let txn = begin_write(db).await?;
    let sha = store_blob(&txn, &p.original, ctx.now).await?;
    let saved = photo::ActiveModel {
        signing_id: Set(signing_id),
        blob_sha256: Set(sha),
        media_type: Set(p.original.media_type.to_owned()),
        width: Set(i32::try_from(p.width).unwrap_or(i32::MAX)),
        height: Set(i32::try_from(p.height).unwrap_or(i32::MAX)),
        alt_text: Set(alt.clone()),
        credit: Set(credit.clone()),
        licence: Set(licence.clone()),
        created_at: Set(ctx.now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (w, file) in &p.variants {
        let sha = store_blob(&txn, file, ctx.now).await?;
        photo_variant::ActiveModel {
            photo_id: Set(saved.id),
            width: Set(i32::try_from(*w).unwrap_or(i32::MAX)),
            blob_sha256: Set(sha),
        }
        .insert(&txn)
        .await?;
    }
    commit_on_signing(
        txn,
        ctx,
        "photo.create",
        signing_id,
        json!({"photo": saved.id, "alt": alt, "credit": credit, "licence": licence}),
    )
    .await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-photo-saved")))
}

/// Deletes a photo (and the stored bytes nothing else uses); returns its signing.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn delete_photo(ctx: &Ctx<'_>, id: i32) -> Result<Written<i32>, AppError> {
    let db = ctx.db();
    let found = photo::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let variants = photo_variant::Entity::find()
        .filter(photo_variant::Column::PhotoId.eq(id))
        .all(db)
        .await?;
    let txn = begin_write(db).await?;
    photo::Entity::delete_by_id(id).exec(&txn).await?;
    let mut shas: Vec<String> = variants.into_iter().map(|v| v.blob_sha256).collect();
    shas.push(found.blob_sha256.clone());
    for sha in shas {
        drop_blob_if_unused(&txn, &sha).await?;
    }
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "photo.delete",
        "signing",
        Some(found.signing_id.to_string()),
        Some(json!({"photo": id, "alt": found.alt_text, "credit": found.credit})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        found.signing_id,
        t!(ctx.lang, "msg-photo-deleted"),
    ))
}

/// Deletes stored bytes that no document, photo, variant or logo uses any more.
///
/// # Errors
/// Database errors.
pub async fn drop_blob_if_unused<C: ConnectionTrait>(db: &C, sha: &str) -> Result<(), DbErr> {
    let used = crate::ssr::entities::document::Entity::find()
        .filter(crate::ssr::entities::document::Column::BlobSha256.eq(sha))
        .one(db)
        .await?
        .is_some()
        || photo::Entity::find()
            .filter(photo::Column::BlobSha256.eq(sha))
            .one(db)
            .await?
            .is_some()
        || photo_variant::Entity::find()
            .filter(photo_variant::Column::BlobSha256.eq(sha))
            .one(db)
            .await?
            .is_some()
        || media_logo::Entity::find()
            .filter(media_logo::Column::BlobSha256.eq(sha))
            .one(db)
            .await?
            .is_some();
    if !used {
        blob::Entity::delete_by_id(sha.to_owned()).exec(db).await?;
    }
    Ok(())
}

fn extension(media_type: &str) -> &'static str {
    if media_type == "image/png" {
        "png"
    } else {
        "jpg"
    }
}

/// The photos of `signing_ids`, oldest first, as pages show them.
///
/// # Errors
/// Database errors.
pub async fn photos_of<C: ConnectionTrait>(
    db: &C,
    signing_ids: &[i32],
) -> Result<Vec<PhotoView>, DbErr> {
    if signing_ids.is_empty() {
        return Ok(Vec::new());
    }
    let photos = photo::Entity::find()
        .filter(photo::Column::SigningId.is_in(signing_ids.iter().copied()))
        .order_by_asc(photo::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(photos.len());
    for p in photos {
        let mut variants = photo_variant::Entity::find()
            .filter(photo_variant::Column::PhotoId.eq(p.id))
            .order_by_asc(photo_variant::Column::Width)
            .all(db)
            .await?;
        let original = format!("/photos/{}/original.{}", p.id, extension(&p.media_type));
        let mut srcset: Vec<String> = variants
            .iter()
            .map(|v| format!("/photos/{}/{}.jpg {}w", p.id, v.width, v.width))
            .collect();
        srcset.push(format!("{original} {}w", p.width));
        // The page's picture: the 960 copy when there is one, else the widest copy, else itself.
        let chosen = variants
            .iter()
            .position(|v| v.width == 960)
            .or_else(|| variants.len().checked_sub(1))
            .map(|i| variants.swap_remove(i));
        let (src, sha) = match &chosen {
            Some(v) => (
                format!("/photos/{}/{}.jpg", p.id, v.width),
                v.blob_sha256.clone(),
            ),
            None => (original.clone(), p.blob_sha256.clone()),
        };
        let src_bytes = blob::Entity::find_by_id(sha)
            .one(db)
            .await?
            .map_or(0, |b| b.size);
        let who = signing::Entity::find_by_id(p.signing_id)
            .find_also_related(signatory::Entity)
            .one(db)
            .await?
            .and_then(|(_, who)| who)
            .map(|w| (w.slug, w.name))
            .unwrap_or_default();
        out.push(PhotoView {
            id: p.id,
            src,
            srcset: srcset.join(", "),
            width: p.width,
            height: p.height,
            alt: p.alt_text,
            credit: p.credit,
            licence: p.licence,
            original,
            src_bytes,
            signatory: who,
        });
    }
    Ok(out)
}

/// The bytes and type of photo `id` at `width` (`original` or one of [`WIDTHS`]) when its
/// signing is among `public_signings` (or for staff, `None`: any).
///
/// # Errors
/// Database errors.
pub async fn photo_file<C: ConnectionTrait>(
    db: &C,
    id: i32,
    width: &str,
    public_signings: Option<&[i32]>,
) -> Result<Option<blob::Model>, DbErr> {
    let Some(p) = photo::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if public_signings.is_some_and(|ids| !ids.contains(&p.signing_id)) {
        return Ok(None);
    }
    let sha = if width == format!("original.{}", extension(&p.media_type)) {
        Some(p.blob_sha256)
    } else {
        let Some(w) = width
            .strip_suffix(".jpg")
            .and_then(|w| w.parse::<i32>().ok())
        else {
            return Ok(None);
        };
        photo_variant::Entity::find_by_id((id, w))
            .one(db)
            .await?
            .map(|v| v.blob_sha256)
    };
    match sha {
        Some(sha) => blob::Entity::find_by_id(sha).one(db).await,
        None => Ok(None),
    }
}

/// Records an article about signing `signing_id`.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn add_coverage(
    ctx: &Ctx<'_>,
    signing_id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written<()>, AppError> {
    let db = ctx.db();
    let mut form =
        super::documents::signing_form(ctx, signing_id, coverage_form(signing_id), f).await?;
    let outlet = form.required("outlet", 200, "msg-coverage-outlet");
    let day = form.day("published_on", "msg-coverage-date");
    let title = form.required("title", 300, "msg-coverage-title");
    let url = form.url("url");
    if url.is_none() && form.form.error("url").is_none() {
        form.fail_with("url", "msg-coverage-url");
    }
    let language = form.get("language").to_ascii_lowercase();
    if language.len() != 2 || !language.bytes().all(|b| b.is_ascii_lowercase()) {
        form.fail_with("language", "msg-coverage-language");
    }
    let (Some(day), Some(url)) = (day, url) else {
        return Ok(form.refused("msg-not-saved"));
    };
    if !form.ok() {
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(db).await?;
    coverage::ActiveModel {
        signing_id: Set(signing_id),
        outlet: Set(outlet.clone()),
        published_on: Set(day.iso()),
        title: Set(title.clone()),
        url: Set(url.clone()),
        language: Set(language.clone()),
        created_at: Set(ctx.now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    commit_on_signing(
        txn,
        ctx,
        "coverage.create",
        signing_id,
        json!({"outlet": outlet, "date": day.iso(), "title": title, "url": url, "language": language}),
    )
    .await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-coverage-saved")))
}

/// Deletes a coverage entry; returns its signing.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn delete_coverage(ctx: &Ctx<'_>, id: i32) -> Result<Written<i32>, AppError> {
    let db = ctx.db();
    let found = coverage::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = begin_write(db).await?;
    coverage::Entity::delete_by_id(id).exec(&txn).await?;
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "coverage.delete",
        "signing",
        Some(found.signing_id.to_string()),
        Some(json!({"outlet": found.outlet, "title": found.title, "url": found.url})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        found.signing_id,
        t!(ctx.lang, "msg-coverage-deleted"),
    ))
}

/// The coverage of `signing_ids`, newest first.
///
/// # Errors
/// Database errors.
pub async fn coverage_of<C: ConnectionTrait>(
    db: &C,
    signing_ids: &[i32],
    lang: Lang,
) -> Result<Vec<CoverageView>, DbErr> {
    if signing_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(coverage::Entity::find()
        .filter(coverage::Column::SigningId.is_in(signing_ids.iter().copied()))
        .order_by_desc(coverage::Column::PublishedOn)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CoverageView {
            id: c.id,
            date: lang.iso_date(&c.published_on),
            outlet: c.outlet,
            title: c.title,
            url: c.url,
            language: c.language,
        })
        .collect())
}

/// The media kit's press contacts, in their order.
///
/// # Errors
/// Database errors.
pub async fn media_contacts<C: ConnectionTrait>(db: &C) -> Result<Vec<MediaContactView>, DbErr> {
    Ok(media_contact::Entity::find()
        .order_by_asc(media_contact::Column::Position)
        .order_by_asc(media_contact::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| MediaContactView {
            id: c.id,
            name: c.name,
            role: c.role,
            email: c.email,
            phone: c.phone,
        })
        .collect())
}

/// The form name of press contact `id`'s edit screen.
#[must_use]
pub fn contact_form(id: i32) -> String {
    format!("media-contact-{id}")
}

/// Press contact `id`'s edit screen: its values, or what a refused post kept.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn media_contact_edit(
    staffed: &Staffed,
    id: i32,
    kept: FormState,
) -> Result<MediaContactEdit, AppError> {
    let found = media_contact::Entity::find_by_id(id)
        .one(&staffed.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut stored = FormState::default();
    for (k, v) in [
        ("name", found.name.clone()),
        ("role", found.role.clone()),
        ("email", found.email.clone()),
        ("phone", found.phone.clone().unwrap_or_default()),
    ] {
        stored.values.insert(k.into(), v);
    }
    Ok(MediaContactEdit {
        me: staffed.me(),
        id,
        name: found.name,
        form: FormState::shown(stored, kept, contact_form(id)),
    })
}

/// A press contact as typed (name, role, e-mail, phone) set on `into`; each wrong field gets
/// its error.
fn read_contact(form: &mut FormReader<'_>, into: &mut media_contact::ActiveModel) {
    let name = form.required("name", 120, "msg-contact-name");
    let role = form.required("role", 200, "msg-contact-role");
    let email = match crate::ssr::accounts::parse_email(&form.get("email")) {
        Ok(e) => e,
        Err(msg) => {
            let text = msg.text(form.lang());
            form.fail("email", text);
            String::new()
        }
    };
    let phone = form.optional("phone", 40);
    if phone.as_deref().is_some_and(|p| {
        !p.chars()
            .all(|c| c.is_ascii_digit() || " +()-./".contains(c))
    }) {
        form.fail_with("phone", "msg-contact-phone");
    }
    into.name = Set(name);
    into.role = Set(role);
    into.email = Set(email);
    into.phone = Set(phone);
}

/// The audited fields of a stored press contact.
fn contact_json(c: &media_contact::Model) -> serde_json::Value {
    json!({"name": c.name, "role": c.role, "email": c.email, "phone": c.phone})
}

/// Adds a press contact to the media kit (`intent` = `add`), saves one (`save`, `id`) or
/// deletes one once `confirm_delete` is ticked (`delete`, `id`). Each is audited with its
/// fields before and after.
///
/// # Errors
/// `NotFound`, `BadRequest`; database errors.
pub async fn change_media_contacts(
    ctx: &Ctx<'_>,
    intent: &str,
    id: Option<i32>,
    f: &BTreeMap<String, String>,
) -> Result<Written<()>, AppError> {
    let db = ctx.db();
    let found = match (intent, id) {
        ("add", _) => None,
        ("save" | "delete", Some(id)) => Some(
            media_contact::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        ("save" | "delete", None) => return Err(AppError::NotFound),
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    let name = found
        .as_ref()
        .map_or_else(|| "media-contacts".to_owned(), |c| contact_form(c.id));
    let mut form = FormReader::new(name, f, ctx.lang);
    let txn;
    let saved_text;
    match (intent, found) {
        ("delete", Some(found)) => {
            if form.get("confirm_delete") != "yes" {
                form.fail_with("confirm_delete", "msg-contact-delete-confirm");
                return Ok(form.refused("msg-not-saved"));
            }
            txn = begin_write(db).await?;
            let gone = media_contact::Entity::delete_by_id(found.id)
                .exec(&txn)
                .await?;
            if gone.rows_affected != 1 {
                txn.rollback().await?;
                return Err(AppError::NotFound);
            }
            record(
                &txn,
                ctx.now,
                ctx.actor,
                "media_contact.delete",
                "media_contact",
                Some(found.id.to_string()),
                Some(contact_json(&found)),
                None,
            )
            .await?;
            saved_text = t!(ctx.lang, "msg-contact-deleted", name = &found.name);
        }
        ("save", Some(found)) => {
            let before = contact_json(&found);
            let mut active: media_contact::ActiveModel = found.into();
            read_contact(&mut form, &mut active);
            if !form.ok() {
                return Ok(form.refused("msg-not-saved"));
            }
            txn = begin_write(db).await?;
            let saved = active.update(&txn).await?;
            record(
                &txn,
                ctx.now,
                ctx.actor,
                "media_contact.update",
                "media_contact",
                Some(saved.id.to_string()),
                Some(before),
                Some(contact_json(&saved)),
            )
            .await?;
            saved_text = t!(ctx.lang, "msg-contacts-saved");
        }
        _ => {
            let mut active = <media_contact::ActiveModel as Default>::default();
            read_contact(&mut form, &mut active);
            if !form.ok() {
                return Ok(form.refused("msg-not-saved"));
            }
            txn = begin_write(db).await?;
            // Last in the list: one more than the highest position, read in this transaction.
            let last = media_contact::Entity::find()
                .order_by_desc(media_contact::Column::Position)
                .one(&txn)
                .await?
                .map_or(0, |c| c.position.saturating_add(1));
            active.position = Set(last);
            let saved = active.insert(&txn).await?;
            record(
                &txn,
                ctx.now,
                ctx.actor,
                "media_contact.create",
                "media_contact",
                Some(saved.id.to_string()),
                None,
                Some(contact_json(&saved)),
            )
            .await?;
            saved_text = t!(ctx.lang, "msg-contacts-saved");
        }
    }
    // The media kit and the releases that name these contacts are public pages.
    crate::ssr::audit::bump_registry_version(&txn).await?;
    txn.commit().await?;
    Ok(Written::saved((), saved_text))
}

/// The logos of the media kit, oldest first.
///
/// # Errors
/// Database errors.
pub async fn logos<C: ConnectionTrait>(
    db: &C,
    lang: Lang,
) -> Result<Vec<crate::model::process::LogoView>, DbErr> {
    let rows = media_logo::Entity::find()
        .order_by_asc(media_logo::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for l in rows {
        let size = blob::Entity::find_by_id(l.blob_sha256.clone())
            .one(db)
            .await?
            .map_or(0, |b| b.size);
        out.push(crate::model::process::LogoView {
            id: l.id,
            href: format!("/media/logos/{}.{}", l.id, extension(&l.media_type)),
            size: super::documents::size_words(size, &l.media_type, lang),
            name: l.name,
        });
    }
    Ok(out)
}

/// Adds a logo to the media kit: a PNG or JPEG and its name.
///
/// # Errors
/// Database errors (nothing saved then).
pub async fn add_logo(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
    file: Option<Sent>,
) -> Result<Written<()>, AppError> {
    let mut form = FormReader::new("media-logos", f, ctx.lang);
    let name = form.required("logo_name", 200, "msg-logo-name");
    let checked = match file {
        None => {
            form.fail_with("logo", "msg-file-choose");
            None
        }
        Some(sent) => match sent.check().await {
            Ok(file) if file.media_type == "application/pdf" => {
                form.fail_with("logo", "msg-photo-kind");
                None
            }
            Ok(file) => Some(file),
            Err(FileProblem::Kind) => {
                form.fail_with("logo", "msg-photo-kind");
                None
            }
            Err(problem) => {
                form.fail_with("logo", problem.msg());
                None
            }
        },
    };
    let Some(file) = checked.filter(|_| form.ok()) else {
        return Ok(form.refused("msg-file-not-saved"));
    };
    let txn = begin_write(ctx.db()).await?;
    let sha = store_blob(&txn, &file, ctx.now).await?;
    let saved = media_logo::ActiveModel {
        name: Set(name.clone()),
        blob_sha256: Set(sha),
        media_type: Set(file.media_type.to_owned()),
        created_at: Set(ctx.now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "media_logo.create",
        "media_logo",
        Some(saved.id.to_string()),
        None,
        Some(json!({"name": name})),
    )
    .await?;
    crate::ssr::audit::bump_registry_version(&txn).await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-logo-saved")))
}

/// Removes a logo from the media kit.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn delete_logo(ctx: &Ctx<'_>, id: i32) -> Result<Written<()>, AppError> {
    let found = media_logo::Entity::find_by_id(id)
        .one(ctx.db())
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = begin_write(ctx.db()).await?;
    media_logo::Entity::delete_by_id(id).exec(&txn).await?;
    drop_blob_if_unused(&txn, &found.blob_sha256).await?;
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "media_logo.delete",
        "media_logo",
        Some(id.to_string()),
        Some(json!({"name": found.name})),
        None,
    )
    .await?;
    crate::ssr::audit::bump_registry_version(&txn).await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-logo-deleted")))
}

/// A logo's bytes, for anyone (`name` is `{id}.png` or `{id}.jpg`).
///
/// # Errors
/// Database errors.
pub async fn logo_file<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<blob::Model>, DbErr> {
    let Some((id, ext)) = name.split_once('.') else {
        return Ok(None);
    };
    let Ok(id) = id.parse::<i32>() else {
        return Ok(None);
    };
    let Some(logo) = media_logo::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if extension(&logo.media_type) != ext {
        return Ok(None);
    }
    blob::Entity::find_by_id(logo.blob_sha256).one(db).await
}
