//! The places a signing will get, on the register-a-signing form. Without JavaScript the form's
//! "Preview" button fills it; as an island it updates as soon as the date (or any field the
//! counting rule reads) changes, asking the server, which applies the one counting rule.
//! (The list is written into the section directly: a reactive child inside this island did not
//! update after hydration in Leptos 0.8.23, while its attributes did.)

use leptos::prelude::*;

use domain::text::escape_attr as escape_html;

/// The fields whose values decide the places.
#[cfg(feature = "hydrate")]
const RULE_FIELDS: [&str; 8] = [
    "signatory",
    "name",
    "country",
    "kind",
    "national_capital",
    "edition",
    "date",
    "position",
];

/// The places as a list (escaped), or `empty` (the invitation to preview).
fn lines_html(lines: &[String], empty: &str) -> String {
    if lines.is_empty() {
        return format!("<p>{}</p>", escape_html(empty));
    }
    let items: String = lines
        .iter()
        .map(|l| format!("<li>{}</li>", escape_html(l)))
        .collect();
    format!("<ul>{items}</ul>")
}

/// The preview section of the form with id `signing-form`. Its sentences come from the page,
/// already in the page's language (the browser bundle carries no translation files); `lang`
/// asks the server for the places in that language.
#[island]
pub fn SigningPreview(
    lines: Option<Vec<String>>,
    title: String,
    empty: String,
    failed: String,
    lang: crate::i18n::Lang,
) -> impl IntoView {
    // Only the browser side asks again (and may fail).
    #[cfg(not(feature = "hydrate"))]
    let _ = (&failed, lang);
    let live = RwSignal::new(false);
    Effect::new(move |_| {
        live.set(true);
    });
    #[cfg(feature = "hydrate")]
    {
        use crate::api::admin::preview_places;
        use wasm_bindgen::JsCast;
        let (empty, failed) = (empty.clone(), failed);
        // Lives as long as the page: the island is never unmounted.
        let _listener = window_event_listener(leptos::ev::change, move |ev| {
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("form").ok().flatten())
                .filter(|form| form.id() == "signing-form")
                .and_then(|form| form.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = web_sys::FormData::new_with_form(&form) else {
                return;
            };
            let fields: std::collections::BTreeMap<String, String> = RULE_FIELDS
                .iter()
                .filter_map(|name| {
                    data.get(&format!("f[{name}]"))
                        .as_string()
                        .map(|v| ((*name).to_owned(), v))
                })
                .collect();
            let (empty, failed) = (empty.clone(), failed.clone());
            leptos::task::spawn_local(async move {
                // Written straight into the section: the text is escaped here.
                let html = match preview_places(fields, lang.code().to_owned()).await {
                    Ok(found) => lines_html(&found, &empty),
                    Err(_) => format!("<p>{}</p>", escape_html(&failed)),
                };
                if let Some(body) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("preview-body"))
                {
                    body.set_inner_html(&html);
                }
            });
        });
    }
    view! {
        <section id="preview" class="preview" aria-live="polite" aria-labelledby="preview-title" data-live=move || live.get().then_some("true")>
            <h2 id="preview-title">{title}</h2>
            <div id="preview-body" inner_html=lines_html(&lines.unwrap_or_default(), &empty)></div>
        </section>
    }
}
