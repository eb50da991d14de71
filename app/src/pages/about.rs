//! `/about`: what the charter is, the Integrating Cities process, how a city becomes a
//! signatory, and the conferences with the signings made at each.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::about::get_about;
use crate::components::page_data::await_page;
use crate::model::{About, ConferenceView};

/// The about page.
#[component]
pub fn AboutPage() -> impl IntoView {
    let about = Resource::new(|| (), |()| get_about());
    await_page(about, about_view)
}

fn conference(c: ConferenceView) -> impl IntoView {
    // Notes that only list who signed repeat the list below them.
    let note = c.note.filter(|n| !n.ends_with(" signed"));
    let signed = if c.signatories.is_empty() {
        view! { <p class="note">"No signing at this conference is recorded in the registry."</p> }
            .into_any()
    } else {
        view! {
            <p>
                "Signed here: "
                {c.signatories.into_iter().enumerate().map(|(i, (slug, name))| view! {
                    {(i > 0).then_some(", ")}
                    <a href=format!("/signatories/{slug}")>{name}</a>
                }).collect_view()}
            </p>
        }
        .into_any()
    };
    view! {
        <li>
            <h3>{c.title}</h3>
            <p>{c.place}" · "{c.dates}{note.map(|n| view! { " · "{n} })}</p>
            {signed}
        </li>
    }
}

fn about_view(a: About) -> impl IntoView {
    view! {
        <Title text="About the charter"/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">"About"</p>
                <h1>"About the Integrating Cities Charter"</h1>
                <p class="subtitle">
                    "A commitment by Europe's cities to equal opportunities for all residents, to the integration of migrants, "
                    "and to the diversity of their population."
                </p>
            </header>
            <h2>"What the charter is"</h2>
            <p>
                "In the charter, mayors commit their cities to act on four roles: as "<strong>"policy makers"</strong>", "
                <strong>"service providers"</strong>", "<strong>"employers"</strong>" and "<strong>"buyers of goods and services"</strong>". "
                "The Eurocities working group Migration & Integration and the cities of Amsterdam, Berlin, Leeds, London and Rome "
                "developed it in February 2010; it was launched and first signed at the Integrating Cities conference in London that month. "
                "The migration team at Eurocities updated it in October 2024."
            </p>
            <p><a href="/charter">"Read the charter"</a>" · "<a href="/charter/compare?from=2010&to=2024">"What changed in 2024"</a></p>
            <h2>"The Integrating Cities process"</h2>
            <p>
                "The charter belongs to the Integrating Cities process, formalised by Eurocities and the European Commission "
                "in the 2007 Milan Declaration. It brings together:"
            </p>
            <ul>
                <li>"the Integrating Cities conferences, where local politicians and senior officials of Europe's major cities meet representatives of EU institutions, international and non-governmental organisations, academics and migrant communities;"</li>
                <li>"a regular policy dialogue on integration between city representatives and the European Commission;"</li>
                <li>"projects of mutual learning between cities on integration governance."</li>
            </ul>
            <h2 id="how-to-sign">"How a city becomes a signatory"</h2>
            <ol>
                <li>"The city council (or the body that can commit the city) adopts the charter."</li>
                <li>"The city informs Eurocities that it wishes to sign."</li>
                <li>"A signing ceremony is arranged: at an Integrating Cities conference or locally."</li>
                <li>"The mayor signs the charter."</li>
                <li>"The city sends Eurocities a scanned copy of the signed charter."</li>
                <li>"Eurocities lists the city as a signatory, with the date and the source of its signing."</li>
            </ol>
            <p>
                "The registry counts "<a href="/signatories">{a.signatories}" signatories"</a>" today; "
                <a href="/about/counting">"how they are counted"</a>" is explained on its own page."
            </p>
            <h2>"The conferences"</h2>
            <p class="note">"Conferences the registry has a source for, oldest first; V and VII are not yet documented here."</p>
            <ol class="conferences" role="list">
                {a.conferences.into_iter().map(conference).collect_view()}
            </ol>
        </article>
    }
}
