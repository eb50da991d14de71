//! `/charter/compare?from=2010&to=2024`: what changed between two editions.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::charter::get_comparison;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{
    Change, Comparison, EditionSummary, PassageDiff, SectionDiff, SectionKind, SectionStatus,
    Segment,
};
use crate::pages::charter::edition_title;
use crate::t;

/// The comparison page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (q.get("from"), q.get("to"))
        },
        |(from, to)| get_comparison(from, to),
        |comparison| view! { <ComparisonView comparison/> },
    )
}

fn edition_select(
    lang: Lang,
    name: &'static str,
    label: String,
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
                    .map(|e| view! { <option value=e.slug.clone() selected=e.slug == selected>{edition_title(lang, e)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn ComparisonView(comparison: Comparison) -> impl IntoView {
    let lang = use_lang();
    let tally = comparison.tally();
    let Comparison {
        from,
        to,
        sections,
        editions,
    } = comparison;
    let (from_name, to_name) = (edition_title(lang, &from), edition_title(lang, &to));
    let title = t!(lang, "compare-heading", from = &from_name, to = &to_name);
    let same = from.slug == to.slug;
    let summary = if same {
        t!(lang, "compare-same")
    } else {
        let mut text = t!(
            lang,
            "compare-summary",
            changed = tally.changed,
            added = tally.added,
            removed = tally.removed,
            moved = tally.moved
        );
        if tally.not_comparable > 0 {
            text.push(' ');
            text.push_str(&t!(
                lang,
                "compare-not-comparable",
                sections = tally.not_comparable,
                to = &to_name,
                from = &from_name
            ));
        }
        text
    };
    // The texts compared are English.
    let content = (lang != Lang::En).then_some("en");
    let in_short = (!same).then(|| plain_summary(lang, &sections, &from_name, &to_name, content));
    view! {
        <Title text=t!(lang, "compare-title", from = &from_name, to = &to_name)/>
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "charter-eyebrow")}</p>
            <h1>{title}</h1>
            <p class="subtitle">
                {t!(lang, "compare-lede-1")}" "
                <ins>{t!(lang, "compare-underlined")}</ins>
                {t!(lang, "compare-lede-2")}" "
                <del>{t!(lang, "compare-struck")}</del>
                {t!(lang, "compare-lede-3")}
            </p>
            <form class="compare-form" method="get" action=lang.href("/charter/compare")>
                {edition_select(lang, "from", t!(lang, "compare-from"), &editions, &from.slug)}
                {edition_select(lang, "to", t!(lang, "compare-to"), &editions, &to.slug)}
                <button type="submit" class="button primary">{t!(lang, "compare-button")}</button>
            </form>
            <p class="summary" role="status">{summary}</p>
            {content.map(|_| view! { <p class="notice">{t!(lang, "content-in-english")}</p> })}
        </header>
        {in_short}
        <div class="diff">
            {sections.into_iter().map(|section| view! {
                <SectionDiffView section from=from_name.clone() to=to_name.clone() content/>
            }).collect_view()}
        </div>
    }
}

/// What changed, in plain words and before the details: one line per part that changed, was
/// added or was dropped; then the parts that are the same, and the parts that cannot be
/// compared yet because the older text is not held. A part named by the edition's own words
/// carries their language (`content`).
fn plain_summary(
    lang: Lang,
    sections: &[SectionDiff],
    from: &str,
    to: &str,
    content: Option<&'static str>,
) -> impl IntoView {
    let part = move |section: &SectionDiff| {
        let (title, own) = section_title(lang, section);
        view! { <span lang=own.then_some(content).flatten()>{title}</span> }
    };
    let parts = move |status: SectionStatus| {
        let named: Vec<&SectionDiff> = sections.iter().filter(|s| s.status == status).collect();
        let last = named.len().saturating_sub(1);
        let and = lang.t("word-and");
        named
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let before = match i {
                    0 => String::new(),
                    i if i == last => format!(" {and} "),
                    _ => ", ".to_owned(),
                };
                view! { {before}{part(s)} }
            })
            .collect_view()
    };
    let mut lines = Vec::new();
    for section in sections {
        let what = match section.status {
            SectionStatus::Changed => {
                let passages: Vec<&Change> = section
                    .heading
                    .iter()
                    .chain(&section.paragraphs)
                    .chain(&section.items)
                    .map(|p| &p.change)
                    .collect();
                let count = |f: fn(&Change) -> bool| passages.iter().filter(|c| f(c)).count();
                let what: Vec<String> = [
                    (
                        "compare-short-reworded",
                        count(|c| matches!(c, Change::Changed)),
                    ),
                    ("compare-short-new", count(|c| matches!(c, Change::Added))),
                    (
                        "compare-short-dropped",
                        count(|c| matches!(c, Change::Removed)),
                    ),
                    (
                        "compare-short-moved",
                        count(|c| matches!(c, Change::Moved { .. })),
                    ),
                ]
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(key, n)| lang.t_args(key, &[("n", crate::i18n::Arg::from(n))]))
                .collect();
                lang.join(&what)
            }
            SectionStatus::Added => t!(lang, "compare-short-added", to = to),
            SectionStatus::Removed => t!(lang, "compare-short-removed", to = to),
            SectionStatus::Unchanged | SectionStatus::NotHeld => continue,
        };
        lines.push(view! { <li><strong>{part(section)}</strong>" — "{what}"."</li> });
    }
    let has = |status: SectionStatus| sections.iter().any(|s| s.status == status);
    let (unchanged, not_held) = (has(SectionStatus::Unchanged), has(SectionStatus::NotHeld));
    view! {
        <section class="in-short" aria-labelledby="in-short-title">
            <h2 id="in-short-title">{t!(lang, "compare-short-title")}</h2>
            {if lines.is_empty() {
                view! { <p>{t!(lang, "compare-short-nothing")}</p> }.into_any()
            } else {
                view! { <ul>{lines}</ul> }.into_any()
            }}
            {unchanged.then(|| view! {
                <p>{t!(lang, "compare-short-unchanged")}" "{parts(SectionStatus::Unchanged)}"."</p>
            })}
            {not_held.then(|| view! {
                <p class="in-short-note">
                    {t!(lang, "compare-short-not-held")}" "{parts(SectionStatus::NotHeld)}". "
                    {t!(lang, "compare-short-not-held-why", from = from)}
                </p>
            })}
        </section>
    }
}

