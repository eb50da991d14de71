//! Passwords: the rules for a new one, Argon2id hashes (computed in `hashing`), and the throttle
//! on failed logins for addresses that name no account.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use time::OffsetDateTime;

use super::*;
use crate::error::AppError;
use crate::i18n::Msg;

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
