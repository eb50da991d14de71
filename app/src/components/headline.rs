//! The quotable line, on the home page, every profile and the statistics page: "As of 30
//! November 2026, the Integrating Cities Charter has 54 signatories; 39 of them are named in
//! this registry", with a link to how they are counted.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::Headline;
use crate::t;

/// The line, in `lang`.
pub fn quotable_line(lang: Lang, h: &Headline) -> impl IntoView {
    let line = t!(
        lang,
        "headline-line",
        date = &lang.stored_date(&h.as_of),
        total = h.total,
        named = h.named
    );
    view! {
        <p class="quotable">
            {line}" "
            <a href=lang.href("/about/counting")>{t!(lang, "headline-how")}</a>
        </p>
    }
}
