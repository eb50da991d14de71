//! Loading a page's data: one future, awaited on the server before the page is sent, then the
//! page or its error page.
//!
//! No `Resource`: a resource's value is also written into the page as JSON for the browser to
//! hydrate, and these pages hydrate nothing (islands get their props instead). On the
//! directory that JSON was more than half of the HTML.

use std::future::Future;

use leptos::prelude::*;

use crate::components::error_view::ErrorView;
use crate::error::AppError;

/// Loads `fetcher(source())` and renders `view` with its value, or the matching error page.
/// `source` reads the route's parameters (the same pair `Resource::new` takes).
pub fn await_page<S, T, Fut, V>(
    source: impl Fn() -> S + Send + Sync + 'static,
    fetcher: impl Fn(S) -> Fut + Send + Sync + 'static,
    view: fn(T) -> V,
) -> impl IntoView
where
    S: 'static,
    T: 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let data = fetcher(source());
                Suspend::new(async move {
                    match data.await {
                        Ok(data) => view(data).into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
