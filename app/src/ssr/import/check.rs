//! A CSV checked row by row against the registry: what each row would add or change, and every
//! problem with its row and column, before anything is written.

use std::collections::HashMap;

use super::*;
use crate::i18n::{Lang, Msg};
use crate::model::admin::{FieldChange, ImportReport, ImportRow};
use crate::ssr::convert::to_date;
use crate::ssr::entities::signatory;
use crate::ssr::entities::states::{SignatoryKind, SignatoryStatus};
use crate::ssr::forms::parse_url;
use crate::ssr::registry::{signing_date, Snapshot};
use crate::t;
use domain::date::{Day, PartialDate};
use domain::text::is_slug;

/// One checked row.
#[derive(Clone, Debug)]
pub(super) struct Row {
    pub(super) slug: String,
    pub(super) name: String,
    pub(super) kind: SignatoryKind,
    pub(super) country_code: String,
    pub(super) national_capital: bool,
    pub(super) status: SignatoryStatus,
    pub(super) website: Option<String>,
    pub(super) signing: Option<RowSigning>,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct RowSigning {
    pub(super) edition_id: i32,
    pub(super) edition_slug: String,
    pub(super) edition_confirmed: bool,
    pub(super) date: PartialDate,
    pub(super) position: Option<i32>,
    pub(super) event: Option<String>,
    pub(super) place: Option<String>,
    pub(super) signed_by_name: Option<String>,
    pub(super) signed_by_title: Option<String>,
    pub(super) council: Option<time::Date>,
    pub(super) announced: Option<String>,
    pub(super) sources: Vec<(String, Option<String>)>,
    pub(super) bounds: domain::ordinals::Bounds,
    pub(super) public_note: Option<String>,
}

/// What an import found: the report, and the rows to write when it has no problem.
pub struct Plan {
    pub report: ImportReport,
    /// Each row to write, what it does, and the fields it changes (old → new).
    pub(super) rows: Vec<(Row, &'static str, Vec<FieldChange>)>,
}

pub(super) fn field(record: &csv::StringRecord, i: usize) -> Option<String> {
    record
        .get(i)
        .map(|v| domain::text::unguard_cell(v.trim()))
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

pub(super) fn yes_no(raw: Option<String>) -> Result<bool, Msg> {
    match raw.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("no" | "false" | "0") => Ok(false),
        Some("yes" | "true" | "1") => Ok(true),
        Some(other) => Err(Msg::new("imp-yes-no").arg("value", other)),
    }
}

#[allow(clippy::too_many_lines)]
pub(super) fn check_row(
    record: &csv::StringRecord,
    line: u64,
    snapshot: &Snapshot,
    problems: &mut Vec<String>,
    ui: Lang,
) -> Option<Row> {
    let before = problems.len();
    let mut problem = |column: &str, reason: String| {
        problems.push(t!(
            ui,
            "imp-problem",
            line = line,
            column = column,
            reason = &reason
        ));
    };
    let get = |name: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|i| field(record, i))
    };
    let slug = get("slug").unwrap_or_default();
    if !is_slug(&slug) {
        problem("slug", t!(ui, "imp-slug", value = &slug));
    }
    let name = get("name").unwrap_or_default();
    if name.is_empty() || name.chars().count() > 120 {
        problem("name", t!(ui, "imp-name"));
    }
    let kind_raw = get("kind").unwrap_or_default();
    let kind = SignatoryKind::parse(&kind_raw).unwrap_or_else(|| {
        problem("kind", t!(ui, "imp-kind", value = &kind_raw));
        SignatoryKind::City
    });
    let country_code = get("country_code").unwrap_or_default().to_ascii_uppercase();
    if snapshot.is_european(&country_code).is_none() {
        problem("country_code", t!(ui, "imp-country", value = &country_code));
    }
    let national_capital = yes_no(get("national_capital")).unwrap_or_else(|reason| {
        problem("national_capital", reason.text(ui));
        false
    });
    let status_raw = get("status").unwrap_or_else(|| "signed".into());
    let status = SignatoryStatus::parse(&status_raw).unwrap_or_else(|| {
        problem("status", t!(ui, "imp-status", value = &status_raw));
        SignatoryStatus::Signed
    });
    let website = get("website").and_then(|w| {
        parse_url(&w)
            .map_err(|reason| problem("website", reason.text(ui)))
            .ok()
    });
    let signing = match get("edition") {
        None => None,
        Some(edition_slug) => {
            let edition = snapshot.editions().iter().find(|e| e.slug == edition_slug);
            if edition.is_none() {
                problem("edition", t!(ui, "imp-edition", value = &edition_slug));
            }
            let date = PartialDate::parse(&get("signed_on").unwrap_or_default()).unwrap_or_else(
                |reason| {
                    problem("signed_on", Msg::from(reason).text(ui));
                    PartialDate::Unknown
                },
            );
            let position = get("tie_position").and_then(|p| {
                p.parse::<i32>()
                    .ok()
                    .filter(|p| (1..=1000).contains(p))
                    .or_else(|| {
                        problem("tie_position", t!(ui, "imp-position", value = &p));
                        None
                    })
            });
            let council =
                get("council_decision_on").and_then(|raw| match PartialDate::parse(&raw) {
                    Ok(PartialDate::Day(d)) => to_date(d),
                    _ => {
                        problem("council_decision_on", t!(ui, "imp-day", value = &raw));
                        None
                    }
                });
            let sources = get("sources")
                .unwrap_or_default()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| match l.rsplit_once('|') {
                    Some((label, url)) => (
                        label.trim().to_owned(),
                        crate::ssr::forms::parse_source_url(url)
                            .map_err(|reason| problem("sources", reason.text(ui)))
                            .ok(),
                    ),
                    None => (l.to_owned(), None),
                })
                .collect();
            let bound = |name: &str, problem: &mut dyn FnMut(&str, String)| {
                get(name).and_then(|raw| match PartialDate::parse(&raw) {
                    Ok(PartialDate::Day(d)) => Some(d),
                    _ => {
                        problem(name, t!(ui, "imp-day", value = &raw));
                        None
                    }
                })
            };
            let bounds = domain::ordinals::Bounds {
                not_before: bound("signed_not_before", &mut problem),
                not_after: bound("signed_not_after", &mut problem),
            };
            match domain::ordinals::Span::of(date, bounds) {
                Err(domain::ordinals::RangeError::EndsBeforeStart) => {
                    problem("signed_not_after", t!(ui, "msg-range-order"));
                }
                Err(domain::ordinals::RangeError::BeforeLaunch) => {
                    problem("signed_not_after", t!(ui, "msg-range-launch"));
                }
                Ok(_) => {}
            }
            let edition_confirmed = yes_no(get("edition_confirmed")).unwrap_or_else(|reason| {
                problem("edition_confirmed", reason.text(ui));
                false
            });
            edition.map(|e| RowSigning {
                edition_id: e.id,
                edition_slug: e.slug.clone(),
                edition_confirmed,
                date,
                position,
                event: get("event"),
                place: get("place"),
                signed_by_name: get("signed_by_name"),
                signed_by_title: get("signed_by_title"),
                council,
                announced: get("announced_ordinal"),
                sources,
                bounds,
                public_note: get("public_note"),
            })
        }
    };
    (problems.len() == before).then_some(Row {
        slug,
        name,
        kind,
        country_code,
        national_capital,
        status,
        website,
        signing,
    })
}

