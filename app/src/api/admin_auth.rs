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
        next: crate::ssr::auth::safe_next(next.as_deref()),
        failed: failed.is_some(),
        ended: ended.is_some(),
    })
}

#[cfg(feature = "ssr")]
mod flow {
    use axum::http::{header, HeaderValue};
    use leptos::prelude::*;
    use sea_orm::sea_query::{Expr, ExprTrait};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

    use crate::domain::directory::encode;
    use crate::error::AppError;
    use crate::ssr::audit::{record, Actor};
    use crate::ssr::auth::{request_id, start_session};
    use crate::ssr::entities::{staff, staff_session};
    use crate::ssr::AppState;

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
            request_id: crate::ssr::admin::parts()
                .ok()
                .as_ref()
                .and_then(request_id),
        }
    }

    pub fn back_to_login(next: &str) {
        crate::ssr::admin::go(&format!("/admin/login?failed=1&next={}", encode(next)));
    }

    /// Counts a failed attempt; locks the account when it reaches the limit.
    pub async fn count_failure(state: &AppState, account: &staff::Model) -> Result<(), AppError> {
        let now = state.clock.now();
        staff::Entity::update_many()
            .col_expr(
                staff::Column::FailedLogins,
                Expr::col(staff::Column::FailedLogins).add(1),
            )
            .filter(staff::Column::Id.eq(account.id))
            .exec(&state.db)
            .await?;
        let failures = account.failed_logins + 1;
        if failures >= state.admin.max_failures {
            let mut active: staff::ActiveModel = account.clone().into();
            active.failed_logins = Set(0);
            active.locked_until = Set(Some(now + state.admin.lockout));
            active.update(&state.db).await?;
            audit_account(&state.db, now, account, "login.lockout").await?;
        }
        Ok(())
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

    pub fn locked(state: &AppState, account: &staff::Model) -> bool {
        account
            .locked_until
            .is_some_and(|until| until > state.clock.now())
    }

    /// Replaces the pre-login session by a full one (a new id) and records the login.
    pub async fn finish_login(
        state: &AppState,
        account: &staff::Model,
        old_session: &staff_session::Model,
        step: i64,
        new_secret: Option<String>,
    ) -> Result<(), AppError> {
        let now = state.clock.now();
        let txn = crate::ssr::register::begin_write(&state.db).await?;
        let mut active: staff::ActiveModel = account.clone().into();
        active.totp_last_step = Set(Some(step));
        active.failed_logins = Set(0);
        active.locked_until = Set(None);
        if let Some(secret) = new_secret {
            active.totp_secret = Set(Some(secret));
        }
        active.updated_at = Set(now);
        active.update(&txn).await?;
        staff_session::Entity::delete_by_id(old_session.id_hash.clone())
            .exec(&txn)
            .await?;
        let token = start_session(&txn, now, account.id, "full", None).await?;
        audit_account(&txn, now, account, "login.ok").await?;
        txn.commit().await?;
        set_cookie(&state.admin.session_cookie(&token));
        Ok(())
    }
}

/// Step one: email and password. Right → the code step; wrong, unknown or locked → the same
/// failure page, after the same amount of work.
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "admin/login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::ssr::audit::record;
    use crate::ssr::auth::{
        new_totp_secret, safe_next, start_session, verify_dummy, verify_password,
    };
    use crate::ssr::entities::staff;
    use crate::ssr::{app_state, audit::escape_controls};
    use flow::{actor, back_to_login, count_failure, locked, set_cookie};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let state = app_state()?;
    let next = safe_next(next.as_deref());
    let email = email.trim().to_lowercase();
    let account = staff::Entity::find()
        .filter(staff::Column::Email.eq(email.as_str()))
        .one(&state.db)
        .await?;
    let now = state.clock.now();
    let Some(account) = account.filter(|a| !a.disabled) else {
        verify_dummy(&password);
        record(
            &state.db,
            now,
            &actor(&escape_controls(&email), None),
            "login.failed",
            "staff",
            None,
            None,
            None,
        )
        .await?;
        back_to_login(&next);
        return Ok(());
    };
    let right = verify_password(&account.password_hash, &password);
    if locked(&state, &account) {
        flow::audit_account(&state.db, now, &account, "login.refused_locked").await?;
        back_to_login(&next);
        return Ok(());
    }
    if !right {
        flow::audit_account(&state.db, now, &account, "login.failed").await?;
        count_failure(&state, &account).await?;
        back_to_login(&next);
        return Ok(());
    }
    let (stage, pending) = if account.totp_secret.is_some() {
        ("totp", None)
    } else {
        ("enroll", Some(new_totp_secret()))
    };
    let token = start_session(&state.db, now, account.id, stage, pending).await?;
    set_cookie(&state.admin.session_cookie(&token));
    crate::ssr::admin::go(&format!(
        "/admin/login/code?next={}",
        crate::domain::directory::encode(&next)
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
    use crate::ssr::app_state;
    use crate::ssr::auth::{cookie_token, load_session, safe_next, totp_url};

    let state = app_state()?;
    let parts = crate::ssr::admin::parts()?;
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
    crate::ssr::admin::go("/admin/login?ended=1");
    Err(AppError::Unauthorized)
}

/// Step two: the TOTP code (or the first code from a newly enrolled app).
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "admin/login/code")]
pub async fn submit_code(code: String, next: Option<String>) -> Result<(), AppError> {
    use crate::domain::directory::encode;
    use crate::ssr::app_state;
    use crate::ssr::auth::{accept_totp, cookie_token, load_session, safe_next};
    use flow::{count_failure, finish_login, locked};

    let state = app_state()?;
    let parts = crate::ssr::admin::parts()?;
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
        let step = secret
            .as_deref()
            .and_then(|secret| accept_totp(secret, &code, now, account.totp_last_step));
        match step {
            Some(step) if !locked(&state, &account) => {
                let new_secret = (stage == "enroll").then_some(secret).flatten();
                finish_login(&state, &account, &s.session, step, new_secret).await?;
                crate::ssr::admin::go(&next);
            }
            _ => {
                flow::audit_account(&state.db, now, &account, "login.code_failed").await?;
                count_failure(&state, &account).await?;
                crate::ssr::admin::go(&format!(
                    "/admin/login/code?failed=1&next={}",
                    encode(&next)
                ));
            }
        }
        return Ok(());
    }
    crate::ssr::admin::go("/admin/login?ended=1");
    Ok(())
}

/// Ends the session (server side) and clears the cookie.
///
/// # Errors
/// `Internal` on a database error.
#[server(endpoint = "admin/logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::ssr::app_state;
    use crate::ssr::audit::record;
    use crate::ssr::auth::{cookie_token, token_hash};
    use crate::ssr::entities::staff_session;
    use sea_orm::EntityTrait;

    let state = app_state()?;
    let parts = crate::ssr::admin::parts()?;
    if let Some(token) = cookie_token(&parts, &state.admin) {
        if let Some(session) = staff_session::Entity::find_by_id(token_hash(&token))
            .one(&state.db)
            .await?
        {
            let txn = crate::ssr::register::begin_write(&state.db).await?;
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
    crate::ssr::admin::go("/admin/login?ended=1");
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
    let invite = crate::ssr::staff::live_invite(&state, &token)
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
        role: invite.role,
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
    crate::ssr::staff::accept_invite(token, name, email, password).await
}
