//! The login's steps against the database, in the order the server functions take them:
//! each attempt claimed before it is checked (parallel guesses count like sequential ones), the
//! lockout set once, a code's step spent once, the full session started; and their records.

use axum::http::{header, HeaderValue};
use leptos::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::error::AppError;
use crate::ssr::accounts::{request_id, start_session};
use crate::ssr::audit::{record, Actor};
use crate::ssr::entities::{staff, staff_session};
use crate::ssr::AppState;
use domain::directory::encode;

pub fn set_cookie(value: &str) {
    if let (Some(options), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        options.append_header(header::SET_COOKIE, value);
    }
}

pub fn actor(label: &str, id: Option<i32>) -> Actor {
    Actor {
        id,
        label: label.to_owned(),
        request_id: crate::ssr::accounts::parts()
            .ok()
            .as_ref()
            .and_then(request_id),
    }
}

/// How long a login refused unchecked waits before it is answered. A flood of guesses
/// against a locked account or a throttled address is held back to one answer per connection
/// per period instead of as many as the server can refuse (measured: ≈1,100 a second on two
/// cores, which left the public pages a fraction of the CPU). Waiting costs a sleeping task,
/// not a thread; a person who mistyped is never locked out, so never waits.
pub const REFUSAL_DELAY: std::time::Duration = std::time::Duration::from_secs(1);

/// Refuses a login unchecked (a locked account, a throttled unknown address) after
/// [`REFUSAL_DELAY`], and records it as a structured log line with its time, actor, action and
/// request id (QUALITY.md S24), not an audit row. Such attempts come in floods; writing each
/// one (a commit and a flush to disk) is what let a flood slow the public pages. The attempts
/// that were checked, and the lockout itself, stay in the audit log.
pub async fn refuse_unchecked(now: time::OffsetDateTime, label: &str, id: Option<i32>) {
    use crate::ssr::audit::{bounded, escape_controls, MAX_LOGGED_CHARS};
    let who = actor(&escape_controls(&bounded(label, MAX_LOGGED_CHARS)), id);
    tracing::warn!(
        target: "icc::audit",
        at = %now,
        actor = %who.label,
        staff_id = ?who.id,
        request_id = who.request_id.as_deref().unwrap_or(""),
        action = "login.refused",
        "login refused unchecked"
    );
    tokio::time::sleep(REFUSAL_DELAY).await;
}

pub fn back_to_login(next: &str) {
    crate::ssr::accounts::go(&format!("/admin/login?failed=1&next={}", encode(next)));
}

/// Claims one attempt (password or code) for `account` before it is checked: the failure
/// counter goes up first, in one conditional UPDATE, so guesses sent in parallel are
/// counted like guesses sent one after another. False when the account is locked, or has
/// its limit of attempts failed or still being checked: the attempt is then refused
/// unchecked (and the account locked, if it is not yet).
pub async fn claim_attempt(state: &AppState, account: &staff::Model) -> Result<bool, AppError> {
    let now = state.clock.now();
    let claimed = staff::Entity::update_many()
        .col_expr(
            staff::Column::FailedLogins,
            Expr::col(staff::Column::FailedLogins).add(1),
        )
        .filter(staff::Column::Id.eq(account.id))
        .filter(staff::Column::FailedLogins.lt(state.admin.max_failures))
        .filter(unlocked_at(now))
        .exec(&state.db)
        .await?
        .rows_affected;
    if claimed == 0 {
        lock_if_exhausted(state, account).await?;
    }
    Ok(claimed == 1)
}

/// Gives back a claimed attempt that succeeded at the password step (the code step claims
/// its own; a full login resets the counter).
pub async fn release_attempt(state: &AppState, account: &staff::Model) -> Result<(), AppError> {
    staff::Entity::update_many()
        .col_expr(
            staff::Column::FailedLogins,
            Expr::col(staff::Column::FailedLogins).sub(1),
        )
        .filter(staff::Column::Id.eq(account.id))
        .filter(staff::Column::FailedLogins.gt(0))
        .exec(&state.db)
        .await?;
    Ok(())
}

