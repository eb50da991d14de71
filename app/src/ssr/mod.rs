//! Server-only code: application state, database entities and queries.

pub mod convert;
pub mod entities;
pub mod feed_catalogue;
pub mod markdown;
pub mod newsroom;
pub mod queries;
pub mod registry;
pub mod state;

pub use state::{app_state, AppState, Clock};
