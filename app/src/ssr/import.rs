//! The registry as CSV: export, and import with a dry run that says row by row what would be
//! created or changed and every problem (line, column, reason); applying writes every row in
//! one transaction or none. The same format both ways (documented in the README).

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde_json::json;
use time::OffsetDateTime;

use super::audit::{record, Actor};
use super::convert::{from_date, to_date};
use super::db::begin_write;
use super::entities::{signatory, signing, signing_source};
use super::forms::parse_url;
use super::registry::{signing_date, Snapshot};
use crate::i18n::{Lang, Msg};
use crate::model::admin::{ImportReport, ImportRow};
use crate::ssr::entities::states::{SignatoryKind, SignatoryStatus};
use crate::t;
use domain::date::{PartialDate, Precision};
use domain::text::{fold, is_slug};

/// The columns, in order. One row per signing; a signatory without signings has an empty edition.
pub const COLUMNS: [&str; 18] = [
    "slug",
    "name",
    "kind",
    "country_code",
    "national_capital",
    "status",
    "website",
    "edition",
    "edition_confirmed",
    "signed_on",
    "tie_position",
    "event",
    "place",
    "signed_by_name",
    "signed_by_title",
    "council_decision_on",
    "announced_ordinal",
    "sources",
];

/// The largest file accepted.
pub const MAX_ROWS: usize = 100_000;

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn opt(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

/// The registry in the import format.
///
/// # Errors
/// CSV writing errors (as text).
pub fn export_csv(snapshot: &Snapshot) -> Result<String, String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS).map_err(|e| e.to_string())?;
    let editions: HashMap<i32, &str> = snapshot
        .editions()
        .iter()
        .map(|e| (e.id, e.slug.as_str()))
        .collect();
    for who in snapshot.signatories() {
        let base = [
            who.slug.clone(),
            who.name.clone(),
            who.kind.as_str().to_owned(),
            who.country_code.clone(),
            yes(who.national_capital).to_owned(),
            who.status.as_str().to_owned(),
            opt(who.website.as_ref()),
        ];
        let signings: Vec<&signing::Model> = snapshot.signings_of(who.id).collect();
        if signings.is_empty() {
            let mut row: Vec<String> = base.to_vec();
            row.resize(COLUMNS.len(), String::new());
            out.write_record(row.iter().map(|c| domain::text::guard_cell(c).into_owned()))
                .map_err(|e| e.to_string())?;
        }
        for s in signings {
            let sources: Vec<String> = snapshot
                .sources_of_signing(s.id)
                .map(|x| match &x.url {
                    Some(url) => format!("{} | {url}", x.label),
                    None => x.label.clone(),
                })
                .collect();
            let mut row: Vec<String> = base.to_vec();
            row.extend([
                editions
                    .get(&s.edition_id)
                    .copied()
                    .unwrap_or("")
                    .to_owned(),
                yes(s.edition_confirmed).to_owned(),
                signing_date(s).iso(),
                s.tie_position.map(|p| p.to_string()).unwrap_or_default(),
                opt(s.event.as_ref()),
                opt(s.place.as_ref()),
                opt(s.signed_by_name.as_ref()),
                opt(s.signed_by_title.as_ref()),
                s.council_decision_on
                    .and_then(from_date)
                    .map(|d| d.iso())
                    .unwrap_or_default(),
                opt(s.announced_ordinal.as_ref()),
                sources.join("\n"),
            ]);
            out.write_record(row.iter().map(|c| domain::text::guard_cell(c).into_owned()))
                .map_err(|e| e.to_string())?;
        }
    }
    String::from_utf8(out.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

/// One checked row.
#[derive(Clone, Debug)]
struct Row {
    slug: String,
    name: String,
    kind: SignatoryKind,
    country_code: String,
    national_capital: bool,
    status: SignatoryStatus,
    website: Option<String>,
    signing: Option<RowSigning>,
}

#[derive(Clone, Debug, PartialEq)]
struct RowSigning {
    edition_id: i32,
    edition_slug: String,
    edition_confirmed: bool,
    date: PartialDate,
    position: Option<i32>,
    event: Option<String>,
    place: Option<String>,
    signed_by_name: Option<String>,
    signed_by_title: Option<String>,
    council: Option<time::Date>,
    announced: Option<String>,
    sources: Vec<(String, Option<String>)>,
}

/// What an import found: the report, and the rows to write when it has no problem.
pub struct Plan {
    pub report: ImportReport,
    rows: Vec<(Row, &'static str)>,
}

fn field(record: &csv::StringRecord, i: usize) -> Option<String> {
    record
        .get(i)
        .map(|v| domain::text::unguard_cell(v.trim()))
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

fn yes_no(raw: Option<String>) -> Result<bool, Msg> {
    match raw.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("no" | "false" | "0") => Ok(false),
        Some("yes" | "true" | "1") => Ok(true),
        Some(other) => Err(Msg::new("imp-yes-no").arg("value", other)),
    }
}

#[allow(clippy::too_many_lines)]
fn check_row(
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
                        parse_url(url)
                            .map_err(|reason| problem("sources", reason.text(ui)))
                            .ok(),
                    ),
                    None => (l.to_owned(), None),
                })
                .collect();
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

