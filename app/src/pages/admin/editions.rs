//! `/admin/editions` (list, new draft), `/admin/editions/{id}` (edit the structured text,
//! add a section, publish) and `/admin/editions/{id}/preview` (as the public page shows it).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::admin_frame;
use crate::api::admin::{get_edition_edit, get_edition_preview, get_editions};
use crate::components::form::{
    check_field, content_area, form_messages, input_field, select_field,
};
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::admin::{EditionEdit, EditionList};
use crate::t;

/// The editions.
#[component]
pub fn EditionsScreen() -> impl IntoView {
    await_page(|| (), |()| get_editions(), list_view)
}

/// "draft", "published, current" in `lang`.
fn status_text(lang: Lang, status: &str, current: bool) -> String {
    let status = lang.t_or(&format!("edition-status-{status}"), status);
    if current {
        t!(lang, "edition-status-current", status = &status)
    } else {
        status
    }
}

fn list_view(l: EditionList) -> impl IntoView {
    let lang = use_lang();
    let body = view! {
        <h1>{t!(lang, "admin-editions-title")}</h1>
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-editions-caption")}</caption>
                <thead><tr><th scope="col">{t!(lang, "admin-edition")}</th><th scope="col">{t!(lang, "admin-status")}</th><th scope="col">{t!(lang, "admin-notes")}</th></tr></thead>
                <tbody>
                    {l.rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=lang.href(&format!("/admin/editions/{}", r.id))>{format!("{} ({})", r.title, r.slug)}</a></td>
                            <td>{status_text(lang, &r.status, r.current)}</td>
                            <td>
                                {r.translation_of.clone().map(|o| format!("{} ", t!(lang, "admin-edition-translation-of", language = r.language.as_str(), original = &o)))}
                                {r.preamble_missing.then(|| t!(lang, "admin-preamble-missing"))}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2>{t!(lang, "admin-edition-new")}</h2>
        <p>{t!(lang, "admin-edition-new-intro")}</p>
        {form_messages(&l.form)}
        <form method="post" action=lang.href("/api/admin/editions/create") class="stack admin-form">
            {input_field(&l.form, "slug", &t!(lang, "admin-edition-slug"), "text", Some(&t!(lang, "admin-edition-slug-hint")), true)}
            {input_field(&l.form, "title", &t!(lang, "admin-title"), "text", Some(&t!(lang, "admin-edition-title-hint")), true)}
            <button type="submit">{t!(lang, "admin-edition-create")}</button>
        </form>
        <h2>{t!(lang, "admin-edition-translate")}</h2>
        <p>
            {t!(lang, "admin-edition-translate-intro")}
        </p>
        <form method="post" action=lang.href("/api/admin/editions/translate") class="stack admin-form">
            {select_field(&l.form, "original", &t!(lang, "admin-edition"), &l.originals, Some(&t!(lang, "admin-choose-edition")), None)}
            {select_field(&l.form, "language", &t!(lang, "admin-translation-language"), &l.languages, Some(&t!(lang, "admin-choose-language")), None)}
            <button type="submit">{t!(lang, "admin-edition-translate-start")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-editions-title")/> {admin_frame(&l.me, "/admin/editions", body)} }
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
    let lang = use_lang();
    let language = e.language.clone();
    let written = Some(language.as_str());
    let positions = vec![
        ("first".to_owned(), t!(lang, "admin-section-first")),
        ("last".to_owned(), t!(lang, "admin-section-last")),
    ];
    let body = view! {
        <h1>{t!(lang, "admin-edition-heading", slug = &e.slug)}</h1>
        <p><a href=lang.href(&super::dashboard::history_href("edition", &e.slug))>{t!(lang, "admin-history-link")}</a></p>
        {e.translation_of.clone().map(|o| view! {
            <p class="notice">{t!(lang, "admin-edition-is-translation", original = &o)}</p>
        })}
        <p>{t!(lang, "admin-status-label")}" "<strong>{status_text(lang, &e.status, e.current)}</strong>
            " · "<a href=lang.href(&format!("/admin/editions/{}/preview", e.id))>{t!(lang, "admin-preview-published")}</a></p>
        {form_messages(&form)}
        <form method="post" action=lang.href("/api/admin/editions/save") class="stack admin-form">
            <input type="hidden" name="id" value=e.id.to_string()/>
            <fieldset>
                <legend>{t!(lang, "admin-edition-about")}</legend>
                {input_field(&form, "title", &t!(lang, "admin-title"), "text", None, true)}
                {input_field(&form, "subtitle", &t!(lang, "admin-subtitle"), "text", None, false)}
                {content_area(&form, "editorial_note", &t!(lang, "admin-editorial-note"), 3, Some(&t!(lang, "admin-editorial-note-hint")), false, written)}
                {check_field(&form, "preamble_complete", &t!(lang, "admin-preamble-complete"))}
            </fieldset>
            {e.sections.iter().map(|s| view! {
                <fieldset>
                    <legend>{format!("{} · ", lang.t_or(&format!("section-kind-{}", s.kind), &s.kind))}<span lang=language.clone()>{s.label.clone()}</span></legend>
                    {input_field(&form, &format!("{}_heading", s.field), &t!(lang, "admin-heading"), "text", None, false)}
                    {content_area(&form, &format!("{}_body", s.field), &t!(lang, "admin-paragraphs"), 5, Some(&t!(lang, "admin-paragraphs-hint")), false, written)}
                    {content_area(&form, &format!("{}_items", s.field), &t!(lang, "admin-commitments"), 5, Some(&t!(lang, "admin-one-per-line")), false, written)}
                </fieldset>
            }).collect_view()}
            <fieldset>
                <legend>{t!(lang, "admin-section-add")}</legend>
                {select_field(&form, "new_kind", &t!(lang, "admin-section-kind"), &e.kinds, Some(&t!(lang, "admin-section-none")), None)}
                {input_field(&form, "new_key", &t!(lang, "admin-section-key"), "text", Some(&t!(lang, "admin-section-key-hint")), false)}
                {select_field(&form, "new_position", &t!(lang, "admin-section-where"), &positions, None, None)}
                {input_field(&form, "new_heading", &t!(lang, "admin-heading"), "text", None, false)}
                {content_area(&form, "new_body", &t!(lang, "admin-paragraphs"), 5, Some(&t!(lang, "admin-paragraphs-hint")), false, written)}
                {content_area(&form, "new_items", &t!(lang, "admin-commitments"), 4, Some(&t!(lang, "admin-one-per-line")), false, written)}
            </fieldset>
            <div class="actions">
                <button type="submit" name="intent" value="save">{t!(lang, "admin-save")}</button>
                {(e.status == "draft" && e.me.is_admin()).then(|| view! {
                    <button type="submit" name="intent" value="publish" class="button-secondary">
                        {if translation { t!(lang, "admin-publish-translation") } else { t!(lang, "admin-publish-current") }}
                    </button>
                })}
            </div>
            {(e.status == "draft" && !e.me.is_admin()).then(|| view! { <p class="hint">{t!(lang, "msg-edition-publish-admin")}</p> })}
        </form>
        {(e.status == "draft").then(|| view! {
            <h2>{t!(lang, "admin-edition-delete")}</h2>
            <p>{t!(lang, "admin-edition-delete-intro")}</p>
            <form method="post" action=lang.href("/api/admin/editions/save") class="stack admin-form">
                <input type="hidden" name="id" value=e.id.to_string()/>
                <input type="hidden" name="intent" value="delete"/>
                {check_field(&form, "confirm_delete", &t!(lang, "admin-edition-delete-confirm"))}
                <button type="submit" class="button-danger">{t!(lang, "admin-edition-delete-submit")}</button>
            </form>
        })}
    };
    view! { <Title text=t!(lang, "admin-edition-edit-title")/> {admin_frame(&e.me, "/admin/editions", body)} }
}

/// An edition as its public page will show it.
#[component]
pub fn EditionPreviewScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_edition_preview,
        |page| {
            let lang = use_lang();
            view! {
                <p class="notice" role="status">{t!(lang, "admin-edition-preview-notice")}</p>
                <crate::pages::charter::EditionView page/>
            }
        },
    )
}
