//! One module per screen.

pub mod charter;
pub mod compare;
pub mod home;
