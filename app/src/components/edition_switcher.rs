//! The edition switcher: a plain GET form that works without JavaScript; as an island it
//! navigates as soon as another edition is chosen.

use leptos::prelude::*;

/// Choose an edition to read. `editions` are `(slug, label)` pairs; `labels` are the field's
/// label and the button's text in the page's language; `base` is the charter's address in it
/// (`/charter` or `/fr/charter`).
#[island]
pub fn EditionSwitcher(
    current: String,
    editions: Vec<(String, String)>,
    labels: (String, String),
    base: String,
) -> impl IntoView {
    let (label, show) = labels;
    let action = format!("{base}/go");
    let form = NodeRef::<leptos::html::Form>::new();
    // Marks the form once the island is live, so styles (and tests) can tell.
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(form) = form.get() {
            let _ = form.set_attribute("data-enhanced", "true");
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        let slug = event_target_value(&ev);
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_href(&format!("{base}/{slug}"));
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (slug, &base);
    };
    view! {
        <form class="edition-switcher" method="get" action=action node_ref=form>
            <label for="edition-select">{label}</label>
            <select id="edition-select" name="edition" on:change=on_change>
                {editions
                    .into_iter()
                    .map(|(slug, label)| {
                        let selected = slug == current;
                        view! { <option value=slug selected=selected>{label}</option> }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button">{show}</button>
        </form>
    }
}
