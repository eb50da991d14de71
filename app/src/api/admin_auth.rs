//! Staff login (password, then a TOTP code; enrolment at first login), logout and the
//! one-time setup links. Failures answer the same way whatever went wrong.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::admin::{LoginPage, SecondFactorPage, SetupPage};

/// The login page's data.
///
/// # Errors
/// None in practice.
#[server(endpoint = "admin/login-page")]
pub async fn get_login_page(
    next: Option<String>,
    failed: Option<String>,
    ended: Option<String>,
) -> Result<LoginPage, AppError> {
    Ok(LoginPage {
        next: crate::ssr::accounts::safe_next(next.as_deref()),
        busy: failed.as_deref() == Some("busy"),
        failed: failed.is_some(),
        ended: ended.is_some(),
    })
}

#[cfg(feature = "ssr")]
mod flow {
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

    /// The record of a login refused unchecked (a locked account, a throttled unknown
    /// address): a structured log line with its time, actor, action and request id
    /// (QUALITY.md S24), not an audit row. Such attempts come in floods; writing each one
    /// (a commit and a flush to disk) is what let a flood slow the public pages. The attempts
    /// that were checked, and the lockout itself, stay in the audit log.
    pub fn log_refused(now: time::OffsetDateTime, label: &str, id: Option<i32>) {
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
    pub async fn lock_if_exhausted(
        state: &AppState,
        account: &staff::Model,
    ) -> Result<(), AppError> {
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
    /// code's step is newer than the last one used, the account is not locked and (enrolment)
    /// still has no authenticator — all checked in the one UPDATE that records the step, so a
    /// code works once and an enrolment cannot overwrite another, also in parallel. Every other
    /// pre-login session of the account ends. False when the conditions no longer hold.
    pub async fn finish_login(
        state: &AppState,
        account: &staff::Model,
        step: i64,
        new_secret: Option<String>,
    ) -> Result<bool, AppError> {
        let now = state.clock.now();
        let txn = crate::ssr::db::begin_write(&state.db).await?;
        let mut update = staff::Entity::update_many()
            .col_expr(staff::Column::TotpLastStep, Expr::value(step))
            .col_expr(staff::Column::FailedLogins, Expr::value(0))
            .col_expr(
                staff::Column::LockedUntil,
                Expr::value(Option::<time::OffsetDateTime>::None),
            )
            .col_expr(staff::Column::UpdatedAt, Expr::value(now))
            .filter(staff::Column::Id.eq(account.id))
            .filter(staff::Column::Disabled.eq(false))
            .filter(unlocked_at(now))
            .filter(
                sea_orm::Condition::any()
                    .add(staff::Column::TotpLastStep.is_null())
                    .add(staff::Column::TotpLastStep.lt(step)),
            );
        update = match new_secret {
            Some(secret) => update
                .col_expr(staff::Column::TotpSecret, Expr::value(secret))
                .filter(staff::Column::TotpSecret.is_null()),
            None => update.filter(staff::Column::TotpSecret.eq(account.totp_secret.clone())),
        };
        if update.exec(&txn).await?.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(false);
        }
        staff_session::Entity::delete_many()
            .filter(staff_session::Column::StaffId.eq(account.id))
            .filter(staff_session::Column::Stage.ne("full"))
            .exec(&txn)
            .await?;
        let token = start_session(&txn, now, account.id, "full", None).await?;
        audit_account(&txn, now, account, "login.ok").await?;
        txn.commit().await?;
        set_cookie(&state.admin.session_cookie(&token));
        Ok(true)
    }
}

/// Step one: email and password. Right → the code step; wrong, unknown or locked → the same
/// failure page, after the same amount of work.
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "admin/login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::ssr::accounts::{
        count_unknown_failure, new_totp_secret, safe_next, start_session, unknown_throttled,
        verify_password_off_thread, HashingBusy, MAX_PASSWORD_BYTES,
    };
    use crate::ssr::app_state;
    use crate::ssr::entities::staff;
    use flow::{back_to_login, claim_attempt, lock_if_exhausted, release_attempt, set_cookie};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let state = app_state()?;
    let next = safe_next(next.as_deref());
    let email = email.trim().to_lowercase();
    let now = state.clock.now();
    // Over-long fields are refused before any lookup, hashing or logging of their value: no
    // account has such an address, no password is that long.
    if email.len() > 254 || password.len() > MAX_PASSWORD_BYTES {
        flow::audit_unknown(&state.db, now, &email).await?;
        back_to_login(&next);
        return Ok(());
    }
    let account = staff::Entity::find()
        .filter(staff::Column::Email.eq(email.as_str()))
        .one(&state.db)
        .await?
        .filter(|a| !a.disabled);
    // A known account's attempt is counted before the password is checked. An unknown address
    // costs the same work (the dummy hash) and fails the same way; once it has failed as often
    // as locks an account, it is refused unchecked, like a locked account.
    // A locked account is refused from the row just read, without a write (the claim would
    // fail anyway): a locked account and a throttled unknown address cost the same.
    let claimed = match &account {
        Some(account) if account.locked_until.is_some_and(|until| until > now) => false,
        Some(account) => claim_attempt(&state, account).await?,
        None => !unknown_throttled(&email, now, &state.admin),
    };
    let hash = account.as_ref().map(|a| a.password_hash.clone());
    let checked = if claimed {
        verify_password_off_thread(hash, password).await
    } else {
        Ok(false)
    };
    let right = match checked {
        Ok(right) => right,
        Err(HashingBusy) => {
            if let (Some(account), true) = (&account, claimed) {
                release_attempt(&state, account).await?;
            }
            crate::ssr::accounts::go(&format!(
                "/admin/login?failed=busy&next={}",
                domain::directory::encode(&next)
            ));
            return Ok(());
        }
    };
    let Some(account) = account else {
        if claimed {
            count_unknown_failure(&email, now, &state.admin);
            flow::audit_unknown(&state.db, now, &email).await?;
        } else {
            flow::log_refused(now, &email, None);
        }
        back_to_login(&next);
        return Ok(());
    };
    if !claimed {
        flow::log_refused(now, &account.email, Some(account.id));
        back_to_login(&next);
        return Ok(());
    }
    if !right {
        flow::audit_account(&state.db, now, &account, "login.failed").await?;
        lock_if_exhausted(&state, &account).await?;
        back_to_login(&next);
        return Ok(());
    }
    release_attempt(&state, &account).await?;
    let (stage, pending) = if account.totp_secret.is_some() {
        ("totp", None)
    } else {
        ("enroll", Some(new_totp_secret()))
    };
    let token = start_session(&state.db, now, account.id, stage, pending).await?;
    set_cookie(&state.admin.session_cookie(&token));
    crate::ssr::accounts::go(&format!(
        "/admin/login/code?next={}",
        domain::directory::encode(&next)
    ));
    Ok(())
}

