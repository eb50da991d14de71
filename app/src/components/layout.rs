//! The site frame: skip link, header with navigation, main region, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The main navigation: `(path, label)`.
const NAV: [(&str, &str); 6] = [
    ("/charter", "Charter"),
    ("/signatories", "Signatories"),
    ("/map", "Map"),
    ("/newsroom", "Newsroom"),
    ("/statistics", "Statistics"),
    ("/about", "About"),
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

/// Wraps every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let staff_area = path == "/admin" || path.starts_with("/admin/");
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"IC"</span>
                    <span class="brand-text">
                        <span class="brand-name">"Integrating Cities Charter"</span>
                        <span class="brand-by">"Eurocities"</span>
                    </span>
                </a>
                {if staff_area {
                    view! { <p class="staff-area">"Staff area"</p> }.into_any()
                } else {
                    view! {
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        {NAV
                            .iter()
                            .map(|&(href, label)| {
                                let current = section_of(&path) == href;
                                view! { <li><a href=href aria-current=current.then_some("page")>{label}</a></li> }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                    }.into_any()
                }}
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap footer-inner">
                <p>
                    "The Integrating Cities Charter was developed by the Eurocities Working Group "
                    "Migration & Integration in February 2010 and updated by the Eurocities migration team in October 2024."
                </p>
                <p>"Eurocities, Square de Meeûs 1, B-1000 Brussels"</p>
                <p><a href="/feeds">"RSS feeds"</a>" · "<a href="/open-data">"Open data"</a>" · "<a href="/about/counting">"How signatories are counted"</a></p>
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
