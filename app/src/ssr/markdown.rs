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
        .clean(&raw)
        .to_string()
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
