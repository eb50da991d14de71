//! The staff list of press releases: searched by title, filtered by state (draft, scheduled,
//! published), sorted by a column, paged; the same rows as a spreadsheet.

use sea_orm::{DatabaseConnection, DbErr, EntityTrait};
use time::OffsetDateTime;

use super::editing::{brussels_text, release_state};
use crate::i18n::{Lang, Msg};
use crate::model::admin::ReleaseAdminRow;
use crate::ssr::entities::press_release;
use crate::ssr::entities::states::Publication;
use crate::t;
use domain::text::fold;

/// The list's orders: `attention` (drafts and scheduled first, then the newest) by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReleaseSort {
    #[default]
    Attention,
    Title,
    State,
    Time,
}

const COLUMNS: [(&str, ReleaseSort); 4] = [
    ("attention", ReleaseSort::Attention),
    ("title", ReleaseSort::Title),
    ("state", ReleaseSort::State),
    ("time", ReleaseSort::Time),
];

/// The states a release is listed in.
pub const STATES: [&str; 3] = ["draft", "scheduled", "published"];

/// What the list shows: a title search, a state, an order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseQuery {
    pub q: String,
    pub state: String,
    pub sort: ReleaseSort,
    pub descending: bool,
}

impl ReleaseQuery {
    /// Reads the list's query string.
    ///
    /// # Errors
    /// The message naming the value that does not read.
    pub fn parse(q: Option<&str>, state: Option<&str>, sort: Option<&str>) -> Result<Self, Msg> {
        let q = crate::ssr::lists::parse_search(q)?;
        let state = state.unwrap_or_default().trim();
        if !state.is_empty() && !STATES.contains(&state) {
            return Err(Msg::new("msg-param-release-state"));
        }
        let (sort, descending) =
            crate::ssr::lists::parse_sort(sort, &COLUMNS, "msg-param-release-sort")?;
        Ok(Self {
            q,
            state: state.to_owned(),
            sort,
            descending,
        })
    }

    /// The `sort` value that gives this order.
    #[must_use]
    pub fn sort_value(&self) -> String {
        crate::ssr::lists::sort_value(self.sort, self.descending, &COLUMNS)
    }
}

/// `draft`, `scheduled` or `published` at `now`.
fn state_key(r: &press_release::Model, now: OffsetDateTime) -> &'static str {
    match (r.status == Publication::Draft, r.release_at > now) {
        (true, _) => "draft",
        (false, true) => "scheduled",
        (false, false) => "published",
    }
}

/// The releases the list shows for `query`, in its order (ties by time, newest first).
///
/// # Errors
/// Database errors.
pub async fn release_rows(
    db: &DatabaseConnection,
    now: OffsetDateTime,
    query: &ReleaseQuery,
    lang: Lang,
) -> Result<Vec<ReleaseAdminRow>, DbErr> {
    let folded = fold(&query.q);
    let mut all: Vec<press_release::Model> = press_release::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|r| {
            folded.is_empty() || fold(&r.title).contains(&folded) || r.slug.contains(&folded)
        })
        .filter(|r| query.state.is_empty() || state_key(r, now) == query.state)
        .collect();
    all.sort_by_cached_key(|r| {
        let rank = STATES
            .iter()
            .position(|s| *s == state_key(r, now))
            .unwrap_or(0);
        let primary = match query.sort {
            ReleaseSort::Attention => format!("{}", u8::from(rank == 2)),
            ReleaseSort::Title => fold(&r.title),
            ReleaseSort::State => rank.to_string(),
            ReleaseSort::Time => String::new(),
        };
        (primary, std::cmp::Reverse(r.release_at), r.id)
    });
    if query.descending {
        all.reverse();
    }
    Ok(all
        .into_iter()
        .map(|r| ReleaseAdminRow {
            id: r.id,
            state: release_state(&r, now, lang),
            release_at: brussels_text(r.release_at, lang),
            slug: r.slug,
            title: r.title,
        })
        .collect())
}

/// The rows as a spreadsheet headed in `lang`, every cell guarded against formulas.
///
/// # Errors
/// CSV writing errors (as text).
pub fn release_rows_csv(rows: &[ReleaseAdminRow], lang: Lang) -> Result<String, String> {
    crate::ssr::lists::write_csv(
        [
            t!(lang, "admin-title"),
            t!(lang, "admin-state"),
            t!(lang, "admin-release-time"),
            t!(lang, "admin-slug"),
            t!(lang, "admin-id"),
        ],
        rows.iter().map(|r| {
            [
                r.title.clone(),
                r.state.clone(),
                r.release_at.clone(),
                r.slug.clone(),
                r.id.to_string(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_reads_its_state_and_order_and_refuses_what_does_not_read() {
        let q = ReleaseQuery::parse(Some(" Paris "), Some("draft"), Some("-time")).expect("reads");
        assert_eq!((q.q.as_str(), q.state.as_str()), ("Paris", "draft"));
        assert_eq!((q.sort, q.descending), (ReleaseSort::Time, true));
        assert_eq!(q.sort_value(), "-time");
        assert!(ReleaseQuery::parse(None, Some("embargoed"), None).is_err());
        assert!(ReleaseQuery::parse(None, None, Some("slug")).is_err());
        assert!(ReleaseQuery::parse(Some(&"x".repeat(101)), None, None).is_err());
        assert_eq!(
            ReleaseQuery::parse(None, None, None).expect("empty").sort,
            ReleaseSort::Attention
        );
    }
}
