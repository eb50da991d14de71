//! Staff authentication: password rules and Argon2id hashes, TOTP codes that work once,
//! server-side sessions stored in the database, and the guard every admin function calls.
//!
//! Sessions are a small table rather than a generic session crate on purpose: only a SHA-256 of
//! the cookie's token is stored (a copy of the database holds no live session), and each row
//! names its staff member, so disabling an account ends all its sessions in one statement.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::http::request::Parts;
use base64::Engine as _;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use super::entities::{staff, staff_session};
use super::state::AppState;
use crate::error::AppError;
use crate::i18n::Msg;

/// Session and lockout rules; production defaults, shorter in tests.
#[derive(Clone, Debug)]
pub struct AdminPolicy {
    /// A session unused for this long ends.
    pub idle_timeout: Duration,
    /// A session ends this long after login, however active.
    pub absolute_timeout: Duration,
    /// Failed attempts (password or code) in a row that lock an account.
    pub max_failures: i32,
    /// How long a locked account stays locked.
    pub lockout: Duration,
    /// True when the site is served over HTTPS: the cookie is then `Secure` with the `__Host-` prefix.
    pub secure_cookie: bool,
}

impl Default for AdminPolicy {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::minutes(30),
            absolute_timeout: Duration::hours(12),
            max_failures: 5,
            lockout: Duration::minutes(15),
            secure_cookie: false,
        }
    }
}

impl AdminPolicy {
    /// The session cookie's name.
    #[must_use]
    pub fn cookie_name(&self) -> &'static str {
        if self.secure_cookie {
            "__Host-icc_staff"
        } else {
            "icc_staff"
        }
    }

    /// A `Set-Cookie` value carrying `token`.
    #[must_use]
    pub fn session_cookie(&self, token: &str) -> String {
        format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Strict{}",
            self.cookie_name(),
            if self.secure_cookie { "; Secure" } else { "" }
        )
    }

    /// A `Set-Cookie` value that removes the session cookie.
    #[must_use]
    pub fn cleared_cookie(&self) -> String {
        format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
            self.cookie_name(),
            if self.secure_cookie { "; Secure" } else { "" }
        )
    }
}

/// A staff role (the stored state).
pub use super::entities::states::StaffRole as Role;

/// A few thousand of the most used passwords would be better; these are the ones every
/// cracking list starts with, plus the site's own words.
const COMMON_PASSWORDS: &[&str] = &[
    "password",
    "password1",
    "password12",
    "password123",
    "passw0rd",
    "p@ssw0rd",
    "12345678",
    "123456789",
    "1234567890",
    "12341234",
    "11111111",
    "00000000",
    "87654321",
    "qwertyuiop",
    "qwerty123",
    "qwertyui",
    "azertyuiop",
    "azerty123",
    "1q2w3e4r",
    "1qaz2wsx",
    "iloveyou",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "welcome1",
    "welcome123",
    "letmein1",
    "trustno1",
    "superman",
    "starwars",
    "whatever",
    "dragon123",
    "monkey123",
    "abc12345",
    "abcd1234",
    "admin123",
    "administrator",
    "changeme",
    "default1",
    "secret123",
    "motdepasse",
    "bonjour1",
    "soleil123",
    "eurocities",
    "eurocities1",
    "integratingcities",
    "brussels",
    "bruxelles",
    "charter2024",
    "migration",
    "qwerty12",
    "aaaaaaaa",
    "zaq12wsx",
    "michelle",
    "jennifer",
    "computer",
    "internet",
    "mustang1",
    "shadow12",
    "master12",
    "hello123",
];

/// Checks a new password: 8 to 128 characters (spaces, emoji and pasting welcome), not a common one.
///
/// # Errors
/// A sentence saying what to change.
pub fn check_new_password(password: &str, email: &str) -> Result<(), Msg> {
    let length = password.chars().count();
    if length < 8 {
        return Err(Msg::new("msg-password-short"));
    }
    if length > 128 {
        return Err(Msg::new("msg-max-chars").arg("max", 128u32));
    }
    let lowered = password.to_lowercase();
    if COMMON_PASSWORDS.contains(&lowered.as_str())
        || lowered == email.to_lowercase()
        || lowered
            .chars()
            .all(|c| c == lowered.chars().next().unwrap_or(' '))
    {
        return Err(Msg::new("msg-password-common"));
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    // OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The Argon2id hash (PHC string) of `password`.
///
/// # Errors
/// `Internal` if hashing fails (logged).
pub fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|err| {
            tracing::error!(error = %err, "password hashing failed");
            AppError::Internal
        })
}

/// True when `password` matches `hash`.
#[must_use]
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Verifies against a fixed hash, so an unknown email costs the same time as a known one.
pub fn verify_dummy(password: &str) {
    let _ = verify_password(dummy_hash(), password);
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not a real password").unwrap_or_default())
}