pub(super) fn existing_signing(
    snapshot: &Snapshot,
    who: &signatory::Model,
    edition_id: i32,
) -> Option<RowSigning> {
    let s = snapshot
        .signings_of(who.id)
        .find(|s| s.edition_id == edition_id)?;
    Some(RowSigning {
        edition_id,
        edition_slug: snapshot
            .editions()
            .iter()
            .find(|e| e.id == edition_id)
            .map(|e| e.slug.clone())
            .unwrap_or_default(),
        edition_confirmed: s.edition_confirmed,
        date: signing_date(s),
        position: s.tie_position,
        event: s.event.clone(),
        place: s.place.clone(),
        signed_by_name: s.signed_by_name.clone(),
        signed_by_title: s.signed_by_title.clone(),
        council: s.council_decision_on,
        announced: s.announced_ordinal.clone(),
        sources: snapshot
            .sources_of_signing(s.id)
            .map(|x| (x.label.clone(), x.url.clone()))
            .collect(),
        bounds: crate::ssr::registry::signing_bounds(s),
        public_note: s.public_note.clone(),
    })
}

/// A value as the dry run shows it: empty as `—`.
fn shown(value: Option<&str>) -> String {
    value.filter(|v| !v.is_empty()).unwrap_or("—").to_owned()
}

