//! `/working-group`: the Eurocities working group Migration & Integration, dated.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::working_group::get_working_group;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{GroupPerson, WorkingGroupView};
use crate::t;

/// The working group page.
#[component]
pub fn WorkingGroupPage() -> impl IntoView {
    await_page(|| (), |()| get_working_group(), group_view)
}

fn person(
    lang: Lang,
    label_key: &'static str,
    who: Option<GroupPerson>,
    content_lang: Option<String>,
) -> impl IntoView {
    view! {
        <div>
            <dt>{lang.t(label_key)}</dt>
            {match who {
                Some(p) => view! {
                    <dd>
                        <strong>{p.name}</strong>
                        {(!p.role.is_empty()).then(|| view! { <br/><span lang=content_lang.clone()>{p.role}</span> })}
                        {p.office.map(|o| view! { <br/><span lang=content_lang.clone()>{o}</span> })}
                    </dd>
                }.into_any(),
                None => view! { <dd>{t!(lang, "group-not-stated")}</dd> }.into_any(),
            }}
        </div>
    }
}

fn group_view(g: WorkingGroupView) -> impl IntoView {
    let lang = use_lang();
    let content_lang = (g.language != lang.code()).then(|| g.language.clone());
    let as_of = lang.iso_date(&g.as_of);
    let cl = content_lang.clone();
    view! {
        <Title text=t!(lang, "group-title")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "group-eyebrow")}</p>
                <h1 lang=content_lang.clone()>{g.name.clone()}</h1>
                <p class="subtitle" lang=content_lang.clone()>{g.summary}</p>
                <p class="notice">
                    {t!(lang, "group-as-of", date = &as_of)}
                    {content_lang.is_some().then(|| view! { " "{t!(lang, "content-in-english")} })}
                </p>
            </header>
            {g.paragraphs.into_iter().map(|p| view! { <p lang=cl.clone()>{p}</p> }).collect_view()}
            {(!g.objectives.is_empty()).then(|| view! {
                <h2 lang=content_lang.clone()>{g.objectives_heading}</h2>
                <ul>{g.objectives.into_iter().map(|o| view! { <li lang=content_lang.clone()>{o}</li> }).collect_view()}</ul>
            })}
            <h2>{t!(lang, "group-people")}</h2>
            <dl class="people">
                {person(lang, "group-chair", g.chair, content_lang.clone())}
                {person(lang, "group-vice-chair", g.vice_chair, content_lang.clone())}
                {person(lang, "group-contact", g.contact, content_lang.clone())}
            </dl>
            <p>
                {t!(lang, "group-charter-link-lead")}" "
                <a href=lang.href("/charter")>{t!(lang, "group-charter-link")}</a>" · "
                <a href=lang.href("/about")>{t!(lang, "group-about-link")}</a>
            </p>
            {g.source_url.map(|url| view! { <p><a href=url rel="external">{t!(lang, "group-source")}</a></p> })}
        </article>
    }
}
