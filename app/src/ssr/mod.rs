//! Server-only code: application state, database entities and queries.

pub mod admin;
pub mod admin_queries;
pub mod audit;
pub mod auth;
pub mod convert;
pub mod dashboard;
pub mod editions;
pub mod embargo;
pub mod entities;
pub mod feed_catalogue;
pub mod import;
pub mod markdown;
pub mod newsroom;
pub mod queries;
pub mod register;
pub mod registry;
pub mod staff;
pub mod state;
pub mod toolkit;
pub mod working_group;

pub use state::{app_state, AppState, Clock, SnapshotCache};
