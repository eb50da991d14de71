//! Sentences waiting for their language: [`Msg`], and the words for the domain's typed errors.

use serde::{Deserialize, Serialize};

use domain::date::DateError;
use domain::directory::ParamError;
use domain::edition::{SlugError, StructureProblem, MAX_SLUG_LEN};

use super::{Arg, Lang};

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

impl From<DateError> for Msg {
    fn from(e: DateError) -> Self {
        match e {
            DateError::Malformed(text) => Self::new("msg-date-bad").arg("text", &text),
            DateError::NoSuchDay(text) => Self::new("msg-date-no-such-day").arg("text", &text),
            DateError::NotFullDay(text) => Self::new("msg-date-not-full").arg("text", &text),
        }
    }
}

impl From<ParamError> for Msg {
    fn from(e: ParamError) -> Self {
        match e {
            ParamError::Query => Self::new("msg-param-q"),
            ParamError::Country => Self::new("msg-param-country"),
            ParamError::Kind => Self::new("msg-param-kind"),
            ParamError::Status => Self::new("msg-param-status"),
            ParamError::Year => Self::new("msg-param-year"),
            ParamError::Edition => Self::new("msg-param-edition"),
            ParamError::Sort => Self::new("msg-param-sort"),
            ParamError::Page => Self::new("msg-param-page"),
            ParamError::AsOf(text) => Self::new("msg-param-as-of").arg("text", &text),
            ParamError::YesNo(field) => Self::new("msg-param-yes-no").arg("field", field),
        }
    }
}

impl From<SlugError> for Msg {
    fn from(e: SlugError) -> Self {
        match e {
            SlugError::Empty => Self::new("msg-edition-empty"),
            SlugError::TooLong => Self::new("msg-edition-slug-long").arg("max", MAX_SLUG_LEN),
            SlugError::Characters => Self::new("msg-edition-slug-chars"),
        }
    }
}

impl From<&StructureProblem> for Msg {
    fn from(problem: &StructureProblem) -> Self {
        match problem {
            StructureProblem::DuplicateKey(key) => {
                Self::new("msg-structure-duplicate-key").arg("key", key.as_str())
            }
            StructureProblem::RoleWithoutHeading(key) => {
                Self::new("msg-structure-role-heading").arg("key", key.as_str())
            }
            StructureProblem::RoleWithoutCommitment(key) => {
                Self::new("msg-structure-role-items").arg("key", key.as_str())
            }
            StructureProblem::FootnoteMissing { marker, .. } => {
                Self::new("msg-structure-footnote").arg("marker", marker.as_str())
            }
        }
    }
}
