//! The directory's query string, parsed into a typed query (and written back for links).

use serde::{Deserialize, Serialize};

use super::date::Day;
use super::text::{fold, is_slug};

/// The directory parameter that is not valid (the first one found).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParamError {
    /// `q` longer than 100 characters.
    #[error("q: at most 100 characters")]
    Query,
    #[error("country: a two-letter code")]
    Country,
    #[error("kind: not a kind of signatory")]
    Kind,
    #[error("status: not a status")]
    Status,
    #[error("year: 2000 to 2100")]
    Year,
    #[error("edition: not an edition")]
    Edition,
    #[error("sort: order, name or country")]
    Sort,
    #[error("page: 1 to 100000")]
    Page,
    /// `as_of` (the text as typed) is not a day.
    #[error("as_of: not a day: {0}")]
    AsOf(String),
    /// The named yes/no filter (`capital`, `eu`) is neither.
    #[error("{0}: yes or no")]
    YesNo(&'static str),
}

/// Rows per directory page.
pub const PAGE_SIZE: usize = 25;

/// The raw query string, as received (every field optional text).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryParams {
    pub q: Option<String>,
    pub country: Option<String>,
    pub kind: Option<String>,
    pub capital: Option<String>,
    pub eu: Option<String>,
    pub year: Option<String>,
    pub edition: Option<String>,
    pub status: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub as_of: Option<String>,
    /// The same day as the directory's form sends it: day, month and year apart (read when
    /// `as_of` is absent).
    #[serde(default)]
    pub as_of_day: Option<String>,
    #[serde(default)]
    pub as_of_month: Option<String>,
    #[serde(default)]
    pub as_of_year: Option<String>,
}

/// The sort orders offered (an allowlist).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sort {
    /// Signing order: first signatory first, unknown dates last.
    Order,
    Name,
    Country,
}

impl Sort {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Order => "order",
            Self::Name => "name",
            Self::Country => "country",
        }
    }
}

/// Kinds of signatory (each named by a `kind-…` key of the Fluent files).
pub const KINDS: [&str; 3] = ["city", "metropolitan_authority", "region"];

/// Statuses of a signatory (each named by a `status-…` key).
pub const STATUSES: [&str; 3] = ["signed", "committed", "withdrawn"];

/// A checked directory query.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryQuery {
    /// The search text as typed (trimmed), and folded for matching.
    pub q: Option<(String, String)>,
    pub country: Option<String>,
    pub kind: Option<String>,
    pub capital: Option<bool>,
    pub eu: Option<bool>,
    pub year: Option<i32>,
    pub edition: Option<String>,
    pub status: Option<String>,
    pub sort: Sort,
    pub page: usize,
    pub as_of: Option<Day>,
}

