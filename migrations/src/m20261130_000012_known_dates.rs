//! What is known, as first-class facts (issue #15): a signing's date bounds ("not before",
//! "not after") and a short public note beside its staff-only notes; the checkable claims of an
//! announced statement and the reason staff set one aside; unidentified signatories (known to
//! exist from the statements, not yet named).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signing {
    Table,
    NotBefore,
    NotAfter,
    PublicNote,
    /// Recorded by the seed (history, not news: the feeds leave it out).
    FromSeed,
}

#[derive(DeriveIden)]
enum AnnouncedStatement {
    Table,
    Id,
    /// `european=33; eu_capital=15` or `overall=30@2013-09-10` (domain::ordinals::statements).
    Claims,
    /// Set when staff set the statement aside (a conflict resolved), with why.
    SetAsideReason,
}

#[derive(DeriveIden)]
enum UnidentifiedSignatory {
    Table,
    Id,
    NotBefore,
    NotAfter,
    /// `yes`, `no` or `unknown`, each.
    European,
    NationalCapital,
    EuCapital,
    EditionId,
    /// The statement that implies it.
    StatementId,
    /// How the statements imply it (staff-only).
    Derivation,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Edition {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Signing::NotBefore, Signing::NotAfter] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Signing::Table)
                        .add_column(ColumnDef::new(column).date().null())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Signing::Table)
                    .add_column(ColumnDef::new(Signing::PublicNote).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Signing::Table)
                    .add_column(
                        ColumnDef::new(Signing::FromSeed)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        // Databases seeded before this migration: their seeded signings (neither registered nor
        // imported by staff, as the audit log shows) are history too.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE signing SET from_seed = true WHERE id IN (SELECT s.id FROM signing s \
                 JOIN signatory w ON w.id = s.signatory_id WHERE NOT EXISTS (SELECT 1 FROM \
                 audit_log a WHERE (a.action = 'signing.create' AND a.target_id = \
                 CAST(s.id AS TEXT)) OR (a.action LIKE 'import.%' AND a.target_id = w.slug)))",
            )
            .await?;
        for column in [
            AnnouncedStatement::Claims,
            AnnouncedStatement::SetAsideReason,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AnnouncedStatement::Table)
                        .add_column(ColumnDef::new(column).text().null())
                        .to_owned(),
                )
                .await?;
        }
        let flag = |column: UnidentifiedSignatory| {
            let name = column.to_string();
            ColumnDef::new(column)
                .string_len(8)
                .not_null()
                .default("unknown")
                .check(Expr::cust(format!(
                    "\"{}\" IN ('yes', 'no', 'unknown')",
                    name
                )))
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(UnidentifiedSignatory::Table)
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::NotBefore)
                            .date()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::NotAfter)
                            .date()
                            .null(),
                    )
                    .col(flag(UnidentifiedSignatory::European))
                    .col(flag(UnidentifiedSignatory::NationalCapital))
                    .col(flag(UnidentifiedSignatory::EuCapital))
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::EditionId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::StatementId)
                            .integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::Derivation)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(UnidentifiedSignatory::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                UnidentifiedSignatory::Table,
                                UnidentifiedSignatory::EditionId,
                            )
                            .to(Edition::Table, Edition::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                UnidentifiedSignatory::Table,
                                UnidentifiedSignatory::StatementId,
                            )
                            .to(AnnouncedStatement::Table, AnnouncedStatement::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(UnidentifiedSignatory::Table).to_owned())
            .await?;
        for column in [
            AnnouncedStatement::Claims,
            AnnouncedStatement::SetAsideReason,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AnnouncedStatement::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            Signing::NotBefore,
            Signing::NotAfter,
            Signing::PublicNote,
            Signing::FromSeed,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Signing::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
