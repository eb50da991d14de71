//! `/newsroom` and `/newsroom/{slug}`: press releases, newest first, and one release with its fact box.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::newsroom::{get_newsroom, get_release};
use crate::components::page_data::await_page;
use crate::model::{Newsroom, Release};

/// The press feed's link element, for feed readers.
fn press_feed_link() -> impl IntoView {
    view! { <Link rel="alternate" type_="application/rss+xml" href="/feeds/press.xml" title="Integrating Cities Charter: press releases"/> }
}

/// The newsroom page.
#[component]
pub fn NewsroomPage() -> impl IntoView {
    let query = use_query_map();
    let newsroom = Resource::new(
        move || {
            let q = query.read();
            (q.get("year"), q.get("country"), q.get("page"))
        },
        |(year, country, page)| get_newsroom(year, country, page),
    );
    await_page(newsroom, newsroom_view)
}

fn newsroom_view(n: Newsroom) -> impl IntoView {
    let page_href = move |qs: &str, page: usize| match (qs.is_empty(), page) {
        (true, 1) => "/newsroom".to_owned(),
        (true, _) => format!("/newsroom?page={page}"),
        (false, 1) => format!("/newsroom?{qs}"),
        (false, _) => format!("/newsroom?{qs}&page={page}"),
    };
    let year = n.year.map(|y| y.to_string()).unwrap_or_default();
    let country = n.country.clone().unwrap_or_default();
    let count = match n.matching {
        1 => "1 press release.".to_owned(),
        k => format!("{k} press releases."),
    };
    let (page, pages, qs) = (n.page, n.pages, n.query_string.clone());
    view! {
        <Title text="Newsroom"/>
        {press_feed_link()}
        <header class="page-head">
            <p class="eyebrow">"For journalists"</p>
            <h1>"Newsroom"</h1>
            <p class="subtitle">
                "Press releases about the charter and its signatories. "
                <a href="/feeds">"Follow them by RSS"</a>
            </p>
        </header>
        <form class="compare-form" method="get" action="/newsroom" aria-label="Filter press releases">
            <div class="field">
                <label for="news-year">"Year"</label>
                <select id="news-year" name="year">
                    <option value="" selected=year.is_empty()>"All years"</option>
                    {n.years.iter().map(|y| view! { <option value=y.to_string() selected=y.to_string() == year>{y.to_string()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="news-country">"Country"</label>
                <select id="news-country" name="country">
                    <option value="" selected=country.is_empty()>"All countries"</option>
                    {n.countries.iter().map(|(code, name)| view! { <option value=code.clone() selected=*code == country>{name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button primary">"Show"</button>
        </form>
        <p class="count" role="status">{count}</p>
        <ol class="releases">
            {n.releases.into_iter().map(|r| view! {
                <li>
                    <article>
                        <h2><a href=format!("/newsroom/{}", r.slug)>{r.title}</a></h2>
                        <p class="attribution">{format!("{} — ", r.dateline)}<time datetime=r.release_iso>{r.date}</time></p>
                        <p>{r.summary}</p>
                    </article>
                </li>
            }).collect_view()}
        </ol>
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label="Pages">
                {(page > 1).then(|| view! { <a class="button" rel="prev" href=page_href(&qs, page - 1)>"Newer releases"</a> })}
                <span>{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { <a class="button" rel="next" href=page_href(&qs, page + 1)>"Older releases"</a> })}
            </nav>
        })}
    }
}

/// One press release.
#[component]
pub fn ReleasePage() -> impl IntoView {
    let params = use_params_map();
    let release = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_release,
    );
    await_page(release, release_view)
}

pub(crate) fn release_view(r: Release) -> impl IntoView {
    let s = r.summary;
    view! {
        <Title text=s.title.clone()/>
        {press_feed_link()}
        <Meta property="og:title" content=s.title.clone()/>
        <Meta property="og:description" content=s.summary.clone()/>
        <Meta property="og:type" content="article"/>
        <div class="release-layout">
            <article class="release" lang=r.language>
                <p class="eyebrow">"Press release"</p>
                <h1>{s.title.clone()}</h1>
                <p class="dateline"><strong>{s.dateline.to_uppercase()}</strong>", "<time datetime=s.release_iso.clone()>{r.time}</time></p>
                <div class="release-body" inner_html=r.body_html></div>
                <p class="ends">"ENDS"</p>
                {r.notes_html.map(|html| view! {
                    <section aria-labelledby="notes-title">
                        <h2 id="notes-title">"Notes to editors"</h2>
                        <div inner_html=html></div>
                    </section>
                })}
                {(!r.corrections.is_empty()).then(|| view! {
                    <section aria-labelledby="corrections-title" class="corrections">
                        <h2 id="corrections-title">"Corrections"</h2>
                        <ul>{r.corrections.into_iter().map(|c| view! {
                            <li id=format!("correction-{}", c.id)><p><strong>{c.date}</strong>{format!(" — {}", c.reason)}</p><p>{c.text}</p></li>
                        }).collect_view()}</ul>
                    </section>
                })}
            </article>
            <aside class="fact-box" aria-labelledby="facts-title">
                <h2 id="facts-title">"Facts"</h2>
                {r.facts.into_iter().map(|f| view! {
                    <div class="fact">
                        <p class="fact-name"><a href=format!("/signatories/{}", f.slug)>{f.name.clone()}</a></p>
                        <p>{format!("Signed the {}.", f.edition)}</p>
                        <p>{format!("As the registry stood on {}: {} is {}, of {} signatories.", f.as_of, f.name, f.places.join(", "), f.total)}</p>
                        <p class="small"><a href="/about/counting">"How places are counted"</a>" · "<a href=format!("/feeds/country/{}.xml", f.country_code.to_lowercase())>{format!("Feed for {}", f.country_code)}</a></p>
                    </div>
                }).collect_view()}
                {(!r.contacts.is_empty()).then(|| view! {
                    <h3>"Press contacts"</h3>
                    <ul class="contacts">{r.contacts.into_iter().map(|c| view! {
                        <li>{c.name}{format!(", {}", c.role)}{c.email.map(|e| view! { <br/><a href=format!("mailto:{e}")>{e.clone()}</a> })}</li>
                    }).collect_view()}</ul>
                })}
                {(!r.quotes.is_empty()).then(|| view! {
                    <h3>"Quoted"</h3>
                    <ul class="contacts">{r.quotes.into_iter().map(|q| view! { <li>{q.speaker}{format!(", {}", q.role)}</li> }).collect_view()}</ul>
                })}
                <h3>"Follow"</h3>
                <ul class="contacts">
                    <li><a href="/feeds/press.xml">"Press releases (RSS)"</a></li>
                    <li><a href="/feeds">"All feeds"</a></li>
                </ul>
            </aside>
        </div>
    }
}

/// `/feeds`: every RSS feed with what it contains.
#[component]
pub fn FeedsPage() -> impl IntoView {
    let feeds = Resource::new(|| (), |()| crate::api::newsroom::get_feeds());
    await_page(feeds, feeds_view)
}

fn feeds_view(feeds: Vec<crate::model::FeedInfo>) -> impl IntoView {
    view! {
        <Title text="RSS feeds"/>
        <Link rel="alternate" type_="application/rss+xml" href="/feed.xml" title="Integrating Cities Charter"/>
        <header class="page-head">
            <p class="eyebrow">"For journalists"</p>
            <h1>"RSS feeds"</h1>
            <p class="subtitle">
                "Follow the registry in any feed reader. Every item has a permanent link; press releases appear at their release time, never before."
            </p>
        </header>
        <table class="data feeds">
            <caption>"Feeds and what they contain"</caption>
            <thead><tr><th scope="col">"Feed"</th><th scope="col">"Contains"</th></tr></thead>
            <tbody>
                {feeds.into_iter().map(|f| view! {
                    <tr><th scope="row"><a href=f.path.clone() type="application/rss+xml">{f.title}</a><br/><code>{f.path}</code></th><td>{f.description}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
