//! The registry: signatories, signings, their sources, and announced statements.

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
        pub kind: crate::ssr::entities::states::SignatoryKind,
        pub country_code: String,
        pub national_capital: bool,
        pub latitude: Option<f64>,
        pub longitude: Option<f64>,
        pub website: Option<String>,
        pub wikidata_id: Option<String>,
        pub status: crate::ssr::entities::states::SignatoryStatus,
        pub withdrawn_on: Option<TimeDate>,
        pub withdrawn_reason: Option<String>,
        pub notes: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::country::Entity",
            from = "Column::CountryCode",
            to = "crate::ssr::entities::country::Column::Code"
        )]
        Country,
        #[sea_orm(has_many = "crate::ssr::entities::signing::Entity")]
        Signing,
        #[sea_orm(has_many = "crate::ssr::entities::announced_statement::Entity")]
        AnnouncedStatement,
    }

    related! {
        crate::ssr::entities::country::Entity => Country,
        crate::ssr::entities::signing::Entity => Signing,
        crate::ssr::entities::announced_statement::Entity => AnnouncedStatement,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// A signatory's signing of one edition.
pub mod signing {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "signing")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub signatory_id: i32,
        pub edition_id: i32,
        /// False when no source says which edition was signed (the likeliest is recorded).
        pub edition_confirmed: bool,
        /// The first possible day of the signing date; `None` when unknown.
        pub signed_on: Option<TimeDate>,
        /// `day`, `month`, `year` or `unknown`.
        pub date_precision: String,
        /// The order staff set among signings of the same date.
        pub tie_position: Option<i32>,
        pub event: Option<String>,
        pub place: Option<String>,
        pub signed_by_name: Option<String>,
        pub signed_by_title: Option<String>,
        pub council_decision_on: Option<TimeDate>,
        /// `high`, `medium` or `low`.
        pub confidence: String,
        pub announced_ordinal: Option<String>,
        pub notes: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
        /// Held back by staff: not public, whatever its date or release (`ssr::embargo`).
        pub held: bool,
        /// Known bounds of the date beyond its precision (`domain::ordinals::Bounds`).
        pub not_before: Option<TimeDate>,
        pub not_after: Option<TimeDate>,
        /// What the public reads about the signing (`notes` and `confidence` are staff-only).
        pub public_note: Option<String>,
        /// Recorded by the seed: history, not news (the feeds leave it out).
        pub from_seed: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::signatory::Entity",
            from = "Column::SignatoryId",
            to = "crate::ssr::entities::signatory::Column::Id"
        )]
        Signatory,
        #[sea_orm(
            belongs_to = "crate::ssr::entities::edition::Entity",
            from = "Column::EditionId",
            to = "crate::ssr::entities::edition::Column::Id"
        )]
        Edition,
        #[sea_orm(has_many = "crate::ssr::entities::signing_source::Entity")]
        SigningSource,
        #[sea_orm(has_many = "crate::ssr::entities::press_release_signing::Entity")]
        PressReleaseSigning,
    }

    related! {
        crate::ssr::entities::signatory::Entity => Signatory,
        crate::ssr::entities::edition::Entity => Edition,
        crate::ssr::entities::signing_source::Entity => SigningSource,
        crate::ssr::entities::press_release_signing::Entity => PressReleaseSigning,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The evidence for a signing: a link or a document, with a label.
pub mod signing_source {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "signing_source")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub signing_id: i32,
        pub position: i32,
        pub label: String,
        pub url: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::signing::Entity",
            from = "Column::SigningId",
            to = "crate::ssr::entities::signing::Column::Id"
        )]
        Signing,
    }

    related! {
        crate::ssr::entities::signing::Entity => Signing,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Another name a signatory goes by: in one of the site's languages, or a local name (each with
/// its language tag, so pages mark it up with `lang`).
pub mod signatory_name {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "signatory_name")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub signatory_id: i32,
        /// A BCP 47 language tag (`fr`, `nl`, `el`).
        pub lang: String,
        pub name: String,
        /// The city itself uses it.
        pub local: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::signatory::Entity",
            from = "Column::SignatoryId",
            to = "crate::ssr::entities::signatory::Column::Id",
            on_delete = "Cascade"
        )]
        Signatory,
    }

    related! {
        crate::ssr::entities::signatory::Entity => Signatory,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// What Eurocities or the press announced: ordinals and counts, as published.
pub mod announced_statement {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "announced_statement")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// `ordinal` or `count`.
        pub kind: String,
        pub signatory_id: Option<i32>,
        pub statement: String,
        /// The date as the source gives it (`2013-09`, `2016`, `2020/2022`).
        pub event_date_text: String,
        /// Its first possible day, when it is a date.
        pub event_on: Option<TimeDate>,
        pub source: String,
        pub note: Option<String>,
        /// What can be checked: `european=33; eu_capital=15`, `overall=30@2013-09-10`.
        pub claims: Option<String>,
        /// Why staff set it aside (a conflict resolved); `None` while in use.
        pub set_aside_reason: Option<String>,
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

/// A signatory known to exist (the announced statements imply it) but not yet named. It counts
/// like any signatory; staff merge it into the named one once research finds it.
pub mod unidentified_signatory {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "unidentified_signatory")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub not_before: Option<TimeDate>,
        pub not_after: Option<TimeDate>,
        /// `yes`, `no` or `unknown` (`domain::ordinals::Flag`).
        pub european: String,
        pub national_capital: String,
        pub eu_capital: String,
        pub edition_id: i32,
        pub statement_id: Option<i32>,
        /// How the statements imply it (staff-only).
        pub derivation: String,
        pub created_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
