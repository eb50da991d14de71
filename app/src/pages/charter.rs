//! `/charter`, `/charter/{edition}`: an edition's full structured text.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::charter::get_edition_page;
use crate::components::{edition_switcher::EditionSwitcher, page_data::await_page};
use crate::model::{Edition, EditionPage, Section, SectionKind};

/// The current edition (no parameter) or the one named in the path.
#[component]
pub fn CharterPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new(move || params.read().get("edition"), get_edition_page);
    await_page(page, |page| view! { <EditionView page/> })
}

#[component]
pub(crate) fn EditionView(page: EditionPage) -> impl IntoView {
    let EditionPage { edition, editions } = page;
    let Edition {
        summary,
        subtitle,
        language,
        preamble_missing,
        editorial_note,
        sections,
    } = edition;
    let options: Vec<(String, String)> = editions
        .iter()
        .map(|e| {
            (
                e.slug.clone(),
                if e.is_current {
                    format!("{} (current)", e.title)
                } else {
                    e.title.clone()
                },
            )
        })
        .collect();
    let oldest = editions.first().map(|e| e.slug.clone()).unwrap_or_default();
    let compare_href = if summary.is_current {
        format!("/charter/compare?from={oldest}&to={}", summary.slug)
    } else {
        let current = editions
            .iter()
            .find(|e| e.is_current)
            .map(|e| e.slug.clone())
            .unwrap_or_default();
        format!("/charter/compare?from={}&to={current}", summary.slug)
    };
    let status = if summary.is_current {
        "Current edition"
    } else {
        "Earlier edition, no longer current"
    };
    let title = format!("Integrating Cities Charter — {}", summary.title);
    view! {
        <Title text=format!("The charter, {}", summary.title)/>
        <article class="charter" lang=language>
            <header class="page-head">
                <p class="eyebrow">"The charter"</p>
                <h1>{title}</h1>
                <p class="subtitle">{subtitle}</p>
                <dl class="facts">
                    <div><dt>"Status"</dt><dd>{status}</dd></div>
                    <div><dt>"First edition"</dt><dd>{summary.first_published.clone()}</dd></div>
                    {summary.last_updated.clone().map(|d| view! { <div><dt>"Last update"</dt><dd>{d}</dd></div> })}
                </dl>
                <div class="toolbar">
                    <EditionSwitcher current=summary.slug.clone() editions=options/>
                    <a class="button" href=compare_href>"Compare with another edition"</a>
                </div>
            </header>
            {editorial_note.map(|note| view! { <aside class="notice" aria-label="About this edition"><p>{note}</p></aside> })}
            {preamble_missing.then(|| view! {
                <section class="missing" aria-labelledby="preamble-title">
                    <h2 id="preamble-title">"Preamble"</h2>
                    <p>
                        "The preamble of this edition is not yet in the registry. It differed from the 2024 preamble; "
                        "rather than reconstruct it, the registry shows it once Eurocities staff have added the original text."
                    </p>
                </section>
            })}
            {sections.into_iter().map(|section| view! { <SectionView section/> }).collect_view()}
        </article>
    }
}

fn paragraphs(list: Vec<String>) -> impl IntoView {
    list.into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

#[component]
fn SectionView(section: Section) -> impl IntoView {
    let Section {
        kind,
        key,
        heading,
        paragraphs: body,
        items,
        footnote_marker,
    } = section;
    let id = format!("section-{}", key.replace(':', "-"));
    let labelled_by = id.clone();
    match kind {
        SectionKind::Preamble => view! {
            <section class="preamble" aria-label="Preamble">{paragraphs(body)}</section>
        }
        .into_any(),
        SectionKind::Role => view! {
            <section class="role" aria-labelledby=labelled_by>
                <h2 id=id>
                    {heading.unwrap_or_default()}
                    {footnote_marker.map(|m| view! {
                        " "
                        <sup><a href=format!("#footnote-{m}") id=format!("footnote-call-{m}") aria-label=format!("Footnote {m}")>
                            {format!("({m})")}
                        </a></sup>
                    })}
                </h2>
                <ul class="commitments">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            </section>
        }
        .into_any(),
        SectionKind::Closing => view! {
            <section class="closing" aria-label="Closing commitment">{paragraphs(body)}</section>
        }
        .into_any(),
        SectionKind::Note => view! {
            <section class="note" aria-labelledby=labelled_by>
                <h2 id=id>{heading.unwrap_or_else(|| "Explanatory note".into())}</h2>
                {paragraphs(body)}
                {(!items.is_empty()).then(|| view! {
                    <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                })}
            </section>
        }
        .into_any(),
        SectionKind::Footnote => {
            let marker = footnote_marker.unwrap_or_default();
            view! {
                <section class="footnotes" aria-labelledby=labelled_by>
                    <h2 id=id>"Footnote"</h2>
                    <p id=format!("footnote-{marker}")>
                        <span class="footnote-marker">{format!("({marker}) ")}</span>
                        {body.join(" ")}
                        " "
                        <a href=format!("#footnote-call-{marker}") aria-label="Back to the text">"↩"</a>
                    </p>
                </section>
            }
            .into_any()
        }
    }
}
