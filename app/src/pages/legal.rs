//! The pages every public site owes its readers: legal notice, privacy notice and accessibility
//! statement. The statement is made from what the test suite checks ([`CHECKED_PAGES`] is the list
//! the accessibility, HTML and language tests walk), so it cannot claim more than is checked.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{use_lang, Lang};
use crate::t;

/// Every public page type the tests check, each with axe-core (WCAG 2.0–2.2 A and AA, with and
/// without JavaScript), the Nu HTML checker, one title and one `h1`; the French ones also for
/// English words left untranslated.
pub const CHECKED_PAGES: &[&str] = &[
    "/",
    "/about",
    "/toolkits/diversity",
    "/charter/2024",
    "/charter/2010",
    "/charter/compare?from=2010&to=2024",
    "/signatories",
    "/signatories?country=FR&sort=name",
    "/signatories/paris",
    "/signatories/lisbon",
    "/signatories/oslo",
    "/statistics",
    "/map",
    "/about/counting",
    "/newsroom",
    "/newsroom/paris-sets-out-commitment-to-migrant-integration",
    "/feeds",
    "/open-data",
    "/signatories?as_of=2013-09-30",
    "/charter/compare?from=2024&to=2024",
    "/nope",
    "/legal",
    "/privacy",
    "/accessibility",
    "/fr",
    "/fr/charter/2010",
    "/fr/signatories",
    "/fr/signatories?as_of=2013-09-30",
    "/fr/nope",
    "/working-group",
    "/fr/working-group",
    "/fr/about",
    "/fr/toolkits/diversity",
    "/fr/signatories/paris",
    "/fr/signatories/brussels",
    "/fr/statistics",
    "/fr/map",
    "/fr/about/counting",
    "/fr/newsroom",
    "/fr/newsroom/paris-sets-out-commitment-to-migrant-integration",
    "/fr/feeds",
    "/fr/open-data",
    "/fr/charter/compare?from=2010&to=2024",
    "/join",
    "/fr/join",
    "/join/sent?ref=ICC-00001",
    "/events",
    "/fr/events",
    "/newsroom/media",
    "/fr/newsroom/media",
    "/fr/legal",
    "/fr/privacy",
    "/fr/accessibility",
];

/// A section of a legal page: its heading and its paragraphs, as message keys.
type Section = (&'static str, &'static [&'static str]);

const LEGAL: &[Section] = &[
    ("legal-publisher", &["legal-publisher-body"]),
    (
        "legal-content",
        &["legal-content-body", "legal-content-history"],
    ),
    ("legal-reuse", &["legal-reuse-data", "legal-reuse-code"]),
    ("legal-links", &["legal-links-body"]),
];

const PRIVACY: &[Section] = &[
    (
        "privacy-visitors",
        &["privacy-visitors-body", "privacy-visitors-logs"],
    ),
    (
        "privacy-staff",
        &["privacy-staff-body", "privacy-staff-audit"],
    ),
    ("privacy-people", &["privacy-people-body"]),
    (
        "privacy-applicants",
        &["privacy-applicants-body", "privacy-applicants-limits"],
    ),
    (
        "privacy-rights",
        &["privacy-rights-body", "privacy-rights-authority"],
    ),
];

const ACCESSIBILITY: &[Section] = &[
    ("a11y-status", &["a11y-status-body"]),
    (
        "a11y-checked",
        &[
            "a11y-checked-axe",
            "a11y-checked-html",
            "a11y-checked-keyboard",
            "a11y-checked-nojs",
        ],
    ),
    (
        "a11y-limits",
        &[
            "a11y-limits-map",
            "a11y-limits-language",
            "a11y-limits-audit",
        ],
    ),
    ("a11y-feedback", &["a11y-feedback-body"]),
];

fn sections(lang: Lang, list: &'static [Section]) -> impl IntoView {
    list.iter()
        .map(|(heading, paragraphs)| {
            view! {
                <h2>{lang.t(heading)}</h2>
                {paragraphs.iter().map(|p| view! { <p>{lang.t(p)}</p> }).collect_view()}
            }
        })
        .collect_view()
}

fn legal_frame(lang: Lang, title: String, lede: String, body: impl IntoView) -> impl IntoView {
    view! {
        <Title text=title.clone()/>
        <article class="prose">
            <header class="page-head">
                <p class="eyebrow">{t!(lang, "legal-eyebrow")}</p>
                <h1>{title}</h1>
                <p class="subtitle">{lede}</p>
            </header>
            {body}
            <p class="small">{t!(lang, "legal-updated")}</p>
        </article>
    }
}

/// `/legal`: who publishes the site, and on what terms its content may be reused.
#[component]
pub fn LegalNoticePage() -> impl IntoView {
    let lang = use_lang();
    legal_frame(
        lang,
        t!(lang, "footer-legal"),
        t!(lang, "legal-lede"),
        sections(lang, LEGAL),
    )
}

/// `/privacy`: what the site keeps about whom, and why.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let lang = use_lang();
    legal_frame(
        lang,
        t!(lang, "footer-privacy"),
        t!(lang, "privacy-lede"),
        sections(lang, PRIVACY),
    )
}

/// `/accessibility`: the accessibility statement, with the page types the tests check.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = use_lang();
    let own: Vec<&str> = CHECKED_PAGES
        .iter()
        .copied()
        .filter(|p| p.starts_with("/fr") == (lang == Lang::Fr))
        .collect();
    let count = CHECKED_PAGES.len();
    let body = view! {
        {sections(lang, ACCESSIBILITY)}
        <h2>{t!(lang, "a11y-pages")}</h2>
        <p>{t!(lang, "a11y-pages-body", count = count)}</p>
        <ul class="checked-pages">
            {own.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
        </ul>
    };
    legal_frame(
        lang,
        t!(lang, "footer-accessibility"),
        t!(lang, "a11y-lede"),
        body,
    )
}
