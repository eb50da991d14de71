//! The staff's applications: each moves intent received → council decision recorded →
//! ceremony planned → signed (registering the signing links it), or is declined or withdrawn
//! with a reason. Each step is one audited transaction; a ceremony staff announce appears on
//! `/events` and in `/events.ics`.

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;
use std::collections::BTreeMap;

use super::documents::{attach, documents_of, Sent};
use super::join::reference;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::admin::FormState;
use crate::model::process::{ApplicationList, ApplicationView};
use crate::ssr::accounts::Staffed;
use crate::ssr::audit::{bump_registry_version, record};
use crate::ssr::db::begin_write;
use crate::ssr::entities::states::{ApplicationStage, DocumentKind};
use crate::ssr::entities::{application, signatory, signing};
use crate::ssr::forms::{FormReader, Written};
use crate::ssr::state::Ctx;
use crate::t;

/// The stage in words.
#[must_use]
pub fn stage_label(stage: ApplicationStage, lang: Lang) -> String {
    lang.t(match stage {
        ApplicationStage::Intent => "app-stage-intent",
        ApplicationStage::Decision => "app-stage-decision",
        ApplicationStage::Ceremony => "app-stage-ceremony",
        ApplicationStage::Signed => "app-stage-signed",
        ApplicationStage::Declined => "app-stage-declined",
        ApplicationStage::Withdrawn => "app-stage-withdrawn",
    })
}

/// The signings whose press release is out (published, past its time): their applications
/// have reached the last step, announced.
///
/// # Errors
/// Database errors.
pub async fn announced_signings<C: sea_orm::ConnectionTrait>(
    db: &C,
    now: time::OffsetDateTime,
) -> Result<std::collections::HashSet<i32>, sea_orm::DbErr> {
    use crate::ssr::entities::press_release_signing;
    let public: std::collections::HashSet<i32> = crate::ssr::newsroom::public_releases(db, now)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    Ok(press_release_signing::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|l| public.contains(&l.press_release_id))
        .map(|l| l.signing_id)
        .collect())
}

/// The stage in words, with `announced` for a signed application whose release is out.
pub(super) fn stage_words(
    a: &application::Model,
    announced: &std::collections::HashSet<i32>,
    lang: Lang,
) -> String {
    if a.stage == ApplicationStage::Signed && a.signing_id.is_some_and(|s| announced.contains(&s)) {
        lang.t("app-stage-announced")
    } else {
        stage_label(a.stage, lang)
    }
}

/// What staff do next at `stage`, in words (empty once closed or signed).
#[must_use]
pub fn next_step(stage: ApplicationStage, lang: Lang) -> String {
    match stage {
        ApplicationStage::Intent => lang.t("app-next-decision"),
        ApplicationStage::Decision => lang.t("app-next-ceremony"),
        ApplicationStage::Ceremony => lang.t("app-next-signing"),
        _ => String::new(),
    }
}

/// Whether an application still waits on something (not signed, declined or withdrawn).
#[must_use]
pub const fn is_open(stage: ApplicationStage) -> bool {
    matches!(
        stage,
        ApplicationStage::Intent | ApplicationStage::Decision | ApplicationStage::Ceremony
    )
}

/// The applications list: `query`'s rows, one page of them, and the stage choices.
///
/// # Errors
/// `BadRequest` for a page that does not read; `NotFound` past the last; database errors.
pub async fn application_list(
    staffed: &Staffed,
    query: &super::lists::ApplicationQuery,
    page: Option<&str>,
) -> Result<ApplicationList, AppError> {
    let now = staffed.state.clock.now();
    let snapshot = staffed
        .state
        .snapshots
        .current(&staffed.state.db, now)
        .await?;
    let (rows, stages) =
        super::lists::application_rows(&staffed.state.db, &snapshot, now, query, staffed.lang)
            .await?;
    let paged = crate::ssr::lists::paginate(rows, page)?;
    Ok(ApplicationList {
        me: staffed.me(),
        rows: paged.rows,
        q: query.q.clone(),
        stage: query.stage.clone(),
        sort: query.sort_value(),
        stages,
        page: paged.page,
        pages: paged.pages,
        total: paged.total,
    })
}

/// The form name of application `id`'s steps.
#[must_use]
pub fn form_name(id: i32) -> String {
    format!("application-{id}")
}

fn stored_values(a: &application::Model) -> FormState {
    let mut form = FormState::default();
    for (k, v) in [
        ("council_decision_on", a.council_decision_on.clone()),
        ("ceremony_on", a.ceremony_on.clone()),
        ("ceremony_time", a.ceremony_time.clone()),
        ("ceremony_place", a.ceremony_place.clone()),
        ("ceremony_signer", a.ceremony_signer.clone()),
        ("announced", a.ceremony_announced.then(|| "yes".to_owned())),
    ] {
        form.values.insert(k.into(), v.unwrap_or_default());
    }
    form
}

