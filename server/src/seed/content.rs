//! The diversity toolkit and the working group page.

use super::*;
use app::ssr::entities::working_group;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DbErr};

/// The diversity toolkit (seed 004) as data: see `seed/README.md` for how the JSON was made.
pub(super) async fn toolkit_diversity(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
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
    let kit: Toolkit = serde_json::from_str(include_str!("../../seed/toolkit-diversity.json"))
        .map_err(bad_seed)?;
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

pub(super) async fn working_group(tx: &sea_orm::DatabaseTransaction) -> Result<(), DbErr> {
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
        serde_json::from_str(include_str!("../../seed/working-group.json")).map_err(bad_seed)?;
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
