//! The counting rule: exact ordinals and totals, computed from the signings the registry holds.
//!
//! - Order: signings by date, then by the position staff set among signings of the same date,
//!   then by name; a partial date sorts as its first possible day. A signing of unknown date
//!   counts in the totals of the full history but gets no ordinal.
//! - A signatory's first signing (of any edition) fixes its place; withdrawn signatories keep it.
//! - Each count (all signatories, European, non-European, EU capitals at the signing date,
//!   national capitals, per country, per edition) numbers its own subset 1..N.
//! - An ordinal is approximate ("≈") when it depends on a date known only to the month or year
//!   (its own, or another one in the same count whose possible days overlap its own), or on two
//!   signings of the same day that staff have not ordered.
//! - `as_of` computes the registry as it stood that day: only signings known to be on or before it.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::date::{Day, PartialDate, Precision};
use super::text::fold;

/// One signing, with what the rule needs to know about its signatory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningFact {
    pub signatory_id: i32,
    pub name: String,
    pub country_code: String,
    pub european: bool,
    pub national_capital: bool,
    pub edition: String,
    pub date: PartialDate,
    /// The order staff set among signings that share a date.
    pub position: Option<i32>,
}

/// A period of EU (or European Communities) membership; `left_on` is the last day of membership.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub country_code: String,
    pub joined_on: Day,
    pub left_on: Option<Day>,
}

/// Which countries were EU members on which days.
#[derive(Clone, Debug, Default)]
pub struct EuCalendar {
    periods: Vec<Membership>,
}

impl EuCalendar {
    #[must_use]
    pub fn new(periods: Vec<Membership>) -> Self {
        Self { periods }
    }

    /// True when `country_code` was a member on `day`.
    #[must_use]
    pub fn is_member(&self, country_code: &str, day: Day) -> bool {
        self.periods.iter().any(|p| {
            p.country_code == country_code
                && p.joined_on <= day
                && p.left_on.is_none_or(|left| day <= left)
        })
    }
}

/// A place in a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ordinal {
    pub n: u32,
    pub approximate: bool,
}

/// Every place one signatory holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatoryOrdinals {
    pub overall: Option<Ordinal>,
    pub european: Option<Ordinal>,
    pub non_european: Option<Ordinal>,
    pub eu_capital: Option<Ordinal>,
    pub national_capital: Option<Ordinal>,
    pub in_country: Option<Ordinal>,
    /// Place among the signatories of each edition it signed: `(edition, ordinal)`.
    pub editions: Vec<(String, Ordinal)>,
    /// True when its first signing's date is unknown, so it has no place.
    pub unknown_date: bool,
}

/// The totals of the registry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub signatories: u32,
    pub european: u32,
    pub non_european: u32,
    pub national_capitals: u32,
    pub eu_capitals: u32,
    pub countries: u32,
    pub unknown_dates: u32,
    /// `(edition, signatories of it)`.
    pub by_edition: Vec<(String, u32)>,
}

/// What staff should look at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Finding {
    /// Signings on the same day whose order staff have not set; broken by name meanwhile.
    UnorderedTie { day: Day, names: Vec<String> },
    /// A signing whose date is unknown: counted, but without a place.
    UnknownDate { name: String },
}

/// The result of the rule.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counted {
    pub ordinals: HashMap<i32, SignatoryOrdinals>,
    pub totals: Totals,
    pub findings: Vec<Finding>,
}

/// A signing with its sort key computed once.
#[derive(Clone)]
struct Keyed<'a> {
    fact: &'a SigningFact,
    first: Day,
    last: Day,
    folded: &'a str,
}

/// Each signatory's folded name (the tie-break of the rule), computed once per count: folding
/// is the costly part of sorting, and every signatory appears in several subsets.
struct Folds(HashMap<i32, String>);

impl Folds {
    fn new<'a>(facts: impl Iterator<Item = &'a SigningFact>) -> Self {
        let mut map = HashMap::new();
        for fact in facts {
            map.entry(fact.signatory_id)
                .or_insert_with(|| fold(&fact.name));
        }
        Self(map)
    }

    fn keyed<'a>(&'a self, fact: &'a SigningFact) -> Option<Keyed<'a>> {
        Some(Keyed {
            fact,
            first: fact.date.first_day()?,
            last: fact.date.last_day()?,
            folded: self.0.get(&fact.signatory_id).map_or("", String::as_str),
        })
    }
}

