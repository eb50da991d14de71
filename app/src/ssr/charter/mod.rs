//! The charter's editions: what the public reads, and what staff edit (drafts, sections,
//! translations, publishing).

mod drafts;
mod editing;
mod reading;

pub use drafts::*;
pub use editing::*;
pub use reading::*;
