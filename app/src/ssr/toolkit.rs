//! Reading a toolkit from its tables.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::entities::{toolkit, toolkit_example, toolkit_factor, toolkit_part, toolkit_question};
use super::registry::Snapshot;
use crate::model::{
    ToolkitExampleView, ToolkitFactorView, ToolkitPartView, ToolkitQuestionView, ToolkitView,
};
use crate::ssr::entities::states::SignatoryStatus;
use domain::text::fold;

fn lines(text: &str, separator: &str) -> Vec<String> {
    text.split(separator)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The toolkit `slug`, or `None`.
///
/// # Errors
/// Database errors.
pub async fn load<C: ConnectionTrait>(
    db: &C,
    snapshot: &Snapshot,
    slug: &str,
) -> Result<Option<ToolkitView>, DbErr> {
    let Some(kit) = toolkit::Entity::find()
        .filter(toolkit::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let parts = toolkit_part::Entity::find()
        .filter(toolkit_part::Column::ToolkitId.eq(kit.id))
        .order_by_asc(toolkit_part::Column::Position)
        .all(db)
        .await?;
    let factors = toolkit_factor::Entity::find()
        .filter(toolkit_factor::Column::ToolkitId.eq(kit.id))
        .order_by_asc(toolkit_factor::Column::Number)
        .all(db)
        .await?;
    let ids: Vec<i32> = factors.iter().map(|f| f.id).collect();
    let questions = toolkit_question::Entity::find()
        .filter(toolkit_question::Column::FactorId.is_in(ids.clone()))
        .order_by_asc(toolkit_question::Column::Position)
        .all(db)
        .await?;
    let examples = toolkit_example::Entity::find()
        .filter(toolkit_example::Column::FactorId.is_in(ids))
        .order_by_asc(toolkit_example::Column::Position)
        .all(db)
        .await?;
    // A city example links to the signatory of that name, when there is one.
    let slug_of = |city: Option<&str>| {
        let folded = fold(city?);
        snapshot
            .signatories()
            .iter()
            .find(|s| s.search_name == folded && s.status != SignatoryStatus::Committed)
            .map(|s| s.slug.clone())
    };
    let part = |p: &toolkit_part::Model| ToolkitPartView {
        title: p.title.clone(),
        lead: p.lead.clone(),
        paragraphs: lines(&p.body, "\n\n"),
    };
    Ok(Some(ToolkitView {
        language: kit.language,
        title: kit.title,
        series: kit.series,
        published: kit.published,
        publisher: kit.publisher,
        author: kit.author,
        introduction: lines(&kit.introduction, "\n\n"),
        standard: kit.standard,
        uses: parts.iter().filter(|p| p.kind == "use").map(part).collect(),
        contextual: parts
            .iter()
            .filter(|p| p.kind == "context")
            .map(part)
            .collect(),
        contextual_intro: kit.contextual_intro,
        factors: factors
            .into_iter()
            .map(|f| ToolkitFactorView {
                number: f.number,
                theme: f.theme,
                statement: f.statement,
                introduction: lines(&f.introduction, "\n\n"),
                questions: questions
                    .iter()
                    .filter(|q| q.factor_id == f.id)
                    .map(|q| ToolkitQuestionView {
                        text: q.text.clone(),
                        details: lines(&q.details, "\n"),
                    })
                    .collect(),
                examples: examples
                    .iter()
                    .filter(|e| e.factor_id == f.id)
                    .map(|e| ToolkitExampleView {
                        city: e.city.clone(),
                        slug: slug_of(e.city_en.as_deref()),
                        paragraphs: lines(&e.body, "\n\n"),
                        items: lines(&e.items, "\n"),
                    })
                    .collect(),
            })
            .collect(),
    }))
}
