//! The places one more signing would take, without counting the registry again.
//!
//! The full count ([`super::count_of`]) stays the reference: [`places_with`] answers only when
//! its shortcut gives exactly what the full count of the registry plus that signing would give,
//! and says `None` otherwise (the caller then counts again). It is exact when
//!
//! - the signing has a known date range;
//! - for a signatory already in the registry, the signing is not its new first signing (its
//!   places stay; only the place in the signing's edition can be new);
//! - for a new signatory, every announced statement is about a point the signing is certainly
//!   after (a day before its first possible day; a subject whose whole unpinned range ends
//!   before it), so no statement pins anything differently — the usual case of a city signing
//!   today.
//!
//! Then each count needs one pass over the registry's first signings, against their ranges as
//! the full count pinned them: no sorting, no recount of anyone else's place.

use std::collections::HashMap;

use super::statements::{Claim, Statement};
use super::{
    first_map, Counted, EuCalendar, Flag, Member, Ordinal, Scope, SignatoryOrdinals, SigningFact,
    Span,
};

/// The places `extra` gives its signatory, and the number of signatories with it, from
/// `base` (the full count of `signings` checked against `stated`); `None` when only a full
/// count is exact (see the module's conditions).
#[must_use]
pub fn places_with(
    signings: &[SigningFact],
    base: &Counted,
    stated: &[Statement],
    calendar: &EuCalendar,
    extra: &SigningFact,
) -> Option<(SignatoryOrdinals, u32)> {
    let span = extra.span()?;
    let who = extra.signatory_id;
    let firsts = first_map(signings.iter());
    let (mut ordinals, total) = match firsts.get(&who) {
        Some(&(current, current_span)) => {
            if first_key(extra, Some(span)) < first_key(current, current_span) {
                return None;
            }
            (
                base.ordinals.get(&who).cloned().unwrap_or_default(),
                base.totals.signatories,
            )
        }
        None => {
            if !all_points_before(stated, &firsts, who, span.first) {
                return None;
            }
            // Every other signatory's first signing with its range as the full count pinned
            // it: one list, walked once per count.
            let others: Vec<(&SigningFact, Span)> = firsts
                .iter()
                .filter_map(|(id, (s, _))| Some((*s, *base.spans.get(id)?)))
                .collect();
            let mut ordinals = SignatoryOrdinals::default();
            let me = member(extra, span, true);
            for scope in Scope::ALL {
                if scope.membership(extra, Some(span), calendar) != Flag::Yes {
                    continue;
                }
                let members = others.iter().filter_map(|&(s, pinned)| {
                    let flag = scope.membership(s, Some(pinned), calendar);
                    (flag != Flag::No).then(|| member(s, pinned, flag == Flag::Yes))
                });
                scope.set(&mut ordinals, place_among(&me, members));
            }
            if !extra.country_code.is_empty() {
                let members = others
                    .iter()
                    .filter(|(s, _)| s.country_code == extra.country_code)
                    .map(|&(s, pinned)| member(s, pinned, true));
                ordinals.in_country = Some(place_among(&me, members));
            }
            (ordinals, base.totals.signatories + 1)
        }
    };
    if let Some(place) = edition_place(signings, base, &firsts, extra, span) {
        let editions = &mut ordinals.editions;
        match editions.binary_search_by(|(e, _)| e.as_str().cmp(extra.edition.as_str())) {
            Ok(i) => editions[i].1 = place,
            Err(i) => editions.insert(i, (extra.edition.clone(), place)),
        }
    }
    Some((ordinals, total))
}

/// The order of a signatory's signings: the first one fixes its place.
pub(super) fn first_key(s: &SigningFact, span: Option<Span>) -> (bool, Option<super::Day>, i32) {
    (
        span.is_none(),
        span.map(|x| x.first),
        s.position.unwrap_or(i32::MAX),
    )
}

fn member(s: &SigningFact, span: Span, certain: bool) -> Member {
    Member {
        id: s.signatory_id,
        span,
        position: s.position,
        certain,
    }
}

/// True when every statement's point is certainly before `day`, and none is about `who`.
fn all_points_before(
    stated: &[Statement],
    firsts: &HashMap<i32, (&SigningFact, Option<Span>)>,
    who: i32,
    day: super::Day,
) -> bool {
    stated
        .iter()
        .flat_map(|s| &s.claims)
        .all(|claim| match claim {
            Claim::Total { as_of, .. } => *as_of < day,
            Claim::Place { subject, .. } if *subject == who => false,
            // The subject's range before any pin (pins only narrow it).
            Claim::Place { subject, .. } => firsts.get(subject).is_none_or(|(_, span)| {
                span.is_some_and(|x| x.last.is_some_and(|last| last < day))
            }),
        })
}

/// `extra`'s place in its edition, when it becomes its signatory's first signing of that
/// edition (`None`: the signatory's earlier signing of it keeps the place it had).
fn edition_place(
    signings: &[SigningFact],
    base: &Counted,
    firsts: &HashMap<i32, (&SigningFact, Option<Span>)>,
    extra: &SigningFact,
    span: Span,
) -> Option<Ordinal> {
    // Each signatory's first signing of the edition, as the full count picks it.
    let mut of_edition: HashMap<i32, (&SigningFact, Option<Span>)> =
        HashMap::with_capacity(signings.len());
    for s in signings.iter().filter(|s| s.edition == extra.edition) {
        let own = s.span();
        let keep = of_edition.get(&s.signatory_id).is_some_and(|(_, cur)| {
            let (a, b) = (cur.map(|x| x.first), own.map(|x| x.first));
            a.is_some() && (b.is_none() || a <= b)
        });
        if !keep {
            of_edition.insert(s.signatory_id, (s, own));
        }
    }
    if let Some((_, cur)) = of_edition.remove(&extra.signatory_id) {
        if cur.is_some_and(|own| own.first <= span.first) {
            return None;
        }
    }
    // A signatory's first signing keeps the range the statements pinned.
    let members = of_edition.values().filter_map(|&(s, own)| {
        let overall_first = firsts
            .get(&s.signatory_id)
            .is_some_and(|(first, _)| std::ptr::eq(*first, s));
        let range = if overall_first {
            base.spans.get(&s.signatory_id).copied()
        } else {
            own
        };
        Some(member(s, range?, true))
    });
    Some(place_among(&member(extra, span, true), members))
}

/// The place `me` (a certain member) takes among `others` (the rest of its count), exactly as
/// [`super::number`] numbers it: one pass, no sorting.
fn place_among(me: &Member, others: impl Iterator<Item = Member>) -> Ordinal {
    let (mut total, mut before, mut after, mut unordered) = (1usize, 0usize, 0usize, 0usize);
    let day = me.span.day();
    for m in others {
        total += 1;
        if m.certain && m.span.before(me.span.first) {
            before += 1;
        }
        if me.span.last.is_some_and(|last| m.span.first > last) {
            after += 1;
        }
        if day.is_some() && m.span.day() == day {
            match (me.position, m.position) {
                (Some(mine), Some(theirs)) if theirs < mine => before += usize::from(m.certain),
                (Some(mine), Some(theirs)) if theirs > mine => after += 1,
                _ => unordered += usize::from(m.certain),
            }
        }
    }
    let min = u32::try_from(before + 1).unwrap_or(u32::MAX);
    let max = u32::try_from(total - after).unwrap_or(u32::MAX).max(min);
    let together = (max > min && usize::try_from(max - min).ok() == Some(unordered))
        .then_some(day)
        .flatten();
    Ordinal { min, max, together }
}