/// After a failed check: locks the account once its claimed attempts reach the limit. One
/// request wins the conditional UPDATE, so one lockout is recorded however many fail at once.
pub async fn lock_if_exhausted(state: &AppState, account: &staff::Model) -> Result<(), AppError> {
    let now = state.clock.now();
    let txn = crate::ssr::db::begin_write(&state.db).await?;
    let locked = staff::Entity::update_many()
        .col_expr(
            staff::Column::LockedUntil,
            Expr::value(now + state.admin.lockout),
        )
        .col_expr(staff::Column::FailedLogins, Expr::value(0))
        .filter(staff::Column::Id.eq(account.id))
        .filter(staff::Column::FailedLogins.gte(state.admin.max_failures))
        .filter(unlocked_at(now))
        .exec(&txn)
        .await?
        .rows_affected;
    if locked == 1 {
        audit_account(&txn, now, account, "login.lockout").await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Accounts not locked at `now`.
pub fn unlocked_at(now: time::OffsetDateTime) -> sea_orm::Condition {
    sea_orm::Condition::any()
        .add(staff::Column::LockedUntil.is_null())
        .add(staff::Column::LockedUntil.lte(now))
}

/// The audit record of a failed login for an address that names no account (bounded: the
/// address is whatever was typed).
pub async fn audit_unknown<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: time::OffsetDateTime,
    email: &str,
) -> Result<(), sea_orm::DbErr> {
    use crate::ssr::audit::{bounded, MAX_LOGGED_CHARS};
    record(
        db,
        now,
        &actor(&bounded(email, MAX_LOGGED_CHARS), None),
        "login.failed",
        "staff",
        None,
        None,
        None,
    )
    .await
}

/// One audit record about `account` (login events).
pub async fn audit_account<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: time::OffsetDateTime,
    account: &staff::Model,
    action: &str,
) -> Result<(), sea_orm::DbErr> {
    record(
        db,
        now,
        &actor(&account.email, Some(account.id)),
        action,
        "staff",
        Some(account.id.to_string()),
        None,
        None,
    )
    .await
}

/// Replaces the pre-login session by a full one (a new id) and records the login, if the
/// code's step is newer than the last one used (or the recovery code is still unused), the
/// account is not locked and (enrolment) still has no authenticator — all checked in the
/// conditional UPDATEs of one transaction, so a code works once and an enrolment cannot
/// overwrite another, also in parallel. Every other
/// pre-login session of the account ends. False when the conditions no longer hold.
pub async fn finish_login(
    state: &AppState,
    account: &staff::Model,
    proof: super::own::Proof,
    new_secret: Option<String>,
) -> Result<bool, AppError> {
    use super::own::Proof;
    let now = state.clock.now();
    let txn = crate::ssr::db::begin_write(&state.db).await?;
    let mut update = staff::Entity::update_many()
        .col_expr(staff::Column::FailedLogins, Expr::value(0))
        .col_expr(
            staff::Column::LockedUntil,
            Expr::value(Option::<time::OffsetDateTime>::None),
        )
        .col_expr(staff::Column::UpdatedAt, Expr::value(now))
        .filter(staff::Column::Id.eq(account.id))
        .filter(staff::Column::Disabled.eq(false))
        .filter(unlocked_at(now));
    if let Proof::Totp(step) = proof {
        update = update
            .col_expr(staff::Column::TotpLastStep, Expr::value(step))
            .filter(super::own::newer_step(step));
    }
    update = match new_secret {
        Some(secret) => update
            .col_expr(staff::Column::TotpSecret, Expr::value(secret))
            .filter(staff::Column::TotpSecret.is_null()),
        None => update.filter(staff::Column::TotpSecret.eq(account.totp_secret.clone())),
    };
    let spent = match &proof {
        Proof::Totp(_) => true,
        Proof::Recovery(hash) => super::own::spend_recovery(&txn, account.id, hash, now).await?,
    };
    if !spent || update.exec(&txn).await?.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(false);
    }
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(account.id))
        .filter(staff_session::Column::Stage.ne("full"))
        .exec(&txn)
        .await?;
    let token = start_session(&txn, now, account.id, "full", None).await?;
    let action = match proof {
        Proof::Totp(_) => "login.ok",
        Proof::Recovery(_) => "login.recovery_code",
    };
    audit_account(&txn, now, account, action).await?;
    txn.commit().await?;
    set_cookie(&state.admin.session_cookie(&token));
    Ok(true)
}
