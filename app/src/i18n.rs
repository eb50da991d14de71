//! The interface in English and French: one mechanism (Project Fluent), one file per language
//! (`app/locales/{en,fr}.ftl`), the language in the URL (`/fr/...`).
//!
//! Pages ask `use_lang()` for the request's language and write every interface string through
//! [`Lang::t`] / [`Lang::t_args`]; dates and places through [`Lang::date`] and [`Lang::ordinal`],
//! so each language writes them its own way ("18 December 2013" / "18 décembre 2013",
//! "33rd" / "33e"). Content (charter text, toolkit) carries its own language; a page shows it
//! under its own `lang` attribute when it differs from the interface's.

use std::sync::OnceLock;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::domain::date::{Day, PartialDate};
use crate::domain::ordinals::{Ordinal, SignatoryOrdinals};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

/// The translation files, embedded at build time.
pub const SOURCES: [(Lang, &str); 2] = [
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Fr, include_str!("../locales/fr.ftl")),
];

/// Paths whose pages are written through this module and so exist under `/fr`: the public
/// pages, the RSS feeds and the signatory badge, the staff screens and the staff server
/// functions (a form on a French staff screen posts to `/fr/api/admin/...`, so its messages
/// and the page it goes to are French too).
/// `/fr` + any other path is a (French) 404; links to such a path from a French page go to
/// the English page.
#[must_use]
pub fn translated(path: &str) -> bool {
    matches!(
        path,
        "/" | "/about"
            | "/about/counting"
            | "/map"
            | "/statistics"
            | "/newsroom"
            | "/feeds"
            | "/open-data"
            | "/charter"
            | "/charter/go"
            | "/signatories"
            | "/toolkits/diversity"
            | "/working-group"
            | "/admin"
    ) || path.starts_with("/admin/")
        || path.starts_with("/api/admin/")
        || (path.starts_with("/charter/") && !path[9..].contains('/'))
        || (path.starts_with("/signatories/") && !path[13..].contains(['/', '.']))
        || (path.starts_with("/newsroom/") && !path[10..].contains(['/', '.']))
        || path == "/feed.xml"
        || (path.starts_with("/feeds/") && path.ends_with(".xml"))
        || (path.starts_with("/badge/") && path.ends_with(".svg") && !path[7..].contains('/'))
}

/// A staff screen or staff function: in both languages, but never indexed, so no `hreflang`
/// alternates; the language switch keeps its path, not its query (a login's `next`).
#[must_use]
pub fn staff_path(path: &str) -> bool {
    path == "/admin" || path.starts_with("/admin/") || path.starts_with("/api/admin/")
}

/// Splits a request path into its language and the path of the page: `/fr/charter` →
/// `(Fr, "/charter")`, `/fr` → `(Fr, "/")`, anything else is English and unchanged.
#[must_use]
pub fn split_path(path: &str) -> (Lang, &str) {
    match path.strip_prefix("/fr") {
        Some("") => (Lang::Fr, "/"),
        Some(rest) if rest.starts_with('/') => (Lang::Fr, rest),
        _ => (Lang::En, path),
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.map(|(lang, source)| bundle(lang, source)))
}

fn bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation marks are for right-to-left text; these languages have none.
    bundle.set_use_isolating(false);
    // A syntax error is caught by the test that parses both files; here the valid entries load.
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_builtins();
    let _ = bundle.add_resource(resource);
    bundle
}

impl Lang {
    /// Every language of the interface, the default first.
    pub const ALL: [Self; 2] = [Self::En, Self::Fr];