/// The longest password checked (longer ones are refused before any hashing: Argon2 over a
/// megabyte is a denial of service, and no one types that).
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// How many logins may wait for a hashing slot before more are turned away at once (429).
const MAX_WAITING_HASHES: usize = 64;

/// Password hashing runs on tokio's blocking threads, at most one hash per two cores at once,
/// so a flood of logins never occupies the threads that serve pages; beyond
/// [`MAX_WAITING_HASHES`] waiting logins the next ones are refused without hashing.
struct Hashing {
    slots: tokio::sync::Semaphore,
    waiting: std::sync::atomic::AtomicUsize,
}

fn hashing() -> &'static Hashing {
    static HASHING: OnceLock<Hashing> = OnceLock::new();
    HASHING.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Hashing {
            slots: tokio::sync::Semaphore::new((cores / 2).max(1)),
            waiting: std::sync::atomic::AtomicUsize::new(0),
        }
    })
}

/// Too many logins are being checked at once: answer 429 and try again shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashingBusy;

/// Runs `work` (hashing) on a blocking thread once a hashing slot is free.
async fn hash_work<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, HashingBusy> {
    use std::sync::atomic::Ordering;
    let pool = hashing();
    if pool.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING_HASHES {
        pool.waiting.fetch_sub(1, Ordering::SeqCst);
        return Err(HashingBusy);
    }
    let permit = pool.slots.acquire().await;
    pool.waiting.fetch_sub(1, Ordering::SeqCst);
    let _permit = permit.map_err(|_| HashingBusy)?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| HashingBusy)
}

/// [`verify_password`] off the async threads (an empty `hash` checks the dummy hash, so an
/// unknown account costs the same work as a known one).
///
/// # Errors
/// [`HashingBusy`] when too many logins are waiting already.
pub async fn verify_password_off_thread(
    hash: Option<String>,
    password: String,
) -> Result<bool, HashingBusy> {
    hash_work(move || match hash {
        Some(hash) => verify_password(&hash, &password),
        None => {
            verify_dummy(&password);
            false
        }
    })
    .await
}

/// Failed logins for addresses that name no account, per server: after as many failures as
/// lock an account, such an address is refused unchecked for the lockout period — exactly as
/// a locked account is, so a flood of guesses costs no hashing and says nothing about which
/// addresses exist. Bounded: at most [`UNKNOWN_TRACKED`] addresses are remembered.
fn unknown_failures(
) -> &'static std::sync::Mutex<std::collections::HashMap<String, (i32, OffsetDateTime)>> {
    static FAILURES: OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, (i32, OffsetDateTime)>>,
    > = OnceLock::new();
    FAILURES.get_or_init(Default::default)
}

/// How many unknown addresses the throttle remembers at most.
const UNKNOWN_TRACKED: usize = 10_000;

/// True when failed logins for the unknown address `email` are throttled at `now`.
#[must_use]
pub fn unknown_throttled(email: &str, now: OffsetDateTime, policy: &AdminPolicy) -> bool {
    let failures = unknown_failures()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    failures.get(email).is_some_and(|(count, since)| {
        *count >= policy.max_failures && now - *since < policy.lockout
    })
}

/// Counts a failed login for the unknown address `email`.
pub fn count_unknown_failure(email: &str, now: OffsetDateTime, policy: &AdminPolicy) {
    let mut failures = unknown_failures()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if failures.len() >= UNKNOWN_TRACKED && !failures.contains_key(email) {
        failures.retain(|_, (_, since)| now - *since < policy.lockout);
        if failures.len() >= UNKNOWN_TRACKED {
            failures.clear();
        }
    }
    let entry = failures.entry(email.to_owned()).or_insert((0, now));
    if now - entry.1 >= policy.lockout {
        *entry = (0, now);
    }
    entry.0 += 1;
}

/// [`hash_password`] off the async threads.
///
/// # Errors
/// `Internal` when hashing fails or the pool is saturated.
pub async fn hash_password_off_thread(password: String) -> Result<String, AppError> {
    hash_work(move || hash_password(&password))
        .await
        .map_err(|HashingBusy| AppError::Internal)?
}

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

/// A new TOTP secret (160 bits, base32).
#[must_use]
pub fn new_totp_secret() -> String {
    totp_rs::Secret::generate_secret().to_encoded().to_string()
}

const TOTP_STEP: u64 = 30;

fn totp(secret: &str, account: &str) -> Option<totp_rs::TOTP> {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .ok()?;
    Some(totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        6,
        1,
        TOTP_STEP,
        bytes,
        // The issuer authenticator apps file the account under: the site's English name.
        Some(crate::t!(crate::i18n::Lang::En, "site-name")),
        account.to_owned(),
    ))
}

