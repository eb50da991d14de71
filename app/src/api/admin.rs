//! The staff screens' server functions. Each one authorizes first (`require_staff`), then
//! parses, then makes one domain call. Writes answer plain form posts with a redirect: to the
//! next page on success, back to the form (its values and errors kept) on failure.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::admin::{
    AuditPage, Dashboard, ImportPage, ReleaseEdit, ReleaseList, SavedSigning, SignatoryEdit,
    SignatoryList, SigningForm, StaffPage,
};
use crate::model::Release;

/// Form fields arrive as `f[name]=value`.
pub type Fields = BTreeMap<String, String>;

/// The dashboard: counts, drafts, latest changes and the data-quality list.
///
/// # Errors
/// `Unauthorized` (pages redirect to the login); `Internal` on a database error.
#[server(endpoint = "admin/dashboard")]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    use crate::ssr::entities::press_release;
    use crate::ssr::registry::Snapshot;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

    let staffed = require_staff(false).await?;
    let lang = crate::i18n::request_lang();
    let notice = take_form(&staffed, "dashboard").await?.notice;
    let db = &staffed.state.db;
    let snapshot = Snapshot::load_at_once(db).await?;
    let totals = snapshot.count(None).totals.clone();
    let now = staffed.state.clock.now();
    let drafts = press_release::Entity::find()
        .filter(press_release::Column::Status.eq("draft"))
        .count(db)
        .await?;
    let scheduled = press_release::Entity::find()
        .filter(press_release::Column::Status.eq("published"))
        .filter(press_release::Column::ReleaseAt.gt(now))
        .count(db)
        .await?;
    let (latest, _) = crate::ssr::admin_queries::audit_rows(db, "", "", 1, 10).await?;
    Ok(Dashboard {
        me: staffed.me(),
        counts: vec![
            (
                crate::t!(lang, "admin-count-signatories", n = totals.signatories),
                totals.signatories,
            ),
            (
                crate::t!(lang, "admin-count-european", n = totals.european),
                totals.european,
            ),
            (
                crate::t!(lang, "admin-count-eu-capitals", n = totals.eu_capitals),
                totals.eu_capitals,
            ),
            (
                crate::t!(lang, "admin-count-countries", n = totals.countries),
                totals.countries,
            ),
        ],
        drafts: u32::try_from(drafts).unwrap_or(u32::MAX),
        scheduled: u32::try_from(scheduled).unwrap_or(u32::MAX),
        latest,
        quality: crate::ssr::dashboard::quality(&snapshot, lang),
        notice,
    })
}

/// The register-a-signing form, with the kept values, errors and preview of the last post.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/signing-form")]
pub async fn get_signing_form(signatory: Option<String>) -> Result<SigningForm, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    let mut form = take_form(&staffed, "signing").await?;
    if let Some(id) = signatory {
        form.values.entry("signatory".into()).or_insert(id);
    }
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let preview = form
        .values
        .get("_preview")
        .map(|p| p.split('\n').map(str::to_owned).collect());
    let mut signatories: Vec<(String, String)> = snapshot
        .signatories()
        .iter()
        .map(|s| (s.id.to_string(), format!("{} ({})", s.name, s.country_code)))
        .collect();
    signatories.sort_by_cached_key(|s| crate::domain::text::fold(&s.1));
    let mut editions: Vec<(String, String)> = snapshot
        .editions()
        .iter()
        .map(|e| (e.slug.clone(), e.title.clone()))
        .collect();
    editions.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(SigningForm {
        me: staffed.me(),
        form,
        signatories,
        countries: snapshot.country_choices(crate::i18n::request_lang()),
        editions,
        kinds: crate::ssr::admin::kind_choices(),
        preview,
    })
}