    /// The BCP 47 code (`en`, `fr`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    /// The first segment of this language's addresses (`""` or `"/fr"`).
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            Self::En => "",
            Self::Fr => "/fr",
        }
    }

    /// The language's own name, for the switch.
    #[must_use]
    pub const fn own_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
        }
    }

    /// The language named by a code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The address of a page in this language: `/fr` + path when the page is translated,
    /// else the (English) path itself. `path` may carry a query string or fragment.
    #[must_use]
    pub fn href(self, path: &str) -> String {
        let page = path.split(['?', '#']).next().unwrap_or(path);
        match self {
            Self::Fr if translated(page) && page == "/" => format!("/fr{}", &path[1..]),
            Self::Fr if translated(page) => format!("/fr{path}"),
            _ => path.to_owned(),
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        &bundles()[self as usize]
    }

    /// Whether this language's file has `key`.
    #[must_use]
    pub fn has(self, key: &str) -> bool {
        self.bundle().has_message(key)
    }

    /// The string for `key`; a missing key is shown as itself (and fails the tests).
    #[must_use]
    pub fn t(self, key: &str) -> String {
        self.format(key, None)
    }

    /// The string for `key` with its variables.
    #[must_use]
    pub fn t_args(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue<'_> = match value {
                Arg::Num(n) => (*n).into(),
                Arg::Str(s) => (*s).into(),
            };
            fluent.set(*name, value);
        }
        self.format(key, Some(&fluent))
    }

    fn format(self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// A place in a count: "33rd" / "33e", "≈ 33rd" when approximate.
    #[must_use]
    pub fn ordinal(self, o: Ordinal) -> String {
        let n = self.t_args("ordinal", &[("n", Arg::Num(f64::from(o.n)))]);
        if o.approximate {
            format!("≈ {n}")
        } else {
            n
        }
    }

    /// A place before a feminine noun: French writes the first "1re" ("la 1re ville").
    #[must_use]
    pub fn ordinal_feminine(self, o: Ordinal) -> String {
        let n = self.t_args("ordinal-feminine", &[("n", Arg::Num(f64::from(o.n)))]);
        if o.approximate {
            format!("≈ {n}")
        } else {
            n
        }
    }

    /// Every place one signatory holds, as phrases: "the 33rd signatory", "the 15th EU
    /// capital", … / "le 33e signataire", "la 15e capitale de l'UE", …
    #[must_use]
    pub fn place_phrases(
        self,
        is_city: bool,
        country: &str,
        places: &SignatoryOrdinals,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line =
            |o: Option<Ordinal>, key: &str, feminine: bool, extra: Option<(&str, &str)>| {
                if let Some(o) = o {
                    let place = if feminine {
                        self.ordinal_feminine(o)
                    } else {
                        self.ordinal(o)
                    };
                    let mut args = vec![("place", Arg::Str(&place))];
                    if let Some((name, value)) = extra {
                        args.push((name, Arg::Str(value)));
                    }
                    lines.push(self.t_args(key, &args));
                }
            };
        line(places.overall, "place-overall", false, None);
        if is_city {
            line(places.european, "place-european-city", true, None);
            line(places.non_european, "place-non-european-city", true, None);
        } else {
            line(places.european, "place-european-other", false, None);
            line(places.non_european, "place-non-european-other", false, None);
        }
        line(places.eu_capital, "place-eu-capital", true, None);
        line(
            places.national_capital,
            "place-national-capital",
            true,
            None,
        );
        line(
            places.in_country,
            "place-in-country",
            false,
            Some(("country", country)),
        );
        for (edition, o) in &places.editions {
            line(
                Some(*o),
                "place-edition",
                false,
                Some(("edition", edition.as_str())),
            );
        }
        lines
    }

    /// "a, b and c" / "a, b et c".
    #[must_use]
    pub fn join(self, parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.t("word-and")),
        }
    }

    /// A day: "18 December 2013" / "18 décembre 2013" ("1er" in French).
    #[must_use]
    pub fn day(self, d: Day) -> String {
        self.t_args(
            "date-day",
            &[
                ("day", Arg::Num(f64::from(d.day))),
                ("month", Arg::Str(&self.month(d.month))),
                ("year", Arg::Num(f64::from(d.year))),
            ],
        )
    }

    /// A date at its precision: a day, "September 2013" / "septembre 2013", a year, or "date unknown".
    #[must_use]
    pub fn date(self, date: PartialDate) -> String {
        match date {
            PartialDate::Day(d) => self.day(d),
            PartialDate::Month { year, month } => self.t_args(
                "date-month",
                &[
                    ("month", Arg::Str(&self.month(month))),
                    ("year", Arg::Num(f64::from(year))),
                ],
            ),
            PartialDate::Year(year) => year.to_string(),
            PartialDate::Unknown => self.t("date-unknown"),
        }
    }

    /// A date stored as `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty, written in this language;
    /// anything else is returned as it was.
    #[must_use]
    pub fn iso_date(self, iso: &str) -> String {
        if iso.is_empty() {
            return self.t("date-unknown");
        }
        PartialDate::parse(iso).map_or_else(|_| iso.to_owned(), |d| self.date(d))
    }

    /// A date the registry stores as English words ("February 2010", "18 December 2013") or
    /// as ISO, written in this language; anything else is returned as it was.
    #[must_use]
    pub fn stored_date(self, text: &str) -> String {
        if let Ok(date) = PartialDate::parse(text) {
            return self.date(date);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let month_of =
            |name: &str| (1..=12u8).find(|&m| Lang::En.month(m).eq_ignore_ascii_case(name));
        let parsed = match words.as_slice() {
            [month, year] => month_of(month)
                .zip(year.parse().ok())
                .map(|(month, year)| PartialDate::Month { year, month }),
            [day, month, year] => month_of(month)
                .zip(year.parse().ok())
                .and_then(|(month, year)| Day::new(year, month, day.parse().ok()?))
                .map(PartialDate::Day),
            _ => None,
        };
        parsed.map_or_else(|| text.to_owned(), |date| self.date(date))
    }

    /// A span of two partial dates as stored: "9–10 September 2013" within a month, else
    /// "October 2006 – March 2007"; one date alone when there is no end.
    #[must_use]
    pub fn date_range(self, start: &str, end: Option<&str>) -> String {
        let from = PartialDate::parse(start).unwrap_or(PartialDate::Unknown);
        let to = end.and_then(|e| PartialDate::parse(e).ok());
        match (from, to) {
            (PartialDate::Day(a), Some(PartialDate::Day(b)))
                if a.year == b.year && a.month == b.month =>
            {
                let first = self.t_args("date-day-alone", &[("day", Arg::Num(f64::from(a.day)))]);
                format!("{first}–{}", self.day(b))
            }
            (_, Some(to)) => format!("{} – {}", self.date(from), self.date(to)),
            _ => self.date(from),
        }
    }

    fn month(self, month: u8) -> String {
        self.t(&format!("month-{month}"))
    }

    /// The string for `key`, or `fallback` when this language has no such key (values staff
    /// may add, such as a new confidence level).
    #[must_use]
    pub fn t_or(self, key: &str, fallback: &str) -> String {
        if self.has(key) {
            self.t(key)
        } else {
            fallback.to_owned()
        }
    }

    /// A country's name, or `fallback` (the registry's English name) when there is no entry.
    #[must_use]
    pub fn country(self, code: &str, fallback: &str) -> String {
        self.t_or(&format!("country-{code}"), fallback)
    }

    /// When a signing took place, at its precision: "on 18 December 2013", "in September 2013",
    /// "on a date not yet known" ("le 18 décembre 2013", "en septembre 2013"…).
    #[must_use]
    pub fn when_signed(self, date: PartialDate) -> String {
        let key = match date {
            PartialDate::Unknown => return self.t("signing-unknown-date"),
            PartialDate::Day(_) => "signing-on",
            _ => "signing-in",
        };
        self.t_args(key, &[("date", Arg::Str(&self.date(date)))])
    }

    /// An edition's name: "2010 edition" / "édition 2010" for an edition named by its year,
    /// else the title staff gave it.
    #[must_use]
    pub fn edition_name(self, slug: &str, title: &str) -> String {
        if slug.len() == 4 && slug.bytes().all(|b| b.is_ascii_digit()) {
            self.t_args("edition-title", &[("year", Arg::Str(slug))])
        } else {
            title.to_owned()
        }
    }
}

