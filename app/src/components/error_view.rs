//! Error pages: they set the HTTP status and say in plain words what happened.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::error::AppError;

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
    view! {
        <Title text="Page not found"/>
        <section class="error-page">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <ul class="link-list">
                <li><a href="/">"Go to the home page"</a></li>
                <li><a href="/charter">"Read the charter"</a></li>
            </ul>
        </section>
    }
}

/// The page for an error returned by a server function.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    match error {
        AppError::NotFound => view! { <NotFound/> }.into_any(),
        AppError::BadRequest(message) => {
            set_status(400);
            view! {
                <Title text="This address is not valid"/>
                <section class="error-page">
                    <h1>"This address is not valid"</h1>
                    <p>{message}</p>
                    <p><a href="/charter">"Read the charter"</a></p>
                </section>
            }
            .into_any()
        }
        // The status (401, 403, or the 302 to the login) was set where the error arose.
        AppError::Unauthorized | AppError::Forbidden => view! {
            <Title text="Not allowed"/>
            <section class="error-page">
                <h1>"Not allowed"</h1>
                <p>"This page is for Eurocities staff. Log in with an account that may see it."</p>
                <p><a href="/admin/login">"Staff login"</a></p>
            </section>
        }
        .into_any(),
        AppError::Internal => {
            set_status(500);
            view! {
                <Title text="Something went wrong"/>
                <section class="error-page">
                    <h1>"Something went wrong"</h1>
                    <p>"The page could not be shown because of a problem on our side. Please try again in a moment."</p>
                </section>
            }
            .into_any()
        }
    }
}
