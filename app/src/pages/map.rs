//! `/map`: where the signatories are, with the same list as a table (past a few hundred
//! signatories: squares counting them per area, and a table by country).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_map;
use crate::components::map::SignatoryMap;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::{DirectoryRow, MapData};
use crate::t;

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    await_page(|| (), |()| get_map(), map_view)
}

fn map_view(data: MapData) -> impl IntoView {
    let lang = use_lang();
    let located = data.located;
    let dense = !data.cells.is_empty() || !data.countries.is_empty();
    let subtitle = if dense {
        t!(lang, "map-subtitle-dense", count = located)
    } else {
        t!(lang, "map-subtitle", count = located)
    };
    view! {
        <Title text=t!(lang, "map-title")/>
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "directory-eyebrow")}</p>
            <h1>{t!(lang, "map-title")}</h1>
            <p class="subtitle">{subtitle}</p>
        </header>
        {if dense { dense_view(data).into_any() } else { list_view(data.rows).into_any() }}
    }
}

/// Up to the limit: one dot and one table row per signatory.
fn list_view(mut rows: Vec<DirectoryRow>) -> impl IntoView {
    let lang = use_lang();
    // Each city under its name in the page's language, on the map and in the table.
    for r in &mut rows {
        r.name = crate::components::names::shown_name(lang, &r.name, &r.names);
    }
    view! {
        <figure class="map-figure">
            <SignatoryMap points=rows.iter().filter_map(DirectoryRow::map_point).collect() label=t!(lang, "map-label")/>
            <figcaption>{t!(lang, "map-credit")}</figcaption>
        </figure>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="map-caption"><table class="data">
            <caption id="map-caption">{t!(lang, "map-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(lang, "map-column-signatory")}</th>
                    <th scope="col">{t!(lang, "column-country")}</th>
                    <th scope="col">{t!(lang, "column-signed")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row"><a href=lang.href(&format!("/signatories/{}", r.slug))>{r.name}</a></th>
                        <td>{lang.country(&r.country_code, &r.country_name)}</td>
                        <td>{lang.iso_date(&r.signed_iso)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// Past the limit: the density layer, and the signatories counted by country, each country
/// linking to its list in the directory.
fn dense_view(data: MapData) -> impl IntoView {
    let lang = use_lang();
    let most = data.cells.iter().map(|c| c.count).max().unwrap_or(0);
    let mut countries: Vec<(String, String, usize)> = data
        .countries
        .into_iter()
        .map(|(code, name, n)| {
            let shown = lang.country(&code, &name);
            (code, shown, n)
        })
        .collect();
    countries.sort_by_cached_key(|(_, name, _)| domain::text::fold(name));
    view! {
        <figure class="map-figure">
            <SignatoryMap points=data.outside cells=data.cells label=t!(lang, "map-label")/>
            <figcaption>{t!(lang, "map-legend", most = most)}" "{t!(lang, "map-credit")}</figcaption>
        </figure>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="map-caption"><table class="data">
            <caption id="map-caption">{t!(lang, "map-caption-countries")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(lang, "column-country")}</th>
                    <th scope="col">{t!(lang, "map-column-count")}</th>
                </tr>
            </thead>
            <tbody>
                {countries.into_iter().map(|(code, name, n)| view! {
                    <tr>
                        <th scope="row"><a href=lang.href(&format!("/signatories?country={code}"))>{name}</a></th>
                        <td>{n}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
