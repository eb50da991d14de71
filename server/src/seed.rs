//! The starting data, shipped in `server/seed/` and applied once per set.
//!
//! Each set runs in one transaction that first records its marker, so it is applied exactly
//! once even when several app servers start together, and a later start never overwrites
//! what staff have changed since.

use app::model::SectionKind;
use app::ssr::convert::to_date;
use app::ssr::entities::states::{Publication, SignatoryKind, SignatoryStatus};
use app::ssr::entities::{
    announced_statement, conference, country, edition, edition_item, edition_section,
    eu_membership, press_contact, press_quote, press_release, press_release_signing, seed_marker,
    signatory, signing, signing_source, working_group,
};
use domain::date::PartialDate;
use domain::text::{fold, slugify};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, TransactionTrait,
};
use serde::Deserialize;
use time::{macros::format_description, Date, OffsetDateTime};

const COUNTRIES: &str = include_str!("../seed/countries.csv");
const EU_MEMBERSHIP: &str = include_str!("../seed/eu-membership.csv");
const EDITIONS: &str = include_str!("../seed/editions.json");
const SIGNINGS: &str = include_str!("../seed/signings.csv");
const STATEMENTS: &str = include_str!("../seed/announced-statements.csv");
const PRESS_RELEASES: &str = include_str!("../seed/press-releases.json");

/// What a seed run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub applied: Vec<&'static str>,
    pub skipped: Vec<&'static str>,
}

#[derive(Deserialize)]
struct CountryRow {
    code: String,
    name: String,
    european: String,
}

#[derive(Deserialize)]
struct MembershipRow {
    country_code: String,
    joined_on: String,
    left_on: String,
}

#[derive(Deserialize)]
struct EditionSeed {
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
struct SectionSeed {
    kind: String,
    key: String,
    heading: Option<String>,
    paragraphs: Vec<String>,
    items: Vec<String>,
    footnote_marker: Option<String>,
}

fn bad_seed(what: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("seed data: {what}"))
}

fn date(raw: &str) -> Result<Date, DbErr> {
    Date::parse(raw, format_description!("[year]-[month]-[day]"))
        .map_err(|e| bad_seed(format!("date {raw:?}: {e}")))
}

type SeedFn = for<'a> fn(
    &'a sea_orm::DatabaseTransaction,
) -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<(), DbErr>> + Send + 'a>,
>;

