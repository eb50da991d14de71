//! The charter's editions: what the public reads, and what staff edit (drafts, sections,
//! translations, publishing).

mod editing;
mod reading;

pub use editing::*;
pub use reading::*;
