//! The edition switcher: a plain GET form that works without JavaScript; a few lines of
//! inline script (allowed by the page's Content-Security-Policy hash, no bundle) go to the
//! chosen edition as soon as it is chosen.

use leptos::prelude::*;

/// What the form's inline script does: on a change of edition, go to its page; and mark the
/// form as enhanced (for styles and tests). No `<`, `>` or `&`: the text is the script as sent.
const ENHANCE: &str =
    "for(const f of document.querySelectorAll('form.edition-switcher:not([data-enhanced])')){\
const s=f.querySelector('select');\
s.addEventListener('change',()=>{location.href=f.dataset.base+'/'+s.value});\
f.dataset.enhanced='true'}";

/// Choose an edition to read. `editions` are `(slug, label)` pairs; `labels` are the field's
/// label and the button's text in the page's language; `base` is the charter's address in it
/// (`/charter` or `/fr/charter`).
#[component]
pub fn EditionSwitcher(
    current: String,
    editions: Vec<(String, String)>,
    labels: (String, String),
    base: String,
) -> impl IntoView {
    let (label, show) = labels;
    let action = format!("{base}/go");
    view! {
        <form class="edition-switcher" method="get" action=action data-base=base>
            <label for="edition-select">{label}</label>
            <select id="edition-select" name="edition">
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
        <script inner_html=ENHANCE></script>
    }
}
