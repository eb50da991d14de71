//! The numbers a press release's text was written with (issue #21): each linked signatory's
//! places and the total, as the registry stood when the draft was made (or when staff last
//! confirmed them). Scheduling compares them with the registry on the release's day and asks
//! staff to confirm any that changed, so the text does not contradict its fact box.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PressRelease {
    Table,
    /// JSON: `[{"name": …, "places": ["the 35th signatory", …], "total": 36}]`.
    DraftedNumbers,
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
                    .table(PressRelease::Table)
                    .add_column(ColumnDef::new(PressRelease::DraftedNumbers).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(PressRelease::Table)
                    .drop_column(PressRelease::DraftedNumbers)
                    .to_owned(),
            )
            .await
    }
}
