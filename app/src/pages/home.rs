//! `/`: what the charter is, the headline count, the way in.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::charter::get_home_summary;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::HomeSummary;
use crate::pages::charter::edition_title;
use crate::t;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    await_page(|| (), |()| get_home_summary(), home_view)
}

fn home_view(summary: HomeSummary) -> impl IntoView {
    let lang = use_lang();
    let count = summary.signatory_count;
    let edition_count = summary.editions.len();
    let dates: Vec<String> = summary
        .editions
        .iter()
        .map(|e| lang.stored_date(e.last_updated.as_ref().unwrap_or(&e.first_published)))
        .collect();
    let editions_label = match dates.split_last() {
        None => t!(lang, "home-editions-none"),
        Some((last, [])) => t!(lang, "home-editions-one", dates = last),
        Some((last, rest)) => t!(
            lang,
            "home-editions-many",
            dates = &rest.join(", "),
            last = last
        ),
    };
    let edition = summary.editions.iter().find(|e| e.is_current).map(|e| {
        t!(
            lang,
            "home-current-edition",
            title = &edition_title(lang, e),
            date = &lang.stored_date(e.last_updated.as_ref().unwrap_or(&e.first_published)),
        )
    });
    view! {
        <Title text=t!(lang, "site-name")/>
        <leptos_meta::Link rel="alternate" type_="application/rss+xml" href=lang.href("/feed.xml") title=t!(lang, "site-name")/>
        <section class="hero">
            <div class="hero-text">
                <p class="eyebrow">{t!(lang, "home-eyebrow")}</p>
                <h1>{t!(lang, "site-name")}</h1>
                <p class="lede">{t!(lang, "home-lede")}</p>
                <p class="actions">
                    <a class="button primary" href=lang.href("/charter")>{t!(lang, "home-read")}</a>
                    <a class="button" href=lang.href("/charter/compare")>{t!(lang, "home-what-changed")}</a>
                </p>
            </div>
            <svg class="hero-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false" inner_html=crate::assets::mark_shapes("hero-mark-clip")></svg>
        </section>
        {crate::components::headline::quotable_line(lang, &summary.headline)}
        <section class="figures" aria-labelledby="figures-title">
            <h2 id="figures-title" class="visually-hidden">{t!(lang, "home-figures")}</h2>
            <div class="figure">
                <p class="figure-number">{count}</p>
                <p class="figure-label">{t!(lang, "home-signatories-label", count = count)}</p>
            </div>
            <div class="figure">
                <p class="figure-number">{edition_count}</p>
                <p class="figure-label">{editions_label}</p>
            </div>
            {edition.map(|text| view! {
                <div class="figure">
                    <p class="figure-label">{t!(lang, "home-current-text")}</p>
                    <p><a href=lang.href("/charter")>{text}</a></p>
                </div>
            })}
        </section>
        <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title">{t!(lang, "home-latest")}</h2>
            <ul class="latest-list">
                {summary.latest.into_iter().map(|r| view! {
                    <li>
                        <a href=lang.href(&format!("/signatories/{}", r.slug))>{crate::components::names::shown_name(lang, &r.name, &r.names)}</a>
                        " "
                        {t!(lang, "home-latest-line", country = &lang.country(&r.country_code, &r.country_name), date = &lang.iso_date(&r.signed_iso))}
                    </li>
                }).collect_view()}
            </ul>
            <p>
                <a href=lang.href("/signatories")>{t!(lang, "home-all", count = count)}</a>" · "
                <a href=lang.href("/statistics")>{t!(lang, "home-statistics")}</a>
            </p>
        </section>
    }
}
