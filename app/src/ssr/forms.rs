//! The one contract of staff writes and the reading of their forms. Every write service
//! returns [`Written`] (or an `AppError` for what is not the form's fault: not found, forbidden,
//! a database failure); every form is read with a [`FormReader`], whose field parsers turn one
//! submitted value into a domain type or record the field's error, in the request's language.

use std::collections::BTreeMap;

use domain::date::{Day, PartialDate};

use crate::i18n::{Lang, Msg};
use crate::model::admin::FormState;

/// What a staff write did, for its edge to answer (a redirect for plain posts).
#[must_use]
#[derive(Debug, PartialEq, Eq)]
pub enum Written<T = ()> {
    /// Saved: what the edge needs next (an id, a slug) and the sentence the next page shows.
    Saved { value: T, notice: Option<String> },
    /// Nothing was written: the form to show again, with what was typed and what to correct.
    Refused(FormState),
}

impl<T> Written<T> {
    /// Saved, with a notice.
    pub fn saved(value: T, notice: impl Into<String>) -> Self {
        Self::Saved {
            value,
            notice: Some(notice.into()),
        }
    }
}

/// Where a saved write's post goes, and the state that page's form starts with (its notice is
/// the write's; a value such as a new invitation's link can be added).
pub struct Next {
    pub to: String,
    pub form: FormState,
}

impl Next {
    /// Page `to`, whose form is named `form`.
    #[must_use]
    pub fn to(to: impl Into<String>, form: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            form: FormState::named(form),
        }
    }

    /// The same, with `value` in field `field`.
    #[must_use]
    pub fn with_value(mut self, field: &str, value: String) -> Self {
        self.form.values.insert(field.to_owned(), value);
        self
    }
}

/// A posted form read field by field: values trimmed, each problem recorded on its field in
/// `lang`; the typed values are kept in [`FormReader::form`] to be shown again if refused.
pub struct FormReader<'a> {
    fields: &'a BTreeMap<String, String>,
    lang: Lang,
    pub form: FormState,
}

impl<'a> FormReader<'a> {
    /// Starts reading `fields`, posted by form `form`.
    #[must_use]
    pub fn new(form: impl Into<String>, fields: &'a BTreeMap<String, String>, lang: Lang) -> Self {
        Self {
            fields,
            lang,
            form: FormState::posted(form, fields),
        }
    }

    /// The language messages are written in.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The trimmed value of `field` (empty when absent).
    #[must_use]
    pub fn get(&self, field: &str) -> String {
        self.fields
            .get(field)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    }

    /// Records `message` on `field` (the first problem of a field is the one shown).
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.form.fail(field, message);
    }

    /// Records message `key` (no arguments) on `field`.
    pub fn fail_with(&mut self, field: &str, key: &str) {
        let text = self.lang.t(key);
        self.form.fail(field, text);
    }

    /// A required text of at most `max` characters; `missing` (a message key) when empty,
    /// "at most `max` characters" when longer.
    pub fn required(&mut self, field: &str, max: usize, missing: &str) -> String {
        let value = self.get(field);
        if value.is_empty() {
            self.fail_with(field, missing);
        } else {
            self.at_most(field, &value, max);
        }
        value
    }

    /// An optional text of at most `max` characters; `None` when empty.
    pub fn optional(&mut self, field: &str, max: usize) -> Option<String> {
        let value = self.get(field);
        self.at_most(field, &value, max);
        (!value.is_empty()).then_some(value)
    }

    fn at_most(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            let text = crate::t!(self.lang, "msg-max-chars", max = max);
            self.form.fail(field, text);
        }
    }

    /// An optional web address (see [`parse_url`]).
    pub fn url(&mut self, field: &str) -> Option<String> {
        let raw = self.get(field);
        if raw.is_empty() {
            return None;
        }
        if raw.chars().count() > MAX_URL_CHARS {
            self.at_most(field, &raw, MAX_URL_CHARS);
            return None;
        }
        parse_url(&raw)
            .map_err(|e| {
                let text = e.text(self.lang);
                self.form.fail(field, text);
            })
            .ok()
    }

    /// A full day (see [`day_field`]); message `key` on `field` otherwise.
    pub fn day(&mut self, field: &str, key: &str) -> Option<Day> {
        let (raw, message) = (self.get(field), self.lang.t(key));
        day_field(&mut self.form, field, &raw, message)
    }

    /// True while no field has an error.
    #[must_use]
    pub fn ok(&self) -> bool {
        self.form.ok()
    }

    /// The form refused, with notice `key` ("nothing was saved") above it.
    pub fn refused<T>(mut self, key: &str) -> Written<T> {
        self.form.notice = Some(self.lang.t(key));
        Written::Refused(self.form)
    }
}

/// The longest web address accepted.
const MAX_URL_CHARS: usize = 2000;

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
                && url.len() <= MAX_URL_CHARS =>
        {
            Ok(url.to_owned())
        }
        _ => Err(Msg::new("msg-url").arg("text", url)),
    }
}

