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
        /// The original edition's id when this edition is a translation of it.
        pub translation_of: Option<i32>,
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
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

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
    pub enum Relation {}

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
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

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
        /// `draft` or `published`.
        pub status: String,
        /// When it may be seen (UTC); before then it is under embargo.
        pub release_at: TimeDateTimeWithTimeZone,
        pub summary: String,
        pub body_md: String,
        pub notes_md: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Staff accounts of the Eurocities team. The password hash and TOTP secret never leave the server.
pub mod staff {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// Lower case; unique.
        #[sea_orm(unique)]
        pub email: String,
        pub name: String,
        /// `admin` (manages staff) or `editor` (manages content).
        pub role: String,
        pub disabled: bool,
        /// Argon2id PHC string.
        pub password_hash: String,
        /// Base32; `None` until enrolled at first login (or after a reset).
        pub totp_secret: Option<String>,
        /// The last TOTP time step accepted: each code works once.
        pub totp_last_step: Option<i64>,
        pub failed_logins: i32,
        pub locked_until: Option<TimeDateTimeWithTimeZone>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub updated_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Server-side sessions. Only a SHA-256 of the cookie's token is stored.
pub mod staff_session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff_session")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id_hash: String,
        pub staff_id: i32,
        /// `totp` (password checked, code expected), `enroll` (first TOTP being set up) or `full`.
        pub stage: String,
        pub pending_totp_secret: Option<String>,
        /// A form's values and errors after a failed plain-form post (read once).
        pub flash: Option<String>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub last_seen_at: TimeDateTimeWithTimeZone,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One-time links that let someone set up a staff account. Only a SHA-256 of the token is stored.
pub mod staff_invite {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff_invite")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub role: String,
        /// `None` for the setup link printed when no staff account exists.
        pub created_by: Option<i32>,
        pub created_at: TimeDateTimeWithTimeZone,
        pub expires_at: Option<TimeDateTimeWithTimeZone>,
        pub used_at: Option<TimeDateTimeWithTimeZone>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Who changed what, when: written in the same transaction as the change it records.
pub mod audit_log {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_log")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub at: TimeDateTimeWithTimeZone,
        pub actor_id: Option<i32>,
        pub actor: String,
        pub action: String,
        pub target_kind: String,
        pub target_id: Option<String>,
        pub before: Option<String>,
        pub after: Option<String>,
        pub request_id: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

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
    pub enum Relation {}

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
