//! `/`: what the charter is, the headline count, the way in.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::charter::get_home_summary;
use crate::components::page_data::await_page;
use crate::model::HomeSummary;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let summary = Resource::new(|| (), |()| get_home_summary());
    await_page(summary, home_view)
}

fn home_view(summary: HomeSummary) -> impl IntoView {
    let count = summary.signatory_count;
    let edition_count = summary.editions.len();
    let dates: Vec<String> = summary
        .editions
        .iter()
        .map(|e| {
            e.last_updated
                .clone()
                .unwrap_or_else(|| e.first_published.clone())
        })
        .collect();
    let editions_label = match dates.split_last() {
        None => "editions".to_owned(),
        Some((last, [])) => format!("edition: {last}"),
        Some((last, rest)) => format!("editions: {} and {last}", rest.join(", ")),
    };
    let edition = summary.editions.iter().find(|e| e.is_current).map(|e| {
        format!(
            "{} (last updated {})",
            e.title,
            e.last_updated
                .clone()
                .unwrap_or_else(|| e.first_published.clone())
        )
    });
    view! {
        <Title text="Integrating Cities Charter"/>
        <leptos_meta::Link rel="alternate" type_="application/rss+xml" href="/feed.xml" title="Integrating Cities Charter"/>
        <section class="hero">
            <p class="eyebrow">"Eurocities commitment to migrant integration"</p>
            <h1>"Integrating Cities Charter"</h1>
            <p class="lede">
                "The Integrating Cities Charter is the commitment of Europe's mayors to equal opportunities "
                "for all residents and to the integration of migrants. Signatory cities act on it in four roles: "
                "as policy-makers, service providers, employers and buyers of goods and services."
            </p>
            <p class="actions">
                <a class="button primary" href="/charter">"Read the charter"</a>
                <a class="button" href="/charter/compare">"What changed in 2024"</a>
            </p>
        </section>
        <section class="figures" aria-labelledby="figures-title">
            <h2 id="figures-title" class="visually-hidden">"The charter in figures"</h2>
            <div class="figure">
                <p class="figure-number">{count}</p>
                <p class="figure-label">
                    {if count == 1 { "signatory in the registry" } else { "signatories in the registry" }}
                </p>
            </div>
            <div class="figure">
                <p class="figure-number">{edition_count}</p>
                <p class="figure-label">{editions_label}</p>
            </div>
            {edition.map(|text| view! {
                <div class="figure">
                    <p class="figure-label">"Current text"</p>
                    <p><a href="/charter">{text}</a></p>
                </div>
            })}
        </section>
        <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">"Latest signatories"</h2>
            <ul class="latest-list">
                {summary.latest.into_iter().map(|r| view! {
                    <li>
                        <a href=format!("/signatories/{}", r.slug)>{r.name}</a>
                        {format!(" — {}, signed {}", r.country_name, r.signed)}
                    </li>
                }).collect_view()}
            </ul>
            <p><a href="/signatories">{format!("All {count} signatories")}</a>" · "<a href="/statistics">"Statistics"</a></p>
        </section>
    }
}
