//! `/admin/working-group`: staff edit the working group page.

use leptos::prelude::*;
use leptos_meta::Title;

use super::admin_frame;
use crate::api::working_group::get_working_group_edit;
use crate::components::form::{form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::i18n::Lang;
use crate::model::admin::WorkingGroupEdit;

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
    let body = view! {
        <h1>"Working group page"</h1>
        <p>
            "What "<a href="/working-group">"the public working group page"</a>" says. Saving changes it at once; "
            "the audit log keeps the text before and after."
        </p>
        {form_messages(&form)}
        <form method="post" action="/api/admin/working-group/save" class="stack admin-form">
            <input type="hidden" name="f[version]" value=form.value("version")/>
            {input_field(&form, "as_of", "Described as of", "text", Some("When this description held: YYYY, YYYY-MM or YYYY-MM-DD. Shown on the page."), true)}
            {select_field(&form, "language", "Language of the text", &languages, None, None)}
            {input_field(&form, "name", "Name of the group", "text", None, true)}
            {text_area(&form, "summary", "Summary", 2, Some("One or two sentences under the name."), true)}
            {text_area(&form, "body", "Description", 12, Some("Paragraphs separated by an empty line."), true)}
            {input_field(&form, "objectives_heading", "Heading of the objectives", "text", Some("For example: Objectives for 2016"), false)}
            {text_area(&form, "objectives", "Objectives", 6, Some("One objective per line."), false)}
            <fieldset>
                <legend>"Chair"</legend>
                {input_field(&form, "chair_name", "Name", "text", None, false)}
                {input_field(&form, "chair_role", "Role and city", "text", None, false)}
            </fieldset>
            <fieldset>
                <legend>"Vice-chair"</legend>
                {input_field(&form, "vice_chair_name", "Name", "text", None, false)}
                {input_field(&form, "vice_chair_role", "Role and city", "text", None, false)}
            </fieldset>
            <fieldset>
                <legend>"Eurocities staff contact"</legend>
                {input_field(&form, "contact_name", "Name", "text", None, false)}
                {input_field(&form, "contact_role", "Role", "text", None, false)}
                {input_field(&form, "contact_office", "Office", "text", None, false)}
            </fieldset>
            {input_field(&form, "source_url", "Source", "url", Some("The address of the page this text comes from, starting with https:// (optional)."), false)}
            <button type="submit">"Save the working group page"</button>
        </form>
    };
    view! { <Title text="Working group page"/> {admin_frame(&s.me, "/admin/working-group", body)} }
}
