//! The charter's editions and their text.

/// Charter editions.
pub mod edition {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "edition")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub slug: String,
        pub title: String,
        pub subtitle: String,
        pub language: String,
        pub status: crate::ssr::entities::states::Publication,
        pub first_published: String,
        pub last_updated: Option<String>,
        pub published_on: Option<TimeDate>,
        pub is_current: bool,
        pub preamble_missing: bool,
        pub editorial_note: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
        /// The original edition's id when this edition is a translation of it.
        pub translation_of: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(has_many = "crate::ssr::entities::signing::Entity")]
        Signing,
        #[sea_orm(has_many = "crate::ssr::entities::edition_section::Entity")]
        EditionSection,
    }

    related! {
        crate::ssr::entities::signing::Entity => Signing,
        crate::ssr::entities::edition_section::Entity => EditionSection,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The sections of an edition, in order.
pub mod edition_section {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "edition_section")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        pub position: i32,
        pub kind: String,
        pub key: String,
        pub heading: Option<String>,
        /// Paragraphs separated by a blank line.
        pub body: Option<String>,
        pub footnote_marker: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::edition::Entity",
            from = "Column::EditionId",
            to = "crate::ssr::entities::edition::Column::Id"
        )]
        Edition,
        #[sea_orm(has_many = "crate::ssr::entities::edition_item::Entity")]
        EditionItem,
    }

    related! {
        crate::ssr::entities::edition::Entity => Edition,
        crate::ssr::entities::edition_item::Entity => EditionItem,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The listed commitments (or bullet points) of a section, in order.
pub mod edition_item {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "edition_item")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub section_id: i32,
        pub position: i32,
        pub text: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::edition_section::Entity",
            from = "Column::SectionId",
            to = "crate::ssr::entities::edition_section::Column::Id"
        )]
        EditionSection,
    }

    related! {
        crate::ssr::entities::edition_section::Entity => EditionSection,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
