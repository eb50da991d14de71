//! The states a column may hold, enforced by the database: a `CHECK` constraint on
//! PostgreSQL; on SQLite (which cannot add a constraint to an existing table) a trigger that
//! aborts an insert or update with any other value. Existing data holds only these values.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Table, column, and the values it may hold (as of this migration).
const STATES: &[(&str, &str, &[&str])] = &[
    (
        "signatory",
        "kind",
        &["city", "metropolitan_authority", "region"],
    ),
    ("signatory", "status", &["committed", "signed", "withdrawn"]),
    (
        "signing",
        "date_precision",
        &["day", "month", "year", "unknown"],
    ),
    ("edition", "status", &["draft", "published"]),
    (
        "edition_section",
        "kind",
        &["preamble", "role", "closing", "note", "footnote"],
    ),
    ("press_release", "status", &["draft", "published"]),
    ("staff", "role", &["admin", "editor"]),
    ("staff_invite", "role", &["admin", "editor"]),
];

fn allowed(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, column, values) in STATES {
            let values = allowed(values);
            let name = format!("{table}_{column}_state");
            if db.get_database_backend() == DbBackend::Sqlite {
                let update = format!("UPDATE OF \"{column}\"");
                for (event, when) in [("INSERT", "INSERT"), ("UPDATE", update.as_str())] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER \"{name}_{event}\" BEFORE {when} ON \"{table}\" \
                         WHEN NEW.\"{column}\" NOT IN ({values}) \
                         BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {name}'); END"
                    ))
                    .await?;
                }
            } else {
                db.execute_unprepared(&format!(
                    "ALTER TABLE \"{table}\" ADD CONSTRAINT \"{name}\" CHECK (\"{column}\" IN ({values}))"
                ))
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, column, _) in STATES {
            let name = format!("{table}_{column}_state");
            if db.get_database_backend() == DbBackend::Sqlite {
                for event in ["INSERT", "UPDATE"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS \"{name}_{event}\""))
                        .await?;
                }
            } else {
                db.execute_unprepared(&format!(
                    "ALTER TABLE \"{table}\" DROP CONSTRAINT IF EXISTS \"{name}\""
                ))
                .await?;
            }
        }
        Ok(())
    }
}
