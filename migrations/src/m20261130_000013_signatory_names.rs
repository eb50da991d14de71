//! Every name a city goes by (issue #19): its name in each of the site's languages and its local
//! names (Bruxelles and Brussel, München, Αθήνα), each with its language. The signatory's own
//! `name` stays its English name; search finds a city by any of them.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SignatoryName {
    Table,
    Id,
    SignatoryId,
    /// A BCP 47 language tag: `fr`, `nl`, `el`…
    Lang,
    Name,
    /// True when the city itself uses this name (shown beside the name in the page's language).
    Local,
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
                    .table(SignatoryName::Table)
                    .col(
                        ColumnDef::new(SignatoryName::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SignatoryName::SignatoryId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignatoryName::Lang)
                            .string_len(16)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignatoryName::Name)
                            .string_len(120)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignatoryName::Local)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SignatoryName::Table, SignatoryName::SignatoryId)
                            .to(Signatory::Table, Signatory::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("signatory_name_unique")
                    .table(SignatoryName::Table)
                    .col(SignatoryName::SignatoryId)
                    .col(SignatoryName::Lang)
                    .col(SignatoryName::Name)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SignatoryName::Table).to_owned())
            .await
    }
}
