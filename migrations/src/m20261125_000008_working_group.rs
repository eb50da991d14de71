//! The Eurocities working group behind the charter, as its page described it on a given date.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum WorkingGroup {
    Table,
    Id,
    Slug,
    /// BCP 47 language of the text (`en`).
    Language,
    Name,
    /// One line: what the group does.
    Summary,
    /// Paragraphs separated by blank lines.
    Body,
    ObjectivesHeading,
    /// One objective per line.
    Objectives,
    ChairName,
    ChairRole,
    ViceChairName,
    ViceChairRole,
    ContactName,
    ContactRole,
    ContactOffice,
    /// When the description held (`2016`, `2024-10`): shown with it.
    AsOf,
    SourceUrl,
    UpdatedAt,
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
                    .table(WorkingGroup::Table)
                    .col(pk_auto(WorkingGroup::Id))
                    .col(string_len_uniq(WorkingGroup::Slug, 80))
                    .col(string_len(WorkingGroup::Language, 8))
                    .col(string_len(WorkingGroup::Name, 200))
                    .col(text(WorkingGroup::Summary))
                    .col(text(WorkingGroup::Body))
                    .col(string_len(WorkingGroup::ObjectivesHeading, 200))
                    .col(text(WorkingGroup::Objectives))
                    .col(string_len(WorkingGroup::ChairName, 200))
                    .col(string_len(WorkingGroup::ChairRole, 200))
                    .col(string_len(WorkingGroup::ViceChairName, 200))
                    .col(string_len(WorkingGroup::ViceChairRole, 200))
                    .col(string_len(WorkingGroup::ContactName, 200))
                    .col(string_len(WorkingGroup::ContactRole, 200))
                    .col(string_len(WorkingGroup::ContactOffice, 200))
                    .col(string_len(WorkingGroup::AsOf, 10))
                    .col(string_len_null(WorkingGroup::SourceUrl, 500))
                    .col(timestamp_with_time_zone(WorkingGroup::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WorkingGroup::Table).to_owned())
            .await
    }
}
