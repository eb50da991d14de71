//! Staff accounts: creating one from a one-time link (`invites` makes and checks the links), and
//! the admin's changes (role, disable, TOTP reset). Every change is audited in its transaction.

use super::{
    check_new_password, end_sessions_of, hash_password_off_thread, invite_is_live, live_invite,
    Role,
};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::model::admin::{FormState, StaffRow};
use crate::ssr::audit::{record, Actor};
use crate::ssr::db::{begin_write, locks, serialize};
use crate::ssr::entities::{staff, staff_invite};
use crate::ssr::forms::Written;
use crate::ssr::state::{AppState, Ctx};
use crate::t;
use sea_orm::sea_query::Expr;
use sea_orm::QueryOrder;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use serde_json::json;

/// `value`, or nothing when it is longer than `max` bytes (so it is never echoed back whole).
fn kept_short(value: String, max: usize) -> String {
    if value.len() > max * 4 {
        String::new()
    } else {
        value
    }
}

/// A checked email address (lower case).
///
/// # Errors
/// A sentence for the form.
pub fn parse_email(raw: &str) -> Result<String, Msg> {
    let email = raw.trim().to_lowercase();
    let ok = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(email)
    } else {
        Err(Msg::new("msg-email"))
    }
}

/// A checked person's name.
///
/// # Errors
/// A sentence for the form.
pub fn parse_name(raw: &str) -> Result<String, Msg> {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        Err(Msg::new("msg-person-name"))
    } else {
        Ok(name.to_owned())
    }
}

/// What the setup page posts.
pub struct Setup {
    pub token: String,
    pub name: String,
    pub email: String,
    pub password: String,
}

