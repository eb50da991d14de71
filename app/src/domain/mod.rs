//! Pure domain rules with no web or database dependency, unit-tested on their own.

#[cfg(feature = "ssr")]
pub mod diff;
pub mod edition;
