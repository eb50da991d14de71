//! `/statistics`: totals, signatories by country and by year, with a chart drawn on the server.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::registry::get_statistics;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{Statistics, Timeline};
use crate::t;
use domain::date::Day;
use domain::text::fold;

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    await_page(|| (), |()| get_statistics(), statistics_view)
}

/// The headline totals as a definition list (shared with the counting rule page).
pub fn totals_list(lang: Lang, s: &Statistics) -> impl IntoView {
    let t = &s.totals;
    let p = &t.possibly;
    let rows = [
        ("totals-signatories", t.signatories, 0),
        ("totals-unidentified", t.unidentified, 0),
        ("totals-european", t.european, p.european),
        ("totals-non-european", t.non_european, p.non_european),
        ("totals-countries", t.countries, 0),
        (
            "totals-national-capitals",
            t.national_capitals,
            p.national_capitals,
        ),
        ("totals-eu-capitals", t.eu_capitals, p.eu_capitals),
        ("totals-unknown-dates", t.unknown_dates, 0),
    ];
    // Each edition's count, named in the page's language.
    let editions: Vec<(String, u32)> = t
        .by_edition
        .iter()
        .zip(&s.by_edition)
        .map(|((slug, n), (title, _))| (lang.edition_name(slug, title), *n))
        .collect();
    view! {
        <dl class="totals">
            {rows.into_iter().map(|(key, n, more)| {
                let value = if more == 0 { n.to_string() } else { t!(lang, "totals-up-to", n = n, max = n + more) };
                view! { <div><dt>{lang.t(key)}</dt><dd>{value}</dd></div> }
            }).collect_view()}
            {editions.into_iter().map(|(name, n)| view! {
                <div><dt>{t!(lang, "totals-edition", edition = &name)}</dt><dd>{n}</dd></div>
            }).collect_view()}
        </dl>
    }
}

