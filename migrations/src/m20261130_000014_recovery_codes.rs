//! One-time recovery codes (issue #21): a staff member who loses their authenticator signs in
//! with one of them. Stored hashed; each works once; generating a new set replaces the old.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffRecoveryCode {
    Table,
    Id,
    StaffId,
    /// SHA-256 of the code as normalised (lower case, without spaces or dashes), hex.
    CodeHash,
    CreatedAt,
    /// When it was used; a used code never works again.
    UsedAt,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffRecoveryCode::Table)
                    .col(
                        ColumnDef::new(StaffRecoveryCode::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(StaffRecoveryCode::StaffId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffRecoveryCode::CodeHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffRecoveryCode::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffRecoveryCode::UsedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffRecoveryCode::Table, StaffRecoveryCode::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("staff_recovery_code_unique")
                    .table(StaffRecoveryCode::Table)
                    .col(StaffRecoveryCode::StaffId)
                    .col(StaffRecoveryCode::CodeHash)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(StaffRecoveryCode::Table).to_owned())
            .await
    }
}
