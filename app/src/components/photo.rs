//! Pictures and press coverage as the public pages show them: a figure with its widths for
//! the browser to choose from, its alt text, credit and licence; a list of articles with the
//! language each is written in.

use leptos::prelude::*;

use crate::i18n::use_lang;
use crate::model::process::{CoverageView, PhotoView};
use crate::t;

/// A photo as a `<figure>`: `sizes` tells the browser how wide it is drawn.
pub fn figure(p: PhotoView, sizes: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <figure class="photo">
            <img
                src=p.src
                srcset=p.srcset
                sizes=sizes
                width=p.width.to_string()
                height=p.height.to_string()
                alt=p.alt
                loading="lazy"
                decoding="async"
            />
            <figcaption>{t!(lang, "photo-credit", credit = &p.credit, licence = &p.licence)}</figcaption>
        </figure>
    }
}

/// Articles about a signing: outlet, date, title (in its own language), link.
pub fn coverage_list(items: Vec<CoverageView>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="coverage">
            {items.into_iter().map(|c| view! {
                <li>
                    <a href=c.url rel="external noopener" hreflang=c.language.clone() lang=c.language.clone()>{c.title}</a>
                    <span class="small">{format!(" — {}, {}", c.outlet, c.date)}</span>
                    {(c.language != lang.code()).then(|| view! { <span class="small">{format!(" ({})", c.language.to_uppercase())}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The site's card as a page's `og:image` when the page has no photo of its own: the mark and
/// the name on the site's blue (`public/og-image.png`, 1200 × 630, made by `scripts/og-image`).
pub fn site_card(site_url: &str) -> impl IntoView {
    use leptos_meta::Meta;
    let lang = use_lang();
    view! {
        <Meta property="og:image" content=format!("{site_url}/og-image.png")/>
        <Meta property="og:image:width" content="1200"/>
        <Meta property="og:image:height" content="630"/>
        <Meta property="og:image:alt" content=t!(lang, "og-card-alt")/>
    }
}