/// Creates the account behind a one-time link (used by the setup page), in one transaction with
/// its audit record; refused with the name, address and errors to show again (never the
/// password), in `ui`. Anonymous: the new account is the actor (`request_id` for its record).
///
/// # Errors
/// `NotFound` for a dead link; `Internal` on a database error.
pub async fn accept_invite(
    state: &AppState,
    ui: Lang,
    request_id: Option<String>,
    setup: Setup,
) -> Result<Written, AppError> {
    let Setup {
        token,
        name,
        email,
        password,
    } = setup;
    let Some(invite) = live_invite(state, &token).await? else {
        return Err(AppError::NotFound);
    };
    let refused = |name: &str, email: &str, errors: Vec<(&str, Msg)>| {
        let mut form = FormState::named("setup");
        form.values.insert("name".into(), name.trim().to_owned());
        form.values.insert("email".into(), email.trim().to_owned());
        for (field, message) in errors {
            form.fail(field, message.text(ui));
        }
        Ok(Written::Refused(form))
    };
    let mut errors: Vec<(&str, Msg)> = Vec::new();
    // Over-long values are refused whole: never hashed, stored, logged or echoed back.
    let (name, email) = (kept_short(name, 100), kept_short(email, 254));
    if password.len() > super::MAX_PASSWORD_BYTES {
        errors.push(("password", Msg::new("msg-max-chars").arg("max", 128u32)));
    }
    let name_ok = parse_name(&name).map_err(|e| errors.push(("name", e))).ok();
    let email_ok = parse_email(&email)
        .map_err(|e| errors.push(("email", e)))
        .ok();
    if let Some(email) = &email_ok {
        if staff::Entity::find()
            .filter(staff::Column::Email.eq(email.as_str()))
            .count(&state.db)
            .await?
            > 0
        {
            errors.push(("email", Msg::new("msg-email-taken")));
        }
    }
    if errors.iter().all(|(field, _)| *field != "password") {
        if let Err(e) = check_new_password(&password, email_ok.as_deref().unwrap_or("")) {
            errors.push(("password", e));
        }
    }
    let (Some(name), Some(email), true) = (name_ok, email_ok, errors.is_empty()) else {
        return refused(&name, &email, errors);
    };
    let now = state.clock.now();
    let hash = hash_password_off_thread(password).await?;
    let txn = begin_write(&state.db).await?;
    serialize(&txn, locks::STAFF).await?;
    // The link is spent by one conditional UPDATE: of several posts of the same link, in
    // parallel or not, one creates the account; the others find it used and get the 404.
    let spent = staff_invite::Entity::update_many()
        .col_expr(staff_invite::Column::UsedAt, Expr::value(Some(now)))
        .filter(staff_invite::Column::TokenHash.eq(invite.token_hash.as_str()))
        .filter(staff_invite::Column::UsedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    let taken = staff::Entity::find()
        .filter(staff::Column::Email.eq(email.as_str()))
        .count(&txn)
        .await?
        > 0;
    if spent != 1
        || !invite_is_live(
            &txn,
            now,
            &staff_invite::Model {
                used_at: None,
                ..invite.clone()
            },
        )
        .await?
    {
        txn.rollback().await?;
        return Err(AppError::NotFound);
    }
    if taken {
        txn.rollback().await?;
        return refused(&name, &email, vec![("email", Msg::new("msg-email-taken"))]);
    }
    let created = staff::ActiveModel {
        email: Set(email.clone()),
        name: Set(name.clone()),
        role: Set(invite.role),
        disabled: Set(false),
        password_hash: Set(hash),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        failed_logins: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let actor = Actor {
        id: Some(created.id),
        label: email.clone(),
        request_id,
    };
    record(
        &txn,
        now,
        &actor,
        "staff.create",
        "staff",
        Some(created.id.to_string()),
        None,
        Some(json!({"email": email, "name": name, "role": created.role})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::Saved {
        value: (),
        notice: None,
    })
}

/// What an admin can do to an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffChange {
    Role(Role),
    Disable,
    Enable,
    ResetTotp,
}

/// Applies `change` to account `id`, audited; disabling and TOTP reset end its sessions.
///
/// # Errors
/// `NotFound`, `BadRequest` (an admin cannot disable or demote themself), database errors.
pub async fn change_staff(
    ctx: &Ctx<'_>,
    id: i32,
    change: StaffChange,
) -> Result<Written, AppError> {
    let (now, actor, ui) = (ctx.now, ctx.actor, ctx.lang);
    let refused = |key: &str| Ok(Written::Refused(FormState::with_notice("staff", ui.t(key))));
    let txn = begin_write(ctx.db()).await?;
    serialize(&txn, locks::STAFF).await?;
    let account = staff::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if actor.id == Some(id)
        && matches!(
            change,
            StaffChange::Disable | StaffChange::Role(Role::Editor)
        )
    {
        return refused("msg-staff-self");
    }
    let mut active: staff::ActiveModel = account.clone().into();
    let (action, before, after, notice) = match change {
        StaffChange::Role(role) => {
            active.role = Set(role);
            (
                "staff.role",
                json!({"role": account.role}),
                json!({"role": role.as_str()}),
                t!(
                    ui,
                    "msg-staff-role",
                    name = &account.name,
                    role = &ui.t_or(&format!("role-{}", role.as_str()), role.as_str())
                ),
            )
        }
        StaffChange::Disable => {
            active.disabled = Set(true);
            end_sessions_of(&txn, id).await?;
            (
                "staff.disable",
                json!({"disabled": false}),
                json!({"disabled": true}),
                t!(ui, "msg-staff-disabled", name = &account.name),
            )
        }
        StaffChange::Enable => {
            active.disabled = Set(false);
            (
                "staff.enable",
                json!({"disabled": true}),
                json!({"disabled": false}),
                t!(ui, "msg-staff-enabled", name = &account.name),
            )
        }
        StaffChange::ResetTotp => {
            active.totp_secret = Set(None);
            active.totp_last_step = Set(None);
            end_sessions_of(&txn, id).await?;
            (
                "staff.reset_totp",
                json!({"totp": "enrolled"}),
                json!({"totp": "reset"}),
                t!(ui, "msg-staff-totp-reset", name = &account.name),
            )
        }
    };
    active.updated_at = Set(now);
    active.update(&txn).await?;
    // Two admins demoting or disabling each other at once: the second change, serialised
    // after the first, would leave no admin, and is refused.
    let admins = staff::Entity::find()
        .filter(staff::Column::Role.eq(Role::Admin))
        .filter(staff::Column::Disabled.eq(false))
        .count(&txn)
        .await?;
    if admins == 0 {
        txn.rollback().await?;
        return refused("msg-staff-last-admin");
    }
    record(
        &txn,
        now,
        actor,
        action,
        "staff",
        Some(id.to_string()),
        Some(before),
        Some(after),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved((), notice))
}

/// Every staff account, by name.
///
/// # Errors
/// Database errors.
pub async fn staff_rows(state: &AppState) -> Result<Vec<StaffRow>, DbErr> {
    Ok(staff::Entity::find()
        .order_by_asc(staff::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| StaffRow {
            id: s.id,
            name: s.name,
            email: s.email,
            role: s.role.as_str().to_owned(),
            disabled: s.disabled,
            totp_enrolled: s.totp_secret.is_some(),
        })
        .collect())
}
