//! Hand-written compact sea-orm entities (one module per table), grouped by feature, and the
//! states their columns hold. Never sent to the browser.

/// `impl Related<target> for Entity` through each named variant of the entity's declared
/// `Relation` (the join sea-orm follows for `find_related` and `find_also_related`).
macro_rules! related {
    ($($target:path => $variant:ident),+ $(,)?) => {
        $(
            impl Related<$target> for Entity {
                fn to() -> RelationDef {
                    Relation::$variant.def()
                }
            }
        )+
    };
}

mod accounts;
mod charter;
mod content;
mod newsroom;
mod process;
mod reference;
mod registry;
pub mod states;

pub use accounts::{audit_log, staff, staff_invite, staff_recovery_code, staff_session};
pub use charter::{edition, edition_item, edition_section};
pub use content::{
    toolkit, toolkit_example, toolkit_factor, toolkit_part, toolkit_question, working_group,
};
pub use newsroom::{
    press_contact, press_correction, press_quote, press_release, press_release_signing,
};
pub use process::{
    application, blob, correction_suggestion, coverage, document, media_contact, media_logo, photo,
    photo_variant, submission_count,
};
pub use reference::{conference, country, eu_membership, seed_marker};
pub use registry::{
    announced_statement, signatory, signatory_name, signing, signing_source, unidentified_signatory,
};
