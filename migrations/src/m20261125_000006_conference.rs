//! The Integrating Cities conferences, where most signings took place.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conference {
    Table,
    Id,
    /// Roman numeral, as Eurocities numbers them (`VI`).
    Number,
    City,
    CountryCode,
    /// A partial date as the source gives it (`2006-10`, `2013-09-09`).
    StartsOn,
    EndsOn,
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
                    .table(Conference::Table)
                    .col(pk_auto(Conference::Id))
                    .col(string_len_uniq(Conference::Number, 10))
                    .col(string_len(Conference::City, 120))
                    .col(string_len(Conference::CountryCode, 2))
                    .col(string_len(Conference::StartsOn, 10))
                    .col(string_len_null(Conference::EndsOn, 10))
                    .col(text_null(Conference::Note))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Conference::Table).to_owned())
            .await
    }
}
