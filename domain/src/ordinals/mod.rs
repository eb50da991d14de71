//! The counting rule: places and totals computed from what is known of each signing.
//!
//! - A signing's date is known as a range: the days its recorded date allows (a day, a month, a
//!   year) within its bounds ("not before", "not after"), never before the charter's launch. A
//!   signing with no date and no bound has no place (it still counts in the totals).
//! - A signatory's first signing (of any edition) fixes its place; withdrawn signatories keep it.
//! - Each count (all signatories, European, non-European, EU capitals at the signing date,
//!   national capitals, per country, per edition) numbers its own subset.
//! - A place is the range of places the signing can hold given every other signing's range:
//!   one signing is certainly before another when its last possible day is before the other's
//!   first, or when both are the same day and staff set their order. The place runs from 1 +
//!   the signings certainly before it to the signings not certainly after it. It is exact
//!   exactly when no other signing of the count could come on either side.
//! - An unidentified signatory (known to exist, not yet named) counts like any other; where a
//!   flag (European, national capital, EU capital) is unknown, it may or may not belong to a
//!   count: it widens the others' places but holds no place of its own there.
//! - Announced statements ([`statements`]) are checked against the result, and a consistent
//!   statement that leaves only one side possible for a signing pins that signing's range.
//! - `as_of` computes the registry as it stood that day: signings that can be on or before it.

pub mod preview;
pub mod statements;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::date::{Day, PartialDate};
use super::text::fold;

/// The day the charter was launched and first signed (London, 22 February 2010): no signing
/// can be earlier.
pub const LAUNCH: Day = Day {
    year: 2010,
    month: 2,
    day: 22,
};

/// Yes, no, or not known (a flag of an unidentified signatory).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Flag {
    Yes,
    No,
    Unknown,
}

impl Flag {
    /// The stored name: `yes`, `no`, `unknown`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown => "unknown",
        }
    }

    /// Parses the stored name (or an empty text: unknown).
    #[must_use]
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "yes" => Some(Self::Yes),
            "no" => Some(Self::No),
            "unknown" | "" => Some(Self::Unknown),
            _ => None,
        }
    }
}

impl From<bool> for Flag {
    fn from(value: bool) -> Self {
        if value {
            Self::Yes
        } else {
            Self::No
        }
    }
}

/// Known bounds on a date beyond its recorded precision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bounds {
    pub not_before: Option<Day>,
    pub not_after: Option<Day>,
}

/// Why a date range is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    /// "Not after" is before "not before" (or the date itself lies outside its bounds).
    #[error("the range ends before it starts")]
    EndsBeforeStart,
    /// The range ends before the charter's launch (22 February 2010).
    #[error("before the charter's launch")]
    BeforeLaunch,
}

/// The days a signing can have: from `first` to `last` (open when no end is known).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub first: Day,
    pub last: Option<Day>,
}

impl Span {
    /// The days `date` allows within `bounds`, never before the launch; `None` when nothing is
    /// known (no date, no bound).
    ///
    /// # Errors
    /// A range that ends before it starts or before the launch.
    pub fn of(date: PartialDate, bounds: Bounds) -> Result<Option<Self>, RangeError> {
        if date == PartialDate::Unknown && bounds == Bounds::default() {
            return Ok(None);
        }
        let first = [date.first_day(), bounds.not_before, Some(LAUNCH)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(LAUNCH);
        let last = match (date.last_day(), bounds.not_after) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(last) = last {
            if last < LAUNCH {
                return Err(RangeError::BeforeLaunch);
            }
            if last < first {
                return Err(RangeError::EndsBeforeStart);
            }
        }
        Ok(Some(Self { first, last }))
    }

    /// A single day.
    #[must_use]
    pub fn day(&self) -> Option<Day> {
        (self.last == Some(self.first)).then_some(self.first)
    }

    /// True when the whole span is before `day`.
    fn before(&self, day: Day) -> bool {
        self.last.is_some_and(|last| last < day)
    }
}

/// One signing, with what the rule needs to know about its signatory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningFact {
    /// The signatory; unidentified signatories carry negative ids (`-id` of their record).
    pub signatory_id: i32,
    pub name: String,
    /// Empty for an unidentified signatory.
    pub country_code: String,
    pub european: Flag,
    pub national_capital: Flag,
    /// Whether it counts as an EU capital; `None`: a national capital of a country that was an
    /// EU member on the signing date (by the calendar). Unidentified signatories carry it.
    pub eu_capital: Option<Flag>,
    pub edition: String,
    pub date: PartialDate,
    pub bounds: Bounds,
    /// The order staff set among signings that share a day.
    pub position: Option<i32>,
}

