//! `/admin/account`: the signed-in staff member changes their password and makes recovery
//! codes. Both ask again for the password and a second factor.

use leptos::prelude::*;
use leptos_meta::Title;

use super::admin_frame;
use crate::api::admin::get_account;
use crate::components::form::{form_messages, secret_field};
use crate::components::page_data::await_page;
use crate::i18n::{use_lang, Lang};
use crate::model::admin::{AccountPage, FormState};
use crate::t;

/// The account screen.
#[component]
pub fn AccountScreen() -> impl IntoView {
    await_page(|| (), |()| get_account(), account_view)
}

/// The two fields that prove it is the account's owner (named `password` and `code` after
/// `prefix`: each form of the page has its own).
fn proof_fields(form: &FormState, lang: Lang, prefix: &str) -> impl IntoView {
    view! {
        {secret_field(form, &format!("{prefix}password"), &t!(lang, "admin-account-current"), "password", "current-password", None)}
        {secret_field(form, &format!("{prefix}code"), &t!(lang, "admin-account-code"), "text", "one-time-code", Some(&t!(lang, "admin-account-code-hint")))}
    }
}

fn account_view(p: AccountPage) -> impl IntoView {
    let lang = use_lang();
    let codes: Vec<String> = p
        .form
        .values
        .get("new_codes")
        .map(|c| c.lines().map(str::to_owned).collect())
        .unwrap_or_default();
    let form = p.form;
    let body = view! {
        <h1>{t!(lang, "admin-account-title")}</h1>
        <p>{format!("{} · {}", p.me.name, p.me.email)}</p>
        {form_messages(&form)}
        {(!codes.is_empty()).then(|| view! {
            <section class="notice recovery-codes" aria-labelledby="codes-title">
                <h2 id="codes-title">{t!(lang, "admin-account-codes-new")}</h2>
                <p>{t!(lang, "admin-account-codes-once")}</p>
                <ul class="codes">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
            </section>
        })}
        <h2>{t!(lang, "admin-account-password")}</h2>
        <p>{t!(lang, "admin-account-password-intro")}</p>
        <form method="post" action=lang.href("/api/admin/account/password") class="stack admin-form">
            {proof_fields(&form, lang, "")}
            {secret_field(&form, "new_password", &t!(lang, "admin-account-new"), "password", "new-password", Some(&t!(lang, "admin-account-new-hint")))}
            <button type="submit">{t!(lang, "admin-account-password-submit")}</button>
        </form>
        <h2>{t!(lang, "admin-account-codes")}</h2>
        <p>{t!(lang, "admin-account-codes-intro", left = p.recovery_left)}</p>
        <form method="post" action=lang.href("/api/admin/account/recovery-codes") class="stack admin-form">
            {proof_fields(&form, lang, "codes_")}
            <button type="submit" class="button-secondary">{t!(lang, "admin-account-codes-submit")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-account-title")/> {admin_frame(&p.me, "/admin/account", body)} }
}
