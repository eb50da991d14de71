//! Signatories, their signings with sources, and the statements published about them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Country {
    Table,
    Code,
}

#[derive(DeriveIden)]
enum Edition {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Signatory {
    Table,
    Id,
    Slug,
    Name,
    SearchName,
    Kind,
    CountryCode,
    NationalCapital,
    Latitude,
    Longitude,
    Website,
    WikidataId,
    Status,
    WithdrawnOn,
    WithdrawnReason,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Signing {
    Table,
    Id,
    SignatoryId,
    EditionId,
    EditionConfirmed,
    SignedOn,
    DatePrecision,
    TiePosition,
    Event,
    Place,
    SignedByName,
    SignedByTitle,
    CouncilDecisionOn,
    Confidence,
    AnnouncedOrdinal,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SigningSource {
    Table,
    Id,
    SigningId,
    Position,
    Label,
    Url,
}

#[derive(DeriveIden)]
enum AnnouncedStatement {
    Table,
    Id,
    Kind,
    SignatoryId,
    Statement,
    EventDateText,
    EventOn,
    Source,
    Note,
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
                    .table(Signatory::Table)
                    .col(pk_auto(Signatory::Id))
                    .col(string_uniq(Signatory::Slug))
                    .col(string(Signatory::Name))
                    .col(string(Signatory::SearchName))
                    .col(string(Signatory::Kind))
                    .col(string_len(Signatory::CountryCode, 2))
                    .col(boolean(Signatory::NationalCapital))
                    .col(double_null(Signatory::Latitude))
                    .col(double_null(Signatory::Longitude))
                    .col(string_null(Signatory::Website))
                    .col(string_null(Signatory::WikidataId))
                    .col(string(Signatory::Status))
                    .col(date_null(Signatory::WithdrawnOn))
                    .col(text_null(Signatory::WithdrawnReason))
                    .col(text_null(Signatory::Notes))
                    .col(timestamp_with_time_zone(Signatory::CreatedAt))
                    .col(timestamp_with_time_zone(Signatory::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Signatory::Table, Signatory::CountryCode)
                            .to(Country::Table, Country::Code),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_signatory_country", Signatory::CountryCode),
            ("idx_signatory_search", Signatory::SearchName),
            ("idx_signatory_status", Signatory::Status),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Signatory::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(Signing::Table)
                    .col(pk_auto(Signing::Id))
                    .col(integer(Signing::SignatoryId))
                    .col(integer(Signing::EditionId))
                    .col(boolean(Signing::EditionConfirmed))
                    .col(date_null(Signing::SignedOn))
                    .col(string(Signing::DatePrecision))
                    .col(integer_null(Signing::TiePosition))
                    .col(string_null(Signing::Event))
                    .col(string_null(Signing::Place))
                    .col(string_null(Signing::SignedByName))
                    .col(string_null(Signing::SignedByTitle))
                    .col(date_null(Signing::CouncilDecisionOn))
                    .col(string(Signing::Confidence))
                    .col(text_null(Signing::AnnouncedOrdinal))
                    .col(text_null(Signing::Notes))
                    .col(timestamp_with_time_zone(Signing::CreatedAt))
                    .col(timestamp_with_time_zone(Signing::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Signing::Table, Signing::SignatoryId)
                            .to(Signatory::Table, Signatory::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Signing::Table, Signing::EditionId)
                            .to(Edition::Table, Edition::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_signing_signatory", Signing::SignatoryId),
            ("idx_signing_edition", Signing::EditionId),
            ("idx_signing_date", Signing::SignedOn),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Signing::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(SigningSource::Table)
                    .col(pk_auto(SigningSource::Id))
                    .col(integer(SigningSource::SigningId))
                    .col(integer(SigningSource::Position))
                    .col(string(SigningSource::Label))
                    .col(text_null(SigningSource::Url))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SigningSource::Table, SigningSource::SigningId)
                            .to(Signing::Table, Signing::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_signing_source_signing")
                    .table(SigningSource::Table)
                    .col(SigningSource::SigningId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AnnouncedStatement::Table)
                    .col(pk_auto(AnnouncedStatement::Id))
                    .col(string(AnnouncedStatement::Kind))
                    .col(integer_null(AnnouncedStatement::SignatoryId))
                    .col(text(AnnouncedStatement::Statement))
                    .col(string(AnnouncedStatement::EventDateText))
                    .col(date_null(AnnouncedStatement::EventOn))
                    .col(text(AnnouncedStatement::Source))
                    .col(text_null(AnnouncedStatement::Note))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AnnouncedStatement::Table, AnnouncedStatement::SignatoryId)
                            .to(Signatory::Table, Signatory::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AnnouncedStatement::Table.into_iden(),
            SigningSource::Table.into_iden(),
            Signing::Table.into_iden(),
            Signatory::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
