//! Press releases with their quotes, contacts, linked signings and appended corrections.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signing {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PressRelease {
    Table,
    Id,
    Slug,
    Title,
    Dateline,
    Language,
    Status,
    ReleaseAt,
    Summary,
    BodyMd,
    NotesMd,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PressQuote {
    Table,
    Id,
    PressReleaseId,
    Position,
    Speaker,
    Role,
    Text,
}

#[derive(DeriveIden)]
enum PressContact {
    Table,
    Id,
    PressReleaseId,
    Position,
    Name,
    Role,
    Email,
}

#[derive(DeriveIden)]
enum PressReleaseSigning {
    Table,
    PressReleaseId,
    SigningId,
}

#[derive(DeriveIden)]
enum PressCorrection {
    Table,
    Id,
    PressReleaseId,
    CorrectedAt,
    Reason,
    Text,
}

fn belongs_to_release(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(PressRelease::Table, PressRelease::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
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
                    .table(PressRelease::Table)
                    .col(pk_auto(PressRelease::Id))
                    .col(string_uniq(PressRelease::Slug))
                    .col(string(PressRelease::Title))
                    .col(string(PressRelease::Dateline))
                    .col(string_len(PressRelease::Language, 8))
                    .col(string(PressRelease::Status))
                    .col(timestamp_with_time_zone(PressRelease::ReleaseAt))
                    .col(text(PressRelease::Summary))
                    .col(text(PressRelease::BodyMd))
                    .col(text_null(PressRelease::NotesMd))
                    .col(timestamp_with_time_zone(PressRelease::CreatedAt))
                    .col(timestamp_with_time_zone(PressRelease::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_press_release_time")
                    .table(PressRelease::Table)
                    .col(PressRelease::ReleaseAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PressQuote::Table)
                    .col(pk_auto(PressQuote::Id))
                    .col(integer(PressQuote::PressReleaseId))
                    .col(integer(PressQuote::Position))
                    .col(string(PressQuote::Speaker))
                    .col(string(PressQuote::Role))
                    .col(text(PressQuote::Text))
                    .foreign_key(&mut belongs_to_release(
                        PressQuote::Table,
                        PressQuote::PressReleaseId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PressContact::Table)
                    .col(pk_auto(PressContact::Id))
                    .col(integer(PressContact::PressReleaseId))
                    .col(integer(PressContact::Position))
                    .col(string(PressContact::Name))
                    .col(string(PressContact::Role))
                    .col(string_null(PressContact::Email))
                    .foreign_key(&mut belongs_to_release(
                        PressContact::Table,
                        PressContact::PressReleaseId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PressReleaseSigning::Table)
                    .col(integer(PressReleaseSigning::PressReleaseId))
                    .col(integer(PressReleaseSigning::SigningId))
                    .primary_key(
                        Index::create()
                            .col(PressReleaseSigning::PressReleaseId)
                            .col(PressReleaseSigning::SigningId),
                    )
                    .foreign_key(&mut belongs_to_release(
                        PressReleaseSigning::Table,
                        PressReleaseSigning::PressReleaseId,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PressReleaseSigning::Table, PressReleaseSigning::SigningId)
                            .to(Signing::Table, Signing::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PressCorrection::Table)
                    .col(pk_auto(PressCorrection::Id))
                    .col(integer(PressCorrection::PressReleaseId))
                    .col(timestamp_with_time_zone(PressCorrection::CorrectedAt))
                    .col(text(PressCorrection::Reason))
                    .col(text(PressCorrection::Text))
                    .foreign_key(&mut belongs_to_release(
                        PressCorrection::Table,
                        PressCorrection::PressReleaseId,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PressCorrection::Table.into_iden(),
            PressReleaseSigning::Table.into_iden(),
            PressContact::Table.into_iden(),
            PressQuote::Table.into_iden(),
            PressRelease::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
