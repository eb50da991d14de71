//! The public side of the signing process: `/join` (how to become a signatory, and the form
//! that declares the intent), `/join/sent` (its reference), and `/events` (announced
//! ceremonies and conferences, also as `/events.ics`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::process::{get_events_page, get_join_page};
use crate::components::form::{
    file_field, input_field, required_select_field, section_form_messages, text_area,
};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::process::{EventItem, EventsPage, JoinPage};
use crate::t;

/// The join form's fields in the order it lays them out (its error summary follows it).
const JOIN_ORDER: [&str; 7] = [
    "city",
    "country",
    "contact_name",
    "contact_email",
    "council_decision_on",
    "council_decision",
    "message",
];

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
            {section_form_messages(&form, &JOIN_ORDER)}
            <form method="post" action=format!("{}#declare", lang.href("/join")) enctype="multipart/form-data" class="stack public-form">
                {input_field(&form, "city", &t!(lang, "join-city"), "text", None, true)}
                {required_select_field(&form, "country", &t!(lang, "join-country"), &page.countries, Some(&t!(lang, "join-choose-country")), None)}
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
                        Some(href) => {
                            let (path, fragment) = href.split_once('#').unwrap_or((href.as_str(), ""));
                            let href = if fragment.is_empty() { lang.href(path) } else { format!("{}#{fragment}", lang.href(path)) };
                            view! { <a href=href>{e.title}</a> }.into_any()
                        }
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
            <p><a href="/events.ics" type="text/calendar">{t!(lang, "events-subscribe")}</a></p>
            <p class="small">{t!(lang, "events-subscribe-hint")}</p>
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

/// `/newsroom/media`: what journalists need to write about a signing.
#[component]
pub fn MediaKitPage() -> impl IntoView {
    await_page(|| (), |()| crate::api::process::get_media_kit(), media_view)
}

fn media_view(kit: crate::model::process::MediaKit) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "media-title")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "media-eyebrow")}</p>
                <h1>{t!(lang, "media-title")}</h1>
                <p class="subtitle">{t!(lang, "media-lede")}</p>
            </header>
            <h2>{t!(lang, "media-contacts")}</h2>
            {if kit.contacts.is_empty() {
                view! { <p>{t!(lang, "media-no-contacts")}</p> }.into_any()
            } else {
                view! {
                    <ul class="contacts">
                        {kit.contacts.into_iter().map(|c| view! {
                            <li>
                                <strong>{c.name}</strong>{format!(", {}", c.role)}<br/>
                                <a href=format!("mailto:{}", c.email)>{c.email.clone()}</a>
                                {c.phone.map(|p| view! { " · "<a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!kit.logos.is_empty()).then(|| view! {
                <h2>{t!(lang, "media-logos")}</h2>
                <ul class="media-logos">
                    {kit.logos.iter().map(|l| view! {
                        <li>
                            <img src=l.href.clone() alt=l.name.clone() loading="lazy"/>
                            <p><a href=l.href.clone() download="">{t!(lang, "media-logo-download", name = &l.name)}</a>{format!(" ({})", l.size)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <h2>{t!(lang, "media-photos")}</h2>
            {if kit.photos.is_empty() {
                view! { <p>{t!(lang, "media-no-photos")}</p> }.into_any()
            } else {
                view! {
                    <ul class="media-photos">
                        {kit.photos.into_iter().map(|p| {
                            let (slug, name) = p.signatory.clone();
                            let original = p.original.clone();
                            view! {
                                <li>
                                    {crate::components::photo::figure(p, "(min-width: 48rem) 22rem, 100vw")}
                                    <p>
                                        <a href=lang.href(&format!("/signatories/{slug}"))>{name}</a>" · "
                                        <a href=original download="">{t!(lang, "media-download")}</a>
                                    </p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h2>{t!(lang, "media-badge")}</h2>
            <p>{t!(lang, "media-badge-intro")}</p>
            {kit.badge_slug.map(|slug| view! {
                <p><img src=lang.href(&format!("/badge/{slug}.svg")) alt=t!(lang, "media-badge-alt") width="320" height="56"/></p>
            })}
            <h2>{t!(lang, "media-more")}</h2>
            <ul>
                <li><a href=lang.href("/feeds")>{t!(lang, "footer-feeds")}</a></li>
                <li><a href=lang.href("/open-data")>{t!(lang, "footer-open-data")}</a></li>
                <li><a href="/events.ics" type="text/calendar">{t!(lang, "events-subscribe")}</a></li>
                <li><a href=lang.href("/about/counting")>{t!(lang, "footer-counting")}</a></li>
            </ul>
        </article>
    }
}
