//! Announced statements as facts about order: "Paris is the 33rd European city" says exactly 32
//! European signatories signed before Paris; "30 signatories on 10 September 2013" says exactly
//! 30 had signed by that day. Each statement's claims are checked against the registry, and a
//! consistent claim that leaves a signing only one side of a point pins its date range to that
//! side (never a name, never a day: a range only).
//!
//! Claims are written `scope=n` about the statement's subject (`european=33; eu_capital=15`) or
//! `scope=n@YYYY-MM-DD` for a count on a day (`overall=30@2013-09-10`). Scopes: `overall`,
//! `european`, `non_european`, `eu_capital`, `national_capital`.

use serde::{Deserialize, Serialize};

use super::{certainly_before, EuCalendar, Flag, Member, Scope, SigningFact, Span};
use crate::date::Day;

/// One checkable fact a statement asserts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Claim {
    /// The subject holds place `n` in the count.
    Place {
        subject: i32,
        scope: ScopeName,
        n: u32,
    },
    /// `n` signatories of the count had signed by `as_of` (that day included).
    Total {
        as_of: Day,
        scope: ScopeName,
        n: u32,
    },
}

/// A [`Scope`] that can be serialised (the rule's scope, by name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScopeName {
    Overall,
    European,
    NonEuropean,
    EuCapital,
    NationalCapital,
}

impl From<ScopeName> for Scope {
    fn from(s: ScopeName) -> Self {
        match s {
            ScopeName::Overall => Self::Overall,
            ScopeName::European => Self::European,
            ScopeName::NonEuropean => Self::NonEuropean,
            ScopeName::EuCapital => Self::EuCapital,
            ScopeName::NationalCapital => Self::NationalCapital,
        }
    }
}

impl From<Scope> for ScopeName {
    fn from(s: Scope) -> Self {
        match s {
            Scope::Overall => Self::Overall,
            Scope::European => Self::European,
            Scope::NonEuropean => Self::NonEuropean,
            Scope::EuCapital => Self::EuCapital,
            Scope::NationalCapital => Self::NationalCapital,
        }
    }
}

impl Claim {
    /// The day a count claim is about.
    #[must_use]
    pub const fn day(&self) -> Option<Day> {
        match self {
            Self::Place { .. } => None,
            Self::Total { as_of, .. } => Some(*as_of),
        }
    }

    /// The count it is about.
    #[must_use]
    pub fn scope(&self) -> Scope {
        match self {
            Self::Place { scope, .. } | Self::Total { scope, .. } => (*scope).into(),
        }
    }

    /// The number stated.
    #[must_use]
    pub const fn n(&self) -> u32 {
        match self {
            Self::Place { n, .. } | Self::Total { n, .. } => *n,
        }
    }
}

/// Why a claims text is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClaimError {
    /// Not `scope=n` or `scope=n@YYYY-MM-DD`.
    #[error("not a claim: {0}")]
    Malformed(String),
    /// An unknown count.
    #[error("unknown count: {0}")]
    UnknownScope(String),
    /// A place claim on a statement that names no signatory.
    #[error("a place needs the statement's signatory: {0}")]
    NoSubject(String),
}

/// Parses a claims text (`european=33; eu_capital=15`, `overall=30@2013-09-10`); `subject` is
/// the signatory the statement names, if any. An empty text has no claims.
///
/// # Errors
/// The first claim that cannot be read.
pub fn parse_claims(text: &str, subject: Option<i32>) -> Result<Vec<Claim>, ClaimError> {
    text.split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|raw| {
            let bad = || ClaimError::Malformed(raw.to_owned());
            let (scope, rest) = raw.split_once('=').ok_or_else(bad)?;
            let scope: ScopeName = Scope::parse(scope)
                .ok_or_else(|| ClaimError::UnknownScope(scope.trim().to_owned()))?
                .into();
            let (n, day) = match rest.split_once('@') {
                Some((n, day)) => (n, Some(Day::parse(day).map_err(|_| bad())?)),
                None => (rest, None),
            };
            let n: u32 = n.trim().parse().map_err(|_| bad())?;
            if n == 0 {
                return Err(bad());
            }
            match day {
                Some(as_of) => Ok(Claim::Total { as_of, scope, n }),
                None => Ok(Claim::Place {
                    subject: subject.ok_or_else(|| ClaimError::NoSubject(raw.to_owned()))?,
                    scope,
                    n,
                }),
            }
        })
        .collect()
}

