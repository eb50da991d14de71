//! `/statistics`: totals, signatories by country and by year, with a chart drawn on the server.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_statistics;
use crate::components::page_data::await_page;
use crate::model::Statistics;

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let stats = Resource::new(|| (), |()| get_statistics());
    await_page(stats, statistics_view)
}

/// The headline totals as a definition list (shared with the counting rule page).
pub fn totals_list(s: &Statistics) -> impl IntoView {
    let t = &s.totals;
    let rows = [
        ("Signatories", t.signatories),
        ("European signatories", t.european),
        ("Non-European signatories", t.non_european),
        ("Countries", t.countries),
        ("National capitals", t.national_capitals),
        ("EU capitals at the signing date", t.eu_capitals),
        ("Signing date unknown", t.unknown_dates),
    ];
    view! {
        <dl class="totals">
            {rows.into_iter().map(|(label, n)| view! { <div><dt>{label}</dt><dd>{n}</dd></div> }).collect_view()}
            {s.by_edition.iter().map(|(title, n)| view! { <div><dt>{format!("Signed the {title}")}</dt><dd>{*n}</dd></div> }).collect_view()}
        </dl>
    }
}

/// Cumulative signatories by year: bars drawn as SVG on the server, described for screen readers.
fn cumulative_chart(by_year: &[(i32, u32, u32)]) -> impl IntoView {
    let max = by_year.iter().map(|(_, _, c)| *c).max().unwrap_or(1).max(1);
    let (width, height, left, bottom, top) = (640.0_f64, 260.0_f64, 36.0_f64, 28.0_f64, 12.0_f64);
    let n = by_year.len().max(1) as f64;
    let slot = (width - left) / n;
    let scale = |v: u32| (height - bottom - top) * f64::from(v) / f64::from(max);
    let summary = by_year
        .last()
        .map(|(year, _, total)| {
            format!("Cumulative number of signatories by year, reaching {total} in {year}.")
        })
        .unwrap_or_default();
    view! {
        <svg class="chart" viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="chart-title chart-desc">
            <title id="chart-title">"Signatories over time"</title>
            <desc id="chart-desc">{summary}" The table below gives the same figures."</desc>
            <line x1=left y1=height - bottom x2=width y2=height - bottom class="axis"/>
            <text x=left - 6.0 y=height - bottom class="tick" text-anchor="end">"0"</text>
            <text x=left - 6.0 y=top + 10.0 class="tick" text-anchor="end">{max}</text>
            {by_year.iter().enumerate().map(|(i, (year, _, cumulative))| {
                let h = scale(*cumulative);
                let x = left + slot * i as f64 + slot * 0.15;
                view! {
                    <g>
                        <rect x=x y=height - bottom - h width=slot * 0.7 height=h class="bar"/>
                        <text x=x + slot * 0.35 y=height - bottom - h - 4.0 class="value" text-anchor="middle">{*cumulative}</text>
                        <text x=x + slot * 0.35 y=height - 8.0 class="tick" text-anchor="middle">{year.to_string()}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

fn statistics_view(s: Statistics) -> impl IntoView {
    view! {
        <Title text="Statistics"/>
        <header class="page-head">
            <p class="eyebrow">"The registry"</p>
            <h1>"Statistics"</h1>
            <p class="subtitle">
                "Counted by the registry's rule from the signatories it holds. "
                <a href="/about/counting">"How signatories are counted"</a>
            </p>
        </header>
        <section aria-labelledby="totals-title">
            <h2 id="totals-title">"Totals"</h2>
            {totals_list(&s)}
        </section>
        <section aria-labelledby="years-title">
            <h2 id="years-title">"Signatories over time"</h2>
            <figure class="chart-figure">
                {cumulative_chart(&s.by_year)}
                <figcaption>"Signatories by the year of their first signing, cumulative. Signatories whose date is unknown are not in the chart."</figcaption>
            </figure>
            <table class="data">
                <caption>"Signatories by year of first signing"</caption>
                <thead><tr><th scope="col">"Year"</th><th scope="col">"Signed that year"</th><th scope="col">"Total at the end of the year"</th></tr></thead>
                <tbody>
                    {s.by_year.iter().map(|(y, n, c)| view! {
                        <tr><th scope="row">{y.to_string()}</th><td>{*n}</td><td>{*c}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="countries-title">
            <h2 id="countries-title">"Signatories by country"</h2>
            <table class="data">
                <caption>"Signatories by country, most first"</caption>
                <thead><tr><th scope="col">"Country"</th><th scope="col">"Signatories"</th></tr></thead>
                <tbody>
                    {s.by_country.iter().map(|(code, name, n)| view! {
                        <tr><th scope="row"><a href=format!("/signatories?country={code}")>{name.clone()}</a></th><td>{*n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="published-title">
            <h2 id="published-title">"Counts published elsewhere"</h2>
            <p>"What Eurocities and the press announced over the years. They disagree with each other in places; the registry's figures above come from its own records."</p>
            <ul class="statements">
                {s.statements.into_iter().map(|st| view! {
                    <li>
                        <p>{format!("“{}”", st.statement)}</p>
                        <p class="attribution">{st.date}" — "{match st.source_url {
                            Some(url) => view! { <a href=url rel="external noopener">{st.source}</a> }.into_any(),
                            None => view! { <span>{st.source}</span> }.into_any(),
                        }}</p>
                        {st.note.map(|n| view! { <p class="note">{n}</p> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