/// Applies every seed set not yet applied.
///
/// # Errors
/// A database error, or malformed seed files (a build mistake caught by the tests).
pub async fn run(db: &DatabaseConnection) -> Result<SeedReport, DbErr> {
    let sets: [(&'static str, SeedFn); 7] = [
        ("countries-v1", |tx| Box::pin(countries(tx))),
        ("editions-v1", |tx| Box::pin(editions(tx))),
        ("signatories-v1", |tx| Box::pin(signatories(tx))),
        ("press-releases-v1", |tx| Box::pin(press_releases(tx))),
        ("conferences-v1", |tx| Box::pin(conferences(tx))),
        ("toolkit-diversity-v1", |tx| Box::pin(toolkit_diversity(tx))),
        ("working-group-v1", |tx| Box::pin(working_group(tx))),
    ];
    let mut report = SeedReport::default();
    for (name, apply) in sets {
        if seed_marker::Entity::find_by_id(name)
            .one(db)
            .await?
            .is_some()
        {
            report.skipped.push(name);
            continue;
        }
        let tx = db.begin().await?;
        let outcome = async {
            seed_marker::Entity::insert(seed_marker::ActiveModel {
                name: Set(name.to_owned()),
                applied_at: Set(OffsetDateTime::now_utc()),
            })
            .exec(&tx)
            .await?;
            apply(&tx).await
        }
        .await;
        match outcome {
            Ok(()) => {
                tx.commit().await?;
                tracing::info!(seed = name, "seed applied");
                report.applied.push(name);
            }
            Err(err) => {
                tx.rollback().await?;
                // Another server may have applied the same set at the same moment.
                if seed_marker::Entity::find_by_id(name)
                    .one(db)
                    .await?
                    .is_some()
                {
                    report.skipped.push(name);
                } else {
                    return Err(err);
                }
            }
        }
    }
    Ok(report)
}

/// The diversity toolkit (seed 004) as data: see `seed/README.md` for how the JSON was made.
async fn toolkit_diversity(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    use app::ssr::entities::{
        toolkit, toolkit_example, toolkit_factor, toolkit_part, toolkit_question,
    };
    #[derive(serde::Deserialize)]
    struct Use {
        title: String,
        question: String,
        body: String,
    }
    #[derive(serde::Deserialize)]
    struct Context {
        name: String,
        implications: String,
    }
    #[derive(serde::Deserialize)]
    struct Question {
        text: String,
        details: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    struct Example {
        city: String,
        city_en: Option<String>,
        paragraphs: Vec<String>,
        items: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    struct Factor {
        number: i32,
        theme: Option<String>,
        statement: String,
        introduction: String,
        questions: Vec<Question>,
        examples: Vec<Example>,
    }
    #[derive(serde::Deserialize)]
    struct Toolkit {
        slug: String,
        language: String,
        title: String,
        series: String,
        published: String,
        publisher: String,
        author: String,
        introduction: String,
        standard: String,
        contextual_intro: String,
        uses: Vec<Use>,
        factors: Vec<Factor>,
        contextual_factors: Vec<Context>,
    }
    let kit: Toolkit =
        serde_json::from_str(include_str!("../seed/toolkit-diversity.json")).map_err(bad_seed)?;
    let kit_id = toolkit::ActiveModel {
        slug: Set(kit.slug),
        language: Set(kit.language),
        title: Set(kit.title),
        series: Set(kit.series),
        published: Set(kit.published),
        publisher: Set(kit.publisher),
        author: Set(kit.author),
        introduction: Set(kit.introduction),
        standard: Set(kit.standard),
        contextual_intro: Set(kit.contextual_intro),
        ..Default::default()
    }
    .insert(tx)
    .await?
    .id;
    let parts = kit
        .uses
        .into_iter()
        .map(|u| ("use", u.title, u.question, u.body))
        .chain(
            kit.contextual_factors
                .into_iter()
                .map(|c| ("context", c.name, String::new(), c.implications)),
        );
    for (position, (kind, title, lead, body)) in (1..).zip(parts) {
        toolkit_part::ActiveModel {
            toolkit_id: Set(kit_id),
            kind: Set(kind.to_owned()),
            position: Set(position),
            title: Set(title),
            lead: Set(lead),
            body: Set(body),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    for factor in kit.factors {
        let factor_id = toolkit_factor::ActiveModel {
            toolkit_id: Set(kit_id),
            number: Set(factor.number),
            theme: Set(factor.theme),
            statement: Set(factor.statement),
            introduction: Set(factor.introduction),
            ..Default::default()
        }
        .insert(tx)
        .await?
        .id;
        for (position, q) in (1..).zip(factor.questions) {
            toolkit_question::ActiveModel {
                factor_id: Set(factor_id),
                position: Set(position),
                text: Set(q.text),
                details: Set(q.details.join("\n")),
                ..Default::default()
            }
            .insert(tx)
            .await?;
        }
        for (position, e) in (1..).zip(factor.examples) {
            toolkit_example::ActiveModel {
                factor_id: Set(factor_id),
                position: Set(position),
                city: Set(e.city),
                city_en: Set(e.city_en),
                body: Set(e.paragraphs.join("\n\n")),
                items: Set(e.items.join("\n")),
                ..Default::default()
            }
            .insert(tx)
            .await?;
        }
    }
    Ok(())
}

async fn working_group(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    #[derive(serde::Deserialize)]
    struct Group {
        slug: String,
        language: String,
        name: String,
        summary: String,
        body: String,
        objectives_heading: String,
        objectives: String,
        chair_name: String,
        chair_role: String,
        vice_chair_name: String,
        vice_chair_role: String,
        contact_name: String,
        contact_role: String,
        contact_office: String,
        as_of: String,
    }
    let g: Group =
        serde_json::from_str(include_str!("../seed/working-group.json")).map_err(bad_seed)?;
    domain::date::PartialDate::parse(&g.as_of).map_err(bad_seed)?;
    working_group::ActiveModel {
        slug: Set(g.slug),
        language: Set(g.language),
        name: Set(g.name),
        summary: Set(g.summary),
        body: Set(g.body),
        objectives_heading: Set(g.objectives_heading),
        objectives: Set(g.objectives),
        chair_name: Set(g.chair_name),
        chair_role: Set(g.chair_role),
        vice_chair_name: Set(g.vice_chair_name),
        vice_chair_role: Set(g.vice_chair_role),
        contact_name: Set(g.contact_name),
        contact_role: Set(g.contact_role),
        contact_office: Set(g.contact_office),
        as_of: Set(g.as_of),
        source_url: Set(None),
        updated_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(())
}

async fn conferences(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    #[derive(serde::Deserialize)]
    struct Row {
        number: String,
        city: String,
        country_code: String,
        starts_on: String,
        ends_on: String,
        note: String,
    }
    let mut reader = csv::Reader::from_reader(include_str!("../seed/conferences.csv").as_bytes());
    for row in reader.deserialize::<Row>() {
        let row = row.map_err(bad_seed)?;
        for day in
            std::iter::once(&row.starts_on).chain((!row.ends_on.is_empty()).then_some(&row.ends_on))
        {
            domain::date::PartialDate::parse(day).map_err(bad_seed)?;
        }
        conference::ActiveModel {
            number: Set(row.number),
            city: Set(row.city),
            country_code: Set(row.country_code),
            starts_on: Set(row.starts_on),
            ends_on: Set(text(row.ends_on)),
            note: Set(text(row.note)),
            ..Default::default()
        }
        .insert(tx)
        .await?;
    }
    Ok(())
}

async fn countries(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    let mut rows = Vec::new();
    for row in csv::Reader::from_reader(COUNTRIES.as_bytes()).deserialize::<CountryRow>() {
        let row = row.map_err(bad_seed)?;
        rows.push(country::ActiveModel {
            code: Set(row.code),
            name: Set(row.name),
            european: Set(row.european == "yes"),
        });
    }
    country::Entity::insert_many(rows).exec(tx).await?;
    let mut periods = Vec::new();
    for row in csv::Reader::from_reader(EU_MEMBERSHIP.as_bytes()).deserialize::<MembershipRow>() {
        let row = row.map_err(bad_seed)?;
        periods.push(eu_membership::ActiveModel {
            country_code: Set(row.country_code),
            joined_on: Set(date(&row.joined_on)?),
            left_on: Set(if row.left_on.is_empty() {
                None
            } else {
                Some(date(&row.left_on)?)
            }),
            ..Default::default()
        });
    }
    eu_membership::Entity::insert_many(periods).exec(tx).await?;
    Ok(())
}

async fn editions(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
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

#[derive(Deserialize)]
struct SigningRow {
    name: String,
    kind: String,
    country_code: String,
    national_capital: String,
    latitude: f64,
    longitude: f64,
    signed_on: String,
    date_precision: String,
    edition: String,
    edition_confirmed: String,
    event: String,
    place: String,
    signed_by_name: String,
    signed_by_title: String,
    council_decision_on: String,
    source_url: String,
    confidence: String,
    announced_ordinal: String,
    notes: String,
}

#[derive(Deserialize)]
struct StatementRow {
    kind: String,
    subject: String,
    statement: String,
    event_date: String,
    source: String,
    note: String,
}

fn text(value: String) -> Option<String> {
    let value = value.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// The host of a source URL, as its label ("eurocities.eu").
fn source_label(url: &str) -> String {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or(url);
    host.trim_start_matches("www.").to_owned()
}

async fn signatories(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
    let now = OffsetDateTime::now_utc();
    let editions = edition::Entity::find().all(tx).await?;
    let mut ids = std::collections::HashMap::new();
    for row in csv::Reader::from_reader(SIGNINGS.as_bytes()).deserialize::<SigningRow>() {
        let row = row.map_err(bad_seed)?;
        let date = PartialDate::parse(&row.signed_on).map_err(bad_seed)?;
        if date.precision().as_str() != row.date_precision {
            return Err(bad_seed(format!(
                "{}: precision {} does not match {:?}",
                row.name, row.date_precision, row.signed_on
            )));
        }
        let edition_id = editions
            .iter()
            .find(|e| e.slug == row.edition)
            .map(|e| e.id)
            .ok_or_else(|| bad_seed(format!("unknown edition {}", row.edition)))?;
        let signatory_id = signatory::Entity::insert(signatory::ActiveModel {
            slug: Set(slugify(&row.name)),
            name: Set(row.name.clone()),
            search_name: Set(fold(&row.name)),
            kind: Set(SignatoryKind::parse(&row.kind)
                .ok_or_else(|| bad_seed(format!("kind {:?}", row.kind)))?),
            country_code: Set(row.country_code),
            national_capital: Set(row.national_capital == "yes"),
            latitude: Set(Some(row.latitude)),
            longitude: Set(Some(row.longitude)),
            status: Set(SignatoryStatus::Signed),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?
        .last_insert_id;
        ids.insert(row.name.clone(), signatory_id);
        let council = PartialDate::parse(&row.council_decision_on).map_err(bad_seed)?;
        let signing_id = signing::Entity::insert(signing::ActiveModel {
            signatory_id: Set(signatory_id),
            edition_id: Set(edition_id),
            edition_confirmed: Set(row.edition_confirmed == "yes"),
            signed_on: Set(date.first_day().and_then(to_date)),
            date_precision: Set(date.precision().as_str().to_owned()),
            event: Set(text(row.event)),
            place: Set(text(row.place)),
            signed_by_name: Set(text(row.signed_by_name)),
            signed_by_title: Set(text(row.signed_by_title)),
            council_decision_on: Set(council.first_day().and_then(to_date)),
            confidence: Set(row.confidence),
            announced_ordinal: Set(text(row.announced_ordinal)),
            notes: Set(text(row.notes)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(tx)
        .await?
        .last_insert_id;
        if let Some(url) = text(row.source_url) {
            signing_source::Entity::insert(signing_source::ActiveModel {
                signing_id: Set(signing_id),
                position: Set(1),
                label: Set(source_label(&url)),
                url: Set(Some(url)),
                ..Default::default()
            })
            .exec(tx)
            .await?;
        }
    }
    for row in csv::Reader::from_reader(STATEMENTS.as_bytes()).deserialize::<StatementRow>() {
        let row = row.map_err(bad_seed)?;
        let signatory_id = match text(row.subject) {
            Some(name) => Some(
                *ids.get(&name)
                    .ok_or_else(|| bad_seed(format!("statement about unknown {name}")))?,
            ),
            None => None,
        };
        // "2020/2022" is not a date: kept as text, with no day.
        let event_on = PartialDate::parse(&row.event_date)
            .ok()
            .and_then(|d| d.first_day())
            .and_then(to_date);
        announced_statement::Entity::insert(announced_statement::ActiveModel {
            kind: Set(row.kind),
            signatory_id: Set(signatory_id),
            statement: Set(row.statement),
            event_date_text: Set(row.event_date),
            event_on: Set(event_on),
            source: Set(row.source),
            note: Set(text(row.note)),
            ..Default::default()
        })
        .exec(tx)
        .await?;
    }
    Ok(())
}

#[derive(Deserialize)]
struct ReleaseSeed {
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
struct QuoteSeed {
    speaker: String,
    role: String,
    text: String,
}

#[derive(Deserialize)]
struct ContactSeed {
    name: String,
    role: String,
    email: Option<String>,
}

async fn press_releases(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
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
