//! Published content kept as data: the toolkit and the working group.

/// A toolkit (seeded from `server/seed/toolkit-*.json`), in its own language.
pub mod toolkit {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "toolkit")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub slug: String,
        /// BCP 47 language of the text.
        pub language: String,
        pub title: String,
        pub series: String,
        pub published: String,
        pub publisher: String,
        pub author: String,
        pub introduction: String,
        pub standard: String,
        pub contextual_intro: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(has_many = "crate::ssr::entities::toolkit_part::Entity")]
        ToolkitPart,
        #[sea_orm(has_many = "crate::ssr::entities::toolkit_factor::Entity")]
        ToolkitFactor,
    }

    related! {
        crate::ssr::entities::toolkit_part::Entity => ToolkitPart,
        crate::ssr::entities::toolkit_factor::Entity => ToolkitFactor,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A way to use a toolkit (`use`) or a contextual factor (`context`).
pub mod toolkit_part {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "toolkit_part")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub toolkit_id: i32,
        pub kind: String,
        pub position: i32,
        pub title: String,
        pub lead: String,
        pub body: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::toolkit::Entity",
            from = "Column::ToolkitId",
            to = "crate::ssr::entities::toolkit::Column::Id"
        )]
        Toolkit,
    }

    related! {
        crate::ssr::entities::toolkit::Entity => Toolkit,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A key factor of a toolkit's benchmark.
pub mod toolkit_factor {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "toolkit_factor")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub toolkit_id: i32,
        pub number: i32,
        pub theme: Option<String>,
        pub statement: String,
        pub introduction: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::toolkit::Entity",
            from = "Column::ToolkitId",
            to = "crate::ssr::entities::toolkit::Column::Id"
        )]
        Toolkit,
        #[sea_orm(has_many = "crate::ssr::entities::toolkit_question::Entity")]
        ToolkitQuestion,
        #[sea_orm(has_many = "crate::ssr::entities::toolkit_example::Entity")]
        ToolkitExample,
    }

    related! {
        crate::ssr::entities::toolkit::Entity => Toolkit,
        crate::ssr::entities::toolkit_question::Entity => ToolkitQuestion,
        crate::ssr::entities::toolkit_example::Entity => ToolkitExample,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A guiding question of a key factor.
pub mod toolkit_question {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "toolkit_question")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub factor_id: i32,
        pub position: i32,
        pub text: String,
        /// Sub-points, one per line.
        pub details: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::toolkit_factor::Entity",
            from = "Column::FactorId",
            to = "crate::ssr::entities::toolkit_factor::Column::Id"
        )]
        ToolkitFactor,
    }

    related! {
        crate::ssr::entities::toolkit_factor::Entity => ToolkitFactor,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A city example of a key factor.
pub mod toolkit_example {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "toolkit_example")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub factor_id: i32,
        pub position: i32,
        pub city: String,
        pub city_en: Option<String>,
        /// Paragraphs separated by a blank line.
        pub body: String,
        /// Bullet points, one per line.
        pub items: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::toolkit_factor::Entity",
            from = "Column::FactorId",
            to = "crate::ssr::entities::toolkit_factor::Column::Id"
        )]
        ToolkitFactor,
    }

    related! {
        crate::ssr::entities::toolkit_factor::Entity => ToolkitFactor,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The working group behind the charter, as described on a date (`as_of`); edited by staff.
pub mod working_group {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "working_group")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub slug: String,
        pub language: String,
        pub name: String,
        pub summary: String,
        /// Paragraphs separated by blank lines.
        pub body: String,
        pub objectives_heading: String,
        /// One objective per line.
        pub objectives: String,
        pub chair_name: String,
        pub chair_role: String,
        pub vice_chair_name: String,
        pub vice_chair_role: String,
        pub contact_name: String,
        pub contact_role: String,
        pub contact_office: String,
        /// A partial date (`2016`, `2024-10`, `2024-10-01`).
        pub as_of: String,
        pub source_url: Option<String>,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
