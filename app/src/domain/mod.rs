//! Pure domain rules with no web or database dependency, unit-tested on their own.

pub mod date;
#[cfg(feature = "ssr")]
pub mod diff;
pub mod directory;
pub mod edition;
pub mod map;
pub mod ordinals;
pub mod text;
