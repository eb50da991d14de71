//! `/about/counting`: the counting rule in plain words, with the totals it gives today.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_statistics;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::Statistics;
use crate::pages::statistics::totals_list;
use crate::t;

/// The counting rule page.
#[component]
pub fn CountingPage() -> impl IntoView {
    await_page(|| (), |()| get_statistics(), counting_view)
}

fn counting_view(s: Statistics) -> impl IntoView {
    let lang = use_lang();
    let term = |key: &str| view! { <strong>{lang.t(key)}</strong> };
    view! {
        <Title text=t!(lang, "footer-counting")/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "counting-eyebrow")}</p>
                <h1>{t!(lang, "footer-counting")}</h1>
                <p class="subtitle">{t!(lang, "counting-lede")}</p>
            </header>
            <h2>{t!(lang, "counting-order")}</h2>
            <ol>
                <li>{t!(lang, "counting-order-1")}</li>
                <li>{t!(lang, "counting-order-2")}</li>
                <li>{t!(lang, "counting-order-3")}</li>
                <li>{t!(lang, "counting-order-4")}</li>
            </ol>
            <h2>{t!(lang, "counting-counts")}</h2>
            <ul>
                <li>{term("counting-nth-signatory")}{t!(lang, "counting-nth-signatory-rule")}</li>
                <li>
                    {term("counting-nth-european")}{t!(lang, "counting-nth-european-rule")}
                    {term("counting-first-non-european")}{t!(lang, "counting-first-non-european-rule")}
                </li>
                <li>{term("counting-nth-eu-capital")}{t!(lang, "counting-nth-eu-capital-rule")}</li>
                <li>
                    {term("counting-nth-national-capital")}", "{term("counting-nth-in-country")}" "{t!(lang, "word-and")}" "
                    {term("counting-nth-edition")}{t!(lang, "counting-same-order")}
                </li>
            </ul>
            <h2>{t!(lang, "counting-approximate")}</h2>
            <p>{t!(lang, "counting-approximate-body")}</p>
            <h2>{t!(lang, "counting-statements")}</h2>
            <p>{t!(lang, "counting-statements-body")}</p>
            <h2>{t!(lang, "counting-as-of")}</h2>
            <p>
                {t!(lang, "counting-as-of-body")}" "
                <a href=lang.href("/signatories?as_of=2013-09-30")>{t!(lang, "counting-as-of-example", date = &lang.iso_date("2013-09-30"))}</a>"."
            </p>
            <h2>{t!(lang, "counting-unknown")}</h2>
            <p>{t!(lang, "counting-unknown-body", unidentified = s.totals.unidentified)}</p>
            <h2>{t!(lang, "counting-today")}</h2>
            {totals_list(lang, &s)}
        </article>
    }
}