fn present(value: Option<&String>) -> Option<&str> {
    value.map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn yes_no(field: &'static str, value: Option<&String>) -> Result<Option<bool>, ParamError> {
    match present(value) {
        None => Ok(None),
        Some("yes") => Ok(Some(true)),
        Some("no") => Ok(Some(false)),
        Some(_) => Err(ParamError::YesNo(field)),
    }
}

impl DirectoryQuery {
    /// Checks every parameter.
    ///
    /// # Errors
    /// The first parameter that is not valid.
    pub fn parse(p: &DirectoryParams) -> Result<Self, ParamError> {
        let q = match present(p.q.as_ref()) {
            Some(q) if q.chars().count() > 100 => return Err(ParamError::Query),
            Some(q) => Some((q.to_owned(), fold(q))),
            None => None,
        };
        let country = match present(p.country.as_ref()) {
            Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Some(c.to_ascii_uppercase())
            }
            Some(_) => return Err(ParamError::Country),
            None => None,
        };
        let kind = match present(p.kind.as_ref()) {
            Some(k) if KINDS.contains(&k) => Some(k.to_owned()),
            Some(_) => return Err(ParamError::Kind),
            None => None,
        };
        let status = match present(p.status.as_ref()) {
            Some(s) if STATUSES.contains(&s) => Some(s.to_owned()),
            Some(_) => return Err(ParamError::Status),
            None => None,
        };
        let year = match present(p.year.as_ref()) {
            Some(y) => Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| (2000..=2100).contains(y))
                    .ok_or(ParamError::Year)?,
            ),
            None => None,
        };
        let edition = match present(p.edition.as_ref()) {
            Some(e) if is_slug(e) => Some(e.to_owned()),
            Some(_) => return Err(ParamError::Edition),
            None => None,
        };
        let sort = match present(p.sort.as_ref()) {
            None | Some("order") => Sort::Order,
            Some("name") => Sort::Name,
            Some("country") => Sort::Country,
            Some(_) => return Err(ParamError::Sort),
        };
        let page = match present(p.page.as_ref()) {
            None => 1,
            Some(raw) => raw
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .ok_or(ParamError::Page)?,
        };
        let parts = [&p.as_of_day, &p.as_of_month, &p.as_of_year].map(|v| present(v.as_ref()));
        let as_of = match (present(p.as_of.as_ref()), parts) {
            (Some(raw), _) => Some(Day::parse(raw).map_err(|_| ParamError::AsOf(raw.to_owned()))?),
            (None, [None, None, None]) => None,
            (None, [day, month, year]) => {
                let (day, month, year) = (
                    day.unwrap_or_default(),
                    month.unwrap_or_default(),
                    year.unwrap_or_default(),
                );
                let typed = format!("{day}/{month}/{year}");
                let digits = |v: &str, most: usize| {
                    !v.is_empty() && v.len() <= most && v.bytes().all(|b| b.is_ascii_digit())
                };
                if !(digits(day, 2) && digits(month, 2) && year.len() == 4 && digits(year, 4)) {
                    return Err(ParamError::AsOf(typed));
                }
                let iso = format!("{year}-{month:0>2}-{day:0>2}");
                Some(Day::parse(&iso).map_err(|_| ParamError::AsOf(typed))?)
            }
        };
        Ok(Self {
            q,
            country,
            kind,
            capital: yes_no("capital", p.capital.as_ref())?,
            eu: yes_no("eu", p.eu.as_ref())?,
            year,
            edition,
            status,
            sort,
            page,
            as_of,
        })
    }

    /// The query string of this view (without the page), for links to the same view elsewhere.
    #[must_use]
    pub fn query_string(&self) -> String {
        let yn = |b: bool| if b { "yes" } else { "no" };
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some((q, _)) = &self.q {
            pairs.push(("q", q.clone()));
        }
        let optional = [
            ("country", self.country.clone()),
            ("kind", self.kind.clone()),
            ("capital", self.capital.map(|b| yn(b).to_owned())),
            ("eu", self.eu.map(|b| yn(b).to_owned())),
            ("year", self.year.map(|y| y.to_string())),
            ("edition", self.edition.clone()),
            ("status", self.status.clone()),
            (
                "sort",
                (self.sort != Sort::Order).then(|| self.sort.as_str().to_owned()),
            ),
            ("as_of", self.as_of.map(Day::iso)),
        ];
        pairs.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Percent-encodes a query value.
#[must_use]
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> DirectoryParams {
        let mut p = DirectoryParams::default();
        for (k, v) in pairs {
            let v = Some((*v).to_owned());
            match *k {
                "q" => p.q = v,
                "country" => p.country = v,
                "kind" => p.kind = v,
                "capital" => p.capital = v,
                "eu" => p.eu = v,
                "year" => p.year = v,
                "edition" => p.edition = v,
                "status" => p.status = v,
                "sort" => p.sort = v,
                "page" => p.page = v,
                "as_of" => p.as_of = v,
                "as_of_day" => p.as_of_day = v,
                "as_of_month" => p.as_of_month = v,
                "as_of_year" => p.as_of_year = v,
                _ => unreachable!(),
            }
        }
        p
    }

    #[test]
    fn an_empty_query_is_the_whole_directory_in_signing_order() {
        let q = DirectoryQuery::parse(&DirectoryParams::default()).unwrap();
        assert_eq!(
            (q.sort, q.page, q.query_string()),
            (Sort::Order, 1, String::new())
        );
    }

    #[test]
    fn filters_are_checked_and_normalised() {
        let q = DirectoryQuery::parse(&params(&[
            ("q", " DÜSSELDORF "),
            ("country", "de"),
            ("capital", "no"),
            ("year", "2024"),
            ("sort", "name"),
            ("page", "2"),
            ("as_of", "2024-12-31"),
        ]))
        .unwrap();
        assert_eq!(q.q, Some(("DÜSSELDORF".into(), "dusseldorf".into())));
        assert_eq!(q.country.as_deref(), Some("DE"));
        assert_eq!(q.capital, Some(false));
        assert_eq!(q.page, 2);
        assert_eq!(
            q.query_string(),
            "q=D%C3%9CSSELDORF&country=DE&capital=no&year=2024&sort=name&as_of=2024-12-31"
        );
    }

    #[test]
    fn the_as_of_day_comes_as_one_date_or_as_day_month_and_year() {
        let q = DirectoryQuery::parse(&params(&[
            ("as_of_day", "3"),
            ("as_of_month", "9"),
            ("as_of_year", "2013"),
        ]))
        .unwrap();
        assert_eq!(q.as_of.map(Day::iso).as_deref(), Some("2013-09-03"));
        assert_eq!(
            q.query_string(),
            "as_of=2013-09-03",
            "links use the one date"
        );
        let q =
            DirectoryQuery::parse(&params(&[("as_of", "2014-01-01"), ("as_of_day", "x")])).unwrap();
        assert_eq!(q.as_of.map(Day::iso).as_deref(), Some("2014-01-01"));
        for parts in [
            [
                ("as_of_day", "31"),
                ("as_of_month", "2"),
                ("as_of_year", "2013"),
            ],
            [
                ("as_of_day", ""),
                ("as_of_month", "2"),
                ("as_of_year", "2013"),
            ],
            [
                ("as_of_day", "1"),
                ("as_of_month", "2"),
                ("as_of_year", "13"),
            ],
            [
                ("as_of_day", "1"),
                ("as_of_month", "13"),
                ("as_of_year", "2013"),
            ],
            [
                ("as_of_day", "-1"),
                ("as_of_month", "2"),
                ("as_of_year", "2013"),
            ],
            [
                ("as_of_day", "001"),
                ("as_of_month", "2"),
                ("as_of_year", "2013"),
            ],
        ] {
            assert!(
                matches!(
                    DirectoryQuery::parse(&params(&parts)),
                    Err(ParamError::AsOf(_))
                ),
                "{parts:?}"
            );
        }
    }

    #[test]
    fn hostile_or_malformed_values_are_refused_with_a_reason() {
        for (k, v) in [
            ("country", "' OR 1=1--"),
            ("sort", "name;DROP TABLE x"),
            ("sort", "x;drop"),
            ("page", "-1"),
            ("page", "0"),
            ("page", "99999999999999999999"),
            ("as_of", "2013-02-30"),
            ("year", "20x3"),
            ("capital", "maybe"),
            ("kind", "village"),
            ("edition", "2010'--"),
            ("status", "gone"),
        ] {
            let err = DirectoryQuery::parse(&params(&[(k, v)])).unwrap_err();
            assert!(err.to_string().contains(k), "{k}={v}: {err}");
        }
        assert!(DirectoryQuery::parse(&params(&[("q", &"x".repeat(101))])).is_err());
    }

    #[test]
    fn search_text_with_markup_is_kept_as_text() {
        let q = DirectoryQuery::parse(&params(&[("q", "<script>alert(1)</script>")])).unwrap();
        assert_eq!(
            q.q.as_ref().map(|(_, f)| f.as_str()),
            Some("script alert 1 script")
        );
        assert_eq!(
            q.query_string(),
            "q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E"
        );
    }
}
