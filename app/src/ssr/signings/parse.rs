//! A signing form's values parsed into a checked input (a new or existing signatory, the date,
//! the edition, sources), with an error per field in the reader's language.

use crate::i18n::Msg;
use crate::model::admin::FormState;
use crate::ssr::entities::signatory;
use crate::ssr::entities::states::SignatoryKind;
use crate::ssr::forms::parse_url;
use crate::ssr::registry::Snapshot;
use crate::t;
use domain::date::{Day, PartialDate};
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
    pub position: Option<i32>,
    pub event: Option<String>,
    pub place: Option<String>,
    pub signed_by_name: Option<String>,
    pub signed_by_title: Option<String>,
    pub council_decision_on: Option<Day>,
    pub announced_ordinal: Option<String>,
    pub sources: Vec<(String, Option<String>)>,
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
            .and_then(|id| snapshot.signatory(id));
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
