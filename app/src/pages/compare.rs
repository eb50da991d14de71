//! `/charter/compare?from=2010&to=2024`: what changed between two editions.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::charter::get_comparison;
use crate::components::page_data::await_page;
use crate::model::{
    Change, Comparison, EditionSummary, PassageDiff, SectionDiff, SectionKind, SectionStatus,
    Segment,
};

/// The comparison page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    let comparison = Resource::new(
        move || {
            let q = query.read();
            (q.get("from"), q.get("to"))
        },
        |(from, to)| get_comparison(from, to),
    );
    await_page(
        comparison,
        |comparison| view! { <ComparisonView comparison/> },
    )
}

fn edition_select(
    name: &'static str,
    label: &'static str,
    editions: &[EditionSummary],
    selected: &str,
) -> impl IntoView {
    let id = format!("compare-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {editions
                    .iter()
                    .map(|e| view! { <option value=e.slug.clone() selected=e.slug == selected>{e.title.clone()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn ComparisonView(comparison: Comparison) -> impl IntoView {
    let tally = comparison.tally();
    let Comparison {
        from,
        to,
        sections,
        editions,
    } = comparison;
    let title = format!("What changed from the {} to the {}", from.title, to.title);
    let same = from.slug == to.slug;
    let summary = if same {
        "Both sides are the same edition: choose two different editions to see what changed."
            .to_owned()
    } else {
        let mut text = format!(
            "{} changed, {} added, {} removed and {} moved, among the passages both texts hold.",
            passage_count(tally.changed),
            tally.added,
            tally.removed,
            tally.moved
        );
        if tally.not_comparable > 0 {
            text.push_str(&format!(
                " {} of the {} cannot be compared: the registry does not hold that part of the {}.",
                section_count(tally.not_comparable),
                to.title,
                from.title
            ));
        }
        text
    };
    view! {
        <Title text=format!("Compare editions: {} and {}", from.title, to.title)/>
        <header class="page-head">
            <p class="eyebrow">"The charter"</p>
            <h1>{title}</h1>
            <p class="subtitle">
                "Computed from the texts held in the registry. Added words are "
                <ins>"underlined"</ins>
                ", removed words "
                <del>"struck through"</del>
                ". Apostrophes and the punctuation that ends a list item are not counted as changes."
            </p>
            <form class="compare-form" method="get" action="/charter/compare">
                {edition_select("from", "From", &editions, &from.slug)}
                {edition_select("to", "To", &editions, &to.slug)}
                <button type="submit" class="button primary">"Compare"</button>
            </form>
            <p class="summary" role="status">{summary}</p>
        </header>
        <div class="diff">
            {sections.into_iter().map(|section| view! { <SectionDiffView section from=from.title.clone() to=to.title.clone()/> }).collect_view()}
        </div>
    }
}

fn passage_count(n: usize) -> String {
    if n == 1 {
        "1 passage".into()
    } else {
        format!("{n} passages")
    }
}

fn section_count(n: usize) -> String {
    if n == 1 {
        "1 section".into()
    } else {
        format!("{n} sections")
    }
}

fn section_title(section: &SectionDiff) -> String {
    let text = section.heading.as_ref().map(|h| {
        h.segments
            .iter()
            .filter_map(|s| match s {
                Segment::Same(t) | Segment::Inserted(t) => Some(t.as_str()),
                Segment::Deleted(_) => None,
            })
            .collect::<String>()
    });
    match section.kind {
        SectionKind::Preamble => "Preamble".into(),
        SectionKind::Closing => "Closing commitment".into(),
        SectionKind::Footnote => "Footnote".into(),
        SectionKind::Note => text.unwrap_or_else(|| "Explanatory note".into()),
        SectionKind::Role => text.unwrap_or_else(|| section.key.clone()),
    }
}

#[component]
fn SectionDiffView(section: SectionDiff, from: String, to: String) -> impl IntoView {
    let title = section_title(&section);
    let (badge, class) = match section.status {
        SectionStatus::Unchanged => ("Unchanged".to_owned(), "unchanged"),
        SectionStatus::Changed => ("Changed".to_owned(), "changed"),
        SectionStatus::Added => (format!("Only in the {to}"), "added"),
        SectionStatus::Removed => (format!("Only in the {from}"), "removed"),
        SectionStatus::NotHeld => (
            format!("Not comparable: the {from} text is not in the registry"),
            "not-held",
        ),
    };
    let id = format!("diff-{}", section.key.replace(':', "-"));
    let labelled_by = id.clone();
    let heading_change = section.heading.filter(|h| h.change != Change::Unchanged);
    view! {
        <section class=format!("diff-section {class}") aria-labelledby=labelled_by>
            <h2 id=id>{title}</h2>
            <p class=format!("badge {class}")>{badge}</p>
            {heading_change.map(|h| view! { <p class="heading-change">"Heading: " <Passage passage=h/></p> })}
            {section.paragraphs.into_iter().map(|p| view! { <div class="passage"><Passage passage=p/></div> }).collect_view()}
            {(!section.items.is_empty()).then(|| view! {
                <ol class="diff-items">
                    {section.items.into_iter().map(|p| view! { <li><Passage passage=p/></li> }).collect_view()}
                </ol>
            })}
        </section>
    }
}

#[component]
fn Passage(passage: PassageDiff) -> impl IntoView {
    let note = match passage.change {
        Change::Unchanged => None,
        Change::Added => Some("Added".to_owned()),
        Change::Removed => Some("Removed".to_owned()),
        Change::Changed => Some("Changed".to_owned()),
        Change::Moved { from, to } => Some(format!("Moved from position {from} to {to}")),
    };
    let class = match passage.change {
        Change::Unchanged => "unchanged",
        Change::Added => "added",
        Change::Removed => "removed",
        Change::Changed => "changed",
        Change::Moved { .. } => "moved",
    };
    view! {
        <span class=format!("change {class}")>
            {note.map(|n| view! { <span class="change-note">{n}</span> " " })}
            {passage
                .segments
                .into_iter()
                .map(|segment| match segment {
                    Segment::Same(t) => view! { <span>{t}</span> }.into_any(),
                    Segment::Inserted(t) => view! { <ins><span class="visually-hidden">"[added] "</span>{t}</ins> }.into_any(),
                    Segment::Deleted(t) => view! { <del><span class="visually-hidden">"[removed] "</span>{t}</del> }.into_any(),
                })
                .collect_view()}
        </span>
    }
}
