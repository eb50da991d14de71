//! Registering a signing: the form's values parsed into a checked input, the places it will
//! get (the public counting rule, with the new signing added), and the write — signatory,
//! signing, sources and audit record in one transaction. Drafting its press release too.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, Set, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use serde_json::json;
use time::OffsetDateTime;

use super::audit::{record, Actor};
use super::convert::to_date;
use super::entities::{press_release, press_release_signing, signatory, signing, signing_source};
use super::registry::Snapshot;
use crate::i18n::Msg;
use crate::model::admin::FormState;
use crate::ssr::entities::states::{Publication, SignatoryKind, SignatoryStatus};
use crate::t;
use domain::date::{Day, PartialDate, Precision};
use domain::ordinals::SigningFact;
use domain::text::{fold, slugify};

/// Starts a write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`),
/// so two writers queue on the busy timeout instead of failing when a read upgrades to a write.
///
/// # Errors
/// Database errors.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        isolation_level: None,
        // No explicit READ WRITE: a PostgreSQL database made read-only
        // (`default_transaction_read_only`) then refuses the write, which becomes a 503.
        access_mode: None,
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
    })
    .await
}

/// Keys of the PostgreSQL advisory locks that serialise writes which must see each other.
pub mod locks {
    /// Staff accounts: accepting an invitation, role changes, disabling (one admin must remain).
    pub const STAFF: i64 = 0x1cc_0001;
}

/// Serialises one kind of write across every app server, until the transaction ends: on
/// PostgreSQL a transaction-scoped advisory lock; on SQLite write transactions begin
/// `IMMEDIATE`, so they are serial already.
///
/// # Errors
/// Database errors.
pub async fn serialize<C: ConnectionTrait>(txn: &C, key: i64) -> Result<(), DbErr> {
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({key})"))
            .await?;
    }
    Ok(())
}

/// A new signatory described in the form.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSignatory {
    pub name: String,
    pub country_code: String,
    pub kind: SignatoryKind,
    pub national_capital: bool,
    pub website: Option<String>,
}

/// Who signs: a signatory already in the registry, or a new one.
#[derive(Clone, Debug, PartialEq)]
pub enum Who {
    Existing(Box<signatory::Model>),
    New(NewSignatory),
}

/// A checked signing, ready to preview or save.
#[derive(Clone, Debug, PartialEq)]
pub struct SigningInput {
    pub who: Who,
    pub edition_id: i32,
    pub edition_slug: String,
    pub edition_confirmed: bool,
    pub date: PartialDate,
    pub position: Option<i32>,
    pub event: Option<String>,
    pub place: Option<String>,
    pub signed_by_name: Option<String>,
    pub signed_by_title: Option<String>,
    pub council_decision_on: Option<Day>,
    pub announced_ordinal: Option<String>,
    pub sources: Vec<(String, Option<String>)>,
}

/// A web address staff may link: `http` or `https` only (never `javascript:`), no spaces.
///
/// # Errors
/// A sentence for the form.
pub fn parse_url(raw: &str) -> Result<String, Msg> {
    let url = raw.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty()
                && !url.chars().any(|c| c.is_whitespace() || c.is_control())
                && url.len() <= 2000 =>
        {
            Ok(url.to_owned())
        }
        _ => Err(Msg::new("msg-url").arg("text", url)),
    }
}

fn text(form: &FormState, field: &str, max: usize, out: &mut FormState) -> Option<String> {
    let value = form.value(field);
    let value = value.trim();
    if value.chars().count() > max {
        out.fail(
            field,
            t!(crate::i18n::request_lang(), "msg-max-chars", max = max),
        );
        return None;
    }
    (!value.is_empty()).then(|| value.to_owned())
}

