//! Editions as staff start and finish them: the list, a new draft (a copy of the current
//! edition), a translation, publishing (the edition becomes current).

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use serde_json::json;

use std::collections::BTreeMap;

use crate::error::AppError;
use crate::i18n::Msg;
use crate::model::admin::{EditionAdminRow, FormState};
use crate::ssr::audit::record;
use crate::ssr::convert::to_date;
use crate::ssr::db::begin_write;
use crate::ssr::entities::states::Publication;
use crate::ssr::entities::{edition, edition_item, edition_section};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::state::Ctx;
use crate::t;
use domain::edition::parse_edition_slug;

/// Every edition, newest first.
///
/// # Errors
/// Database errors.
pub async fn rows(db: &DatabaseConnection) -> Result<Vec<EditionAdminRow>, DbErr> {
    let all = edition::Entity::find()
        .order_by_desc(edition::Column::Slug)
        .all(db)
        .await?;
    let slug_of = |id: i32| all.iter().find(|e| e.id == id).map(|e| e.slug.clone());
    Ok(all
        .iter()
        .map(|e| EditionAdminRow {
            id: e.id,
            slug: e.slug.clone(),
            title: e.title.clone(),
            status: e.status.as_str().to_owned(),
            current: e.is_current,
            preamble_missing: e.preamble_missing,
            language: e.language.clone(),
            translation_of: e.translation_of.and_then(slug_of),
        })
        .collect())
}

