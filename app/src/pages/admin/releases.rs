//! `/admin/releases`, `/admin/releases/{id}` (edit, schedule, correct) and
//! `/admin/releases/{id}/preview` (exactly as it will be published).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::admin_frame;
use crate::api::admin::{get_release_edit, get_release_list, get_release_preview};
use crate::components::form::{form_messages, input_field, text_area};
use crate::components::page_data::await_page;
use crate::model::admin::{ReleaseEdit, ReleaseList};

/// Every press release.
#[component]
pub fn ReleasesScreen() -> impl IntoView {
    await_page(|| (), |()| get_release_list(), list_view)
}

fn list_view(l: ReleaseList) -> impl IntoView {
    let body = view! {
        <h1>"Press releases"</h1>
        <p>"Drafts are drafted from a saved signing (“Draft a press release”). Scheduled releases stay under embargo until their time."</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Table, scrolls sideways on small screens">
            <table class="data">
                <caption>"Press releases, drafts and scheduled first"</caption>
                <thead><tr><th scope="col">"Title"</th><th scope="col">"State"</th><th scope="col">"Release time"</th></tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr><td><a href=format!("/admin/releases/{}", r.id)>{r.title}</a></td><td>{r.state}</td><td>{r.release_at}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    };
    view! { <Title text="Press releases"/> {admin_frame(&l.me, "/admin/releases", body)} }
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
    let action = "/api/admin/releases/save";
    let body = view! {
        <h1>{form.value("title")}</h1>
        <p>"State: "<strong>{r.state.clone()}</strong>" · "<a href=format!("/admin/releases/{}/preview", r.id)>"Preview exactly as published"</a>
            {r.published.then(|| view! { " · " <a href=format!("/newsroom/{}", r.slug)>"Public page"</a> })}</p>
        {form_messages(&form)}
        {(!r.published).then(|| view! {
            <form method="post" action=action class="stack admin-form">
                <input type="hidden" name="id" value=r.id.to_string()/>
                {input_field(&form, "title", "Title", "text", None, true)}
                {input_field(&form, "dateline", "Dateline", "text", Some("The city it is sent from, e.g. Brussels."), true)}
                {text_area(&form, "summary", "Summary", 3, Some("One paragraph: lists and feeds show it."), true)}
                {text_area(&form, "body_md", "Text", 14, Some("Markdown: blank line between paragraphs, **bold**, [link](https://…)."), true)}
                {text_area(&form, "notes_md", "Notes to editors", 4, None, false)}
                <fieldset>
                    <legend>"Release time (Brussels time)"</legend>
                    {input_field(&form, "release_date", "Date", "text", Some("YYYY-MM-DD"), true)}
                    {input_field(&form, "release_time", "Time", "text", Some("HH:MM, 24-hour"), true)}
                </fieldset>
                <div class="actions">
                    <button type="submit" name="intent" value="save" class="button-secondary">"Save"</button>
                    <button type="submit" name="intent" value="schedule">"Publish at the release time"</button>
                    <button type="submit" name="intent" value="unpublish" class="button-secondary">"Back to draft"</button>
                </div>
            </form>
        })}
        {r.published.then(|| view! {
            <h2>"Append a correction"</h2>
            <p>"A public release is never rewritten silently: a correction is shown on it with its date and reason, and announced in the changes feed."</p>
            <form method="post" action="/api/admin/releases/correct" class="stack admin-form">
                <input type="hidden" name="id" value=r.id.to_string()/>
                {input_field(&form, "correction_reason", "Reason", "text", None, true)}
                {text_area(&form, "correction_text", "Correction", 4, None, true)}
                <button type="submit">"Append the correction"</button>
            </form>
        })}
        {(!r.corrections.is_empty()).then(|| view! {
            <h2>"Corrections"</h2>
            <ul>{r.corrections.into_iter().map(|(at, reason, text)| view! { <li><strong>{at}</strong>" · "{reason}": "{text}</li> }).collect_view()}</ul>
        })}
    };
    view! { <Title text="Edit press release"/> {admin_frame(&r.me, "/admin/releases", body)} }
}

/// A release exactly as published (the public page's own view).
#[component]
pub fn ReleasePreviewScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_release_preview,
        |release| {
            view! {
                <p class="notice" role="status">"Preview: this is how the release will look when it is public."</p>
                {crate::pages::newsroom::release_view(release)}
            }
        },
    )
}
