//! `/admin/login`, `/admin/login/code` and `/admin/setup/{token}`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::admin_auth::{get_code_page, get_login_page, get_setup_page};
use crate::components::form::form_messages;
use crate::components::page_data::await_page;
use crate::model::admin::{LoginPage, SecondFactorPage, SetupPage};

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
    view! {
        <Title text="Staff login"/>
        <section class="narrow">
            <h1>"Staff login"</h1>
            <p>"For the Eurocities migration team. You will also need the code from your authenticator app."</p>
            {p.failed.then(|| view! {
                <p class="notice notice-error" role="alert">
                    "Login failed: the email or password is not right, or the account is paused for 15 minutes after repeated failures."
                </p>
            })}
            {p.ended.then(|| view! { <p class="notice" role="status">"You are logged out."</p> })}
            <form method="post" action="/api/admin/login" class="stack">
                <input type="hidden" name="next" value=p.next/>
                <div class="field">
                    <label for="email">"Email"</label>
                    <input type="email" id="email" name="email" autocomplete="username" required/>
                </div>
                <div class="field">
                    <label for="password">"Password"</label>
                    <input type="password" id="password" name="password" autocomplete="current-password" required/>
                </div>
                <button type="submit">"Continue"</button>
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
    let title = if p.enroll {
        "Set up your authenticator"
    } else {
        "Enter your code"
    };
    view! {
        <Title text=title/>
        <section class="narrow">
            <h1>{title}</h1>
            {p.failed.then(|| view! {
                <p class="notice notice-error" role="alert">"That code did not work. Codes change every 30 seconds and each works once: wait for the next one."</p>
            })}
            {p.enroll.then(|| view! {
                <p>"Every staff account needs a second factor. In an authenticator app (such as FreeOTP, Aegis or Google Authenticator), add an account with this key, then type the 6-digit code it shows."</p>
                <p class="secret"><span class="visually-hidden">"Key: "</span><code id="totp-secret">{p.secret.clone().unwrap_or_default()}</code></p>
                {p.otpauth_url.clone().map(|url| view! { <p><a href=url>"Open in an authenticator app on this device"</a></p> })}
            })}
            <form method="post" action="/api/admin/login/code" class="stack">
                <input type="hidden" name="next" value=p.next/>
                <div class="field">
                    <label for="code">"6-digit code"</label>
                    <input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" required/>
                </div>
                <button type="submit">"Log in"</button>
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
    view! {
        <Title text="Set up your staff account"/>
        <section class="narrow">
            <h1>"Set up your staff account"</h1>
            <p>{format!("This link creates one {} account and then stops working.", p.role)}</p>
            {form_messages(&form)}
            <form method="post" action="/api/admin/setup" class="stack">
                <input type="hidden" name="token" value=p.token/>
                <div class="field" class:invalid=form.error("name").is_some()>
                    <label for="f-name">"Your name"</label>
                    {form.error("name").map(|e| view! { <p class="field-error" id="f-name-error">{e}</p> })}
                    <input type="text" id="f-name" name="name" value=form.value("name") autocomplete="name" required/>
                </div>
                <div class="field" class:invalid=form.error("email").is_some()>
                    <label for="f-email">"Email"</label>
                    {form.error("email").map(|e| view! { <p class="field-error" id="f-email-error">{e}</p> })}
                    <input type="email" id="f-email" name="email" value=form.value("email") autocomplete="username" required/>
                </div>
                <div class="field" class:invalid=form.error("password").is_some()>
                    <label for="f-password">"Password"</label>
                    <p class="hint" id="f-password-hint">"At least 8 characters; a few words with spaces work well. Pasting from a password manager is welcome."</p>
                    {form.error("password").map(|e| view! { <p class="field-error" id="f-password-error">{e}</p> })}
                    <input type="password" id="f-password" name="password" autocomplete="new-password" aria-describedby="f-password-hint" required/>
                </div>
                <button type="submit">"Create my account"</button>
            </form>
        </section>
    }
}
