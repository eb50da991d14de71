//! Markdown for press releases: rendered by pulldown-cmark, then cleaned by an allowlist
//! sanitizer (ammonia), so scripts, event handlers, `javascript:` links and frames never survive.

use pulldown_cmark::{html, Options, Parser};

/// Safe HTML for a Markdown text.
#[must_use]
pub fn to_safe_html(markdown: &str) -> String {
    let mut raw = String::new();
    html::push_html(
        &mut raw,
        Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH),
    );
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        // Images from this site only: a remote image is a tracking pixel (and, over plain
        // http, mixed content) on the public page.
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !is_local(value) {
                None
            } else {
                Some(value.into())
            }
        })
        .clean(&raw)
        .to_string()
}

/// A path on this site (`/media/x.jpg`), not another host's address (`//host/x`, `https://…`).
fn is_local(src: &str) -> bool {
    let src = src.trim();
    src.starts_with('/') && !src.starts_with("//") && !src.starts_with("/\\")
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn markdown_becomes_html() {
        let html = to_safe_html("A *quote*:\n\n> “Paris”\n\n- [site](https://eurocities.eu)");
        assert!(html.contains("<em>quote</em>"));
        assert!(html.contains("<blockquote>"));
        assert!(
            html.contains("<a href=\"https://eurocities.eu\" rel=\"noopener noreferrer\">site</a>")
        );
    }

    #[test]
    fn images_come_from_this_site_only() {
        for remote in [
            "![pixel](https://tracker.example/pixel.gif)",
            "![pixel](http://tracker.example/pixel.gif)",
            "![pixel](//tracker.example/pixel.gif)",
            "<img src=\"https://tracker.example/p.gif\" alt=\"x\">",
        ] {
            let html = to_safe_html(remote);
            assert!(!html.contains("tracker.example"), "{remote} → {html}");
        }
        let local = to_safe_html("![Signing in Paris](/media/paris.jpg)");
        assert!(
            local.contains("<img src=\"/media/paris.jpg\" alt=\"Signing in Paris\">"),
            "{local}"
        );
    }

    #[test]
    fn dangerous_markup_is_removed() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<svg onload=alert(1)></svg>",
            "<iframe src=https://evil.example></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
        ] {
            let html = to_safe_html(hostile);
            for bad in [
                "<script",
                "onerror",
                "javascript:",
                "onload",
                "<iframe",
                "<svg",
            ] {
                assert!(!html.contains(bad), "{hostile} → {html}");
            }
        }
    }
}
