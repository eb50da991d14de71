//! `/signatories/{slug}`: one signatory, its signings with their evidence, and its places.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::api::registry::get_profile;
use crate::components::map::SignatoryMap;
use crate::components::page_data::await_page;
use crate::model::{Profile, SigningView, SourceLink, Statement};

/// The profile page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let profile = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_profile,
    );
    await_page(profile, profile_view)
}

/// "a, b and c".
fn join_sentence(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn sources(list: Vec<SourceLink>) -> impl IntoView {
    view! {
        <ul class="sources">
            {list.into_iter().map(|s| match s.url {
                Some(url) => view! { <li><a href=url rel="external noopener">{s.label}</a></li> }.into_any(),
                None => view! { <li>{s.label}</li> }.into_any(),
            }).collect_view()}
        </ul>
    }
}

fn fact(label: &'static str, value: Option<String>) -> impl IntoView {
    value.map(|v| view! { <div><dt>{label}</dt><dd>{v}</dd></div> })
}

fn signing_view(s: SigningView) -> impl IntoView {
    let precision = match s.precision.as_str() {
        "month" => Some(" (known only to the month)"),
        "year" => Some(" (known only to the year)"),
        _ => None,
    };
    let edition_note = (!s.edition_confirmed).then_some(
        " — not confirmed: no source says which text was signed; the likeliest is recorded",
    );
    view! {
        <article class="signing" id=format!("signing-{}", s.id)>
            <h3>
                {if s.date_iso.is_empty() {
                    view! { <span>"Signing date unknown"</span> }.into_any()
                } else {
                    view! { <time datetime=s.date_iso.clone()>{s.date.clone()}</time> }.into_any()
                }}
                {precision}
            </h3>
            <dl class="facts-list">
                <div><dt>"Edition"</dt><dd><a href=format!("/charter/{}", s.edition_slug)>{s.edition_title}</a>{edition_note}</dd></div>
                {fact("Event", s.event)}
                {fact("Place", s.place)}
                {fact("Signed by", s.signed_by)}
                {fact("Council decision", s.council_decision)}
                {fact("Announced at the time", s.announced_ordinal)}
                <div><dt>"Confidence in this record"</dt><dd>{s.confidence}</dd></div>
                {fact("Notes", s.notes)}
            </dl>
            <h4>"Sources"</h4>
            {if s.sources.is_empty() {
                view! { <p>"No source is recorded for this signing yet."</p> }.into_any()
            } else {
                sources(s.sources).into_any()
            }}
        </article>
    }
}

fn statement_view(s: Statement) -> impl IntoView {
    view! {
        <li>
            <blockquote><p>{s.statement}</p></blockquote>
            <p class="attribution">
                {s.date} " — "
                {match s.source_url {
                    Some(url) => view! { <a href=url rel="external noopener">{s.source}</a> }.into_any(),
                    None => view! { <span>{s.source}</span> }.into_any(),
                }}
            </p>
            {s.note.map(|n| view! { <p class="note">{n}</p> })}
        </li>
    }
}

fn profile_view(p: Profile) -> impl IntoView {
    let sentence = if p.ordinals.is_empty() {
        format!(
            "{} has no place in the order: the date of its signing is not known. It counts in the total of {} signatories.",
            p.name, p.total_signatories
        )
    } else {
        format!(
            "By the registry's count, {} is {}, of the {} signatories the registry knows.",
            p.name,
            join_sentence(&p.ordinals),
            p.total_signatories
        )
    };
    let status = match p.status.as_str() {
        "signed" => "Signatory",
        "committed" => "Committed to sign",
        _ => "Withdrawn",
    };
    let subtitle = format!(
        "{} in {}{}",
        p.kind_label,
        p.country_name,
        if p.national_capital {
            ", national capital"
        } else {
            ""
        }
    );
    let announced: Vec<String> = p
        .signings
        .iter()
        .filter_map(|s| s.announced_ordinal.clone())
        .collect();
    let has_statements = !p.statements.is_empty() || !announced.is_empty();
    let description = format!("{} — {sentence}", p.name);
    let point = p.map_point();
    let since = p
        .signings
        .iter()
        .filter_map(|s| s.date_iso.get(..4))
        .min()
        .map(str::to_owned);
    let badge_alt = match &since {
        Some(year) => format!("Signatory of the Integrating Cities Charter since {year}"),
        None => "Signatory of the Integrating Cities Charter".to_owned(),
    };
    let badge_code = format!(
        "<a href=\"{site}/signatories/{slug}\"><img src=\"{site}/badge/{slug}.svg\" alt=\"{badge_alt}\" width=\"320\" height=\"56\"></a>",
        site = p.site_url,
        slug = p.slug
    );
    let slug = p.slug.clone();
    view! {
        <Title text=p.name.clone()/>
        <leptos_meta::Link rel="alternate" type_="application/rss+xml" href=format!("/feeds/country/{}.xml", p.country_code.to_lowercase()) title=format!("Integrating Cities Charter: {}", p.country_name)/>
        <Meta property="og:title" content=format!("{} — Integrating Cities Charter", p.name)/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:type" content="profile"/>
        <Meta property="og:url" content=format!("{}/signatories/{}", p.site_url, p.slug)/>
        <Meta name="description" content=description/>
        <header class="page-head">
            <p class="eyebrow">{status}</p>
            <h1>{p.name.clone()}</h1>
            <p class="subtitle">{subtitle}</p>
            {p.withdrawn.clone().map(|(day, reason)| view! { <p class="notice" id="withdrawn">{format!("Withdrew on {day}: {reason}")}</p> })}
        </header>
        <p class="ordinal-sentence">{sentence}</p>
        <p class="small"><a href="/about/counting">"How places are counted"</a>" · "<a href="/signatories">"All signatories"</a></p>
        <section aria-labelledby="signings-title">
            <h2 id="signings-title">{if p.signings.len() == 1 { "Signing" } else { "Signings" }}</h2>
            {p.signings.into_iter().map(signing_view).collect_view()}
        </section>
        {has_statements.then(|| view! {
            <section aria-labelledby="announced-title" class="announced">
                <h2 id="announced-title">"What was announced, and what the registry computes"</h2>
                <p>
                    "Published ordinals are shown as they were announced. The registry computes its own from the signatories it holds; "
                    "where they differ, signatories are missing from the registry or the announcement counted differently."
                </p>
                <ul class="statements">{p.statements.into_iter().map(statement_view).collect_view()}</ul>
                <p class="computed"><strong>"The registry computes: "</strong>{join_sentence(&p.ordinals)}</p>
            </section>
        })}
        {(!p.releases.is_empty()).then(|| view! {
            <section aria-labelledby="releases-title">
                <h2 id="releases-title">"Press releases"</h2>
                <ul class="latest-list">
                    {p.releases.iter().map(|r| view! {
                        <li><a href=format!("/newsroom/{}", r.slug)>{r.title.clone()}</a>{format!(" — {}", r.date)}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {point.map(|point| {
            let label = format!("Where {} is", point.name);
            view! {
                <section aria-labelledby="map-title" class="profile-map">
                    <h2 id="map-title">"On the map"</h2>
                    <SignatoryMap points=vec![point] highlight=slug label/>
                    <p><a href="/map">"All signatories on the map"</a></p>
                </section>
            }
        })}
        {p.website.map(|url| view! { <p><a href=url rel="external noopener">"Official website"</a></p> })}
        <section aria-labelledby="badge-title" class="badge-embed">
            <h2 id="badge-title">"Badge for your website"</h2>
            <p><img src=format!("/badge/{}.svg", p.slug) alt=badge_alt.clone() width="320" height="56"/></p>
            <label for="badge-code">"Copy this code into the city's website:"</label>
            // Leptos writes <textarea> content unescaped (RCDATA): escape it here.
            <textarea id="badge-code" readonly rows="3">{badge_code.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")}</textarea>
        </section>
    }
}
