//! The signing process before the signing (issue #18): applications from a city's intent to
//! its ceremony, the files they bring (council decisions, signed charter scans) stored by
//! content in the database so that every app server and `server backup` see them, corrections
//! the public suggests, and the counters that bound public submissions per hour.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Blob {
    Table,
    /// Lowercase hex SHA-256 of `bytes`: the same file is stored once.
    Sha256,
    MediaType,
    Size,
    Bytes,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Application {
    Table,
    Id,
    City,
    CountryCode,
    ContactName,
    ContactEmail,
    /// `YYYY-MM-DD`, when the council has decided.
    CouncilDecisionOn,
    Message,
    /// `intent`, `decision`, `ceremony`, `signed`, `declined`, `withdrawn`.
    Stage,
    CeremonyOn,
    /// `HH:MM` in Brussels, when known.
    CeremonyTime,
    CeremonyPlace,
    CeremonySigner,
    /// Staff allow the ceremony on `/events` and in `/events.ics`.
    CeremonyAnnounced,
    SigningId,
    /// Why it was declined or withdrawn.
    ClosedReason,
    /// Raised at every change, for calendar clients (`SEQUENCE`).
    Revision,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Document {
    Table,
    Id,
    BlobSha256,
    /// `council_decision` or `signed_charter`.
    Kind,
    /// Chosen by the server (`council-decision-12.pdf`), never the uploader's name.
    FileName,
    ApplicationId,
    SigningId,
    /// Shown on the signing's public profile once the signing is public.
    Public,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CorrectionSuggestion {
    Table,
    Id,
    SignatoryId,
    What,
    Source,
    Contact,
    CreatedAt,
    HandledAt,
}

#[derive(DeriveIden)]
enum SubmissionCount {
    Table,
    /// `all:<hour>` or `addr:<hash of the address>:<hour>`.
    Key,
    Hour,
    Count,
}

#[derive(DeriveIden)]
enum Signing {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Signatory {
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
                    .table(Blob::Table)
                    .col(string_len(Blob::Sha256, 64).primary_key())
                    .col(string_len(Blob::MediaType, 40))
                    .col(big_integer(Blob::Size))
                    .col(blob(Blob::Bytes))
                    .col(timestamp_with_time_zone(Blob::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Application::Table)
                    .col(pk_auto(Application::Id))
                    .col(string_len(Application::City, 120))
                    .col(string_len(Application::CountryCode, 2))
                    .col(string_len(Application::ContactName, 120))
                    .col(string_len(Application::ContactEmail, 254))
                    .col(string_len_null(Application::CouncilDecisionOn, 10))
                    .col(text_null(Application::Message))
                    .col(string_len(Application::Stage, 20))
                    .col(string_len_null(Application::CeremonyOn, 10))
                    .col(string_len_null(Application::CeremonyTime, 5))
                    .col(string_len_null(Application::CeremonyPlace, 200))
                    .col(string_len_null(Application::CeremonySigner, 200))
                    .col(boolean(Application::CeremonyAnnounced).default(false))
                    .col(integer_null(Application::SigningId))
                    .col(text_null(Application::ClosedReason))
                    .col(integer(Application::Revision).default(0))
                    .col(timestamp_with_time_zone(Application::CreatedAt))
                    .col(timestamp_with_time_zone(Application::UpdatedAt))
                    .check(Expr::col(Application::Stage).is_in([
                        "intent",
                        "decision",
                        "ceremony",
                        "signed",
                        "declined",
                        "withdrawn",
                    ]))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Application::Table, Application::SigningId)
                            .to(Signing::Table, Signing::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Document::Table)
                    .col(pk_auto(Document::Id))
                    .col(string_len(Document::BlobSha256, 64))
                    .col(string_len(Document::Kind, 20))
                    .col(string_len(Document::FileName, 80))
                    .col(integer_null(Document::ApplicationId))
                    .col(integer_null(Document::SigningId))
                    .col(boolean(Document::Public).default(false))
                    .col(timestamp_with_time_zone(Document::CreatedAt))
                    .check(Expr::col(Document::Kind).is_in(["council_decision", "signed_charter"]))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Document::Table, Document::BlobSha256)
                            .to(Blob::Table, Blob::Sha256)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Document::Table, Document::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Document::Table, Document::SigningId)
                            .to(Signing::Table, Signing::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("document_signing")
                    .table(Document::Table)
                    .col(Document::SigningId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("document_application")
                    .table(Document::Table)
                    .col(Document::ApplicationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CorrectionSuggestion::Table)
                    .col(pk_auto(CorrectionSuggestion::Id))
                    .col(integer(CorrectionSuggestion::SignatoryId))
                    .col(text(CorrectionSuggestion::What))
                    .col(text_null(CorrectionSuggestion::Source))
                    .col(string_len_null(CorrectionSuggestion::Contact, 254))
                    .col(timestamp_with_time_zone(CorrectionSuggestion::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        CorrectionSuggestion::HandledAt,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                CorrectionSuggestion::Table,
                                CorrectionSuggestion::SignatoryId,
                            )
                            .to(Signatory::Table, Signatory::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SubmissionCount::Table)
                    .col(string_len(SubmissionCount::Key, 120).primary_key())
                    .col(string_len(SubmissionCount::Hour, 13))
                    .col(integer(SubmissionCount::Count))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SubmissionCount::Table.into_iden(),
            CorrectionSuggestion::Table.into_iden(),
            Document::Table.into_iden(),
            Application::Table.into_iden(),
            Blob::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
