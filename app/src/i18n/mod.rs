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

mod context;
mod messages;
mod paths;
#[cfg(test)]
mod tests;
mod words;

pub use context::{request_lang, use_lang};
pub use messages::{Msg, MsgArg};
pub use paths::{split_path, staff_path, translated};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

/// The translation files, embedded at build time.
pub const SOURCES: [(Lang, &str); 2] = [
    (Lang::En, include_str!("../../locales/en.ftl")),
    (Lang::Fr, include_str!("../../locales/fr.ftl")),
];

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

    /// An audited action in words (`signing.update` → "Signing corrected"), else its code.
    #[must_use]
    pub fn audit_action(self, action: &str) -> String {
        self.t_or(
            &format!("audit-{}", action.replace(['.', '_'], "-")),
            action,
        )
    }

    /// An audited field's name in words (`withdrawn_reason` → "Reason for withdrawal"), else
    /// its code.
    #[must_use]
    pub fn audit_field(self, field: &str) -> String {
        self.t_or(&format!("field-{}", field.replace('_', "-")), field)
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