/// The places the signing in the form would get (in `lang`, a language code), without saving (the form's "Preview"
/// button, and the live preview when JavaScript runs). Writes nothing but the form kept for
/// the page.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/signings/preview")]
pub async fn preview_signing(#[server(default)] f: Fields) -> Result<Vec<String>, AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::{keep_and_go, require_staff};
    use crate::ssr::register::{parse_signing, preview};
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let submitted = FormState {
        form: "signing".into(),
        values: f,
        ..FormState::default()
    };
    let (input, mut kept) = parse_signing(&submitted, &snapshot);
    let lines = input
        .map(|i| preview(&i, &snapshot, staffed.state.clock.now()))
        .unwrap_or_default();
    kept.values.remove("_preview");
    if !lines.is_empty() {
        kept.values.insert("_preview".into(), lines.join("\n"));
    }
    keep_and_go(&staffed, &kept, "/admin/signings/new#preview").await?;
    Ok(lines)
}

/// The places the signing in the form would get (the live preview when JavaScript runs).
/// Writes nothing.
///
/// # Errors
/// `Unauthorized`; `BadRequest` naming what is missing; `Internal` on a database error.
#[server(endpoint = "admin/signings/places")]
pub async fn preview_places(
    #[server(default)] f: Fields,
    #[server(default)] lang: String,
) -> Result<Vec<String>, AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::require_staff;
    use crate::ssr::register::{parse_signing, preview};
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    // The island's page language: the call itself has no `/fr` in its address.
    if let Some(lang) = crate::i18n::Lang::from_code(&lang) {
        provide_context(crate::i18n::CallerLang(lang));
    }
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let submitted = FormState {
        form: "signing".into(),
        values: f,
        ..FormState::default()
    };
    let (input, kept) = parse_signing(&submitted, &snapshot);
    match input {
        Some(input) => Ok(preview(&input, &snapshot, staffed.state.clock.now())),
        None => Ok(kept.errors.values().cloned().collect()),
    }
}

/// Saves a signing (and its new signatory, sources and audit record) in one transaction.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signings/register")]
pub async fn register_signing(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::{go, keep_and_go, require_staff};
    use crate::ssr::register::{parse_signing, save_signing};
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let submitted = FormState {
        form: "signing".into(),
        values: f,
        ..FormState::default()
    };
    let (input, mut kept) = parse_signing(&submitted, &snapshot);
    let Some(input) = input else {
        kept.values.remove("_preview");
        kept.notice = Some(crate::t!(
            crate::i18n::request_lang(),
            "msg-signing-not-saved"
        ));
        return keep_and_go(&staffed, &kept, "/admin/signings/new").await;
    };
    let id = save_signing(
        &staffed.state.db,
        &snapshot,
        &input,
        &staffed.actor,
        staffed.state.clock.now(),
    )
    .await?;
    go(&format!("/admin/signings/{id}"));
    Ok(())
}

/// A saved signing, with the places it got.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signing")]
pub async fn get_saved_signing(id: String) -> Result<SavedSigning, AppError> {
    use crate::ssr::admin::require_staff;
    use crate::ssr::registry::Snapshot;

    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let signing = snapshot
        .signings()
        .iter()
        .find(|s| s.id == id)
        .ok_or(AppError::NotFound)?;
    let lang = crate::i18n::request_lang();
    let (slug, name, _, lines, _) = snapshot
        .places_as_of(signing.signatory_id, None, lang)
        .ok_or(AppError::NotFound)?;
    let now = staffed.state.clock.now();
    Ok(SavedSigning {
        me: staffed.me(),
        signing_id: id,
        slug,
        name,
        lines,
        held: signing.held,
        public_from: snapshot
            .public_from(id)
            .and_then(|from| from.upcoming(now))
            .map(|at| crate::ssr::embargo::brussels_time(at, lang)),
    })
}