impl SigningFact {
    /// The days this signing can have (a contradictory range counts as its first day).
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        match Span::of(self.date, self.bounds) {
            Ok(span) => span,
            Err(_) => self
                .date
                .first_day()
                .or(self.bounds.not_before)
                .map(|d| Span {
                    first: d.max(LAUNCH),
                    last: Some(d.max(LAUNCH)),
                }),
        }
    }
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

    /// Whether `country_code` was a member throughout `span` (yes), at no time in it (no), or
    /// only part of it (unknown).
    #[must_use]
    pub fn member_during(&self, country_code: &str, span: Option<Span>) -> Flag {
        let Some(span) = span else {
            return Flag::Unknown;
        };
        let at_first = self.is_member(country_code, span.first);
        let at_last = span.last.map(|d| self.is_member(country_code, d));
        match at_last {
            Some(last) if last == at_first => Flag::from(at_first),
            Some(_) => Flag::Unknown,
            None => Flag::from(at_first),
        }
    }
}

/// A place in a count: exactly `min` when `min == max`, otherwise a range of places.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ordinal {
    pub min: u32,
    pub max: u32,
    /// Set when the only uncertainty is the order among signatories who signed together on
    /// that day (staff have not ordered them): "one of the 17 who signed together on …".
    pub together: Option<Day>,
}

impl Ordinal {
    /// An exact place.
    #[must_use]
    pub const fn exact(n: u32) -> Self {
        Self {
            min: n,
            max: n,
            together: None,
        }
    }

    /// True when the place is certain.
    #[must_use]
    pub const fn is_exact(self) -> bool {
        self.min == self.max
    }
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
    /// True when nothing is known of its first signing's date, so it has no place.
    pub unknown_date: bool,
}

/// How many signatories may belong to a count beyond those certain to (unidentified
/// signatories whose flag is unknown).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Possibly {
    pub european: u32,
    pub non_european: u32,
    pub national_capitals: u32,
    pub eu_capitals: u32,
}

/// The totals of the registry (certain members of each count; `possibly` says how many more
/// may belong).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub signatories: u32,
    /// Of `signatories`, those not yet identified.
    pub unidentified: u32,
    pub european: u32,
    pub non_european: u32,
    pub national_capitals: u32,
    pub eu_capitals: u32,
    pub countries: u32,
    pub unknown_dates: u32,
    /// `(edition, signatories of it)`.
    pub by_edition: Vec<(String, u32)>,
    pub possibly: Possibly,
}

/// What staff should look at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Finding {
    /// Signings on the same day whose order staff have not set.
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
    /// Each counted signatory's date range as used (after the statements' pins).
    pub spans: HashMap<i32, Span>,
    /// The statements checked against the registry, and what each pinned.
    pub checks: Vec<statements::Check>,
}

/// One member of a count.
#[derive(Clone, Copy)]
struct Member {
    id: i32,
    span: Span,
    position: Option<i32>,
    /// True when certainly in the count (else possibly: an unknown flag).
    certain: bool,
}

/// True when `a` is certainly before `b`.
fn certainly_before(a: &Member, b: &Member) -> bool {
    a.span.before(b.span.first) || ordered_same_day(a, b)
}

/// Both on the same single day, in the order staff set.
fn ordered_same_day(a: &Member, b: &Member) -> bool {
    match (a.span.day(), b.span.day(), a.position, b.position) {
        (Some(x), Some(y), Some(p), Some(q)) => x == y && p < q,
        _ => false,
    }
}

