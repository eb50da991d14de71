//! `/about/counting`: the counting rule in plain words, with the totals it gives today.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_statistics;
use crate::components::page_data::await_page;
use crate::model::Statistics;
use crate::pages::statistics::totals_list;

/// The counting rule page.
#[component]
pub fn CountingPage() -> impl IntoView {
    let stats = Resource::new(|| (), |()| get_statistics());
    await_page(stats, counting_view)
}

fn counting_view(s: Statistics) -> impl IntoView {
    view! {
        <Title text="How signatories are counted"/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">"About the registry"</p>
                <h1>"How signatories are counted"</h1>
                <p class="subtitle">
                    "Press releases say things like “the 33rd European city and 15th EU capital to sign”. "
                    "The registry computes such numbers by one stated rule, from the signings it holds, so anyone can check them."
                </p>
            </header>
            <h2>"The order of signings"</h2>
            <ol>
                <li>"Signings are ordered by their date, then by the order Eurocities staff set among signings of the same day, then by name."</li>
                <li>"A date known only to the month or the year sorts as its first possible day: September 2013 sorts as 1 September 2013."</li>
                <li>"A signing whose date is unknown counts in the totals but has no place in the order, and its profile says so."</li>
                <li>"A signatory's first signing, of any edition, fixes its place. A signatory that later withdraws keeps its place, and so does everyone else: history does not change."</li>
            </ol>
            <h2>"The counts"</h2>
            <ul>
                <li><strong>"Nth signatory"</strong>": place among the first signings of all signatories, whatever the edition."</li>
                <li><strong>"Nth European city"</strong>": the same, among signatories in European countries; "<strong>"first non-European"</strong>" likewise among the others."</li>
                <li><strong>"Nth EU capital"</strong>": among national capitals whose country was a member of the European Union (or the European Communities) on the day of the signing. London in 2010 counts; London in 2021 would not; Zagreb before 1 July 2013 would not."</li>
                <li><strong>"Nth national capital"</strong>", "<strong>"Nth in its country"</strong>" and "<strong>"Nth to sign an edition"</strong>" follow the same order within their group."</li>
            </ul>
            <h2>"Approximate places"</h2>
            <p>
                "A place is marked “≈” when it depends on a date known only to the month or the year (its own, or that of another signing whose possible days overlap it), "
                "or on signings of the same day whose order staff have not yet set. Staff see every such case in their data-quality list."
            </p>
            <h2>"As the registry stood on a day"</h2>
            <p>
                "Every count can be computed as of a past day, with only the signings known to have happened by then: for example "
                <a href="/signatories?as_of=2013-09-30">"the registry on 30 September 2013"</a>"."
            </p>
            <h2>"What the registry does not know"</h2>
            <p>
                "The registry holds the signatories for which a public source exists. Some early signatories are not yet identified, so the "
                "registry's numbers can be lower than those announced at the time; profiles show both."
            </p>
            <h2>"Today's totals"</h2>
            {totals_list(&s)}
        </article>
    }
}
