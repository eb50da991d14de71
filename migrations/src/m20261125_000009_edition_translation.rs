//! An edition can be a translation of another: same text, another language.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Edition {
    Table,
    /// The original edition's id; null for an original.
    TranslationOf,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Edition::Table)
                    .add_column(ColumnDef::new(Edition::TranslationOf).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_edition_translation_of")
                    .table(Edition::Table)
                    .col(Edition::TranslationOf)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_edition_translation_of")
                    .table(Edition::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Edition::Table)
                    .drop_column(Edition::TranslationOf)
                    .to_owned(),
            )
            .await
    }
}
