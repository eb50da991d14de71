//! Conditional GET, one rule for every cached answer (pages, feeds, sitemap): RFC 9110 §13.1.2.

use axum::http::{header, HeaderMap};

/// True when the client already holds the representation whose validator is `etag` (a quoted
/// entity tag) and whose `Last-Modified` is `last_modified`: its `If-None-Match` names the tag
/// (weak comparison: `W/"x"` matches `"x"`) or is `*`; without an `If-None-Match`, its
/// `If-Modified-Since` repeats `last_modified` exactly.
#[must_use]
pub fn not_modified(request: &HeaderMap, etag: &str, last_modified: Option<&str>) -> bool {
    let weak = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    if let Some(tags) = request.get(header::IF_NONE_MATCH) {
        let Ok(tags) = tags.to_str() else {
            return false;
        };
        return tags
            .split(',')
            .any(|tag| tag.trim() == "*" || weak(tag) == weak(etag));
    }
    match (request.get(header::IF_MODIFIED_SINCE), last_modified) {
        (Some(since), Some(modified)) => since.to_str().is_ok_and(|since| since == modified),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn asking(name: header::HeaderName, value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn entity_tags_compare_weakly_and_dates_exactly() {
        let date = Some("Mon, 30 Nov 2026 10:00:00 GMT");
        let ask = |name, value| not_modified(&asking(name, value), "\"abc\"", date);
        assert!(ask(header::IF_NONE_MATCH, "\"abc\""));
        assert!(ask(header::IF_NONE_MATCH, "W/\"abc\""));
        assert!(ask(header::IF_NONE_MATCH, "\"xyz\", \"abc\""));
        assert!(ask(header::IF_NONE_MATCH, "*"));
        assert!(!ask(header::IF_NONE_MATCH, "\"xyz\""));
        assert!(ask(
            header::IF_MODIFIED_SINCE,
            "Mon, 30 Nov 2026 10:00:00 GMT"
        ));
        assert!(!ask(
            header::IF_MODIFIED_SINCE,
            "Sun, 29 Nov 2026 10:00:00 GMT"
        ));
        assert!(!not_modified(&HeaderMap::new(), "\"abc\"", date));
        // An entity tag that does not match wins over a matching date.
        let mut both = asking(header::IF_NONE_MATCH, "\"xyz\"");
        both.insert(
            header::IF_MODIFIED_SINCE,
            HeaderValue::from_static("Mon, 30 Nov 2026 10:00:00 GMT"),
        );
        assert!(!not_modified(&both, "\"abc\"", date));
    }
}
