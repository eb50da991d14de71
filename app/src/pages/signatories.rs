//! `/signatories`: the directory, with search, filters, sort and pages; the state lives in the URL.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::registry::get_directory;
use crate::components::page_data::await_page;
use crate::domain::directory::{DirectoryParams, KINDS, STATUSES};
use crate::model::{Choice, Directory};

/// The directory page.
#[component]
pub fn SignatoriesPage() -> impl IntoView {
    let query = use_query_map();
    let directory = Resource::new(
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
            }
        },
        get_directory,
    );
    await_page(directory, directory_view)
}

fn select(
    name: &'static str,
    label: &'static str,
    any: &'static str,
    choices: Vec<Choice>,
    current: Option<String>,
) -> impl IntoView {
    let id = format!("filter-{name}");
    let current = current.unwrap_or_default();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="" selected=current.is_empty()>{any}</option>
                {choices
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = value.eq_ignore_ascii_case(&current);
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

fn yes_no() -> Vec<Choice> {
    vec![("yes".into(), "Yes".into()), ("no".into(), "No".into())]
}

fn owned(list: &[(&str, &str)]) -> Vec<Choice> {
    list.iter()
        .map(|(v, l)| ((*v).to_owned(), (*l).to_owned()))
        .collect()
}

fn page_href(query_string: &str, page: usize) -> String {
    match (query_string.is_empty(), page) {
        (true, 1) => "/signatories".into(),
        (true, _) => format!("/signatories?page={page}"),
        (false, 1) => format!("/signatories?{query_string}"),
        (false, _) => format!("/signatories?{query_string}&page={page}"),
    }
}

fn download(ext: &str, query_string: &str) -> String {
    if query_string.is_empty() {
        format!("/signatories.{ext}")
    } else {
        format!("/signatories.{ext}?{query_string}")
    }
}

fn directory_view(d: Directory) -> impl IntoView {
    let p = d.params.clone();
    let sort = p.sort.clone().unwrap_or_else(|| "order".into());
    let aria_sort = move |key: &str| (sort == key).then_some("ascending");
    let count_text = match (d.matching, d.as_of.as_ref()) {
        (1, None) => format!("1 signatory matches, of {} in the registry.", d.total),
        (n, None) => format!("{n} signatories match, of {} in the registry.", d.total),
        (1, Some(day)) => format!("1 signatory matches, of {} on {day}.", d.total),
        (n, Some(day)) => format!("{n} signatories match, of {} on {day}.", d.total),
    };
    let title = match &d.as_of {
        Some(day) => format!("Signatories on {day}"),
        None => "Signatories".to_owned(),
    };
    let years: Vec<Choice> = d
        .years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let (page, pages, qs) = (d.page, d.pages, d.query_string.clone());
    view! {
        <Title text=title.clone()/>
        <leptos_meta::Link rel="alternate" type_="application/rss+xml" href="/feeds/signings.xml" title="Integrating Cities Charter: signings"/>
        <header class="page-head">
            <p class="eyebrow">"The registry"</p>
            <h1>{title}</h1>
            <p class="subtitle">
                "Every city, metropolitan authority and region known to have signed the charter, with its place in the order. "
                <a href="/about/counting">"How places are counted"</a>
            </p>
            {d.as_of.clone().map(|day| view! {
                <p class="notice">
                    {format!("You are looking at the registry as it stood on {day}: later signings are not shown and places are as they were then. ")}
                    <a href="/signatories">"See the registry today"</a>
                </p>
            })}
        </header>
        <form class="filters" method="get" action="/signatories" role="search" aria-label="Filter signatories">
            <div class="field field-wide">
                <label for="filter-q">"Search by name"</label>
                <input id="filter-q" type="search" name="q" value=p.q.clone().unwrap_or_default() autocomplete="off"/>
            </div>
            {select("country", "Country", "All countries", d.countries.clone(), p.country.clone())}
            {select("kind", "Kind", "All kinds", owned(&KINDS), p.kind.clone())}
            {select("capital", "National capital", "Either", yes_no(), p.capital.clone())}
            {select("eu", "EU member at signing", "Either", yes_no(), p.eu.clone())}
            {select("year", "Year signed", "All years", years, p.year.clone())}
            {select("edition", "Edition signed", "All editions", d.editions.clone(), p.edition.clone())}
            {select("status", "Status", "All statuses", owned(&STATUSES), p.status.clone())}
            {select("sort", "Sort by", "Signing order", vec![("name".into(), "Name".into()), ("country".into(), "Country".into())], p.sort.clone())}
            <div class="field">
                <label for="filter-as-of">"As it stood on"</label>
                <input id="filter-as-of" type="date" name="as_of" value=p.as_of.clone().unwrap_or_default()/>
            </div>
            <div class="filter-actions">
                <button type="submit" class="button primary">"Apply"</button>
                <a class="button" href="/signatories">"Clear"</a>
            </div>
        </form>
        <p class="count" role="status">{count_text}</p>
        <p class="downloads">
            "Download this view: "
            <a href=download("csv", &d.query_string) download="">"CSV"</a>
            " · "
            <a href=download("json", &d.query_string) download="">"JSON"</a>
            " · "
            <a href="/open-data">"About the open data"</a>
        </p>
        {if d.rows.is_empty() && d.matching > 0 {
            view! { <p class="empty">"This page is past the last one. "<a href=page_href(&d.query_string, 1)>"Go to the first page"</a></p> }.into_any()
        } else if d.rows.is_empty() {
            view! { <p class="empty">"No signatory matches these filters. Try fewer filters or another spelling."</p> }.into_any()
        } else {
            view! {
                <table class="directory">
                    <caption class="visually-hidden">"Signatories matching the filters"</caption>
                    <thead>
                        <tr>
                            <th scope="col" aria-sort=aria_sort("order")>"Place"</th>
                            <th scope="col" aria-sort=aria_sort("name")>"Name"</th>
                            <th scope="col" aria-sort=aria_sort("country")>"Country"</th>
                            <th scope="col">"Kind"</th>
                            <th scope="col">"Signed"</th>
                            <th scope="col">"Edition"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d.rows.into_iter().map(|r| {
                            let capital = r.national_capital.then_some(" · capital");
                            view! {
                                <tr>
                                    <td data-label="Place">{r.place.unwrap_or_else(|| "no place: date unknown".into())}</td>
                                    <th scope="row" data-label="Name"><a href=format!("/signatories/{}", r.slug)>{r.name}</a></th>
                                    <td data-label="Country">{r.country_name}{capital}</td>
                                    <td data-label="Kind">{r.kind_label}</td>
                                    <td data-label="Signed"><time datetime=r.signed_iso.clone()>{r.signed}</time></td>
                                    <td data-label="Edition">{r.edition}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        {(pages > 1).then(|| view! {
            <nav class="pagination" aria-label="Pages">
                {(page > 1).then(|| view! { <a class="button" rel="prev" href=page_href(&qs, page - 1)>"Previous page"</a> })}
                <span>{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { <a class="button" rel="next" href=page_href(&qs, page + 1)>"Next page"</a> })}
            </nav>
        })}
    }
}
