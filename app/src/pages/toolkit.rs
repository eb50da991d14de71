//! `/toolkits/diversity`: a toolkit shown from its data, in its own language (marked with
//! `lang` when the interface's differs), under the interface in the page's language. The
//! toolkit's own headings ("Questions guides") are written in the toolkit's language.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::toolkit::get_toolkit;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{ToolkitExampleView, ToolkitFactorView, ToolkitPartView, ToolkitView};
use crate::t;

/// The diversity toolkit page.
#[component]
pub fn DiversityToolkitPage() -> impl IntoView {
    await_page(
        || (),
        |()| get_toolkit("diversity".to_owned()),
        toolkit_view,
    )
}

fn paragraphs(list: Vec<String>) -> impl IntoView {
    list.into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

fn example(lang: Lang, e: ToolkitExampleView) -> impl IntoView {
    let city = match e.slug {
        Some(slug) => {
            view! { <a href=lang.href(&format!("/signatories/{slug}"))>{e.city}</a> }.into_any()
        }
        None => view! { <span>{e.city}</span> }.into_any(),
    };
    view! {
        <li class="toolkit-example">
            <h5 class="example-city">{city}</h5>
            {paragraphs(e.paragraphs)}
            {(!e.items.is_empty()).then(|| view! {
                <ul>{e.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}

fn factor(lang: Lang, text: Lang, f: ToolkitFactorView) -> impl IntoView {
    let id = format!("factor-{:02}", f.number);
    let labelled_by = id.clone();
    let questions_id = format!("{id}-questions");
    let examples_id = format!("{id}-examples");
    view! {
        <section class="toolkit-factor" aria-labelledby=labelled_by>
            {f.theme.map(|t| view! { <p class="eyebrow">{t}</p> })}
            <h3 id=id>
                <span class="factor-number">{format!("{:02}", f.number)}</span>" "{f.statement}
            </h3>
            {paragraphs(f.introduction)}
            <h4 id=questions_id.clone()>{t!(text, "toolkit-questions")}</h4>
            <ul aria-labelledby=questions_id>
                {f.questions.into_iter().map(|q| view! {
                    <li>
                        {q.text}
                        {(!q.details.is_empty()).then(|| view! {
                            <ul>{q.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                        })}
                    </li>
                }).collect_view()}
            </ul>
            <h4 id=examples_id.clone()>{t!(text, "toolkit-examples")}</h4>
            <ul class="toolkit-examples" aria-labelledby=examples_id>
                {f.examples.into_iter().map(|e| example(lang, e)).collect_view()}
            </ul>
        </section>
    }
}

fn part(p: ToolkitPartView) -> impl IntoView {
    view! {
        <section class="toolkit-use">
            <h3>{p.title}</h3>
            {(!p.lead.is_empty()).then(|| view! { <p class="note">{p.lead}</p> })}
            {paragraphs(p.paragraphs)}
        </section>
    }
}

fn toolkit_view(kit: ToolkitView) -> impl IntoView {
    let lang = use_lang();
    // The toolkit's own language, for its text and its headings.
    let text = Lang::from_code(&kit.language).unwrap_or(lang);
    let content_lang = (text != lang).then(|| kit.language.clone());
    let count = kit.factors.len();
    view! {
        <Title text=t!(lang, "toolkit-title")/>
        <article class="prose toolkit">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "toolkit-eyebrow")}</p>
                <h1>{t!(lang, "toolkit-heading")}</h1>
                <p class="subtitle">{t!(lang, "toolkit-subtitle", count = count)}</p>
                <p class="notice">
                    {content_lang.is_some().then(|| view! { {t!(lang, "toolkit-french-only")}" " })}
                    {t!(lang, "toolkit-links")}
                </p>
            </header>
            <div lang=content_lang>
                <p class="toolkit-meta">
                    <cite>{kit.title.clone()}</cite>" · "{kit.series}" · "{kit.publisher}", "{kit.published}" · "{kit.author}
                </p>
                {paragraphs(kit.introduction)}
                <h2>{t!(text, "toolkit-standard")}</h2>
                <p class="closing">{kit.standard}</p>
                <h2>{t!(text, "toolkit-factors")}</h2>
                <nav aria-label=t!(text, "toolkit-factors") class="toolkit-index">
                    <ol>
                        {kit.factors.iter().map(|f| view! {
                            <li><a href=format!("#factor-{:02}", f.number)>{f.statement.clone()}</a></li>
                        }).collect_view()}
                    </ol>
                </nav>
                {kit.factors.into_iter().map(|f| factor(lang, text, f)).collect_view()}
                <h2>{t!(text, "toolkit-how")}</h2>
                {kit.uses.into_iter().map(part).collect_view()}
                <h2>{t!(text, "toolkit-contextual")}</h2>
                <p>{kit.contextual_intro}</p>
                <dl class="facts-list">
                    {kit.contextual.into_iter().map(|c| view! {
                        <dt>{c.title}</dt>
                        <dd>{c.paragraphs.join(" ")}</dd>
                    }).collect_view()}
                </dl>
            </div>
        </article>
    }
}