/// The fields a row would change on signatory `who` and on its signing of the row's edition:
/// `(field, old, new)` with the column names of the file, each value as written there.
fn row_changes(snapshot: &Snapshot, who: &signatory::Model, row: &Row) -> Vec<FieldChange> {
    let mut list = Vec::new();
    let mut diff = |field: &str, old: String, new: String| {
        if old != new {
            list.push(FieldChange {
                field: field.to_owned(),
                before: Some(old),
                after: Some(new),
            });
        }
    };
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    diff("name", who.name.clone(), row.name.clone());
    diff("kind", who.kind.as_str().into(), row.kind.as_str().into());
    diff(
        "country_code",
        who.country_code.clone(),
        row.country_code.clone(),
    );
    diff(
        "national_capital",
        yes_no(who.national_capital),
        yes_no(row.national_capital),
    );
    diff(
        "status",
        who.status.as_str().into(),
        row.status.as_str().into(),
    );
    diff(
        "website",
        shown(who.website.as_deref()),
        shown(row.website.as_deref()),
    );
    let Some(new) = &row.signing else {
        return list;
    };
    let Some(old) = existing_signing(snapshot, who, new.edition_id) else {
        diff("edition", "—".into(), new.edition_slug.clone());
        diff("signed_on", "—".into(), new.date.iso());
        return list;
    };
    let day = |d: Option<time::Date>| {
        shown(
            d.and_then(crate::ssr::convert::from_date)
                .map(Day::iso)
                .as_deref(),
        )
    };
    let bound = |d: Option<Day>| shown(d.map(Day::iso).as_deref());
    let sources = |s: &[(String, Option<String>)]| {
        s.iter()
            .map(|(label, url)| {
                url.as_ref()
                    .map_or_else(|| label.clone(), |u| format!("{label} | {u}"))
            })
            .collect::<Vec<_>>()
            .join(" ; ")
    };
    diff(
        "edition_confirmed",
        yes_no(old.edition_confirmed),
        yes_no(new.edition_confirmed),
    );
    diff("signed_on", old.date.iso(), new.date.iso());
    diff(
        "signed_not_before",
        bound(old.bounds.not_before),
        bound(new.bounds.not_before),
    );
    diff(
        "signed_not_after",
        bound(old.bounds.not_after),
        bound(new.bounds.not_after),
    );
    diff(
        "tie_position",
        shown(old.position.map(|p| p.to_string()).as_deref()),
        shown(new.position.map(|p| p.to_string()).as_deref()),
    );
    diff(
        "event",
        shown(old.event.as_deref()),
        shown(new.event.as_deref()),
    );
    diff(
        "place",
        shown(old.place.as_deref()),
        shown(new.place.as_deref()),
    );
    diff(
        "signed_by_name",
        shown(old.signed_by_name.as_deref()),
        shown(new.signed_by_name.as_deref()),
    );
    diff(
        "signed_by_title",
        shown(old.signed_by_title.as_deref()),
        shown(new.signed_by_title.as_deref()),
    );
    diff("council_decision_on", day(old.council), day(new.council));
    diff(
        "announced_ordinal",
        shown(old.announced.as_deref()),
        shown(new.announced.as_deref()),
    );
    diff("sources", sources(&old.sources), sources(&new.sources));
    diff(
        "public_note",
        shown(old.public_note.as_deref()),
        shown(new.public_note.as_deref()),
    );
    list
}

