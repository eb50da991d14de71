//! `/newsroom` and `/newsroom/{slug}`: press releases, newest first, and one release with its fact box.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::newsroom::{get_newsroom, get_release};
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{Newsroom, Release};
use crate::t;
use domain::text::fold;

/// The press feed's link element, for feed readers.
fn press_feed_link(lang: Lang) -> impl IntoView {
    view! { <Link rel="alternate" type_="application/rss+xml" href=lang.href("/feeds/press.xml") title=t!(lang, "newsroom-feed-title")/> }
}

/// The newsroom page.
#[component]
pub fn NewsroomPage() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (q.get("year"), q.get("country"), q.get("page"))
        },
        |(year, country, page)| get_newsroom(year, country, page),
        newsroom_view,
    )
}

fn newsroom_view(n: Newsroom) -> impl IntoView {
    let lang = use_lang();
    let content = (lang != Lang::En).then_some("en");
    let page_href = move |qs: &str, page: usize| {
        lang.href(&match (qs.is_empty(), page) {
            (true, 1) => "/newsroom".to_owned(),
            (true, _) => format!("/newsroom?page={page}"),
            (false, 1) => format!("/newsroom?{qs}"),
            (false, _) => format!("/newsroom?{qs}&page={page}"),
        })
    };
    let year = n.year.map(|y| y.to_string()).unwrap_or_default();
    let country = n.country.clone().unwrap_or_default();
    let mut countries: Vec<(String, String)> = n
        .countries
        .iter()
        .map(|(code, name)| (code.clone(), lang.country(code, name)))
        .collect();
    countries.sort_by_cached_key(|(_, name)| fold(name));
    let (page, pages, qs) = (n.page, n.pages, n.query_string.clone());
    view! {
        <Title text=t!(lang, "nav-newsroom")/>
        {press_feed_link(lang)}
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "newsroom-eyebrow")}</p>
            <h1>{t!(lang, "nav-newsroom")}</h1>
            <p class="subtitle">
                {t!(lang, "newsroom-lede")}" "
                <a href=lang.href("/feeds")>{t!(lang, "newsroom-follow")}</a>" · "
                <a href=lang.href("/newsroom/media")>{t!(lang, "newsroom-media-link")}</a>
            </p>
        </header>
        <form class="compare-form" method="get" action=lang.href("/newsroom") aria-label=t!(lang, "newsroom-filter")>
            <div class="field">
                <label for="news-year">{t!(lang, "stats-year")}</label>
                <select id="news-year" name="year">
                    <option value="" selected=year.is_empty()>{t!(lang, "filter-year-any")}</option>
                    {n.years.iter().map(|y| view! { <option value=y.to_string() selected=y.to_string() == year>{y.to_string()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="news-country">{t!(lang, "column-country")}</label>
                <select id="news-country" name="country">
                    <option value="" selected=country.is_empty()>{t!(lang, "filter-country-any")}</option>
                    {countries.into_iter().map(|(code, name)| view! { <option value=code.clone() selected=code == country>{name}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button primary">{t!(lang, "switcher-show")}</button>
        </form>
        <p class="count" role="status">{t!(lang, "newsroom-count", count = n.matching)}</p>
        <ol class="releases">
            {n.releases.into_iter().map(|r| view! {
                <li>
                    <article>
                        <h2 lang=content><a href=lang.href(&format!("/newsroom/{}", r.slug))>{r.title}</a></h2>
                        <p class="attribution">
                            <span lang=content>{r.dateline}</span>" — "
                            <time datetime=r.release_iso>{lang.stored_date(&r.date)}</time>
                        </p>
                        <p lang=content>{r.summary}</p>
                    </article>
                </li>
            }).collect_view()}
        </ol>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t!(lang, "directory-pages")>
                {(page > 1).then(|| view! { <a class="button" rel="prev" href=page_href(&qs, page - 1)>{t!(lang, "newsroom-newer")}</a> })}
                <span>{t!(lang, "directory-page-of", page = page, pages = pages)}</span>
                {(page < pages).then(|| view! { <a class="button" rel="next" href=page_href(&qs, page + 1)>{t!(lang, "newsroom-older")}</a> })}
            </nav>
        })}
    }
}

/// One press release.
#[component]
pub fn ReleasePage() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("slug").unwrap_or_default(),
        get_release,
        release_view,
    )
}

