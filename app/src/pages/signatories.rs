//! `/signatories`: the directory, with search, filters, sort and pages; the state lives in the URL.

use crate::components::names::{local_names, shown_name};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::registry::get_directory;
use crate::components::form::filter_select;
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::{Choice, Directory, UnidentifiedRow};
use crate::t;
use domain::date::Day;
use domain::directory::{DirectoryParams, KINDS, STATUSES};
use domain::text::fold;

/// The directory page.
#[component]
pub fn SignatoriesPage() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            DirectoryParams {
                q: q.get("q"),
                country: q.get("country"),
                kind: q.get("kind"),
                capital: q.get("capital"),
                eu: q.get("eu"),
                year: q.get("year"),
                edition: q.get("edition"),
                status: q.get("status"),
                sort: q.get("sort"),
                page: q.get("page"),
                as_of: q.get("as_of"),
                as_of_day: q.get("as_of_day"),
                as_of_month: q.get("as_of_month"),
                as_of_year: q.get("as_of_year"),
            }
        },
        get_directory,
        directory_view,
    )
}

fn yes_no(lang: Lang) -> Vec<Choice> {
    vec![
        ("yes".into(), t!(lang, "filter-yes")),
        ("no".into(), t!(lang, "filter-no")),
    ]
}

/// `(value, label)` for values whose label key is `<prefix>-<value>`.
/// The choices of `list` that some signatory has (`present`), and the current one whatever it
/// is, each named by its `prefix-value` message.
fn labelled(
    lang: Lang,
    prefix: &str,
    list: &[&str],
    present: &[String],
    current: Option<&str>,
) -> Vec<Choice> {
    list.iter()
        .filter(|v| present.iter().any(|p| p == *v) || current == Some(**v))
        .map(|v| ((*v).to_owned(), lang.t(&format!("{prefix}-{v}"))))
        .collect()
}

fn page_href(lang: Lang, query_string: &str, page: usize) -> String {
    lang.href(&match (query_string.is_empty(), page) {
        (true, 1) => "/signatories".into(),
        (true, _) => format!("/signatories?page={page}"),
        (false, 1) => format!("/signatories?{query_string}"),
        (false, _) => format!("/signatories?{query_string}&page={page}"),
    })
}

fn download(ext: &str, query_string: &str) -> String {
    if query_string.is_empty() {
        format!("/signatories.{ext}")
    } else {
        format!("/signatories.{ext}?{query_string}")
    }
}

/// "between 1 March 2013 and 31 December 2015", "not before …", "not after …", or "date unknown".
pub fn known_range(lang: Lang, from: Option<&str>, to: Option<&str>) -> String {
    match (from, to) {
        (Some(from), Some(to)) => t!(
            lang,
            "profile-range-between",
            from = &lang.stored_date(from),
            to = &lang.stored_date(to)
        ),
        (Some(from), None) => t!(lang, "profile-range-from", from = &lang.stored_date(from)),
        (None, Some(to)) => t!(lang, "profile-range-to", to = &lang.stored_date(to)),
        (None, None) => t!(lang, "profile-date-unknown"),
    }
}

