//! `/open-data`: what can be downloaded, every field, the counting rule and the licence.

use leptos::prelude::*;
use leptos_meta::Title;

/// Fields of each signatory in the CSV, the JSON and the API: `(name, meaning)`.
const FIELDS: [(&str, &str); 15] = [
    ("place", "Place in the order of all signatories (“≈” when approximate; empty when the date is unknown)"),
    ("name", "Name of the city, metropolitan authority or region"),
    ("slug", "Stable identifier, also the address of its profile"),
    ("kind", "city, metropolitan_authority or region"),
    ("country_code", "ISO 3166-1 alpha-2 code"),
    ("country", "Country name"),
    ("national_capital", "Whether it is its country's national capital"),
    ("eu_member_at_signing", "Whether its country was an EU member on the day of its first signing"),
    ("status", "signed, committed (council decided, not yet signed) or withdrawn"),
    ("signed", "Date of its first signing at its precision: YYYY-MM-DD, YYYY-MM, YYYY, or empty when unknown"),
    ("edition", "Edition of the charter of its first signing"),
    ("latitude, longitude", "Location, in degrees"),
    ("sources", "Addresses of the sources for its first signing"),
    ("profile", "Address of its profile on this site"),
    ("total_signatories, matching (JSON)", "Signatories in the registry (as of the view's date) and rows in this view"),
];

/// The open data page.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    view! {
        <Title text="Open data"/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">"For researchers and developers"</p>
                <h1>"Open data"</h1>
                <p class="subtitle">"The registry's data, as CSV, JSON and a read-only API, with the same filters as the directory."</p>
            </header>
            <h2>"Downloads"</h2>
            <ul>
                <li><a href="/signatories.csv">"/signatories.csv"</a>" and "<a href="/signatories.json">"/signatories.json"</a>
                    ": the directory as you see it. Any query string of "<a href="/signatories">"/signatories"</a>
                    " works the same, for example "<a href="/signatories.csv?country=FR">"/signatories.csv?country=FR"</a>
                    "; files are named after the date and the filters."</li>
            </ul>
            <h2>"API"</h2>
            <ul>
                <li><a href="/api/v1/signatories"><code>"/api/v1/signatories"</code></a>": the same view as JSON, with the same query string."</li>
                <li><code>"/api/v1/signatories/{slug}"</code>": one signatory with its signings, sources and places, e.g. "<a href="/api/v1/signatories/paris">"paris"</a>"."</li>
                <li><a href="/api/v1/editions"><code>"/api/v1/editions"</code></a>": the published editions of the charter."</li>
                <li><a href="/api/v1/press-releases"><code>"/api/v1/press-releases"</code></a>": press releases already public (never one under embargo)."</li>
            </ul>
            <h2>"Fields"</h2>
            <table class="data">
                <caption>"Fields of each signatory"</caption>
                <thead><tr><th scope="col">"Field"</th><th scope="col">"Meaning"</th></tr></thead>
                <tbody>
                    {FIELDS.iter().map(|(f, m)| view! { <tr><th scope="row"><code>{*f}</code></th><td>{*m}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <h2>"Counting rule"</h2>
            <p>"Places and totals are computed by one stated rule: "<a href="/about/counting">"how signatories are counted"</a>"."</p>
            <h2>"Licence"</h2>
            <p>"Creative Commons Attribution 4.0 (CC BY 4.0). Cite as: Integrating Cities Charter registry, Eurocities."</p>
        </article>
    }
}
