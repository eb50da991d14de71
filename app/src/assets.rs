//! Where the built CSS, JS and wasm are linked from.
//!
//! The server names the bundle by a hash of its bytes (`/assets/<hash>/pkg/icc.css`), so those
//! URLs can be cached by browsers for a year (`immutable`): a new build has a new hash, and a
//! page always links the bytes it was rendered with.

use std::sync::OnceLock;

static ROOT: OnceLock<String> = OnceLock::new();

/// Sets the URL prefix of the bundle once per process (the server does, at start).
pub fn set_root(root: String) {
    let _ = ROOT.set(root);
}

/// The URL prefix of the bundle: `/assets/<hash>`, or empty (plain `/pkg/…`) until set.
#[must_use]
pub fn root() -> &'static str {
    ROOT.get().map_or("", String::as_str)
}

/// The URL of the stylesheet.
#[must_use]
pub fn stylesheet() -> String {
    format!("{}/pkg/icc.css", root())
}
