//! The language of the request or page being served.

use super::Lang;

/// The language of the request being served: the one the server's `/fr` layer put in the
/// request's extensions, else one provided as context (a page rendered outside a request). English outside a
/// request and in the browser.
///
/// The request's own extensions come before inherited context: a server function's owner may
/// descend from another request's, whose `Lang` it must not take.
#[must_use]
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<axum::http::request::Parts>()
            .map(|parts| parts.extensions.get::<Lang>().copied().unwrap_or_default())
            .or_else(use_context::<Lang>)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::En
    }
}

/// The language of the page being rendered (English outside a request).
#[must_use]
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}
