//! `/admin/editions` (list, new draft), `/admin/editions/{id}` (edit the structured text,
//! add a section, publish) and `/admin/editions/{id}/preview` (as the public page shows it).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::admin_frame;
use crate::api::admin::{get_edition_edit, get_edition_preview, get_editions};
use crate::components::form::{check_field, form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::model::admin::{EditionEdit, EditionList};

/// The editions.
#[component]
pub fn EditionsScreen() -> impl IntoView {
    await_page(|| (), |()| get_editions(), list_view)
}

fn list_view(l: EditionList) -> impl IntoView {
    let body = view! {
        <h1>"Charter editions"</h1>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Table, scrolls sideways on small screens">
            <table class="data">
                <caption>"Editions, newest first"</caption>
                <thead><tr><th scope="col">"Edition"</th><th scope="col">"Status"</th><th scope="col">"Notes"</th></tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=format!("/admin/editions/{}", r.id)>{format!("{} ({})", r.title, r.slug)}</a></td>
                            <td>{if r.current { format!("{}, current", r.status) } else { r.status.clone() }}</td>
                            <td>
                                {r.translation_of.clone().map(|o| format!("Translation ({}) of {o}. ", r.language))}
                                {r.preamble_missing.then_some("Preamble missing")}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2>"Start a new edition"</h2>
        <p>"The new edition starts as a draft copy of the current one. Edit it, preview it, then publish it: it becomes the current edition and the earlier ones stay readable."</p>
        {form_messages(&l.form)}
        <form method="post" action="/api/admin/editions/create" class="stack admin-form">
            {input_field(&l.form, "slug", "Year (its address)", "text", Some("e.g. 2030"), true)}
            {input_field(&l.form, "title", "Title", "text", Some("e.g. 2030 edition"), true)}
            <button type="submit">"Create the draft"</button>
        </form>
        <h2>"Translate an edition"</h2>
        <p>
            "The translation starts as a draft copy of the edition's text. Translate each section, preview it, then publish it: "
            "the pages in its language show it in place of the original, with a link to the original. It never becomes the current edition itself."
        </p>
        <form method="post" action="/api/admin/editions/translate" class="stack admin-form">
            {select_field(&l.form, "original", "Edition", &l.originals, Some("Choose an edition"), None)}
            {select_field(&l.form, "language", "Language of the translation", &l.languages, Some("Choose a language"), None)}
            <button type="submit">"Start the translation"</button>
        </form>
    };
    view! { <Title text="Charter editions"/> {admin_frame(&l.me, "/admin/editions", body)} }
}

/// Editing one edition.
#[component]
pub fn EditionEditScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_edition_edit,
        edit_view,
    )
}

fn edit_view(e: EditionEdit) -> impl IntoView {
    let form = e.form;
    let translation = e.translation_of.is_some();
    let positions = vec![
        (
            "first".to_owned(),
            "At the start (e.g. a preamble)".to_owned(),
        ),
        ("last".to_owned(), "At the end".to_owned()),
    ];
    let body = view! {
        <h1>{format!("Edition {}", e.slug)}</h1>
        {e.translation_of.clone().map(|o| view! {
            <p class="notice">{format!("A translation of the {o} edition. Publishing it shows it on the pages in its language; it does not change the current edition.")}</p>
        })}
        <p>"Status: "<strong>{if e.current { format!("{}, current", e.status) } else { e.status.clone() }}</strong>
            " · "<a href=format!("/admin/editions/{}/preview", e.id)>"Preview as published"</a></p>
        {form_messages(&form)}
        <form method="post" action="/api/admin/editions/save" class="stack admin-form">
            <input type="hidden" name="id" value=e.id.to_string()/>
            <fieldset>
                <legend>"About the edition"</legend>
                {input_field(&form, "title", "Title", "text", None, true)}
                {input_field(&form, "subtitle", "Subtitle", "text", None, false)}
                {text_area(&form, "editorial_note", "Editorial note", 3, Some("Shown above the text, e.g. what the source lacks."), false)}
                {check_field(&form, "preamble_complete", "The preamble is complete")}
            </fieldset>
            {e.sections.iter().map(|s| view! {
                <fieldset>
                    <legend>{s.label.clone()}</legend>
                    {input_field(&form, &format!("{}_heading", s.field), "Heading", "text", None, false)}
                    {text_area(&form, &format!("{}_body", s.field), "Paragraphs", 5, Some("A blank line between paragraphs."), false)}
                    {text_area(&form, &format!("{}_items", s.field), "Listed commitments", 5, Some("One per line."), false)}
                </fieldset>
            }).collect_view()}
            <fieldset>
                <legend>"Add a section (optional)"</legend>
                {select_field(&form, "new_kind", "Kind", &e.kinds, Some("No new section"), None)}
                {input_field(&form, "new_key", "Key", "text", Some("A short name, e.g. preamble."), false)}
                {select_field(&form, "new_position", "Where", &positions, None, None)}
                {input_field(&form, "new_heading", "Heading", "text", None, false)}
                {text_area(&form, "new_body", "Paragraphs", 5, Some("A blank line between paragraphs."), false)}
                {text_area(&form, "new_items", "Listed commitments", 4, Some("One per line."), false)}
            </fieldset>
            <div class="actions">
                <button type="submit" name="intent" value="save">"Save"</button>
                {(e.status == "draft").then(|| view! {
                    <button type="submit" name="intent" value="publish" class="button-secondary">
                        {if translation { "Publish the translation" } else { "Publish as the current edition" }}
                    </button>
                })}
            </div>
        </form>
    };
    view! { <Title text="Edit edition"/> {admin_frame(&e.me, "/admin/editions", body)} }
}

/// An edition as its public page will show it.
#[component]
pub fn EditionPreviewScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_edition_preview,
        |page| {
            view! {
                <p class="notice" role="status">"Preview: this is how the edition reads on its public page."</p>
                <crate::pages::charter::EditionView page/>
            }
        },
    )
}
