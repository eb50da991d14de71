//! `/charter`, `/charter/{edition}`: an edition's full structured text.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::charter::get_edition_page;
use crate::components::{edition_switcher::EditionSwitcher, page_data::await_page};
use crate::i18n::{use_lang, Lang};
use crate::model::{Edition, EditionPage, EditionSummary, Section, SectionKind};
use crate::t;

/// The current edition (no parameter) or the one named in the path.
#[component]
pub fn CharterPage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    await_page(
        move || (params.read().get("edition"), lang),
        |(edition, lang)| get_edition_page(edition, lang),
        |page| view! { <EditionView page/> },
    )
}

/// An edition's title in the interface's language: "2010 edition" / "édition 2010" for an
/// edition named by its year, else the title staff gave it.
pub(crate) fn edition_title(lang: Lang, summary: &EditionSummary) -> String {
    lang.edition_name(&summary.slug, &summary.title)
}

#[component]
pub(crate) fn EditionView(page: EditionPage) -> impl IntoView {
    let lang = use_lang();
    let EditionPage { edition, editions } = page;
    let Edition {
        summary,
        subtitle,
        language,
        preamble_missing,
        editorial_note,
        sections,
        translated_from,
    } = edition;
    // The text's own language, when the interface is in another one.
    let content_lang = (language != lang.code()).then_some(language);
    let options: Vec<(String, String)> = editions
        .iter()
        .map(|e| {
            let title = edition_title(lang, e);
            (
                e.slug.clone(),
                if e.is_current {
                    t!(lang, "edition-current-suffix", title = &title)
                } else {
                    title
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
        t!(lang, "charter-status-current")
    } else {
        t!(lang, "charter-status-earlier")
    };
    let name = edition_title(lang, &summary);
    let switcher_labels = (t!(lang, "switcher-label"), t!(lang, "switcher-show"));
    view! {
        <Title text=t!(lang, "charter-page-title", edition = &name)/>
        <article class="charter">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "charter-eyebrow")}</p>
                <h1>{t!(lang, "charter-heading", edition = &name)}</h1>
                <p class="subtitle" lang=content_lang.clone()>{subtitle}</p>
                <dl class="facts">
                    <div><dt>{t!(lang, "charter-status")}</dt><dd>{status}</dd></div>
                    <div><dt>{t!(lang, "charter-first-edition")}</dt><dd>{lang.stored_date(&summary.first_published)}</dd></div>
                    {summary.last_updated.as_ref().map(|d| view! {
                        <div><dt>{t!(lang, "charter-last-update")}</dt><dd>{lang.stored_date(d)}</dd></div>
                    })}
                </dl>
                <div class="toolbar">
                    <EditionSwitcher
                        current=summary.slug.clone()
                        editions=options
                        labels=switcher_labels
                        base=lang.href("/charter")
                    />
                    <a class="button" href=lang.href(&compare_href)>{t!(lang, "charter-compare")}</a>
                </div>
            </header>
            {content_lang.is_some().then(|| view! { <p class="notice">{t!(lang, "charter-not-translated")}</p> })}
            {translated_from.map(|original| view! {
                <p class="notice">
                    {t!(lang, "charter-translation")}" "
                    <a href=format!("/charter/{}", summary.slug) hreflang=original>{t!(lang, "charter-original-link")}</a>
                </p>
            })}
            {editorial_note.map(|note| view! {
                <aside class="notice" aria-label=t!(lang, "charter-about-edition")><p lang=content_lang.clone()>{note}</p></aside>
            })}
            {preamble_missing.then(|| view! {
                <section class="missing" aria-labelledby="preamble-title">
                    <h2 id="preamble-title">{t!(lang, "charter-preamble")}</h2>
                    <p>{t!(lang, "charter-preamble-missing")}</p>
                </section>
            })}
            {sections.into_iter().map(|section| view! { <SectionView section content_lang=content_lang.clone()/> }).collect_view()}
        </article>
    }
}

fn paragraphs(list: Vec<String>, content_lang: Option<String>) -> impl IntoView {
    list.into_iter()
        .map(|p| view! { <p lang=content_lang.clone()>{p}</p> })
        .collect_view()
}

fn items(list: Vec<String>, content_lang: Option<String>) -> impl IntoView {
    list.into_iter()
        .map(|i| view! { <li lang=content_lang.clone()>{i}</li> })
        .collect_view()
}

/// The title of a note the edition gives no heading: "Explanatory note", with what part of it
/// this is (from its key, `note:history`) so that each landmark has its own name.
pub(crate) fn note_title(lang: Lang, key: &str) -> String {
    let note = t!(lang, "charter-note");
    match key.split_once(':').map(|(_, part)| part) {
        Some(part) if !part.is_empty() => {
            lang.t_or(&format!("charter-note-{part}"), &format!("{note} ({part})"))
        }
        _ => note,
    }
}

/// One section. Its text is marked with `content_lang` when that differs from the interface's,
/// so labels added by the site stay in the interface's language.
#[component]
fn SectionView(section: Section, content_lang: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let Section {
        kind,
        key,
        heading,
        paragraphs: body,
        items: list,
        footnote_marker,
    } = section;
    let id = format!("section-{}", key.replace(':', "-"));
    let labelled_by = id.clone();
    let cl = content_lang;
    match kind {
        SectionKind::Preamble => view! {
            <section class="preamble" aria-label=t!(lang, "charter-preamble")>{paragraphs(body, cl)}</section>
        }
        .into_any(),
        SectionKind::Role => view! {
            <section class="role" aria-labelledby=labelled_by>
                <h2 id=id>
                    <span lang=cl.clone()>{heading.unwrap_or_default()}</span>
                    {footnote_marker.map(|m| view! {
                        " "
                        <sup><a href=format!("#footnote-{m}") id=format!("footnote-call-{m}") aria-label=t!(lang, "charter-footnote-call", marker = &m)>
                            {format!("({m})")}
                        </a></sup>
                    })}
                </h2>
                <ul class="commitments">{items(list, cl)}</ul>
            </section>
        }
        .into_any(),
        SectionKind::Closing => view! {
            <section class="closing" aria-label=t!(lang, "charter-closing")>{paragraphs(body, cl)}</section>
        }
        .into_any(),
        SectionKind::Note => {
            let heading = match heading {
                Some(h) => view! { <h2 id=id lang=cl.clone()>{h}</h2> }.into_any(),
                None => view! { <h2 id=id>{note_title(lang, &key)}</h2> }.into_any(),
            };
            view! {
                <section class="note" aria-labelledby=labelled_by>
                    {heading}
                    {paragraphs(body, cl.clone())}
                    {(!list.is_empty()).then(|| view! { <ul>{items(list, cl)}</ul> })}
                </section>
            }
            .into_any()
        }
        SectionKind::Footnote => {
            let marker = footnote_marker.unwrap_or_default();
            view! {
                <section class="footnotes" aria-labelledby=labelled_by>
                    <h2 id=id>{t!(lang, "charter-footnote")}</h2>
                    <p id=format!("footnote-{marker}")>
                        <span class="footnote-marker">{format!("({marker}) ")}</span>
                        <span lang=cl>{body.join(" ")}</span>
                        " "
                        <a href=format!("#footnote-call-{marker}") aria-label=t!(lang, "charter-footnote-back")>"↩"</a>
                    </p>
                </section>
            }
            .into_any()
        }
    }
}