/// The code of `secret` at a Unix time (what an authenticator app shows then).
#[must_use]
pub fn totp_code_at(secret: &str, unix_seconds: u64) -> String {
    totp(secret, "").map_or_else(String::new, |t| t.generate(unix_seconds))
}

/// The `otpauth://` address an authenticator app reads.
#[must_use]
pub fn totp_url(secret: &str, account: &str) -> String {
    totp(secret, account).map_or_else(String::new, |t| t.get_url())
}

/// The time step `code` belongs to, if it is valid now (one step of drift either way) and
/// newer than `last_step`: a code that was used once never works again.
#[must_use]
pub fn accept_totp(
    secret: &str,
    code: &str,
    now: OffsetDateTime,
    last_step: Option<i64>,
) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let generator = totp(secret, "")?;
    let unix = u64::try_from(now.unix_timestamp()).ok()?;
    let current = unix / TOTP_STEP;
    [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .filter(|step| {
            i64::try_from(*step)
                .ok()
                .is_some_and(|s| last_step.is_none_or(|last| s > last))
        })
        .find(|step| {
            let expected = generator.generate(step * TOTP_STEP);
            constant_time_eq(expected.as_bytes(), code.as_bytes())
        })
        .and_then(|step| i64::try_from(step).ok())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y)) == 0
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
    pub fn actor(&self, request_id: Option<String>) -> super::audit::Actor {
        super::audit::Actor {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_follow_the_rules() {
        assert!(check_new_password("seven77", "a@b.eu").is_err());
        assert!(check_new_password("Password123", "a@b.eu").is_err());
        assert!(check_new_password("aaaaaaaaaaaa", "a@b.eu").is_err());
        assert!(check_new_password("a@b.eu.long", "a@b.eu.long").is_err());
        let phrase = "correct horse battery staple 🐎 on the Square de Meeûs in Brussels!! 12345";
        assert!(phrase.chars().count() >= 64);
        assert!(check_new_password(phrase, "a@b.eu").is_ok());
        assert!(check_new_password(&"x1".repeat(65), "a@b.eu").is_err());
    }

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify_exactly() {
        let hash = hash_password("a long pass phrase").expect("hash");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password(&hash, "a long pass phrase"));
        assert!(!verify_password(&hash, "a long pass phras"));
        assert!(!verify_password("not a hash", "a long pass phrase"));
    }

    #[test]
    fn a_totp_code_works_once_and_only_near_its_time() {
        let secret = new_totp_secret();
        let now = OffsetDateTime::from_unix_timestamp(1_800_000_000).expect("time");
        let code = totp_code_at(&secret, 1_800_000_000);
        let step = accept_totp(&secret, &code, now, None).expect("valid now");
        assert_eq!(accept_totp(&secret, &code, now, Some(step)), None, "reused");
        let old = totp_code_at(&secret, 1_800_000_000 - 60);
        assert_eq!(accept_totp(&secret, &old, now, None), None, "two steps ago");
        let previous = totp_code_at(&secret, 1_800_000_000 - 30);
        assert!(
            accept_totp(&secret, &previous, now, None).is_some(),
            "one step of drift"
        );
        assert_eq!(accept_totp(&secret, "12345", now, None), None);
        assert_eq!(accept_totp(&secret, "abcdef", now, None), None);
    }

    #[test]
    fn next_stays_on_the_admin_of_this_site() {
        assert_eq!(safe_next(Some("/admin/releases")), "/admin/releases");
        assert_eq!(safe_next(Some("https://evil.example/")), "/admin");
        assert_eq!(safe_next(Some("//evil.example")), "/admin");
        assert_eq!(safe_next(Some("/admin\\@evil")), "/admin");
        assert_eq!(safe_next(Some("/signatories")), "/admin");
        assert_eq!(safe_next(None), "/admin");
        assert_eq!(
            safe_next(Some("/admin/signatories?q=Zürich é")),
            "/admin/signatories?q=Z%C3%BCrich%20%C3%A9"
        );
        assert!(safe_next(Some("/admin/signatories?q=Zürich"))
            .parse::<axum::http::HeaderValue>()
            .is_ok());
    }

    #[test]
    fn unknown_addresses_are_throttled_like_accounts() {
        let policy = AdminPolicy::default();
        let now = OffsetDateTime::from_unix_timestamp(1_800_000_000).expect("time");
        let email = "nobody-throttle-test@example.org";
        for _ in 0..policy.max_failures {
            assert!(!unknown_throttled(email, now, &policy));
            count_unknown_failure(email, now, &policy);
        }
        assert!(unknown_throttled(email, now, &policy));
        assert!(!unknown_throttled("someone-else@example.org", now, &policy));
        assert!(!unknown_throttled(email, now + policy.lockout, &policy));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, ha) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(ha, token_hash(&a));
        assert_eq!(ha.len(), 64);
        assert!(!ha.contains(&a));
    }
}
