//! `/admin/conferences` (the list, add one) and `/admin/conferences/{id}` (edit, delete one
//! added by mistake).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::admin_frame;
use crate::api::admin::{get_conference_edit, get_conference_list};
use crate::components::form::{check_field, form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{Choice, ConferenceEdit, ConferenceList, FormState};
use crate::t;

/// The conferences, and the form that adds one.
#[component]
pub fn ConferencesScreen() -> impl IntoView {
    await_page(|| (), |()| get_conference_list(), list_view)
}

/// The fields of a conference, on the add and edit forms alike.
fn conference_fields(form: &FormState, countries: &[Choice]) -> impl IntoView {
    let lang = use_lang();
    view! {
        {input_field(form, "number", &t!(lang, "admin-conference-number"), "text", Some(&t!(lang, "admin-conference-number-hint")), true)}
        {input_field(form, "city", &t!(lang, "admin-conference-city"), "text", None, true)}
        {select_field(form, "country", &t!(lang, "admin-country"), countries, Some(&t!(lang, "admin-choose-country")), None)}
        {input_field(form, "starts_on", &t!(lang, "admin-conference-starts"), "text", Some(&t!(lang, "admin-partial-date-hint")), true)}
        {input_field(form, "ends_on", &t!(lang, "admin-conference-ends"), "text", Some(&t!(lang, "admin-partial-date-hint")), false)}
        {text_area(form, "note", &t!(lang, "admin-conference-note"), 2, Some(&t!(lang, "admin-conference-note-hint")), false)}
    }
}

fn list_view(l: ConferenceList) -> impl IntoView {
    let lang = use_lang();
    let body = view! {
        <h1>{t!(lang, "admin-nav-conferences")}</h1>
        <p>{t!(lang, "admin-conferences-intro")}</p>
        {form_messages(&l.form)}
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-conferences-caption")}</caption>
                <thead><tr>
                    <th scope="col">{t!(lang, "admin-conference")}</th>
                    <th scope="col">{t!(lang, "admin-conference-place")}</th>
                    <th scope="col">{t!(lang, "admin-conference-dates")}</th>
                    <th scope="col">{t!(lang, "admin-signings")}</th>
                </tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=lang.href(&format!("/admin/conferences/{}", r.id))>{r.title}</a></td>
                            <td>{r.place}</td><td>{r.dates}</td><td>{r.signings}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2>{t!(lang, "admin-conference-add")}</h2>
        <form method="post" action=lang.href("/api/admin/conferences/create") class="stack admin-form">
            {conference_fields(&l.form, &l.countries)}
            <button type="submit">{t!(lang, "admin-conference-add")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-nav-conferences")/> {admin_frame(&l.me, "/admin/conferences", body)} }
}

/// Editing one conference.
#[component]
pub fn ConferenceEditScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_conference_edit,
        edit_view,
    )
}

fn edit_view(c: ConferenceEdit) -> impl IntoView {
    let lang = use_lang();
    let form = c.form;
    let action = lang.href("/api/admin/conferences/save");
    let body = view! {
        <h1>{c.title.clone()}</h1>
        <p>
            {t!(lang, "admin-conference-named", n = c.signings)}" · "
            <a href=lang.href("/about")>{t!(lang, "admin-public-page")}</a>" · "
            <a href=lang.href(&super::dashboard::history_href("conference", &c.id.to_string()))>{t!(lang, "admin-history-link")}</a>
        </p>
        {form_messages(&form)}
        <form method="post" action=action.clone() class="stack admin-form">
            <input type="hidden" name="id" value=c.id.to_string()/>
            <input type="hidden" name="intent" value="save"/>
            {conference_fields(&form, &c.countries)}
            <button type="submit">{t!(lang, "admin-save")}</button>
        </form>
        <h2>{t!(lang, "admin-conference-delete")}</h2>
        {if c.signings == 0 {
            view! {
                <p>{t!(lang, "admin-conference-delete-intro")}</p>
                <form method="post" action=action class="stack admin-form">
                    <input type="hidden" name="id" value=c.id.to_string()/>
                    <input type="hidden" name="intent" value="delete"/>
                    {check_field(&form, "confirm_delete", &t!(lang, "admin-conference-delete-confirm"))}
                    <button type="submit" class="button-danger">{t!(lang, "admin-conference-delete-submit")}</button>
                </form>
            }.into_any()
        } else {
            view! { <p>{t!(lang, "admin-conference-delete-not")}</p> }.into_any()
        }}
    };
    view! { <Title text=t!(lang, "admin-conference-edit-title")/> {admin_frame(&c.me, "/admin/conferences", body)} }
}
