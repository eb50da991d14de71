//! Edition comparison tests.

use super::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn changes(list: &[PassageDiff]) -> Vec<Change> {
    list.iter().map(|p| p.change.clone()).collect()
}

fn edition(slug: &str, preamble_missing: bool, sections: Vec<Section>) -> Edition {
    Edition {
        summary: EditionSummary {
            slug: slug.into(),
            title: slug.into(),
            status: "published".into(),
            is_current: false,
            first_published: "February 2010".into(),
            last_updated: None,
        },
        subtitle: String::new(),
        language: "en".into(),
        preamble_missing,
        editorial_note: None,
        sections,
        translated_from: None,
    }
}

fn section(
    kind: SectionKind,
    key: &str,
    heading: Option<&str>,
    paragraphs: &[&str],
    items: &[&str],
) -> Section {
    Section {
        kind,
        key: key.into(),
        heading: heading.map(Into::into),
        paragraphs: strings(paragraphs),
        items: strings(items),
        footnote_marker: None,
    }
}

#[test]
fn identical_lists_are_unchanged() {
    let list = strings(&["a b", "c d"]);
    assert_eq!(
        changes(&compare_lists(&list, &list)),
        vec![Change::Unchanged; 2]
    );
}

#[test]
fn a_swap_is_reported_as_a_move_not_as_removal_and_addition() {
    let old = strings(&[
        "Apply principles;",
        "Promote the supplier-base;",
        "Promote contractors.",
    ]);
    let new = strings(&[
        "Apply principles;",
        "Promote contractors;",
        "Promote the supplier-base.",
    ]);
    let result = compare_lists(&old, &new);
    assert_eq!(result.len(), 3);
    assert_eq!(result[0].change, Change::Unchanged);
    assert!(result
        .iter()
        .any(|p| matches!(p.change, Change::Moved { .. })));
    assert!(!result
        .iter()
        .any(|p| matches!(p.change, Change::Added | Change::Removed)));
}

#[test]
fn an_edited_passage_carries_its_word_diff() {
    let result = compare_lists(
        &strings(&["We will help all migrants"]),
        &strings(&["We will help all residents"]),
    );
    assert_eq!(result.len(), 1);
    assert_eq!(result[0].change, Change::Changed);
    assert!(result[0]
        .segments
        .contains(&Segment::Deleted("migrants".into())));
    assert!(result[0]
        .segments
        .contains(&Segment::Inserted("residents".into())));
}

#[test]
fn unrelated_replacements_are_removed_and_added() {
    let result = compare_lists(
        &strings(&["alpha beta gamma"]),
        &strings(&["completely other words here"]),
    );
    assert_eq!(changes(&result), vec![Change::Added, Change::Removed]);
}

#[test]
fn apostrophes_and_list_punctuation_are_not_changes() {
    let result = compare_lists(
        &strings(&["migrants’ needs;"]),
        &strings(&["migrants' needs."]),
    );
    assert_eq!(changes(&result), vec![Change::Unchanged]);
}

#[test]
fn a_preamble_the_registry_lacks_is_not_held_rather_than_added() {
    let old = edition(
        "2010",
        true,
        vec![section(
            SectionKind::Role,
            "role:x",
            Some("As x we will (1):"),
            &[],
            &["a"],
        )],
    );
    let new = edition(
        "2024",
        false,
        vec![
            section(
                SectionKind::Preamble,
                "preamble",
                None,
                &["We, the undersigned mayors"],
                &[],
            ),
            section(
                SectionKind::Role,
                "role:x",
                Some("As x we will:"),
                &[],
                &["a"],
            ),
            section(
                SectionKind::Closing,
                "closing",
                None,
                &["We the Mayors commit"],
                &[],
            ),
        ],
    );
    let cmp = compare(&old, &new, vec![]);
    assert_eq!(cmp.sections[0].status, SectionStatus::NotHeld);
    assert_eq!(cmp.sections[1].status, SectionStatus::Changed);
    assert_eq!(
        cmp.sections[1].heading.as_ref().map(|h| h.change.clone()),
        Some(Change::Changed)
    );
    assert_eq!(cmp.sections[2].status, SectionStatus::NotHeld);
    let tally = cmp.tally();
    assert_eq!(
        (
            tally.added,
            tally.changed,
            tally.removed,
            tally.not_comparable
        ),
        (0, 1, 0, 2)
    );
}

#[test]
fn a_section_only_in_a_complete_newer_edition_is_added() {
    let old = edition("a", false, vec![]);
    let new = edition(
        "b",
        false,
        vec![section(
            SectionKind::Closing,
            "closing",
            None,
            &["We commit"],
            &[],
        )],
    );
    let cmp = compare(&old, &new, vec![]);
    assert_eq!(cmp.sections[0].status, SectionStatus::Added);
    assert_eq!(cmp.tally().added, 1);
}

#[test]
fn a_section_only_in_the_older_edition_is_removed() {
    let old = edition(
        "a",
        false,
        vec![section(
            SectionKind::Footnote,
            "footnote:1",
            None,
            &["(1) note"],
            &[],
        )],
    );
    let new = edition("b", false, vec![]);
    let cmp = compare(&old, &new, vec![]);
    assert_eq!(cmp.sections.len(), 1);
    assert_eq!(cmp.sections[0].status, SectionStatus::Removed);
    assert_eq!(cmp.tally().removed, 1);
}
