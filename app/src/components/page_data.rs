//! Loading a page's data: one future, awaited on the server before the page is sent, then the
//! page or its error page.
//!
//! No `Resource`: a resource's value is also written into the page as JSON for the browser to
//! hydrate, and these pages hydrate nothing (islands get their props instead). On the
//! directory that JSON was more than half of the HTML.
//!
//! The data is loaded once per page. Leptos's `<Suspense>` walks its children a few times
//! before rendering them ("dry resolve", to find the resources they read) and polls each
//! `Suspend` it meets once, then drops it. A fetch polled that way could run part of the way
//! (on a fast database, all of it) and be thrown away: a staff page's one-time form state
//! (an invitation link shown once) was read and cleared by such a discarded run, and the page
//! then rendered without it. So the fetch waits for a second poll before it starts: the
//! dry walks see it pending and drop it untouched, and only the real render runs it.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

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
                    NotOnFirstPoll(false).await;
                    match data.await {
                        Ok(data) => view(data).into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Pending on its first poll (waking itself), ready on the next.
struct NotOnFirstPoll(bool);

impl Future for NotOnFirstPoll {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use any_spawner::Executor;
    use futures_util::StreamExt;
    use leptos::prelude::*;

    use super::await_page;
    use crate::error::AppError;

    fn done(count: usize) -> impl IntoView {
        view! { <p>{format!("loaded {count}")}</p> }
    }

    #[tokio::test]
    async fn a_page_fetch_that_finishes_at_once_runs_once_per_render() {
        let _ = Executor::init_tokio();
        let owner = Owner::new();
        owner.set();
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&runs);
        let page = await_page(
            || (),
            move |()| {
                let counted = Arc::clone(&counted);
                // Ready on its first poll, like a page whose data came back at once.
                async move { Ok::<_, AppError>(counted.fetch_add(1, Ordering::SeqCst) + 1) }
            },
            done,
        );
        let html: String = page.to_html_stream_in_order().collect().await;
        assert!(html.contains("loaded 1"), "{html}");
        assert_eq!(runs.load(Ordering::SeqCst), 1, "{html}");
    }
}
