//! `/open-data`: what can be downloaded, every field, the counting rule and the licence.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_lang;
use crate::t;

/// Fields of each signatory in the CSV, the JSON and the API: `(name, key of its meaning)`.
const FIELDS: [(&str, &str); 15] = [
    ("place", "field-place"),
    ("name", "field-name"),
    ("slug", "field-slug"),
    ("kind", "field-kind"),
    ("country_code", "field-country-code"),
    ("country", "field-country"),
    ("national_capital", "field-national-capital"),
    ("eu_member_at_signing", "field-eu-member"),
    ("status", "field-status"),
    ("signed", "field-signed"),
    ("edition", "field-edition"),
    ("latitude, longitude", "field-location"),
    ("sources", "field-sources"),
    ("profile", "field-profile"),
    ("total_signatories, matching (JSON)", "field-totals"),
];

/// The open data page.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "footer-open-data")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "open-eyebrow")}</p>
                <h1>{t!(lang, "footer-open-data")}</h1>
                <p class="subtitle">{t!(lang, "open-lede")}</p>
            </header>
            <h2>{t!(lang, "open-downloads")}</h2>
            <ul>
                <li><a href="/signatories.csv">"/signatories.csv"</a>" "{t!(lang, "word-and")}" "<a href="/signatories.json">"/signatories.json"</a>
                    {t!(lang, "open-downloads-1")}" "<a href=lang.href("/signatories")>"/signatories"</a>" "
                    {t!(lang, "open-downloads-2")}" "<a href="/signatories.csv?country=FR">"/signatories.csv?country=FR"</a>
                    {t!(lang, "open-downloads-3")}</li>
            </ul>
            <h2>"API"</h2>
            <ul>
                <li><a href="/api/v1/signatories"><code>"/api/v1/signatories"</code></a>{t!(lang, "open-api-list")}</li>
                <li><code>"/api/v1/signatories/{slug}"</code>{t!(lang, "open-api-one")}" "<a href="/api/v1/signatories/paris">"paris"</a>"."</li>
                <li><a href="/api/v1/editions"><code>"/api/v1/editions"</code></a>{t!(lang, "open-api-editions")}</li>
                <li><a href="/api/v1/press-releases"><code>"/api/v1/press-releases"</code></a>{t!(lang, "open-api-releases")}</li>
            </ul>
            <p>{t!(lang, "open-english")}</p>
            <h2>{t!(lang, "open-fields")}</h2>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="open-fields-caption"><table class="data">
                <caption id="open-fields-caption">{t!(lang, "open-fields-caption")}</caption>
                <thead><tr><th scope="col">{t!(lang, "open-field")}</th><th scope="col">{t!(lang, "open-meaning")}</th></tr></thead>
                <tbody>
                    {FIELDS.iter().map(|(f, key)| view! { <tr><th scope="row"><code>{*f}</code></th><td>{lang.t(key)}</td></tr> }).collect_view()}
                </tbody>
            </table></div>
            <h2>{t!(lang, "open-rule")}</h2>
            <p>{t!(lang, "open-rule-body")}" "<a href=lang.href("/about/counting")>{t!(lang, "about-counting-link")}</a>"."</p>
            <h2>{t!(lang, "open-licence")}</h2>
            <p>{t!(lang, "open-licence-body")}" "<cite lang="en">"Integrating Cities Charter registry, Eurocities"</cite>"."</p>
        </article>
    }
}
