//! The public side of the signing process: `/join` (how to become a signatory, and the form
//! that declares the intent), `/join/sent` (its reference), and `/events` (announced
//! ceremonies and conferences, also as `/events.ics`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::process::{get_events_page, get_join_page};
use crate::components::form::{file_field, form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::process::{EventItem, EventsPage, JoinPage};
use crate::t;

/// `/join`.
#[component]
pub fn JoinPage() -> impl IntoView {
    await_page(|| (), |()| get_join_page(), join_view)
}

/// The field robots fill in and people never see (hidden by the style sheet, not announced).
#[must_use]
pub fn honeypot() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="hp">
            <label for="f-website">{t!(lang, "join-honeypot")}</label>
            <input type="text" id="f-website" name="f[website]" autocomplete="off" tabindex="-1"/>
        </div>
    }
}

fn join_view(page: JoinPage) -> impl IntoView {
    let lang = use_lang();
    let form = page.form;
    let steps = [
        "join-step-council",
        "join-step-tell",
        "join-step-ceremony",
        "join-step-scan",
        "join-step-public",
    ];
    view! {
        <Title text=t!(lang, "join-title")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "join-eyebrow")}</p>
                <h1>{t!(lang, "join-title")}</h1>
                <p class="subtitle">{t!(lang, "join-lede")}</p>
            </header>
            <h2>{t!(lang, "join-steps")}</h2>
            <ol class="steps">
                {steps.iter().map(|key| view! { <li>{lang.t(key)}</li> }).collect_view()}
            </ol>
            <p>
                {t!(lang, "join-read-first")}" "
                <a href=lang.href("/charter")>{t!(lang, "join-read-charter")}</a>" · "
                <a href=lang.href("/toolkits/diversity")>{t!(lang, "join-read-toolkit")}</a>" · "
                <a href=lang.href("/events")>{t!(lang, "join-read-events")}</a>
            </p>
            <h2 id="declare">{t!(lang, "join-form-title")}</h2>
            <p>{t!(lang, "join-form-intro")}</p>
            {form_messages(&form)}
            <form method="post" action=lang.href("/join") enctype="multipart/form-data" class="stack public-form">
                {input_field(&form, "city", &t!(lang, "join-city"), "text", None, true)}
                {select_field(&form, "country", &t!(lang, "join-country"), &page.countries, Some(&t!(lang, "join-choose-country")), None)}
                {input_field(&form, "contact_name", &t!(lang, "join-contact-name"), "text", Some(&t!(lang, "join-contact-name-hint")), true)}
                {input_field(&form, "contact_email", &t!(lang, "join-contact-email"), "email", None, true)}
                {input_field(&form, "council_decision_on", &t!(lang, "join-decision-date"), "text", Some(&t!(lang, "join-decision-date-hint")), false)}
                {file_field(&form, "council_decision", &t!(lang, "join-decision-file"), Some(&t!(lang, "join-decision-file-hint", mb = page.file_limit_mb)))}
                {text_area(&form, "message", &t!(lang, "join-message"), 4, Some(&t!(lang, "join-message-hint")), false)}
                {honeypot()}
                <p class="small">
                    {t!(lang, "join-privacy")}" "
                    <a href=lang.href("/privacy")>{t!(lang, "footer-privacy")}</a>
                </p>
                <button type="submit">{t!(lang, "join-send")}</button>
            </form>
        </article>
    }
}

/// `/join/sent?ref=ICC-00012`: the declaration arrived.
#[component]
pub fn JoinSentPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    // Only a reference of the form the server gives is repeated on the page.
    let reference = query.read_untracked().get("ref").filter(|r| {
        r.len() == 9 && r.starts_with("ICC-") && r[4..].bytes().all(|b| b.is_ascii_digit())
    });
    view! {
        <Title text=t!(lang, "join-sent-title")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "join-eyebrow")}</p>
                <h1>{t!(lang, "join-sent-title")}</h1>
            </header>
            <p role="status">{t!(lang, "join-sent-body")}</p>
            {reference.map(|r| view! { <p>{t!(lang, "join-sent-reference")}" "<strong>{r}</strong></p> })}
            <p>{t!(lang, "join-sent-next")}</p>
            <p><a href=lang.href("/join")>{t!(lang, "join-sent-back")}</a></p>
        </article>
    }
}

/// `/events`.
#[component]
pub fn EventsPage() -> impl IntoView {
    await_page(|| (), |()| get_events_page(), events_view)
}

fn event_list(items: Vec<EventItem>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="events">
            {items.into_iter().map(|e| view! {
                <li>
                    <time datetime=e.day.clone()>{e.when}</time>
                    <strong>{match e.href {
                        Some(href) => view! { <a href=lang.href(&href)>{e.title}</a> }.into_any(),
                        None => view! { {e.title} }.into_any(),
                    }}</strong>
                    {(!e.place.is_empty()).then(|| view! { <span class="event-place">{e.place}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

fn events_view(page: EventsPage) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "events-title")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "events-eyebrow")}</p>
                <h1>{t!(lang, "events-title")}</h1>
                <p class="subtitle">{t!(lang, "events-lede")}</p>
            </header>
            <p>
                <a href="/events.ics" type="text/calendar">{t!(lang, "events-subscribe")}</a>
                " "{t!(lang, "events-subscribe-hint")}
            </p>
            <h2>{t!(lang, "events-upcoming")}</h2>
            {if page.upcoming.is_empty() {
                view! { <p>{t!(lang, "events-none")}</p> }.into_any()
            } else {
                event_list(page.upcoming).into_any()
            }}
            {(!page.past.is_empty()).then(|| view! {
                <h2>{t!(lang, "events-past")}</h2>
                {event_list(page.past)}
            })}
            <p><a href=lang.href("/join")>{t!(lang, "events-join")}</a></p>
        </article>
    }
}
