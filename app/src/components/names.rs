//! A city's name in the page's language, with the local names it goes by beside it.

use crate::i18n::Lang;
use crate::model::{names_for, OtherName};
use leptos::prelude::*;

/// The name a page in `lang` shows for a signatory whose English name is `name`.
#[must_use]
pub fn shown_name(lang: Lang, name: &str, others: &[OtherName]) -> String {
    names_for(lang.code(), name, others).0.to_owned()
}

/// The local names that differ from the one shown, each marked with its language
/// ("Brussel · Bruxelles" beside "Brussels"); nothing when there is none.
pub fn local_names(lang: Lang, name: &str, others: &[OtherName]) -> Option<impl IntoView> {
    let (_, local) = names_for(lang.code(), name, others);
    if local.is_empty() {
        return None;
    }
    let count = local.len();
    Some(view! {
        <span class="local-names">
            {local.into_iter().enumerate().map(|(i, n)| view! {
                <span lang=n.lang.clone()>{n.name.clone()}</span>
                {(i + 1 < count).then_some(" · ")}
            }).collect_view()}
        </span>
    })
}
