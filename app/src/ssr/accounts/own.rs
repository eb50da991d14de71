//! A staff member's own account: changing one's password, and one-time recovery codes for the
//! day the authenticator is lost. Both need the current password and a second factor (a code
//! from the authenticator, or an unused recovery code); a wrong one counts towards the
//! account's lockout like a failed login, and every check that must hold once — a code used
//! once, a password changed once — is one conditional UPDATE, so requests sent in parallel
//! cannot pass it twice.

use std::collections::BTreeMap;

use argon2::password_hash::rand_core::{OsRng, RngCore};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::json;

use super::login::{audit_account, claim_attempt, lock_if_exhausted};
use super::{accept_totp, check_new_password, hash_password_off_thread, token_hash};
use super::{verify_password_off_thread, Staffed};
use crate::error::AppError;
use crate::model::admin::FormState;
use crate::ssr::audit::record;
use crate::ssr::entities::{staff, staff_recovery_code, staff_session};
use crate::ssr::forms::{FormReader, Written};

/// How many recovery codes a set has.
pub const RECOVERY_CODES: usize = 10;

/// The letters of a recovery code: lower case, without look-alikes (0/o, 1/l/i).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Letters per code (31^10 ≈ 2^49.5 codes).
const CODE_LENGTH: usize = 10;

/// The form of the account screen (its two forms share it: one kept state per page).
pub const ACCOUNT_FORM: &str = "account";

/// What proves the second factor: a TOTP step not used yet, or a recovery code (by hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proof {
    Totp(i64),
    Recovery(String),
}

/// A recovery code as typed, normalised (lower case, without spaces or dashes); `None` when it
/// cannot be one.
#[must_use]
pub fn normalise_recovery(code: &str) -> Option<String> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    (code.len() == CODE_LENGTH && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The stored form of a normalised recovery code.
#[must_use]
pub fn recovery_hash(normalised: &str) -> String {
    token_hash(&format!("recovery:{normalised}"))
}

/// A new set of recovery codes, as shown once (`abcde-fghjk`).
#[must_use]
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut letters = String::with_capacity(CODE_LENGTH + 1);
            while letters.len() < CODE_LENGTH + 1 {
                if letters.len() == CODE_LENGTH / 2 {
                    letters.push('-');
                }
                let mut byte = [0_u8; 1];
                OsRng.fill_bytes(&mut byte);
                // 248 = 8 × 31: the bytes above it are drawn again, so every letter is as likely.
                if byte[0] < 248 {
                    letters.push(char::from(ALPHABET[usize::from(byte[0]) % ALPHABET.len()]));
                }
            }
            letters
        })
        .collect()
}

/// The second factor `code` offers for `account` at `now` (not spent yet): a valid TOTP code
/// newer than the last one used, or something shaped like a recovery code.
#[must_use]
pub fn second_factor(
    account: &staff::Model,
    code: &str,
    now: time::OffsetDateTime,
) -> Option<Proof> {
    if code.len() > 64 {
        return None;
    }
    if let Some(step) = account
        .totp_secret
        .as_deref()
        .and_then(|secret| accept_totp(secret, code, now, account.totp_last_step))
    {
        return Some(Proof::Totp(step));
    }
    normalise_recovery(code).map(|c| Proof::Recovery(recovery_hash(&c)))
}

