//! `/map`: where the signatories are, with the same list as a table.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_map;
use crate::components::map::SignatoryMap;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::DirectoryRow;
use crate::t;

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    await_page(|| (), |()| get_map(), map_view)
}

fn map_view(mut rows: Vec<DirectoryRow>) -> impl IntoView {
    let lang = use_lang();
    // Each city under its name in the page's language, on the map and in the table.
    for r in &mut rows {
        r.name = crate::components::names::shown_name(lang, &r.name, &r.names);
    }
    let located = rows.iter().filter(|r| r.latitude.is_some()).count();
    view! {
        <Title text=t!(lang, "map-title")/>
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "directory-eyebrow")}</p>
            <h1>{t!(lang, "map-title")}</h1>
            <p class="subtitle">{t!(lang, "map-subtitle", count = located)}</p>
        </header>
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
