//! Press releases, their quotes, contacts, signings and corrections.

/// Press releases. Public once `status` is `published` and `release_at` has passed (embargo).
pub mod press_release {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "press_release")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub slug: String,
        pub title: String,
        /// The place the release is datelined from ("Brussels").
        pub dateline: String,
        pub language: String,
        pub status: crate::ssr::entities::states::Publication,
        /// When it may be seen (UTC); before then it is under embargo.
        pub release_at: TimeDateTimeWithTimeZone,
        pub summary: String,
        pub body_md: String,
        pub notes_md: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
        /// The numbers its text was written with (`ssr::newsroom::numbers`), JSON.
        pub drafted_numbers: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(has_many = "crate::ssr::entities::press_quote::Entity")]
        PressQuote,
        #[sea_orm(has_many = "crate::ssr::entities::press_contact::Entity")]
        PressContact,
        #[sea_orm(has_many = "crate::ssr::entities::press_correction::Entity")]
        PressCorrection,
        #[sea_orm(has_many = "crate::ssr::entities::press_release_signing::Entity")]
        PressReleaseSigning,
    }

    related! {
        crate::ssr::entities::press_quote::Entity => PressQuote,
        crate::ssr::entities::press_contact::Entity => PressContact,
        crate::ssr::entities::press_correction::Entity => PressCorrection,
        crate::ssr::entities::press_release_signing::Entity => PressReleaseSigning,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Quotes of a press release, with speaker and role.
pub mod press_quote {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "press_quote")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub press_release_id: i32,
        pub position: i32,
        pub speaker: String,
        pub role: String,
        pub text: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::press_release::Entity",
            from = "Column::PressReleaseId",
            to = "crate::ssr::entities::press_release::Column::Id"
        )]
        PressRelease,
    }

    related! {
        crate::ssr::entities::press_release::Entity => PressRelease,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Press contacts of a release.
pub mod press_contact {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "press_contact")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub press_release_id: i32,
        pub position: i32,
        pub name: String,
        pub role: String,
        pub email: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::press_release::Entity",
            from = "Column::PressReleaseId",
            to = "crate::ssr::entities::press_release::Column::Id"
        )]
        PressRelease,
    }

    related! {
        crate::ssr::entities::press_release::Entity => PressRelease,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Which signings a release announces.
pub mod press_release_signing {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "press_release_signing")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub press_release_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub signing_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::press_release::Entity",
            from = "Column::PressReleaseId",
            to = "crate::ssr::entities::press_release::Column::Id"
        )]
        PressRelease,
        #[sea_orm(
            belongs_to = "crate::ssr::entities::signing::Entity",
            from = "Column::SigningId",
            to = "crate::ssr::entities::signing::Column::Id"
        )]
        Signing,
    }

    related! {
        crate::ssr::entities::press_release::Entity => PressRelease,
        crate::ssr::entities::signing::Entity => Signing,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Corrections appended to a published release (its text is never silently rewritten).
pub mod press_correction {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "press_correction")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub press_release_id: i32,
        pub corrected_at: TimeDateTimeWithTimeZone,
        pub reason: String,
        pub text: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::press_release::Entity",
            from = "Column::PressReleaseId",
            to = "crate::ssr::entities::press_release::Column::Id"
        )]
        PressRelease,
    }

    related! {
        crate::ssr::entities::press_release::Entity => PressRelease,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
