//! Server-side staff sessions (their rules are `ssr::policy`): tokens whose SHA-256 only is
//! stored, loading and starting sessions, the cookie, and where a login may go next.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use axum::http::request::Parts;
use base64::Engine as _;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::ssr::entities::{staff, staff_session};
use crate::ssr::policy::AdminPolicy;
use crate::ssr::state::AppState;

/// A staff role (the stored state).
pub use crate::ssr::entities::states::StaffRole as Role;

/// A new random token (for a cookie or a link) and the hash stored for it.
#[must_use]
pub fn new_token() -> (String, String) {
    let mut bytes = [0_u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored form of a token.
#[must_use]
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The signed-in staff member behind a request.
#[derive(Clone, Debug)]
pub struct StaffSession {
    pub staff: staff::Model,
    pub session: staff_session::Model,
}

impl StaffSession {
    #[must_use]
    pub fn is_admin(&self) -> bool {
        self.staff.role == Role::Admin
    }
}

/// The session cookie's token, if the request carries one.
#[must_use]
pub fn cookie_token(parts: &Parts, policy: &AdminPolicy) -> Option<String> {
    cookie_token_in(&parts.headers, policy)
}

/// The session cookie's token in a set of request headers.
#[must_use]
pub fn cookie_token_in(headers: &axum::http::HeaderMap, policy: &AdminPolicy) -> Option<String> {
    let name = policy.cookie_name();
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty())
}

/// The signed-in staff session a request carries (its cookie, fully logged in, not expired),
/// if any: the one check behind `require_staff`, the import upload and the staff downloads.
///
/// # Errors
/// A database error.
pub async fn staff_session(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> Result<Option<StaffSession>, DbErr> {
    match cookie_token_in(headers, &state.admin) {
        Some(token) => load_session(&state.db, state, &token, "full").await,
        None => Ok(None),
    }
}

impl StaffSession {
    /// Who acts, for the audit log: this session's staff member, in the request `request_id`.
    #[must_use]
    pub fn actor(&self, request_id: Option<String>) -> crate::ssr::audit::Actor {
        crate::ssr::audit::Actor {
            id: Some(self.staff.id),
            label: self.staff.email.clone(),
            request_id,
        }
    }
}

/// The live session for `token` at `stage`, touched; expired sessions are deleted.
///
/// # Errors
/// Database errors.
pub async fn load_session<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    token: &str,
    stage: &str,
) -> Result<Option<StaffSession>, DbErr> {
    let now = state.clock.now();
    let Some(session) = staff_session::Entity::find_by_id(token_hash(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let policy = &state.admin;
    if now - session.last_seen_at > policy.idle_timeout
        || now - session.created_at > policy.absolute_timeout
    {
        staff_session::Entity::delete_by_id(session.id_hash.clone())
            .exec(db)
            .await?;
        return Ok(None);
    }
    if session.stage != stage {
        return Ok(None);
    }
    let Some(staff) = staff::Entity::find_by_id(session.staff_id).one(db).await? else {
        return Ok(None);
    };
    if staff.disabled {
        return Ok(None);
    }
    let mut touched: staff_session::ActiveModel = session.clone().into();
    touched.last_seen_at = Set(now);
    let session = touched.update(db).await?;
    Ok(Some(StaffSession { staff, session }))
}

/// Starts a session at `stage` for `staff_id`; returns the cookie token.
///
/// # Errors
/// Database errors.
pub async fn start_session<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
    staff_id: i32,
    stage: &str,
    pending_totp_secret: Option<String>,
) -> Result<String, DbErr> {
    let (token, hash) = new_token();
    staff_session::ActiveModel {
        id_hash: Set(hash),
        staff_id: Set(staff_id),
        stage: Set(stage.to_owned()),
        pending_totp_secret: Set(pending_totp_secret),
        flash: Set(None),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Ends every session of a staff member (disabling, TOTP reset).
///
/// # Errors
/// Database errors.
pub async fn end_sessions_of<C: ConnectionTrait>(db: &C, staff_id: i32) -> Result<(), DbErr> {
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(staff_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Where to go after login: a path on this site's admin, never another site (`//evil`, `/\evil`).
/// Characters outside printable ASCII are percent-encoded, so the address is a valid `Location`.
#[must_use]
pub fn safe_next(raw: Option<&str>) -> String {
    raw.map(str::trim)
        .filter(|n| {
            n.starts_with("/admin")
                && n.len() <= 2048
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.contains("://")
                && n.chars().all(|c| !c.is_control())
        })
        .map_or_else(
            || "/admin".to_owned(),
            |n| {
                let mut out = String::with_capacity(n.len());
                for byte in n.bytes() {
                    if byte.is_ascii_graphic() {
                        out.push(char::from(byte));
                    } else {
                        out.push_str(&format!("%{byte:02X}"));
                    }
                }
                out
            },
        )
}

/// The request id the router gave this request (for logs and the audit log).
#[must_use]
pub fn request_id(parts: &Parts) -> Option<String> {
    request_id_in(&parts.headers)
}

/// The request id in a set of request headers.
#[must_use]
pub fn request_id_in(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}
