//! The bound on public submissions: per hour from everyone together and from one sender
//! address. The counters live in the database (`submission_count`), so several app servers
//! share them; each count is one atomic upsert, so parallel submissions are counted exactly.
//! A sender's address is kept only as a hash, and only for the hour.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbErr};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use time::OffsetDateTime;

use crate::ssr::entities::submission_count::Column;
use crate::ssr::policy::PublicFormPolicy;

/// Whether a public submission may go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Admission {
    Admitted,
    /// This sender has sent its share for the hour.
    SenderLimit,
    /// The site has taken all it takes this hour.
    OverallLimit,
}

/// `YYYY-MM-DDTHH` in UTC: the hour a submission counts in.
fn hour_of(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour()
    )
}

/// Adds one to counter `key` for `hour` and returns its new value.
async fn count_one<C: ConnectionTrait>(db: &C, key: &str, hour: &str) -> Result<i64, DbErr> {
    let table = crate::ssr::entities::submission_count::Entity;
    let statement = Query::insert()
        .into_table(table)
        .columns([Column::Key, Column::Hour, Column::Count])
        .values_panic([key.into(), hour.into(), 1.into()])
        .on_conflict(
            OnConflict::column(Column::Key)
                .value(Column::Count, Expr::col((table, Column::Count)).add(1))
                .to_owned(),
        )
        .returning_col(Column::Count)
        .to_owned();
    let row = db
        .query_one(&statement)
        .await?
        .ok_or_else(|| DbErr::Custom("the counter returned no row".into()))?;
    let count: i32 = row.try_get("", "count")?;
    Ok(i64::from(count))
}

fn sender_hash(sender: Option<IpAddr>) -> String {
    let who = sender.map_or_else(|| "unknown".to_owned(), |a| a.to_string());
    Sha256::digest(format!("icc-sender:{who}").as_bytes())
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How many posts, well-formed or not, one sender may make per hour for each submission it
/// may have accepted: room to correct mistakes, not to flood.
const ATTEMPTS_PER_SUBMISSION: i64 = 6;

/// Counts a post from `sender` at `now`, before it is read: a sender posting far more than it
/// could have accepted (mistakes included) is refused at once, so junk costs little.
///
/// # Errors
/// Database errors.
pub async fn admit_attempt<C: ConnectionTrait>(
    db: &C,
    policy: &PublicFormPolicy,
    now: OffsetDateTime,
    sender: Option<IpAddr>,
) -> Result<Admission, DbErr> {
    let hour = hour_of(now);
    let key = format!("try:{}:{hour}", sender_hash(sender));
    let attempts = count_one(db, &key, &hour).await?;
    Ok(
        if attempts > policy.per_sender.saturating_mul(ATTEMPTS_PER_SUBMISSION) {
            Admission::SenderLimit
        } else {
            Admission::Admitted
        },
    )
}

/// Counts a well-formed submission from `sender` at `now` and says whether it may be saved:
/// the sender's count first (a sender over its share does not use the site's), then
/// everyone's. The first submission of an hour clears the counters of earlier hours.
///
/// # Errors
/// Database errors.
pub async fn admit<C: ConnectionTrait>(
    db: &C,
    policy: &PublicFormPolicy,
    now: OffsetDateTime,
    sender: Option<IpAddr>,
) -> Result<Admission, DbErr> {
    let hour = hour_of(now);
    if count_one(db, &format!("addr:{}:{hour}", sender_hash(sender)), &hour).await?
        > policy.per_sender
    {
        return Ok(Admission::SenderLimit);
    }
    let overall = count_one(db, &format!("all:{hour}"), &hour).await?;
    if overall == 1 {
        let table = crate::ssr::entities::submission_count::Entity;
        let prune = Query::delete()
            .from_table(table)
            .and_where(Expr::col(Column::Hour).lt(hour.as_str()))
            .to_owned();
        db.execute(&prune).await?;
    }
    Ok(if overall > policy.per_hour {
        Admission::OverallLimit
    } else {
        Admission::Admitted
    })
}

/// `HH:00`, the next full hour in UTC: when the counters start again.
#[must_use]
pub fn next_hour(now: OffsetDateTime) -> String {
    let at = now.to_offset(time::UtcOffset::UTC);
    format!("{:02}:00", (at.hour() + 1) % 24)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_hour_is_named_in_utc() {
        let at = OffsetDateTime::parse(
            "2026-12-01T00:30:00+01:00",
            &time::format_description::well_known::Rfc3339,
        )
        .expect("time");
        assert_eq!(hour_of(at), "2026-11-30T23");
    }
}
