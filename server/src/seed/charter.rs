//! The charter's editions and their text.

use super::*;
use app::model::SectionKind;
use app::ssr::entities::states::Publication;
use app::ssr::entities::{edition, edition_item, edition_section};
use sea_orm::{ActiveValue::Set, DbErr, EntityTrait};
use serde::Deserialize;
use time::OffsetDateTime;

pub(super) const EDITIONS: &str = include_str!("../../seed/editions.json");

#[derive(Deserialize)]
pub(super) struct EditionSeed {
    slug: String,
    title: String,
    subtitle: String,
    language: String,
    first_published: String,
    last_updated: Option<String>,
    published_on: String,
    is_current: bool,
    preamble_missing: bool,
    editorial_note: Option<String>,
    sections: Vec<SectionSeed>,
}

#[derive(Deserialize)]
pub(super) struct SectionSeed {
    kind: String,
    key: String,
    heading: Option<String>,
    paragraphs: Vec<String>,
    items: Vec<String>,
    footnote_marker: Option<String>,
}

pub(super) async fn editions(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    let seeds: Vec<EditionSeed> = serde_json::from_str(EDITIONS).map_err(bad_seed)?;
    let now = OffsetDateTime::now_utc();
    for seed in seeds {
        let inserted = edition::Entity::insert(edition::ActiveModel {
            slug: Set(seed.slug),
            title: Set(seed.title),
            subtitle: Set(seed.subtitle),
            language: Set(seed.language),
            status: Set(Publication::Published),
            first_published: Set(seed.first_published),
            last_updated: Set(seed.last_updated),
            published_on: Set(Some(date(&seed.published_on)?)),
            is_current: Set(seed.is_current),
            preamble_missing: Set(seed.preamble_missing),
            editorial_note: Set(seed.editorial_note),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?;
        for (position, section) in (1..).zip(seed.sections) {
            if SectionKind::parse(&section.kind).is_none() {
                return Err(bad_seed(format!("unknown section kind {:?}", section.kind)));
            }
            let body = (!section.paragraphs.is_empty()).then(|| section.paragraphs.join("\n\n"));
            let section_id = edition_section::Entity::insert(edition_section::ActiveModel {
                edition_id: Set(inserted.last_insert_id),
                position: Set(position),
                kind: Set(section.kind),
                key: Set(section.key),
                heading: Set(section.heading),
                body: Set(body),
                footnote_marker: Set(section.footnote_marker),
                ..Default::default()
            })
            .exec(tx)
            .await?
            .last_insert_id;
            let items: Vec<_> = (1..)
                .zip(section.items)
                .map(|(position, text)| edition_item::ActiveModel {
                    section_id: Set(section_id),
                    position: Set(position),
                    text: Set(text),
                    ..Default::default()
                })
                .collect();
            if !items.is_empty() {
                edition_item::Entity::insert_many(items).exec(tx).await?;
            }
        }
    }
    Ok(())
}
