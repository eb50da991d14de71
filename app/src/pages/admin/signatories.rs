//! `/admin/signatories` (search) and `/admin/signatories/{id}` (edit, withdraw).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{admin_frame, filters_query, pager, sort_header, ListAddress};
use crate::api::admin::{get_signatory_edit, get_signatory_list};
use crate::components::form::{
    check_field, content_area, filter_select, form_messages, input_field, select_field, text_area,
};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{SignatoryEdit, SignatoryList};
use crate::t;

/// The signatories: searched, filtered, sorted and paged.
#[component]
pub fn SignatoriesScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            [
                q.get("q"),
                q.get("status"),
                q.get("country"),
                q.get("sort"),
                q.get("page"),
            ]
        },
        |[q, status, country, sort, page]| get_signatory_list(q, status, country, sort, page),
        list_view,
    )
}

fn list_view(l: SignatoryList) -> impl IntoView {
    let lang = use_lang();
    let filters = filters_query(&[("q", &l.q), ("status", &l.status), ("country", &l.country)]);
    let sorted = format!("{filters}sort={}", domain::directory::encode(&l.sort));
    let list = ListAddress {
        path: "/admin/signatories",
        filters: filters.clone(),
        sort: l.sort.clone(),
    };
    let statuses: Vec<(String, String)> = ["signed", "committed", "withdrawn"]
        .iter()
        .map(|s| ((*s).to_owned(), lang.t_or(&format!("status-{s}"), s)))
        .collect();
    let headers = view! {
        <tr>
            {sort_header(&list, "name", t!(lang, "admin-name"))}
            {sort_header(&list, "country", t!(lang, "admin-country"))}
            {sort_header(&list, "status", t!(lang, "admin-status"))}
            {sort_header(&list, "signings", t!(lang, "admin-signings"))}
            <th scope="col">{t!(lang, "admin-actions")}</th>
        </tr>
    };
    let body = view! {
        <h1>{t!(lang, "admin-nav-signatories")}</h1>
        {form_messages(&l.form)}
        <form method="get" action=lang.href("/admin/signatories") class="filters" role="search">
            <div class="field">
                <label for="q">{t!(lang, "admin-name-contains")}</label>
                <input type="search" id="q" name="q" value=l.q.clone()/>
            </div>
            {filter_select("status".into(), "status", t!(lang, "admin-status"), t!(lang, "admin-any-status"), statuses, &l.status)}
            {filter_select("country".into(), "country", t!(lang, "admin-country"), t!(lang, "admin-any-country"), l.countries.clone(), &l.country)}
            <input type="hidden" name="sort" value=l.sort.clone()/>
            <button type="submit">{t!(lang, "admin-search")}</button>
        </form>
        <p role="status">{t!(lang, "admin-signatories-count", n = l.total)}" "{t!(lang, "admin-page-of", page = l.page, pages = l.pages)}</p>
        <p><a href=lang.href(&format!("/admin/signatories.csv?{sorted}"))>{t!(lang, "admin-list-csv")}</a></p>
        <p><a class="button" href=lang.href("/admin/signings/new")>{t!(lang, "admin-register-new")}</a></p>
        <details class="new-committed" open=!l.form.errors.is_empty()>
            <summary>{t!(lang, "admin-add-committed")}</summary>
            <form method="post" action=lang.href("/api/admin/signatories/create") class="stack admin-form">
                {input_field(&l.form, "name", &t!(lang, "admin-name"), "text", None, true)}
                {select_field(&l.form, "country", &t!(lang, "admin-country"), &l.countries, Some(&t!(lang, "admin-choose-country")), None)}
                {select_field(&l.form, "kind", &t!(lang, "admin-section-kind"), &l.kinds, Some(&t!(lang, "admin-choose-kind")), None)}
                {check_field(&l.form, "national_capital", &t!(lang, "admin-national-capital"))}
                {input_field(&l.form, "website", &t!(lang, "admin-website"), "url", Some(&t!(lang, "admin-website-hint")), false)}
                <button type="submit">{t!(lang, "admin-add-signatory")}</button>
            </form>
        </details>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-signatories-caption")}</caption>
                <thead>{headers}</thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=lang.href(&format!("/admin/signatories/{}", r.id))>{r.name.clone()}</a></td>
                            <td>{r.country}</td><td>{lang.t_or(&format!("status-{}", r.status), &r.status)}</td><td>{r.signings}</td>
                            <td><a href=lang.href(&format!("/admin/signings/new?signatory={}", r.id))>{t!(lang, "admin-register-of", name = &r.name)}</a></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {pager(&list, l.page, l.pages)}
    };
    view! { <Title text=t!(lang, "admin-signatories-title")/> {admin_frame(&l.me, "/admin/signatories", body)} }
}

/// Editing one signatory.
#[component]
pub fn SignatoryEditScreen() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (
                params.read().get("id").unwrap_or_default(),
                q.get("pick.x"),
                q.get("pick.y"),
            )
        },
        |(id, x, y)| get_signatory_edit(id, x, y),
        edit_view,
    )
}

