//! Staff accounts, sessions, invitations and the audit log.

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
        pub role: crate::ssr::entities::states::StaffRole,
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
    pub enum Relation {
        #[sea_orm(has_many = "crate::ssr::entities::staff_session::Entity")]
        StaffSession,
    }

    related! {
        crate::ssr::entities::staff_session::Entity => StaffSession,
    }

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
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::ssr::entities::staff::Entity",
            from = "Column::StaffId",
            to = "crate::ssr::entities::staff::Column::Id"
        )]
        Staff,
    }

    related! {
        crate::ssr::entities::staff::Entity => Staff,
    }

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
        pub role: crate::ssr::entities::states::StaffRole,
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

/// A one-time recovery code of a staff account, stored hashed.
pub mod staff_recovery_code {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff_recovery_code")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub staff_id: i32,
        /// SHA-256 (hex) of the normalised code.
        pub code_hash: String,
        pub created_at: TimeDateTimeWithTimeZone,
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
