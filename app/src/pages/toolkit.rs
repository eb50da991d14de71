//! `/toolkits/diversity`: a toolkit shown from its data, in its own language (marked with
//! `lang`), under an interface in English.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::toolkit::get_toolkit;
use crate::components::page_data::await_page;
use crate::model::{ToolkitExampleView, ToolkitFactorView, ToolkitPartView, ToolkitView};

/// The diversity toolkit page.
#[component]
pub fn DiversityToolkitPage() -> impl IntoView {
    let kit = Resource::new(|| (), |()| get_toolkit("diversity".to_owned()));
    await_page(kit, toolkit_view)
}

fn paragraphs(list: Vec<String>) -> impl IntoView {
    list.into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

fn example(e: ToolkitExampleView) -> impl IntoView {
    let city = match e.slug {
        Some(slug) => view! { <a href=format!("/signatories/{slug}")>{e.city}</a> }.into_any(),
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

fn factor(f: ToolkitFactorView) -> impl IntoView {
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
            <h4 id=questions_id.clone()>"Questions guides"</h4>
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
            <h4 id=examples_id.clone()>"Exemples"</h4>
            <ul class="toolkit-examples" aria-labelledby=examples_id>
                {f.examples.into_iter().map(example).collect_view()}
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
    let language = kit.language.clone();
    let count = kit.factors.len();
    view! {
        <Title text="Toolkit: promoting cultural diversity"/>
        <article class="prose toolkit">
            <header class="page-head">
                <p class="eyebrow">"Toolkit"</p>
                <h1>"Promoting cultural diversity: the Integrating Cities benchmark"</h1>
                <p class="subtitle">
                    {format!("A benchmark of {count} key factors, each with guiding questions and examples from cities, for a city to assess and develop its work on diversity.")}
                </p>
                <p class="notice">
                    "This toolkit is published in French only; it is shown below in its original language. "
                    "Cities that have signed the charter are linked to their profiles."
                </p>
            </header>
            <div lang=language>
                <p class="toolkit-meta">
                    <cite>{kit.title.clone()}</cite>" · "{kit.series}" · "{kit.publisher}", "{kit.published}" · "{kit.author}
                </p>
                {paragraphs(kit.introduction)}
                <h2>"La norme des Villes d'intégration"</h2>
                <p class="closing">{kit.standard}</p>
                <h2>"Les facteurs clés"</h2>
                <nav aria-label="Facteurs clés" class="toolkit-index">
                    <ol>
                        {kit.factors.iter().map(|f| view! {
                            <li><a href=format!("#factor-{:02}", f.number)>{f.statement.clone()}</a></li>
                        }).collect_view()}
                    </ol>
                </nav>
                {kit.factors.into_iter().map(factor).collect_view()}
                <h2>"Comment utiliser la boîte à outils"</h2>
                {kit.uses.into_iter().map(part).collect_view()}
                <h2>"Les facteurs contextuels"</h2>
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
