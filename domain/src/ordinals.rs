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
mod tests {
    use super::*;

    fn day(raw: &str) -> Day {
        Day::parse(raw).unwrap()
    }

    struct Fixture {
        next_id: i32,
        signings: Vec<SigningFact>,
    }

    impl Fixture {
        fn new() -> Self {
            Self {
                next_id: 1,
                signings: vec![],
            }
        }

        fn sign(&mut self, name: &str, country: &str, capital: bool, date: &str) -> i32 {
            let id = self.next_id;
            self.next_id += 1;
            self.signings.push(SigningFact {
                signatory_id: id,
                name: name.into(),
                country_code: country.into(),
                european: !matches!(country, "CA" | "US"),
                national_capital: capital,
                edition: if date < "2024-10" && !date.is_empty() {
                    "2010".into()
                } else {
                    "2024".into()
                },
                date: PartialDate::parse(date).unwrap(),
                position: None,
            });
            id
        }
    }

    fn calendar() -> EuCalendar {
        EuCalendar::new(vec![
            Membership {
                country_code: "GB".into(),
                joined_on: day("1973-01-01"),
                left_on: Some(day("2020-01-31")),
            },
            Membership {
                country_code: "FR".into(),
                joined_on: day("1958-01-01"),
                left_on: None,
            },
            Membership {
                country_code: "HR".into(),
                joined_on: day("2013-07-01"),
                left_on: None,
            },
            Membership {
                country_code: "DE".into(),
                joined_on: day("1958-01-01"),
                left_on: None,
            },
        ])
    }

    #[test]
    fn signings_are_ordered_by_date_and_numbered_one_to_n() {
        let mut f = Fixture::new();
        let paris = f.sign("Paris", "FR", true, "2013-12-18");
        let london = f.sign("London", "GB", true, "2010-02-22");
        let toronto = f.sign("Toronto", "CA", false, "2014-12-10");
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(
            c.ordinals[&london].overall,
            Some(Ordinal {
                n: 1,
                approximate: false
            })
        );
        assert_eq!(
            c.ordinals[&paris].overall,
            Some(Ordinal {
                n: 2,
                approximate: false
            })
        );
        assert_eq!(c.ordinals[&toronto].overall.map(|o| o.n), Some(3));
        assert_eq!(
            c.ordinals[&toronto].non_european.map(|o| o.n),
            Some(1),
            "first non-European"
        );
        assert_eq!(c.ordinals[&toronto].european, None);
        assert_eq!(c.ordinals[&paris].european.map(|o| o.n), Some(2));
        assert_eq!(c.totals.signatories, 3);
        assert_eq!(c.totals.countries, 3);
    }

    #[test]
    fn eu_capitals_count_membership_on_the_signing_date() {
        let mut f = Fixture::new();
        let london = f.sign("London", "GB", true, "2010-02-22");
        let zagreb_early = f.sign("Zagreb", "HR", true, "2013-06-30");
        let london_2021 = f.sign("London again", "GB", true, "2021-03-01");
        let paris = f.sign("Paris", "FR", true, "2013-12-18");
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(
            c.ordinals[&london].eu_capital.map(|o| o.n),
            Some(1),
            "London in 2010 counts"
        );
        assert_eq!(
            c.ordinals[&zagreb_early].eu_capital, None,
            "Croatia joined on 1 July 2013"
        );
        assert_eq!(
            c.ordinals[&london_2021].eu_capital, None,
            "not after Brexit"
        );
        assert_eq!(c.ordinals[&paris].eu_capital.map(|o| o.n), Some(2));
        assert_eq!(
            c.ordinals[&zagreb_early].national_capital.map(|o| o.n),
            Some(2)
        );
        assert_eq!(c.totals.eu_capitals, 2);
        assert_eq!(c.totals.national_capitals, 4);
    }

    #[test]
    fn zagreb_from_july_2013_is_an_eu_capital() {
        let mut f = Fixture::new();
        let zagreb = f.sign("Zagreb", "HR", true, "2013-07-01");
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(c.ordinals[&zagreb].eu_capital.map(|o| o.n), Some(1));
    }

