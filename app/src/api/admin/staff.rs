//! Staff accounts: the list, invitations (sent, revoked) and changes of role or state.

use super::*;

/// The staff accounts (admins only).
///
/// # Errors
/// `Unauthorized`, `Forbidden`; `Internal` on a database error.
#[server(endpoint = "admin/staff")]
pub async fn get_staff_page() -> Result<StaffPage, AppError> {
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(true).await?;
    let form = take_form(&staffed, "staff").await?;
    let rows = crate::ssr::accounts::staff_rows(&staffed.state).await?;
    let iso = |at: time::OffsetDateTime| crate::ssr::newsroom::brussels_day(at).0.iso();
    let invites = crate::ssr::accounts::pending_invites(&staffed.state)
        .await?
        .into_iter()
        .map(|(invite, sent_by)| crate::model::admin::InviteRow {
            id: invite.token_hash,
            role: invite.role.as_str().to_owned(),
            sent_by,
            sent_on: iso(invite.created_at),
            expires_on: invite.expires_at.map(iso).unwrap_or_default(),
        })
        .collect();
    Ok(StaffPage {
        me: staffed.me(),
        rows,
        invites,
        form,
    })
}

/// Creates a one-time invitation link for a new staff member (admins only).
///
/// # Errors
/// `Unauthorized`, `Forbidden`; `Internal` on a database error.
#[server(endpoint = "admin/staff/invite")]
pub async fn invite_staff(role: String) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(true).await?;
    let written = crate::ssr::accounts::invite(&staffed.ctx(), &role).await?;
    let site = &staffed.state.site_url;
    staffed
        .finish(written, "/admin/staff", |token| {
            Next::to("/admin/staff", "staff")
                .with_value("invite_link", format!("{site}/admin/setup/{token}"))
        })
        .await
}

/// Revokes a pending invitation (admins only): its link stops working at once.
///
/// # Errors
/// `Unauthorized`, `Forbidden`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/staff/revoke-invite")]
pub async fn revoke_invite(id: String) -> Result<(), AppError> {
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(true).await?;
    let id = id.trim();
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let written = crate::ssr::accounts::revoke_invite(&staffed.ctx(), id).await?;
    staffed
        .finish(written, "/admin/staff", |()| {
            Next::to("/admin/staff", "staff")
        })
        .await
}

/// Changes an account (admins only): `change` is `admin`, `editor`, `disable`, `enable` or `reset_totp`.
///
/// # Errors
/// `Unauthorized`, `Forbidden`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/staff/change")]
pub async fn change_staff(id: String, change: String) -> Result<(), AppError> {
    use crate::ssr::accounts::{require_staff, Role, StaffChange};
    let staffed = require_staff(true).await?;
    let id = record_id(&id)?;
    let change = match change.as_str() {
        "admin" => StaffChange::Role(Role::Admin),
        "editor" => StaffChange::Role(Role::Editor),
        "disable" => StaffChange::Disable,
        "enable" => StaffChange::Enable,
        "reset_totp" => StaffChange::ResetTotp,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-change",
            )))
        }
    };
    let written = crate::ssr::accounts::change_staff(&staffed.ctx(), id, change).await?;
    staffed
        .finish(written, "/admin/staff", |()| {
            Next::to("/admin/staff", "staff")
        })
        .await
}