/// The places of each certain member of a count, from every member's range. Sorted days and
/// binary searches: no member is compared with every other.
fn number(members: &[Member]) -> Vec<(i32, Ordinal)> {
    // Last days of the certain members (an open end is never certainly before anything), first
    // days of all members, and the single-day members by day (for staff's same-day order).
    let mut lasts: Vec<Day> = members
        .iter()
        .filter(|m| m.certain)
        .filter_map(|m| m.span.last)
        .collect();
    lasts.sort_unstable();
    let mut firsts: Vec<Day> = members.iter().map(|m| m.span.first).collect();
    firsts.sort_unstable();
    let mut singles: Vec<(Day, Option<i32>, bool)> = members
        .iter()
        .filter_map(|m| Some((m.span.day()?, m.position, m.certain)))
        .collect();
    singles.sort_unstable();
    let total = members.len();
    members
        .iter()
        .filter(|m| m.certain)
        .map(|m| {
            let ended_before = lasts.partition_point(|l| *l < m.span.first);
            let started_after = m
                .span
                .last
                .map_or(0, |last| total - firsts.partition_point(|f| *f <= last));
            // Peers of the same single day: ordered by staff, or not.
            let (mut ordered_before, mut ordered_after, mut unordered) = (0, 0, 0);
            if let Some(day) = m.span.day() {
                let from = singles.partition_point(|s| s.0 < day);
                let to = singles.partition_point(|s| s.0 <= day);
                for &(_, position, certain) in &singles[from..to] {
                    match (m.position, position) {
                        (Some(mine), Some(theirs)) if theirs < mine => {
                            ordered_before += usize::from(certain);
                        }
                        (Some(mine), Some(theirs)) if theirs > mine => ordered_after += 1,
                        _ => unordered += usize::from(certain),
                    }
                }
                // The scan met this member itself among the unordered.
                unordered -= 1;
            }
            let before = ended_before + ordered_before;
            let after = started_after + ordered_after;
            let min = u32::try_from(before + 1).unwrap_or(u32::MAX);
            let max = u32::try_from(total - after).unwrap_or(u32::MAX).max(min);
            // The only ones that could be on either side signed the same day, unordered.
            let together = (max > min && usize::try_from(max - min).ok() == Some(unordered))
                .then(|| m.span.day())
                .flatten();
            (m.id, Ordinal { min, max, together })
        })
        .collect()
}

/// Which counts a signing belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Overall,
    European,
    NonEuropean,
    EuCapital,
    NationalCapital,
}

impl Scope {
    pub const ALL: [Self; 5] = [
        Self::Overall,
        Self::European,
        Self::NonEuropean,
        Self::EuCapital,
        Self::NationalCapital,
    ];

    /// The stored name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Overall => "overall",
            Self::European => "european",
            Self::NonEuropean => "non_european",
            Self::EuCapital => "eu_capital",
            Self::NationalCapital => "national_capital",
        }
    }

    /// Parses the stored name.
    #[must_use]
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }

    /// Whether `fact` (whose first signing spans `span`) belongs to this count.
    #[must_use]
    pub fn membership(self, fact: &SigningFact, span: Option<Span>, calendar: &EuCalendar) -> Flag {
        match self {
            Self::Overall => Flag::Yes,
            Self::European => fact.european,
            Self::NonEuropean => match fact.european {
                Flag::Yes => Flag::No,
                Flag::No => Flag::Yes,
                Flag::Unknown => Flag::Unknown,
            },
            Self::NationalCapital => fact.national_capital,
            Self::EuCapital => fact
                .eu_capital
                .unwrap_or_else(|| match fact.national_capital {
                    Flag::No => Flag::No,
                    capital => match (capital, calendar.member_during(&fact.country_code, span)) {
                        (_, Flag::No) => Flag::No,
                        (Flag::Yes, Flag::Yes) => Flag::Yes,
                        _ => Flag::Unknown,
                    },
                }),
        }
    }

    fn set(self, o: &mut SignatoryOrdinals, n: Ordinal) {
        let slot = match self {
            Self::Overall => &mut o.overall,
            Self::European => &mut o.european,
            Self::NonEuropean => &mut o.non_european,
            Self::EuCapital => &mut o.eu_capital,
            Self::NationalCapital => &mut o.national_capital,
        };
        *slot = Some(n);
    }

    /// This count's place in `o`.
    #[must_use]
    pub fn get(self, o: &SignatoryOrdinals) -> Option<Ordinal> {
        match self {
            Self::Overall => o.overall,
            Self::European => o.european,
            Self::NonEuropean => o.non_european,
            Self::EuCapital => o.eu_capital,
            Self::NationalCapital => o.national_capital,
        }
    }
}

