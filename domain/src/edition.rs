//! Edition identifiers and the structure rules of an edition's text.

use serde::{Deserialize, Serialize};

/// One edition as listed in switchers and comparisons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionSummary {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub is_current: bool,
    pub first_published: String,
    pub last_updated: Option<String>,
}

/// What a section of a charter edition is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SectionKind {
    /// Introductory paragraphs before the commitments.
    Preamble,
    /// "As policy-makers we will:" and the commitments under it.
    Role,
    /// The closing commitment of the mayors.
    Closing,
    /// The explanatory note on the Integrating Cities process.
    Note,
    /// A numbered footnote referenced from a heading.
    Footnote,
}

impl SectionKind {
    /// The name stored in the database.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Preamble => "preamble",
            Self::Role => "role",
            Self::Closing => "closing",
            Self::Note => "note",
            Self::Footnote => "footnote",
        }
    }

    /// Parses the stored name.
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        [
            Self::Preamble,
            Self::Role,
            Self::Closing,
            Self::Note,
            Self::Footnote,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == value)
    }
}

/// One section of an edition's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub kind: SectionKind,
    /// Stable key that pairs the same section across editions (e.g. `role:employers`).
    pub key: String,
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
    /// For a role heading that carries a footnote call such as "(1)", the footnote's marker.
    pub footnote_marker: Option<String>,
}

/// A charter edition with its full structured text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    pub summary: EditionSummary,
    pub subtitle: String,
    pub language: String,
    /// True when the registry holds only this edition's commitments and footnotes (its preamble is missing).
    pub preamble_missing: bool,
    pub editorial_note: Option<String>,
    pub sections: Vec<Section>,
    /// For a translation shown in place of its original: the original's language.
    pub translated_from: Option<String>,
}

/// Why a text is not an edition slug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SlugError {
    #[error("empty")]
    Empty,
    /// Longer than [`MAX_SLUG_LEN`].
    #[error("too long")]
    TooLong,
    /// Something other than `a-z`, `0-9` and `-`.
    #[error("characters other than a-z, 0-9 and -")]
    Characters,
}

/// Longest edition slug accepted.
pub const MAX_SLUG_LEN: usize = 40;

/// Checks an edition slug from a URL: 1–40 characters of `a-z`, `0-9` and `-`.
///
/// # Errors
/// What is wrong with it.
pub fn parse_edition_slug(raw: &str) -> Result<String, SlugError> {
    let slug = raw.trim();
    if slug.is_empty() {
        return Err(SlugError::Empty);
    }
    if slug.len() > MAX_SLUG_LEN {
        return Err(SlugError::TooLong);
    }
    if !slug
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(SlugError::Characters);
    }
    Ok(slug.to_owned())
}

/// The key that pairs a role section across editions: `role:` and the heading's role words.
///
/// "As policy-makers we will:" and "As policy-makers we will (1):" both give `role:policy-makers`.
#[must_use]
pub fn role_key(heading: &str) -> String {
    let rest = heading
        .trim()
        .trim_start_matches("As ")
        .trim_start_matches("as ");
    let role = rest.split(" we will").next().unwrap_or(rest);
    let slug: String = role
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("role:{}", slug.trim_matches('-'))
}

/// Something wrong with an edition's structure, and the section it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StructureProblem {
    /// A second section with the same key.
    DuplicateKey(String),
    RoleWithoutHeading(String),
    RoleWithoutCommitment(String),
    /// A section calls footnote `marker`, and no footnote has that marker.
    FootnoteMissing {
        key: String,
        marker: String,
    },
}

impl StructureProblem {
    /// The key of the section the problem is about.
    #[must_use]
    pub fn key(&self) -> &str {
        match self {
            Self::DuplicateKey(key)
            | Self::RoleWithoutHeading(key)
            | Self::RoleWithoutCommitment(key)
            | Self::FootnoteMissing { key, .. } => key,
        }
    }

    /// The part of the section to correct: `key`, `heading` or `items`.
    #[must_use]
    pub const fn part(&self) -> &'static str {
        match self {
            Self::DuplicateKey(_) => "key",
            Self::RoleWithoutHeading(_) | Self::FootnoteMissing { .. } => "heading",
            Self::RoleWithoutCommitment(_) => "items",
        }
    }
}

