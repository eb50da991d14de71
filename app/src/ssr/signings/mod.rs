//! Registering a signing: the form parsed into a checked input, its preview, its save.

mod edit;
mod order;
mod parse;
mod save;
#[cfg(test)]
mod tests;

pub use edit::*;
pub use order::*;
pub use parse::*;
pub use save::*;
