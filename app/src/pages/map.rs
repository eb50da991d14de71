//! `/map`: where the signatories are, with the same list as a table.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_map;
use crate::components::map::SignatoryMap;
use crate::components::page_data::await_page;
use crate::model::DirectoryRow;

/// The map page.
#[component]
pub fn MapPage() -> impl IntoView {
    let rows = Resource::new(|| (), |()| get_map());
    await_page(rows, map_view)
}

fn map_view(rows: Vec<DirectoryRow>) -> impl IntoView {
    let located = rows.iter().filter(|r| r.latitude.is_some()).count();
    view! {
        <Title text="Map of signatories"/>
        <header class="page-head">
            <p class="eyebrow">"The registry"</p>
            <h1>"Map of signatories"</h1>
            <p class="subtitle">{format!("{located} signatories on the map. Each dot links to its profile; the table below lists the same signatories.")}</p>
        </header>
        <figure class="map-figure">
            <SignatoryMap points=rows.iter().filter_map(DirectoryRow::map_point).collect() label="Map of the signatories of the Integrating Cities Charter".into()/>
            <figcaption>"Country shapes: Natural Earth (public domain)."</figcaption>
        </figure>
        <table class="data">
            <caption>"The signatories on the map"</caption>
            <thead><tr><th scope="col">"Signatory"</th><th scope="col">"Country"</th><th scope="col">"Signed"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row"><a href=format!("/signatories/{}", r.slug)>{r.name}</a></th>
                        <td>{r.country_name}</td>
                        <td>{r.signed}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
