//! The database schema as a sequence of migrations, run at start-up and by `server migrate`.
//!
//! Each migration defines its own `Iden` enums and never imports entities, so a shipped
//! migration keeps meaning the same thing however the application code changes later.

// `async_trait` signatures of `MigrationTrait` cannot name the `SchemaManager` lifetime.
#![allow(elided_lifetimes_in_paths)]

pub use sea_orm_migration::prelude::*;

mod m20261124_000001_foundation;
mod m20261124_000002_registry;
mod m20261124_000003_newsroom;
mod m20261124_000004_admin;
mod m20261124_000005_registry_version;
mod m20261125_000006_conference;
mod m20261125_000007_toolkit;
mod m20261125_000008_working_group;
mod m20261125_000009_edition_translation;
mod m20261130_000010_signing_held;
mod m20261130_000011_state_checks;
mod m20261130_000012_known_dates;
mod m20261130_000013_signatory_names;
mod m20261130_000014_recovery_codes;
mod m20261130_000015_release_numbers;
mod m20261201_000016_signing_process;
mod m20261201_000017_newsroom_media;

/// Applies the project's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_foundation::Migration),
            Box::new(m20261124_000002_registry::Migration),
            Box::new(m20261124_000003_newsroom::Migration),
            Box::new(m20261124_000004_admin::Migration),
            Box::new(m20261124_000005_registry_version::Migration),
            Box::new(m20261125_000006_conference::Migration),
            Box::new(m20261125_000007_toolkit::Migration),
            Box::new(m20261125_000008_working_group::Migration),
            Box::new(m20261125_000009_edition_translation::Migration),
            Box::new(m20261130_000010_signing_held::Migration),
            Box::new(m20261130_000011_state_checks::Migration),
            Box::new(m20261130_000012_known_dates::Migration),
            Box::new(m20261130_000013_signatory_names::Migration),
            Box::new(m20261130_000014_recovery_codes::Migration),
            Box::new(m20261130_000015_release_numbers::Migration),
            Box::new(m20261201_000016_signing_process::Migration),
            Box::new(m20261201_000017_newsroom_media::Migration),
        ]
    }
}
