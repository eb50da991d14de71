//! The HTML shell and the route table.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::components::{error_view::NotFound, layout::Layout};
use crate::i18n::{request_lang, staff_path, translated, Lang};
use crate::pages::{
    about::AboutPage,
    admin::{
        account::AccountScreen,
        applications::{
            ApplicationScreen, ApplicationsScreen, CorrectionsScreen, MediaContactScreen,
            MediaContactsScreen,
        },
        auth::{CodeScreen, LoginScreen, SetupScreen},
        conferences::{ConferenceEditScreen, ConferencesScreen},
        dashboard::{AuditScreen, DashboardScreen},
        editions::{EditionEditScreen, EditionPreviewScreen, EditionsScreen},
        record::RecordScreenPage,
        releases::{ReleaseEditScreen, ReleasePreviewScreen, ReleasesScreen},
        signatories::{SignatoriesScreen, SignatoryEditScreen},
        signings::{DayOrderScreen, SavedSigningScreen, SigningScreen},
        staff::{ImportScreen, StaffScreen},
        working_group::WorkingGroupScreen,
    },
    charter::CharterPage,
    compare::ComparePage,
    counting::CountingPage,
    home::HomePage,
    legal::{AccessibilityPage, LegalNoticePage, PrivacyPage},
    map::MapPage,
    newsroom::{FeedsPage, NewsroomPage, ReleasePage},
    open_data::OpenDataPage,
    process::{EventsPage, JoinPage, JoinSentPage, MediaKitPage},
    profile::ProfilePage,
    signatories::SignatoriesPage,
    statistics::StatisticsPage,
    toolkit::DiversityToolkitPage,
    working_group::WorkingGroupPage,
};
use crate::t;

/// Paths whose pages contain an island. Only they load the JS and wasm bundle: every other
/// public page ships none. Add a page here when it gets an `#[island]`.
#[must_use]
pub fn has_islands(path: &str) -> bool {
    path == "/admin/signings/new"
}

