//! Countries, EU membership periods, charter editions with their structured text, and seed markers.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Country {
    Table,
    Code,
    Name,
    European,
}

#[derive(DeriveIden)]
enum EuMembership {
    Table,
    Id,
    CountryCode,
    JoinedOn,
    LeftOn,
}

#[derive(DeriveIden)]
enum Edition {
    Table,
    Id,
    Slug,
    Title,
    Subtitle,
    Language,
    Status,
    FirstPublished,
    LastUpdated,
    PublishedOn,
    IsCurrent,
    PreambleMissing,
    EditorialNote,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EditionSection {
    Table,
    Id,
    EditionId,
    Position,
    Kind,
    Key,
    Heading,
    Body,
    FootnoteMarker,
}

#[derive(DeriveIden)]
enum EditionItem {
    Table,
    Id,
    SectionId,
    Position,
    Text,
}

#[derive(DeriveIden)]
enum SeedMarker {
    Table,
    Name,
    AppliedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    // SQLite has transactional DDL too: a migration that fails halfway leaves nothing behind.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Country::Table)
                    .col(string_len(Country::Code, 2).primary_key())
                    .col(string(Country::Name))
                    .col(boolean(Country::European))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EuMembership::Table)
                    .col(pk_auto(EuMembership::Id))
                    .col(string_len(EuMembership::CountryCode, 2))
                    .col(date(EuMembership::JoinedOn))
                    .col(date_null(EuMembership::LeftOn))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EuMembership::Table, EuMembership::CountryCode)
                            .to(Country::Table, Country::Code)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_eu_membership_country")
                    .table(EuMembership::Table)
                    .col(EuMembership::CountryCode)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Edition::Table)
                    .col(pk_auto(Edition::Id))
                    .col(string_uniq(Edition::Slug))
                    .col(string(Edition::Title))
                    .col(string(Edition::Subtitle))
                    .col(string_len(Edition::Language, 8))
                    .col(string(Edition::Status))
                    .col(string(Edition::FirstPublished))
                    .col(string_null(Edition::LastUpdated))
                    .col(date_null(Edition::PublishedOn))
                    .col(boolean(Edition::IsCurrent))
                    .col(boolean(Edition::PreambleMissing))
                    .col(text_null(Edition::EditorialNote))
                    .col(timestamp_with_time_zone(Edition::CreatedAt))
                    .col(timestamp_with_time_zone(Edition::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EditionSection::Table)
                    .col(pk_auto(EditionSection::Id))
                    .col(integer(EditionSection::EditionId))
                    .col(integer(EditionSection::Position))
                    .col(string(EditionSection::Kind))
                    .col(string(EditionSection::Key))
                    .col(string_null(EditionSection::Heading))
                    .col(text_null(EditionSection::Body))
                    .col(string_null(EditionSection::FootnoteMarker))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EditionSection::Table, EditionSection::EditionId)
                            .to(Edition::Table, Edition::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_edition_section_order")
                    .table(EditionSection::Table)
                    .col(EditionSection::EditionId)
                    .col(EditionSection::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EditionItem::Table)
                    .col(pk_auto(EditionItem::Id))
                    .col(integer(EditionItem::SectionId))
                    .col(integer(EditionItem::Position))
                    .col(text(EditionItem::Text))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EditionItem::Table, EditionItem::SectionId)
                            .to(EditionSection::Table, EditionSection::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_edition_item_order")
                    .table(EditionItem::Table)
                    .col(EditionItem::SectionId)
                    .col(EditionItem::Position)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SeedMarker::Table)
                    .col(string(SeedMarker::Name).primary_key())
                    .col(timestamp_with_time_zone(SeedMarker::AppliedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SeedMarker::Table.into_iden(),
            EditionItem::Table.into_iden(),
            EditionSection::Table.into_iden(),
            Edition::Table.into_iden(),
            EuMembership::Table.into_iden(),
            Country::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
