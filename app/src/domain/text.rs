//! Folding names for search and URLs: case and accents do not matter.

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

#[cfg(test)]
mod tests {
    use super::*;

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