pub(crate) fn release_view(r: Release) -> impl IntoView {
    let lang = use_lang();
    // The release's own language, for its text; the words of its format ("ENDS", "Notes to
    // editors") are the page's, marked as such inside a release in another language.
    let text = Lang::from_code(&r.language).unwrap_or(lang);
    let content = (text != lang).then(|| r.language.clone());
    let ui = content.as_ref().map(|_| lang.code());
    let s = r.summary;
    view! {
        <Title text=s.title.clone()/>
        {press_feed_link(lang)}
        <Meta property="og:title" content=s.title.clone()/>
        <Meta property="og:description" content=s.summary.clone()/>
        <Meta property="og:type" content="article"/>
        {match r.photos.first() {
            Some(p) => view! {
                <Meta property="og:image" content=format!("{}{}", r.site_url, p.src)/>
                <Meta property="og:image:alt" content=p.alt.clone()/>
            }.into_any(),
            None => crate::components::photo::site_card(&r.site_url).into_any(),
        }}
        <div class="release-layout">
            <article class="release" lang=content.clone()>
                <p class="eyebrow" lang=ui>{t!(lang, "release-eyebrow")}</p>
                <h1>{s.title.clone()}</h1>
                <p class="dateline"><strong>{s.dateline.to_uppercase()}</strong>", "<time datetime=s.release_iso.clone()>{r.time}</time></p>
                {r.photos.first().cloned().map(|p| crate::components::photo::figure(p, "(min-width: 64rem) 44rem, 100vw"))}
                <div class="release-body" inner_html=r.body_html></div>
                <p class="ends" lang=ui>{t!(lang, "release-ends")}</p>
                {r.notes_html.map(|html| view! {
                    <section aria-labelledby="notes-title">
                        <h2 id="notes-title" lang=ui>{t!(lang, "release-notes")}</h2>
                        <div inner_html=html></div>
                    </section>
                })}
                {(!r.corrections.is_empty()).then(|| view! {
                    <section aria-labelledby="corrections-title" class="corrections">
                        <h2 id="corrections-title" lang=ui>{t!(lang, "release-corrections")}</h2>
                        <ul>{r.corrections.into_iter().map(|c| view! {
                            <li id=format!("correction-{}", c.id)><p><strong>{c.date}</strong>{format!(" — {}", c.reason)}</p><p>{c.text}</p></li>
                        }).collect_view()}</ul>
                    </section>
                })}
            </article>
            <aside class="fact-box" aria-labelledby="facts-title">
                <h2 id="facts-title">{t!(lang, "release-facts")}</h2>
                {r.facts.into_iter().map(|f| {
                    let country = lang.country(&f.country_code, &f.country_name);
                    let places = lang.join(&lang.place_phrases(f.is_city, &country, &f.ordinals));
                    let edition = lang.edition_name(&f.edition_slug, &f.edition);
                    view! {
                        <div class="fact">
                            <p class="fact-name"><a href=lang.href(&format!("/signatories/{}", f.slug))>{f.name.clone()}</a></p>
                            <p>{t!(lang, "release-fact-edition", edition = &edition)}</p>
                            <p>{t!(lang, "release-fact-places", date = &lang.iso_date(&f.as_of_iso), name = &f.name, places = &places, total = f.total)}</p>
                            <p class="small">
                                <a href=lang.href("/about/counting")>{t!(lang, "directory-counting-link")}</a>" · "
                                <a href=lang.href(&format!("/feeds/country/{}.xml", f.country_code.to_lowercase()))>{t!(lang, "release-fact-feed", country = &country)}</a>
                            </p>
                        </div>
                    }
                }).collect_view()}
                {(!r.contacts.is_empty()).then(|| view! {
                    <h3>{t!(lang, "release-contacts")}</h3>
                    <ul class="contacts">{r.contacts.into_iter().map(|c| view! {
                        <li>{c.name}<span lang=content.clone()>{format!(", {}", c.role)}</span>{c.email.map(|e| view! { <br/><a href=format!("mailto:{e}")>{e.clone()}</a> })}</li>
                    }).collect_view()}</ul>
                })}
                {(!r.quotes.is_empty()).then(|| view! {
                    <h3>{t!(lang, "release-quoted")}</h3>
                    <ul class="contacts">{r.quotes.into_iter().map(|q| view! { <li>{q.speaker}<span lang=content.clone()>{format!(", {}", q.role)}</span></li> }).collect_view()}</ul>
                })}
                {(!r.coverage.is_empty()).then(|| view! {
                    <h3>{t!(lang, "coverage-title")}</h3>
                    {crate::components::photo::coverage_list(r.coverage.clone())}
                })}
                <h3>{t!(lang, "release-follow")}</h3>
                <ul class="contacts">
                    <li><a href=lang.href("/feeds/press.xml")>{t!(lang, "release-follow-press")}</a></li>
                    <li><a href=lang.href("/feeds")>{t!(lang, "release-follow-all")}</a></li>
                </ul>
            </aside>
        </div>
    }
}

/// `/feeds`: every RSS feed with what it contains.
#[component]
pub fn FeedsPage() -> impl IntoView {
    await_page(|| (), |()| crate::api::newsroom::get_feeds(), feeds_view)
}

fn feeds_view(feeds: Vec<crate::model::FeedInfo>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "footer-feeds")/>
        <Link rel="alternate" type_="application/rss+xml" href=lang.href("/feed.xml") title=t!(lang, "site-name")/>
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "newsroom-eyebrow")}</p>
            <h1>{t!(lang, "footer-feeds")}</h1>
            <p class="subtitle">{t!(lang, "feeds-lede")}</p>
        </header>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="feeds-caption"><table class="data feeds">
            <caption id="feeds-caption">{t!(lang, "feeds-caption")}</caption>
            <thead><tr><th scope="col">{t!(lang, "feeds-feed")}</th><th scope="col">{t!(lang, "feeds-contains")}</th></tr></thead>
            <tbody>
                {feeds.into_iter().map(|f| {
                    view! {
                        <tr>
                            <th scope="row"><a href=f.path.clone() type="application/rss+xml">{f.title}</a><br/><code>{f.path}</code></th>
                            <td>{f.description}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
