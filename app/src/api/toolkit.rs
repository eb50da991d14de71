//! Toolkits: stored as data (factors, questions, examples), assembled for their page.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::ToolkitView;

/// The toolkit `slug`, with each city example linked to its profile when the city is a
/// signatory.
///
/// # Errors
/// `NotFound` for an unknown toolkit; database errors.
#[server(endpoint = "toolkit")]
pub async fn get_toolkit(slug: String) -> Result<ToolkitView, AppError> {
    use crate::ssr::app_state;
    let state = app_state()?;
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    crate::ssr::toolkit::load(&state.db, &snapshot, &slug)
        .await?
        .ok_or(AppError::NotFound)
}
