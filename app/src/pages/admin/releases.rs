//! `/admin/releases`, `/admin/releases/{id}` (edit, schedule, correct) and
//! `/admin/releases/{id}/preview` (exactly as it will be published).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{admin_frame, filters_query, pager, sort_header, ListAddress};
use crate::api::admin::{get_release_edit, get_release_list, get_release_preview};
use crate::components::form::{
    check_field, content_area, filter_select, form_messages, input_field,
};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{FormState, ReleaseEdit, ReleaseList, MAX_PEOPLE};
use crate::t;

/// The press releases: searched, filtered by state, sorted and paged.
#[component]
pub fn ReleasesScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            [q.get("q"), q.get("state"), q.get("sort"), q.get("page")]
        },
        |[q, state, sort, page]| get_release_list(q, state, sort, page),
        list_view,
    )
}

fn list_view(l: ReleaseList) -> impl IntoView {
    let lang = use_lang();
    let filters = filters_query(&[("q", &l.q), ("state", &l.state)]);
    let sorted = format!("{filters}sort={}", domain::directory::encode(&l.sort));
    let list = ListAddress {
        path: "/admin/releases",
        filters,
        sort: l.sort.clone(),
    };
    let states: Vec<(String, String)> = ["draft", "scheduled", "published"]
        .iter()
        .map(|s| ((*s).to_owned(), lang.t(&format!("release-state-{s}"))))
        .collect();
    let body = view! {
        <h1>{t!(lang, "admin-nav-releases")}</h1>
        <p>{t!(lang, "admin-releases-intro")}</p>
        <form method="get" action=lang.href("/admin/releases") class="filters" role="search">
            <div class="field">
                <label for="q">{t!(lang, "admin-release-search")}</label>
                <input type="search" id="q" name="q" value=l.q.clone()/>
            </div>
            {filter_select("state".into(), "state", t!(lang, "admin-state"), t!(lang, "admin-any-state"), states, &l.state)}
            <input type="hidden" name="sort" value=l.sort.clone()/>
            <button type="submit">{t!(lang, "admin-search")}</button>
        </form>
        <p role="status">{t!(lang, "admin-releases-count", n = l.total)}" "{t!(lang, "admin-page-of", page = l.page, pages = l.pages)}</p>
        <p><a href=lang.href(&format!("/admin/releases.csv?{sorted}"))>{t!(lang, "admin-list-csv")}</a></p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-releases-caption")}</caption>
                <thead><tr>
                    {sort_header(&list, "title", t!(lang, "admin-title"))}
                    {sort_header(&list, "state", t!(lang, "admin-state"))}
                    {sort_header(&list, "time", t!(lang, "admin-release-time"))}
                </tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr><td><a href=lang.href(&format!("/admin/releases/{}", r.id))>{r.title}</a></td><td>{r.state}</td><td>{r.release_at}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {pager(&list, l.page, l.pages)}
    };
    view! { <Title text=t!(lang, "admin-nav-releases")/> {admin_frame(&l.me, "/admin/releases", body)} }
}

/// The release's quotes and press contacts: one group of fields each, plus an empty one for a
/// new one (emptying a group removes it when saved).
fn people_fields(form: &FormState, written: Option<&str>) -> impl IntoView {
    let lang = use_lang();
    let groups = |key: &str| {
        form.value(key)
            .parse::<usize>()
            .map_or(1, |n| n.clamp(1, MAX_PEOPLE))
    };
    let (quotes, contacts) = (groups("quotes"), groups("contacts"));
    view! {
        <fieldset class="stack">
            <legend>{t!(lang, "admin-quotes")}</legend>
            <p class="hint">{t!(lang, "admin-people-hint")}</p>
            <input type="hidden" name="f[quotes]" value=quotes.to_string()/>
            {(1..=quotes).map(|n| view! {
                <fieldset class="stack person">
                    <legend>{t!(lang, "admin-quote-n", n = n)}</legend>
                    {input_field(form, &format!("quote_{n}_speaker"), &t!(lang, "admin-quote-speaker"), "text", None, false)}
                    {input_field(form, &format!("quote_{n}_role"), &t!(lang, "admin-quote-role"), "text", None, false)}
                    {content_area(form, &format!("quote_{n}_text"), &t!(lang, "admin-quote-text"), 3, None, false, written)}
                </fieldset>
            }).collect_view()}
        </fieldset>
        <fieldset class="stack">
            <legend>{t!(lang, "admin-contacts")}</legend>
            <input type="hidden" name="f[contacts]" value=contacts.to_string()/>
            {(1..=contacts).map(|n| view! {
                <fieldset class="stack person">
                    <legend>{t!(lang, "admin-contact-n", n = n)}</legend>
                    {input_field(form, &format!("contact_{n}_name"), &t!(lang, "admin-contact-name"), "text", None, false)}
                    {input_field(form, &format!("contact_{n}_role"), &t!(lang, "admin-contact-role"), "text", None, false)}
                    {input_field(form, &format!("contact_{n}_email"), &t!(lang, "admin-contact-email"), "email", None, false)}
                </fieldset>
            }).collect_view()}
        </fieldset>
    }
}

/// Editing one release.
#[component]
pub fn ReleaseEditScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_release_edit,
        edit_view,
    )
}