/// One application, its documents, and the form of its next step.
///
/// # Errors
/// `NotFound`; database errors.
pub async fn application_view(
    staffed: &Staffed,
    id: i32,
    kept: FormState,
) -> Result<ApplicationView, AppError> {
    let db = &staffed.state.db;
    let lang = staffed.lang;
    let a = application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let snapshot = staffed
        .state
        .snapshots
        .current(db, staffed.state.clock.now())
        .await?;
    let mut facts = Vec::new();
    if let Some(d) = &a.council_decision_on {
        facts.push((t!(lang, "app-fact-decision"), lang.iso_date(d)));
    }
    if let Some(d) = &a.ceremony_on {
        let when = match &a.ceremony_time {
            Some(time) => format!("{}, {time}", lang.iso_date(d)),
            None => lang.iso_date(d),
        };
        facts.push((t!(lang, "app-fact-ceremony"), when));
        if let Some(place) = &a.ceremony_place {
            facts.push((t!(lang, "app-fact-place"), place.clone()));
        }
        if let Some(signer) = &a.ceremony_signer {
            facts.push((t!(lang, "app-fact-signer"), signer.clone()));
        }
        facts.push((
            t!(lang, "app-fact-announced"),
            lang.t(if a.ceremony_announced {
                "filter-yes"
            } else {
                "filter-no"
            }),
        ));
    }
    let signing = match a.signing_id {
        Some(sid) => signing::Entity::find_by_id(sid)
            .find_also_related(signatory::Entity)
            .one(db)
            .await?
            .map(|(s, who)| {
                let name = who.map(|w| w.name).unwrap_or_default();
                (s.id, t!(lang, "admin-signing-saved-title", name = &name))
            }),
        None => None,
    };
    Ok(ApplicationView {
        me: staffed.me(),
        id: a.id,
        reference: reference(a.id),
        country: snapshot.country_name(&a.country_code),
        documents: documents_of(db, Some(a.id), None, lang).await?,
        form: FormState::shown(stored_values(&a), kept, form_name(a.id)),
        stage: a.stage.as_str().to_owned(),
        stage_label: stage_words(
            &a,
            &announced_signings(db, staffed.state.clock.now()).await?,
            lang,
        ),
        received: crate::ssr::audit::utc_text(a.created_at),
        city: a.city,
        contact_name: a.contact_name,
        contact_email: a.contact_email,
        message: a.message,
        facts,
        signing,
        closed_reason: a.closed_reason,
        register_href: format!("/admin/signings/new?application={}", a.id),
    })
}

fn audit_of(a: &application::Model) -> serde_json::Value {
    json!({"stage": a.stage.as_str(), "council_decision_on": a.council_decision_on,
        "ceremony_on": a.ceremony_on, "ceremony_time": a.ceremony_time,
        "ceremony_place": a.ceremony_place, "ceremony_signer": a.ceremony_signer,
        "announced": a.ceremony_announced, "closed_reason": a.closed_reason})
}

/// `HH:MM`, 00:00 to 23:59.
fn clock_time(raw: &str) -> Option<String> {
    let (h, m) = raw.split_once(':')?;
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && raw.len() == 5).then(|| format!("{h:02}:{m:02}"))
}