/// Holds a signing back from the public (`hold` = `yes`) or releases it (`no`), audited.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signings/hold")]
pub async fn hold_signing(id: String, hold: Option<String>) -> Result<(), AppError> {
    use crate::ssr::admin::{go, require_staff};
    let staffed = require_staff(false).await?;
    let id: i32 = id.trim().parse().map_err(|_| AppError::NotFound)?;
    let held = match hold.as_deref().unwrap_or_default() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-bad-arguments",
            )))
        }
    };
    crate::ssr::register::set_held(
        &staffed.state.db,
        id,
        held,
        &staffed.actor,
        staffed.state.clock.now(),
    )
    .await?;
    go(&format!("/admin/signings/{id}"));
    Ok(())
}

/// Creates a press release draft from a saved signing and opens it.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/draft-from-signing")]
pub async fn draft_from_signing(signing: String) -> Result<(), AppError> {
    use crate::ssr::admin::{go, require_staff};

    let staffed = require_staff(false).await?;
    let id: i32 = signing.trim().parse().map_err(|_| AppError::NotFound)?;
    let release = crate::ssr::register::draft_release(
        &staffed.state.db,
        id,
        &staffed.actor,
        staffed.state.clock.now(),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    go(&format!("/admin/releases/{release}"));
    Ok(())
}

/// Every press release, drafts and scheduled first.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/releases")]
pub async fn get_release_list() -> Result<ReleaseList, AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let rows = crate::ssr::admin_queries::release_rows(&staffed.state).await?;
    Ok(ReleaseList {
        me: staffed.me(),
        rows,
    })
}

/// One press release's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/release")]
pub async fn get_release_edit(id: String) -> Result<ReleaseEdit, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let kept = take_form(&staffed, &format!("release-{id}")).await?;
    crate::ssr::admin_queries::release_edit(&staffed, id, kept).await
}

/// Saves a release: `intent` is `save` (stays as it is), `schedule` (published at its release
/// time: under embargo until then) or `unpublish` (back to draft).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/save")]
pub async fn save_release(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    crate::ssr::admin_queries::save_release(&staffed, id, &intent, f).await
}

/// Appends a correction to a published release (its text is never silently rewritten).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/releases/correct")]
pub async fn correct_release(id: String, #[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    crate::ssr::admin_queries::correct_release(&staffed, id, f).await
}

/// A release exactly as its public page will show it, whatever its status.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/release-preview")]
pub async fn get_release_preview(id: String) -> Result<Release, AppError> {
    use crate::ssr::admin::require_staff;
    use crate::ssr::entities::press_release;
    use sea_orm::EntityTrait;
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let model = press_release::Entity::find_by_id(id)
        .one(&staffed.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(
        crate::ssr::newsroom::release_page(&staffed.state.db, model, staffed.state.clock.now())
            .await?,
    )
}

/// The signatories, searched by name.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/signatories")]
pub async fn get_signatory_list(q: Option<String>) -> Result<SignatoryList, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, "signatories").await?;
    let q = q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let rows = crate::ssr::admin_queries::signatory_rows(&staffed.state, &q).await?;
    let snapshot = crate::ssr::registry::Snapshot::load_at_once(&staffed.state.db).await?;
    Ok(SignatoryList {
        me: staffed.me(),
        q,
        rows,
        form,
        countries: snapshot.country_choices(crate::i18n::request_lang()),
        kinds: crate::ssr::admin::kind_choices(),
    })
}

/// Creates a signatory that has committed but not signed yet (its signing is registered later).
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/signatories/create")]
pub async fn create_signatory(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::admin::{go, keep_and_go, require_staff};
    let staffed = require_staff(false).await?;
    match crate::ssr::admin_queries::create_signatory(&staffed, &f).await? {
        Ok(id) => {
            go(&format!("/admin/signatories/{id}"));
            Ok(())
        }
        Err(form) => keep_and_go(&staffed, &form, "/admin/signatories").await,
    }
}

/// One signatory's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signatory")]
pub async fn get_signatory_edit(id: String) -> Result<SignatoryEdit, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let kept = take_form(&staffed, &format!("signatory-{id}")).await?;
    crate::ssr::admin_queries::signatory_edit(&staffed, id, kept).await
}

