//! The Leptos UI: pages, components and server functions. Compiled with `ssr` for the server
#![recursion_limit = "256"]
//! and with `hydrate` for the browser, where only the `#[island]` components come alive.

pub mod api;
pub mod app;
pub mod assets;
pub mod components;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use app::{shell, App};

/// The browser entry: brings the islands on the page to life.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