    #[test]
    fn a_partial_date_sorts_as_its_first_day_and_makes_overlapping_places_approximate() {
        let mut f = Fixture::new();
        let early = f.sign("Early", "DE", false, "2013-08-31");
        let brussels = f.sign("Brussels", "BE", true, "2013-09");
        let tampere_day = f.sign("Mid", "FR", false, "2013-09-10");
        let leipzig = f.sign("Leipzig", "DE", false, "2013-11");
        let paris = f.sign("Paris", "FR", true, "2013-12-18");
        let c = count(&f.signings, &calendar(), None);
        let overall = |id: i32| c.ordinals[&id].overall.unwrap();
        assert_eq!(
            overall(early),
            Ordinal {
                n: 1,
                approximate: false
            }
        );
        assert_eq!(
            overall(brussels),
            Ordinal {
                n: 2,
                approximate: true
            },
            "sorts as 1 September"
        );
        assert_eq!(
            overall(tampere_day),
            Ordinal {
                n: 3,
                approximate: true
            },
            "may precede Brussels"
        );
        assert_eq!(
            overall(leipzig),
            Ordinal {
                n: 4,
                approximate: true
            },
            "known only to the month"
        );
        assert_eq!(
            overall(paris),
            Ordinal {
                n: 5,
                approximate: false
            },
            "nothing uncertain overlaps 18 December"
        );
        assert_eq!(
            c.ordinals[&leipzig].in_country,
            Some(Ordinal {
                n: 2,
                approximate: true
            })
        );
        assert_eq!(
            c.ordinals[&early].in_country,
            Some(Ordinal {
                n: 1,
                approximate: false
            })
        );
    }

    #[test]
    fn an_unordered_tie_is_broken_by_name_marked_and_reported() {
        let mut f = Fixture::new();
        let oslo = f.sign("Oslo", "NO", true, "2010-02-22");
        let athens = f.sign("Athens", "GR", true, "2010-02-22");
        let later = f.sign("Later", "FR", false, "2011-01-01");
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(
            c.ordinals[&athens].overall,
            Some(Ordinal {
                n: 1,
                approximate: true
            })
        );
        assert_eq!(
            c.ordinals[&oslo].overall,
            Some(Ordinal {
                n: 2,
                approximate: true
            })
        );
        assert_eq!(
            c.ordinals[&later].overall,
            Some(Ordinal {
                n: 3,
                approximate: false
            })
        );
        assert!(c.findings.contains(&Finding::UnorderedTie {
            day: day("2010-02-22"),
            names: vec!["Athens".into(), "Oslo".into()]
        }));
    }

    #[test]
    fn a_tie_ordered_by_staff_is_exact_and_not_reported() {
        let mut f = Fixture::new();
        let oslo = f.sign("Oslo", "NO", true, "2010-02-22");
        let athens = f.sign("Athens", "GR", true, "2010-02-22");
        f.signings[0].position = Some(1);
        f.signings[1].position = Some(2);
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(
            c.ordinals[&oslo].overall,
            Some(Ordinal {
                n: 1,
                approximate: false
            })
        );
        assert_eq!(
            c.ordinals[&athens].overall,
            Some(Ordinal {
                n: 2,
                approximate: false
            })
        );
        assert!(c.findings.is_empty());
    }

    #[test]
    fn an_unknown_date_counts_in_totals_but_has_no_place() {
        let mut f = Fixture::new();
        let lisbon = f.sign("Lisbon", "PT", true, "");
        let paris = f.sign("Paris", "FR", true, "2013-12-18");
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(c.totals.signatories, 2);
        assert_eq!(c.totals.unknown_dates, 1);
        assert_eq!(c.ordinals[&lisbon].overall, None);
        assert!(c.ordinals[&lisbon].unknown_date);
        assert_eq!(c.ordinals[&paris].overall.map(|o| o.n), Some(1));
        assert!(c.findings.contains(&Finding::UnknownDate {
            name: "Lisbon".into()
        }));
    }

    #[test]
    fn the_first_signing_fixes_the_place_and_each_edition_has_its_own_count() {
        let mut f = Fixture::new();
        let a = f.sign("Amsterdam", "NL", true, "2010-02-22");
        let b = f.sign("Bologna", "IT", false, "2024-11-20");
        // Amsterdam re-signs the 2024 text after Bologna.
        f.signings.push(SigningFact {
            date: PartialDate::parse("2025-03-01").unwrap(),
            edition: "2024".into(),
            ..f.signings[0].clone()
        });
        let c = count(&f.signings, &calendar(), None);
        assert_eq!(c.ordinals[&a].overall.map(|o| o.n), Some(1));
        assert_eq!(c.ordinals[&b].overall.map(|o| o.n), Some(2));
        assert_eq!(
            c.ordinals[&a].editions,
            vec![
                (
                    "2010".into(),
                    Ordinal {
                        n: 1,
                        approximate: false
                    }
                ),
                (
                    "2024".into(),
                    Ordinal {
                        n: 2,
                        approximate: false
                    }
                )
            ]
        );
        assert_eq!(
            c.ordinals[&b].editions,
            vec![(
                "2024".into(),
                Ordinal {
                    n: 1,
                    approximate: false
                }
            )]
        );
        assert_eq!(c.totals.signatories, 2);
        assert_eq!(
            c.totals.by_edition,
            vec![("2010".into(), 1), ("2024".into(), 2)]
        );
    }

