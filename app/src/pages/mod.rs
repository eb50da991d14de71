//! One module per screen.

pub mod about;
pub mod admin;
pub mod charter;
pub mod compare;
pub mod counting;
pub mod home;
pub mod legal;
pub mod map;
pub mod newsroom;
pub mod open_data;
pub mod process;
pub mod profile;
pub mod signatories;
pub mod statistics;
pub mod toolkit;
pub mod working_group;