/// Applies the counting rule to `signings` as the registry stood on `as_of` (or with the full history).
#[must_use]
pub fn count(signings: &[SigningFact], calendar: &EuCalendar, as_of: Option<Day>) -> Counted {
    count_of(signings.iter(), &[], calendar, as_of)
}

/// Each signatory's first signing overall (known ranges first, then by first day and
/// position; of equals, the one met first), with its range.
fn first_map<'a>(
    signings: impl Iterator<Item = &'a SigningFact>,
) -> HashMap<i32, (&'a SigningFact, Option<Span>)> {
    let signings = signings.into_iter();
    let mut first: HashMap<i32, (&SigningFact, Option<Span>)> =
        HashMap::with_capacity(signings.size_hint().0);
    for s in signings {
        let span = s.span();
        first
            .entry(s.signatory_id)
            .and_modify(|cur| {
                if preview::first_key(s, span) < preview::first_key(cur.0, cur.1) {
                    *cur = (s, span);
                }
            })
            .or_insert((s, span));
    }
    first
}

/// [`first_map`] as a list in signatory order.
fn firsts<'a>(visible: &[&'a SigningFact]) -> Vec<(&'a SigningFact, Option<Span>)> {
    let mut list: Vec<(&SigningFact, Option<Span>)> =
        first_map(visible.iter().copied()).into_values().collect();
    list.sort_by_key(|(s, _)| s.signatory_id);
    list
}

/// [`count`] over any sequence of signings (e.g. the registry's plus one being previewed,
/// without copying the registry's), checked against `stated` (which may pin ranges). As of a
/// day, the registry holds the signings known to have happened by then: those whose range (as
/// the whole record pins it) ends on or before it.
#[must_use]
pub fn count_of<'a>(
    signings: impl Iterator<Item = &'a SigningFact>,
    stated: &[statements::Statement],
    calendar: &EuCalendar,
    as_of: Option<Day>,
) -> Counted {
    let all: Vec<&SigningFact> = signings.collect();
    let Some(day) = as_of else {
        return count_visible(&all, stated, calendar);
    };
    let whole = count_visible(&all, stated, calendar);
    let known_by = |s: &SigningFact| {
        // A signatory's first signing has the range the statements pinned.
        let span = whole
            .spans
            .get(&s.signatory_id)
            .filter(|x| s.span().is_some_and(|own| own.first <= x.first))
            .copied()
            .or_else(|| s.span());
        span.and_then(|x| x.last).is_some_and(|last| last <= day)
    };
    let visible: Vec<&SigningFact> = all.into_iter().filter(|s| known_by(s)).collect();
    // Statements about later days say nothing about the registry of that day.
    let stated: Vec<statements::Statement> = stated
        .iter()
        .filter(|s| s.claims.iter().all(|c| c.day().is_none_or(|d| d <= day)))
        .cloned()
        .collect();
    count_visible(&visible, &stated, calendar)
}

