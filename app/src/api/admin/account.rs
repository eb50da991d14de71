//! One's own account: the screen, changing the password, making new recovery codes.

use super::*;

/// The signed-in staff member's account screen.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/account")]
pub async fn get_account() -> Result<AccountPage, AppError> {
    use crate::ssr::accounts::own::{unused_recovery_codes, ACCOUNT_FORM};
    use crate::ssr::accounts::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, ACCOUNT_FORM).await?;
    let recovery_left = unused_recovery_codes(&staffed.state.db, staffed.session.staff.id).await?;
    Ok(AccountPage {
        me: staffed.me(),
        recovery_left,
        form,
    })
}

/// Changes the signed-in staff member's password (current password and a second factor
/// required); the account's other sessions end.
///
/// # Errors
/// `Unauthorized`; `Unavailable` when too many passwords are being checked; `Internal` on a
/// database error.
#[server(endpoint = "admin/account/password")]
pub async fn change_own_password(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::own::ACCOUNT_FORM;
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::accounts::own::change_own_password(&staffed, &f).await?;
    staffed
        .finish(written, "/admin/account", |()| {
            Next::to("/admin/account", ACCOUNT_FORM)
        })
        .await
}

/// Makes a new set of recovery codes (the earlier ones stop working), shown once.
///
/// # Errors
/// `Unauthorized`; `Unavailable` when too many passwords are being checked; `Internal` on a
/// database error.
#[server(endpoint = "admin/account/recovery-codes")]
pub async fn renew_recovery_codes(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::accounts::own::ACCOUNT_FORM;
    use crate::ssr::accounts::require_staff;
    let staffed = require_staff(false).await?;
    let written = crate::ssr::accounts::own::renew_recovery_codes(&staffed, &f).await?;
    staffed
        .finish(written, "/admin/account", |codes| {
            Next::to("/admin/account", ACCOUNT_FORM).with_value("new_codes", codes.join("\n"))
        })
        .await
}
