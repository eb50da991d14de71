//! Staff can hold a signing back by hand: it stays off every public page until released.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Signing {
    Table,
    /// True while staff hold the signing back (not public, whatever its date or release).
    Held,
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
                    .table(Signing::Table)
                    .add_column(
                        ColumnDef::new(Signing::Held)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Signing::Table)
                    .drop_column(Signing::Held)
                    .to_owned(),
            )
            .await
    }
}
