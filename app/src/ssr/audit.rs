//! The audit log: one record per write, inserted with the caller's connection so it commits or
//! rolls back with the change it describes. Records never hold passwords, hashes or session ids.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use time::OffsetDateTime;

use super::entities::audit_log;
use crate::model::admin::{AuditRow, FieldChange};

/// Who did something: a staff member, or the system (seed, CLI).
#[derive(Clone, Debug)]
pub struct Actor {
    pub id: Option<i32>,
    pub label: String,
    pub request_id: Option<String>,
}

impl Actor {
    /// The command line (`server import`, `server create-admin`).
    #[must_use]
    pub fn cli(command: &str) -> Self {
        Self {
            id: None,
            label: format!("cli:{command}"),
            request_id: None,
        }
    }
}

/// Control characters (a newline in a name) written as escapes, so one record stays one line.
#[must_use]
pub fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The longest actor label or target id an audit record or log line keeps (characters).
pub const MAX_LOGGED_CHARS: usize = 200;

/// `text` with control characters escaped and cut to `max` characters (a cut is marked `…`):
/// every value that reaches a log line or the audit log goes through it, so no request can
/// make either grow by more than a bounded amount.
#[must_use]
pub fn bounded(text: &str, max: usize) -> String {
    let mut out = escape_controls(&text.chars().take(max + 1).collect::<String>());
    if out.chars().count() > max {
        out = out.chars().take(max).collect();
        out.push('…');
    }
    out
}

/// Records that public data changed: app servers reload their cached registry snapshot.
///
/// # Errors
/// Database errors.
pub async fn bump_registry_version<C: ConnectionTrait>(db: &C) -> Result<(), DbErr> {
    db.execute_unprepared("UPDATE registry_version SET version = version + 1 WHERE id = 1")
        .await
        .map(|_| ())
}

/// What kinds of record the public pages show: changing one bumps the registry version.
const PUBLIC_KINDS: [&str; 8] = [
    "signatory",
    "signing",
    "press_release",
    "edition",
    "working_group",
    "announced_statement",
    "unidentified_signatory",
    "conference",
];

/// Inserts one record; `before` / `after` are JSON values of the changed fields. A change to
/// public data also bumps the registry version, in the same transaction.
///
/// # Errors
/// Database errors (the caller's transaction then rolls back the change too).
#[allow(clippy::too_many_arguments)]
pub async fn record<C: ConnectionTrait>(
    db: &C,
    at: OffsetDateTime,
    actor: &Actor,
    action: &str,
    target_kind: &str,
    target_id: Option<String>,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<(), DbErr> {
    record_all(
        db,
        vec![entry(
            at,
            actor,
            action,
            target_kind,
            target_id,
            before,
            after,
        )],
    )
    .await
}

/// One audit record, logged and ready to insert (see [`record_all`]).
#[must_use]
pub fn entry(
    at: OffsetDateTime,
    actor: &Actor,
    action: &str,
    target_kind: &str,
    target_id: Option<String>,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> audit_log::ActiveModel {
    let label = bounded(&actor.label, MAX_LOGGED_CHARS);
    let target_id = target_id.map(|id| bounded(&id, MAX_LOGGED_CHARS));
    tracing::info!(
        target: "audit",
        actor = %label,
        action,
        target_kind,
        target_id = target_id.as_deref().unwrap_or(""),
        request_id = actor.request_id.as_deref().unwrap_or(""),
        "audit"
    );
    audit_log::ActiveModel {
        at: Set(at),
        actor_id: Set(actor.id),
        actor: Set(label),
        action: Set(action.to_owned()),
        target_kind: Set(target_kind.to_owned()),
        target_id: Set(target_id),
        before: Set(before.map(|v| v.to_string())),
        after: Set(after.map(|v| v.to_string())),
        request_id: Set(actor.request_id.clone()),
        ..Default::default()
    }
}

/// Inserts audit records made by [`entry`] (a few hundred per statement), then bumps the
/// registry version once if any of them is about public data.
///
/// # Errors
/// Database errors.
pub async fn record_all<C: ConnectionTrait>(
    db: &C,
    entries: Vec<audit_log::ActiveModel>,
) -> Result<(), DbErr> {
    let public = entries.iter().any(|e| match &e.target_kind {
        sea_orm::ActiveValue::Set(kind) | sea_orm::ActiveValue::Unchanged(kind) => {
            PUBLIC_KINDS.contains(&kind.as_str())
        }
        sea_orm::ActiveValue::NotSet => false,
    });
    let mut rest = entries.into_iter().peekable();
    while rest.peek().is_some() {
        // 9 values a row: far under SQLite's and PostgreSQL's limits on bound values.
        let chunk: Vec<_> = rest.by_ref().take(500).collect();
        audit_log::Entity::insert_many(chunk).exec(db).await?;
    }
    // Last: on PostgreSQL the bump locks the version row until commit, so every other write
    // waits for it; doing it after the rest of the work keeps that wait to one statement.
    if public {
        bump_registry_version(db).await?;
    }
    Ok(())
}

pub(crate) fn utc_text(at: OffsetDateTime) -> String {
    let utc = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute()
    )
}

/// One JSON value as words: text as it is, nothing as `—`, the rest as JSON writes it.
fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "—".to_owned(),
        serde_json::Value::String(text) if text.is_empty() => "—".to_owned(),
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// What an audit record changed, field by field: every field whose value differs between
/// `before` and `after` (both JSON objects as recorded), in the order `after` lists them, then
/// the fields only `before` has. A side that is not an object is shown whole as one change.
#[must_use]
pub fn changes(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    use serde_json::{Map, Value};
    let parse = |raw: Option<&str>| raw.and_then(|r| serde_json::from_str::<Value>(r).ok());
    let (before, after) = (parse(before), parse(after));
    let empty = Map::new();
    let as_map = |v: &Option<Value>| match v {
        Some(Value::Object(map)) => Some(map.clone()),
        None => Some(empty.clone()),
        Some(_) => None,
    };
    let (Some(old), Some(new)) = (as_map(&before), as_map(&after)) else {
        return vec![FieldChange {
            field: String::new(),
            before: before.as_ref().map(shown),
            after: after.as_ref().map(shown),
        }];
    };
    let mut list: Vec<FieldChange> = new
        .iter()
        .filter(|(field, value)| old.get(*field) != Some(*value))
        .map(|(field, value)| FieldChange {
            field: field.clone(),
            before: old.get(field).map(shown),
            after: Some(shown(value)),
        })
        .collect();
    // Fields only `before` has (all of them when the record was deleted: `after` is empty).
    list.extend(
        old.iter()
            .filter(|(field, _)| !new.contains_key(*field))
            .map(|(field, value)| FieldChange {
                field: field.clone(),
                before: Some(shown(value)),
                after: None,
            }),
    );
    list
}

/// What the audit log is narrowed to (empty or `None`: not narrowed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// One action (`signing.update`).
    pub action: String,
    /// Part of the actor's label (an email address).
    pub actor: String,
    /// One kind of record (`signatory`, `signing`, `press_release`, …).
    pub kind: String,
    /// One record of that kind, as the log names it (a slug or a number).
    pub id: String,
    /// From this day (UTC, included).
    pub from: Option<domain::date::Day>,
    /// To this day (UTC, included).
    pub to: Option<domain::date::Day>,
}