/// Spends a recovery code of `staff_id` inside the caller's transaction: true when it was
/// unused (it is used now), false otherwise — one conditional UPDATE, so it works once.
///
/// # Errors
/// Database errors.
pub async fn spend_recovery<C: ConnectionTrait>(
    db: &C,
    staff_id: i32,
    hash: &str,
    now: time::OffsetDateTime,
) -> Result<bool, DbErr> {
    Ok(staff_recovery_code::Entity::update_many()
        .col_expr(staff_recovery_code::Column::UsedAt, Expr::value(now))
        .filter(staff_recovery_code::Column::StaffId.eq(staff_id))
        .filter(staff_recovery_code::Column::CodeHash.eq(hash))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Accounts whose last accepted TOTP step is older than `step` (or none yet): the condition
/// that makes each code work once, in the UPDATE that records it.
#[must_use]
pub fn newer_step(step: i64) -> sea_orm::Condition {
    sea_orm::Condition::any()
        .add(staff::Column::TotpLastStep.is_null())
        .add(staff::Column::TotpLastStep.lt(step))
}

/// Spends `proof` for `account` inside the caller's transaction (a TOTP step is recorded only
/// when newer than the last one used); false when it was spent meanwhile.
async fn spend<C: ConnectionTrait>(
    db: &C,
    account: &staff::Model,
    proof: &Proof,
    now: time::OffsetDateTime,
) -> Result<bool, DbErr> {
    match proof {
        Proof::Recovery(hash) => spend_recovery(db, account.id, hash, now).await,
        Proof::Totp(step) => Ok(staff::Entity::update_many()
            .col_expr(staff::Column::TotpLastStep, Expr::value(*step))
            .filter(staff::Column::Id.eq(account.id))
            .filter(newer_step(*step))
            .exec(db)
            .await?
            .rows_affected
            == 1),
    }
}

/// True when `hash` is one of `staff_id`'s unused recovery codes.
async fn has_unused_recovery<C: ConnectionTrait>(
    db: &C,
    staff_id: i32,
    hash: &str,
) -> Result<bool, DbErr> {
    Ok(staff_recovery_code::Entity::find()
        .filter(staff_recovery_code::Column::StaffId.eq(staff_id))
        .filter(staff_recovery_code::Column::CodeHash.eq(hash))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await?
        > 0)
}

/// How many unused recovery codes `staff_id` has.
///
/// # Errors
/// Database errors.
pub async fn unused_recovery_codes<C: ConnectionTrait>(
    db: &C,
    staff_id: i32,
) -> Result<u64, DbErr> {
    staff_recovery_code::Entity::find()
        .filter(staff_recovery_code::Column::StaffId.eq(staff_id))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// The signed-in staff member proves it is them again: current password (field
/// `{prefix}password`) and second factor (field `{prefix}code`). A wrong one is a failed
/// attempt towards the lockout; errors go on their fields.
async fn reauthenticate(
    staffed: &Staffed,
    form: &mut FormReader<'_>,
    prefix: &str,
) -> Result<Option<(staff::Model, Proof)>, AppError> {
    let state = &staffed.state;
    let (password_field, code_field) = (format!("{prefix}password"), format!("{prefix}code"));
    let (password, code) = (form.get(&password_field), form.get(&code_field));
    if password.is_empty() {
        form.fail_with(&password_field, "msg-account-current-password");
    }
    if code.is_empty() {
        form.fail_with(&code_field, "msg-account-code");
    }
    if !form.ok() {
        return Ok(None);
    }
    let account = staff::Entity::find_by_id(staffed.session.staff.id)
        .one(&state.db)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !claim_attempt(state, &account).await? {
        form.fail_with(&password_field, "msg-account-locked");
        return Ok(None);
    }
    let right = verify_password_off_thread(Some(account.password_hash.clone()), password)
        .await
        .map_err(|_| AppError::Unavailable)?;
    let now = state.clock.now();
    let mut proof = second_factor(&account, &code, now);
    // A recovery code must be one of the account's unused ones (it is spent later, in the
    // change's own transaction); anything else is a wrong code, not one "used meanwhile".
    if let Some(Proof::Recovery(hash)) = &proof {
        if !has_unused_recovery(&state.db, account.id, hash).await? {
            proof = None;
        }
    }
    if !right || proof.is_none() {
        if !right {
            form.fail_with(&password_field, "msg-account-current-password-wrong");
        }
        if proof.is_none() {
            form.fail_with(&code_field, "msg-account-code-wrong");
        }
        audit_account(&state.db, now, &account, "account.reauth_failed").await?;
        lock_if_exhausted(state, &account).await?;
        return Ok(None);
    }
    Ok(proof.map(|p| (account, p)))
}

/// The refused form without what was typed: passwords and codes are never kept.
fn secretless(form: FormReader<'_>) -> FormState {
    let mut state = match form.refused::<()>("msg-not-saved") {
        Written::Refused(state) => state,
        Written::Saved { .. } => FormState::named(ACCOUNT_FORM),
    };
    state.values.clear();
    state
}

/// A refusal that keeps no secret.
fn refused(form: FormReader<'_>) -> Written {
    Written::Refused(secretless(form))
}

/// Resets the failure counter the check claimed (the account proved itself).
fn succeeded() -> sea_orm::UpdateMany<staff::Entity> {
    staff::Entity::update_many().col_expr(staff::Column::FailedLogins, Expr::value(0))
}

/// Changes the signed-in staff member's password (fields `password`, `code`, `new_password`). Every other session of the account ends; this one stays.
///
/// # Errors
/// `Unavailable` when the hashing queue is full; database errors.
pub async fn change_own_password(
    staffed: &Staffed,
    f: &BTreeMap<String, String>,
) -> Result<Written, AppError> {
    let mut form = FormReader::new(ACCOUNT_FORM, f, staffed.lang);
    let new_password = form.get("new_password");
    if let Err(problem) = check_new_password(&new_password, &staffed.session.staff.email) {
        let text = problem.text(staffed.lang);
        form.fail("new_password", text);
    }
    let Some((account, proof)) = reauthenticate(staffed, &mut form, "").await? else {
        return Ok(refused(form));
    };
    let hash = hash_password_off_thread(new_password).await?;
    let now = staffed.state.clock.now();
    let txn = crate::ssr::db::begin_write(&staffed.state.db).await?;
    let changed = succeeded()
        .col_expr(staff::Column::PasswordHash, Expr::value(hash))
        .col_expr(staff::Column::UpdatedAt, Expr::value(now))
        .filter(staff::Column::Id.eq(account.id))
        .filter(staff::Column::PasswordHash.eq(account.password_hash.clone()))
        .exec(&txn)
        .await?
        .rows_affected
        == 1;
    if !changed || !spend(&txn, &account, &proof, now).await? {
        txn.rollback().await?;
        form.fail_with("code", "msg-account-code-used");
        return Ok(refused(form));
    }
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(account.id))
        .filter(staff_session::Column::IdHash.ne(staffed.session.session.id_hash.clone()))
        .exec(&txn)
        .await?;
    let by = if matches!(proof, Proof::Recovery(_)) {
        "recovery code"
    } else {
        "authenticator"
    };
    record(
        &txn,
        now,
        &staffed.actor,
        "account.password",
        "staff",
        Some(account.id.to_string()),
        None,
        Some(json!({"second_factor": by, "other_sessions": "ended"})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        (),
        staffed.lang.t("msg-account-password-changed"),
    ))
}

/// Replaces the signed-in staff member's recovery codes by a new set (fields `codes_password`
/// and `codes_code`); saved with the codes, shown once.
///
/// # Errors
/// `Unavailable` when the hashing queue is full; database errors.
pub async fn renew_recovery_codes(
    staffed: &Staffed,
    f: &BTreeMap<String, String>,
) -> Result<Written<Vec<String>>, AppError> {
    let mut form = FormReader::new(ACCOUNT_FORM, f, staffed.lang);
    let Some((account, proof)) = reauthenticate(staffed, &mut form, "codes_").await? else {
        return Ok(Written::Refused(secretless(form)));
    };
    let now = staffed.state.clock.now();
    let txn = crate::ssr::db::begin_write(&staffed.state.db).await?;
    if !spend(&txn, &account, &proof, now).await? {
        txn.rollback().await?;
        form.fail_with("codes_code", "msg-account-code-used");
        return Ok(Written::Refused(secretless(form)));
    }
    succeeded()
        .filter(staff::Column::Id.eq(account.id))
        .exec(&txn)
        .await?;
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffId.eq(account.id))
        .exec(&txn)
        .await?;
    let codes = new_recovery_codes();
    for code in &codes {
        let normalised = normalise_recovery(code).ok_or(AppError::Internal)?;
        staff_recovery_code::Entity::insert(staff_recovery_code::ActiveModel {
            staff_id: Set(account.id),
            code_hash: Set(recovery_hash(&normalised)),
            created_at: Set(now),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
    }
    record(
        &txn,
        now,
        &staffed.actor,
        "account.recovery_codes",
        "staff",
        Some(account.id.to_string()),
        None,
        Some(json!({"codes": codes.len(), "earlier_codes": "no longer work"})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        codes,
        staffed.lang.t("msg-account-codes-made"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_are_random_readable_and_read_back_however_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let distinct: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(distinct.len(), RECOVERY_CODES, "{codes:?}");
        for code in &codes {
            assert_eq!(code.len(), 11, "{code}");
            assert_eq!(&code[5..6], "-");
            let normalised = normalise_recovery(code).expect("a code reads back");
            assert_eq!(
                normalise_recovery(&code.to_uppercase()),
                Some(normalised.clone())
            );
            assert_eq!(
                normalise_recovery(&format!(" {} ", code.replace('-', " "))),
                Some(normalised)
            );
        }
        for not_a_code in [
            "",
            "123456",
            "abcde-fghj",
            "abcde-fghjkm",
            "abcde-fghj0",
            "abcde-fghjl",
        ] {
            assert_eq!(normalise_recovery(not_a_code), None, "{not_a_code:?}");
        }
        assert_ne!(recovery_hash("abcdefghjk"), recovery_hash("abcdefghjm"));
        assert_ne!(
            recovery_hash("abcdefghjk"),
            token_hash("abcdefghjk"),
            "its own hash space"
        );
    }
}
