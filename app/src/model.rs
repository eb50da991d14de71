//! Wire types shared by the server and the browser: plain serde structs, never database entities.

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
}

/// An edition page: the edition and every published edition for the switcher.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionPage {
    pub edition: Edition,
    pub editions: Vec<EditionSummary>,
}

/// How a passage changed between two editions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Unchanged,
    Added,
    Removed,
    /// Edited in place; the segments show the word-level edit.
    Changed,
    /// The same text at another place in the list (1-based positions).
    Moved {
        from: usize,
        to: usize,
    },
}

/// A run of words within a compared passage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Same(String),
    Inserted(String),
    Deleted(String),
}

/// One paragraph, heading or commitment as compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageDiff {
    pub change: Change,
    pub segments: Vec<Segment>,
}

/// How a whole section compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectionStatus {
    Unchanged,
    Changed,
    /// Only in the newer edition's text held by the registry.
    Added,
    /// Only in the older edition's text held by the registry.
    Removed,
    /// The older edition's text for this section is not in the registry, so no comparison is possible.
    NotHeld,
}

/// One section of a comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionDiff {
    pub key: String,
    pub kind: SectionKind,
    pub heading: Option<PassageDiff>,
    pub status: SectionStatus,
    pub paragraphs: Vec<PassageDiff>,
    pub items: Vec<PassageDiff>,
}

/// The comparison of two editions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub from: EditionSummary,
    pub to: EditionSummary,
    pub sections: Vec<SectionDiff>,
    pub editions: Vec<EditionSummary>,
}

impl Comparison {
    /// How many passages were added, removed, changed and moved.
    #[must_use]
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for section in &self.sections {
            if section.status == SectionStatus::NotHeld {
                tally.not_comparable += 1;
                continue;
            }
            for passage in section
                .heading
                .iter()
                .chain(&section.paragraphs)
                .chain(&section.items)
            {
                match passage.change {
                    Change::Unchanged => {}
                    Change::Added => tally.added += 1,
                    Change::Removed => tally.removed += 1,
                    Change::Changed => tally.changed += 1,
                    Change::Moved { .. } => tally.moved += 1,
                }
            }
        }
        tally
    }
}

/// Counts of changed passages in a comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub moved: usize,
    /// Sections that cannot be compared because the older text is not held.
    pub not_comparable: usize,
}

/// What the home page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeSummary {
    pub signatory_count: u64,
    /// Published editions, oldest first.
    pub editions: Vec<EditionSummary>,
}