/// Saves a signatory's details, or withdraws it (`intent` = `save` or `withdraw`).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/signatories/save")]
pub async fn save_signatory(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    crate::ssr::admin_queries::save_signatory(&staffed, id, &intent, f).await
}

/// The audit log, newest first, filtered by action and actor.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/audit")]
pub async fn get_audit_page(
    action: Option<String>,
    actor: Option<String>,
    page: Option<String>,
) -> Result<AuditPage, AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let action = action
        .unwrap_or_default()
        .trim()
        .chars()
        .take(60)
        .collect::<String>();
    let actor = actor
        .unwrap_or_default()
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let page = match page.as_deref().map(str::trim) {
        None | Some("") => 1,
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| AppError::BadRequest(crate::i18n::Msg::new("msg-param-page")))?,
    };
    let db = &staffed.state.db;
    let (rows, total) =
        crate::ssr::admin_queries::audit_rows(db, &action, &actor, page, 50).await?;
    Ok(AuditPage {
        me: staffed.me(),
        rows,
        actions: crate::ssr::admin_queries::audit_actions(db).await?,
        action,
        actor,
        page,
        pages: total.div_ceil(50).max(1),
        total,
    })
}

/// The staff accounts (admins only).
///
/// # Errors
/// `Unauthorized`, `Forbidden`; `Internal` on a database error.
#[server(endpoint = "admin/staff")]
pub async fn get_staff_page() -> Result<StaffPage, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(true).await?;
    let form = take_form(&staffed, "staff").await?;
    let rows = crate::ssr::admin_queries::staff_rows(&staffed.state).await?;
    let iso = |at: time::OffsetDateTime| crate::ssr::newsroom::brussels_day(at).0.iso();
    let invites = crate::ssr::staff::pending_invites(&staffed.state)
        .await?
        .into_iter()
        .map(|(invite, sent_by)| crate::model::admin::InviteRow {
            id: invite.token_hash,
            role: invite.role,
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
    use crate::model::admin::FormState;
    use crate::ssr::admin::{keep_and_go, require_staff};
    use crate::ssr::auth::Role;
    let staffed = require_staff(true).await?;
    let mut kept = FormState {
        form: "staff".into(),
        ..FormState::default()
    };
    match Role::parse(&role) {
        Ok(role) => {
            let token = crate::ssr::staff::create_invite(
                &staffed.state.db,
                staffed.state.clock.now(),
                role,
                Some(&staffed.actor),
            )
            .await?;
            kept.values.insert(
                "invite_link".into(),
                format!("{}/admin/setup/{token}", staffed.state.site_url),
            );
            let lang = crate::i18n::request_lang();
            let role = lang.t_or(&format!("role-{}", role.as_str()), role.as_str());
            kept.notice = Some(crate::t!(lang, "msg-invite-created", role = &role));
        }
        Err(message) => kept.fail("role", message.text(crate::i18n::request_lang())),
    }
    keep_and_go(&staffed, &kept, "/admin/staff").await
}

/// Revokes a pending invitation (admins only): its link stops working at once.
///
/// # Errors
/// `Unauthorized`, `Forbidden`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/staff/revoke-invite")]
pub async fn revoke_invite(id: String) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::{keep_and_go, require_staff};
    let staffed = require_staff(true).await?;
    let id = id.trim();
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    crate::ssr::staff::revoke_invite(&staffed.state, &staffed.actor, id).await?;
    let kept = FormState {
        form: "staff".into(),
        notice: Some(crate::t!(crate::i18n::request_lang(), "msg-invite-revoked")),
        ..FormState::default()
    };
    keep_and_go(&staffed, &kept, "/admin/staff").await
}