/// The rule over the signings of `visible`.
fn count_visible(
    visible: &[&SigningFact],
    stated: &[statements::Statement],
    calendar: &EuCalendar,
) -> Counted {
    let mut firsts = firsts(visible);
    let pins = statements::pin(&mut firsts, stated, calendar);
    let mut counted = Counted::default();
    counted.ordinals.reserve(firsts.len());
    for scope in Scope::ALL {
        for (id, n) in number(&statements::members(&firsts, scope, calendar)) {
            scope.set(counted.ordinals.entry(id).or_default(), n);
        }
    }
    let mut by_country: BTreeMap<&str, Vec<Member>> = BTreeMap::new();
    for (s, span) in &firsts {
        if let (Some(span), false) = (span, s.country_code.is_empty()) {
            by_country
                .entry(s.country_code.as_str())
                .or_default()
                .push(Member {
                    id: s.signatory_id,
                    span: *span,
                    position: s.position,
                    certain: true,
                });
        }
    }
    for members in by_country.values() {
        for (id, n) in number(members) {
            counted.ordinals.entry(id).or_default().in_country = Some(n);
        }
    }
    // Each edition numbers the first signing of it by each signatory.
    let mut of_edition: BTreeMap<&str, HashMap<i32, &SigningFact>> = BTreeMap::new();
    for s in visible {
        let slot = of_edition.entry(s.edition.as_str()).or_default();
        let keep = slot.get(&s.signatory_id).is_some_and(|cur| {
            let (a, b) = (cur.span().map(|x| x.first), s.span().map(|x| x.first));
            a.is_some() && (b.is_none() || a <= b)
        });
        if !keep {
            slot.insert(s.signatory_id, s);
        }
    }
    // A signatory's first signing keeps the range the statements pinned.
    let pinned: HashMap<*const SigningFact, Option<Span>> = firsts
        .iter()
        .map(|(s, span)| (std::ptr::from_ref::<SigningFact>(s), *span))
        .collect();
    let span_of = |s: &SigningFact| {
        pinned
            .get(&std::ptr::from_ref(s))
            .copied()
            .unwrap_or_else(|| s.span())
    };
    for (edition, signed) in &of_edition {
        let members: Vec<Member> = signed
            .values()
            .filter_map(|s| {
                Some(Member {
                    id: s.signatory_id,
                    span: span_of(s)?,
                    position: s.position,
                    certain: true,
                })
            })
            .collect();
        let mut numbered = number(&members);
        numbered.sort_by_key(|(id, _)| *id);
        for (id, n) in numbered {
            counted
                .ordinals
                .entry(id)
                .or_default()
                .editions
                .push(((*edition).to_owned(), n));
        }
        counted.totals.by_edition.push((
            (*edition).to_owned(),
            u32::try_from(signed.len()).unwrap_or(u32::MAX),
        ));
    }

    let tally = |scope: Scope, want: Flag| {
        u32::try_from(
            firsts
                .iter()
                .filter(|(s, span)| scope.membership(s, *span, calendar) == want)
                .count(),
        )
        .unwrap_or(u32::MAX)
    };
    let totals = &mut counted.totals;
    totals.signatories = u32::try_from(firsts.len()).unwrap_or(u32::MAX);
    totals.unidentified = u32::try_from(firsts.iter().filter(|(s, _)| s.signatory_id < 0).count())
        .unwrap_or(u32::MAX);
    totals.european = tally(Scope::European, Flag::Yes);
    totals.non_european = tally(Scope::NonEuropean, Flag::Yes);
    totals.national_capitals = tally(Scope::NationalCapital, Flag::Yes);
    totals.eu_capitals = tally(Scope::EuCapital, Flag::Yes);
    totals.possibly = Possibly {
        european: tally(Scope::European, Flag::Unknown),
        non_european: tally(Scope::NonEuropean, Flag::Unknown),
        national_capitals: tally(Scope::NationalCapital, Flag::Unknown),
        eu_capitals: tally(Scope::EuCapital, Flag::Unknown),
    };
    totals.unknown_dates =
        u32::try_from(firsts.iter().filter(|(_, span)| span.is_none()).count()).unwrap_or(u32::MAX);
    totals.countries = u32::try_from(by_country.len()).unwrap_or(u32::MAX)
        + u32::try_from(
            firsts
                .iter()
                .filter(|(s, span)| span.is_none() && !s.country_code.is_empty())
                .filter(|(s, _)| !by_country.contains_key(s.country_code.as_str()))
                .map(|(s, _)| s.country_code.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
        )
        .unwrap_or(0);
    for (s, span) in &firsts {
        match span {
            None => {
                counted
                    .ordinals
                    .entry(s.signatory_id)
                    .or_default()
                    .unknown_date = true;
                counted.findings.push(Finding::UnknownDate {
                    name: s.name.clone(),
                });
            }
            Some(span) => {
                counted.spans.insert(s.signatory_id, *span);
            }
        }
    }
    let mut by_day: BTreeMap<Day, Vec<&SigningFact>> = BTreeMap::new();
    for (s, span) in &firsts {
        if let Some(day) = span.and_then(|x| x.day()) {
            by_day.entry(day).or_default().push(s);
        }
    }
    for (day, group) in by_day {
        let unordered = group.len() > 1
            && (group.iter().any(|s| s.position.is_none()) || {
                let mut positions: Vec<i32> = group.iter().filter_map(|s| s.position).collect();
                positions.sort_unstable();
                positions.windows(2).any(|w| w[0] == w[1])
            });
        if unordered {
            let mut names: Vec<String> = group.iter().map(|s| s.name.clone()).collect();
            names.sort_by_key(|n| fold(n));
            counted.findings.push(Finding::UnorderedTie { day, names });
        }
    }
    counted.checks = statements::check(stated, &firsts, calendar, pins);
    counted
}

#[cfg(test)]
mod tests;
