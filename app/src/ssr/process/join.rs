//! `/join`: a city declares its intent to sign. The declaration becomes an application for
//! staff — nothing public — with its council decision file, if sent. A honeypot field, the
//! hourly bounds of [`super::admission`] and bounded fields keep floods out.

use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;
use std::collections::BTreeMap;
use std::net::IpAddr;

use super::admission::{admit, admit_attempt, Admission};
use super::documents::{attach, Sent};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::admin::FormState;
use crate::ssr::accounts::parse_email;
use crate::ssr::audit::{record, Actor};
use crate::ssr::db::begin_write;
use crate::ssr::entities::application;
use crate::ssr::entities::states::{ApplicationStage, DocumentKind};
use crate::ssr::forms::FormReader;
use crate::ssr::registry::Snapshot;
use crate::ssr::AppState;

/// The hidden field people never see and robots fill in.
pub const HONEYPOT: &str = "website";

/// An application's reference, as its sender and staff quote it.
#[must_use]
pub fn reference(id: i32) -> String {
    crate::model::process::application_reference(&id.to_string())
}

/// What became of a declaration.
#[derive(Debug)]
pub enum JoinOutcome {
    /// Saved as application `id`.
    Accepted(i32),
    /// Nothing saved: the form again, with what was typed and what to correct.
    Refused(FormState),
    /// Nothing saved: too many submissions this hour (the form as typed, to show again).
    Limited(Admission, FormState),
}

/// A declaration's fields, checked; each wrong one gets its error.
pub struct Intent {
    pub city: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub council_decision_on: Option<String>,
    pub message: Option<String>,
}

/// Reads a declaration (also what the staff add-an-application form sends).
pub fn read_intent(
    form: &mut FormReader<'_>,
    snapshot: &Snapshot,
    today: domain::date::Day,
) -> Option<Intent> {
    let city = form.required("city", 120, "msg-join-city");
    let country = form.get("country").to_ascii_uppercase();
    if snapshot.is_european(&country) != Some(true) {
        form.fail_with("country", "msg-join-country");
    }
    let contact_name = form.required("contact_name", 120, "msg-join-contact-name");
    let contact_email = match parse_email(&form.get("contact_email")) {
        Ok(email) => email,
        Err(msg) => {
            let text = msg.text(form.lang());
            form.fail("contact_email", text);
            String::new()
        }
    };
    let decided = if form.get("council_decision_on").is_empty() {
        None
    } else {
        form.day("council_decision_on", "msg-join-decision-date")
    };
    if decided.is_some_and(|d| d > today) {
        form.fail_with("council_decision_on", "msg-join-decision-future");
    }
    let message = form.optional("message", 4000);
    if [&city, &contact_name]
        .iter()
        .any(|v| v.chars().any(char::is_control))
    {
        form.fail_with("city", "msg-join-control");
    }
    form.ok().then(|| Intent {
        city,
        country,
        contact_name,
        contact_email,
        council_decision_on: decided.map(domain::date::Day::iso),
        message,
    })
}

/// Declares an intent from the public form: counted against the hourly bounds, read, and saved
/// with its file in one transaction, or refused with nothing saved.
///
/// # Errors
/// Database errors (nothing saved then).
pub async fn declare_intent(
    state: &AppState,
    lang: Lang,
    fields: &BTreeMap<String, String>,
    file: Option<Sent>,
    sender: Option<IpAddr>,
    request_id: Option<String>,
) -> Result<JoinOutcome, AppError> {
    let now = state.clock.now();
    let mut form = FormReader::new("join", fields, lang);
    form.form.values.remove(HONEYPOT);
    let attempt = admit_attempt(&state.db, &state.public_forms, now, sender).await?;
    if attempt != Admission::Admitted {
        return Ok(JoinOutcome::Limited(attempt, form.form));
    }
    if !form.get(HONEYPOT).is_empty() {
        return Ok(JoinOutcome::Refused(refused(form, "msg-join-not-accepted")));
    }
    let snapshot = state.snapshots.current(&state.db, now).await?;
    let today = crate::ssr::newsroom::brussels_day(now).0;
    let intent = read_intent(&mut form, &snapshot, today);
    let checked = match file {
        Some(sent) => match sent.check().await {
            Ok(file) => Some(file),
            Err(problem) => {
                form.fail_with("council_decision", problem.msg());
                None
            }
        },
        None => None,
    };
    let Some(intent) = intent.filter(|_| form.ok()) else {
        return Ok(JoinOutcome::Refused(refused(form, "msg-join-not-sent")));
    };
    let admission = admit(&state.db, &state.public_forms, now, sender).await?;
    if admission != Admission::Admitted {
        return Ok(JoinOutcome::Limited(admission, form.form));
    }
    let actor = Actor {
        id: None,
        label: "public:join".into(),
        request_id,
    };
    let txn = begin_write(&state.db).await?;
    let saved = insert_application(&txn, &intent, now).await?;
    if let Some(file) = checked {
        attach(
            &txn,
            &file,
            DocumentKind::CouncilDecision,
            Some(saved.id),
            None,
            now,
        )
        .await?;
    }
    record(
        &txn,
        now,
        &actor,
        "application.create",
        "application",
        Some(reference(saved.id)),
        None,
        Some(json!({"city": intent.city, "country": intent.country,
            "council_decision_on": intent.council_decision_on})),
    )
    .await?;
    txn.commit().await?;
    Ok(JoinOutcome::Accepted(saved.id))
}

fn refused(form: FormReader<'_>, key: &str) -> FormState {
    let lang = form.lang();
    let mut state = form.form;
    state.notice = Some(lang.t(key));
    state
}

/// Inserts a new application at its first stage.
///
/// # Errors
/// Database errors.
pub async fn insert_application<C: sea_orm::ConnectionTrait>(
    db: &C,
    intent: &Intent,
    now: time::OffsetDateTime,
) -> Result<application::Model, sea_orm::DbErr> {
    application::ActiveModel {
        city: Set(intent.city.clone()),
        country_code: Set(intent.country.clone()),
        contact_name: Set(intent.contact_name.clone()),
        contact_email: Set(intent.contact_email.clone()),
        council_decision_on: Set(intent.council_decision_on.clone()),
        message: Set(intent.message.clone()),
        stage: Set(ApplicationStage::Intent),
        ceremony_announced: Set(false),
        revision: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}
