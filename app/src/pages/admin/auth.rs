//! `/admin/login`, `/admin/login/code` and `/admin/setup/{token}`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::admin_auth::{get_code_page, get_login_page, get_setup_page};
use crate::components::form::form_messages;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{LoginPage, SecondFactorPage, SetupPage};
use crate::t;

/// Step one of the staff login.
#[component]
pub fn LoginScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (q.get("next"), q.get("failed"), q.get("ended"))
        },
        |(next, failed, ended)| get_login_page(next, failed, ended),
        login_view,
    )
}

fn login_view(p: LoginPage) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "admin-login-title")/>
        <section class="narrow">
            <h1>{t!(lang, "admin-login-title")}</h1>
            <p>{t!(lang, "admin-login-intro")}</p>
            {p.failed.then(|| view! {
                <p class="notice notice-error" role="alert">
                    {if p.busy { t!(lang, "admin-login-busy") } else { t!(lang, "admin-login-failed") }}
                </p>
            })}
            {p.ended.then(|| view! { <p class="notice" role="status">{t!(lang, "admin-logged-out")}</p> })}
            <form method="post" action=lang.href("/api/admin/login") class="stack">
                <input type="hidden" name="next" value=p.next/>
                <div class="field">
                    <label for="email">{t!(lang, "admin-email")}</label>
                    <input type="email" id="email" name="email" autocomplete="username" required/>
                </div>
                <div class="field">
                    <label for="password">{t!(lang, "admin-password")}</label>
                    <input type="password" id="password" name="password" autocomplete="current-password" required/>
                </div>
                <button type="submit">{t!(lang, "admin-continue")}</button>
            </form>
        </section>
    }
}

/// Step two: the TOTP code, or setting up an authenticator at first login.
#[component]
pub fn CodeScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (q.get("next"), q.get("failed"))
        },
        |(next, failed)| get_code_page(next, failed),
        code_view,
    )
}

fn code_view(p: SecondFactorPage) -> impl IntoView {
    let lang = use_lang();
    let title = if p.enroll {
        t!(lang, "admin-code-enroll-title")
    } else {
        t!(lang, "admin-code-title")
    };
    view! {
        <Title text=title.clone()/>
        <section class="narrow">
            <h1>{title}</h1>
            {p.failed.then(|| view! {
                <p class="notice notice-error" role="alert">{t!(lang, "admin-code-failed")}</p>
            })}
            {p.enroll.then(|| view! {
                <p>{t!(lang, "admin-code-enroll-intro")}</p>
                {p.qr_svg.clone().map(|svg| view! { <div class="qr" role="img" aria-label=t!(lang, "admin-code-qr") inner_html=svg></div> })}
                <p class="secret"><span class="visually-hidden">{t!(lang, "admin-code-key")}" "</span><code id="totp-secret">{p.secret.clone().unwrap_or_default()}</code></p>
                {p.otpauth_url.clone().map(|url| view! { <p><a href=url>{t!(lang, "admin-code-open")}</a></p> })}
            })}
            <form method="post" action=lang.href("/api/admin/login/code") class="stack">
                <input type="hidden" name="next" value=p.next/>
                <div class="field">
                    <label for="code">{t!(lang, "admin-code-label")}</label>
                    {if p.enroll {
                        view! { <input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" required/> }.into_any()
                    } else {
                        // A recovery code (letters) is accepted too: no digits-only pattern here.
                        view! {
                            <p class="hint" id="code-hint">{t!(lang, "admin-code-recovery-hint")}</p>
                            <input type="text" id="code" name="code" autocomplete="one-time-code" aria-describedby="code-hint" maxlength="64" required/>
                        }.into_any()
                    }}
                </div>
                <button type="submit">{t!(lang, "admin-log-in")}</button>
            </form>
        </section>
    }
}

/// The page behind a one-time setup or invitation link.
#[component]
pub fn SetupScreen() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (
                params.read().get("token").unwrap_or_default(),
                q.get("name"),
                q.get("email"),
                q.get("err_name"),
                q.get("err_email"),
                q.get("err_password"),
            )
        },
        |(token, name, email, en, ee, ep)| get_setup_page(token, name, email, en, ee, ep),
        setup_view,
    )
}

fn setup_view(p: SetupPage) -> impl IntoView {
    let form = p.form;
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "admin-setup-title")/>
        <section class="narrow">
            <h1>{t!(lang, "admin-setup-title")}</h1>
            <p>{t!(lang, "admin-setup-intro", role = &lang.t_or(&format!("role-{}", p.role), &p.role))}</p>
            {form_messages(&form)}
            <form method="post" action=lang.href("/api/admin/setup") class="stack">
                <input type="hidden" name="token" value=p.token/>
                <div class="field" class:invalid=form.error("name").is_some()>
                    <label for="f-name">{t!(lang, "admin-your-name")}</label>
                    {form.error("name").map(|e| view! { <p class="field-error" id="f-name-error">{e}</p> })}
                    <input type="text" id="f-name" name="name" value=form.value("name") autocomplete="name" required/>
                </div>
                <div class="field" class:invalid=form.error("email").is_some()>
                    <label for="f-email">{t!(lang, "admin-email")}</label>
                    {form.error("email").map(|e| view! { <p class="field-error" id="f-email-error">{e}</p> })}
                    <input type="email" id="f-email" name="email" value=form.value("email") autocomplete="username" required/>
                </div>
                <div class="field" class:invalid=form.error("password").is_some()>
                    <label for="f-password">{t!(lang, "admin-password")}</label>
                    <p class="hint" id="f-password-hint">{t!(lang, "admin-password-hint")}</p>
                    {form.error("password").map(|e| view! { <p class="field-error" id="f-password-error">{e}</p> })}
                    <input type="password" id="f-password" name="password" autocomplete="new-password" aria-describedby="f-password-hint" required/>
                </div>
                <button type="submit">{t!(lang, "admin-create-account")}</button>
            </form>
        </section>
    }
}
