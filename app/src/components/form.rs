//! Form parts for the staff screens: labelled fields that show their error next to them
//! (`aria-invalid`, `aria-describedby`), an error summary that links to each field, and notices.
//! Field names are `f[name]`, ids `f-name`.

use leptos::prelude::*;

use crate::i18n::use_lang;
use crate::model::admin::FormState;
use crate::t;

fn described(form: &FormState, name: &str, hint: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("f-{name}-hint"));
    }
    if form.error(name).is_some() {
        ids.push(format!("f-{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn label_and_messages(
    form: &FormState,
    name: &str,
    label: &str,
    hint: Option<&str>,
    required: bool,
) -> impl IntoView {
    let id = format!("f-{name}");
    let lang = use_lang();
    view! {
        <label for=id>{label.to_owned()}{required.then(|| view! { <span class="required">{format!(" ({})", t!(lang, "form-required"))}</span> })}</label>
        {hint.map(|h| view! { <p class="hint" id=format!("f-{name}-hint")>{h.to_owned()}</p> })}
        {form.error(name).map(|e| view! { <p class="field-error" id=format!("f-{name}-error")>{e}</p> })}
    }
}

/// A one-line input.
#[must_use]
pub fn input_field(
    form: &FormState,
    name: &str,
    label: &str,
    kind: &'static str,
    hint: Option<&str>,
    required: bool,
) -> impl IntoView {
    one_line(
        form,
        name,
        label,
        (kind, None),
        hint,
        required,
        Some(form.value(name)),
    )
}

/// The one-line input both kinds of field draw: `value` written back (or not), with an
/// `autocomplete` token when given.
fn one_line(
    form: &FormState,
    name: &str,
    label: &str,
    (kind, autocomplete): (&'static str, Option<&'static str>),
    hint: Option<&str>,
    required: bool,
    value: Option<String>,
) -> impl IntoView {
    let invalid = form.error(name).is_some();
    view! {
        <div class="field" class:invalid=invalid>
            {label_and_messages(form, name, label, hint, required)}
            <input
                type=kind
                id=format!("f-{name}")
                name=format!("f[{name}]")
                value=value
                autocomplete=autocomplete
                required=required
                aria-invalid=invalid.then_some("true")
                aria-describedby=described(form, name, hint.is_some())
            />
        </div>
    }
}

/// A required input whose value is never written back into the page (a password, a one-time
/// code), with the `autocomplete` token password managers and phones read
/// (`current-password`, `new-password`, `one-time-code`).
#[must_use]
pub fn secret_field(
    form: &FormState,
    name: &str,
    label: &str,
    kind: &'static str,
    autocomplete: &'static str,
    hint: Option<&str>,
) -> impl IntoView {
    one_line(
        form,
        name,
        label,
        (kind, Some(autocomplete)),
        hint,
        true,
        None,
    )
}

/// A file picker (the form must be `multipart/form-data`): PDF, PNG or JPEG. A browser never
/// sends a chosen file again, so a refused form asks for it once more in its error.
#[must_use]
pub fn file_field(form: &FormState, name: &str, label: &str, hint: Option<&str>) -> impl IntoView {
    let invalid = form.error(name).is_some();
    view! {
        <div class="field" class:invalid=invalid>
            {label_and_messages(form, name, label, hint, false)}
            <input
                type="file"
                id=format!("f-{name}")
                name=name.to_owned()
                accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                aria-invalid=invalid.then_some("true")
                aria-describedby=described(form, name, hint.is_some())
            />
        </div>
    }
}

/// A multi-line input (content escaped by hand: Leptos writes textarea content raw).
#[must_use]
pub fn text_area(
    form: &FormState,
    name: &str,
    label: &str,
    rows: u32,
    hint: Option<&str>,
    required: bool,
) -> impl IntoView {
    content_area(form, name, label, rows, hint, required, None)
}

/// A multi-line input for content written in `content_lang` (a charter section, a release):
/// the text carries its own `lang`, the label stays in the interface's language.
#[must_use]
pub fn content_area(
    form: &FormState,
    name: &str,
    label: &str,
    rows: u32,
    hint: Option<&str>,
    required: bool,
    content_lang: Option<&str>,
) -> impl IntoView {
    let invalid = form.error(name).is_some();
    let content_lang = content_lang.map(str::to_owned);
    view! {
        <div class="field" class:invalid=invalid>
            {label_and_messages(form, name, label, hint, required)}
            <textarea
                id=format!("f-{name}")
                name=format!("f[{name}]")
                lang=content_lang
                rows=rows
                required=required
                aria-invalid=invalid.then_some("true")
                aria-describedby=described(form, name, hint.is_some())
                inner_html=domain::text::escape_attr(&form.value(name))
            ></textarea>
        </div>
    }
}

/// A select; `empty` adds a first option with an empty value.
#[must_use]
pub fn select_field(
    form: &FormState,
    name: &str,
    label: &str,
    choices: &[(String, String)],
    empty: Option<&str>,
    hint: Option<&str>,
) -> impl IntoView {
    select(form, name, label, choices, empty, hint, false)
}

/// A select the form cannot go without (marked so, and `required` for the browser).
#[must_use]
pub fn required_select_field(
    form: &FormState,
    name: &str,
    label: &str,
    choices: &[(String, String)],
    empty: Option<&str>,
    hint: Option<&str>,
) -> impl IntoView {
    select(form, name, label, choices, empty, hint, true)
}

fn select(
    form: &FormState,
    name: &str,
    label: &str,
    choices: &[(String, String)],
    empty: Option<&str>,
    hint: Option<&str>,
    required: bool,
) -> impl IntoView {
    let invalid = form.error(name).is_some();
    let current = form.value(name);
    view! {
        <div class="field" class:invalid=invalid>
            {label_and_messages(form, name, label, hint, required)}
            <select
                id=format!("f-{name}")
                name=format!("f[{name}]")
                required=required
                aria-invalid=invalid.then_some("true")
                aria-describedby=described(form, name, hint.is_some())
            >
                {empty.map(|e| view! { <option value="">{e.to_owned()}</option> })}
                {choices
                    .iter()
                    .map(|(v, l)| view! { <option value=v.clone() selected=*v == current>{l.clone()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A yes/no checkbox (`yes` when checked).
#[must_use]
pub fn check_field(form: &FormState, name: &str, label: &str) -> impl IntoView {
    let invalid = form.error(name).is_some();
    view! {
        <div class="field check" class:invalid=invalid>
            {form.error(name).map(|e| view! { <p class="field-error" id=format!("f-{name}-error")>{e}</p> })}
            <input
                type="checkbox"
                id=format!("f-{name}")
                name=format!("f[{name}]")
                value="yes"
                checked=form.value(name) == "yes"
                aria-invalid=invalid.then_some("true")
                aria-describedby=described(form, name, false)
            />
            <label for=format!("f-{name}")>{label.to_owned()}</label>
        </div>
    }
}

/// The notice and, when fields have errors, a summary linking to each of them.
#[must_use]
pub fn form_messages(form: &FormState) -> impl IntoView {
    messages(form, &[], false)
}

/// [`form_messages`] for a form inside a section with its own `h2`: the summary's heading is
/// an `h3`, and its errors follow `order` (the fields as the form lays them out; others after).
#[must_use]
pub fn section_form_messages(form: &FormState, order: &[&str]) -> impl IntoView {
    messages(form, order, true)
}

fn messages(form: &FormState, order: &[&str], in_section: bool) -> impl IntoView {
    let mut errors: Vec<(String, String)> = form
        .errors
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    errors.sort_by_key(|(k, _)| order.iter().position(|o| o == k).unwrap_or(order.len()));
    let failed = !errors.is_empty();
    let lang = use_lang();
    let title = t!(lang, "form-problem");
    view! {
        {form.notice.clone().map(|n| view! { <p class="notice" class:notice-error=failed role="status">{n}</p> })}
        {failed.then(|| view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                {if in_section {
                    view! { <h3 id="error-summary-title">{title.clone()}</h3> }.into_any()
                } else {
                    view! { <h2 id="error-summary-title">{title.clone()}</h2> }.into_any()
                }}
                <ul>
                    {errors.into_iter().map(|(k, v)| view! { <li><a href=format!("#f-{k}")>{v}</a></li> }).collect_view()}
                </ul>
            </div>
        })}
    }
}

/// A list filter's choice (a GET form, no kept state): `name` is the field, `id` its element,
/// `any` the first option (every value), `choices` `(value, label)` pairs, `current` the value
/// the list is filtered by (compared ignoring ASCII case, as the filters read it).
pub fn filter_select(
    id: String,
    name: &'static str,
    label: String,
    any: String,
    choices: Vec<(String, String)>,
    current: &str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="" selected=current.is_empty()>{any}</option>
                {choices
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = value.eq_ignore_ascii_case(current);
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