fn edit_view(r: ReleaseEdit) -> impl IntoView {
    let form = r.form;
    // Scheduling sends the release out: admins do it (editors prepare and save).
    let admin = r.me.role == "admin";
    let numbers_changed = r.numbers_changed;
    let lang = use_lang();
    let written = Some(r.language.clone());
    let written = written.as_deref();
    let action = lang.href("/api/admin/releases/save");
    let body = view! {
        <h1>{form.value("title")}</h1>
        <p>{t!(lang, "admin-state-label")}" "<strong>{r.state.clone()}</strong>" · "<a href=lang.href(&format!("/admin/releases/{}/preview", r.id))>{t!(lang, "admin-preview-exact")}</a>" · "<a href=lang.href(&super::dashboard::history_href("press_release", &r.id.to_string()))>{t!(lang, "admin-history-link")}</a>
            {r.published.then(|| view! { " · " <a href=lang.href(&format!("/newsroom/{}", r.slug))>{t!(lang, "admin-public-page")}</a> })}</p>
        <p>{r.when.clone()}</p>
        {form_messages(&form)}
        {(!r.published).then(|| view! {
            <form method="post" action=action class="stack admin-form">
                <input type="hidden" name="id" value=r.id.to_string()/>
                {input_field(&form, "title", &t!(lang, "admin-title"), "text", None, true)}
                {input_field(&form, "dateline", &t!(lang, "admin-dateline"), "text", Some(&t!(lang, "admin-dateline-hint")), true)}
                {content_area(&form, "summary", &t!(lang, "admin-summary"), 3, Some(&t!(lang, "admin-summary-hint")), true, written)}
                {content_area(&form, "body_md", &t!(lang, "admin-text"), 14, Some(&t!(lang, "admin-markdown-hint")), true, written)}
                {content_area(&form, "notes_md", &t!(lang, "admin-notes-editors"), 4, None, false, written)}
                {people_fields(&form, written)}
                <fieldset>
                    <legend>{t!(lang, "admin-release-time-legend")}</legend>
                    {input_field(&form, "release_date", &t!(lang, "admin-date"), "text", Some(&t!(lang, "admin-date-hint")), true)}
                    {input_field(&form, "release_time", &t!(lang, "admin-time"), "text", Some(&t!(lang, "admin-time-hint")), true)}
                    {(form.error("publish_now").is_some() || form.value("publish_now") == "yes")
                        .then(|| check_field(&form, "publish_now", &t!(lang, "admin-release-publish-now")))}
                </fieldset>
                {(!numbers_changed.is_empty()).then(|| view! {
                    <fieldset class="stack numbers-changed">
                        <legend>{t!(lang, "admin-release-numbers")}</legend>
                        <p>{t!(lang, "admin-release-numbers-intro")}</p>
                        <ul>{numbers_changed.clone().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                        {check_field(&form, "confirm_numbers", &t!(lang, "admin-release-numbers-confirm"))}
                    </fieldset>
                })}
                <div class="actions">
                    <button type="submit" name="intent" value="save" class="button-secondary">{t!(lang, "admin-save")}</button>
                    {if admin {
                        view! { <button type="submit" name="intent" value="schedule">{t!(lang, "admin-release-schedule")}</button> }.into_any()
                    } else {
                        view! { <p class="hint">{t!(lang, "admin-release-schedule-by-admin")}</p> }.into_any()
                    }}
                    <button type="submit" name="intent" value="unpublish" class="button-secondary">{t!(lang, "admin-release-unpublish")}</button>
                </div>
            </form>
        })}
        {r.deletable.then(|| view! {
            <h2>{t!(lang, "admin-release-delete")}</h2>
            <p>{t!(lang, "admin-release-delete-intro")}</p>
            <form method="post" action=lang.href("/api/admin/releases/delete") class="stack admin-form">
                <input type="hidden" name="id" value=r.id.to_string()/>
                {check_field(&form, "confirm_delete", &t!(lang, "admin-release-delete-confirm"))}
                <button type="submit" class="button-danger">{t!(lang, "admin-release-delete-submit")}</button>
            </form>
        })}
        {r.published.then(|| view! {
            <h2>{t!(lang, "admin-correction-title")}</h2>
            <p>{t!(lang, "admin-correction-intro")}</p>
            <form method="post" action=lang.href("/api/admin/releases/correct") class="stack admin-form">
                <input type="hidden" name="id" value=r.id.to_string()/>
                {input_field(&form, "correction_reason", &t!(lang, "admin-reason"), "text", None, true)}
                {content_area(&form, "correction_text", &t!(lang, "admin-correction"), 4, None, true, written)}
                <button type="submit">{t!(lang, "admin-correction-submit")}</button>
            </form>
        })}
        {(!r.corrections.is_empty()).then(|| view! {
            <h2>{t!(lang, "admin-corrections")}</h2>
            <ul>{r.corrections.into_iter().map(|(at, reason, text)| view! { <li><strong>{at}</strong>" · "{reason}{t!(lang, "admin-colon")}{text}</li> }).collect_view()}</ul>
        })}
    };
    view! { <Title text=t!(lang, "admin-release-edit-title")/> {admin_frame(&r.me, "/admin/releases", body)} }
}

/// A release exactly as published (the public page's own view).
#[component]
pub fn ReleasePreviewScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_release_preview,
        |release| {
            let lang = use_lang();
            view! {
                <p class="notice" role="status">{t!(lang, "admin-release-preview-notice")}</p>
                {crate::pages::newsroom::release_view(release)}
            }
        },
    )
}
