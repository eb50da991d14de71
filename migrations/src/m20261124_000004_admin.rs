//! Staff accounts, their server-side sessions, one-time invitations and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
    Email,
    Name,
    Role,
    Disabled,
    PasswordHash,
    TotpSecret,
    TotpLastStep,
    FailedLogins,
    LockedUntil,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    IdHash,
    StaffId,
    Stage,
    PendingTotpSecret,
    Flash,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum StaffInvite {
    Table,
    TokenHash,
    Role,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    Actor,
    Action,
    TargetKind,
    TargetId,
    Before,
    After,
    RequestId,
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
                    .table(Staff::Table)
                    .col(pk_auto(Staff::Id))
                    .col(string_uniq(Staff::Email))
                    .col(string(Staff::Name))
                    .col(string_len(Staff::Role, 16))
                    .col(boolean(Staff::Disabled).default(false))
                    .col(string(Staff::PasswordHash))
                    .col(string_null(Staff::TotpSecret))
                    .col(big_integer_null(Staff::TotpLastStep))
                    .col(integer(Staff::FailedLogins).default(0))
                    .col(timestamp_with_time_zone_null(Staff::LockedUntil))
                    .col(timestamp_with_time_zone(Staff::CreatedAt))
                    .col(timestamp_with_time_zone(Staff::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffSession::Table)
                    .col(string(StaffSession::IdHash).primary_key())
                    .col(integer(StaffSession::StaffId))
                    .col(string_len(StaffSession::Stage, 16))
                    .col(string_null(StaffSession::PendingTotpSecret))
                    .col(text_null(StaffSession::Flash))
                    .col(timestamp_with_time_zone(StaffSession::CreatedAt))
                    .col(timestamp_with_time_zone(StaffSession::LastSeenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSession::Table, StaffSession::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_session_staff")
                    .table(StaffSession::Table)
                    .col(StaffSession::StaffId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffInvite::Table)
                    .col(string(StaffInvite::TokenHash).primary_key())
                    .col(string_len(StaffInvite::Role, 16))
                    .col(integer_null(StaffInvite::CreatedBy))
                    .col(timestamp_with_time_zone(StaffInvite::CreatedAt))
                    .col(timestamp_with_time_zone_null(StaffInvite::ExpiresAt))
                    .col(timestamp_with_time_zone_null(StaffInvite::UsedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_auto(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(integer_null(AuditLog::ActorId))
                    .col(string(AuditLog::Actor))
                    .col(string(AuditLog::Action))
                    .col(string(AuditLog::TargetKind))
                    .col(string_null(AuditLog::TargetId))
                    .col(text_null(AuditLog::Before))
                    .col(text_null(AuditLog::After))
                    .col(string_null(AuditLog::RequestId))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_audit_log_at", AuditLog::At),
            ("idx_audit_log_action", AuditLog::Action),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(AuditLog::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            StaffInvite::Table.into_iden(),
            StaffSession::Table.into_iden(),
            Staff::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
