//! Makes Leptos' HTML valid without changing the document browsers build from it.
//!
//! Leptos writes two things the HTML standard calls parse errors: `<!>` as an empty marker
//! comment, and its resource `<script>`s after `</body></html>`. Browsers recover from both,
//! but the Nu HTML Checker (rightly) reports them. This layer writes `<!---->` for `<!>` (the
//! same empty comment node) outside scripts, and moves `</body></html>` after those trailing
//! scripts (where the parser puts them anyway: at the end of `<body>`). Islands hydrate as before.

use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};

/// Leptos writes the request's nonce as the `crossorigin` value of the bundle's preload links;
/// any unknown value means `anonymous`, so writing that keeps the behaviour and is valid.
fn fix_crossorigin(html: &str) -> String {
    const ATTR: &str = " crossorigin=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ATTR) {
        let value_start = at + ATTR.len();
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        let value = &rest[value_start..value_start + len];
        out.push_str(&rest[..value_start]);
        out.push_str(if matches!(value, "" | "anonymous" | "use-credentials") {
            value
        } else {
            "anonymous"
        });
        rest = &rest[value_start + len..];
    }
    out.push_str(rest);
    out
}

/// The rewrite, on a whole document.
#[must_use]
pub fn tidy(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    // Outside scripts: markers become proper comments. Script content is copied unchanged.
    while let Some(start) = rest.find("<script") {
        out.push_str(&fix_crossorigin(&rest[..start].replace("<!>", "<!---->")));
        let end = rest[start..]
            .find("</script>")
            .map_or(rest.len(), |e| start + e + "</script>".len());
        out.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    out.push_str(&fix_crossorigin(&rest.replace("<!>", "<!---->")));
    const END: &str = "</body></html>";
    if let Some(at) = out.find(END) {
        if at + END.len() < out.len() {
            out.replace_range(at..at + END.len(), "");
            out.push_str(END);
        }
    }
    out
}

/// The Content-Security-Policy of every answer that is not an HTML page.
pub const BASE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
     form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// The policy of one HTML page: [`BASE_CSP`] plus the SHA-256 of each of its inline scripts
/// (the islands' hydration script), so those run and nothing injected does.
#[must_use]
pub fn page_csp(html: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let mut hashes = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|e| open_end + e) else {
            break;
        };
        let tag = &rest[start..open_end];
        let content = &rest[open_end..close];
        if !tag.contains(" src=") && !content.is_empty() {
            let digest = sha2::Sha256::digest(content.as_bytes());
            hashes.push_str(" 'sha256-");
            hashes.push_str(&base64::engine::general_purpose::STANDARD.encode(digest));
            hashes.push('\'');
        }
        rest = &rest[close + "</script>".len()..];
    }
    BASE_CSP.replacen(
        "script-src 'self' 'wasm-unsafe-eval'",
        &format!("script-src 'self' 'wasm-unsafe-eval'{hashes}"),
        1,
    )
}

/// The middleware: tidies every HTML answer (they are small; larger bodies pass unchanged)
/// and gives it its Content-Security-Policy.
pub async fn tidy_html(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    match crate::page_cache::collect_small(body).await {
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Ok(text) => {
                let tidied = tidy(text);
                parts
                    .headers
                    .insert(header::CONTENT_LENGTH, HeaderValue::from(tidied.len()));
                if let Ok(csp) = HeaderValue::from_str(&page_csp(&tidied)) {
                    parts.headers.insert(header::CONTENT_SECURITY_POLICY, csp);
                }
                Response::from_parts(parts, Body::from(tidied))
            }
            Err(_) => Response::from_parts(parts, Body::from(bytes)),
        },
        Err(passed_on) => Response::from_parts(parts, passed_on),
    }
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn markers_become_comments_and_trailing_scripts_move_inside_the_body() {
        let page = "<!DOCTYPE html><html><head></head><body><ul><!><li>a</li><!></ul></body></html><script>x=\"<!>\"</script>";
        assert_eq!(
            tidy(page),
            "<!DOCTYPE html><html><head></head><body><ul><!----><li>a</li><!----></ul><script>x=\"<!>\"</script></body></html>"
        );
    }

    #[test]
    fn a_nonce_as_crossorigin_becomes_anonymous() {
        let page = r#"<link rel="modulepreload" href="/a.js" crossorigin="S4qtUX"><link crossorigin="use-credentials">"#;
        assert_eq!(
            tidy(page),
            r#"<link rel="modulepreload" href="/a.js" crossorigin="anonymous"><link crossorigin="use-credentials">"#
        );
    }

    #[test]
    fn inline_scripts_are_allowed_by_their_hash_only() {
        let csp = super::page_csp(
            "<script src=\"/a.js\"></script><script type=\"module\">import('/x.js')</script>",
        );
        // sha256 of `import('/x.js')`, base64.
        use base64::Engine as _;
        use sha2::Digest as _;
        let expected = base64::engine::general_purpose::STANDARD
            .encode(sha2::Sha256::digest(b"import('/x.js')"));
        assert!(csp.contains(&format!("'sha256-{expected}'")), "{csp}");
        assert_eq!(csp.matches("'sha256-").count(), 1, "{csp}");
        assert!(
            csp.starts_with("default-src 'self'; script-src 'self'"),
            "{csp}"
        );
        assert!(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"));
        assert!(!super::page_csp("<p>no script</p>").contains("sha256"));
    }

    #[test]
    fn a_valid_page_is_unchanged() {
        let page =
            "<!DOCTYPE html><html><head><script>1</script></head><body><p>x</p></body></html>";
        assert_eq!(tidy(page), page);
    }
}