/// Cumulative signatories by year: bars drawn as SVG on the server, described for screen readers.
fn cumulative_chart(lang: Lang, by_year: &[(i32, u32, u32)]) -> impl IntoView {
    let max = by_year.iter().map(|(_, _, c)| *c).max().unwrap_or(1).max(1);
    let (width, height, left, bottom, top) = (640.0_f64, 260.0_f64, 36.0_f64, 28.0_f64, 12.0_f64);
    let n = by_year.len().max(1) as f64;
    let slot = (width - left) / n;
    let scale = |v: u32| (height - bottom - top) * f64::from(v) / f64::from(max);
    let summary = by_year
        .last()
        .map(|(year, _, total)| {
            t!(
                lang,
                "stats-chart-summary",
                total = *total,
                year = year.to_string().as_str()
            )
        })
        .unwrap_or_default();
    view! {
        <svg class="chart" viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="chart-title chart-desc">
            <title id="chart-title">{t!(lang, "stats-over-time")}</title>
            <desc id="chart-desc">{summary}" "{t!(lang, "stats-chart-table")}</desc>
            <line x1=left y1=height - bottom x2=width y2=height - bottom class="axis"/>
            <text x=left - 6.0 y=height - bottom class="tick" text-anchor="end">"0"</text>
            <text x=left - 6.0 y=top + 10.0 class="tick" text-anchor="end">{max}</text>
            {by_year.iter().enumerate().map(|(i, (year, _, cumulative))| {
                let h = scale(*cumulative);
                let x = left + slot * i as f64 + slot * 0.15;
                view! {
                    <g>
                        <rect x=x y=height - bottom - h width=slot * 0.7 height=h class="bar"/>
                        <text x=x + slot * 0.35 y=height - bottom - h - 4.0 class="value" text-anchor="middle">{*cumulative}</text>
                        <text x=x + slot * 0.35 y=height - 8.0 class="tick" text-anchor="middle">{year.to_string()}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

/// The record over time: the band between the signatories certainly signed by each day and
/// those possibly signed by then (the registry), with each announced count as a point.
fn record_chart(lang: Lang, t: &Timeline, as_of: &str) -> impl IntoView {
    let day = |raw: &str| Day::parse(raw).ok().map(Day::days_since_epoch);
    let (Some(start), Some(end)) = (
        day("2010-01-01"),
        day(as_of).or_else(|| t.band.last().and_then(|b| day(&b.0))),
    ) else {
        return None;
    };
    let top_value = t
        .band
        .iter()
        .map(|b| b.2)
        .chain(t.announced.iter().map(|a| a.1))
        .max()
        .unwrap_or(1)
        .max(1);
    let (width, height, left, bottom, top, right) =
        (640.0_f64, 280.0_f64, 40.0_f64, 28.0_f64, 12.0_f64, 12.0_f64);
    let span = (end - start).max(1) as f64;
    let x = |d: i64| left + (width - left - right) * (d - start) as f64 / span;
    let y =
        |v: u32| height - bottom - (height - bottom - top) * f64::from(v) / f64::from(top_value);
    // Steps: each value holds until the next day it changes.
    let steps = |pick: fn(&(String, u32, u32)) -> u32| {
        let mut path = format!("M{:.1},{:.1}", x(start), y(0));
        for b in &t.band {
            if let Some(d) = day(&b.0) {
                path.push_str(&format!(" H{:.1} V{:.1}", x(d), y(pick(b))));
            }
        }
        path.push_str(&format!(" H{:.1} V{:.1} Z", x(end), y(0)));
        path
    };
    let possible = steps(|b| b.2);
    let certain = steps(|b| b.1);
    let years: Vec<i32> = (2010..=2030)
        .filter(|y| day(&format!("{y}-01-01")).is_some_and(|d| d <= end))
        .collect();
    let last = t.band.last().map(|b| (b.1, b.2)).unwrap_or_default();
    let summary = t!(
        lang,
        "stats-record-summary",
        certain = last.0,
        possible = last.1,
        announced = t.announced.len()
    );
    Some(view! {
        <svg class="chart record-chart" viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="record-title record-desc">
            <title id="record-title">{t!(lang, "stats-record-title")}</title>
            <desc id="record-desc">{summary}</desc>
            <line x1=left y1=height - bottom x2=width - right y2=height - bottom class="axis"/>
            <text x=left - 6.0 y=height - bottom class="tick" text-anchor="end">"0"</text>
            <text x=left - 6.0 y=top + 10.0 class="tick" text-anchor="end">{top_value}</text>
            {years.into_iter().filter(|y| y % 2 == 0).map(|year| {
                let at = x(day(&format!("{year}-01-01")).unwrap_or(start));
                view! { <text x=at y=height - 8.0 class="tick" text-anchor="middle">{year.to_string()}</text> }
            }).collect_view()}
            <path d=possible class="band-possible"/>
            <path d=certain class="band-certain"/>
            {t.announced.iter().filter_map(|(d, n, _)| {
                let at = day(d)?;
                Some(view! {
                    <circle cx=x(at) cy=y(*n) r="4" class="announced">
                        <title>{format!("{}: {n}", lang.iso_date(d))}</title>
                    </circle>
                })
            }).collect_view()}
        </svg>
    })
}

fn statistics_view(s: Statistics) -> impl IntoView {
    let lang = use_lang();
    let content = (lang != Lang::En).then_some("en");
    let mut by_country: Vec<(String, String, u32)> = s
        .by_country
        .iter()
        .map(|(code, name, n)| (code.clone(), lang.country(code, name), *n))
        .collect();
    // Most first, then by name in the page's language.
    by_country.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| fold(&a.1).cmp(&fold(&b.1))));
    view! {
        <Title text=t!(lang, "nav-statistics")/>
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "directory-eyebrow")}</p>
            <h1>{t!(lang, "nav-statistics")}</h1>
            <p class="subtitle">
                {t!(lang, "stats-lede")}" "
                <a href=lang.href("/about/counting")>{t!(lang, "footer-counting")}</a>
            </p>
        </header>
        {crate::components::headline::quotable_line(lang, &s.headline)}
        <section aria-labelledby="totals-title">
            <h2 id="totals-title">{t!(lang, "stats-totals")}</h2>
            {totals_list(lang, &s)}
        </section>
        <section aria-labelledby="years-title">
            <h2 id="years-title">{t!(lang, "stats-over-time")}</h2>
            <figure class="chart-figure">
                {cumulative_chart(lang, &s.by_year)}
                <figcaption>{t!(lang, "stats-chart-caption")}</figcaption>
            </figure>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="stats-by-year-caption"><table class="data">
                <caption id="stats-by-year-caption">{t!(lang, "stats-by-year")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "stats-year")}</th>
                        <th scope="col">{t!(lang, "stats-that-year")}</th>
                        <th scope="col">{t!(lang, "stats-end-of-year")}</th>
                    </tr>
                </thead>
                <tbody>
                    {s.by_year.iter().map(|(y, n, c)| view! {
                        <tr><th scope="row">{y.to_string()}</th><td>{*n}</td><td>{*c}</td></tr>
                    }).collect_view()}
                </tbody>
            </table></div>
        </section>
        <section aria-labelledby="record-section-title">
            <h2 id="record-section-title">{t!(lang, "stats-record-title")}</h2>
            <figure class="chart-figure">
                {record_chart(lang, &s.timeline, &s.headline.as_of)}
                <figcaption>{t!(lang, "stats-record-caption")}</figcaption>
            </figure>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="stats-record-table-caption"><table class="data">
                <caption id="stats-record-table-caption">{t!(lang, "stats-record-table")}</caption>
                <thead><tr>
                    <th scope="col">{t!(lang, "stats-record-day")}</th>
                    <th scope="col">{t!(lang, "stats-record-announced")}</th>
                    <th scope="col">{t!(lang, "stats-record-registry")}</th>
                </tr></thead>
                <tbody>
                    {s.timeline.announced.iter().map(|(d, n, _)| {
                        // The registry at that day: the band's last step on or before it.
                        let registry = s.timeline.band.iter().rev().find(|b| b.0.as_str() <= d.as_str()).map(|b| (b.1, b.2)).unwrap_or_default();
                        let text = if registry.0 == registry.1 { registry.0.to_string() } else { format!("{}–{}", registry.0, registry.1) };
                        view! { <tr><th scope="row">{lang.iso_date(d)}</th><td>{*n}</td><td>{text}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table></div>
        </section>
        <section aria-labelledby="countries-title">
            <h2 id="countries-title">{t!(lang, "stats-by-country")}</h2>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="stats-by-country-caption"><table class="data">
                <caption id="stats-by-country-caption">{t!(lang, "stats-by-country-caption")}</caption>
                <thead><tr><th scope="col">{t!(lang, "column-country")}</th><th scope="col">{t!(lang, "nav-signatories")}</th></tr></thead>
                <tbody>
                    {by_country.into_iter().map(|(code, name, n)| view! {
                        <tr><th scope="row"><a href=lang.href(&format!("/signatories?country={code}"))>{name}</a></th><td>{n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table></div>
        </section>
        <section aria-labelledby="published-title">
            <h2 id="published-title">{t!(lang, "stats-published")}</h2>
            <p>{t!(lang, "stats-published-lead")}</p>
            <ul class="statements">
                {s.statements.into_iter().map(|st| {
                    let check = crate::pages::profile::statement_check(lang, &st);
                    view! {
                    <li>
                        <p lang=content>{format!("“{}”", st.statement)}</p>
                        <p class="attribution">{lang.stored_date(&st.date)}" — "{match st.source_url {
                            Some(url) => view! { <a href=url rel="external noopener">{st.source}</a> }.into_any(),
                            None => view! { <span lang=content>{st.source}</span> }.into_any(),
                        }}</p>
                        {check.map(|c| view! { <p class="note">{c}</p> })}
                    </li>
                }}).collect_view()}
            </ul>
        </section>
    }
}