/// A variable of a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Num(f64),
    Str(&'a str),
}

impl From<usize> for Arg<'_> {
    #[allow(clippy::cast_precision_loss)] // counts of signatories and pages
    fn from(n: usize) -> Self {
        Self::Num(n as f64)
    }
}

impl From<u64> for Arg<'_> {
    #[allow(clippy::cast_precision_loss)] // counts of records and pages
    fn from(n: u64) -> Self {
        Self::Num(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Self::Num(f64::from(n))
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Self::Num(f64::from(n))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Self::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Self::Str(s)
    }
}

/// `t!(lang, "key")` or `t!(lang, "key", name = value, …)`: the string for a key.
#[macro_export]
macro_rules! t {
    ($lang:expr, $key:literal) => {
        $lang.t($key)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $lang.t_args($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// The language a server function was told by its caller (the signing-preview island, whose
/// call has no `/fr` in its address), provided by that function for the code it calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallerLang(pub Lang);

/// The language of the request being served: the one a server function was told by its caller
/// ([`CallerLang`]), else the one the server's `/fr` layer put in the request's extensions,
/// else one provided as context (a page rendered outside a request). English outside a
/// request and in the browser.
///
/// The request's own extensions come before inherited context: a server function's owner may
/// descend from another request's, whose `Lang` it must not take.
#[must_use]
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<CallerLang>()
            .map(|CallerLang(lang)| lang)
            .or_else(|| {
                use_context::<axum::http::request::Parts>()
                    .map(|parts| parts.extensions.get::<Lang>().copied().unwrap_or_default())
            })
            .or_else(use_context::<Lang>)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::En
    }
}

/// A sentence waiting for its language: a key of the translation files and its variables.
/// Checks that do not know the reader's language (the domain rules, the CSV import) answer
/// with one; whoever shows it writes it in the reader's language with [`Msg::text`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub key: String,
    pub args: Vec<(String, MsgArg)>,
}