/// Parses the register-a-signing form. Errors are recorded in the returned state, by field.
#[must_use]
pub fn parse_signing(form: &FormState, snapshot: &Snapshot) -> (Option<SigningInput>, FormState) {
    let mut out = FormState {
        form: form.form.clone(),
        values: form.values.clone(),
        ..FormState::default()
    };
    let ui = crate::i18n::request_lang();
    let choice = form.value("signatory");
    let who = if choice.trim() == "new" || choice.trim().is_empty() {
        let name = text(form, "name", 120, &mut out);
        if name.is_none() {
            out.fail("name", t!(ui, "msg-signatory-name"));
        }
        let country = form.value("country").trim().to_ascii_uppercase();
        if snapshot.is_european(&country).is_none() {
            out.fail("country", t!(ui, "msg-country"));
        }
        let kind = SignatoryKind::parse(&form.value("kind")).unwrap_or_else(|| {
            out.fail("kind", t!(ui, "msg-kind"));
            SignatoryKind::City
        });
        let website = match text(form, "website", 2000, &mut out) {
            Some(raw) => match parse_url(&raw) {
                Ok(url) => Some(url),
                Err(message) => {
                    out.fail("website", message.text(ui));
                    None
                }
            },
            None => None,
        };
        if let Some(name) = &name {
            let folded = fold(name);
            if let Some(same) = snapshot
                .signatories()
                .iter()
                .find(|s| s.search_name == folded && s.country_code == country)
            {
                out.fail("name", t!(ui, "msg-signatory-exists", name = &same.name));
            }
        }
        name.map(|name| {
            Who::New(NewSignatory {
                name,
                country_code: country,
                kind,
                national_capital: form.value("national_capital") == "yes",
                website,
            })
        })
    } else {
        let found = choice
            .trim()
            .parse::<i32>()
            .ok()
            .and_then(|id| snapshot.signatories().iter().find(|s| s.id == id));
        if found.is_none() {
            out.fail("signatory", t!(ui, "msg-signatory-choose"));
        }
        found.cloned().map(|m| Who::Existing(Box::new(m)))
    };
    let edition = snapshot
        .editions()
        .iter()
        .find(|e| e.slug == form.value("edition").trim())
        .cloned();
    if edition.is_none() {
        out.fail("edition", t!(ui, "msg-signing-edition"));
    }
    let date = match PartialDate::parse(&form.value("date")) {
        Ok(PartialDate::Unknown) => {
            out.fail("date", t!(ui, "msg-signing-date"));
            None
        }
        Ok(date) => Some(date),
        Err(message) => {
            out.fail("date", Msg::from(message).text(ui));
            None
        }
    };
    let position = match form.value("position").trim() {
        "" => None,
        raw => match raw.parse::<i32>() {
            Ok(p) if (1..=1000).contains(&p) => Some(p),
            _ => {
                out.fail("position", t!(ui, "msg-position"));
                None
            }
        },
    };
    let council_decision_on = match form.value("council_decision_on").trim() {
        "" => None,
        raw => match PartialDate::parse(raw) {
            Ok(PartialDate::Day(day)) => Some(day),
            _ => {
                out.fail("council_decision_on", t!(ui, "msg-council-date"));
                None
            }
        },
    };
    let mut sources = Vec::new();
    for (i, line) in form.value("sources").lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (label, url) = match line.rsplit_once('|') {
            Some((label, url)) => (label.trim().to_owned(), Some(url.trim().to_owned())),
            None if line.contains("://") => (String::new(), Some(line.to_owned())),
            None => (line.to_owned(), None),
        };
        let url = match url.filter(|u| !u.is_empty()) {
            Some(u) => match parse_url(&u) {
                Ok(u) => Some(u),
                Err(message) => {
                    out.fail(
                        "sources",
                        t!(ui, "msg-line", line = i + 1, message = &message.text(ui)),
                    );
                    None
                }
            },
            None => None,
        };
        let label = if label.is_empty() {
            url.clone().unwrap_or_default()
        } else {
            label
        };
        if label.chars().count() > 300 {
            out.fail("sources", t!(ui, "msg-source-label-long", line = i + 1));
        }
        sources.push((label, url));
    }
    let event = text(form, "event", 200, &mut out);
    let place = text(form, "place", 200, &mut out);
    let signed_by_name = text(form, "signed_by_name", 200, &mut out);
    let signed_by_title = text(form, "signed_by_title", 200, &mut out);
    let announced_ordinal = text(form, "announced_ordinal", 300, &mut out);
    if !out.ok() {
        return (None, out);
    }
    let (Some(who), Some(edition), Some(date)) = (who, edition, date) else {
        return (None, out);
    };
    (
        Some(SigningInput {
            who,
            edition_id: edition.id,
            edition_slug: edition.slug,
            edition_confirmed: form.value("edition_confirmed") == "yes",
            date,
            position,
            event,
            place,
            signed_by_name,
            signed_by_title,
            council_decision_on,
            announced_ordinal,
            sources,
        }),
        out,
    )
}

