//! `/admin/releases`, `/admin/releases/{id}` (edit, schedule, correct) and
//! `/admin/releases/{id}/preview` (exactly as it will be published).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::admin_frame;
use crate::api::admin::{get_release_edit, get_release_list, get_release_preview};
use crate::components::form::{check_field, content_area, form_messages, input_field};
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{ReleaseEdit, ReleaseList};
use crate::t;

/// Every press release.
#[component]
pub fn ReleasesScreen() -> impl IntoView {
    await_page(|| (), |()| get_release_list(), list_view)
}

fn list_view(l: ReleaseList) -> impl IntoView {
    let lang = use_lang();
    let body = view! {
        <h1>{t!(lang, "admin-nav-releases")}</h1>
        <p>{t!(lang, "admin-releases-intro")}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-releases-caption")}</caption>
                <thead><tr><th scope="col">{t!(lang, "admin-title")}</th><th scope="col">{t!(lang, "admin-state")}</th><th scope="col">{t!(lang, "admin-release-time")}</th></tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr><td><a href=lang.href(&format!("/admin/releases/{}", r.id))>{r.title}</a></td><td>{r.state}</td><td>{r.release_at}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    };
    view! { <Title text=t!(lang, "admin-nav-releases")/> {admin_frame(&l.me, "/admin/releases", body)} }
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
        {form_messages(&form)}
        {(!r.published).then(|| view! {
            <form method="post" action=action class="stack admin-form">
                <input type="hidden" name="id" value=r.id.to_string()/>
                {input_field(&form, "title", &t!(lang, "admin-title"), "text", None, true)}
                {input_field(&form, "dateline", &t!(lang, "admin-dateline"), "text", Some(&t!(lang, "admin-dateline-hint")), true)}
                {content_area(&form, "summary", &t!(lang, "admin-summary"), 3, Some(&t!(lang, "admin-summary-hint")), true, written)}
                {content_area(&form, "body_md", &t!(lang, "admin-text"), 14, Some(&t!(lang, "admin-markdown-hint")), true, written)}
                {content_area(&form, "notes_md", &t!(lang, "admin-notes-editors"), 4, None, false, written)}
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
