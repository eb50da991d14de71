//! Read queries used by pages and server functions, generic over the connection.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::model::{Edition, EditionSummary, Section, SectionKind};
use crate::ssr::entities::states::Publication;
use crate::ssr::entities::{edition, edition_item, edition_section};

fn summary(model: &edition::Model) -> EditionSummary {
    EditionSummary {
        slug: model.slug.clone(),
        title: model.title.clone(),
        status: model.status.as_str().to_owned(),
        is_current: model.is_current,
        first_published: model.first_published.clone(),
        last_updated: model.last_updated.clone(),
    }
}

/// Published editions, oldest first.
///
/// # Errors
/// Any database error.
pub async fn published_editions<C: ConnectionTrait>(
    db: &C,
) -> Result<Vec<EditionSummary>, sea_orm::DbErr> {
    Ok(edition::Entity::find()
        .filter(edition::Column::Status.eq(Publication::Published))
        .filter(edition::Column::TranslationOf.is_null())
        .order_by_asc(edition::Column::PublishedOn)
        .order_by_asc(edition::Column::Slug)
        .all(db)
        .await?
        .iter()
        .map(summary)
        .collect())
}

/// The slug of the current published edition, if any.
///
/// # Errors
/// Any database error.
pub async fn current_edition_slug<C: ConnectionTrait>(
    db: &C,
) -> Result<Option<String>, sea_orm::DbErr> {
    Ok(edition::Entity::find()
        .filter(edition::Column::Status.eq(Publication::Published))
        .filter(edition::Column::IsCurrent.eq(true))
        .one(db)
        .await?
        .map(|e| e.slug))
}

/// A published edition with its full text, or `None` when no published edition has that slug.
///
/// # Errors
/// Any database error.
pub async fn published_edition<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<Option<Edition>, sea_orm::DbErr> {
    match published_original(db, slug).await? {
        Some(model) => edition_text(db, model).await.map(Some),
        None => Ok(None),
    }
}

/// The published original edition `slug` (not a translation).
async fn published_original<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<Option<edition::Model>, sea_orm::DbErr> {
    edition::Entity::find()
        .filter(edition::Column::Slug.eq(slug))
        .filter(edition::Column::Status.eq(Publication::Published))
        .filter(edition::Column::TranslationOf.is_null())
        .one(db)
        .await
}

/// A published edition in `language`: the original when it is in that language, else its
/// published translation into it, shown under the original's name and address (so the
/// switcher and the comparison keep working); else the original.
///
/// # Errors
/// Any database error.
pub async fn published_edition_in<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    language: &str,
) -> Result<Option<Edition>, sea_orm::DbErr> {
    let Some(original) = published_original(db, slug).await? else {
        return Ok(None);
    };
    if original.language == language {
        return edition_text(db, original).await.map(Some);
    }
    let translation = edition::Entity::find()
        .filter(edition::Column::TranslationOf.eq(original.id))
        .filter(edition::Column::Language.eq(language))
        .filter(edition::Column::Status.eq(Publication::Published))
        .one(db)
        .await?;
    match translation {
        None => edition_text(db, original).await.map(Some),
        Some(translation) => {
            let mut text = edition_text(db, translation).await?;
            text.summary = summary(&original);
            text.translated_from = Some(original.language);
            Ok(Some(text))
        }
    }
}

/// An edition's whole text, whatever its status (staff preview drafts with it).
///
/// # Errors
/// Database errors, or a section of an unknown kind.
pub async fn edition_text<C: ConnectionTrait>(
    db: &C,
    model: edition::Model,
) -> Result<Edition, sea_orm::DbErr> {
    let slug = model.slug.clone();
    let section_rows = edition_section::Entity::find()
        .filter(edition_section::Column::EditionId.eq(model.id))
        .order_by_asc(edition_section::Column::Position)
        .all(db)
        .await?;
    let item_rows = edition_item::Entity::find()
        .filter(edition_item::Column::SectionId.is_in(section_rows.iter().map(|s| s.id)))
        .order_by_asc(edition_item::Column::SectionId)
        .order_by_asc(edition_item::Column::Position)
        .all(db)
        .await?;
    let sections = section_rows
        .into_iter()
        .map(|row| {
            let kind = SectionKind::parse(&row.kind).ok_or_else(|| {
                sea_orm::DbErr::Custom(format!(
                    "unknown section kind {:?} in edition {slug}",
                    row.kind
                ))
            })?;
            Ok(Section {
                kind,
                key: row.key,
                heading: row.heading,
                paragraphs: row
                    .body
                    .as_deref()
                    .map(|body| {
                        body.split("\n\n")
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                items: item_rows
                    .iter()
                    .filter(|i| i.section_id == row.id)
                    .map(|i| i.text.clone())
                    .collect(),
                footnote_marker: row.footnote_marker,
            })
        })
        .collect::<Result<Vec<_>, sea_orm::DbErr>>()?;
    Ok(Edition {
        summary: summary(&model),
        subtitle: model.subtitle,
        language: model.language,
        preamble_missing: model.preamble_missing,
        editorial_note: model.editorial_note,
        sections,
        translated_from: None,
    })
}