/// The id a new signatory stands under in a preview (never a real id).
const PREVIEW_ID: i32 = -1;

fn preview_model(input: &SigningInput, now: OffsetDateTime) -> signatory::Model {
    match &input.who {
        Who::Existing(model) => (**model).clone(),
        Who::New(new) => signatory::Model {
            id: PREVIEW_ID,
            slug: slugify(&new.name),
            name: new.name.clone(),
            search_name: fold(&new.name),
            kind: new.kind,
            country_code: new.country_code.clone(),
            national_capital: new.national_capital,
            latitude: None,
            longitude: None,
            website: new.website.clone(),
            wikidata_id: None,
            status: SignatoryStatus::Signed,
            withdrawn_on: None,
            withdrawn_reason: None,
            notes: None,
            created_at: now,
            updated_at: now,
        },
    }
}

/// "Vilnius will be the 36th signatory, …": what the counting rule gives this signing.
#[must_use]
pub fn preview(input: &SigningInput, snapshot: &Snapshot, now: OffsetDateTime) -> Vec<String> {
    let who = preview_model(input, now);
    let fact = SigningFact {
        signatory_id: who.id,
        name: who.name.clone(),
        country_code: who.country_code.clone(),
        european: snapshot.is_european(&who.country_code).unwrap_or(false),
        national_capital: who.national_capital,
        edition: input.edition_slug.clone(),
        date: input.date,
        position: input.position,
    };
    let ui = crate::i18n::request_lang();
    let (places, total) = snapshot.preview(&who, fact, ui);
    let mut lines = Vec::with_capacity(places.len() + 1);
    if places.is_empty() {
        lines.push(t!(ui, "preview-no-place", name = &who.name, total = total));
    } else {
        lines.push(t!(
            ui,
            "preview-places",
            name = &who.name,
            places = &ui.join(&places)
        ));
        lines.push(t!(ui, "preview-total", total = total));
    }
    if places.iter().any(|p| p.contains('≈')) {
        lines.push(t!(ui, "preview-approximate"));
    }
    lines
}

fn unique_slug(snapshot: &Snapshot, new: &NewSignatory) -> String {
    let base = slugify(&new.name);
    let taken = |slug: &str| snapshot.signatories().iter().any(|s| s.slug == slug);
    if !taken(&base) {
        return base;
    }
    let with_country = format!("{base}-{}", new.country_code.to_ascii_lowercase());
    if !taken(&with_country) {
        return with_country;
    }
    (2..)
        .map(|n| format!("{with_country}-{n}"))
        .find(|s| !taken(s))
        .unwrap_or(with_country)
}

