//! The newsroom: public releases (embargo, fact box), the staff's release editing, and the
//! catalogue of feeds.

mod drafting;
mod editing;
mod feeds;
pub mod list;
pub mod numbers;
pub mod people;
mod public;

pub use drafting::*;
pub use editing::*;
pub use feeds::*;
pub use public::*;