/// Writes claims back in the form [`parse_claims`] reads.
#[must_use]
pub fn write_claims(claims: &[Claim]) -> String {
    claims
        .iter()
        .map(|c| match c {
            Claim::Place { scope, n, .. } => format!("{}={n}", Scope::from(*scope).as_str()),
            Claim::Total { as_of, scope, n } => {
                format!("{}={n}@{}", Scope::from(*scope).as_str(), as_of.iso())
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// An announced statement as the rule reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub id: i32,
    pub claims: Vec<Claim>,
    /// Staff set it aside (with a recorded reason): it is shown, never used to pin.
    pub set_aside: bool,
}

/// What a statement pinned: the signatory's range no longer reaches past these days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub signatory_id: i32,
    pub not_before: Option<Day>,
    pub not_after: Option<Day>,
}

/// How one claim compares with the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// The registry gives exactly the stated number.
    Reproduced,
    /// The stated number is one the registry allows, among others (`min..=max`).
    Possible { min: u32, max: u32 },
    /// The registry cannot give the stated number: it holds `min..=max`.
    Differs { min: u32, max: u32 },
    /// The subject has no place in that count (no known date, or not in it).
    Unchecked,
}

/// A statement checked against the registry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub statement_id: i32,
    pub claims: Vec<(Claim, Status)>,
    /// The ranges this statement narrowed.
    pub pins: Vec<Pin>,
    /// Other statements (not set aside) that state a different number for the same count and
    /// day.
    pub conflicts_with: Vec<i32>,
    pub set_aside: bool,
}

/// The members of `scope` among `firsts`, with their current spans.
pub(super) fn members(
    firsts: &[(&SigningFact, Option<Span>)],
    scope: Scope,
    calendar: &EuCalendar,
) -> Vec<Member> {
    firsts
        .iter()
        .filter_map(|(s, span)| {
            let span = (*span)?;
            let flag = scope.membership(s, Some(span), calendar);
            (flag != Flag::No).then_some(Member {
                id: s.signatory_id,
                span,
                position: s.position,
                certain: flag == Flag::Yes,
            })
        })
        .collect()
}

/// The range of numbers the registry allows for `claim`, with the members it depends on.
fn range(claim: &Claim, members: &[Member]) -> Option<(u32, u32)> {
    let count = |it: usize| u32::try_from(it).unwrap_or(u32::MAX);
    match claim {
        Claim::Place { subject, .. } => {
            let me = members.iter().find(|m| m.id == *subject && m.certain)?;
            let before = members
                .iter()
                .filter(|m| m.certain && certainly_before(m, me))
                .count();
            let not_after = members
                .iter()
                .filter(|m| m.id != me.id && !certainly_before(me, m))
                .count();
            Some((count(before + 1), count(not_after + 1)))
        }
        Claim::Total { as_of, .. } => {
            let min = members
                .iter()
                .filter(|m| m.certain && m.span.last.is_some_and(|l| l <= *as_of))
                .count();
            let max = members.iter().filter(|m| m.span.first <= *as_of).count();
            Some((count(min), count(max)))
        }
    }
}

fn next_day(day: Day) -> Option<Day> {
    Day::new(day.year, day.month, day.day + 1)
        .or_else(|| Day::new(day.year, day.month + 1, 1))
        .or_else(|| Day::new(day.year + 1, 1, 1))
}

fn previous_day(day: Day) -> Option<Day> {
    if day.day > 1 {
        return Day::new(day.year, day.month, day.day - 1);
    }
    if day.month > 1 {
        let month = day.month - 1;
        return Day::new(day.year, month, crate::date::days_in_month(day.year, month));
    }
    Day::new(day.year - 1, 12, 31)
}

/// The narrowing one claim forces, if any: `(signatory, not before, not after)`.
fn forced(claim: &Claim, members: &[Member]) -> Vec<(i32, Option<Day>, Option<Day>)> {
    let Some((min, max)) = range(claim, members) else {
        return vec![];
    };
    let n = claim.n();
    if min == max || n < min || n > max {
        return vec![];
    }
    // At the low end every uncertain certain-member lies after the point; at the high end every
    // member that could lie before it does.
    let low = n == min;
    if !low && n != max {
        return vec![];
    }
    let mut out = vec![];
    match claim {
        Claim::Place { subject, .. } => {
            let Some(me) = members.iter().find(|m| m.id == *subject) else {
                return vec![];
            };
            for m in members {
                let uncertain = m.id != me.id
                    && !certainly_before(m, me)
                    && !certainly_before(me, m)
                    // Same-day peers are ordered by staff, never by moving their day.
                    && (m.span.day().is_none() || m.span.day() != me.span.day());
                if !uncertain || (low && !m.certain) {
                    continue;
                }
                if low {
                    out.push((m.id, next_day(me.span.first), None));
                } else if let Some(last) = me.span.last {
                    out.push((m.id, None, previous_day(last)));
                }
            }
        }
        Claim::Total { as_of, .. } => {
            for m in members {
                let straddles = m.span.first <= *as_of && m.span.last.is_none_or(|l| l > *as_of);
                if !straddles || (low && !m.certain) {
                    continue;
                }
                if low {
                    out.push((m.id, next_day(*as_of), None));
                } else {
                    out.push((m.id, None, Some(*as_of)));
                }
            }
        }
    }
    out
}