/// The signatories known to exist but not yet named, after the named ones.
fn unidentified_view(lang: Lang, rows: Vec<UnidentifiedRow>) -> impl IntoView {
    let flag = move |f: &str| lang.t(&format!("flag-{f}"));
    (!rows.is_empty()).then(|| {
        let (place, signed, european, capital) = (
            t!(lang, "column-place"),
            t!(lang, "column-signed"),
            t!(lang, "column-european"),
            t!(lang, "column-capital"),
        );
        view! {
            <section class="unidentified" aria-labelledby="unidentified-title">
                <h2 id="unidentified-title">{t!(lang, "directory-unidentified-title", count = rows.len())}</h2>
                <p>{t!(lang, "directory-unidentified-lede")}" "<a href=lang.href("/about/counting")>{t!(lang, "headline-how")}</a></p>
                <table class="directory">
                    <caption class="visually-hidden">{t!(lang, "directory-unidentified-title", count = rows.len())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{place.clone()}</th>
                            <th scope="col">{t!(lang, "column-name")}</th>
                            <th scope="col">{signed.clone()}</th>
                            <th scope="col">{european.clone()}</th>
                            <th scope="col">{capital.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr>
                                <td data-label=place.clone()>{r.ordinal.map_or_else(|| t!(lang, "directory-no-place"), |o| lang.ordinal(o))}</td>
                                <th scope="row">{t!(lang, "directory-unidentified-row")}</th>
                                <td data-label=signed.clone()>{known_range(lang, r.from.as_deref(), r.to.as_deref())}</td>
                                <td data-label=european.clone()>{flag(&r.european)}</td>
                                <td data-label=capital.clone()>{flag(&r.national_capital)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
    })
}

/// A filter of the directory: its parameter, label, "any" choice, choices and current value.
type Filter = (&'static str, String, String, Vec<Choice>, Option<String>);

/// "As it stood on": day, month and year as European readers write them (a browser's date
/// input shows its own locale's order, often mm/dd/yyyy).
fn as_of_fields(lang: Lang, day: Option<Day>) -> impl IntoView {
    let (d, m, y) = day.map_or((String::new(), 0, String::new()), |day| {
        (day.day.to_string(), day.month, day.year.to_string())
    });
    view! {
        <fieldset class="field date-parts">
            <legend>{t!(lang, "filter-as-of")}</legend>
            <div class="date-part">
                <label for="filter-as-of-day">{t!(lang, "date-part-day")}</label>
                <input id="filter-as-of-day" type="text" name="as_of_day" inputmode="numeric" maxlength="2" size="2" autocomplete="off" value=d/>
            </div>
            <div class="date-part">
                <label for="filter-as-of-month">{t!(lang, "date-part-month")}</label>
                <select id="filter-as-of-month" name="as_of_month">
                    <option value="" selected={m == 0}>"—"</option>
                    {(1..=12u8).map(|n| view! { <option value=n.to_string() selected={m == n}>{lang.t(&format!("month-{n}"))}</option> }).collect_view()}
                </select>
            </div>
            <div class="date-part">
                <label for="filter-as-of-year">{t!(lang, "date-part-year")}</label>
                <input id="filter-as-of-year" type="text" name="as_of_year" inputmode="numeric" maxlength="4" size="4" autocomplete="off" value=y/>
            </div>
        </fieldset>
    }
}

fn directory_view(d: Directory) -> impl IntoView {
    let lang = use_lang();
    let p = d.params.clone();
    let sort = p.sort.clone().unwrap_or_else(|| "order".into());
    let aria_sort = move |key: &str| (sort == key).then_some("ascending");
    // The sortable columns' headers sort the view by them, its filters kept (first page).
    let filters: String = d
        .query_string
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("sort="))
        .map(|p| format!("{p}&"))
        .collect();
    let sort_href = move |key: &str| lang.href(&format!("/signatories?{filters}sort={key}"));
    let as_of_day = d.as_of_iso.as_deref().and_then(|raw| Day::parse(raw).ok());
    let as_of = as_of_day.map(|day| lang.day(day));
    let count_text = match as_of.as_ref() {
        None => t!(
            lang,
            "directory-count",
            matching = d.matching,
            total = d.total
        ),
        Some(day) => t!(
            lang,
            "directory-count-as-of",
            matching = d.matching,
            total = d.total,
            date = day
        ),
    };
    let title = match &as_of {
        Some(day) => t!(lang, "directory-title-as-of", date = day),
        None => t!(lang, "directory-title"),
    };
    let years: Vec<Choice> = d
        .years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    // In the page's language and in its alphabetical order ("Allemagne" before "Belgique").
    let mut countries: Vec<Choice> = d
        .countries
        .iter()
        .map(|(code, name)| (code.clone(), lang.country(code, name)))
        .collect();
    countries.sort_by_cached_key(|(_, name)| fold(name));
    let editions: Vec<Choice> = d
        .editions
        .iter()
        .map(|(slug, title)| (slug.clone(), lang.edition_name(slug, title)))
        .collect();
    let sorts = vec![
        ("name".into(), t!(lang, "filter-sort-name")),
        ("country".into(), t!(lang, "filter-sort-country")),
    ];
    let (page, pages, qs) = (d.page, d.pages, d.query_string.clone());
    let filters: Vec<Filter> = vec![
        (
            "country",
            t!(lang, "filter-country"),
            t!(lang, "filter-country-any"),
            countries,
            p.country.clone(),
        ),
        (
            "kind",
            t!(lang, "filter-kind"),
            t!(lang, "filter-kind-any"),
            labelled(lang, "kind", &KINDS, &d.kinds, p.kind.as_deref()),
            p.kind.clone(),
        ),
        (
            "capital",
            t!(lang, "filter-capital"),
            t!(lang, "filter-either"),
            yes_no(lang),
            p.capital.clone(),
        ),
        (
            "eu",
            t!(lang, "filter-eu"),
            t!(lang, "filter-either"),
            yes_no(lang),
            p.eu.clone(),
        ),
        (
            "year",
            t!(lang, "filter-year"),
            t!(lang, "filter-year-any"),
            years,
            p.year.clone(),
        ),
        (
            "edition",
            t!(lang, "filter-edition"),
            t!(lang, "filter-edition-any"),
            editions,
            p.edition.clone(),
        ),
        (
            "status",
            t!(lang, "filter-status"),
            t!(lang, "filter-status-any"),
            labelled(lang, "status", &STATUSES, &d.statuses, p.status.as_deref()),
            p.status.clone(),
        ),
        (
            "sort",
            t!(lang, "filter-sort"),
            t!(lang, "filter-sort-order"),
            sorts,
            p.sort.clone(),
        ),
    ];
    // The filters fold into a disclosure (phones see the results first); its summary names the
    // ones in use.
    let mut active: Vec<String> = filters
        .iter()
        .filter_map(|(_, label, _, choices, current)| {
            let current = current.as_deref().filter(|c| !c.is_empty())?;
            let text = choices
                .iter()
                .find(|(value, _)| value.eq_ignore_ascii_case(current))
                .map_or(current, |(_, text)| text.as_str());
            Some(t!(
                lang,
                "filter-active-item",
                label = label.as_str(),
                value = text
            ))
        })
        .collect();
    if let Some(day) = &as_of {
        active.push(t!(
            lang,
            "filter-active-item",
            label = &t!(lang, "filter-as-of"),
            value = day.as_str()
        ));
    }
    let summary = if active.is_empty() {
        t!(lang, "filter-more")
    } else {
        t!(lang, "filter-more-active", active = &active.join(" · "))
    };
    view! {
        <Title text=title.clone()/>
        <leptos_meta::Link rel="alternate" type_="application/rss+xml" href=lang.href("/feeds/signings.xml") title=t!(lang, "feed-signings-title")/>
        <header class="page-head">
            <p class="eyebrow">{t!(lang, "directory-eyebrow")}</p>
            <h1>{title}</h1>
            <p class="subtitle">
                {t!(lang, "directory-lede")}" "
                <a href=lang.href("/about/counting")>{t!(lang, "directory-counting-link")}</a>
            </p>
            {as_of.clone().map(|day| view! {
                <p class="notice">
                    {t!(lang, "directory-as-of-notice", date = &day)}" "
                    <a href=lang.href("/signatories")>{t!(lang, "directory-today-link")}</a>
                </p>
            })}
        </header>
        <div class="directory-layout">
        <div class="directory-side">
        <form class="filters" method="get" action=lang.href("/signatories") role="search" aria-label=t!(lang, "directory-filter-label")>
            <div class="field field-wide">
                <label for="filter-q">{t!(lang, "filter-q")}</label>
                <input id="filter-q" type="search" name="q" value=p.q.clone().unwrap_or_default() autocomplete="off"/>
            </div>
            <details class="more-filters field-wide">
                <summary>{summary}</summary>
                <div class="filter-grid">
                    {filters.into_iter().map(|(name, label, any, choices, current)| {
                        filter_select(format!("filter-{name}"), name, label, any, choices, current.as_deref().unwrap_or_default())
                    }).collect_view()}
                    {as_of_fields(lang, as_of_day)}
                </div>
            </details>
            <div class="filter-actions">
                <button type="submit" class="button primary">{t!(lang, "filter-apply")}</button>
                <a class="button" href=lang.href("/signatories")>{t!(lang, "filter-clear")}</a>
            </div>
        </form>
        </div>
        <div class="directory-main">
        <p class="count" role="status">{count_text}</p>
        <p class="downloads">
            {t!(lang, "directory-download")}" "
            <a href=download("csv", &d.query_string) download="">"CSV"</a>
            " · "
            <a href=download("json", &d.query_string) download="">"JSON"</a>
            " · "
            <a href=lang.href("/open-data")>{t!(lang, "directory-open-data")}</a>
        </p>
        {if d.rows.is_empty() {
            view! { <p class="empty">{t!(lang, "directory-none")}</p> }.into_any()
        } else {
            let (place, name, country, kind, signed, edition) = (
                t!(lang, "column-place"),
                t!(lang, "column-name"),
                t!(lang, "column-country"),
                t!(lang, "column-kind"),
                t!(lang, "column-signed"),
                t!(lang, "column-edition"),
            );
            view! {
                <table class="directory">
                    <caption class="visually-hidden">{t!(lang, "directory-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col" aria-sort=aria_sort("order")><a href=sort_href("order")>{place.clone()}</a></th>
                            <th scope="col" aria-sort=aria_sort("name")><a href=sort_href("name")>{name.clone()}</a></th>
                            <th scope="col" aria-sort=aria_sort("country")><a href=sort_href("country")>{country.clone()}</a></th>
                            <th scope="col">{kind.clone()}</th>
                            <th scope="col">{signed.clone()}</th>
                            <th scope="col">{edition.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d.rows.into_iter().map(|r| {
                            let capital = r.national_capital.then(|| format!(" {}", t!(lang, "directory-capital")));
                            let signed_text = if r.signed_iso.is_empty() && r.status == "committed" {
                                t!(lang, "directory-not-yet-signed")
                            } else if r.signed_iso.is_empty() {
                                known_range(lang, r.not_before.as_deref(), r.not_after.as_deref())
                            } else {
                                lang.iso_date(&r.signed_iso)
                            };
                            view! {
                                <tr>
                                    <td data-label=place.clone()>{r.ordinal.map_or_else(|| t!(lang, "directory-no-place"), |o| lang.ordinal(o))}</td>
                                    <th scope="row" data-label=name.clone()>
                                        <a href=lang.href(&format!("/signatories/{}", r.slug))>{shown_name(lang, &r.name, &r.names)}</a>
                                        {local_names(lang, &r.name, &r.names).map(|names| view! { <br/>{names} })}
                                    </th>
                                    <td data-label=country.clone()>{lang.country(&r.country_code, &r.country_name)}{capital}</td>
                                    <td data-label=kind.clone()>{lang.t(&format!("kind-{}", r.kind))}</td>
                                    <td data-label=signed.clone()>{if r.signed_iso.is_empty() {
                                        view! { <span>{signed_text}</span> }.into_any()
                                    } else {
                                        view! { <time datetime=r.signed_iso.clone()>{signed_text}</time> }.into_any()
                                    }}</td>
                                    <td data-label=edition.clone()>{r.edition}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        {unidentified_view(lang, d.unidentified)}
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t!(lang, "directory-pages")>
                {(page > 1).then(|| view! { <a class="button" rel="prev" href=page_href(lang, &qs, page - 1)>{t!(lang, "directory-previous")}</a> })}
                <span>{t!(lang, "directory-page-of", page = page, pages = pages)}</span>
                {(page < pages).then(|| view! { <a class="button" rel="next" href=page_href(lang, &qs, page + 1)>{t!(lang, "directory-next")}</a> })}
            </nav>
        })}
        </div>
        </div>
    }
}