fn sort(list: &mut [Keyed<'_>]) {
    list.sort_by(|a, b| {
        (
            a.first,
            a.fact.position.unwrap_or(i32::MAX),
            a.folded,
            a.fact.signatory_id,
        )
            .cmp(&(
                b.first,
                b.fact.position.unwrap_or(i32::MAX),
                b.folded,
                b.fact.signatory_id,
            ))
    });
}

/// True when the order of two signings that share a first day is not certain.
fn unordered(a: &SigningFact, b: &SigningFact) -> bool {
    a.date.precision() != Precision::Day
        || b.date.precision() != Precision::Day
        || a.position.is_none()
        || b.position.is_none()
        || a.position == b.position
}

/// Numbers a subset 1..N in the rule's order, marking uncertain places. Input need not be sorted.
fn number<'a>(mut list: Vec<Keyed<'a>>) -> Vec<(&'a SigningFact, Ordinal)> {
    sort(&mut list);
    let mut out = Vec::with_capacity(list.len());
    // The latest last-possible-day among earlier signings, all and imprecise only.
    let mut max_last_any: Option<Day> = None;
    let mut max_last_imprecise: Option<Day> = None;
    let mut start = 0;
    while start < list.len() {
        let first = list[start].first;
        let end = start
            + list[start..]
                .iter()
                .take_while(|k| k.first == first)
                .count();
        let group = &list[start..end];
        let next_first = list.get(end).map(|k| k.first);
        for (i, a) in group.iter().enumerate() {
            let precise = a.fact.date.precision() == Precision::Day;
            let same_day = group
                .iter()
                .enumerate()
                .any(|(j, b)| j != i && unordered(a.fact, b.fact));
            let earlier = if precise {
                max_last_imprecise
            } else {
                max_last_any
            }
            .is_some_and(|d| d >= a.first);
            let later = !precise && next_first.is_some_and(|d| d <= a.last);
            let n = u32::try_from(start + i + 1).unwrap_or(u32::MAX);
            out.push((
                a.fact,
                Ordinal {
                    n,
                    approximate: !precise || same_day || earlier || later,
                },
            ));
        }
        for k in group {
            max_last_any = max_last_any.max(Some(k.last));
            if k.fact.date.precision() != Precision::Day {
                max_last_imprecise = max_last_imprecise.max(Some(k.last));
            }
        }
        start = end;
    }
    out
}

/// Applies the counting rule to `signings` as the registry stood on `as_of` (or with the full history).
#[must_use]
pub fn count(signings: &[SigningFact], calendar: &EuCalendar, as_of: Option<Day>) -> Counted {
    count_of(signings.iter(), calendar, as_of)
}