/// The code step's data: a code to type, or (first login) a secret to add to an app first.
///
/// # Errors
/// `Unauthorized` (with a redirect to the login) when the password step was not passed.
#[server(endpoint = "admin/code-page")]
pub async fn get_code_page(
    next: Option<String>,
    failed: Option<String>,
) -> Result<SecondFactorPage, AppError> {
    use crate::ssr::accounts::{cookie_token, load_session, safe_next, totp_url};
    use crate::ssr::app_state;

    let state = app_state()?;
    let parts = crate::ssr::accounts::parts()?;
    let next = safe_next(next.as_deref());
    let token = cookie_token(&parts, &state.admin);
    for stage in ["totp", "enroll"] {
        if let Some(token) = &token {
            if let Some(s) = load_session(&state.db, &state, token, stage).await? {
                let secret = s.session.pending_totp_secret.clone();
                return Ok(SecondFactorPage {
                    next,
                    enroll: stage == "enroll",
                    otpauth_url: secret.as_deref().map(|x| totp_url(x, &s.staff.email)),
                    secret,
                    failed: failed.is_some(),
                });
            }
        }
    }
    crate::ssr::accounts::go("/admin/login?ended=1");
    Err(AppError::Unauthorized)
}

/// Step two: the TOTP code (or the first code from a newly enrolled app).
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "admin/login/code")]
pub async fn submit_code(code: String, next: Option<String>) -> Result<(), AppError> {
    use crate::ssr::accounts::{accept_totp, cookie_token, load_session, safe_next};
    use crate::ssr::app_state;
    use domain::directory::encode;
    use flow::{claim_attempt, finish_login, lock_if_exhausted};

    let state = app_state()?;
    let parts = crate::ssr::accounts::parts()?;
    let next = safe_next(next.as_deref());
    let token = cookie_token(&parts, &state.admin).unwrap_or_default();
    let now = state.clock.now();
    for stage in ["totp", "enroll"] {
        let Some(s) = load_session(&state.db, &state, &token, stage).await? else {
            continue;
        };
        let account = s.staff.clone();
        let secret = if stage == "enroll" {
            s.session.pending_totp_secret.clone()
        } else {
            account.totp_secret.clone()
        };
        let claimed = claim_attempt(&state, &account).await?;
        let step = secret
            .as_deref()
            .filter(|_| claimed && code.len() <= 64)
            .and_then(|secret| accept_totp(secret, &code, now, account.totp_last_step));
        let logged_in = match step {
            Some(step) => {
                let new_secret = (stage == "enroll").then_some(secret).flatten();
                finish_login(&state, &account, step, new_secret).await?
            }
            None => false,
        };
        if logged_in {
            crate::ssr::accounts::go(&next);
        } else {
            flow::audit_account(&state.db, now, &account, "login.code_failed").await?;
            lock_if_exhausted(&state, &account).await?;
            crate::ssr::accounts::go(&format!(
                "/admin/login/code?failed=1&next={}",
                encode(&next)
            ));
        }
        return Ok(());
    }
    crate::ssr::accounts::go("/admin/login?ended=1");
    Ok(())
}

