//! The numbers a press release states — each linked signatory's places and the registry's
//! total — kept as they were when the text was written, and compared with the registry on the
//! release's day when staff schedule it: a number that changed since (an import added an
//! earlier signing, say) is listed and must be confirmed, so the text never goes out
//! contradicting its own fact box.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::ssr::entities::{press_release, press_release_signing, signing};
use crate::ssr::registry::Snapshot;
use domain::date::Day;

/// One signatory's numbers in a release (English, as the release's text writes them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Numbers {
    pub name: String,
    pub places: Vec<String>,
    pub total: u32,
}

/// The numbers of `signatories` as the registry stands on `day` (today's registry when `None`);
/// a signatory not yet signed on that day is left out.
#[must_use]
pub fn numbers_of(snapshot: &Snapshot, signatories: &[i32], day: Option<Day>) -> Vec<Numbers> {
    signatories
        .iter()
        .filter_map(|id| {
            let (_, name, _, places, total) = snapshot.places_as_of(*id, day, Lang::En)?;
            Some(Numbers {
                name,
                places,
                total,
            })
        })
        .collect()
}

/// The numbers stored with a release (`None`: none recorded, e.g. a release from before).
#[must_use]
pub fn stored(release: &press_release::Model) -> Option<Vec<Numbers>> {
    serde_json::from_str(release.drafted_numbers.as_deref()?).ok()
}

/// The numbers as JSON for the release's row.
#[must_use]
pub fn to_json(numbers: &[Numbers]) -> Option<String> {
    serde_json::to_string(numbers).ok()
}

/// What changed from `then` to `now`, one line per difference, in `ui`: "Nuremberg: the 35th
/// signatory → the 37th signatory", "Total: 36 → 37 signatories". Empty when nothing did.
#[must_use]
pub fn changes(then: &[Numbers], now: &[Numbers], ui: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut total = None;
    for new in now {
        let Some(old) = then.iter().find(|o| o.name == new.name) else {
            continue;
        };
        if old.places != new.places {
            lines.push(crate::t!(
                ui,
                "release-number-place",
                name = &new.name,
                before = &Lang::En.join(&old.places),
                after = &Lang::En.join(&new.places)
            ));
        }
        if old.total != new.total {
            total.get_or_insert((old.total, new.total));
        }
    }
    if let Some((before, after)) = total {
        lines.push(crate::t!(
            ui,
            "release-number-total",
            before = before,
            after = after
        ));
    }
    lines
}

/// The signatories a release announces (through its linked signings).
///
/// # Errors
/// Database errors.
pub async fn announced_signatories<C: ConnectionTrait>(
    db: &C,
    release_id: i32,
) -> Result<Vec<i32>, DbErr> {
    let signing_ids: Vec<i32> = press_release_signing::Entity::find()
        .filter(press_release_signing::Column::PressReleaseId.eq(release_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.signing_id)
        .collect();
    Ok(signing::Entity::find()
        .filter(signing::Column::Id.is_in(signing_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.signatory_id)
        .collect())
}

/// What changed between release `release`'s recorded numbers and the registry on the day it is
/// released at `at` (each line in `ui`), with the numbers of that day.
///
/// # Errors
/// Database errors.
pub async fn changed_since_drafted<C: ConnectionTrait>(
    db: &C,
    release: &press_release::Model,
    at: time::OffsetDateTime,
    ui: Lang,
) -> Result<(Vec<String>, Vec<Numbers>), DbErr> {
    drift(db, &Snapshot::load(db).await?, release, at, ui).await
}

/// What changed between `release`'s recorded numbers and `snapshot` on the day of `at`, with
/// the numbers of that day.
async fn drift<C: ConnectionTrait>(
    db: &C,
    snapshot: &Snapshot,
    release: &press_release::Model,
    at: time::OffsetDateTime,
    ui: Lang,
) -> Result<(Vec<String>, Vec<Numbers>), DbErr> {
    let who = announced_signatories(db, release.id).await?;
    let day = super::brussels_day(at).0;
    let now = numbers_of(snapshot, &who, Some(day));
    let lines = stored(release).map_or_else(Vec::new, |then| changes(&then, &now, ui));
    Ok((lines, now))
}

/// Commits a change to the registry, first sending back to draft every scheduled release (under
/// embargo, its time still ahead) whose recorded numbers the change made wrong: the text would
/// otherwise go out contradicting its own fact box. Each one held is audited (`release.held`,
/// with what changed) and shows on its screen and the dashboard until staff confirm the numbers
/// by scheduling it again. Same transaction as the change: both land or neither.
///
/// # Errors
/// Database errors (nothing is committed then).
pub async fn commit_registry_change(
    txn: sea_orm::DatabaseTransaction,
    now: time::OffsetDateTime,
    actor: &crate::ssr::audit::Actor,
) -> Result<(), DbErr> {
    hold_outdated_releases(&txn, now, actor).await?;
    txn.commit().await
}

/// The scheduled releases whose numbers no longer hold go back to draft (see
/// [`commit_registry_change`]); returns their ids.
///
/// # Errors
/// Database errors.
pub async fn hold_outdated_releases<C: ConnectionTrait>(
    db: &C,
    now: time::OffsetDateTime,
    actor: &crate::ssr::audit::Actor,
) -> Result<Vec<i32>, DbErr> {
    use crate::ssr::entities::states::Publication;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let scheduled = press_release::Entity::find()
        .filter(press_release::Column::Status.eq(Publication::Published))
        .filter(press_release::Column::ReleaseAt.gt(now))
        .filter(press_release::Column::DraftedNumbers.is_not_null())
        .all(db)
        .await?;
    if scheduled.is_empty() {
        return Ok(Vec::new());
    }
    let snapshot = Snapshot::load(db).await?;
    let mut held = Vec::new();
    for release in scheduled {
        let (lines, _) = drift(db, &snapshot, &release, release.release_at, Lang::En).await?;
        if lines.is_empty() {
            continue;
        }
        let id = release.id;
        let mut active: press_release::ActiveModel = release.into();
        active.status = Set(Publication::Draft);
        active.updated_at = Set(now);
        active.update(db).await?;
        crate::ssr::audit::record(
            db,
            now,
            actor,
            "release.held",
            "press_release",
            Some(id.to_string()),
            Some(serde_json::json!({ "status": "scheduled" })),
            Some(serde_json::json!({ "status": "draft", "numbers": lines.join(" · ") })),
        )
        .await?;
        held.push(id);
    }
    Ok(held)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(name: &str, places: &[&str], total: u32) -> Numbers {
        Numbers {
            name: name.into(),
            places: places.iter().map(|p| (*p).to_owned()).collect(),
            total,
        }
    }

    #[test]
    fn the_changes_name_each_place_and_the_total_that_moved() {
        let then = [n("Nuremberg", &["the 35th signatory"], 36)];
        let now = [n("Nuremberg", &["the 37th signatory"], 37)];
        assert_eq!(
            changes(&then, &now, Lang::En),
            vec![
                "Nuremberg: “the 35th signatory” → “the 37th signatory”".to_owned(),
                "Total: 36 → 37 signatories".to_owned(),
            ]
        );
        assert!(changes(&then, &then, Lang::En).is_empty());
        let only_total = [n("Nuremberg", &["the 35th signatory"], 38)];
        assert_eq!(
            changes(&then, &only_total, Lang::En),
            vec!["Total: 36 → 38 signatories".to_owned()]
        );
        assert!(
            changes(&then, &[n("Oslo", &["the 1st signatory"], 36)], Lang::En).is_empty(),
            "a signatory the text did not name is not a change of the text"
        );
    }
}
