//! "Suggest a correction" on every profile: what a reader says is wrong lands in the staff
//! inbox (`/admin/corrections`) with the profile it concerns; nothing of it is ever public.

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use std::collections::BTreeMap;
use std::net::IpAddr;

use super::admission::{admit, admit_attempt, Admission};
use super::join::HONEYPOT;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::admin::FormState;
use crate::model::process::CorrectionList;
use crate::ssr::accounts::Staffed;
use crate::ssr::audit::{record, Actor};
use crate::ssr::db::begin_write;
use crate::ssr::entities::correction_suggestion;
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::state::Ctx;
use crate::ssr::AppState;
use crate::t;

/// What became of a suggestion.
#[derive(Debug)]
pub enum Suggested {
    Accepted,
    Refused(FormState),
    /// Nothing saved: too many submissions this hour (the form as typed, to show again).
    Limited(Admission, FormState),
}

/// The form name of the suggestion form on profile `slug`.
#[must_use]
pub fn form_name(slug: &str) -> String {
    format!("correction-{slug}")
}

/// Saves a reader's suggestion about public signatory `slug` (a profile the public can see),
/// within the hourly bounds.
///
/// # Errors
/// `NotFound` for a profile the public cannot see; database errors.
pub async fn suggest(
    state: &AppState,
    lang: Lang,
    slug: &str,
    fields: &BTreeMap<String, String>,
    sender: Option<IpAddr>,
    request_id: Option<String>,
) -> Result<Suggested, AppError> {
    let now = state.clock.now();
    let snapshot = state.snapshots.current(&state.db, now).await?;
    let who = snapshot
        .signatories()
        .iter()
        .find(|s| s.slug == slug)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(form_name(slug), fields, lang);
    form.form.values.remove(HONEYPOT);
    let attempt = admit_attempt(&state.db, &state.public_forms, now, sender).await?;
    if attempt != Admission::Admitted {
        return Ok(Suggested::Limited(attempt, form.form));
    }
    if !form.get(HONEYPOT).is_empty() {
        form.form.notice = Some(lang.t("msg-join-not-accepted"));
        return Ok(Suggested::Refused(form.form));
    }
    let what = form.required("what", 2000, "msg-correction-what");
    let source = form.optional("source", 500);
    let contact = form.optional("contact", 254);
    if !form.ok() {
        form.form.notice = Some(lang.t("msg-correction-not-sent"));
        return Ok(Suggested::Refused(form.form));
    }
    let admission = admit(&state.db, &state.public_forms, now, sender).await?;
    if admission != Admission::Admitted {
        return Ok(Suggested::Limited(admission, form.form));
    }
    let actor = Actor {
        id: None,
        label: "public:correction".into(),
        request_id,
    };
    let txn = begin_write(&state.db).await?;
    let saved = correction_suggestion::ActiveModel {
        signatory_id: Set(who.id),
        what: Set(what),
        source: Set(source),
        contact: Set(contact),
        created_at: Set(now),
        handled_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        now,
        &actor,
        "correction.create",
        "correction",
        Some(saved.id.to_string()),
        None,
        Some(json!({"signatory": who.slug})),
    )
    .await?;
    txn.commit().await?;
    Ok(Suggested::Accepted)
}

/// The inbox: `query`'s suggestions (waiting ones first, newest first, by default), one page.
///
/// # Errors
/// `BadRequest` for a page that does not read; `NotFound` past the last; database errors.
pub async fn correction_list(
    staffed: &Staffed,
    query: &super::lists::CorrectionQuery,
    page: Option<&str>,
    kept: FormState,
) -> Result<CorrectionList, AppError> {
    let rows = super::lists::correction_rows(&staffed.state.db, query).await?;
    let paged = crate::ssr::lists::paginate(rows, page)?;
    Ok(CorrectionList {
        me: staffed.me(),
        rows: paged.rows,
        q: query.q.clone(),
        state: query.state.clone(),
        sort: query.sort_value(),
        page: paged.page,
        pages: paged.pages,
        total: paged.total,
        form: FormState::shown(FormState::default(), kept, "corrections".into()),
    })
}

/// Marks suggestion `id` handled (or open again, `handled` = false); audited.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn mark_handled(ctx: &Ctx<'_>, id: i32, handled: bool) -> Result<Written<()>, AppError> {
    let found = correction_suggestion::Entity::find_by_id(id)
        .one(ctx.db())
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = begin_write(ctx.db()).await?;
    let was = found.handled_at.is_some();
    let mut active: correction_suggestion::ActiveModel = found.into();
    active.handled_at = Set(handled.then_some(ctx.now));
    active.update(&txn).await?;
    record(
        &txn,
        ctx.now,
        ctx.actor,
        "correction.handled",
        "correction",
        Some(id.to_string()),
        Some(json!({"handled": was})),
        Some(json!({"handled": handled})),
    )
    .await?;
    txn.commit().await?;
    Ok(Written::saved(
        (),
        if handled {
            t!(ctx.lang, "msg-correction-handled")
        } else {
            t!(ctx.lang, "msg-correction-reopened")
        },
    ))
}

/// How many suggestions wait on staff.
///
/// # Errors
/// Database errors.
pub async fn open_count<C: sea_orm::ConnectionTrait>(db: &C) -> Result<u64, sea_orm::DbErr> {
    use sea_orm::PaginatorTrait;
    correction_suggestion::Entity::find()
        .filter(correction_suggestion::Column::HandledAt.is_null())
        .count(db)
        .await
}
