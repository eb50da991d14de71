//! Unit tests of the account rules: passwords, codes, sessions, the login throttle.

use super::*;
use time::OffsetDateTime;

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