/// Takes one step of application `id` (`intent` = `decision`, `ceremony`, `close`), in one
/// audited transaction; refused with the form when a field is wrong or the step does not
/// follow from where the application stands.
///
/// # Errors
/// `NotFound`, `BadRequest` (unknown step); database errors (nothing saved then).
pub async fn take_step(
    ctx: &Ctx<'_>,
    id: i32,
    intent: &str,
    f: &BTreeMap<String, String>,
    file: Option<Sent>,
) -> Result<Written<()>, AppError> {
    let db = ctx.db();
    let before = application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut form = FormReader::new(form_name(id), f, ctx.lang);
    let today = crate::ssr::newsroom::brussels_day(ctx.now).0;
    let mut after = before.clone();
    let allowed = match intent {
        "decision" => matches!(
            before.stage,
            ApplicationStage::Intent | ApplicationStage::Decision
        ),
        "ceremony" => matches!(
            before.stage,
            ApplicationStage::Decision | ApplicationStage::Ceremony
        ),
        "close" => is_open(before.stage),
        _ => {
            return Err(AppError::BadRequest(crate::i18n::Msg::new(
                "msg-unknown-action",
            )))
        }
    };
    if !allowed {
        form.form.notice = Some(t!(
            ctx.lang,
            "msg-app-step-not-now",
            stage = &stage_label(before.stage, ctx.lang)
        ));
        return Ok(Written::Refused(form.form));
    }
    let mut checked = None;
    match intent {
        "decision" => {
            let day = form.day("council_decision_on", "msg-join-decision-date");
            if day.is_some_and(|d| d > today) {
                form.fail_with("council_decision_on", "msg-join-decision-future");
            }
            if let Some(sent) = file {
                match sent.check().await {
                    Ok(file) => checked = Some(file),
                    Err(problem) => form.fail_with("file", problem.msg()),
                }
            }
            after.council_decision_on = day.map(domain::date::Day::iso);
            after.stage = ApplicationStage::Decision;
        }
        "ceremony" => {
            let day = form.day("ceremony_on", "msg-app-ceremony-date");
            let raw_time = form.get("ceremony_time");
            let time = if raw_time.is_empty() {
                None
            } else {
                let parsed = clock_time(&raw_time);
                if parsed.is_none() {
                    form.fail_with("ceremony_time", "msg-app-ceremony-time");
                }
                parsed
            };
            after.ceremony_place =
                Some(form.required("ceremony_place", 200, "msg-app-ceremony-place"));
            after.ceremony_signer = form.optional("ceremony_signer", 200);
            after.ceremony_on = day.map(domain::date::Day::iso);
            after.ceremony_time = time;
            after.ceremony_announced = form.get("announced") == "yes";
            after.stage = ApplicationStage::Ceremony;
        }
        _ => {
            let outcome = match form.get("outcome").as_str() {
                "declined" => Some(ApplicationStage::Declined),
                "withdrawn" => Some(ApplicationStage::Withdrawn),
                _ => {
                    form.fail_with("outcome", "msg-app-outcome");
                    None
                }
            };
            after.closed_reason = Some(form.required("reason", 1000, "msg-app-reason"));
            after.stage = outcome.unwrap_or(before.stage);
        }
    }
    if !form.ok() {
        return Ok(form.refused("msg-not-saved"));
    }
    let txn = begin_write(db).await?;
    let mut active: application::ActiveModel = before.clone().into();
    active.stage = Set(after.stage);
    active.council_decision_on = Set(after.council_decision_on.clone());
    active.ceremony_on = Set(after.ceremony_on.clone());
    active.ceremony_time = Set(after.ceremony_time.clone());
    active.ceremony_place = Set(after.ceremony_place.clone());
    active.ceremony_signer = Set(after.ceremony_signer.clone());
    active.ceremony_announced = Set(after.ceremony_announced);
    active.closed_reason = Set(after.closed_reason.clone());
    active.revision = Set(before.revision + 1);
    active.updated_at = Set(ctx.now);
    active.update(&txn).await?;
    if let Some(file) = &checked {
        attach(
            &txn,
            file,
            DocumentKind::CouncilDecision,
            Some(id),
            None,
            ctx.now,
        )
        .await?;
    }
    record(
        &txn,
        ctx.now,
        ctx.actor,
        &format!("application.{intent}"),
        "application",
        Some(reference(id)),
        Some(audit_of(&before)),
        Some(audit_of(&after)),
    )
    .await?;
    if before.ceremony_announced || after.ceremony_announced {
        // The events page and calendar show announced ceremonies: cached pages follow.
        bump_registry_version(&txn).await?;
    }
    txn.commit().await?;
    Ok(Written::saved(
        (),
        t!(
            ctx.lang,
            "msg-app-saved",
            stage = &stage_label(after.stage, ctx.lang)
        ),
    ))
}

/// Links application `id` to the signing just registered from it, in the signing's
/// transaction. Only an open application can be signed.
///
/// # Errors
/// Database errors.
pub async fn link_signing<C: sea_orm::ConnectionTrait>(
    txn: &C,
    id: i32,
    signing_id: i32,
    now: time::OffsetDateTime,
    actor: &crate::ssr::audit::Actor,
) -> Result<bool, sea_orm::DbErr> {
    let Some(before) = application::Entity::find_by_id(id)
        .filter(application::Column::Stage.is_in([
            ApplicationStage::Intent,
            ApplicationStage::Decision,
            ApplicationStage::Ceremony,
        ]))
        .one(txn)
        .await?
    else {
        return Ok(false);
    };
    // Claimed by one conditional UPDATE: of two registrations at once, only one finds it open
    // (on PostgreSQL the second waits for the first and then matches no row).
    let claimed = application::Entity::update_many()
        .col_expr(
            application::Column::Stage,
            ApplicationStage::Signed.as_str().into(),
        )
        .col_expr(application::Column::SigningId, Some(signing_id).into())
        .col_expr(application::Column::Revision, (before.revision + 1).into())
        .col_expr(application::Column::UpdatedAt, now.into())
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Stage.is_in([
            ApplicationStage::Intent,
            ApplicationStage::Decision,
            ApplicationStage::Ceremony,
        ]))
        .exec(txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(false);
    }
    record(
        txn,
        now,
        actor,
        "application.signed",
        "application",
        Some(reference(id)),
        Some(audit_of(&before)),
        Some(json!({"stage": ApplicationStage::Signed.as_str(), "signing": signing_id})),
    )
    .await?;
    Ok(true)
}

