//! What every admin server function does first: find the staff session (or answer 401/403,
//! or send a page request to the login), and the plain-form helpers (redirect after a post,
//! keep a failed form's values and errors for the page that shows it again).

use axum::http::request::Parts;
use leptos::prelude::*;
use sea_orm::{ActiveModelTrait, Set};

use super::{request_id, staff_session, StaffSession};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::admin::{FormState, Me};
use crate::ssr::audit::Actor;
use crate::ssr::forms::{Next, Written};
use crate::ssr::state::{app_state, AppState, Ctx};
use domain::directory::encode;

/// The request being served.
///
/// # Errors
/// `Internal` outside a request (a wiring mistake).
pub fn parts() -> Result<Parts, AppError> {
    use_context::<Parts>().ok_or_else(|| {
        tracing::error!("request parts missing from the Leptos context");
        AppError::Internal
    })
}

fn set_status(code: axum::http::StatusCode) {
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(code);
    }
}

/// A staff member's request, authorized.
pub struct Staffed {
    pub state: AppState,
    pub session: StaffSession,
    pub actor: Actor,
    /// The language of the staff screen the request came from.
    pub lang: Lang,
}

impl Staffed {
    /// The explicit context a service is called with: now, by this staff member, in this
    /// request's language.
    #[must_use]
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            state: &self.state,
            now: self.state.clock.now(),
            actor: &self.actor,
            lang: self.lang,
        }
    }

    /// Ends a write's plain post the one way every staff form does: refused → back to `back`
    /// with the form kept (values and errors); saved → `then(value)` names the next page and
    /// the state its form starts with (empty, or e.g. a new invitation's link), where the
    /// notice (if any) is shown.
    ///
    /// # Errors
    /// `Internal` on a database error (keeping the form).
    pub async fn finish<T>(
        &self,
        written: Written<T>,
        back: &str,
        then: impl FnOnce(T) -> Next,
    ) -> Result<(), AppError> {
        match written {
            Written::Refused(form) => keep_and_go(self, &form, back).await,
            Written::Saved { value, notice } => {
                let Next { to, mut form } = then(value);
                form.notice = notice.or(form.notice);
                if form.notice.is_none() && form.values.is_empty() {
                    go(&to);
                    return Ok(());
                }
                keep_and_go(self, &form, &to).await
            }
        }
    }

    /// Who is signed in, for the page frame.
    #[must_use]
    pub fn me(&self) -> Me {
        Me {
            name: self.session.staff.name.clone(),
            email: self.session.staff.email.clone(),
            role: self.session.staff.role.as_str().to_owned(),
        }
    }
}

/// The signed-in staff member, or an error: pages are sent to the login (302), functions called
/// directly answer 401; `admin_only` functions answer 403 to editors.
///
/// # Errors
/// `Unauthorized`, `Forbidden`, or `Internal` on a database error.
pub async fn require_staff(admin_only: bool) -> Result<Staffed, AppError> {
    let state = app_state()?;
    let parts = parts()?;
    let Some(session) = staff_session(&state, &parts.headers).await? else {
        let path = parts.uri.path();
        if path.starts_with("/admin") {
            let here = parts.uri.path_and_query().map_or(path, |pq| pq.as_str());
            go(&format!("/admin/login?next={}", encode(here)));
        }
        let browser_page = path.starts_with("/admin")
            && parts
                .headers
                .get(axum::http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"));
        if !browser_page {
            set_status(axum::http::StatusCode::UNAUTHORIZED);
        }
        return Err(AppError::Unauthorized);
    };
    if admin_only && !session.is_admin() {
        set_status(axum::http::StatusCode::FORBIDDEN);
        return Err(AppError::Forbidden);
    }
    let actor = session.actor(request_id(&parts));
    Ok(Staffed {
        state,
        session,
        actor,
        lang: crate::i18n::request_lang(),
    })
}

/// Ends a post: go to `to` (303-like redirect for plain forms), in the request's language
/// (`/fr/admin/...` after a form on a French staff screen).
pub fn go(to: &str) {
    leptos_axum::redirect(&crate::i18n::request_lang().href(to));
}

/// Ends a failed post: keeps `form` for the page at `to`, then goes there.
///
/// # Errors
/// `Internal` on a database error.
pub async fn keep_and_go(staffed: &Staffed, form: &FormState, to: &str) -> Result<(), AppError> {
    keep_form(&staffed.state.db, &staffed.session.session, form).await?;
    go(to);
    Ok(())
}

/// Keeps `form` in `session` for the next page that shows it.
///
/// # Errors
/// `Internal` on a database error.
pub async fn keep_form<C: sea_orm::ConnectionTrait>(
    db: &C,
    session: &crate::ssr::entities::staff_session::Model,
    form: &FormState,
) -> Result<(), AppError> {
    let json = serde_json::to_string(form).map_err(|err| {
        tracing::error!(error = %err, "form state not serializable");
        AppError::Internal
    })?;
    let mut active: crate::ssr::entities::staff_session::ActiveModel = session.clone().into();
    active.flash = Set(Some(json));
    active.update(db).await?;
    Ok(())
}

/// The kept state of `form`, once (reading clears it); an empty state otherwise.
///
/// # Errors
/// `Internal` on a database error.
pub async fn take_form(staffed: &Staffed, form: &str) -> Result<FormState, AppError> {
    let kept = staffed
        .session
        .session
        .flash
        .as_deref()
        .and_then(|json| serde_json::from_str::<FormState>(json).ok());
    if let Some(read) = &staffed.session.session.flash {
        // Cleared only if it is still the state read: a form kept meanwhile (another tab, a
        // post that overtook this page) is left for its own page.
        use crate::ssr::entities::staff_session::{Column, Entity};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        Entity::update_many()
            .col_expr(
                Column::Flash,
                sea_orm::sea_query::Expr::value(Option::<String>::None),
            )
            .filter(Column::IdHash.eq(staffed.session.session.id_hash.clone()))
            .filter(Column::Flash.eq(read.as_str()))
            .exec(&staffed.state.db)
            .await?;
    }
    Ok(match kept {
        Some(state) if state.form == form => state,
        _ => FormState::named(form),
    })
}

/// A trimmed form value; `None` when empty.
#[must_use]
pub fn present(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_owned())
}

/// The kinds of signatory, named in `lang`.
#[must_use]
pub fn kind_choices(lang: Lang) -> Vec<(String, String)> {
    domain::directory::KINDS
        .iter()
        .map(|v| ((*v).to_owned(), lang.t(&format!("kind-{v}"))))
        .collect()
}
