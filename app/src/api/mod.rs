//! Server functions by resource: state → parse → one query or domain call → wire type.

pub mod about;
pub mod admin;
pub mod admin_auth;
pub mod charter;
pub mod newsroom;
pub mod process;
pub mod registry;
pub mod toolkit;
pub mod working_group;