/// Changes an account (admins only): `change` is `admin`, `editor`, `disable`, `enable` or `reset_totp`.
///
/// # Errors
/// `Unauthorized`, `Forbidden`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/staff/change")]
pub async fn change_staff(id: String, change: String) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::{keep_and_go, require_staff};
    use crate::ssr::auth::Role;
    use crate::ssr::staff::StaffChange;
    let staffed = require_staff(true).await?;
    let id: i32 = id.trim().parse().map_err(|_| AppError::NotFound)?;
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
    let notice =
        match crate::ssr::staff::change_staff(&staffed.state, &staffed.actor, id, change).await {
            Ok(notice) => notice,
            Err(AppError::BadRequest(message)) => message.text(crate::i18n::request_lang()),
            Err(other) => return Err(other),
        };
    let kept = FormState {
        form: "staff".into(),
        notice: Some(notice),
        ..FormState::default()
    };
    keep_and_go(&staffed, &kept, "/admin/staff").await
}

/// The import page, with the report of the last dry run or apply.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/import-page")]
pub async fn get_import_page() -> Result<ImportPage, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let mut form = take_form(&staffed, "import").await?;
    let report = form
        .values
        .remove("_report")
        .and_then(|json| serde_json::from_str(&json).ok());
    Ok(ImportPage {
        me: staffed.me(),
        form,
        report,
    })
}

/// Imports a CSV: `intent` = `dry_run` reports what would change; `apply` writes every row in
/// one transaction, or nothing when any row has a problem.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/import")]
pub async fn import_csv(intent: String, csv: String) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::{keep_and_go, require_staff};
    use crate::ssr::registry::Snapshot;
    let staffed = require_staff(false).await?;
    let snapshot = Snapshot::load_at_once(&staffed.state.db).await?;
    let mut kept = FormState {
        form: "import".into(),
        ..FormState::default()
    };
    if csv.trim().is_empty() {
        kept.fail(
            "csv",
            crate::t!(crate::i18n::request_lang(), "msg-import-empty"),
        );
        return keep_and_go(&staffed, &kept, "/admin/import").await;
    }
    let kept = crate::ssr::import::run_for_page(
        &staffed.state.db,
        &snapshot,
        &intent,
        &csv,
        &staffed.actor,
        staffed.state.clock.now(),
        crate::i18n::request_lang(),
    )
    .await?;
    keep_and_go(&staffed, &kept, "/admin/import").await
}

/// The charter editions, with the new-draft form.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error.
#[server(endpoint = "admin/editions")]
pub async fn get_editions() -> Result<crate::model::admin::EditionList, AppError> {
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let form = take_form(&staffed, "editions").await?;
    let rows = crate::ssr::editions::rows(&staffed.state.db).await?;
    let originals = rows
        .iter()
        .filter(|r| r.status == "published" && r.translation_of.is_none())
        .map(|r| (r.id.to_string(), format!("{} ({})", r.title, r.slug)))
        .collect();
    Ok(crate::model::admin::EditionList {
        me: staffed.me(),
        rows,
        form,
        originals,
        languages: crate::i18n::Lang::ALL
            .iter()
            .map(|l| (l.code().to_owned(), l.own_name().to_owned()))
            .collect(),
    })
}

/// Starts a translation of a published edition: a draft copy in the chosen language.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/translate")]
pub async fn translate_edition(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let created = crate::ssr::editions::create_translation(
        &staffed.state.db,
        &staffed.actor,
        staffed.state.clock.now(),
        &get("original"),
        &get("language"),
    )
    .await?;
    open_edition_or_return(&staffed, created).await
}

/// Creates a draft edition as a copy of the current one, then opens it.
///
/// # Errors
/// `Unauthorized`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/create")]
pub async fn create_edition(#[server(default)] f: Fields) -> Result<(), AppError> {
    use crate::ssr::admin::require_staff;
    let staffed = require_staff(false).await?;
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let created = crate::ssr::editions::create_draft(
        &staffed.state.db,
        &staffed.actor,
        staffed.state.clock.now(),
        &get("slug"),
        &get("title"),
    )
    .await?;
    open_edition_or_return(&staffed, created).await
}