fn section_title(lang: Lang, section: &SectionDiff) -> (String, bool) {
    let text = section.heading.as_ref().map(|h| {
        h.segments
            .iter()
            .filter_map(|s| match s {
                Segment::Same(t) | Segment::Inserted(t) => Some(t.as_str()),
                Segment::Deleted(_) => None,
            })
            .collect::<String>()
    });
    // `true` when the title is the edition's own text.
    match (section.kind, text) {
        (SectionKind::Preamble, _) => (t!(lang, "charter-preamble"), false),
        (SectionKind::Closing, _) => (t!(lang, "charter-closing"), false),
        (SectionKind::Footnote, _) => (t!(lang, "charter-footnote"), false),
        (SectionKind::Note | SectionKind::Role, Some(text)) => (text, true),
        (SectionKind::Note, None) => (super::charter::note_title(lang, &section.key), false),
        (SectionKind::Role, None) => (section.key.clone(), false),
    }
}

#[component]
fn SectionDiffView(
    section: SectionDiff,
    from: String,
    to: String,
    content: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let (title, own_text) = section_title(lang, &section);
    let (badge, class) = match section.status {
        SectionStatus::Unchanged => (t!(lang, "compare-unchanged"), "unchanged"),
        SectionStatus::Changed => (t!(lang, "compare-changed"), "changed"),
        SectionStatus::Added => (t!(lang, "compare-only-in", edition = &to), "added"),
        SectionStatus::Removed => (t!(lang, "compare-only-in", edition = &from), "removed"),
        SectionStatus::NotHeld => (t!(lang, "compare-not-held", edition = &from), "not-held"),
    };
    let id = format!("diff-{}", section.key.replace(':', "-"));
    let labelled_by = id.clone();
    let heading_change = section.heading.filter(|h| h.change != Change::Unchanged);
    view! {
        <section class=format!("diff-section {class}") aria-labelledby=labelled_by>
            <h2 id=id lang=own_text.then_some(content).flatten()>{title}</h2>
            <p class=format!("badge {class}")>{badge}</p>
            {heading_change.map(|h| view! {
                <p class="heading-change">{t!(lang, "compare-heading-change")}" "<Passage passage=h content/></p>
            })}
            {section.paragraphs.into_iter().map(|p| view! { <div class="passage"><Passage passage=p content/></div> }).collect_view()}
            {(!section.items.is_empty()).then(|| view! {
                <ol class="diff-items">
                    {section.items.into_iter().map(|p| view! { <li><Passage passage=p content/></li> }).collect_view()}
                </ol>
            })}
        </section>
    }
}

#[component]
fn Passage(passage: PassageDiff, content: Option<&'static str>) -> impl IntoView {
    let lang = use_lang();
    let note = match passage.change {
        Change::Unchanged => None,
        Change::Added => Some(t!(lang, "compare-added")),
        Change::Removed => Some(t!(lang, "compare-removed")),
        Change::Changed => Some(t!(lang, "compare-passage-changed")),
        Change::Moved { from, to } => Some(t!(lang, "compare-moved", from = from, to = to)),
    };
    let class = match passage.change {
        Change::Unchanged => "unchanged",
        Change::Added => "added",
        Change::Removed => "removed",
        Change::Changed => "changed",
        Change::Moved { .. } => "moved",
    };
    let (added, removed) = (
        t!(lang, "compare-added-marker"),
        t!(lang, "compare-removed-marker"),
    );
    view! {
        <span class=format!("change {class}")>
            {note.map(|n| view! { <span class="change-note">{n}</span> " " })}
            <span lang=content>
                {passage
                    .segments
                    .into_iter()
                    .map(|segment| match segment {
                        Segment::Same(t) => view! { <span>{t}</span> }.into_any(),
                        Segment::Inserted(t) => view! { <ins><span class="visually-hidden" lang=lang.code()>{format!("{added} ")}</span>{t}</ins> }.into_any(),
                        Segment::Deleted(t) => view! { <del><span class="visually-hidden" lang=lang.code()>{format!("{removed} ")}</span>{t}</del> }.into_any(),
                    })
                    .collect_view()}
            </span>
        </span>
    }
}
