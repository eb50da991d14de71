//! The site frame: skip link, header with navigation, main region, footer.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use crate::i18n::{staff_path, translated, use_lang, Lang};
use crate::t;

/// The main navigation: `(path, label key)`.
const NAV: [(&str, &str); 6] = [
    ("/charter", "nav-charter"),
    ("/signatories", "nav-signatories"),
    ("/map", "nav-map"),
    ("/newsroom", "nav-newsroom"),
    ("/statistics", "nav-statistics"),
    ("/about", "nav-about"),
];

/// The navigation entry a path belongs to: the longest entry that is the path or a parent of it.
fn section_of(path: &str) -> &'static str {
    NAV.iter()
        .map(|&(href, _)| href)
        .filter(|href| {
            path == *href
                || path
                    .strip_prefix(href)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
        .max_by_key(|href| href.len())
        .unwrap_or("")
}

/// The language switch: this page in each other language, or that language's home page
/// when this page is not translated yet.
fn language_switch(lang: Lang, path: &str) -> impl IntoView {
    let query = if staff_path(path) {
        String::new()
    } else {
        use_query_map().get_untracked().to_query_string()
    };
    let page = if translated(path) {
        format!("{path}{query}")
    } else {
        "/".to_owned()
    };
    view! {
        <nav class="lang-switch" aria-label=t!(lang, "lang-switch-label")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|other| {
                        let current = other == lang;
                        view! {
                            <li>
                                <a
                                    href=other.href(&page)
                                    hreflang=other.code()
                                    lang=other.code()
                                    aria-current=current.then_some("true")
                                >
                                    {other.own_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Wraps every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let path = use_location().pathname.get_untracked();
    let staff_area = staff_path(&path);
    view! {
        <a class="skip-link" href="#main">{t!(lang, "skip-link")}</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=lang.href("/")>
                    <svg class="brand-mark" viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false" inner_html=crate::assets::mark_shapes("brand-mark-clip")></svg>
                    <span class="brand-text">
                        <span class="brand-name">{t!(lang, "site-name")}</span>
                        <span class="brand-by">{t!(lang, "site-by")}</span>
                    </span>
                </a>
                {if staff_area {
                    view! {
                        <p class="staff-area">{t!(lang, "staff-area")}</p>
                        {language_switch(lang, &path)}
                    }
                    .into_any()
                } else {
                    view! {
                <nav class="site-nav" aria-label=t!(lang, "nav-label")>
                    <ul>
                        {NAV
                            .iter()
                            .map(|&(href, key)| {
                                let current = section_of(&path) == href;
                                view! { <li><a href=lang.href(href) aria-current=current.then_some("page")>{lang.t(key)}</a></li> }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                {language_switch(lang, &path)}
                    }.into_any()
                }}
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap footer-inner">
                <p>{t!(lang, "footer-origin")}</p>
                <p>{t!(lang, "footer-address")}</p>
                <p>
                    <a href=lang.href("/join")>{t!(lang, "footer-join")}</a>" · "
                    <a href=lang.href("/events")>{t!(lang, "footer-events")}</a>" · "
                    <a href=lang.href("/feeds")>{t!(lang, "footer-feeds")}</a>" · "
                    <a href=lang.href("/open-data")>{t!(lang, "footer-open-data")}</a>" · "
                    <a href=lang.href("/about/counting")>{t!(lang, "footer-counting")}</a>" · "
                    <a href=lang.href("/working-group")>{t!(lang, "footer-group")}</a>
                </p>
                <p>
                    <a href=lang.href("/legal")>{t!(lang, "footer-legal")}</a>" · "
                    <a href=lang.href("/privacy")>{t!(lang, "footer-privacy")}</a>" · "
                    <a href=lang.href("/accessibility")>{t!(lang, "footer-accessibility")}</a>
                </p>
            </div>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::section_of;

    #[test]
    fn each_path_marks_one_navigation_entry() {
        assert_eq!(section_of("/charter"), "/charter");
        assert_eq!(section_of("/charter/2010"), "/charter");
        assert_eq!(section_of("/charter/compare"), "/charter");
        assert_eq!(section_of("/signatories/paris"), "/signatories");
        assert_eq!(section_of("/"), "");
        assert_eq!(section_of("/charterx"), "");
    }
}