impl AuditFilter {
    /// Reads the log's query string: action and person as typed (bounded), a record named by a
    /// slug, a number or a token hash, days as `YYYY-MM-DD` in order.
    ///
    /// # Errors
    /// The message naming the value that does not read.
    pub fn parse(
        action: Option<&str>,
        actor: Option<&str>,
        kind: Option<&str>,
        id: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Self, crate::i18n::Msg> {
        use crate::i18n::Msg;
        let text = |raw: Option<&str>, max: usize| {
            raw.unwrap_or_default()
                .trim()
                .chars()
                .take(max)
                .collect::<String>()
        };
        let name = |raw: Option<&str>, max: usize, msg: &'static str| {
            let value = raw.unwrap_or_default().trim().to_owned();
            let fine = value.len() <= max
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            fine.then_some(value).ok_or_else(|| Msg::new(msg))
        };
        let day = |raw: Option<&str>, msg: &'static str| match raw.map(str::trim) {
            None | Some("") => Ok(None),
            Some(v) => domain::date::Day::parse(v)
                .map(Some)
                .map_err(|_| Msg::new(msg)),
        };
        let (from, to) = (day(from, "msg-param-from")?, day(to, "msg-param-to")?);
        if let (Some(a), Some(b)) = (from, to) {
            if a > b {
                return Err(Msg::new("msg-param-days-order"));
            }
        }
        Ok(Self {
            action: text(action, 60),
            actor: text(actor, 100),
            kind: name(kind, 40, "msg-param-record-kind")?,
            id: name(id, 100, "msg-param-record-id")?,
            from,
            to,
        })
    }
}