/// Inserts a signing's sources `(label, url)` in order.
///
/// # Errors
/// Database errors.
pub async fn insert_sources<C: sea_orm::ConnectionTrait>(
    db: &C,
    signing_id: i32,
    sources: &[(String, Option<String>)],
) -> Result<(), DbErr> {
    for (position, (label, url)) in (1..).zip(sources) {
        signing_source::ActiveModel {
            signing_id: Set(signing_id),
            position: Set(position),
            label: Set(label.clone()),
            url: Set(url.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// A new signatory row (not yet inserted).
#[must_use]
#[allow(clippy::too_many_arguments)]
pub fn new_signatory(
    slug: &str,
    name: &str,
    kind: SignatoryKind,
    country_code: &str,
    national_capital: bool,
    website: Option<String>,
    status: SignatoryStatus,
    now: OffsetDateTime,
) -> signatory::ActiveModel {
    signatory::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        search_name: Set(fold(name)),
        kind: Set(kind),
        country_code: Set(country_code.to_owned()),
        national_capital: Set(national_capital),
        latitude: Set(None),
        longitude: Set(None),
        website: Set(website),
        wikidata_id: Set(None),
        status: Set(status),
        withdrawn_on: Set(None),
        withdrawn_reason: Set(None),
        notes: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// Saves the signing (and its new signatory, sources and audit record) in one transaction.
/// Returns the new signing's id.
///
/// # Errors
/// Database errors; nothing is written then.
pub async fn save_signing(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    input: &SigningInput,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<i32, DbErr> {
    let txn = begin_write(db).await?;
    let signatory_id = match &input.who {
        Who::Existing(model) => {
            if model.status == SignatoryStatus::Committed {
                let mut active: signatory::ActiveModel = (**model).clone().into();
                active.status = Set(SignatoryStatus::Signed);
                active.updated_at = Set(now);
                active.update(&txn).await?;
                record(
                    &txn,
                    now,
                    actor,
                    "signatory.status",
                    "signatory",
                    Some(model.slug.clone()),
                    Some(json!({"status": "committed"})),
                    Some(json!({"status": "signed"})),
                )
                .await?;
            }
            model.id
        }
        Who::New(new) => {
            let slug = unique_slug(snapshot, new);
            let created = new_signatory(
                &slug,
                &new.name,
                new.kind,
                &new.country_code,
                new.national_capital,
                new.website.clone(),
                SignatoryStatus::Signed,
                now,
            )
            .insert(&txn)
            .await?;
            record(
                &txn,
                now,
                actor,
                "signatory.create",
                "signatory",
                Some(slug),
                None,
                Some(
                    json!({"name": new.name, "country": new.country_code, "kind": new.kind,
                    "national_capital": new.national_capital, "website": new.website}),
                ),
            )
            .await?;
            created.id
        }
    };
    let precision = match input.date {
        PartialDate::Day(_) => Precision::Day,
        PartialDate::Month { .. } => Precision::Month,
        PartialDate::Year(_) => Precision::Year,
        PartialDate::Unknown => Precision::Unknown,
    };
    let created = signing::ActiveModel {
        signatory_id: Set(signatory_id),
        edition_id: Set(input.edition_id),
        edition_confirmed: Set(input.edition_confirmed),
        signed_on: Set(input.date.first_day().and_then(to_date)),
        date_precision: Set(precision.as_str().to_owned()),
        tie_position: Set(input.position),
        event: Set(input.event.clone()),
        place: Set(input.place.clone()),
        signed_by_name: Set(input.signed_by_name.clone()),
        signed_by_title: Set(input.signed_by_title.clone()),
        council_decision_on: Set(input.council_decision_on.and_then(to_date)),
        confidence: Set("high".into()),
        announced_ordinal: Set(input.announced_ordinal.clone()),
        notes: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    insert_sources(&txn, created.id, &input.sources).await?;
    record(
        &txn,
        now,
        actor,
        "signing.create",
        "signing",
        Some(created.id.to_string()),
        None,
        Some(
            json!({"signatory_id": signatory_id, "edition": input.edition_slug,
            "date": input.date.iso(), "position": input.position, "event": input.event,
            "signed_by": input.signed_by_name, "sources": input.sources.len(),
            "announced_ordinal": input.announced_ordinal}),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(created.id)
}

/// Holds a signing back from the public, or releases it; audited (and, being public data,
/// the registry version moves with it, so caches follow at once).
///
/// # Errors
/// `NotFound`; database errors (nothing written then).
pub async fn set_held(
    db: &DatabaseConnection,
    id: i32,
    held: bool,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<(), crate::error::AppError> {
    let txn = begin_write(db).await?;
    let changed = signing::Entity::update_many()
        .col_expr(signing::Column::Held, sea_orm::sea_query::Expr::value(held))
        .col_expr(
            signing::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(signing::Column::Id.eq(id))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed != 1 {
        txn.rollback().await?;
        return Err(crate::error::AppError::NotFound);
    }
    record(
        &txn,
        now,
        actor,
        if held {
            "signing.hold"
        } else {
            "signing.release"
        },
        "signing",
        Some(id.to_string()),
        Some(json!({"held": !held})),
        Some(json!({"held": held})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A press release draft for a saved signing: title, dateline, summary, body and fact box
/// (the fact box is counted when the release is shown, as of its date). Returns its id.
///
/// # Errors
/// Database errors; nothing is written then.
pub async fn draft_release(
    db: &DatabaseConnection,
    signing_id: i32,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<Option<i32>, DbErr> {
    let snapshot = Snapshot::load_at_once(db).await?;
    let Some(signing) = snapshot
        .signings()
        .iter()
        .find(|s| s.id == signing_id)
        .cloned()
    else {
        return Ok(None);
    };
    let Some(who) = snapshot
        .signatories()
        .iter()
        .find(|s| s.id == signing.signatory_id)
        .cloned()
    else {
        return Ok(None);
    };
    let date = crate::ssr::registry::signing_date(&signing);
    let (lines, total) = snapshot
        // The release's text is English, whoever drafts it.
        .places_as_of(who.id, None, crate::i18n::Lang::En)
        .map(|(_, _, _, lines, total)| (lines, total))
        .unwrap_or_default();
    let country = snapshot
        .country_of(who.id)
        .map(|(_, name)| name)
        .unwrap_or_default();
    // A Eurocities release is written in English, whoever drafts it; staff edit it from there.
    let en = crate::i18n::Lang::En;
    let places = en.join(&lines);
    let title = t!(en, "signing-headline", name = &who.name);
    let summary = if places.is_empty() {
        t!(
            en,
            "release-draft-summary",
            name = &who.name,
            country = &country
        )
    } else {
        t!(
            en,
            "release-draft-summary-places",
            name = &who.name,
            country = &country,
            when = &en.when_signed(date),
            places = &places
        )
    };
    let mut body = format!(
        "{summary}\n\n{}",
        t!(en, "release-draft-body", name = &who.name, total = total)
    );
    if let Some(event) = &signing.event {
        body += &format!(
            "\n\n{}",
            t!(en, "release-draft-event", event = event.as_str())
        );
    }
    if let Some(name) = &signing.signed_by_name {
        let by = match signing.signed_by_title.as_deref() {
            Some(role) => t!(
                en,
                "release-draft-signed-by-role",
                name = name.as_str(),
                role = role
            ),
            None => t!(en, "release-draft-signed-by", name = name.as_str()),
        };
        body += &format!("\n\n{by}");
    }
    let base = slugify(&title);
    let existing: Vec<String> = press_release::Entity::find()
        .filter(press_release::Column::Slug.starts_with(base.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.slug)
        .collect();
    let slug = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|s| !existing.contains(s))
        .unwrap_or(base);
    let release_at = now
        .replace_second(0)
        .unwrap_or(now)
        .replace_nanosecond(0)
        .unwrap_or(now)
        + time::Duration::days(1);
    let txn = begin_write(db).await?;
    let created = press_release::ActiveModel {
        slug: Set(slug.clone()),
        title: Set(title.clone()),
        // Eurocities' seat: a place name in the release's language, which staff may change.
        dateline: Set("Brussels".into()),
        language: Set("en".into()),
        status: Set(Publication::Draft),
        release_at: Set(release_at),
        summary: Set(summary),
        body_md: Set(body),
        notes_md: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    press_release_signing::ActiveModel {
        press_release_id: Set(created.id),
        signing_id: Set(signing_id),
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        now,
        actor,
        "release.create",
        "press_release",
        Some(slug),
        None,
        Some(json!({"title": title, "status": "draft", "signing_id": signing_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(Some(created.id))
}
