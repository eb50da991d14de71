//! Error pages: they set the HTTP status and say in plain words what happened.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::error::AppError;
use crate::i18n::use_lang;
use crate::t;

/// Sets the response status of the page being rendered on the server.
pub fn set_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(code) = axum::http::StatusCode::from_u16(status) {
            options.set_status(code);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// The page for an unknown address (404).
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "error-not-found-title")/>
        <section class="error-page">
            <h1>{t!(lang, "error-not-found-title")}</h1>
            <p>{t!(lang, "error-not-found-body")}</p>
            <ul class="link-list">
                <li><a href=lang.href("/")>{t!(lang, "error-home-link")}</a></li>
                <li><a href=lang.href("/charter")>{t!(lang, "error-charter-link")}</a></li>
            </ul>
        </section>
    }
}

/// The page for an error returned by a server function.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    let lang = use_lang();
    match error {
        AppError::NotFound => view! { <NotFound/> }.into_any(),
        AppError::BadRequest(message) => {
            set_status(400);
            view! {
                <Title text=t!(lang, "error-bad-request-title")/>
                <section class="error-page">
                    <h1>{t!(lang, "error-bad-request-title")}</h1>
                    <p>{message.text(lang)}</p>
                    <p><a href=lang.href("/charter")>{t!(lang, "error-charter-link")}</a></p>
                </section>
            }
            .into_any()
        }
        // The status (401, 403, or the 302 to the login) was set where the error arose.
        // Signed in, but this screen is an admin's: say so, and lead back to the staff screens.
        AppError::Forbidden => view! {
            <Title text=t!(lang, "error-admins-only-title")/>
            <section class="error-page">
                <h1>{t!(lang, "error-admins-only-title")}</h1>
                <p>{t!(lang, "error-admins-only-body")}</p>
                <ul class="link-list">
                    <li><a href=lang.href("/admin")>{t!(lang, "error-staff-home-link")}</a></li>
                    <li><a href=lang.href("/")>{t!(lang, "error-home-link")}</a></li>
                </ul>
            </section>
        }
        .into_any(),
        AppError::Unauthorized => view! {
            <Title text=t!(lang, "error-not-allowed-title")/>
            <section class="error-page">
                <h1>{t!(lang, "error-not-allowed-title")}</h1>
                <p>{t!(lang, "error-not-allowed-body")}</p>
                <p><a href=lang.href("/admin/login")>{t!(lang, "error-login-link")}</a></p>
            </section>
        }
        .into_any(),
        AppError::Unavailable => {
            set_status(503);
            view! {
                <Title text=t!(lang, "error-unavailable-title")/>
                <section class="error-page">
                    <h1>{t!(lang, "error-unavailable-title")}</h1>
                    <p>{t!(lang, "error-unavailable-body")}</p>
                </section>
            }
            .into_any()
        }
        AppError::Internal => {
            set_status(500);
            view! {
                <Title text=t!(lang, "error-internal-title")/>
                <section class="error-page">
                    <h1>{t!(lang, "error-internal-title")}</h1>
                    <p>{t!(lang, "error-internal-body")}</p>
                </section>
            }
            .into_any()
        }
    }
}
