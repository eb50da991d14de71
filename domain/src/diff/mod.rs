//! What changed between two charter editions, computed from their stored texts.
//!
//! Sections are paired by key; within a section, paragraphs and commitments are compared as
//! lists (Myers diff), a passage that only changed place is reported as moved, and an edited
//! passage carries a word-level diff. List punctuation at the end of a passage (`;`, `.`, `,`)
//! and the form of apostrophes are not counted as changes: they are typography, not content.

use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffOp, TextDiff};

use serde::{Deserialize, Serialize};

use crate::edition::{Edition, EditionSummary, Section, SectionKind};

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

/// Below this similarity an old and a new passage in the same place are shown as removed and
/// added instead of as one edited passage.
const EDIT_SIMILARITY: f32 = 0.5;

/// Compares `from` (older) with `to` (newer).
#[must_use]
pub fn compare(from: &Edition, to: &Edition, editions: Vec<EditionSummary>) -> Comparison {
    let mut sections: Vec<SectionDiff> = to
        .sections
        .iter()
        .map(
            |new| match from.sections.iter().find(|old| old.key == new.key) {
                Some(old) => compare_sections(old, new),
                // The registry holds only the commitments and footnotes of such an edition: whether it
                // had this preamble, closing or note is unknown, so nothing is claimed either way.
                None if from.preamble_missing
                    && !matches!(new.kind, SectionKind::Role | SectionKind::Footnote) =>
                {
                    one_sided(new, SectionStatus::NotHeld, Change::Unchanged)
                }
                None => one_sided(new, SectionStatus::Added, Change::Added),
            },
        )
        .collect();
    sections.extend(
        from.sections
            .iter()
            .filter(|old| !to.sections.iter().any(|new| new.key == old.key))
            .map(|old| one_sided(old, SectionStatus::Removed, Change::Removed)),
    );
    Comparison {
        from: from.summary.clone(),
        to: to.summary.clone(),
        sections,
        editions,
    }
}

fn one_sided(section: &Section, status: SectionStatus, change: Change) -> SectionDiff {
    let whole = |text: &String| PassageDiff {
        change: change.clone(),
        segments: vec![match change {
            Change::Added => Segment::Inserted(text.clone()),
            Change::Removed => Segment::Deleted(text.clone()),
            _ => Segment::Same(text.clone()),
        }],
    };
    SectionDiff {
        key: section.key.clone(),
        kind: section.kind,
        heading: section.heading.as_ref().map(whole),
        status,
        paragraphs: section.paragraphs.iter().map(whole).collect(),
        items: section.items.iter().map(whole).collect(),
    }
}

fn compare_sections(old: &Section, new: &Section) -> SectionDiff {
    let heading = match (&old.heading, &new.heading) {
        (Some(a), Some(b)) => Some(compare_passage(a, b)),
        (None, Some(b)) => Some(PassageDiff {
            change: Change::Added,
            segments: vec![Segment::Inserted(b.clone())],
        }),
        (Some(a), None) => Some(PassageDiff {
            change: Change::Removed,
            segments: vec![Segment::Deleted(a.clone())],
        }),
        (None, None) => None,
    };
    let paragraphs = compare_lists(&old.paragraphs, &new.paragraphs);
    let items = compare_lists(&old.items, &new.items);
    let changed = heading
        .iter()
        .chain(&paragraphs)
        .chain(&items)
        .any(|p| p.change != Change::Unchanged);
    SectionDiff {
        key: new.key.clone(),
        kind: new.kind,
        heading,
        status: if changed {
            SectionStatus::Changed
        } else {
            SectionStatus::Unchanged
        },
        paragraphs,
        items,
    }
}

/// The text as compared: apostrophes unified, trailing list punctuation and spaces dropped.
fn normalise(text: &str) -> String {
    text.replace(['\u{2019}', '\u{2018}'], "'")
        .trim()
        .trim_end_matches([';', '.', ','])
        .trim_end()
        .to_owned()
}

fn compare_passage(old: &str, new: &str) -> PassageDiff {
    if normalise(old) == normalise(new) {
        return PassageDiff {
            change: Change::Unchanged,
            segments: vec![Segment::Same(new.to_owned())],
        };
    }
    PassageDiff {
        change: Change::Changed,
        segments: word_segments(old, new),
    }
}

fn word_segments(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_words(old, new);
    let mut segments: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (segments.last_mut(), change.tag()) {
            (Some(Segment::Same(run)), ChangeTag::Equal)
            | (Some(Segment::Inserted(run)), ChangeTag::Insert)
            | (Some(Segment::Deleted(run)), ChangeTag::Delete) => run.push_str(text),
            (_, ChangeTag::Equal) => segments.push(Segment::Same(text.to_owned())),
            (_, ChangeTag::Insert) => segments.push(Segment::Inserted(text.to_owned())),
            (_, ChangeTag::Delete) => segments.push(Segment::Deleted(text.to_owned())),
        }
    }
    segments
}

fn similarity(old: &str, new: &str) -> f32 {
    TextDiff::from_words(old, new).ratio()
}

/// Compares two lists of passages, in the new list's order, with removed passages where they stood.
fn compare_lists(old: &[String], new: &[String]) -> Vec<PassageDiff> {
    let old_keys: Vec<String> = old.iter().map(|t| normalise(t)).collect();
    let new_keys: Vec<String> = new.iter().map(|t| normalise(t)).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys);

    // Passages on one side only; those with an exact twin on the other side have moved.
    let mut unmatched_old: Vec<usize> = Vec::new();
    let mut unmatched_new: Vec<usize> = Vec::new();
    for op in &ops {
        let (_, old_range, new_range) = op.as_tag_tuple();
        if !matches!(op, DiffOp::Equal { .. }) {
            unmatched_old.extend(old_range);
            unmatched_new.extend(new_range);
        }
    }
    let mut moved_from: Vec<Option<usize>> = vec![None; new.len()];
    let mut moved_old = vec![false; old.len()];
    for &n in &unmatched_new {
        if let Some(&o) = unmatched_old
            .iter()
            .find(|&&o| !moved_old[o] && old_keys[o] == new_keys[n])
        {
            moved_old[o] = true;
            moved_from[n] = Some(o);
        }
    }

    let mut out = Vec::new();
    for op in ops {
        let (_, old_range, new_range) = op.as_tag_tuple();
        if let DiffOp::Equal { .. } = op {
            out.extend(new_range.map(|n| PassageDiff {
                change: Change::Unchanged,
                segments: vec![Segment::Same(new[n].clone())],
            }));
            continue;
        }
        let mut olds = old_range.filter(|&o| !moved_old[o]).peekable();
        for n in new_range {
            if let Some(o) = moved_from[n] {
                out.push(PassageDiff {
                    change: Change::Moved {
                        from: o + 1,
                        to: n + 1,
                    },
                    segments: vec![Segment::Same(new[n].clone())],
                });
                continue;
            }
            match olds.peek() {
                Some(&o) if similarity(&old[o], &new[n]) >= EDIT_SIMILARITY => {
                    olds.next();
                    out.push(compare_passage(&old[o], &new[n]));
                }
                _ => out.push(PassageDiff {
                    change: Change::Added,
                    segments: vec![Segment::Inserted(new[n].clone())],
                }),
            }
        }
        out.extend(olds.map(|o| PassageDiff {
            change: Change::Removed,
            segments: vec![Segment::Deleted(old[o].clone())],
        }));
    }
    out
}

#[cfg(test)]
mod tests;
