//! Toolkits as data: each key factor with its guiding questions and city examples, the ways to
//! use the benchmark and the contextual factors, so they can be searched and translated.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Toolkit {
    Table,
    Id,
    Slug,
    /// BCP 47 language of the text (`fr`).
    Language,
    Title,
    Series,
    Published,
    Publisher,
    Author,
    Introduction,
    Standard,
    ContextualIntro,
}

#[derive(DeriveIden, Clone, Copy)]
enum ToolkitPart {
    Table,
    Id,
    ToolkitId,
    /// `use` (a way to use the benchmark) or `context` (a contextual factor).
    Kind,
    Position,
    Title,
    /// For a use: the question it answers; for a contextual factor: empty.
    Lead,
    Body,
}

#[derive(DeriveIden, Clone, Copy)]
enum ToolkitFactor {
    Table,
    Id,
    ToolkitId,
    Number,
    Theme,
    Statement,
    Introduction,
}

#[derive(DeriveIden, Clone, Copy)]
enum ToolkitQuestion {
    Table,
    Id,
    FactorId,
    Position,
    Text,
    /// Sub-points, one per line.
    Details,
}

#[derive(DeriveIden, Clone, Copy)]
enum ToolkitExample {
    Table,
    Id,
    FactorId,
    Position,
    /// The city as the toolkit names it (`Copenhague`).
    City,
    /// Its English name, which the registry uses (`Copenhagen`).
    CityEn,
    /// Paragraphs separated by a blank line.
    Body,
    /// Bullet points, one per line.
    Items,
}

fn child_fk(
    from: (impl IntoIden + Copy, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
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
                    .table(Toolkit::Table)
                    .col(pk_auto(Toolkit::Id))
                    .col(string_len_uniq(Toolkit::Slug, 80))
                    .col(string_len(Toolkit::Language, 16))
                    .col(string_len(Toolkit::Title, 200))
                    .col(string_len(Toolkit::Series, 200))
                    .col(string_len(Toolkit::Published, 10))
                    .col(string_len(Toolkit::Publisher, 200))
                    .col(string_len(Toolkit::Author, 200))
                    .col(text(Toolkit::Introduction))
                    .col(text(Toolkit::Standard))
                    .col(text(Toolkit::ContextualIntro))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ToolkitPart::Table)
                    .col(pk_auto(ToolkitPart::Id))
                    .col(integer(ToolkitPart::ToolkitId))
                    .col(string_len(ToolkitPart::Kind, 16))
                    .col(integer(ToolkitPart::Position))
                    .col(string_len(ToolkitPart::Title, 300))
                    .col(text(ToolkitPart::Lead))
                    .col(text(ToolkitPart::Body))
                    .foreign_key(&mut child_fk(
                        (ToolkitPart::Table, ToolkitPart::ToolkitId),
                        (Toolkit::Table, Toolkit::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ToolkitFactor::Table)
                    .col(pk_auto(ToolkitFactor::Id))
                    .col(integer(ToolkitFactor::ToolkitId))
                    .col(integer(ToolkitFactor::Number))
                    .col(string_len_null(ToolkitFactor::Theme, 200))
                    .col(text(ToolkitFactor::Statement))
                    .col(text(ToolkitFactor::Introduction))
                    .foreign_key(&mut child_fk(
                        (ToolkitFactor::Table, ToolkitFactor::ToolkitId),
                        (Toolkit::Table, Toolkit::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ToolkitQuestion::Table)
                    .col(pk_auto(ToolkitQuestion::Id))
                    .col(integer(ToolkitQuestion::FactorId))
                    .col(integer(ToolkitQuestion::Position))
                    .col(text(ToolkitQuestion::Text))
                    .col(text(ToolkitQuestion::Details))
                    .foreign_key(&mut child_fk(
                        (ToolkitQuestion::Table, ToolkitQuestion::FactorId),
                        (ToolkitFactor::Table, ToolkitFactor::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ToolkitExample::Table)
                    .col(pk_auto(ToolkitExample::Id))
                    .col(integer(ToolkitExample::FactorId))
                    .col(integer(ToolkitExample::Position))
                    .col(string_len(ToolkitExample::City, 120))
                    .col(string_len_null(ToolkitExample::CityEn, 120))
                    .col(text(ToolkitExample::Body))
                    .col(text(ToolkitExample::Items))
                    .foreign_key(&mut child_fk(
                        (ToolkitExample::Table, ToolkitExample::FactorId),
                        (ToolkitFactor::Table, ToolkitFactor::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ToolkitExample::Table.into_iden(),
            ToolkitQuestion::Table.into_iden(),
            ToolkitFactor::Table.into_iden(),
            ToolkitPart::Table.into_iden(),
            Toolkit::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
