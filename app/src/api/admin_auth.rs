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
use crate::ssr::accounts::login as flow;

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
            // Held back like a refusal: a crowd of logins beyond the queue must not spin.
            tokio::time::sleep(flow::REFUSAL_DELAY).await;
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
            flow::refuse_unchecked(now, &email, None).await;
        }
        back_to_login(&next);
        return Ok(());
    };
    if !claimed {
        flow::refuse_unchecked(now, &account.email, Some(account.id)).await;
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
                    qr_svg: secret
                        .as_deref()
                        .and_then(|x| crate::ssr::accounts::qr_svg(&totp_url(x, &s.staff.email))),
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
    use crate::ssr::accounts::own::{second_factor, Proof};
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
        // Enrolment proves the new authenticator; a signed-up account may use a recovery code.
        let proof = if stage == "enroll" {
            secret
                .as_deref()
                .filter(|_| claimed && code.len() <= 64)
                .and_then(|secret| accept_totp(secret, &code, now, account.totp_last_step))
                .map(Proof::Totp)
        } else {
            Some(&account)
                .filter(|_| claimed)
                .and_then(|account| second_factor(account, &code, now))
        };
        let logged_in = match proof {
            Some(proof) => {
                let new_secret = (stage == "enroll").then_some(secret).flatten();
                finish_login(&state, &account, proof, new_secret).await?
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
    let mut form = FormState::named("setup");
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
    use crate::ssr::accounts::{go, parts, request_id, Setup};
    use crate::ssr::forms::Written;
    use domain::directory::encode;
    let state = crate::ssr::app_state()?;
    let request_id = parts().ok().as_ref().and_then(request_id);
    let lang = crate::i18n::request_lang();
    let setup = Setup {
        token: token.clone(),
        name,
        email,
        password,
    };
    // No session yet to keep a refused form in: its values and errors travel in the address.
    match crate::ssr::accounts::accept_invite(&state, lang, request_id, setup).await? {
        Written::Saved { .. } => go("/admin/login?next=%2Fadmin"),
        Written::Refused(form) => {
            let mut url = format!(
                "/admin/setup/{}?name={}&email={}",
                encode(&token),
                encode(&form.value("name")),
                encode(&form.value("email"))
            );
            for (field, message) in &form.errors {
                url.push_str(&format!("&err_{field}={}", encode(message)));
            }
            go(&url);
        }
    }
    Ok(())
}