/// Checks that an edition's sections are well-formed: unique keys, roles with a heading and
/// at least one commitment, every footnote call matched by a footnote.
///
/// # Errors
/// Every problem found, in the order of the sections, each with its section's index.
pub fn check_structure(sections: &[Section]) -> Result<(), Vec<(usize, StructureProblem)>> {
    let mut problems = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for (index, section) in sections.iter().enumerate() {
        let key = || section.key.clone();
        let mut problem = |p| problems.push((index, p));
        if !keys.insert(section.key.as_str()) {
            problem(StructureProblem::DuplicateKey(key()));
        }
        if section.kind == SectionKind::Role {
            if section
                .heading
                .as_deref()
                .is_none_or(|h| h.trim().is_empty())
            {
                problem(StructureProblem::RoleWithoutHeading(key()));
            }
            if section.items.is_empty() {
                problem(StructureProblem::RoleWithoutCommitment(key()));
            }
        }
        if let Some(marker) = &section.footnote_marker {
            if section.kind != SectionKind::Footnote
                && !sections.iter().any(|s| {
                    s.kind == SectionKind::Footnote && s.footnote_marker.as_deref() == Some(marker)
                })
            {
                problem(StructureProblem::FootnoteMissing {
                    key: key(),
                    marker: marker.clone(),
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(key: &str, items: &[&str], marker: Option<&str>) -> Section {
        Section {
            kind: SectionKind::Role,
            key: key.into(),
            heading: Some(format!("As {key} we will:")),
            paragraphs: vec![],
            items: items.iter().map(|s| (*s).to_owned()).collect(),
            footnote_marker: marker.map(Into::into),
        }
    }

    #[test]
    fn slugs_are_lower_case_words_digits_and_hyphens() {
        assert_eq!(parse_edition_slug("2024"), Ok("2024".into()));
        assert_eq!(parse_edition_slug(" 2010 "), Ok("2010".into()));
        assert_eq!(parse_edition_slug("draft-2030"), Ok("draft-2030".into()));
        assert!(parse_edition_slug("").is_err());
        assert!(parse_edition_slug("2024;drop").is_err());
        assert!(parse_edition_slug("É2024").is_err());
        assert!(parse_edition_slug("../etc").is_err());
        assert!(parse_edition_slug(&"a".repeat(41)).is_err());
    }

    #[test]
    fn role_keys_ignore_footnote_calls_and_spacing() {
        assert_eq!(role_key("As policy-makers we will:"), "role:policy-makers");
        assert_eq!(
            role_key("As service providers we will (1):"),
            "role:service-providers"
        );
        assert_eq!(
            role_key("As service providers we will :"),
            "role:service-providers"
        );
        assert_eq!(
            role_key("As buyers of goods and services we will:"),
            "role:buyers-of-goods-and-services"
        );
    }

    #[test]
    fn a_role_without_commitments_or_heading_is_refused() {
        let mut no_heading = role("role:a", &["x"], None);
        no_heading.heading = None;
        let problems = check_structure(&[role("role:b", &[], None), no_heading]).unwrap_err();
        assert_eq!(
            problems,
            [
                (0, StructureProblem::RoleWithoutCommitment("role:b".into())),
                (1, StructureProblem::RoleWithoutHeading("role:a".into()))
            ]
        );
        assert_eq!(problems[0].1.part(), "items");
    }

    #[test]
    fn duplicate_keys_and_dangling_footnotes_are_refused() {
        let problems = check_structure(&[
            role("role:a", &["x"], Some("1")),
            role("role:a", &["y"], None),
        ])
        .unwrap_err();
        assert_eq!(
            problems,
            [
                (
                    0,
                    StructureProblem::FootnoteMissing {
                        key: "role:a".into(),
                        marker: "1".into()
                    }
                ),
                (1, StructureProblem::DuplicateKey("role:a".into()))
            ]
        );
    }

    #[test]
    fn a_footnote_call_with_its_footnote_is_fine() {
        let footnote = Section {
            kind: SectionKind::Footnote,
            key: "footnote:1".into(),
            heading: None,
            paragraphs: vec!["the signatories…".into()],
            items: vec![],
            footnote_marker: Some("1".into()),
        };
        assert_eq!(
            check_structure(&[role("role:a", &["x"], Some("1")), footnote]),
            Ok(())
        );
    }
}
