//! One-time links for new staff accounts: the setup link printed at first start, invitations
//! admins send (and revoke), and whether a link still works. Every change is audited.

use super::{new_token, token_hash, Role};
use crate::error::AppError;
use crate::model::admin::FormState;
use crate::ssr::audit::{record, Actor};
use crate::ssr::db::begin_write;
use crate::ssr::entities::{staff, staff_invite};
use crate::ssr::forms::Written;
use crate::ssr::state::{AppState, Ctx};
use crate::t;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use serde_json::json;
use time::{Duration, OffsetDateTime};

/// How long an invitation link stays valid.
pub const INVITE_LIFETIME: Duration = Duration::days(7);

/// Creates a one-time link for a new account; returns the token. `created_by: None` makes the
/// first-setup link: it never expires but works only while no staff account exists.
///
/// # Errors
/// Database errors.
pub async fn create_invite<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
    role: Role,
    created_by: Option<&Actor>,
) -> Result<String, DbErr> {
    let (token, hash) = new_token();
    staff_invite::ActiveModel {
        token_hash: Set(hash.clone()),
        role: Set(role),
        created_by: Set(created_by.and_then(|a| a.id)),
        created_at: Set(now),
        expires_at: Set(created_by.map(|_| now + INVITE_LIFETIME)),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    let actor = created_by.cloned().unwrap_or_else(|| Actor::cli("setup"));
    record(
        db,
        now,
        &actor,
        "staff.invite",
        "staff_invite",
        Some(hash[..12].to_owned()),
        None,
        Some(json!({"role": role.as_str()})),
    )
    .await?;
    Ok(token)
}

/// The setup link printed at start when no staff account exists (a new one each start; the
/// earlier ones stay valid until an account exists).
///
/// # Errors
/// Database errors.
pub async fn setup_link_if_needed(state: &AppState) -> Result<Option<String>, DbErr> {
    if staff::Entity::find().count(&state.db).await? > 0 {
        return Ok(None);
    }
    let token = create_invite(&state.db, state.clock.now(), Role::Admin, None).await?;
    Ok(Some(format!("{}/admin/setup/{token}", state.site_url)))
}

/// The invitation behind `token`, if it can still be used.
///
/// # Errors
/// Database errors.
pub async fn live_invite(
    state: &AppState,
    token: &str,
) -> Result<Option<staff_invite::Model>, DbErr> {
    let Some(invite) = staff_invite::Entity::find_by_id(token_hash(token))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    Ok(invite_is_live(&state.db, state.clock.now(), &invite)
        .await?
        .then_some(invite))
}

/// Whether `invite` can still be used at `now`: unused, not expired, its sender still an
/// enabled account (an invitation dies with its sender's access), and a setup link only
/// while no staff account exists.
pub(super) async fn invite_is_live<C: ConnectionTrait>(
    db: &C,
    now: OffsetDateTime,
    invite: &staff_invite::Model,
) -> Result<bool, DbErr> {
    let sender = match invite.created_by {
        Some(id) => staff::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let setup_link = invite.created_by.is_none() && invite.expires_at.is_none();
    let no_staff = setup_link && staff::Entity::find().count(db).await? == 0;
    Ok(live_with(invite, now, sender.as_ref(), no_staff))
}

/// [`invite_is_live`] given the invitation's sender and whether any staff account exists.
fn live_with(
    invite: &staff_invite::Model,
    now: OffsetDateTime,
    sender: Option<&staff::Model>,
    no_staff: bool,
) -> bool {
    if invite.used_at.is_some() || invite.expires_at.is_some_and(|at| at <= now) {
        return false;
    }
    match invite.created_by {
        Some(_) => sender.is_some_and(|s| !s.disabled && s.role == Role::Admin),
        None if invite.expires_at.is_some() => true,
        None => no_staff,
    }
}

/// The invitations that can still be used, newest first: `(invite, sender's name)`. Two
/// queries, whatever the number of invitations.
///
/// # Errors
/// Database errors.
pub async fn pending_invites(
    state: &AppState,
) -> Result<Vec<(staff_invite::Model, String)>, DbErr> {
    use sea_orm::QueryOrder;
    let now = state.clock.now();
    let staff: std::collections::HashMap<i32, staff::Model> = staff::Entity::find()
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    Ok(staff_invite::Entity::find()
        .filter(staff_invite::Column::UsedAt.is_null())
        .filter(staff_invite::Column::CreatedBy.is_not_null())
        .order_by_desc(staff_invite::Column::CreatedAt)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|invite| {
            let sender = invite.created_by.and_then(|id| staff.get(&id));
            live_with(&invite, now, sender, false).then(|| {
                let name = sender.map(|s| s.name.clone()).unwrap_or_default();
                (invite, name)
            })
        })
        .collect())
}

/// Revokes a pending invitation (its link stops working at once), audited.
///
/// # Errors
/// `NotFound` when no pending invitation has that id; database errors.
pub async fn revoke_invite(ctx: &Ctx<'_>, id: &str) -> Result<Written, AppError> {
    let (now, actor) = (ctx.now, ctx.actor);
    let txn = begin_write(ctx.db()).await?;
    let removed = staff_invite::Entity::delete_many()
        .filter(staff_invite::Column::TokenHash.eq(id))
        .filter(staff_invite::Column::UsedAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    if removed != 1 {
        txn.rollback().await?;
        return Err(AppError::NotFound);
    }
    record(
        &txn,
        now,
        actor,
        "staff.invite_revoke",
        "staff_invite",
        Some(id.chars().take(12).collect()),
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved((), t!(ctx.lang, "msg-invite-revoked")))
}

/// A new invitation for `role` (a role's name as posted), saved with its token.
///
/// # Errors
/// Database errors.
pub async fn invite(ctx: &Ctx<'_>, role: &str) -> Result<Written<String>, AppError> {
    let Some(role) = Role::parse(role.trim()) else {
        let mut form = FormState::named("staff");
        form.fail("role", t!(ctx.lang, "msg-role"));
        return Ok(Written::Refused(form));
    };
    let token = create_invite(ctx.db(), ctx.now, role, Some(ctx.actor)).await?;
    let name = ctx
        .lang
        .t_or(&format!("role-{}", role.as_str()), role.as_str());
    Ok(Written::saved(
        token,
        t!(ctx.lang, "msg-invite-created", role = &name),
    ))
}