/// A variable of a [`Msg`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum MsgArg {
    Num(f64),
    Str(String),
}

impl Msg {
    /// The message `key` (a key of both translation files).
    #[must_use]
    pub fn new(key: &str) -> Self {
        Self {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    /// The message with one more variable.
    #[must_use]
    pub fn arg<'a>(mut self, name: &str, value: impl Into<Arg<'a>>) -> Self {
        let value = match value.into() {
            Arg::Num(n) => MsgArg::Num(n),
            Arg::Str(s) => MsgArg::Str(s.to_owned()),
        };
        self.args.push((name.to_owned(), value));
        self
    }

    /// The message written in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MsgArg::Num(n) => Arg::Num(*n),
                    MsgArg::Str(s) => Arg::Str(s),
                };
                (name.as_str(), value)
            })
            .collect();
        lang.t_args(&self.key, &args)
    }
}

impl std::fmt::Display for Msg {
    /// In English: for logs and the command line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The language of the page being rendered (English outside a request).
#[must_use]
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    fn keys(source: &str) -> Vec<String> {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("a translation file does not parse: {errors:?}"),
        };
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn both_files_parse_and_have_the_same_keys() {
        let en = keys(SOURCES[0].1);
        let fr = keys(SOURCES[1].1);
        assert!(en.len() > 100, "{} keys", en.len());
        let missing_fr: Vec<_> = en.iter().filter(|k| !fr.contains(k)).collect();
        let missing_en: Vec<_> = fr.iter().filter(|k| !en.contains(k)).collect();
        assert!(missing_fr.is_empty(), "missing in fr.ftl: {missing_fr:?}");
        assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
    }