fn existing_signing(
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
    })
}

/// Reads a CSV and decides, row by row, what applying it would do, its problems written in
/// `ui`. Writes nothing.
#[must_use]
pub fn plan(csv_text: &str, snapshot: &Snapshot, ui: Lang) -> Plan {
    let mut report = ImportReport::default();
    let mut rows = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(csv_text.as_bytes());
    match reader.headers() {
        Ok(headers) if headers.iter().map(str::trim).eq(COLUMNS.iter().copied()) => {}
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
        let before = report.problems.len();
        let Some(row) = check_row(&record, line, snapshot, &mut report.problems, ui) else {
            report.rows.push(ImportRow {
                line,
                name: field(&record, 1).unwrap_or_default(),
                action: "problem".into(),
                detail: report.problems[before..].join("; "),
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
            });
            continue;
        }
        let existing = snapshot.signatories().iter().find(|s| s.slug == row.slug);
        let mut changes = Vec::new();
        let action = match existing {
            None => "create",
            Some(who) => {
                if who.name != row.name {
                    changes.push("name");
                }
                if who.kind != row.kind {
                    changes.push("kind");
                }
                if who.country_code != row.country_code {
                    changes.push("country_code");
                }
                if who.national_capital != row.national_capital {
                    changes.push("national_capital");
                }
                if who.status != row.status {
                    changes.push("status");
                }
                if who.website != row.website {
                    changes.push("website");
                }
                if let Some(s) = &row.signing {
                    match existing_signing(snapshot, who, s.edition_id) {
                        None => changes.push("new_signing"),
                        Some(old) if old != *s => changes.push("signing"),
                        Some(_) => {}
                    }
                }
                if changes.is_empty() {
                    "unchanged"
                } else {
                    "change"
                }
            }
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
            detail: changes
                .iter()
                .map(|c| ui.t_or(&format!("imp-change-{c}"), c))
                .collect::<Vec<_>>()
                .join(", "),
        });
        if action != "unchanged" {
            rows.push((row, action));
        }
    }
    Plan { report, rows }
}

