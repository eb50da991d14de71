//! The about page's data: the conferences with the signings made at each.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::About;

/// The conferences, oldest first, each with the signatories that signed there.
///
/// # Errors
/// Only database errors.
#[server(endpoint = "about")]
pub async fn get_about() -> Result<About, AppError> {
    use crate::ssr::app_state;
    use crate::ssr::entities::conference;
    use sea_orm::{EntityTrait, QueryOrder};

    let state = app_state()?;
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    let conferences = conference::Entity::find()
        .order_by_asc(conference::Column::StartsOn)
        .all(&state.db)
        .await?;
    Ok(About {
        conferences: conferences
            .iter()
            .map(|c| crate::ssr::registry::conference_view(&snapshot, c))
            .collect(),
        signatories: snapshot.count(None).totals.signatories,
    })
}
