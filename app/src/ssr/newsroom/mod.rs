//! The newsroom: public releases (embargo, fact box), the staff's release editing, and the
//! catalogue of feeds.

mod editing;
mod feeds;
mod public;

pub use editing::*;
pub use feeds::*;
pub use public::*;