/// Writes a plan with no problem, every row in one transaction (or none). `progress` is
/// called after each row with (rows done, rows to do).
///
/// # Errors
/// Database errors: nothing is written then.
#[allow(clippy::too_many_lines)]
pub async fn apply(
    db: &DatabaseConnection,
    mut plan: Plan,
    actor: &Actor,
    now: OffsetDateTime,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ImportReport, DbErr> {
    if !plan.report.problems.is_empty() {
        return Ok(plan.report);
    }
    let total = plan.rows.len();
    let txn = begin_write(db).await?;
    let mut ids: HashMap<String, i32> = signatory::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|s| (s.slug, s.id))
        .collect();
    for (done, (row, action)) in plan.rows.iter().enumerate() {
        let fields = json!({"name": row.name, "kind": row.kind, "country": row.country_code,
            "national_capital": row.national_capital, "status": row.status, "website": row.website});
        let signatory_id = if let Some(id) = ids.get(&row.slug).copied() {
            let mut active: signatory::ActiveModel = signatory::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or_else(|| DbErr::RecordNotFound(row.slug.clone()))?
                .into();
            active.name = Set(row.name.clone());
            active.search_name = Set(fold(&row.name));
            active.kind = Set(row.kind);
            active.country_code = Set(row.country_code.clone());
            active.national_capital = Set(row.national_capital);
            active.status = Set(row.status);
            active.website = Set(row.website.clone());
            active.updated_at = Set(now);
            active.update(&txn).await?;
            id
        } else {
            let created = super::signings::new_signatory(
                &row.slug,
                &row.name,
                row.kind,
                &row.country_code,
                row.national_capital,
                row.website.clone(),
                row.status,
                now,
            )
            .insert(&txn)
            .await?;
            ids.insert(row.slug.clone(), created.id);
            created.id
        };
        if let Some(s) = &row.signing {
            let precision = match s.date {
                PartialDate::Day(_) => Precision::Day,
                PartialDate::Month { .. } => Precision::Month,
                PartialDate::Year(_) => Precision::Year,
                PartialDate::Unknown => Precision::Unknown,
            };
            let old = signing::Entity::find()
                .filter(signing::Column::SignatoryId.eq(signatory_id))
                .filter(signing::Column::EditionId.eq(s.edition_id))
                .one(&txn)
                .await?;
            let mut active: signing::ActiveModel = match old {
                Some(model) => model.into(),
                None => signing::ActiveModel {
                    signatory_id: Set(signatory_id),
                    edition_id: Set(s.edition_id),
                    confidence: Set("high".into()),
                    notes: Set(None),
                    created_at: Set(now),
                    ..Default::default()
                },
            };
            active.edition_confirmed = Set(s.edition_confirmed);
            active.signed_on = Set(s.date.first_day().and_then(to_date));
            active.date_precision = Set(precision.as_str().to_owned());
            active.tie_position = Set(s.position);
            active.event = Set(s.event.clone());
            active.place = Set(s.place.clone());
            active.signed_by_name = Set(s.signed_by_name.clone());
            active.signed_by_title = Set(s.signed_by_title.clone());
            active.council_decision_on = Set(s.council);
            active.announced_ordinal = Set(s.announced.clone());
            active.updated_at = Set(now);
            let saved = active.save(&txn).await?;
            let signing_id = match saved.id {
                sea_orm::ActiveValue::Set(id) | sea_orm::ActiveValue::Unchanged(id) => id,
                sea_orm::ActiveValue::NotSet => return Err(DbErr::RecordNotInserted),
            };
            signing_source::Entity::delete_many()
                .filter(signing_source::Column::SigningId.eq(signing_id))
                .exec(&txn)
                .await?;
            super::signings::insert_sources(&txn, signing_id, &s.sources).await?;
        }
        record(
            &txn,
            now,
            actor,
            &format!("import.{action}"),
            "signatory",
            Some(row.slug.clone()),
            None,
            Some(fields),
        )
        .await?;
        progress(done + 1, total);
    }
    txn.commit().await?;
    plan.report.applied = true;
    Ok(plan.report)
}

/// Runs a dry run (`intent` other than `apply`) or an import for the staff page, and returns
/// what the page shows (in `ui`): a sentence, the report, and the CSV again unless it was imported.
///
/// # Errors
/// `Internal` on a database error (nothing written then).
pub async fn run_for_page(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    intent: &str,
    csv_text: &str,
    actor: &Actor,
    now: OffsetDateTime,
    ui: Lang,
) -> Result<crate::model::admin::FormState, crate::error::AppError> {
    let planned = plan(csv_text, snapshot, ui);
    let report = if intent == "apply" && planned.report.problems.is_empty() {
        apply(db, planned, actor, now, &|_, _| {}).await?
    } else {
        planned.report
    };
    let mut kept = crate::model::admin::FormState {
        form: "import".into(),
        ..Default::default()
    };
    let (creates, changes, unchanged) = (report.creates, report.changes, report.unchanged);
    kept.notice = Some(if report.applied {
        t!(
            ui,
            "imp-applied",
            creates = creates,
            changes = changes,
            unchanged = unchanged
        )
    } else if report.problems.is_empty() {
        t!(
            ui,
            "imp-dry-run",
            creates = creates,
            changes = changes,
            unchanged = unchanged
        )
    } else {
        t!(ui, "imp-refused", n = report.problems.len())
    });
    if !report.applied {
        kept.values.insert("csv".into(), csv_text.to_owned());
    }
    kept.values.insert(
        "_report".into(),
        serde_json::to_string(&report).map_err(|_| crate::error::AppError::Internal)?,
    );
    Ok(kept)
}
