//! Reusable view parts.

pub mod edition_switcher;
pub mod error_view;
pub mod form;
pub mod headline;
pub mod layout;
pub mod map;
pub mod names;
pub mod page_data;
pub mod photo;
pub mod signing_preview;
