//! Loading a page's data: one blocking resource, then the page or its error page.

use leptos::prelude::*;

use crate::components::error_view::ErrorView;
use crate::error::AppError;

/// Awaits `resource` and renders `view` with its value, or the matching error page.
pub fn await_page<T, V>(resource: Resource<Result<T, AppError>>, view: fn(T) -> V) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match resource.await {
                    Ok(data) => view(data).into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
