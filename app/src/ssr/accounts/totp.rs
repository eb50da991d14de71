//! One-time codes (TOTP, RFC 6238): secrets, codes, the enrolment URL, and accepting a code once.

use time::OffsetDateTime;

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
