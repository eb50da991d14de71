//! Hand-written compact sea-orm entities (one module per table). Never sent to the browser.

/// Countries by ISO 3166-1 alpha-2 code.
pub mod country {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "country")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub code: String,
        pub name: String,
        pub european: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Periods during which a country was a member of the EU (or the European Communities).
pub mod eu_membership {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "eu_membership")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub country_code: String,
        pub joined_on: TimeDate,
        /// The last day of membership, if it ended.
        pub left_on: Option<TimeDate>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

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
        /// `draft` or `published`.
        pub status: String,
        pub first_published: String,
        pub last_updated: Option<String>,
        pub published_on: Option<TimeDate>,
        pub is_current: bool,
        pub preamble_missing: bool,
        pub editorial_note: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Which seed sets have been applied (each runs once, so staff edits are never overwritten).
pub mod seed_marker {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "seed_marker")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub name: String,
        pub applied_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Cities, metropolitan authorities and regions that signed (or committed to sign) the charter.
pub mod signatory {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "signatory")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub slug: String,
        pub name: String,
        /// The name folded for search: lower case, accents removed.
        pub search_name: String,
        pub kind: String,
        pub country_code: String,
        pub national_capital: bool,
        pub latitude: Option<f64>,
        pub longitude: Option<f64>,
        pub website: Option<String>,
        pub wikidata_id: Option<String>,
        /// `committed`, `signed` or `withdrawn`.
        pub status: String,
        pub withdrawn_on: Option<TimeDate>,
        pub withdrawn_reason: Option<String>,
        pub notes: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
