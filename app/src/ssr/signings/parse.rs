//! A signing form's values parsed into a checked input (a new or existing signatory, the date,
//! the edition, sources), with an error per field in the reader's language.

use crate::i18n::Msg;
use crate::ssr::entities::signatory;
use crate::ssr::entities::states::SignatoryKind;
use crate::ssr::forms::{parse_source_url, FormReader};
use crate::ssr::registry::Snapshot;
use crate::t;
use domain::date::{Day, PartialDate};
use domain::ordinals::{Bounds, RangeError, Span};
use domain::text::fold;

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
    /// Known bounds beyond the date's precision (a range when the date is unknown).
    pub bounds: Bounds,
    pub position: Option<i32>,
    pub event: Option<String>,
    pub place: Option<String>,
    pub signed_by_name: Option<String>,
    pub signed_by_title: Option<String>,
    pub council_decision_on: Option<Day>,
    pub announced_ordinal: Option<String>,
    /// What the public reads about the signing.
    pub public_note: Option<String>,
    pub sources: Vec<(String, Option<String>)>,
}

/// A signatory's country, kind, capital flag and website as the signing and signatory forms read
/// them (each form reads the name by its own rule); each wrong field gets its error.
pub fn read_new_signatory(
    form: &mut FormReader<'_>,
    snapshot: &Snapshot,
    name: String,
) -> NewSignatory {
    let country_code = form.get("country").to_ascii_uppercase();
    if snapshot.is_european(&country_code).is_none() {
        form.fail_with("country", "msg-country");
    }
    let kind = SignatoryKind::parse(&form.get("kind")).unwrap_or_else(|| {
        form.fail_with("kind", "msg-kind");
        SignatoryKind::City
    });
    NewSignatory {
        name,
        country_code,
        kind,
        national_capital: form.get("national_capital") == "yes",
        website: form.url("website"),
    }
}

/// Parses the register-a-signing form; `None` when a field is wrong (each error on its field of
/// `form.form`, written in the form's language).
#[must_use]
pub fn parse_signing(form: &mut FormReader<'_>, snapshot: &Snapshot) -> Option<SigningInput> {
    let ui = form.lang();
    let choice = form.get("signatory");
    let who = if choice == "new" || choice.is_empty() {
        let name = form.optional("name", 120);
        if name.is_none() {
            form.fail_with("name", "msg-signatory-name");
        }
        let new = read_new_signatory(form, snapshot, name.clone().unwrap_or_default());
        let folded = fold(&new.name);
        if let Some(same) = snapshot
            .signatories()
            .iter()
            .find(|s| s.search_name == folded && s.country_code == new.country_code)
        {
            form.fail("name", t!(ui, "msg-signatory-exists", name = &same.name));
        }
        name.map(|_| Who::New(new))
    } else {
        let found = choice
            .parse::<i32>()
            .ok()
            .and_then(|id| snapshot.signatory(id));
        if found.is_none() {
            form.fail_with("signatory", "msg-signatory-choose");
        }
        found.cloned().map(|m| Who::Existing(Box::new(m)))
    };
    let edition = snapshot
        .editions()
        .iter()
        .find(|e| e.slug == form.get("edition"))
        .cloned();
    if edition.is_none() {
        form.fail_with("edition", "msg-signing-edition");
    }
    let details = read_details(form);
    if !form.ok() {
        return None;
    }
    let (Some(who), Some(edition), Some(d)) = (who, edition, details) else {
        return None;
    };
    Some(SigningInput {
        who,
        edition_id: edition.id,
        edition_slug: edition.slug,
        edition_confirmed: form.get("edition_confirmed") == "yes",
        date: d.date,
        bounds: d.bounds,
        position: d.position,
        event: d.event,
        place: d.place,
        signed_by_name: d.signed_by_name,
        signed_by_title: d.signed_by_title,
        council_decision_on: d.council_decision_on,
        announced_ordinal: d.announced_ordinal,
        public_note: d.public_note,
        sources: d.sources,
    })
}

/// A signing's own facts as the register and edit forms read them: its date and bounds,
/// position on that day, event, place, signer, council decision, announced ordinal, public note
/// and sources. `None` when a field is wrong (its error is on it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningDetails {
    pub date: PartialDate,
    pub bounds: Bounds,
    pub position: Option<i32>,
    pub event: Option<String>,
    pub place: Option<String>,
    pub signed_by_name: Option<String>,
    pub signed_by_title: Option<String>,
    pub council_decision_on: Option<Day>,
    pub announced_ordinal: Option<String>,
    pub public_note: Option<String>,
    pub sources: Vec<(String, Option<String>)>,
}

/// Reads [`SigningDetails`] from `form`.
pub fn read_details(form: &mut FormReader<'_>) -> Option<SigningDetails> {
    let ui = form.lang();
    let date = match PartialDate::parse(&form.get("date")) {
        Ok(date) => Some(date),
        Err(message) => {
            form.fail("date", Msg::from(message).text(ui));
            None
        }
    };
    let bounds = read_bounds(form);
    if let (Some(date), Some(bounds)) = (date, bounds) {
        check_range(form, date, bounds);
    }
    let position = match form.get("position").as_str() {
        "" => None,
        raw => match raw.parse::<i32>() {
            Ok(p) if (1..=1000).contains(&p) => Some(p),
            _ => {
                form.fail_with("position", "msg-position");
                None
            }
        },
    };
    let council_decision_on = if form.get("council_decision_on").is_empty() {
        None
    } else {
        form.day("council_decision_on", "msg-council-date")
    };
    let mut sources = Vec::new();
    for (i, line) in form.get("sources").lines().enumerate() {
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
            Some(u) => match parse_source_url(&u) {
                Ok(u) => Some(u),
                Err(message) => {
                    form.fail(
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
            form.fail("sources", t!(ui, "msg-source-label-long", line = i + 1));
        }
        sources.push((label, url));
    }
    let event = form.optional("event", 200);
    let place = form.optional("place", 200);
    let signed_by_name = form.optional("signed_by_name", 200);
    let signed_by_title = form.optional("signed_by_title", 200);
    let announced_ordinal = form.optional("announced_ordinal", 300);
    let public_note = form.optional("public_note", 300);
    Some(SigningDetails {
        date: date?,
        bounds: bounds?,
        position,
        event,
        place,
        signed_by_name,
        signed_by_title,
        council_decision_on,
        announced_ordinal,
        public_note,
        sources,
    })
}

/// The optional "not before" / "not after" days of a form; `None` when one is not a day (its
/// error is on its field).
pub fn read_bounds(form: &mut FormReader<'_>) -> Option<Bounds> {
    let mut day = |name: &str| {
        if form.get(name).is_empty() {
            Some(None)
        } else {
            form.day(name, "msg-range-day").map(Some)
        }
    };
    let (not_before, not_after) = (day("not_before"), day("not_after"));
    Some(Bounds {
        not_before: not_before?,
        not_after: not_after?,
    })
}

/// A date and its bounds must leave at least one day, not before the charter's launch; and
/// something must be known (a date or a bound). Errors go on the field to change.
pub fn check_range(form: &mut FormReader<'_>, date: PartialDate, bounds: Bounds) {
    match Span::of(date, bounds) {
        Ok(Some(_)) => {}
        Ok(None) => form.fail_with("date", "msg-signing-date"),
        Err(RangeError::EndsBeforeStart) => form.fail_with("not_after", "msg-range-order"),
        Err(RangeError::BeforeLaunch) => form.fail_with("not_after", "msg-range-launch"),
    }
}
