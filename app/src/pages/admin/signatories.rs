//! `/admin/signatories` (search) and `/admin/signatories/{id}` (edit, withdraw).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin_frame;
use crate::api::admin::{get_signatory_edit, get_signatory_list};
use crate::components::form::{check_field, form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::model::admin::{SignatoryEdit, SignatoryList};

/// The signatories, searchable.
#[component]
pub fn SignatoriesScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(move || query.read().get("q"), get_signatory_list, list_view)
}

fn list_view(l: SignatoryList) -> impl IntoView {
    let count = l.rows.len();
    let body = view! {
        <h1>"Signatories"</h1>
        {form_messages(&l.form)}
        <form method="get" action="/admin/signatories" class="filters" role="search">
            <div class="field">
                <label for="q">"Name contains"</label>
                <input type="search" id="q" name="q" value=l.q.clone()/>
            </div>
            <button type="submit">"Search"</button>
        </form>
        <p role="status">{format!("{count} signatories.")}</p>
        <p><a class="button" href="/admin/signings/new">"Register a signing (new signatory)"</a></p>
        <details class="new-committed" open=!l.form.errors.is_empty()>
            <summary>"Add a city that has committed but not signed yet"</summary>
            <form method="post" action="/api/admin/signatories/create" class="stack admin-form">
                {input_field(&l.form, "name", "Name", "text", None, true)}
                {select_field(&l.form, "country", "Country", &l.countries, Some("Choose a country"), None)}
                {select_field(&l.form, "kind", "Kind", &l.kinds, Some("Choose a kind"), None)}
                {check_field(&l.form, "national_capital", "It is the national capital")}
                {input_field(&l.form, "website", "Website", "url", Some("Starting with https://"), false)}
                <button type="submit">"Add the signatory"</button>
            </form>
        </details>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Table, scrolls sideways on small screens">
            <table class="data">
                <caption>"Signatories by name"</caption>
                <thead><tr><th scope="col">"Name"</th><th scope="col">"Country"</th><th scope="col">"Status"</th><th scope="col">"Signings"</th><th scope="col">"Actions"</th></tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=format!("/admin/signatories/{}", r.id)>{r.name.clone()}</a></td>
                            <td>{r.country}</td><td>{r.status}</td><td>{r.signings}</td>
                            <td><a href=format!("/admin/signings/new?signatory={}", r.id)>{format!("Register a signing of {}", r.name)}</a></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    };
    view! { <Title text="Signatories (staff)"/> {admin_frame(&l.me, "/admin/signatories", body)} }
}

/// Editing one signatory.
#[component]
pub fn SignatoryEditScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_signatory_edit,
        edit_view,
    )
}

fn edit_view(s: SignatoryEdit) -> impl IntoView {
    let form = s.form;
    let action = "/api/admin/signatories/save";
    let body = view! {
        <h1>{format!("Edit {}", form.value("name"))}</h1>
        <p>"Status: "<strong>{s.status.clone()}</strong>" · "<a href=format!("/signatories/{}", s.slug)>"Public profile"</a></p>
        {form_messages(&form)}
        <form method="post" action=action class="stack admin-form">
            <input type="hidden" name="id" value=s.id.to_string()/>
            <input type="hidden" name="intent" value="save"/>
            {input_field(&form, "name", "Name", "text", None, true)}
            {select_field(&form, "country", "Country", &s.countries, None, None)}
            {select_field(&form, "kind", "Kind", &s.kinds, None, None)}
            {check_field(&form, "national_capital", "It is the national capital")}
            {input_field(&form, "website", "Website", "url", Some("Starting with https://"), false)}
            {text_area(&form, "notes", "Notes", 3, None, false)}
            <button type="submit">"Save"</button>
        </form>
        {(s.status != "withdrawn").then(|| view! {
            <h2>"Withdraw"</h2>
            <p>"A withdrawn signatory keeps its place in the history; the directory shows the withdrawal with its date and reason."</p>
            <form method="post" action=action class="stack admin-form">
                <input type="hidden" name="id" value=s.id.to_string()/>
                <input type="hidden" name="intent" value="withdraw"/>
                {input_field(&form, "withdrawn_on", "Date of the withdrawal", "text", Some("YYYY-MM-DD"), true)}
                {text_area(&form, "withdrawn_reason", "Reason (shown publicly)", 3, None, true)}
                <button type="submit" class="button-danger">"Withdraw the signatory"</button>
            </form>
        })}
    };
    view! { <Title text="Edit signatory"/> {admin_frame(&s.me, "/admin/signatories", body)} }
}