    #[test]
    fn as_of_shows_the_registry_as_it_stood() {
        let mut f = Fixture::new();
        f.sign("London", "GB", true, "2010-02-22");
        f.sign("Brussels", "BE", true, "2013-09");
        f.sign("Paris", "FR", true, "2013-12-18");
        f.sign("Lisbon", "PT", true, "");
        let c = count(&f.signings, &calendar(), Some(day("2013-09-30")));
        assert_eq!(c.totals.signatories, 2, "Paris later, Lisbon unknown");
        let c = count(&f.signings, &calendar(), Some(day("2013-08-31")));
        assert_eq!(c.totals.signatories, 1);
    }

    /// A small deterministic generator, so the properties run over many registries without a dependency.
    fn registries() -> impl Iterator<Item = Vec<SigningFact>> {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        (0..200).map(move |_| {
            let len = 1 + next(25);
            (0..len)
                .map(|i| {
                    let year = 2010 + i32::try_from(next(4)).unwrap();
                    let month = 1 + u8::try_from(next(12)).unwrap();
                    let d = 1 + u8::try_from(next(28)).unwrap();
                    let date = match next(6) {
                        0 => PartialDate::Month { year, month },
                        1 => PartialDate::Year(year),
                        2 => PartialDate::Unknown,
                        _ => PartialDate::Day(Day::new(year, month, d).unwrap()),
                    };
                    SigningFact {
                        signatory_id: i32::try_from(i).unwrap() + 1,
                        name: format!("City {}", next(1000)),
                        country_code: ["FR", "DE", "GB", "HR", "CA"]
                            [usize::try_from(next(5)).unwrap()]
                        .into(),
                        european: true,
                        national_capital: next(3) == 0,
                        edition: "2010".into(),
                        date,
                        position: (next(3) == 0).then(|| i32::try_from(next(5)).unwrap()),
                    }
                })
                .map(|mut s| {
                    s.european = s.country_code != "CA";
                    s
                })
                .collect()
        })
    }

    fn sequences(c: &Counted) -> Vec<Vec<u32>> {
        let pick: [fn(&SignatoryOrdinals) -> Option<Ordinal>; 5] = [
            |o| o.overall,
            |o| o.european,
            |o| o.non_european,
            |o| o.eu_capital,
            |o| o.national_capital,
        ];
        pick.iter()
            .map(|f| {
                let mut ns: Vec<u32> = c.ordinals.values().filter_map(f).map(|o| o.n).collect();
                ns.sort_unstable();
                ns
            })
            .collect()
    }

    #[test]
    fn property_each_ordinal_sequence_is_exactly_one_to_n() {
        for signings in registries() {
            let c = count(&signings, &calendar(), None);
            for seq in sequences(&c) {
                assert_eq!(
                    seq,
                    (1..=u32::try_from(seq.len()).unwrap()).collect::<Vec<_>>()
                );
            }
            let mut per_country: HashMap<&str, Vec<u32>> = HashMap::new();
            for s in &signings {
                if let Some(o) = c.ordinals[&s.signatory_id].in_country {
                    per_country.entry(&s.country_code).or_default().push(o.n);
                }
            }
            for (_, mut seq) in per_country {
                seq.sort_unstable();
                assert_eq!(
                    seq,
                    (1..=u32::try_from(seq.len()).unwrap()).collect::<Vec<_>>()
                );
            }
        }
    }

    #[test]
    fn property_the_result_does_not_depend_on_insertion_order() {
        for signings in registries() {
            let forward = count(&signings, &calendar(), None);
            let mut reversed = signings.clone();
            reversed.reverse();
            let backward = count(&reversed, &calendar(), None);
            assert_eq!(forward.ordinals, backward.ordinals);
            assert_eq!(forward.totals, backward.totals);
        }
    }

    #[test]
    fn property_adding_a_later_signing_never_changes_an_earlier_ordinal() {
        for mut signings in registries() {
            let before = count(&signings, &calendar(), None);
            let latest = signings
                .iter()
                .filter_map(|s| s.date.last_day())
                .max()
                .unwrap_or(day("2010-01-01"));
            let later = Day::new(latest.year + 1, 6, 15).unwrap();
            signings.push(SigningFact {
                signatory_id: 10_000,
                name: "Newcomer".into(),
                country_code: "FR".into(),
                european: true,
                national_capital: true,
                edition: "2010".into(),
                date: PartialDate::Day(later),
                position: None,
            });
            let after = count(&signings, &calendar(), None);
            for (id, ordinals) in &before.ordinals {
                assert_eq!(&after.ordinals[id], ordinals, "signatory {id}");
            }
        }
    }
}
