//! `/about`: what the charter is, the Integrating Cities process, how a city becomes a
//! signatory, and the conferences with the signings made at each.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::about::get_about;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{About, ConferenceView};
use crate::t;

/// The about page.
#[component]
pub fn AboutPage() -> impl IntoView {
    await_page(|| (), |()| get_about(), about_view)
}

fn conference(lang: Lang, c: ConferenceView) -> impl IntoView {
    // Notes that only list who signed repeat the list below them; notes are English text.
    let note = c.note.filter(|n| !n.ends_with(" signed"));
    let note_lang = (lang != Lang::En).then_some("en");
    let signed = if c.signatories.is_empty() {
        view! { <p class="note">{t!(lang, "about-conference-none")}</p> }.into_any()
    } else {
        view! {
            <p>
                {t!(lang, "about-conference-signed")}" "
                {c.signatories.into_iter().enumerate().map(|(i, (slug, name))| view! {
                    {(i > 0).then_some(", ")}
                    <a href=lang.href(&format!("/signatories/{slug}"))>{name}</a>
                }).collect_view()}
            </p>
        }
        .into_any()
    };
    let anchor = format!(
        "conference-{}",
        c.title
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_lowercase()
    );
    view! {
        <li id=anchor>
            <h3>{c.title}</h3>
            <p>
                {format!("{}, {}", c.city, lang.country(&c.country_code, &c.country_name))}" · "
                {lang.date_range(&c.starts_on, c.ends_on.as_deref())}
                {note.map(|n| view! { " · "<span lang=note_lang>{n}</span> })}
            </p>
            {signed}
        </li>
    }
}

fn about_view(a: About) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "about-title")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "nav-about")}</p>
                <h1>{t!(lang, "about-heading")}</h1>
                <p class="subtitle">{t!(lang, "about-subtitle")}</p>
            </header>
            <h2>{t!(lang, "about-what")}</h2>
            <p>
                {t!(lang, "about-roles-lead")}" "
                <strong>{t!(lang, "role-policy-makers")}</strong>", "
                <strong>{t!(lang, "role-service-providers")}</strong>", "
                <strong>{t!(lang, "role-employers")}</strong>" "{t!(lang, "word-and")}" "
                <strong>{t!(lang, "role-buyers")}</strong>". "
                {t!(lang, "about-history")}
            </p>
            <p>
                <a href=lang.href("/charter")>{t!(lang, "home-read")}</a>" · "
                <a href=lang.href("/charter/compare?from=2010&to=2024")>{t!(lang, "home-what-changed")}</a>" · "
                <a href=lang.href("/working-group")>{t!(lang, "footer-group")}</a>
            </p>
            <h2>{t!(lang, "about-process")}</h2>
            <p>{t!(lang, "about-process-lead")}</p>
            <ul>
                <li>{t!(lang, "about-process-conferences")}</li>
                <li>{t!(lang, "about-process-dialogue")}</li>
                <li>{t!(lang, "about-process-learning")}</li>
            </ul>
            <h2 id="how-to-sign">{t!(lang, "about-how")}</h2>
            <ol>
                <li>{t!(lang, "about-how-1")}</li>
                <li>{t!(lang, "about-how-2")}</li>
                <li>{t!(lang, "about-how-3")}</li>
                <li>{t!(lang, "about-how-4")}</li>
                <li>{t!(lang, "about-how-5")}</li>
                <li>{t!(lang, "about-how-6")}</li>
            </ol>
            <p><a href=lang.href("/join")>{t!(lang, "footer-join")}</a>" · "<a href=lang.href("/events")>{t!(lang, "footer-events")}</a></p>
            <p>
                {t!(lang, "about-count-lead")}" "
                <a href=lang.href("/signatories")>{t!(lang, "about-count-link", count = a.signatories)}</a>
                {t!(lang, "about-count-middle")}" "
                <a href=lang.href("/about/counting")>{t!(lang, "about-counting-link")}</a>
                {t!(lang, "about-count-end")}
            </p>
            <h2>{t!(lang, "about-conferences")}</h2>
            <p class="note">{t!(lang, "about-conferences-note")}</p>
            <ol class="conferences" role="list">
                {a.conferences.into_iter().map(|c| conference(lang, c)).collect_view()}
            </ol>
        </article>
    }
}