/// Ends the session (server side) and clears the cookie.
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "admin/logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::ssr::accounts::{cookie_token, token_hash};
    use crate::ssr::app_state;
    use crate::ssr::audit::record;
    use crate::ssr::entities::staff_session;
    use sea_orm::EntityTrait;

    let state = app_state()?;
    let parts = crate::ssr::accounts::parts()?;
    if let Some(token) = cookie_token(&parts, &state.admin) {
        if let Some(session) = staff_session::Entity::find_by_id(token_hash(&token))
            .one(&state.db)
            .await?
        {
            let txn = crate::ssr::db::begin_write(&state.db).await?;
            staff_session::Entity::delete_by_id(session.id_hash)
                .exec(&txn)
                .await?;
            record(
                &txn,
                state.clock.now(),
                &flow::actor("", Some(session.staff_id)),
                "logout",
                "staff",
                Some(session.staff_id.to_string()),
                None,
                None,
            )
            .await?;
            txn.commit().await?;
        }
    }
    flow::set_cookie(&state.admin.cleared_cookie());
    crate::ssr::accounts::go("/admin/login?ended=1");
    Ok(())
}

/// The setup page behind a one-time link; after a failed post it shows the values typed
/// (never the password) and the errors, carried in the address.
///
/// # Errors
/// `NotFound` when the link is unknown, used, expired, or (first setup) staff now exist.
#[server(endpoint = "admin/setup-page")]
pub async fn get_setup_page(
    token: String,
    name: Option<String>,
    email: Option<String>,
    err_name: Option<String>,
    err_email: Option<String>,
    err_password: Option<String>,
) -> Result<SetupPage, AppError> {
    use crate::model::admin::FormState;
    let state = crate::ssr::app_state()?;
    let invite = crate::ssr::accounts::live_invite(&state, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = FormState {
        form: "setup".into(),
        ..FormState::default()
    };
    for (field, value) in [("name", name), ("email", email)] {
        if let Some(v) = value {
            form.values.insert(field.into(), v);
        }
    }
    for (field, error) in [
        ("name", err_name),
        ("email", err_email),
        ("password", err_password),
    ] {
        if let Some(e) = error {
            form.fail(field, e);
        }
    }
    Ok(SetupPage {
        token,
        role: invite.role.as_str().to_owned(),
        form,
    })
}

/// Creates the account behind a one-time link. Then the new staff member logs in and enrolls TOTP.
///
/// # Errors
/// `NotFound` for a dead link; `Internal` on a database error.
#[server(endpoint = "admin/setup")]
pub async fn accept_invite(
    token: String,
    name: String,
    email: String,
    password: String,
) -> Result<(), AppError> {
    crate::ssr::accounts::accept_invite(token, name, email, password).await
}
