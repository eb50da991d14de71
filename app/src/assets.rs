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

/// The charter's mark: two rings that overlap — cities and the people who arrive in them —
/// their shared part in amber, on the site's blue. Drawn in a 32 × 32 box; the header, the
/// favicon (`public/favicon.svg`), the badge and the `og:image` card (`public/og-image.png`,
/// made by `scripts/og-image`) all draw these same shapes. `id` names its clip path, unique
/// within the document it is placed in.
#[must_use]
pub fn mark_shapes(id: &str) -> String {
    format!(
        "<defs><clipPath id=\"{id}\"><circle cx=\"12.5\" cy=\"16\" r=\"7\"/></clipPath></defs>\
<rect width=\"32\" height=\"32\" rx=\"7\" fill=\"{BRAND}\"/>\
<circle cx=\"19.5\" cy=\"16\" r=\"7\" fill=\"{AMBER}\" clip-path=\"url(#{id})\"/>\
<circle cx=\"12.5\" cy=\"16\" r=\"7\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2.2\"/>\
<circle cx=\"19.5\" cy=\"16\" r=\"7\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2.2\"/>"
    )
}

/// The site's blue (`--brand` in `style/main.css`): 8.3:1 on white.
pub const BRAND: &str = "#0b4f8a";
/// The mark's amber (`--amber`): 4.1:1 on the blue, for shapes, never for text.
pub const AMBER: &str = "#f59e0b";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_favicon_and_the_stylesheet_draw_the_same_mark_in_the_same_colours() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let favicon = std::fs::read_to_string(format!("{root}/public/favicon.svg"))
            .expect("public/favicon.svg");
        assert!(
            favicon.contains(&mark_shapes("m")),
            "public/favicon.svg draws mark_shapes(\"m\"): {favicon}"
        );
        let css = std::fs::read_to_string(format!("{root}/style/main.css")).expect("main.css");
        assert!(css.contains(&format!("--brand: {BRAND};")), "--brand");
        assert!(css.contains(&format!("--amber: {AMBER};")), "--amber");
    }
}
