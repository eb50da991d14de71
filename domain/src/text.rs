//! Text rules: folding names for search and URLs (case and accents do not matter), escaping
//! for markup, and guarding spreadsheet cells.

/// Text made safe between tags of HTML or XML: `&`, `<` and `>` escaped.
#[must_use]
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Text made safe in a double-quoted attribute of HTML or XML (and between tags): `&`, `<`,
/// `>` and `"` escaped.
#[must_use]
pub fn escape_attr(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}

/// Lower case, accents and other marks removed, runs of anything else folded to one space:
/// `Düsseldorf`, `DÜSSELDORF` and `dusseldorf` all fold to `dusseldorf`.
#[must_use]
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A URL slug: the folded name with hyphens (`Grenoble-Alpes Métropole` → `grenoble-alpes-metropole`).
#[must_use]
pub fn slugify(name: &str) -> String {
    fold(name).replace(' ', "-")
}

/// Checks a slug from a URL: 1–80 characters of `a-z`, `0-9` and single hyphens.
#[must_use]
pub fn is_slug(raw: &str) -> bool {
    !raw.is_empty()
        && raw.len() <= 80
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !raw.starts_with('-')
        && !raw.ends_with('-')
        && !raw.contains("--")
}

/// True when a spreadsheet would run `cell` as a formula (`=`, `@`, a tab or carriage return
/// first; `+` or `-` first unless the whole cell is a number such as a longitude), or when it is
/// a quote before such a cell (so guarding stays reversible).
fn needs_guard(cell: &str) -> bool {
    match cell.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => cell.parse::<f64>().is_err(),
        Some('\'') => needs_guard(&cell[1..]),
        _ => false,
    }
}

/// A CSV cell that spreadsheets show as text: a `'` before anything they would run as a
/// formula (OWASP's CSV injection advice). [`unguard_cell`] reverses it exactly.
#[must_use]
pub fn guard_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The value of a cell written by [`guard_cell`] (an import reads back what an export wrote).
#[must_use]
pub fn unguard_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_once_and_only_where_needed() {
        let hostile = r#"</title><script>alert("x")</script> & "Köln""#;
        assert_eq!(
            escape_text(hostile),
            r#"&lt;/title&gt;&lt;script&gt;alert("x")&lt;/script&gt; &amp; "Köln""#
        );
        assert_eq!(
            escape_attr(hostile),
            "&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Köln&quot;"
        );
        assert_eq!(
            escape_text("&amp;"),
            "&amp;amp;",
            "escaped text is escaped again"
        );
        assert_eq!(escape_attr("Düsseldorf"), "Düsseldorf");
    }

    #[test]
    fn formula_cells_are_guarded_and_read_back_exactly() {
        for (cell, guarded) in [
            ("=1+1", "'=1+1"),
            ("@SUM(1)", "'@SUM(1)"),
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+33 1 42", "'+33 1 42"),
            ("-1+1", "'-1+1"),
            ("\tx", "'\tx"),
            ("'=x", "''=x"),
            ("-9.1393", "-9.1393"),
            ("+3", "+3"),
            ("Paris", "Paris"),
            ("'quoted'", "'quoted'"),
            ("", ""),
        ] {
            assert_eq!(guard_cell(cell), guarded, "{cell}");
            assert_eq!(unguard_cell(&guard_cell(cell)), cell, "{cell}");
        }
    }

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("Düsseldorf"), "dusseldorf");
        assert_eq!(fold("DÜSSELDORF"), "dusseldorf");
        assert_eq!(
            fold("  Grenoble-Alpes   Métropole "),
            "grenoble alpes metropole"
        );
        assert_eq!(fold("Michał Olszewski"), "michal olszewski");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("<script>"), "script");
    }

    #[test]
    fn slugs_are_stable_url_words() {
        assert_eq!(slugify("Düsseldorf"), "dusseldorf");
        assert_eq!(
            slugify("Grenoble-Alpes Métropole"),
            "grenoble-alpes-metropole"
        );
        assert!(is_slug("grenoble-alpes-metropole"));
        for bad in [
            "",
            "Paris",
            "par is",
            "-paris",
            "paris-",
            "a--b",
            "x;drop",
            &"a".repeat(81),
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