/// After creating an edition: open it, or go back to the list with the form's errors.
#[cfg(feature = "ssr")]
async fn open_edition_or_return(
    staffed: &crate::ssr::admin::Staffed,
    created: Result<i32, crate::model::admin::FormState>,
) -> Result<(), AppError> {
    use crate::ssr::admin::{go, keep_and_go};
    match created {
        Ok(id) => {
            go(&format!("/admin/editions/{id}"));
            Ok(())
        }
        Err(form) => keep_and_go(staffed, &form, "/admin/editions").await,
    }
}

/// One edition's edit form.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/edition")]
pub async fn get_edition_edit(id: String) -> Result<crate::model::admin::EditionEdit, AppError> {
    use crate::model::SectionKind;
    use crate::ssr::admin::{require_staff, take_form};
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let kept = take_form(&staffed, &format!("edition-{id}")).await?;
    let (model, stored, sections) = crate::ssr::editions::edit_form(&staffed.state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = crate::model::admin::FormState::shown(stored, kept, format!("edition-{id}"));
    let translation_of = match model.translation_of {
        Some(original) => {
            <crate::ssr::entities::edition::Entity as sea_orm::EntityTrait>::find_by_id(original)
                .one(&staffed.state.db)
                .await?
                .map(|o| o.slug)
        }
        None => None,
    };
    Ok(crate::model::admin::EditionEdit {
        me: staffed.me(),
        id,
        slug: model.slug,
        status: model.status,
        current: model.is_current,
        translation_of,
        language: model.language.clone(),
        form,
        sections,
        kinds: [
            SectionKind::Preamble,
            SectionKind::Role,
            SectionKind::Closing,
            SectionKind::Note,
            SectionKind::Footnote,
        ]
        .into_iter()
        .map(|k| {
            let lang = crate::i18n::request_lang();
            (
                k.as_str().to_owned(),
                lang.t(&format!("section-kind-{}", k.as_str())),
            )
        })
        .collect(),
    })
}

/// Saves an edition's text (`intent` = `save`), or publishes a draft (`publish`: it becomes current).
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error (nothing written).
#[server(endpoint = "admin/editions/save")]
pub async fn save_edition(
    id: String,
    intent: String,
    #[server(default)] f: Fields,
) -> Result<(), AppError> {
    use crate::model::admin::FormState;
    use crate::ssr::admin::{keep_and_go, require_staff};
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let here = format!("/admin/editions/{id}");
    let (db, now) = (&staffed.state.db, staffed.state.clock.now());
    let ui = crate::i18n::request_lang();
    let notice = match intent.as_str() {
        "save" => match crate::ssr::editions::save(db, &staffed.actor, now, id, &f).await {
            Ok(Ok(())) => crate::t!(ui, "msg-saved"),
            Ok(Err(form)) => return keep_and_go(&staffed, &form, &here).await,
            Err(sea_orm::DbErr::RecordNotFound(_)) => return Err(AppError::NotFound),
            Err(err) => return Err(err.into()),
        },
        "publish" => {
            if crate::ssr::editions::publish(db, &staffed.actor, now, id).await? {
                crate::t!(ui, "msg-edition-published")
            } else {
                crate::t!(ui, "msg-only-draft")
            }
        }
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    let kept = FormState {
        form: format!("edition-{id}"),
        notice: Some(notice),
        ..FormState::default()
    };
    keep_and_go(&staffed, &kept, &here).await
}

/// An edition exactly as its public page will show it, whatever its status.
///
/// # Errors
/// `Unauthorized`, `NotFound`; `Internal` on a database error.
#[server(endpoint = "admin/edition-preview")]
pub async fn get_edition_preview(id: String) -> Result<crate::model::EditionPage, AppError> {
    use crate::ssr::admin::require_staff;
    use crate::ssr::entities::edition;
    use sea_orm::EntityTrait;
    let staffed = require_staff(false).await?;
    let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
    let db = &staffed.state.db;
    let model = edition::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::model::EditionPage {
        edition: crate::ssr::queries::edition_text(db, model).await?,
        editions: crate::ssr::queries::published_editions(db).await?,
    })
}