/// Statements that state different numbers for the same count on the same day (or the same
/// signatory's place), by statement id.
fn conflicts(stated: &[Statement]) -> std::collections::HashMap<i32, Vec<i32>> {
    let mut out: std::collections::HashMap<i32, Vec<i32>> = std::collections::HashMap::new();
    for a in stated {
        for b in stated {
            if a.id == b.id {
                continue;
            }
            let clash = a.claims.iter().any(|x| {
                b.claims.iter().any(|y| match (x, y) {
                    (
                        Claim::Total { as_of, scope, n },
                        Claim::Total {
                            as_of: d,
                            scope: s,
                            n: m,
                        },
                    ) => as_of == d && scope == s && n != m,
                    (
                        Claim::Place { subject, scope, n },
                        Claim::Place {
                            subject: t,
                            scope: s,
                            n: m,
                        },
                    ) => subject == t && scope == s && n != m,
                    _ => false,
                })
            });
            if clash {
                out.entry(a.id).or_default().push(b.id);
            }
        }
    }
    out
}

/// Narrows the ranges of `firsts` by every statement that is in use (not set aside, not in an
/// unresolved conflict) until nothing changes. Returns what each statement pinned.
pub(super) fn pin(
    firsts: &mut [(&SigningFact, Option<Span>)],
    stated: &[Statement],
    calendar: &EuCalendar,
) -> std::collections::HashMap<i32, Vec<Pin>> {
    let clashing = conflicts(stated);
    let usable: Vec<&Statement> = stated
        .iter()
        .filter(|s| {
            !s.set_aside
                && clashing
                    .get(&s.id)
                    .is_none_or(|others| others.iter().all(|o| is_set_aside(stated, *o)))
        })
        .collect();
    let mut pins: std::collections::HashMap<i32, Vec<Pin>> = std::collections::HashMap::new();
    // Each narrowing strictly shrinks a range, so this ends; the bound only guards the time.
    for _ in 0..64 {
        let mut changed = false;
        for statement in &usable {
            for claim in &statement.claims {
                let members = members(firsts, claim.scope(), calendar);
                for (id, not_before, not_after) in forced(claim, &members) {
                    let Some((_, Some(span))) =
                        firsts.iter_mut().find(|(s, _)| s.signatory_id == id)
                    else {
                        continue;
                    };
                    let first = not_before.map_or(span.first, |d| d.max(span.first));
                    let last = match (span.last, not_after) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                    if last.is_some_and(|l| l < first) || (first == span.first && last == span.last)
                    {
                        continue;
                    }
                    *span = Span { first, last };
                    changed = true;
                    pins.entry(statement.id).or_default().push(Pin {
                        signatory_id: id,
                        not_before,
                        not_after,
                    });
                }
            }
        }
        if !changed {
            break;
        }
    }
    pins
}

fn is_set_aside(stated: &[Statement], id: i32) -> bool {
    stated.iter().any(|s| s.id == id && s.set_aside)
}

/// Checks every statement against the (pinned) registry.
pub(super) fn check(
    stated: &[Statement],
    firsts: &[(&SigningFact, Option<Span>)],
    calendar: &EuCalendar,
    mut pins: std::collections::HashMap<i32, Vec<Pin>>,
) -> Vec<Check> {
    let clashing = conflicts(stated);
    stated
        .iter()
        .map(|s| Check {
            statement_id: s.id,
            claims: s
                .claims
                .iter()
                .map(|claim| {
                    let members = members(firsts, claim.scope(), calendar);
                    let status = match range(claim, &members) {
                        None => Status::Unchecked,
                        Some((min, max)) if min == max && max == claim.n() => Status::Reproduced,
                        Some((min, max)) if (min..=max).contains(&claim.n()) => {
                            Status::Possible { min, max }
                        }
                        Some((min, max)) => Status::Differs { min, max },
                    };
                    (*claim, status)
                })
                .collect(),
            pins: pins.remove(&s.id).unwrap_or_default(),
            // A statement set aside no longer conflicts with anything.
            conflicts_with: clashing
                .get(&s.id)
                .map(|others| {
                    others
                        .iter()
                        .copied()
                        .filter(|o| !is_set_aside(stated, *o))
                        .collect()
                })
                .unwrap_or_default(),
            set_aside: s.set_aside,
        })
        .collect()
}
