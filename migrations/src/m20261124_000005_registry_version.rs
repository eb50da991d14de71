//! A counter every public-data write increases in its own transaction: app servers cache the
//! registry snapshot per version, so a change is visible on every server at once.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RegistryVersion {
    Table,
    Id,
    Version,
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
                    .table(RegistryVersion::Table)
                    .col(integer(RegistryVersion::Id).primary_key())
                    .col(big_integer(RegistryVersion::Version))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(RegistryVersion::Table)
                    .columns([RegistryVersion::Id, RegistryVersion::Version])
                    .values_panic([1.into(), 1_i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RegistryVersion::Table).to_owned())
            .await
    }
}
