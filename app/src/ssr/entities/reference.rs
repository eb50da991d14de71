//! Reference data: countries, EU membership, conferences, and which seed sets ran.

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
    pub enum Relation {
        #[sea_orm(has_many = "crate::ssr::entities::signatory::Entity")]
        Signatory,
        #[sea_orm(has_many = "crate::ssr::entities::eu_membership::Entity")]
        EuMembership,
    }

    related! {
        crate::ssr::entities::signatory::Entity => Signatory,
        crate::ssr::entities::eu_membership::Entity => EuMembership,
    }

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
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::country::Entity",
            from = "Column::CountryCode",
            to = "crate::ssr::entities::country::Column::Code"
        )]
        Country,
    }

    related! {
        crate::ssr::entities::country::Entity => Country,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The Integrating Cities conferences (seeded from `server/seed/conferences.csv`).
pub mod conference {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "conference")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// Roman numeral (`VI`); signings name it in their event (`Integrating Cities VI, Tampere`).
        pub number: String,
        pub city: String,
        pub country_code: String,
        /// A partial date (`2006-10`, `2013-09-09`).
        pub starts_on: String,
        pub ends_on: Option<String>,
        pub note: Option<String>,
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
