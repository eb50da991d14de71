//! The staff screens' server functions. Each one authorizes first (`require_staff`), then
//! parses, then makes one domain call. Writes answer plain form posts with a redirect: to the
//! next page on success, back to the form (its values and errors kept) on failure.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::admin::{
    AccountPage, AuditPage, Dashboard, ImportPage, ReleaseEdit, ReleaseList, SavedSigning,
    SignatoryEdit, SignatoryList, SigningForm, StaffPage,
};
use crate::model::Release;
#[cfg(feature = "ssr")]
use crate::ssr::forms::Next;

mod account;
mod applications;
mod conferences;
mod editions;
mod import;
mod record;
mod releases;
mod signatories;
mod signings;
mod staff;

pub use account::*;
pub use applications::*;
pub use conferences::*;
pub use editions::*;
pub use import::*;
pub use record::*;
pub use releases::*;
pub use signatories::*;
pub use signings::*;
pub use staff::*;

/// Form fields arrive as `f[name]=value`.
pub type Fields = BTreeMap<String, String>;

/// A record's id from a path or a form field: not a number means no such record.
#[cfg(feature = "ssr")]
fn record_id(raw: &str) -> Result<i32, AppError> {
    raw.trim().parse().map_err(|_| AppError::NotFound)
}
/// The dashboard: counts, drafts, latest changes and the data-quality list.
///
/// # Errors
/// `Unauthorized` (pages redirect to the login); `Internal` on a database error.
#[server(endpoint = "admin/dashboard")]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    use crate::ssr::entities::press_release;
    use crate::ssr::registry::Snapshot;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

    let staffed = require_staff(false).await?;
    let lang = staffed.lang;
    let notice = take_form(&staffed, "dashboard").await?.notice;
    let db = &staffed.state.db;
    let snapshot = Snapshot::load_at_once(db).await?;
    let totals = snapshot.count(None).totals.clone();
    let now = staffed.state.clock.now();
    let drafts = press_release::Entity::find()
        .filter(press_release::Column::Status.eq(crate::ssr::entities::states::Publication::Draft))
        .count(db)
        .await?;
    let scheduled = press_release::Entity::find()
        .filter(
            press_release::Column::Status.eq(crate::ssr::entities::states::Publication::Published),
        )
        .filter(press_release::Column::ReleaseAt.gt(now))
        .count(db)
        .await?;
    let (latest, _) =
        crate::ssr::audit::audit_rows(db, &crate::ssr::audit::AuditFilter::default(), 1, 10)
            .await?;
    Ok(Dashboard {
        me: staffed.me(),
        counts: vec![
            (
                crate::t!(lang, "admin-count-signatories", n = totals.signatories),
                totals.signatories,
            ),
            (
                crate::t!(lang, "admin-count-european", n = totals.european),
                totals.european,
            ),
            (
                crate::t!(lang, "admin-count-eu-capitals", n = totals.eu_capitals),
                totals.eu_capitals,
            ),
            (
                crate::t!(lang, "admin-count-countries", n = totals.countries),
                totals.countries,
            ),
        ],
        drafts: u32::try_from(drafts).unwrap_or(u32::MAX),
        scheduled: u32::try_from(scheduled).unwrap_or(u32::MAX),
        latest,
        quality: crate::ssr::dashboard::quality(&snapshot, lang),
        notice,
        waiting: crate::ssr::process::pipeline::waiting(db, staffed.state.clock.now(), lang)
            .await?,
    })
}

/// The audit log, newest first, filtered by action, actor, record (kind and id) and days.
///
/// # Errors
/// `Unauthorized`; `BadRequest` for a filter that does not read (a record kind or id with
/// other characters, a day that is not `YYYY-MM-DD`, days the wrong way round, a page that
/// is not a whole number); `Internal` on a database error.
#[server(endpoint = "admin/audit")]
#[allow(clippy::too_many_arguments)]
pub async fn get_audit_page(
    action: Option<String>,
    actor: Option<String>,
    kind: Option<String>,
    id: Option<String>,
    from: Option<String>,
    to: Option<String>,
    page: Option<String>,
) -> Result<AuditPage, AppError> {
    use crate::i18n::Msg;
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let filter = crate::ssr::audit::AuditFilter::parse(
        action.as_deref(),
        actor.as_deref(),
        kind.as_deref(),
        id.as_deref(),
        from.as_deref(),
        to.as_deref(),
    )
    .map_err(AppError::BadRequest)?;
    let page = match page.as_deref().map(str::trim) {
        None | Some("") => 1,
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| AppError::BadRequest(Msg::new("msg-param-page")))?,
    };
    let db = &staffed.state.db;
    let (rows, total) = crate::ssr::audit::audit_rows(db, &filter, page, 50).await?;
    let iso = |d: Option<domain::date::Day>| d.map(|d| d.iso()).unwrap_or_default();
    Ok(AuditPage {
        me: staffed.me(),
        rows,
        actions: crate::ssr::audit::audit_actions(db).await?,
        kinds: crate::ssr::audit::audit_kinds(db).await?,
        from: iso(filter.from),
        to: iso(filter.to),
        action: filter.action,
        actor: filter.actor,
        kind: filter.kind,
        id: filter.id,
        page,
        pages: total.div_ceil(50).max(1),
        total,
    })
}