    #[test]
    fn every_key_the_code_uses_exists_in_both_languages() {
        let mut used = Vec::new();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("read src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("read file");
                    // Code only: comments may show the syntax with placeholder keys.
                    let text: String = text
                        .lines()
                        .filter(|line| !line.trim_start().starts_with("//"))
                        .collect::<Vec<_>>()
                        .join("\n");
                    // `t!(lang, "key"` and `.t("key"` / `.t_args("key"`
                    for (i, _) in text.match_indices("t!(") {
                        // `t!(` itself, not `format!(`, `assert!(` or this scanner's own pattern.
                        let before = text[..i].chars().next_back().unwrap_or(' ');
                        if before.is_alphanumeric() || before == '_' || before == '"' {
                            continue;
                        }
                        let rest = &text[i..];
                        let key: String = match rest.find('"').filter(|&q| q < 80) {
                            Some(q) => rest[q + 1..].chars().take_while(|c| *c != '"').collect(),
                            None => "(a t! call this scan cannot read)".into(),
                        };
                        used.push((path.display().to_string(), key));
                    }
                    for pattern in [".t(\"", ".t_args(\"", "Msg::new(\""] {
                        for (i, _) in text.match_indices(pattern) {
                            let key: String = text[i + pattern.len()..]
                                .chars()
                                .take_while(|c| *c != '"')
                                .collect();
                            used.push((path.display().to_string(), key));
                        }
                    }
                }
            }
        }
        assert!(used.len() > 100, "found {} uses", used.len());
        let absent: Vec<_> = used
            .iter()
            .filter(|(_, key)| !key.is_empty() && !Lang::ALL.iter().all(|l| l.has(key)))
            .collect();
        assert!(
            absent.is_empty(),
            "keys used but not in both files: {absent:?}"
        );
    }

    #[test]
    fn every_month_kind_status_and_seeded_country_has_a_name_in_both_languages() {
        let countries = include_str!("../../server/seed/countries.csv");
        for lang in Lang::ALL {
            for m in 1..=12 {
                assert!(lang.has(&format!("month-{m}")), "{lang:?} month {m}");
            }
            for kind in crate::domain::directory::KINDS {
                assert!(lang.has(&format!("kind-{kind}")), "{lang:?} kind {kind}");
            }
            for status in crate::domain::directory::STATUSES {
                assert!(
                    lang.has(&format!("status-{status}")),
                    "{lang:?} status {status}"
                );
            }
            for line in countries.lines().skip(1) {
                let code = line.split(',').next().unwrap_or_default();
                assert!(
                    lang.has(&format!("country-{code}")),
                    "{lang:?} country {code}"
                );
            }
        }
    }

    #[test]
    fn dates_and_ordinals_are_written_each_language_s_way() {
        let day = Day::new(2013, 12, 18).expect("day");
        assert_eq!(Lang::En.day(day), "18 December 2013");
        assert_eq!(Lang::Fr.day(day), "18 décembre 2013");
        let first = Day::new(2024, 10, 1).expect("day");
        assert_eq!(Lang::Fr.day(first), "1er octobre 2024");
        assert_eq!(Lang::En.day(first), "1 October 2024");
        assert_eq!(Lang::Fr.iso_date("2013-09"), "septembre 2013");
        assert_eq!(Lang::En.iso_date("2013-09"), "September 2013");
        assert_eq!(Lang::Fr.iso_date(""), "date inconnue");
        assert_eq!(Lang::Fr.stored_date("February 2010"), "février 2010");
        let day = PartialDate::parse("2013-12-18").expect("a day");
        let month = PartialDate::parse("2013-09").expect("a month");
        assert_eq!(Lang::En.when_signed(day), "on 18 December 2013");
        assert_eq!(Lang::Fr.when_signed(day), "le 18 décembre 2013");
        assert_eq!(Lang::En.when_signed(month), "in September 2013");
        assert_eq!(Lang::Fr.when_signed(month), "en septembre 2013");
        assert_eq!(
            Lang::Fr.when_signed(PartialDate::Unknown),
            "à une date encore inconnue"
        );
        assert_eq!(Lang::Fr.stored_date("18 December 2013"), "18 décembre 2013");
        assert_eq!(Lang::En.stored_date("October 2024"), "October 2024");
        assert_eq!(Lang::Fr.stored_date("spring 2010"), "spring 2010");
        assert_eq!(
            Lang::En.date_range("2013-09-09", Some("2013-09-10")),
            "9–10 September 2013"
        );
        assert_eq!(
            Lang::Fr.date_range("2013-10-01", Some("2013-10-02")),
            "1er–2 octobre 2013"
        );
        assert_eq!(Lang::Fr.date_range("2006-10", None), "octobre 2006");
        assert_eq!(
            Lang::En.date_range("2006-10-30", Some("2006-11-01")),
            "30 October 2006 – 1 November 2006"
        );
        let place = |n, approximate| Ordinal { n, approximate };
        let en: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 33, 101, 111]
            .map(|n| Lang::En.ordinal(place(n, false)))
            .into();
        assert_eq!(
            en,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "33rd",
                "101st", "111th"
            ]
        );
        let fr: Vec<_> = [1, 2, 33].map(|n| Lang::Fr.ordinal(place(n, false))).into();
        assert_eq!(fr, ["1er", "2e", "33e"]);
        assert_eq!(Lang::Fr.ordinal(place(18, true)), "≈ 18e");
        assert_eq!(Lang::En.ordinal(place(18, true)), "≈ 18th");
        assert_eq!(Lang::Fr.ordinal_feminine(place(1, false)), "1re");
        assert_eq!(Lang::En.ordinal_feminine(place(1, false)), "1st");
        let paris = SignatoryOrdinals {
            overall: Some(place(33, false)),
            european: Some(place(33, false)),
            eu_capital: Some(place(15, false)),
            in_country: Some(place(1, false)),
            editions: vec![("2010".into(), place(30, true))],
            ..SignatoryOrdinals::default()
        };
        assert_eq!(
            Lang::En.place_phrases(true, "France", &paris),
            [
                "the 33rd signatory",
                "the 33rd European city",
                "the 15th EU capital",
                "the 1st signatory in France",
                "the ≈ 30th to sign the 2010 edition",
            ]
        );
        assert_eq!(
            Lang::Fr.place_phrases(true, "France", &paris),
            [
                "le 33e signataire",
                "la 33e ville européenne",
                "la 15e capitale de l'UE",
                "le 1er signataire de son pays",
                "le ≈ 30e à signer l'édition 2010",
            ]
        );
        assert_eq!(
            Lang::Fr.join(&["a".into(), "b".into(), "c".into()]),
            "a, b et c"
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(
            t!(Lang::En, "home-signatories-label", count = 1_u32),
            "signatory in the registry"
        );
        assert_eq!(
            t!(Lang::En, "home-signatories-label", count = 2_u32),
            "signatories in the registry"
        );
        // French treats 0 and 1 as singular.
        assert_eq!(
            t!(Lang::Fr, "home-signatories-label", count = 0_u32),
            "signataire au registre"
        );
        assert_eq!(
            t!(Lang::Fr, "home-signatories-label", count = 2_u32),
            "signataires au registre"
        );
    }

    #[test]
    fn paths_carry_the_language() {
        assert_eq!(split_path("/fr/charter/2010"), (Lang::Fr, "/charter/2010"));
        assert_eq!(split_path("/fr"), (Lang::Fr, "/"));
        assert_eq!(split_path("/france"), (Lang::En, "/france"));
        assert_eq!(split_path("/signatories"), (Lang::En, "/signatories"));
        assert_eq!(Lang::Fr.href("/"), "/fr");
        assert_eq!(Lang::Fr.href("/?x=1"), "/fr?x=1");
        assert_eq!(
            Lang::Fr.href("/signatories?country=FR"),
            "/fr/signatories?country=FR"
        );
        assert_eq!(Lang::Fr.href("/charter/2010"), "/fr/charter/2010");
        assert_eq!(Lang::Fr.href("/signatories/paris"), "/fr/signatories/paris");
        assert_eq!(Lang::Fr.href("/signatories.csv"), "/signatories.csv");
        assert_eq!(
            Lang::Fr.href("/charter/compare?from=2010"),
            "/fr/charter/compare?from=2010"
        );
        assert_eq!(Lang::Fr.href("/admin"), "/fr/admin");
        assert_eq!(Lang::Fr.href("/api/admin/login"), "/fr/api/admin/login");
        assert_eq!(
            Lang::Fr.href("/admin/export/signings.csv"),
            "/fr/admin/export/signings.csv"
        );
        assert_eq!(Lang::En.href("/charter"), "/charter");
    }
}
