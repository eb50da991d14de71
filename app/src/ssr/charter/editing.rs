//! Charter editions for staff: a new edition starts as a draft copy of the current one, its
//! structured text (sections, paragraphs, listed commitments) is edited in place, previewed as
//! the public page will show it, and published (it becomes current; earlier editions stay
//! readable). Every change is one transaction with its audit record.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde_json::json;

use super::drafts::sections_of;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::model::admin::{FormState, SectionEdit};
use crate::model::{Section, SectionKind};
use crate::ssr::audit::record;
use crate::ssr::db::begin_write;
use crate::ssr::entities::{edition, edition_item, edition_section};
use crate::ssr::forms::Written;
use crate::ssr::state::Ctx;
use crate::t;
use domain::edition::check_structure;

/// The edit form's values and its sections.
///
/// # Errors
/// Database errors; `None` when there is no such edition.
pub async fn edit_form(
    db: &DatabaseConnection,
    id: i32,
) -> Result<Option<(edition::Model, FormState, Vec<SectionEdit>)>, DbErr> {
    let Some(model) = edition::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let mut form = FormState::default();
    form.values.insert("title".into(), model.title.clone());
    form.values
        .insert("subtitle".into(), model.subtitle.clone());
    form.values.insert(
        "editorial_note".into(),
        model.editorial_note.clone().unwrap_or_default(),
    );
    if !model.preamble_missing {
        form.values.insert("preamble_complete".into(), "yes".into());
    }
    let mut sections = Vec::new();
    for (section, items) in sections_of(db, id).await? {
        let key = format!("s{}", section.id);
        form.values.insert(
            format!("{key}_heading"),
            section.heading.clone().unwrap_or_default(),
        );
        form.values.insert(
            format!("{key}_body"),
            section.body.clone().unwrap_or_default(),
        );
        form.values.insert(
            format!("{key}_items"),
            items
                .iter()
                .map(|i| i.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
        sections.push(SectionEdit {
            field: key,
            kind: section.kind.clone(),
            label: match &section.heading {
                Some(h) if !h.is_empty() => h.clone(),
                _ => section.key.clone(),
            },
        });
    }
    Ok(Some((model, form, sections)))
}

fn value(f: &std::collections::BTreeMap<String, String>, k: &str) -> String {
    f.get(k)
        .map(|v| v.replace("\r\n", "\n").trim().to_owned())
        .unwrap_or_default()
}

fn opt(v: String) -> Option<String> {
    (!v.is_empty()).then_some(v)
}

/// Lines of a list field, without blank ones.
fn lines(f: &std::collections::BTreeMap<String, String>, k: &str) -> Vec<String> {
    value(f, k)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A section's heading, body and commitments once the form is saved. A part the form does
/// not carry stays as it is (a form posted without a section's fields erases nothing).
fn section_after(
    section: &edition_section::Model,
    items: &[edition_item::Model],
    f: &std::collections::BTreeMap<String, String>,
) -> (Option<String>, Option<String>, Vec<String>) {
    let field = |part: &str| {
        let k = format!("s{}_{part}", section.id);
        f.contains_key(&k).then_some(k)
    };
    (
        field("heading").map_or_else(|| section.heading.clone(), |k| opt(value(f, &k))),
        field("body").map_or_else(|| section.body.clone(), |k| opt(value(f, &k))),
        field("items").map_or_else(
            || items.iter().map(|i| i.text.clone()).collect(),
            |k| lines(f, &k),
        ),
    )
}

/// Saves the edition's text, and adds a section when `new_kind` is given. Returns the form
/// with its errors when something is not valid (nothing written then).
///
/// # Errors
/// Database errors (nothing written).
#[allow(clippy::too_many_lines)]
pub async fn save(
    ctx: &Ctx<'_>,
    id: i32,
    f: &std::collections::BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let (db, actor, now, ui) = (ctx.db(), ctx.actor, ctx.now, ctx.lang);
    let model = edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = FormState::posted(format!("edition-{id}"), f);
    let title = value(f, "title");
    if title.is_empty() || title.chars().count() > 120 {
        form.fail("title", t!(ui, "msg-edition-title"));
    }
    let new_kind = value(f, "new_kind");
    let adding = !new_kind.is_empty();
    if adding {
        if SectionKind::parse(&new_kind).is_none() {
            form.fail("new_kind", t!(ui, "msg-section-kind"));
        }
        let key = value(f, "new_key");
        if !domain::text::is_slug(&key) {
            form.fail("new_key", t!(ui, "msg-section-key"));
        }
        if value(f, "new_body").is_empty()
            && value(f, "new_items").is_empty()
            && value(f, "new_heading").is_empty()
        {
            form.fail("new_body", t!(ui, "msg-section-text"));
        }
    }
    for (k, v) in f {
        if v.chars().count() > 20_000 {
            form.fail(k, t!(ui, "msg-max-chars", max = 20_000u32));
        }
    }
    if !form.ok() {
        form.notice = Some(t!(ui, "msg-not-saved"));
        return Ok(Written::Refused(form));
    }
    let txn = begin_write(db).await?;
    let sections = sections_of(&txn, id).await?;
    let (prefixes, after): (Vec<String>, Vec<Section>) =
        structure_after(&sections, f, adding).into_iter().unzip();
    if let Err(problems) = check_structure(&after) {
        for (index, problem) in problems {
            // The field to correct: `new_key`, `s12_items`, … (an existing section's key
            // is not editable: its heading field stands for it).
            let prefix = &prefixes[index];
            let part = match problem.part() {
                "key" if prefix != "new" => "heading",
                part => part,
            };
            form.fail(&format!("{prefix}_{part}"), Msg::from(&problem).text(ui));
        }
        form.notice = Some(t!(ui, "msg-not-saved"));
        return Ok(Written::Refused(form)); // the transaction rolls back, nothing written
    }
    let mut changed = 0;
    for (section, items) in &sections {
        let (heading, body, new_items) = section_after(section, items, f);
        if heading != section.heading || body != section.body {
            let mut active: edition_section::ActiveModel = section.clone().into();
            active.heading = Set(heading);
            active.body = Set(body);
            active.update(&txn).await?;
            changed += 1;
        }
        let old_items: Vec<String> = items.iter().map(|i| i.text.clone()).collect();
        if new_items != old_items {
            edition_item::Entity::delete_many()
                .filter(edition_item::Column::SectionId.eq(section.id))
                .exec(&txn)
                .await?;
            for (position, text) in (1..).zip(new_items) {
                edition_item::ActiveModel {
                    section_id: Set(section.id),
                    position: Set(position),
                    text: Set(text),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
            changed += 1;
        }
    }
    if adding {
        let first = value(f, "new_position") == "first";
        let position = if first {
            // Highest first, so no two sections share a position on the way.
            for (section, _) in sections.iter().rev() {
                let mut active: edition_section::ActiveModel = section.clone().into();
                active.position = Set(section.position + 1);
                active.update(&txn).await?;
            }
            1
        } else {
            sections.iter().map(|(s, _)| s.position).max().unwrap_or(0) + 1
        };
        let created = edition_section::ActiveModel {
            edition_id: Set(id),
            position: Set(position),
            kind: Set(new_kind.clone()),
            key: Set(value(f, "new_key")),
            heading: Set(opt(value(f, "new_heading"))),
            body: Set(opt(value(f, "new_body"))),
            footnote_marker: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (position, text) in (1..).zip(lines(f, "new_items")) {
            edition_item::ActiveModel {
                section_id: Set(created.id),
                position: Set(position),
                text: Set(text),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        changed += 1;
    }
    let before = json!({"title": model.title, "subtitle": model.subtitle, "preamble_missing": model.preamble_missing});
    let mut active: edition::ActiveModel = model.clone().into();
    active.title = Set(title.clone());
    active.subtitle = Set(value(f, "subtitle"));
    active.editorial_note = Set(opt(value(f, "editorial_note")));
    active.preamble_missing = Set(value(f, "preamble_complete") != "yes");
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    record(&txn, now, actor, "edition.update", "edition", Some(model.slug.clone()), Some(before),
        Some(json!({"title": saved.title, "subtitle": saved.subtitle, "preamble_missing": saved.preamble_missing,
            "sections_changed": changed, "section_added": adding.then_some(new_kind)}))).await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ui, "msg-saved")))
}

/// The edition's sections as they would be once the form is saved (the existing sections with
/// their new heading and commitments, then the added one), for the structure rules; each with
/// the prefix of its form fields (`s12`, or `new` for the added one).
fn structure_after(
    sections: &[(edition_section::Model, Vec<edition_item::Model>)],
    f: &std::collections::BTreeMap<String, String>,
    adding: bool,
) -> Vec<(String, Section)> {
    let mut after: Vec<(String, Section)> = sections
        .iter()
        .filter_map(|(section, items)| {
            let (heading, _, items) = section_after(section, items, f);
            let kind = SectionKind::parse(&section.kind)?;
            Some((
                format!("s{}", section.id),
                Section {
                    kind,
                    key: section.key.clone(),
                    heading,
                    paragraphs: Vec::new(),
                    items,
                    footnote_marker: section.footnote_marker.clone(),
                },
            ))
        })
        .collect();
    if let (true, Some(kind)) = (adding, SectionKind::parse(&value(f, "new_kind"))) {
        after.push((
            "new".into(),
            Section {
                kind,
                key: value(f, "new_key"),
                heading: opt(value(f, "new_heading")),
                paragraphs: Vec::new(),
                items: lines(f, "new_items"),
                footnote_marker: None,
            },
        ));
    }
    after
}