/// Reads a CSV and decides, row by row, what applying it would do, its problems written in
/// `ui`. Writes nothing.
#[must_use]
pub fn plan(csv_text: &str, snapshot: &Snapshot, ui: Lang) -> Plan {
    let mut report = ImportReport::default();
    let mut rows = Vec::new();
    // Rows may have the columns of files written before date ranges (the rest is then empty),
    // or all of them; any other length is a problem of its row.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    match reader.headers() {
        Ok(headers)
            if headers.iter().map(str::trim).eq(COLUMNS.iter().copied())
                || headers
                    .iter()
                    .map(str::trim)
                    .eq(COLUMNS[..super::LEGACY_COLUMNS].iter().copied()) => {}
        Ok(headers) => {
            report.problems.push(t!(
                ui,
                "imp-header",
                expected = &COLUMNS.join(","),
                found = &headers.iter().collect::<Vec<_>>().join(",")
            ));
            return Plan { report, rows };
        }
        Err(err) => {
            report.problems.push(t!(
                ui,
                "imp-unreadable",
                line = 1u32,
                error = &err.to_string()
            ));
            return Plan { report, rows };
        }
    }
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    for (i, result) in reader.records().enumerate() {
        if i >= MAX_ROWS {
            report.problems.push(t!(ui, "imp-too-many", max = MAX_ROWS));
            break;
        }
        let line = result
            .as_ref()
            .ok()
            .and_then(|r| r.position().map(csv::Position::line))
            .unwrap_or(i as u64 + 2);
        let record = match result {
            Ok(r) => r,
            Err(err) => {
                report.problems.push(t!(
                    ui,
                    "imp-unreadable",
                    line = line,
                    error = &err.to_string()
                ));
                continue;
            }
        };
        if record.len() != COLUMNS.len() && record.len() != super::LEGACY_COLUMNS {
            report.problems.push(t!(
                ui,
                "imp-unreadable",
                line = line,
                error = &t!(
                    ui,
                    "imp-field-count",
                    found = record.len(),
                    expected = COLUMNS.len()
                )
            ));
            continue;
        }
        let before = report.problems.len();
        let Some(row) = check_row(&record, line, snapshot, &mut report.problems, ui) else {
            report.rows.push(ImportRow {
                line,
                name: field(&record, 1).unwrap_or_default(),
                action: "problem".into(),
                detail: report.problems[before..].join("; "),
                changes: Vec::new(),
            });
            continue;
        };
        let key = (
            row.slug.clone(),
            row.signing
                .as_ref()
                .map(|s| s.edition_slug.clone())
                .unwrap_or_default(),
        );
        if let Some(first) = seen.insert(key, line) {
            let message = t!(ui, "imp-duplicate", line = line, first = first);
            report.problems.push(message.clone());
            report.rows.push(ImportRow {
                line,
                name: row.name,
                action: "problem".into(),
                detail: message,
                changes: Vec::new(),
            });
            continue;
        }
        let existing = snapshot.signatories().iter().find(|s| s.slug == row.slug);
        let changes = existing
            .map(|who| row_changes(snapshot, who, &row))
            .unwrap_or_default();
        let action = match existing {
            None => "create",
            Some(_) if changes.is_empty() => "unchanged",
            Some(_) => "change",
        };
        match action {
            "create" => report.creates += 1,
            "change" => report.changes += 1,
            _ => report.unchanged += 1,
        }
        report.rows.push(ImportRow {
            line,
            name: row.name.clone(),
            action: action.into(),
            detail: String::new(),
            changes: changes.clone(),
        });
        if action != "unchanged" {
            rows.push((row, action, changes));
        }
    }
    Plan { report, rows }
}