/// Creates a draft translation of the published original `original_id` into `language`, as a
/// copy of its text for staff to translate; returns its id, or the form with its errors.
///
/// # Errors
/// Database errors (nothing written).
pub async fn create_translation(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<i32>, AppError> {
    let (db, actor, now, ui) = (ctx.db(), ctx.actor, ctx.now, ctx.lang);
    let mut form = FormReader::new("editions", f, ui);
    let (original_id, language) = (form.get("original"), form.get("language"));
    let all = edition::Entity::find().all(db).await?;
    let original = original_id
        .parse::<i32>()
        .ok()
        .and_then(|id| all.iter().find(|e| e.id == id))
        .filter(|e| e.status == Publication::Published && e.translation_of.is_none())
        .cloned();
    if original.is_none() {
        form.fail_with("original", "msg-edition-choose-original");
    }
    let lang = crate::i18n::Lang::from_code(&language);
    match (&lang, &original) {
        (None, _) => form.fail_with("language", "msg-edition-choose-language"),
        (Some(l), Some(o)) if o.language == l.code() => {
            form.fail_with("language", "msg-edition-same-language");
        }
        (Some(l), Some(o))
            if all
                .iter()
                .any(|e| e.translation_of == Some(o.id) && e.language == l.code()) =>
        {
            form.fail_with("language", "msg-edition-translation-exists");
        }
        _ => {}
    }
    let (Some(original), Some(lang), true) = (original, lang, form.ok()) else {
        return Ok(form.refused("msg-edition-translation-not-created"));
    };
    let slug = format!("{}-{}", original.slug, lang.code());
    if all.iter().any(|e| e.slug == slug) {
        form.fail("language", t!(ui, "msg-edition-exists", slug = &slug));
        return Ok(form.refused("msg-edition-translation-not-created"));
    }
    let txn = begin_write(db).await?;
    let created = edition::ActiveModel {
        slug: Set(slug.clone()),
        title: Set(original.title.clone()),
        subtitle: Set(original.subtitle.clone()),
        language: Set(lang.code().to_owned()),
        status: Set(Publication::Draft),
        first_published: Set(original.first_published.clone()),
        last_updated: Set(original.last_updated.clone()),
        published_on: Set(None),
        is_current: Set(false),
        preamble_missing: Set(original.preamble_missing),
        editorial_note: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        translation_of: Set(Some(original.id)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    copy_sections(&txn, original.id, created.id).await?;
    record(
        &txn,
        now,
        actor,
        "edition.translate",
        "edition",
        Some(slug),
        None,
        Some(json!({"translation_of": original.slug, "language": lang.code()})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::Saved {
        value: created.id,
        notice: None,
    })
}

/// Copies every section and item of edition `from` into edition `to`.
async fn copy_sections(
    txn: &sea_orm::DatabaseTransaction,
    from: i32,
    to: i32,
) -> Result<(), DbErr> {
    for (section, items) in sections_of(txn, from).await? {
        let copy = edition_section::ActiveModel {
            edition_id: Set(to),
            position: Set(section.position),
            kind: Set(section.kind),
            key: Set(section.key),
            heading: Set(section.heading),
            body: Set(section.body),
            footnote_marker: Set(section.footnote_marker),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        for item in items {
            edition_item::ActiveModel {
                section_id: Set(copy.id),
                position: Set(item.position),
                text: Set(item.text),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}

pub(super) async fn sections_of(
    db: &impl sea_orm::ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<(edition_section::Model, Vec<edition_item::Model>)>, DbErr> {
    let sections = edition_section::Entity::find()
        .filter(edition_section::Column::EditionId.eq(edition_id))
        .order_by_asc(edition_section::Column::Position)
        .all(db)
        .await?;
    let items = edition_item::Entity::find()
        .filter(edition_item::Column::SectionId.is_in(sections.iter().map(|s| s.id)))
        .order_by_asc(edition_item::Column::Position)
        .all(db)
        .await?;
    Ok(sections
        .into_iter()
        .map(|s| {
            let mine = items
                .iter()
                .filter(|i| i.section_id == s.id)
                .cloned()
                .collect();
            (s, mine)
        })
        .collect())
}

/// Creates a draft edition `slug` as a copy of the current one; returns its id, or the form
/// with its errors.
///
/// # Errors
/// Database errors (nothing written).
pub async fn create_draft(
    ctx: &Ctx<'_>,
    f: &BTreeMap<String, String>,
) -> Result<Written<i32>, AppError> {
    let (db, actor, now, ui) = (ctx.db(), ctx.actor, ctx.now, ctx.lang);
    let mut form = FormReader::new("editions", f, ui);
    let (slug, title) = (form.get("slug"), form.get("title"));
    let slug = match parse_edition_slug(&slug) {
        Ok(s) => Some(s),
        Err(message) => {
            form.fail("slug", Msg::from(message).text(ui));
            None
        }
    };
    let title = title.as_str();
    if title.is_empty() || title.chars().count() > 120 {
        form.fail_with("title", "msg-edition-title");
    }
    let all = edition::Entity::find().all(db).await?;
    if let Some(s) = &slug {
        if all.iter().any(|e| &e.slug == s) {
            form.fail("slug", t!(ui, "msg-edition-exists", slug = s));
        }
    }
    let (Some(slug), true) = (slug, form.ok()) else {
        return Ok(form.refused("msg-edition-not-created"));
    };
    let source = all
        .iter()
        .find(|e| e.is_current)
        .or(all.iter().rev().find(|e| e.translation_of.is_none()))
        .cloned();
    let txn = begin_write(db).await?;
    let created = edition::ActiveModel {
        slug: Set(slug.clone()),
        title: Set(title.to_owned()),
        subtitle: Set(source
            .as_ref()
            .map(|s| s.subtitle.clone())
            .unwrap_or_default()),
        language: Set("en".into()),
        status: Set(Publication::Draft),
        first_published: Set(slug.clone()),
        last_updated: Set(None),
        published_on: Set(None),
        is_current: Set(false),
        preamble_missing: Set(false),
        editorial_note: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(source) = &source {
        copy_sections(&txn, source.id, created.id).await?;
    }
    record(
        &txn,
        now,
        actor,
        "edition.create",
        "edition",
        Some(slug.clone()),
        None,
        Some(json!({"title": title, "copied_from": source.map(|s| s.slug)})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::Saved {
        value: created.id,
        notice: None,
    })
}

/// Publishes a draft: it becomes the current edition; the others stay published and readable.
/// Refused (with a notice) when it is not a draft.
///
/// # Errors
/// Database errors (nothing written).
pub async fn publish(ctx: &Ctx<'_>, id: i32) -> Result<Written, AppError> {
    let (db, actor, now, ui) = (ctx.db(), ctx.actor, ctx.now, ctx.lang);
    let model = edition::Entity::find_by_id(id).one(db).await?;
    let Some(model) = model.filter(|m| m.status == Publication::Draft) else {
        let only = FormState::with_notice(format!("edition-{id}"), t!(ui, "msg-only-draft"));
        return Ok(Written::Refused(only));
    };
    let txn = begin_write(db).await?;
    // A translation is shown in place of its original on pages in its language; it never
    // becomes the current edition itself.
    let translation = model.translation_of.is_some();
    if !translation {
        edition::Entity::update_many()
            .col_expr(
                edition::Column::IsCurrent,
                sea_orm::sea_query::Expr::value(false),
            )
            .filter(edition::Column::IsCurrent.eq(true))
            .exec(&txn)
            .await?;
    }
    let today = crate::ssr::newsroom::brussels_day(now).0;
    let mut active: edition::ActiveModel = model.clone().into();
    active.status = Set(Publication::Published);
    active.is_current = Set(!translation);
    active.published_on = Set(to_date(today));
    active.updated_at = Set(now);
    active.update(&txn).await?;
    record(
        &txn,
        now,
        actor,
        "edition.publish",
        "edition",
        Some(model.slug.clone()),
        Some(json!({"status": "draft"})),
        Some(json!({"status": "published", "current": !translation})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ui, "msg-edition-published")))
}

/// Deletes a draft edition made by mistake, once staff ticked the confirmation: never a
/// published one (a superseded edition stays readable, as the record of what cities signed),
/// nor one that a signing, an unidentified signatory or a translation names. Its sections go
/// with it; audited with what it was. Checked again inside the transaction.
///
/// # Errors
/// `NotFound`; `Internal` on a database error (nothing written).
pub async fn delete_draft(
    ctx: &Ctx<'_>,
    id: i32,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    use crate::ssr::entities::{signing, unidentified_signatory};
    use sea_orm::{PaginatorTrait, QuerySelect};
    let (db, actor, now, ui) = (ctx.db(), ctx.actor, ctx.now, ctx.lang);
    let model = edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(format!("edition-{id}"), f, ui);
    if model.status != Publication::Draft {
        return Ok(form.refused("msg-edition-delete-not-draft"));
    }
    if form.get("confirm_delete") != "yes" {
        form.fail_with("confirm_delete", "msg-edition-delete-confirm");
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(db).await?;
    let still_draft = edition::Entity::find_by_id(id)
        .filter(edition::Column::Status.eq(Publication::Draft))
        .lock_exclusive()
        .one(&txn)
        .await?
        .is_some();
    let named = signing::Entity::find()
        .filter(signing::Column::EditionId.eq(id))
        .count(&txn)
        .await?
        + unidentified_signatory::Entity::find()
            .filter(unidentified_signatory::Column::EditionId.eq(id))
            .count(&txn)
            .await?
        + edition::Entity::find()
            .filter(edition::Column::TranslationOf.eq(id))
            .count(&txn)
            .await?;
    if !still_draft || named > 0 {
        txn.rollback().await?;
        let key = if still_draft {
            "msg-edition-delete-named"
        } else {
            "msg-edition-delete-not-draft"
        };
        return Ok(form.refused(key));
    }
    edition_section::Entity::delete_many()
        .filter(edition_section::Column::EditionId.eq(id))
        .exec(&txn)
        .await?;
    edition::Entity::delete_by_id(id).exec(&txn).await?;
    record(
        &txn,
        now,
        actor,
        "edition.delete",
        "edition",
        Some(model.slug.clone()),
        Some(json!({"title": model.title, "slug": model.slug, "language": model.language, "status": model.status})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        (),
        t!(ui, "msg-edition-deleted", title = &model.title),
    ))
}
