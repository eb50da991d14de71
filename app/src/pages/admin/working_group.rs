//! `/admin/working-group`: staff edit the working group page.

use leptos::prelude::*;
use leptos_meta::Title;

use super::admin_frame;
use crate::api::working_group::get_working_group_edit;
use crate::components::form::{content_area, form_messages, input_field, select_field};
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::admin::WorkingGroupEdit;
use crate::t;

/// The edit screen.
#[component]
pub fn WorkingGroupScreen() -> impl IntoView {
    await_page(|| (), |()| get_working_group_edit(), edit_view)
}

fn edit_view(s: WorkingGroupEdit) -> impl IntoView {
    let form = s.form;
    let languages: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_owned(), l.own_name().to_owned()))
        .collect();
    let lang = use_lang();
    let written = Some(form.value("language")).filter(|l| !l.is_empty());
    let written = written.as_deref();
    let body = view! {
        <h1>{t!(lang, "admin-wg-title")}</h1>
        <p>
            {t!(lang, "admin-wg-intro-before")}" "<a href=lang.href("/working-group")>{t!(lang, "admin-wg-intro-link")}</a>{t!(lang, "admin-wg-intro-after")}
        </p>
        {form_messages(&form)}
        <form method="post" action=lang.href("/api/admin/working-group/save") class="stack admin-form">
            <input type="hidden" name="f[version]" value=form.value("version")/>
            {input_field(&form, "as_of", &t!(lang, "admin-wg-as-of"), "text", Some(&t!(lang, "admin-wg-as-of-hint")), true)}
            {select_field(&form, "language", &t!(lang, "admin-wg-language"), &languages, None, None)}
            {input_field(&form, "name", &t!(lang, "admin-wg-name"), "text", None, true)}
            {content_area(&form, "summary", &t!(lang, "admin-summary"), 2, Some(&t!(lang, "admin-wg-summary-hint")), true, written)}
            {content_area(&form, "body", &t!(lang, "admin-wg-body"), 12, Some(&t!(lang, "admin-paragraphs-hint")), true, written)}
            {input_field(&form, "objectives_heading", &t!(lang, "admin-wg-objectives-heading"), "text", Some(&t!(lang, "admin-wg-objectives-heading-hint")), false)}
            {content_area(&form, "objectives", &t!(lang, "admin-wg-objectives"), 6, Some(&t!(lang, "admin-wg-objectives-hint")), false, written)}
            <fieldset>
                <legend>{t!(lang, "admin-wg-chair")}</legend>
                {input_field(&form, "chair_name", &t!(lang, "admin-name"), "text", None, false)}
                {input_field(&form, "chair_role", &t!(lang, "admin-wg-role-city"), "text", None, false)}
            </fieldset>
            <fieldset>
                <legend>{t!(lang, "admin-wg-vice-chair")}</legend>
                {input_field(&form, "vice_chair_name", &t!(lang, "admin-name"), "text", None, false)}
                {input_field(&form, "vice_chair_role", &t!(lang, "admin-wg-role-city"), "text", None, false)}
            </fieldset>
            <fieldset>
                <legend>{t!(lang, "admin-wg-contact")}</legend>
                {input_field(&form, "contact_name", &t!(lang, "admin-name"), "text", None, false)}
                {input_field(&form, "contact_role", &t!(lang, "admin-wg-contact-role"), "text", None, false)}
                {input_field(&form, "contact_office", &t!(lang, "admin-wg-office"), "text", None, false)}
            </fieldset>
            {input_field(&form, "source_url", &t!(lang, "admin-wg-source"), "url", Some(&t!(lang, "admin-wg-source-hint")), false)}
            <button type="submit">{t!(lang, "admin-wg-save")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-wg-title")/> {admin_frame(&s.me, "/admin/working-group", body)} }
}