/// The coordinates' map: clicking it (an image button of a GET form) opens this screen again
/// with the place clicked filled in, to check and save; the dot is where the coordinates shown
/// fall. Typing them stays the keyboard's way.
fn map_picker(id: i32, marker: Option<(String, String)>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="get" action=lang.href(&format!("/admin/signatories/{id}")) class="map-picker">
            <p class="hint" id="map-pick-hint">{t!(lang, "admin-map-pick-hint")}</p>
            <div class="table-wrap">
                <div class="map-pick-frame">
                    <input type="image" name="pick" src="/map/europe.svg" width="800" height="667"
                        alt=t!(lang, "admin-map-pick-alt") aria-describedby="map-pick-hint"/>
                    {marker.map(|(x, y)| view! {
                        <svg class="map-pick-dot" viewBox="0 0 800 667" width="800" height="667" aria-hidden="true" focusable="false">
                            <circle cx=x cy=y r="7"/>
                        </svg>
                    })}
                </div>
            </div>
        </form>
    }
}

fn edit_view(s: SignatoryEdit) -> impl IntoView {
    let form = s.form;
    let lang = use_lang();
    let action = lang.href("/api/admin/signatories/save");
    let body = view! {
        <h1>{t!(lang, "admin-edit-named", name = &form.value("name"))}</h1>
        <p>{t!(lang, "admin-status-label")}" "<strong>{lang.t_or(&format!("status-{}", s.status), &s.status)}</strong>" · "<a href=lang.href(&format!("/signatories/{}", s.slug))>{t!(lang, "admin-public-profile")}</a>" · "<a href=lang.href(&super::dashboard::history_href("signatory", &s.slug))>{t!(lang, "admin-history-link")}</a></p>
        <h2>{t!(lang, "admin-its-signings")}</h2>
        {if s.signings.is_empty() {
            view! { <p>{t!(lang, "admin-no-signing-yet")}</p> }.into_any()
        } else {
            view! {
                <ul>{s.signings.iter().map(|(id, date)| view! {
                    <li><a href=lang.href(&format!("/admin/signings/{id}#correct"))>{t!(lang, "admin-signing-of-day", date = date)}</a></li>
                }).collect_view()}</ul>
            }.into_any()
        }}
        <p><a href=lang.href(&format!("/admin/signings/new?signatory={}", s.id))>{t!(lang, "admin-register-of", name = &form.value("name"))}</a></p>
        <h2>{t!(lang, "admin-details")}</h2>
        {form_messages(&form)}
        <form method="post" action=action.clone() class="stack admin-form">
            <input type="hidden" name="id" value=s.id.to_string()/>
            <input type="hidden" name="intent" value="save"/>
            {input_field(&form, "name", &t!(lang, "admin-name"), "text", None, true)}
            {select_field(&form, "country", &t!(lang, "admin-country"), &s.countries, None, None)}
            {select_field(&form, "kind", &t!(lang, "admin-section-kind"), &s.kinds, None, None)}
            {check_field(&form, "national_capital", &t!(lang, "admin-national-capital"))}
            {input_field(&form, "website", &t!(lang, "admin-website"), "url", Some(&t!(lang, "admin-website-hint")), false)}
            {input_field(&form, "name_fr", &t!(lang, "admin-name-fr"), "text", Some(&t!(lang, "admin-name-fr-hint")), false)}
            {text_area(&form, "local_names", &t!(lang, "admin-local-names"), 3, Some(&t!(lang, "admin-local-names-hint")), false)}
            <fieldset class="stack" id="coordinates">
                <legend>{t!(lang, "admin-coordinates")}</legend>
                <p class="hint">{t!(lang, "admin-coordinates-hint")}</p>
                {input_field(&form, "latitude", &t!(lang, "admin-latitude"), "text", None, false)}
                {input_field(&form, "longitude", &t!(lang, "admin-longitude"), "text", None, false)}
                <p><a href="#map-pick-hint">{t!(lang, "admin-map-pick-link")}</a></p>
            </fieldset>
            {content_area(&form, "notes", &t!(lang, "admin-notes"), 3, None, false, Some("en"))}
            <button type="submit">{t!(lang, "admin-save")}</button>
        </form>
        <h3>{t!(lang, "admin-map-pick-title")}</h3>
        {map_picker(s.id, s.marker.clone())}
        {(s.status != "withdrawn").then(|| view! {
            <h2>{t!(lang, "admin-withdraw")}</h2>
            <p>{t!(lang, "admin-withdraw-intro")}</p>
            <form method="post" action=action class="stack admin-form">
                <input type="hidden" name="id" value=s.id.to_string()/>
                <input type="hidden" name="intent" value="withdraw"/>
                {input_field(&form, "withdrawn_on", &t!(lang, "admin-withdrawn-on"), "text", Some(&t!(lang, "admin-date-hint")), true)}
                {content_area(&form, "withdrawn_reason", &t!(lang, "admin-withdrawn-reason"), 3, None, true, Some("en"))}
                <button type="submit" class="button-danger">{t!(lang, "admin-withdraw-submit")}</button>
            </form>
        })}
        <h2>{t!(lang, "admin-signatory-delete")}</h2>
        {if s.deletable {
            view! {
                <p>{t!(lang, "admin-signatory-delete-intro")}</p>
                <form method="post" action=lang.href("/api/admin/signatories/save") class="stack admin-form">
                    <input type="hidden" name="id" value=s.id.to_string()/>
                    <input type="hidden" name="intent" value="delete"/>
                    {check_field(&form, "confirm_delete", &t!(lang, "admin-signatory-delete-confirm"))}
                    <button type="submit" class="button-danger">{t!(lang, "admin-signatory-delete-submit")}</button>
                </form>
            }.into_any()
        } else {
            view! { <p>{t!(lang, "admin-signatory-delete-not")}</p> }.into_any()
        }}
    };
    view! { <Title text=t!(lang, "admin-signatory-edit-title")/> {admin_frame(&s.me, "/admin/signatories", body)} }
}
