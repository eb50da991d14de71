//! The signing process before the signing (issue #18): applications, the files they bring,
//! corrections the public suggests, and the hourly counters of public submissions.

/// A file's bytes, once per content: its key is their SHA-256.
pub mod blob {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "blob")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub sha256: String,
        pub media_type: String,
        pub size: i64,
        pub bytes: Vec<u8>,
        pub created_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A city's way to the signing: its intent, the council decision, the ceremony, the signing.
pub mod application {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "application")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub city: String,
        pub country_code: String,
        pub contact_name: String,
        pub contact_email: String,
        pub council_decision_on: Option<String>,
        pub message: Option<String>,
        pub stage: crate::ssr::entities::states::ApplicationStage,
        pub ceremony_on: Option<String>,
        pub ceremony_time: Option<String>,
        pub ceremony_place: Option<String>,
        pub ceremony_signer: Option<String>,
        pub ceremony_announced: bool,
        pub signing_id: Option<i32>,
        pub closed_reason: Option<String>,
        pub revision: i32,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A file attached to an application or a signing; its bytes are in `blob`.
pub mod document {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "document")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub blob_sha256: String,
        pub kind: crate::ssr::entities::states::DocumentKind,
        pub file_name: String,
        pub application_id: Option<i32>,
        pub signing_id: Option<i32>,
        pub public: bool,
        pub created_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// What a reader says is wrong on a profile, for staff to check.
pub mod correction_suggestion {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "correction_suggestion")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub signatory_id: i32,
        pub what: String,
        pub source: Option<String>,
        pub contact: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub handled_at: Option<TimeDateTimeWithTimeZone>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::signatory::Entity",
            from = "Column::SignatoryId",
            to = "crate::ssr::entities::signatory::Column::Id"
        )]
        Signatory,
    }

    related! {
        crate::ssr::entities::signatory::Entity => Signatory,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Public submissions per hour, overall and per sender address (hashed).
pub mod submission_count {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "submission_count")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub hour: String,
        pub count: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A photo of a signing ceremony: the picture as stored, its words, and its width variants.
pub mod photo {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "photo")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub signing_id: i32,
        pub blob_sha256: String,
        pub media_type: String,
        pub width: i32,
        pub height: i32,
        pub alt_text: String,
        pub credit: String,
        pub licence: String,
        pub created_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A photo scaled to one width (JPEG), for `srcset`.
pub mod photo_variant {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "photo_variant")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub photo_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub width: i32,
        pub blob_sha256: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An article about a signing in another outlet.
pub mod coverage {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "coverage")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub signing_id: i32,
        pub outlet: String,
        pub published_on: String,
        pub title: String,
        pub url: String,
        pub language: String,
        pub created_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A press contact the media kit lists (releases without their own contacts name these).
pub mod media_contact {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "media_contact")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub role: String,
        pub email: String,
        pub phone: Option<String>,
        pub position: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A logo the media kit offers for download.
pub mod media_logo {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "media_logo")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub blob_sha256: String,
        pub media_type: String,
        pub created_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
