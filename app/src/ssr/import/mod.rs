//! The registry as CSV: export, and import with a dry run that says row by row what would be
//! created or changed and every problem (line, column, reason); applying writes every row in
//! one transaction or none. The same format both ways (documented in the README).

mod apply;
mod check;
mod export;

pub use apply::*;
pub use check::*;
pub use export::*;

/// The columns of files written before date ranges (still read: the missing ones are empty).
pub const LEGACY_COLUMNS: usize = 18;

/// The columns, in order. One row per signing; a signatory without signings has an empty edition.
pub const COLUMNS: [&str; 21] = [
    "slug",
    "name",
    "kind",
    "country_code",
    "national_capital",
    "status",
    "website",
    "edition",
    "edition_confirmed",
    "signed_on",
    "tie_position",
    "event",
    "place",
    "signed_by_name",
    "signed_by_title",
    "council_decision_on",
    "announced_ordinal",
    "sources",
    "signed_not_before",
    "signed_not_after",
    "public_note",
];

/// The largest file accepted.
pub const MAX_ROWS: usize = 100_000;