/// The application a signing came from: `(id, reference)`.
///
/// # Errors
/// Database errors.
pub async fn application_of_signing<C: sea_orm::ConnectionTrait>(
    db: &C,
    signing_id: i32,
) -> Result<Option<(i32, String)>, sea_orm::DbErr> {
    Ok(application::Entity::find()
        .filter(application::Column::SigningId.eq(signing_id))
        .one(db)
        .await?
        .map(|a| (a.id, reference(a.id))))
}

/// The register-a-signing form's values for the signing of application `id`: the signatory
/// it names (an existing one of the same name and country, else a new one), the ceremony's
/// date, place and signer, the council decision, and the link back.
///
/// # Errors
/// Database errors.
pub async fn signing_values(
    db: &sea_orm::DatabaseConnection,
    snapshot: &crate::ssr::registry::Snapshot,
    id: i32,
) -> Result<Option<BTreeMap<String, String>>, sea_orm::DbErr> {
    let Some(a) = application::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    if !is_open(a.stage) {
        return Ok(None);
    }
    let folded = domain::text::fold(&a.city);
    let existing = snapshot
        .signatories()
        .iter()
        .find(|s| s.country_code == a.country_code && s.search_name == folded);
    let mut values = BTreeMap::new();
    values.insert("application".to_owned(), a.id.to_string());
    values.insert(
        "signatory".to_owned(),
        existing.map_or_else(|| "new".to_owned(), |s| s.id.to_string()),
    );
    if existing.is_none() {
        values.insert("name".to_owned(), a.city.clone());
        values.insert("country".to_owned(), a.country_code.clone());
        values.insert("kind".to_owned(), "city".to_owned());
    }
    for (k, v) in [
        ("date", a.ceremony_on),
        ("place", a.ceremony_place),
        ("signed_by_name", a.ceremony_signer),
        ("council_decision_on", a.council_decision_on),
    ] {
        if let Some(v) = v {
            values.insert(k.to_owned(), v);
        }
    }
    Ok(Some(values))
}

/// What waits on staff, for the dashboard: new intents, applications without a ceremony,
/// ceremonies in the coming seven days, and open suggested corrections; `(sentence, link)`.
///
/// # Errors
/// Database errors.
pub async fn waiting(
    db: &sea_orm::DatabaseConnection,
    now: time::OffsetDateTime,
    lang: Lang,
) -> Result<Vec<(String, String)>, sea_orm::DbErr> {
    let open = application::Entity::find()
        .filter(application::Column::Stage.is_in([
            ApplicationStage::Intent,
            ApplicationStage::Decision,
            ApplicationStage::Ceremony,
        ]))
        .order_by_asc(application::Column::CeremonyOn)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for (stage, key) in [
        (ApplicationStage::Intent, "app-waiting-intent"),
        (ApplicationStage::Decision, "app-waiting-decision"),
    ] {
        let n = open.iter().filter(|a| a.stage == stage).count();
        if n > 0 {
            out.push((
                lang.t_args(key, &[("n", crate::i18n::Arg::from(n))]),
                format!("/admin/applications?stage={}", stage.as_str()),
            ));
        }
    }
    let today = crate::ssr::newsroom::brussels_day(now).0;
    let week_end = (0..7).try_fold(today, |d, _| d.next()).unwrap_or(today);
    for a in open
        .iter()
        .filter(|a| a.stage == ApplicationStage::Ceremony)
    {
        let Some(day) = a
            .ceremony_on
            .as_deref()
            .and_then(|d| domain::date::Day::parse(d).ok())
        else {
            continue;
        };
        if day >= today && day <= week_end {
            out.push((
                t!(
                    lang,
                    "app-waiting-ceremony",
                    city = &a.city,
                    date = &lang.day(day)
                ),
                format!("/admin/applications/{}", a.id),
            ));
        }
    }
    let corrections = super::corrections::open_count(db).await?;
    if corrections > 0 {
        out.push((
            t!(lang, "app-waiting-corrections", n = corrections),
            "/admin/corrections".to_owned(),
        ));
    }
    Ok(out)
}
