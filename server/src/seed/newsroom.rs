//! The press releases already published (with quotes, contacts and the signings they announce).

use super::*;
use app::ssr::entities::states::Publication;
use app::ssr::entities::{
    press_contact, press_quote, press_release, press_release_signing, signatory, signing,
};
use sea_orm::{ActiveValue::Set, DbErr, EntityTrait};
use serde::Deserialize;
use time::OffsetDateTime;

pub(super) const PRESS_RELEASES: &str = include_str!("../../seed/press-releases.json");

#[derive(Deserialize)]
pub(super) struct ReleaseSeed {
    slug: String,
    title: String,
    dateline: String,
    language: String,
    release_at: String,
    summary: String,
    body_md: String,
    notes_md: Option<String>,
    quotes: Vec<QuoteSeed>,
    contacts: Vec<ContactSeed>,
    signatories: Vec<String>,
}

#[derive(Deserialize)]
pub(super) struct QuoteSeed {
    speaker: String,
    role: String,
    text: String,
}

#[derive(Deserialize)]
pub(super) struct ContactSeed {
    name: String,
    role: String,
    email: Option<String>,
}

pub(super) async fn press_releases(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let seeds: Vec<ReleaseSeed> = serde_json::from_str(PRESS_RELEASES).map_err(bad_seed)?;
    let now = OffsetDateTime::now_utc();
    for seed in seeds {
        let release_at = OffsetDateTime::parse(
            &seed.release_at,
            &time::format_description::well_known::Rfc3339,
        )
        .map_err(|e| bad_seed(format!("release_at {:?}: {e}", seed.release_at)))?;
        let id = press_release::Entity::insert(press_release::ActiveModel {
            slug: Set(seed.slug),
            title: Set(seed.title),
            dateline: Set(seed.dateline),
            language: Set(seed.language),
            status: Set(Publication::Published),
            release_at: Set(release_at),
            summary: Set(seed.summary),
            body_md: Set(seed.body_md),
            notes_md: Set(seed.notes_md),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?
        .last_insert_id;
        for (position, q) in (1..).zip(seed.quotes) {
            press_quote::Entity::insert(press_quote::ActiveModel {
                press_release_id: Set(id),
                position: Set(position),
                speaker: Set(q.speaker),
                role: Set(q.role),
                text: Set(q.text),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
        for (position, c) in (1..).zip(seed.contacts) {
            press_contact::Entity::insert(press_contact::ActiveModel {
                press_release_id: Set(id),
                position: Set(position),
                name: Set(c.name),
                role: Set(c.role),
                email: Set(c.email),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
        for slug in seed.signatories {
            let who = signatory::Entity::find()
                .filter(signatory::Column::Slug.eq(slug.as_str()))
                .one(tx)
                .await?
                .ok_or_else(|| bad_seed(format!("press release names unknown signatory {slug}")))?;
            let signings = signing::Entity::find()
                .filter(signing::Column::SignatoryId.eq(who.id))
                .all(tx)
                .await?;
            for s in signings {
                press_release_signing::Entity::insert(press_release_signing::ActiveModel {
                    press_release_id: Set(id),
                    signing_id: Set(s.id),
                })
                .exec(tx)
                .await?;
            }
        }
    }
    Ok(())
}
