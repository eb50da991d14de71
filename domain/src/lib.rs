//! The registry's rules in plain Rust: dates, text folding, the counting rule, the directory
//! query, edition structure and comparison, the map projection. No web, database or translation
//! dependency (see Cargo.toml): errors are typed, and become words at the edge (`app::i18n`).

pub mod date;
pub mod diff;
pub mod directory;
pub mod edition;
pub mod map;
pub mod ordinals;
pub mod text;
