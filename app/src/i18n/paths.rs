//! Which addresses exist in French (`/fr/...`) and how a request path names its language.

use super::Lang;

/// Paths whose pages are written through this module and so exist under `/fr`: the public
/// pages, the RSS feeds and the signatory badge, the staff screens and the staff server
/// functions (a form on a French staff screen posts to `/fr/api/admin/...`, so its messages
/// and the page it goes to are French too).
/// `/fr` + any other path is a (French) 404; links to such a path from a French page go to
/// the English page.
#[must_use]
pub fn translated(path: &str) -> bool {
    matches!(
        path,
        "/" | "/about"
            | "/about/counting"
            | "/map"
            | "/statistics"
            | "/newsroom"
            | "/feeds"
            | "/open-data"
            | "/legal"
            | "/privacy"
            | "/accessibility"
            | "/charter"
            | "/charter/go"
            | "/signatories"
            | "/toolkits/diversity"
            | "/working-group"
            | "/join"
            | "/join/sent"
            | "/events"
            | "/admin"
    ) || path.starts_with("/admin/")
        || path.starts_with("/api/admin/")
        || (path.starts_with("/charter/") && !path[9..].contains('/'))
        || (path.starts_with("/signatories/") && !path[13..].contains(['/', '.']))
        || path
            .strip_prefix("/signatories/")
            .and_then(|rest| rest.strip_suffix("/correction"))
            .is_some_and(|slug| !slug.contains(['/', '.']))
        || (path.starts_with("/newsroom/") && !path[10..].contains(['/', '.']))
        || path == "/feed.xml"
        || (path.starts_with("/feeds/") && path.ends_with(".xml"))
        || (path.starts_with("/badge/") && path.ends_with(".svg") && !path[7..].contains('/'))
}

/// A staff screen or staff function: in both languages, but never indexed, so no `hreflang`
/// alternates; the language switch keeps its path, not its query (a login's `next`).
#[must_use]
pub fn staff_path(path: &str) -> bool {
    path == "/admin" || path.starts_with("/admin/") || path.starts_with("/api/admin/")
}

/// Splits a request path into its language and the path of the page: `/fr/charter` →
/// `(Fr, "/charter")`, `/fr` → `(Fr, "/")`, anything else is English and unchanged.
#[must_use]
pub fn split_path(path: &str) -> (Lang, &str) {
    match path.strip_prefix("/fr") {
        Some("") => (Lang::Fr, "/"),
        Some(rest) if rest.starts_with('/') => (Lang::Fr, rest),
        _ => (Lang::En, path),
    }
}