/// The log's rows as a spreadsheet: when, who, the action in words (and its code), the record,
/// and each change as "field: before → after".
///
/// # Errors
/// CSV writing errors (as text).
pub fn audit_csv(rows: &[AuditRow], lang: crate::i18n::Lang) -> Result<String, String> {
    crate::ssr::lists::write_csv(
        [
            crate::t!(lang, "admin-audit-when"),
            crate::t!(lang, "admin-audit-who"),
            crate::t!(lang, "admin-audit-action"),
            crate::t!(lang, "admin-audit-code"),
            crate::t!(lang, "admin-audit-record"),
            crate::t!(lang, "admin-audit-changes"),
        ],
        rows.iter().map(|r| {
            let changes = r
                .changes
                .iter()
                .map(|c| {
                    format!(
                        "{}: {} → {}",
                        lang.audit_field(&c.field),
                        c.before.as_deref().unwrap_or(""),
                        c.after.as_deref().unwrap_or("")
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            [
                r.at.clone(),
                r.actor.clone(),
                lang.audit_action(&r.action),
                r.action.clone(),
                r.target.clone(),
                changes,
            ]
        }),
    )
}

/// Midnight (UTC) starting `day`.
fn start_of(day: domain::date::Day) -> Option<OffsetDateTime> {
    Some(crate::ssr::convert::to_date(day)?.midnight().assume_utc())
}

/// A page of audit records, newest first: `(rows, total matching)`.
///
/// # Errors
/// Database errors.
pub async fn audit_rows<C: ConnectionTrait>(
    db: &C,
    filter: &AuditFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<AuditRow>, u64), DbErr> {
    let mut query = audit_log::Entity::find();
    if !filter.action.is_empty() {
        query = query.filter(audit_log::Column::Action.eq(filter.action.as_str()));
    }
    if !filter.actor.is_empty() {
        query = query.filter(audit_log::Column::Actor.contains(filter.actor.to_lowercase()));
    }
    if !filter.kind.is_empty() {
        query = query.filter(audit_log::Column::TargetKind.eq(filter.kind.as_str()));
    }
    if !filter.id.is_empty() {
        query = query.filter(audit_log::Column::TargetId.eq(filter.id.as_str()));
    }
    if let Some(from) = filter.from.and_then(start_of) {
        query = query.filter(audit_log::Column::At.gte(from));
    }
    if let Some(to) = filter.to.and_then(start_of) {
        query = query.filter(audit_log::Column::At.lt(to + time::Duration::days(1)));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(audit_log::Column::Id)
        .offset((page - 1) * per_page)
        .limit(per_page)
        .all(db)
        .await?
        .into_iter()
        .map(|r| AuditRow {
            at: utc_text(r.at),
            actor: r.actor,
            action: r.action,
            target: match &r.target_id {
                Some(id) => format!("{} {id}", r.target_kind),
                None => r.target_kind.clone(),
            },
            kind: r.target_kind,
            id: r.target_id,
            changes: changes(r.before.as_deref(), r.after.as_deref()),
            before: r.before,
            after: r.after,
        })
        .collect();
    Ok((rows, total))
}

/// The distinct values of `column` in the log, sorted (for the filters).
async fn distinct<C: ConnectionTrait>(
    db: &C,
    column: audit_log::Column,
) -> Result<Vec<String>, DbErr> {
    let mut values: Vec<String> = audit_log::Entity::find()
        .select_only()
        .column(column)
        .distinct()
        .into_tuple::<String>()
        .all(db)
        .await?;
    values.sort();
    Ok(values)
}

/// The distinct kinds of record in the log, for the filter.
///
/// # Errors
/// Database errors.
pub async fn audit_kinds<C: ConnectionTrait>(db: &C) -> Result<Vec<String>, DbErr> {
    distinct(db, audit_log::Column::TargetKind).await
}

/// The distinct actions in the log, for the filter.
///
/// # Errors
/// Database errors.
pub async fn audit_actions<C: ConnectionTrait>(db: &C) -> Result<Vec<String>, DbErr> {
    distinct(db, audit_log::Column::Action).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(super::escape_controls("eve\nadmin"), "eve\\nadmin");
        assert_eq!(super::escape_controls("Zoë \"Z\""), "Zoë \"Z\"");
    }

    #[test]
    fn logged_values_are_bounded() {
        let huge = "x".repeat(2_000_000);
        let cut = super::bounded(&huge, 200);
        assert_eq!(cut.chars().count(), 201);
        assert!(cut.ends_with('…'));
        assert_eq!(super::bounded("short\n", 200), "short\\n");
        assert_eq!(super::bounded(&"é".repeat(200), 200), "é".repeat(200));
    }
}

#[cfg(test)]
mod change_tests {
    use super::changes;

    fn line(list: &[crate::model::admin::FieldChange]) -> String {
        list.iter()
            .map(|c| {
                format!(
                    "{}: {} → {}",
                    c.field,
                    c.before.as_deref().unwrap_or("∅"),
                    c.after.as_deref().unwrap_or("∅")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    #[test]
    fn an_audit_record_reads_as_the_fields_it_changed() {
        assert_eq!(
            line(&changes(
                Some(
                    r#"{"name":"Nuremberg","website":null,"national_capital":false,"status":"signed"}"#
                ),
                Some(
                    r#"{"name":"Nürnberg","website":"https://www.nuernberg.de","national_capital":false,"status":"signed"}"#
                ),
            )),
            "name: Nuremberg → Nürnberg; website: — → https://www.nuernberg.de",
            "unchanged fields are left out"
        );
        assert_eq!(
            line(&changes(
                None,
                Some(r#"{"name":"Ljubljana","national_capital":true}"#)
            )),
            "name: ∅ → Ljubljana; national_capital: ∅ → true",
            "a creation lists what was set"
        );
        assert_eq!(
            line(&changes(Some(r#"{"name":"Oslo"}"#), None)),
            "name: Oslo → ∅",
            "a deletion lists what was removed"
        );
        assert_eq!(
            line(&changes(Some(r#"{"a":1,"gone":"x"}"#), Some(r#"{"a":2}"#))),
            "a: 1 → 2; gone: x → ∅"
        );
        assert_eq!(
            line(&changes(Some("\"draft\""), Some("\"published\""))),
            ": draft → published"
        );
        assert!(changes(None, None).is_empty());
    }
}
