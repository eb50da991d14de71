//! The signing process before and around the signing (issue #18): a city's intent declared on
//! `/join` ([`join`]), the staff pipeline that takes it to its signing ([`pipeline`]), the
//! documents it brings ([`documents`]), announced ceremonies on `/events` and in
//! `/events.ics` ([`events`]), corrections readers suggest ([`corrections`]), and the hourly
//! bounds on every public submission ([`admission`]).

pub mod admission;
pub mod corrections;
pub mod documents;
pub mod events;
pub mod join;
pub mod lists;
pub mod media;
pub mod pipeline;

use crate::model::admin::FormState;

/// A public form refused by its axum handler, given to the page rendered again in answer.
#[derive(Clone, Debug)]
pub struct PublicForm(pub FormState);

/// The public form `name` as the refused post left it, or an empty one.
#[must_use]
pub fn kept_public_form(name: &str) -> FormState {
    leptos::prelude::use_context::<PublicForm>()
        .map(|kept| kept.0)
        .filter(|kept| kept.form == name)
        .unwrap_or_else(|| FormState::named(name))
}
