//! Pictures and press material (issue #18): photos of signing ceremonies with their alt text,
//! credit, licence and width variants (all in `blob`); external coverage of a signing; the
//! press contacts the media kit lists and releases fall back to; and the logos it offers.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Photo {
    Table,
    Id,
    SigningId,
    /// The picture as stored (written again, without metadata), for the media kit's download.
    BlobSha256,
    MediaType,
    Width,
    Height,
    AltText,
    Credit,
    Licence,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PhotoVariant {
    Table,
    PhotoId,
    Width,
    BlobSha256,
}

#[derive(DeriveIden)]
enum Coverage {
    Table,
    Id,
    SigningId,
    Outlet,
    /// `YYYY-MM-DD`.
    PublishedOn,
    Title,
    Url,
    /// A two-letter language code.
    Language,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MediaContact {
    Table,
    Id,
    Name,
    Role,
    Email,
    Phone,
    Position,
}

#[derive(DeriveIden)]
enum MediaLogo {
    Table,
    Id,
    /// What it is, as the media kit names it ("Eurocities logo, colour").
    Name,
    BlobSha256,
    MediaType,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Signing {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Blob {
    Table,
    Sha256,
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
                    .table(Photo::Table)
                    .col(pk_auto(Photo::Id))
                    .col(integer(Photo::SigningId))
                    .col(string_len(Photo::BlobSha256, 64))
                    .col(string_len(Photo::MediaType, 40))
                    .col(integer(Photo::Width))
                    .col(integer(Photo::Height))
                    .col(string_len(Photo::AltText, 300))
                    .col(string_len(Photo::Credit, 200))
                    .col(string_len(Photo::Licence, 200))
                    .col(timestamp_with_time_zone(Photo::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Photo::Table, Photo::SigningId)
                            .to(Signing::Table, Signing::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Photo::Table, Photo::BlobSha256)
                            .to(Blob::Table, Blob::Sha256)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PhotoVariant::Table)
                    .col(integer(PhotoVariant::PhotoId))
                    .col(integer(PhotoVariant::Width))
                    .col(string_len(PhotoVariant::BlobSha256, 64))
                    .primary_key(
                        Index::create()
                            .col(PhotoVariant::PhotoId)
                            .col(PhotoVariant::Width),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PhotoVariant::Table, PhotoVariant::PhotoId)
                            .to(Photo::Table, Photo::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PhotoVariant::Table, PhotoVariant::BlobSha256)
                            .to(Blob::Table, Blob::Sha256)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Coverage::Table)
                    .col(pk_auto(Coverage::Id))
                    .col(integer(Coverage::SigningId))
                    .col(string_len(Coverage::Outlet, 200))
                    .col(string_len(Coverage::PublishedOn, 10))
                    .col(string_len(Coverage::Title, 300))
                    .col(string_len(Coverage::Url, 2000))
                    .col(string_len(Coverage::Language, 2))
                    .col(timestamp_with_time_zone(Coverage::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Coverage::Table, Coverage::SigningId)
                            .to(Signing::Table, Signing::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MediaLogo::Table)
                    .col(pk_auto(MediaLogo::Id))
                    .col(string_len(MediaLogo::Name, 200))
                    .col(string_len(MediaLogo::BlobSha256, 64))
                    .col(string_len(MediaLogo::MediaType, 40))
                    .col(timestamp_with_time_zone(MediaLogo::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MediaLogo::Table, MediaLogo::BlobSha256)
                            .to(Blob::Table, Blob::Sha256)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MediaContact::Table)
                    .col(pk_auto(MediaContact::Id))
                    .col(string_len(MediaContact::Name, 120))
                    .col(string_len(MediaContact::Role, 200))
                    .col(string_len(MediaContact::Email, 254))
                    .col(string_len_null(MediaContact::Phone, 40))
                    .col(integer(MediaContact::Position))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            MediaLogo::Table.into_iden(),
            MediaContact::Table.into_iden(),
            Coverage::Table.into_iden(),
            PhotoVariant::Table.into_iden(),
            Photo::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