/// [`count`] over any sequence of signings (e.g. the registry's plus one being previewed,
/// without copying the registry's).
#[must_use]
pub fn count_of<'a>(
    signings: impl Iterator<Item = &'a SigningFact>,
    calendar: &EuCalendar,
    as_of: Option<Day>,
) -> Counted {
    let visible: Vec<&SigningFact> = signings
        .filter(|s| as_of.is_none_or(|day| s.date.first_day().is_some_and(|first| first <= day)))
        .collect();

    // Each signatory's first signing overall and of each edition: known dates first, then by key.
    let key = |s: &SigningFact| {
        (
            s.date.first_day().is_none(),
            s.date.first_day(),
            s.position.unwrap_or(i32::MAX),
        )
    };
    let mut first: HashMap<i32, &SigningFact> = HashMap::new();
    let mut first_of_edition: HashMap<(i32, &str), &SigningFact> = HashMap::new();
    for s in &visible {
        first
            .entry(s.signatory_id)
            .and_modify(|cur| {
                if key(s) < key(cur) {
                    *cur = s
                }
            })
            .or_insert(s);
        first_of_edition
            .entry((s.signatory_id, s.edition.as_str()))
            .and_modify(|cur| {
                if key(s) < key(cur) {
                    *cur = s
                }
            })
            .or_insert(s);
    }

    let mut counted = Counted::default();
    counted.ordinals.reserve(first.len());
    let firsts: Vec<&SigningFact> = {
        let mut v: Vec<&SigningFact> = first.values().copied().collect();
        v.sort_by_key(|s| s.signatory_id);
        v
    };
    let eu_capital = |s: &SigningFact| {
        s.national_capital
            && s.date
                .first_day()
                .is_some_and(|d| calendar.is_member(&s.country_code, d))
    };

    let folds = Folds::new(firsts.iter().copied());
    // Sorted once: every subset keeps this order, so numbering it sorts nothing again.
    let mut ordered: Vec<Keyed<'_>> = firsts.iter().filter_map(|s| folds.keyed(s)).collect();
    sort(&mut ordered);
    let subset = |pred: &dyn Fn(&SigningFact) -> bool| -> Vec<Keyed<'_>> {
        ordered.iter().filter(|k| pred(k.fact)).cloned().collect()
    };
    let mut assign = |list: Vec<(&SigningFact, Ordinal)>,
                      set: fn(&mut SignatoryOrdinals, Ordinal)| {
        for (fact, ordinal) in list {
            set(
                counted.ordinals.entry(fact.signatory_id).or_default(),
                ordinal,
            );
        }
    };
    assign(number(subset(&|_| true)), |o, n| o.overall = Some(n));
    assign(number(subset(&|s| s.european)), |o, n| o.european = Some(n));
    assign(number(subset(&|s| !s.european)), |o, n| {
        o.non_european = Some(n)
    });
    assign(number(subset(&eu_capital)), |o, n| o.eu_capital = Some(n));
    assign(number(subset(&|s| s.national_capital)), |o, n| {
        o.national_capital = Some(n)
    });
    let mut countries: Vec<&str> = firsts.iter().map(|s| s.country_code.as_str()).collect();
    countries.sort_unstable();
    countries.dedup();
    // One pass groups the ordered signings by country (each keeps the global order).
    let mut by_country: HashMap<&str, Vec<Keyed<'_>>> = HashMap::new();
    for k in &ordered {
        by_country
            .entry(k.fact.country_code.as_str())
            .or_default()
            .push(k.clone());
    }
    for country in &countries {
        if let Some(list) = by_country.remove(country) {
            assign(number(list), |o, n| o.in_country = Some(n));
        }
    }
    let mut editions: Vec<&str> = first_of_edition.keys().map(|(_, e)| *e).collect();
    editions.sort_unstable();
    editions.dedup();
    let mut by_edition: HashMap<&str, Vec<Keyed<'_>>> = HashMap::new();
    for ((_, e), s) in &first_of_edition {
        if let Some(k) = folds.keyed(s) {
            by_edition.entry(*e).or_default().push(k);
        }
    }
    for edition in &editions {
        let list = by_edition.remove(edition).unwrap_or_default();
        for (fact, ordinal) in number(list) {
            let entry = counted.ordinals.entry(fact.signatory_id).or_default();
            entry.editions.push(((*edition).to_owned(), ordinal));
        }
        let signed = u32::try_from(
            first_of_edition
                .keys()
                .filter(|(_, e)| e == edition)
                .count(),
        )
        .unwrap_or(u32::MAX);
        counted
            .totals
            .by_edition
            .push(((*edition).to_owned(), signed));
    }

    // Totals count every signatory, places or not; findings tell staff what to fix.
    let n = |pred: &dyn Fn(&SigningFact) -> bool| {
        u32::try_from(firsts.iter().filter(|s| pred(s)).count()).unwrap_or(u32::MAX)
    };
    counted.totals.signatories = n(&|_| true);
    counted.totals.european = n(&|s| s.european);
    counted.totals.non_european = n(&|s| !s.european);
    counted.totals.national_capitals = n(&|s| s.national_capital);
    counted.totals.eu_capitals = n(&eu_capital);
    counted.totals.unknown_dates = n(&|s| s.date == PartialDate::Unknown);
    counted.totals.countries = u32::try_from(countries.len()).unwrap_or(u32::MAX);
    for s in &firsts {
        if s.date == PartialDate::Unknown {
            counted
                .ordinals
                .entry(s.signatory_id)
                .or_default()
                .unknown_date = true;
            counted.findings.push(Finding::UnknownDate {
                name: s.name.clone(),
            });
        }
    }
    let mut by_day: BTreeMap<Day, Vec<&SigningFact>> = BTreeMap::new();
    for s in &firsts {
        if let PartialDate::Day(day) = s.date {
            by_day.entry(day).or_default().push(s);
        }
    }
    for (day, group) in by_day {
        if group.len() > 1
            && group
                .iter()
                .enumerate()
                .any(|(i, a)| group.iter().skip(i + 1).any(|b| unordered(a, b)))
        {
            let mut names: Vec<String> = group.iter().map(|s| s.name.clone()).collect();
            names.sort_by_key(|n| fold(n));
            counted.findings.push(Finding::UnorderedTie { day, names });
        }
    }
    counted
}

#[cfg(test)]
mod tests;