/// A source's address: a web address, or a page of this site (`/newsroom/…`, the best source
/// of a signing this newsroom announced).
///
/// # Errors
/// What [`parse_url`] refuses, unless it is a path on this site.
pub fn parse_source_url(raw: &str) -> Result<String, Msg> {
    let url = raw.trim();
    let site_path = url.starts_with('/')
        && !url.starts_with("//")
        && url.len() > 1
        && url.len() <= MAX_URL_CHARS
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    if site_path {
        return Ok(url.to_owned());
    }
    parse_url(url)
}

/// A full day (`YYYY-MM-DD`) from `raw`; anything else records `message` on `field`.
pub fn day_field(form: &mut FormState, field: &str, raw: &str, message: String) -> Option<Day> {
    match PartialDate::parse(raw) {
        Ok(PartialDate::Day(day)) => Some(day),
        _ => {
            form.fail(field, message);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_http_or_https_without_spaces() {
        assert_eq!(
            parse_url(" https://www.paris.fr/charte ").as_deref(),
            Ok("https://www.paris.fr/charte")
        );
        assert!(parse_url("HTTP://EXAMPLE.ORG").is_ok());
        for bad in [
            "",
            "www.paris.fr",
            "https://",
            "javascript:alert(1)",
            "https://a b.eu",
            "ftp://x.eu",
        ] {
            assert_eq!(
                parse_url(bad).map_err(|m| m.key),
                Err("msg-url".to_owned()),
                "{bad:?}"
            );
        }
        assert!(parse_url(&format!("https://{}", "a".repeat(2000))).is_err());
        assert_eq!(
            parse_source_url("/newsroom/paris-sets-out-commitment-to-migrant-integration")
                .as_deref(),
            Ok("/newsroom/paris-sets-out-commitment-to-migrant-integration")
        );
        for bad in ["//evil.example/x", "/", "/a b", "javascript:alert(1)"] {
            assert!(parse_source_url(bad).is_err(), "{bad}");
            assert!(parse_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_day_field_takes_only_a_full_existing_day() {
        let mut form = FormState::default();
        assert_eq!(
            day_field(&mut form, "on", "2024-10-16", "bad".into()),
            Day::new(2024, 10, 16)
        );
        assert!(form.ok());
        for raw in ["", "2024-10", "2024", "2024-02-30", "16/10/2024"] {
            let mut form = FormState::default();
            assert_eq!(
                day_field(&mut form, "on", raw, "a day, please".into()),
                None,
                "{raw:?}"
            );
            assert_eq!(
                form.errors.get("on").map(String::as_str),
                Some("a day, please")
            );
        }
    }
}

#[cfg(test)]
mod reader_tests {
    use super::*;
    use crate::ssr::testing::posted as fields;

    #[test]
    fn a_reader_trims_checks_and_keeps_what_was_typed() {
        let posted = fields(&[
            ("title", "  Paris signs  "),
            ("long", &"x".repeat(11)),
            ("site", "javascript:alert(1)"),
            ("on", "2024-02-30"),
        ]);
        let mut form = FormReader::new("release-7", &posted, Lang::En);
        assert_eq!(
            form.required("title", 20, "msg-release-title"),
            "Paris signs"
        );
        assert_eq!(form.required("missing", 20, "msg-release-title"), "");
        assert_eq!(form.optional("long", 10).as_deref(), Some("xxxxxxxxxxx"));
        assert_eq!(form.optional("absent", 10), None);
        assert_eq!(form.url("site"), None);
        assert_eq!(form.url("absent"), None);
        assert_eq!(form.day("on", "msg-release-date"), None);
        assert!(!form.ok());
        let errors = &form.form.errors;
        assert_eq!(errors["missing"], Lang::En.t("msg-release-title"));
        assert_eq!(
            errors["long"],
            crate::t!(Lang::En, "msg-max-chars", max = 10)
        );
        assert_eq!(errors["on"], Lang::En.t("msg-release-date"));
        assert!(errors.contains_key("site"));
        assert!(!errors.contains_key("title") && !errors.contains_key("absent"));
        // The first problem of a field is the one shown.
        form.fail("missing", "later");
        assert_eq!(form.form.errors["missing"], Lang::En.t("msg-release-title"));
        let Written::<()>::Refused(kept) = form.refused("msg-not-saved") else {
            panic!("refused");
        };
        assert_eq!(kept.form, "release-7");
        assert_eq!(kept.values, posted, "what was typed comes back");
        assert_eq!(kept.notice, Some(Lang::En.t("msg-not-saved")));
    }

    #[test]
    fn a_reader_writes_its_errors_in_the_request_language() {
        let posted = fields(&[]);
        let mut form = FormReader::new("x", &posted, Lang::Fr);
        form.required("title", 10, "msg-release-title");
        assert_eq!(form.form.errors["title"], Lang::Fr.t("msg-release-title"));
        assert_ne!(
            Lang::Fr.t("msg-release-title"),
            Lang::En.t("msg-release-title")
        );
    }

    #[test]
    fn an_over_long_web_address_is_refused_for_its_length() {
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS));
        let posted = fields(&[("site", &long), ("ok", " https://paris.fr ")]);
        let mut form = FormReader::new("x", &posted, Lang::En);
        assert_eq!(form.url("site"), None);
        assert_eq!(form.url("ok").as_deref(), Some("https://paris.fr"));
        assert_eq!(
            form.form.errors["site"],
            crate::t!(Lang::En, "msg-max-chars", max = MAX_URL_CHARS)
        );
    }
}