/// The path of the request being rendered (server side).
fn request_path() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>()
            .map(|parts| parts.uri.path().to_owned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// The query string of the request being rendered, with its `?`, or empty.
fn request_query() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.uri.query().map(|q| format!("?{q}")))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// The site's public address, for absolute `hreflang` links.
fn site_url() -> String {
    #[cfg(feature = "ssr")]
    {
        // Absent while the route list is generated, which renders the app outside a request.
        use_context::<crate::ssr::AppState>()
            .map(|state| state.site_url.trim_end_matches('/').to_owned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// The document around every page, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let islands = has_islands(&request_path());
    let lang = request_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                {islands.then(|| view! { <HydrationScripts options=options.clone() islands=true root=crate::assets::root().to_owned()/> })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// A press release's own page (`/newsroom/{slug}`), not the newsroom's other pages.
fn is_release_path(path: &str) -> bool {
    path.strip_prefix("/newsroom/")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains('/') && rest != "media")
}

/// The document title for a page title, escaped: leptos_meta writes the title into `<title>`
/// without escaping it, so a name containing `</title><script>` would otherwise break out.
fn title_text(lang: Lang, page: String) -> String {
    let site = t!(lang, "site-name");
    let full = if page == site {
        page
    } else {
        format!("{page} · {site}")
    };
    domain::text::escape_text(&full)
}

/// The route table. Every data page renders in `Async` mode: the whole HTML (and its status
/// code) is ready before the first byte, so pages are complete without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = request_lang();
    provide_context(lang);
    let path = request_path();
    // A translated public page names its versions in every language, for search engines.
    let alternates = (translated(&path) && !staff_path(&path)).then(|| {
        let (site, query) = (site_url(), request_query());
        let page = format!("{path}{query}");
        view! {
            {Lang::ALL
                .into_iter()
                .map(|l| view! { <Link rel="alternate" hreflang=l.code() href=format!("{site}{}", l.href(&page))/> })
                .collect_view()}
            <Link rel="alternate" hreflang="x-default" href=format!("{site}{page}")/>
        }
    });
    view! {
        <Stylesheet id="leptos" href=crate::assets::stylesheet()/>
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        // A profile writes its own description; a document has one.
        {(!path.starts_with("/signatories/")).then(|| view! {
            <Meta name="description" content=t!(lang, "site-description")/>
        })}
        {alternates}
        // Every public page a link can show: the site's name and card, unless it is a press
        // release, which shows its own photo (or the same card).
        {(!staff_path(&path)).then(|| view! {
            <Meta property="og:site_name" content=t!(lang, "site-name")/>
            <Meta name="twitter:card" content="summary_large_image"/>
        })}
        {(!staff_path(&path) && !is_release_path(&path)).then(|| crate::components::photo::site_card(&site_url()))}
        <Title formatter=move |page| title_text(lang, page)/>
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/charter") view=CharterPage ssr=SsrMode::Async/>
                    <Route path=path!("/charter/compare") view=ComparePage ssr=SsrMode::Async/>
                    <Route path=path!("/charter/:edition") view=CharterPage ssr=SsrMode::Async/>
                    <Route path=path!("/signatories") view=SignatoriesPage ssr=SsrMode::Async/>
                    <Route path=path!("/signatories/:slug") view=ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/statistics") view=StatisticsPage ssr=SsrMode::Async/>
                    <Route path=path!("/about") view=AboutPage ssr=SsrMode::Async/>
                    <Route path=path!("/toolkits/diversity") view=DiversityToolkitPage ssr=SsrMode::Async/>
                    <Route path=path!("/working-group") view=WorkingGroupPage ssr=SsrMode::Async/>
                    <Route path=path!("/map") view=MapPage ssr=SsrMode::Async/>
                    <Route path=path!("/newsroom") view=NewsroomPage ssr=SsrMode::Async/>
                    <Route path=path!("/feeds") view=FeedsPage ssr=SsrMode::Async/>
                    <Route path=path!("/open-data") view=OpenDataPage/>
                    <Route path=path!("/legal") view=LegalNoticePage/>
                    <Route path=path!("/privacy") view=PrivacyPage/>
                    <Route path=path!("/accessibility") view=AccessibilityPage/>
                    <Route path=path!("/newsroom/media") view=MediaKitPage ssr=SsrMode::Async/>
                    <Route path=path!("/newsroom/:slug") view=ReleasePage ssr=SsrMode::Async/>
                    <Route path=path!("/about/counting") view=CountingPage ssr=SsrMode::Async/>
                    <Route path=path!("/join") view=JoinPage ssr=SsrMode::Async/>
                    <Route path=path!("/join/sent") view=JoinSentPage/>
                    <Route path=path!("/events") view=EventsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/applications") view=ApplicationsScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/applications/:id") view=ApplicationScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/corrections") view=CorrectionsScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/media") view=MediaContactsScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/media/contacts/:id") view=MediaContactScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin") view=DashboardScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/login") view=LoginScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/login/code") view=CodeScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/setup/:token") view=SetupScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/signings/new") view=SigningScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/signings/:id") view=SavedSigningScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/signings/day/:day") view=DayOrderScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/signatories") view=SignatoriesScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/record") view=RecordScreenPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/signatories/:id") view=SignatoryEditScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/releases") view=ReleasesScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/releases/:id") view=ReleaseEditScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/releases/:id/preview") view=ReleasePreviewScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/audit") view=AuditScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/staff") view=StaffScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/account") view=AccountScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/import") view=ImportScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/working-group") view=WorkingGroupScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/conferences") view=ConferencesScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/conferences/:id") view=ConferenceEditScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions") view=EditionsScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions/:id") view=EditionEditScreen ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions/:id/preview") view=EditionPreviewScreen ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::title_text;
    use crate::i18n::Lang;

    #[test]
    fn only_pages_with_islands_load_the_bundle() {
        assert!(super::has_islands("/admin/signings/new"));
        // The charter's edition switcher is a form with a few lines of inline script.
        assert!(!super::has_islands("/charter"));
        assert!(!super::has_islands("/charter/2010"));
        assert!(!super::has_islands("/charter/compare"));
        assert!(!super::has_islands("/"));
        assert!(!super::has_islands("/signatories"));
    }

    #[test]
    fn titles_are_escaped_and_suffixed() {
        assert_eq!(
            title_text(Lang::En, "Integrating Cities Charter".into()),
            "Integrating Cities Charter"
        );
        assert_eq!(
            title_text(Lang::En, "Paris".into()),
            "Paris · Integrating Cities Charter"
        );
        assert_eq!(
            title_text(Lang::Fr, "Paris".into()),
            "Paris · Charte des villes intégratrices"
        );
        assert_eq!(
            title_text(Lang::En, "</title><script>x</script> & co".into()),
            "&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &amp; co · Integrating Cities Charter"
        );
    }
}
