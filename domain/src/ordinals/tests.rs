//! The counting rule's unit and property tests.

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
            european: Flag::from(!matches!(country, "CA" | "US")),
            national_capital: Flag::from(capital),
            eu_capital: None,
            edition: if date < "2024-10" && !date.is_empty() {
                "2010".into()
            } else {
                "2024".into()
            },
            date: PartialDate::parse(date).unwrap(),
            bounds: Bounds::default(),
            position: None,
        });
        id
    }

    /// A signing known only within bounds.
    fn sign_between(&mut self, name: &str, country: &str, from: &str, to: &str) -> i32 {
        let id = self.sign(name, country, false, "");
        let last = self.signings.last_mut().unwrap();
        last.bounds = Bounds {
            not_before: (!from.is_empty()).then(|| day(from)),
            not_after: (!to.is_empty()).then(|| day(to)),
        };
        id
    }

    /// An unidentified signatory (negative id) known to be European, within bounds.
    fn unidentified(&mut self, from: &str, to: &str, eu_capital: Flag) -> i32 {
        let id = -self.next_id;
        self.next_id += 1;
        self.signings.push(SigningFact {
            signatory_id: id,
            name: String::new(),
            country_code: String::new(),
            european: Flag::Yes,
            national_capital: if eu_capital == Flag::Yes {
                Flag::Yes
            } else {
                Flag::Unknown
            },
            eu_capital: Some(eu_capital),
            edition: "2010".into(),
            date: PartialDate::Unknown,
            bounds: Bounds {
                not_before: Some(day(from)),
                not_after: Some(day(to)),
            },
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

fn range(min: u32, max: u32) -> Ordinal {
    Ordinal {
        min,
        max,
        together: None,
    }
}

#[test]
fn signings_are_ordered_by_date_and_numbered_one_to_n() {
    let mut f = Fixture::new();
    let paris = f.sign("Paris", "FR", true, "2013-12-18");
    let london = f.sign("London", "GB", true, "2010-02-22");
    let toronto = f.sign("Toronto", "CA", false, "2014-12-10");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.ordinals[&london].overall, Some(Ordinal::exact(1)));
    assert_eq!(c.ordinals[&paris].overall, Some(Ordinal::exact(2)));
    assert_eq!(c.ordinals[&toronto].overall, Some(Ordinal::exact(3)));
    assert_eq!(c.ordinals[&toronto].non_european, Some(Ordinal::exact(1)));
    assert_eq!(c.ordinals[&toronto].european, None);
    assert_eq!(c.ordinals[&paris].european, Some(Ordinal::exact(2)));
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
    assert_eq!(c.ordinals[&london].eu_capital, Some(Ordinal::exact(1)));
    assert_eq!(
        c.ordinals[&zagreb_early].eu_capital, None,
        "Croatia joined on 1 July 2013"
    );
    assert_eq!(
        c.ordinals[&london_2021].eu_capital, None,
        "not after Brexit"
    );
    assert_eq!(c.ordinals[&paris].eu_capital, Some(Ordinal::exact(2)));
    assert_eq!(
        c.ordinals[&zagreb_early].national_capital,
        Some(Ordinal::exact(2))
    );
    assert_eq!(c.totals.eu_capitals, 2);
    assert_eq!(c.totals.national_capitals, 4);
}

#[test]
fn a_capital_whose_range_spans_its_countrys_accession_may_or_may_not_be_an_eu_capital() {
    let mut f = Fixture::new();
    let zagreb = f.sign("Zagreb", "HR", true, "2013");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.ordinals[&zagreb].eu_capital, None, "no place of its own");
    assert_eq!(c.totals.eu_capitals, 0);
    assert_eq!(c.totals.possibly.eu_capitals, 1);
    let mut f = Fixture::new();
    let zagreb = f.sign("Zagreb", "HR", true, "2013-07-01");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.ordinals[&zagreb].eu_capital, Some(Ordinal::exact(1)));
}

#[test]
fn a_place_is_a_range_only_where_another_signing_could_come_on_either_side() {
    let mut f = Fixture::new();
    let early = f.sign("Early", "DE", false, "2013-08-31");
    let brussels = f.sign("Brussels", "BE", true, "2013-09");
    let mid = f.sign("Mid", "FR", false, "2013-09-10");
    let leipzig = f.sign("Leipzig", "DE", false, "2013-11");
    let paris = f.sign("Paris", "FR", true, "2013-12-18");
    let c = count(&f.signings, &calendar(), None);
    let overall = |id: i32| c.ordinals[&id].overall.unwrap();
    assert_eq!(overall(early), Ordinal::exact(1));
    assert_eq!(
        overall(brussels),
        range(2, 3),
        "September: before or after the 10th"
    );
    assert_eq!(overall(mid), range(2, 3));
    assert_eq!(
        overall(leipzig),
        Ordinal::exact(4),
        "known only to the month, yet alone in it"
    );
    assert_eq!(overall(paris), Ordinal::exact(5));
    assert_eq!(c.ordinals[&leipzig].in_country, Some(Ordinal::exact(2)));
}

#[test]
fn the_only_non_european_city_is_exactly_the_first_whatever_its_precision() {
    let mut f = Fixture::new();
    f.sign("Paris", "FR", true, "2013-12-18");
    let toronto = f.sign("Toronto", "CA", false, "2014-12");
    f.sign("Nuremberg", "DE", false, "2015-10-08");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.ordinals[&toronto].non_european, Some(Ordinal::exact(1)));
    assert_eq!(c.ordinals[&toronto].overall, Some(Ordinal::exact(2)));
}

#[test]
fn signatories_of_one_day_that_staff_have_not_ordered_share_its_places_and_are_reported() {
    let mut f = Fixture::new();
    let oslo = f.sign("Oslo", "NO", true, "2010-02-22");
    let athens = f.sign("Athens", "GR", true, "2010-02-22");
    let later = f.sign("Later", "FR", false, "2011-01-01");
    let c = count(&f.signings, &calendar(), None);
    let together = Ordinal {
        min: 1,
        max: 2,
        together: Some(LAUNCH),
    };
    assert_eq!(c.ordinals[&athens].overall, Some(together));
    assert_eq!(c.ordinals[&oslo].overall, Some(together));
    assert_eq!(c.ordinals[&later].overall, Some(Ordinal::exact(3)));
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
    assert_eq!(c.ordinals[&oslo].overall, Some(Ordinal::exact(1)));
    assert_eq!(c.ordinals[&athens].overall, Some(Ordinal::exact(2)));
    assert!(c.findings.is_empty());
}

#[test]
fn a_signing_with_nothing_known_counts_in_totals_but_has_no_place() {
    let mut f = Fixture::new();
    let lisbon = f.sign("Lisbon", "PT", true, "");
    let paris = f.sign("Paris", "FR", true, "2013-12-18");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.totals.signatories, 2);
    assert_eq!(c.totals.unknown_dates, 1);
    assert_eq!(c.ordinals[&lisbon].overall, None);
    assert!(c.ordinals[&lisbon].unknown_date);
    assert_eq!(c.ordinals[&paris].overall, Some(Ordinal::exact(1)));
    assert!(c.findings.contains(&Finding::UnknownDate {
        name: "Lisbon".into()
    }));
}

#[test]
fn a_range_of_days_gives_a_range_of_places() {
    let mut f = Fixture::new();
    f.sign("London", "GB", true, "2010-02-22");
    let leipzig = f.sign("Leipzig", "DE", false, "2013-11");
    let paris = f.sign("Paris", "FR", true, "2013-12-18");
    let lisbon = f.sign_between("Lisbon", "PT", "2013-03-01", "2015-12-31");
    let nuremberg = f.sign("Nuremberg", "DE", false, "2015-10-08");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.ordinals[&lisbon].overall, Some(range(2, 5)));
    assert_eq!(c.ordinals[&leipzig].overall, Some(range(2, 3)));
    assert_eq!(c.ordinals[&paris].overall, Some(range(3, 4)));
    assert_eq!(c.ordinals[&nuremberg].overall, Some(range(4, 5)));
    assert_eq!(c.totals.unknown_dates, 0, "bounds are something known");
}

#[test]
fn ranges_that_end_before_they_start_or_before_the_launch_are_refused() {
    let b = |from: &str, to: &str| Bounds {
        not_before: Some(day(from)),
        not_after: Some(day(to)),
    };
    assert_eq!(
        Span::of(PartialDate::Unknown, b("2015-01-01", "2013-01-01")),
        Err(RangeError::EndsBeforeStart)
    );
    assert_eq!(
        Span::of(PartialDate::Unknown, b("2009-01-01", "2009-12-31")),
        Err(RangeError::BeforeLaunch)
    );
    assert_eq!(
        Span::of(
            PartialDate::parse("2013-09").unwrap(),
            b("2014-01-01", "2014-12-31")
        ),
        Err(RangeError::EndsBeforeStart),
        "a date outside its own bounds"
    );
    assert_eq!(
        Span::of(
            PartialDate::parse("2013-09").unwrap(),
            b("2013-09-09", "2013-09-10")
        ),
        Ok(Some(Span {
            first: day("2013-09-09"),
            last: Some(day("2013-09-10"))
        }))
    );
    assert_eq!(Span::of(PartialDate::Unknown, Bounds::default()), Ok(None));
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
    assert_eq!(c.ordinals[&a].overall, Some(Ordinal::exact(1)));
    assert_eq!(c.ordinals[&b].overall, Some(Ordinal::exact(2)));
    assert_eq!(
        c.ordinals[&a].editions,
        vec![
            ("2010".into(), Ordinal::exact(1)),
            ("2024".into(), Ordinal::exact(2))
        ]
    );
    assert_eq!(
        c.ordinals[&b].editions,
        vec![("2024".into(), Ordinal::exact(1))]
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

#[test]
fn an_unidentified_signatory_counts_in_totals_and_places_but_holds_only_the_places_it_surely_has() {
    let mut f = Fixture::new();
    f.sign("London", "GB", true, "2010-02-22");
    let someone = f.unidentified("2011-01-01", "2012-12-31", Flag::No);
    let paris = f.sign("Paris", "FR", true, "2013-12-18");
    let c = count(&f.signings, &calendar(), None);
    assert_eq!(c.totals.signatories, 3);
    assert_eq!(c.totals.unidentified, 1);
    assert_eq!(c.ordinals[&someone].overall, Some(Ordinal::exact(2)));
    assert_eq!(c.ordinals[&someone].national_capital, None, "unknown flag");
    assert_eq!(c.ordinals[&paris].overall, Some(Ordinal::exact(3)));
    assert_eq!(
        c.ordinals[&paris].national_capital,
        Some(range(2, 3)),
        "the unidentified one may have been a capital"
    );
    assert_eq!(c.totals.national_capitals, 2);
    assert_eq!(c.totals.possibly.national_capitals, 1);
}

fn claims(text: &str, subject: Option<i32>) -> Vec<statements::Claim> {
    statements::parse_claims(text, subject).unwrap()
}

#[test]
fn a_consistent_statement_pins_the_side_a_straddling_range_lies_on() {
    use statements::{Statement, Status};
    let mut f = Fixture::new();
    f.sign("London", "GB", true, "2010-02-22");
    let lisbon = f.sign_between("Lisbon", "PT", "2013-03-01", "2015-12-31");
    let paris = f.sign("Paris", "FR", true, "2013-12-18");
    let nuremberg = f.sign("Nuremberg", "DE", false, "2015-10-08");
    let stated = [Statement {
        id: 7,
        claims: claims("european=3", Some(paris)),
        set_aside: false,
    }];
    let c = count_of(f.signings.iter(), &stated, &calendar(), None);
    assert_eq!(c.ordinals[&paris].overall, Some(Ordinal::exact(3)));
    assert_eq!(c.ordinals[&lisbon].overall, Some(Ordinal::exact(2)));
    assert_eq!(c.ordinals[&nuremberg].overall, Some(Ordinal::exact(4)));
    assert_eq!(c.spans[&lisbon].last, Some(day("2013-12-17")));
    assert_eq!(c.checks[0].claims[0].1, Status::Reproduced);
    assert_eq!(
        c.checks[0].pins,
        vec![statements::Pin {
            signatory_id: lisbon,
            not_before: None,
            not_after: Some(day("2013-12-17"))
        }]
    );
    // Without the statement the registry allows either side.
    let free = count(&f.signings, &calendar(), None);
    assert_eq!(free.ordinals[&paris].overall, Some(range(2, 3)));
}

#[test]
fn a_count_on_a_day_pins_and_a_different_count_conflicts_and_pins_nothing() {
    use statements::{Statement, Status};
    let mut f = Fixture::new();
    f.sign("London", "GB", true, "2010-02-22");
    let bilbao = f.sign_between("Bilbao", "ES", "2010-02-23", "2022-11-10");
    f.sign("Paris", "FR", true, "2013-12-18");
    let reproduced = Statement {
        id: 1,
        claims: claims("overall=2@2015-12-31", None),
        set_aside: false,
    };
    let c = count_of(
        f.signings.iter(),
        std::slice::from_ref(&reproduced),
        &calendar(),
        None,
    );
    assert_eq!(c.spans[&bilbao].first, day("2016-01-01"));
    assert_eq!(c.ordinals[&bilbao].overall, Some(Ordinal::exact(3)));
    assert_eq!(c.checks[0].claims[0].1, Status::Reproduced);
    let other = Statement {
        id: 2,
        claims: claims("overall=3@2015-12-31", None),
        set_aside: false,
    };
    let c = count_of(
        f.signings.iter(),
        &[reproduced.clone(), other.clone()],
        &calendar(),
        None,
    );
    assert_eq!(c.checks[0].conflicts_with, vec![2]);
    assert_eq!(c.checks[1].conflicts_with, vec![1]);
    assert!(
        c.checks.iter().all(|x| x.pins.is_empty()),
        "a conflict pins nothing"
    );
    assert_eq!(c.ordinals[&bilbao].overall, Some(range(2, 3)));
    // Staff set one aside: the other is in use again.
    let c = count_of(
        f.signings.iter(),
        &[
            reproduced,
            Statement {
                set_aside: true,
                ..other
            },
        ],
        &calendar(),
        None,
    );
    assert_eq!(c.ordinals[&bilbao].overall, Some(Ordinal::exact(3)));
    assert!(
        c.checks[0].conflicts_with.is_empty(),
        "no conflict with one set aside"
    );
    let differs = Statement {
        id: 3,
        claims: claims("overall=5@2015-12-31", None),
        set_aside: false,
    };
    let c = count_of(f.signings.iter(), &[differs], &calendar(), None);
    assert_eq!(c.checks[0].claims[0].1, Status::Differs { min: 2, max: 3 });
}

#[test]
fn claims_read_back_as_written_and_bad_ones_are_refused() {
    let text = "european=33; eu_capital=15";
    assert_eq!(statements::write_claims(&claims(text, Some(4))), text);
    let text = "overall=30@2013-09-10";
    assert_eq!(statements::write_claims(&claims(text, None)), text);
    for bad in [
        "european",
        "european=x",
        "european=0",
        "overall=3@2013-09",
        "capitals=3",
    ] {
        assert!(statements::parse_claims(bad, Some(1)).is_err(), "{bad}");
    }
    assert!(matches!(
        statements::parse_claims("european=3", None),
        Err(statements::ClaimError::NoSubject(_))
    ));
}

/// A small deterministic generator from `seed`: `next(n)` is a number below `n`.
fn xorshift(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    }
}

/// Generated registries, so the properties run over many of them without a dependency.
fn registries() -> impl Iterator<Item = Vec<SigningFact>> {
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    (0..300).map(move |_| {
        let len = 1 + next(25);
        (0..len)
            .map(|i| {
                let year = 2010 + i32::try_from(next(4)).unwrap();
                let month = 3 + u8::try_from(next(10)).unwrap();
                let d = 1 + u8::try_from(next(28)).unwrap();
                let date = match next(7) {
                    0 => PartialDate::Month { year, month },
                    1 => PartialDate::Year(year),
                    2 => PartialDate::Unknown,
                    _ => PartialDate::Day(Day::new(year, month, d).unwrap()),
                };
                let bounds = if date == PartialDate::Unknown && next(2) == 0 {
                    Bounds {
                        not_before: Day::new(year, month, d),
                        not_after: Day::new(year + 1, month, d),
                    }
                } else {
                    Bounds::default()
                };
                let country = ["FR", "DE", "GB", "HR", "CA"][usize::try_from(next(5)).unwrap()];
                SigningFact {
                    signatory_id: i32::try_from(i).unwrap() + 1,
                    name: format!("City {}", next(1000)),
                    country_code: country.into(),
                    european: Flag::from(country != "CA"),
                    national_capital: Flag::from(next(3) == 0),
                    eu_capital: None,
                    edition: "2010".into(),
                    date,
                    bounds,
                    position: (next(3) == 0).then(|| i32::try_from(next(5)).unwrap()),
                }
            })
            .collect()
    })
}

fn places(c: &Counted, scope: Scope) -> Vec<(i32, Ordinal)> {
    let mut out: Vec<(i32, Ordinal)> = c
        .ordinals
        .iter()
        .filter_map(|(id, o)| Some((*id, scope.get(o)?)))
        .collect();
    out.sort_by_key(|(id, _)| *id);
    out
}

#[test]
fn property_a_place_is_exact_exactly_when_every_other_signing_is_surely_before_or_after_it() {
    for signings in registries() {
        let c = count(&signings, &calendar(), None);
        let overall = places(&c, Scope::Overall);
        let n = u32::try_from(overall.len()).unwrap();
        let member = |id: i32| {
            let s = signings.iter().find(|s| s.signatory_id == id).unwrap();
            Member {
                id,
                span: c.spans[&id],
                position: s.position,
                certain: true,
            }
        };
        let mut exact_places = vec![];
        for (id, o) in &overall {
            assert!(1 <= o.min && o.min <= o.max && o.max <= n, "{o:?} of {n}");
            let me = member(*id);
            let before = overall
                .iter()
                .filter(|(j, _)| certainly_before(&member(*j), &me))
                .count();
            let after = overall
                .iter()
                .filter(|(j, _)| certainly_before(&me, &member(*j)))
                .count();
            assert_eq!(o.min, u32::try_from(before + 1).unwrap());
            assert_eq!(o.max, n - u32::try_from(after).unwrap());
            if o.is_exact() {
                exact_places.push(o.min);
            }
        }
        let distinct = exact_places.len();
        exact_places.sort_unstable();
        exact_places.dedup();
        assert_eq!(
            exact_places.len(),
            distinct,
            "two signings on one exact place"
        );
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
fn property_adding_a_later_signing_never_changes_an_earlier_place() {
    for mut signings in registries() {
        let before = count(&signings, &calendar(), None);
        let latest = signings
            .iter()
            .filter_map(|s| s.span()?.last)
            .chain(signings.iter().filter_map(|s| Some(s.span()?.first)))
            .max()
            .unwrap_or(day("2010-03-01"));
        let later = Day::new(latest.year + 1, 6, 15).unwrap();
        signings.push(SigningFact {
            signatory_id: 10_000,
            name: "Newcomer".into(),
            country_code: "FR".into(),
            european: Flag::Yes,
            national_capital: Flag::Yes,
            eu_capital: None,
            edition: "2010".into(),
            date: PartialDate::Day(later),
            bounds: Bounds::default(),
            position: None,
        });
        let after = count(&signings, &calendar(), None);
        for (id, ordinals) in &before.ordinals {
            assert_eq!(&after.ordinals[id], ordinals, "signatory {id}");
        }
    }
}

#[test]
fn property_an_unidentified_signatory_counts_exactly_like_a_named_one_with_the_same_facts() {
    for signings in registries() {
        let Some(pick) = signings.iter().position(|s| s.span().is_some()) else {
            continue;
        };
        let named = count(&signings, &calendar(), None);
        // The same signing, unidentified: no name, no country, its flags carried as known.
        let mut anonymous = signings.clone();
        let s = &mut anonymous[pick];
        let old = s.signatory_id;
        let eu_capital = Scope::EuCapital.membership(s, s.span(), &calendar());
        s.signatory_id = -old;
        s.name.clear();
        s.country_code.clear();
        s.eu_capital = Some(eu_capital);
        let unnamed = count(&anonymous, &calendar(), None);
        assert_eq!(unnamed.totals.signatories, named.totals.signatories);
        assert_eq!(unnamed.totals.european, named.totals.european);
        assert_eq!(unnamed.totals.eu_capitals, named.totals.eu_capitals);
        for (id, o) in &named.ordinals {
            let other = &unnamed.ordinals[&if *id == old { -old } else { *id }];
            for scope in Scope::ALL {
                assert_eq!(scope.get(other), scope.get(o), "{scope:?} of {id}");
            }
        }
        // Merging it back into the named signatory (the original registry) changes no place.
        let merged = count(&signings, &calendar(), None);
        assert_eq!(merged.ordinals, named.ordinals);
    }
}

/// Registries with what the shortcut must get right: signatories that signed twice (both
/// editions), ranges, ties with and without staff's order, unidentified signatories with
/// unknown flags, announced statements; and one more signing (by a new signatory or a known
/// one, before or after the statements' points).
fn registries_with_one_more(
) -> impl Iterator<Item = (Vec<SigningFact>, Vec<statements::Statement>, SigningFact)> {
    let mut next = xorshift(0x2545_F491_4F6C_DD1D);
    (0..3000).map(move |_| {
        let fact = |id: i32, next: &mut dyn FnMut(u64) -> u64, from_year: i32| {
            let year = from_year + i32::try_from(next(4)).unwrap();
            let month = 1 + u8::try_from(next(12)).unwrap();
            let d = 1 + u8::try_from(next(3)).unwrap();
            let date = match next(8) {
                0 => PartialDate::Month { year, month },
                1 => PartialDate::Year(year),
                2 => PartialDate::Unknown,
                _ => PartialDate::Day(Day::new(year, month, d).unwrap()),
            };
            let bounds = match (date, next(3)) {
                (PartialDate::Unknown, 0) => Bounds {
                    not_before: Day::new(year, month, d),
                    not_after: Day::new(year + 1, month, d),
                },
                (PartialDate::Unknown, 1) => Bounds {
                    not_before: Day::new(year, month, d),
                    not_after: None,
                },
                _ => Bounds::default(),
            };
            let country = ["FR", "DE", "GB", "HR", "CA", ""][usize::try_from(next(6)).unwrap()];
            SigningFact {
                signatory_id: id,
                name: format!("City {id}"),
                country_code: country.into(),
                european: match (id < 0, next(3)) {
                    (true, 0) => Flag::Unknown,
                    _ => Flag::from(country != "CA"),
                },
                national_capital: match (id < 0, next(3)) {
                    (true, 0) => Flag::Unknown,
                    (_, n) => Flag::from(n == 1),
                },
                eu_capital: (id < 0 && next(2) == 0).then_some(Flag::Unknown),
                edition: ["2010", "2024"][usize::try_from(next(2)).unwrap()].into(),
                date,
                bounds,
                position: (next(3) == 0).then(|| i32::try_from(next(4)).unwrap()),
            }
        };
        let named = 1 + i32::try_from(next(30)).unwrap();
        let mut signings: Vec<SigningFact> = vec![];
        for id in 1..=named {
            signings.push(fact(id, &mut next, 2010));
            if next(4) == 0 {
                signings.push(fact(id, &mut next, 2010));
            }
        }
        for id in 1..=i32::try_from(next(3)).unwrap() {
            let mut unnamed = fact(-id, &mut next, 2010);
            unnamed.date = PartialDate::Unknown;
            signings.push(unnamed);
        }
        let scopes = [
            statements::ScopeName::Overall,
            statements::ScopeName::European,
            statements::ScopeName::NationalCapital,
            statements::ScopeName::EuCapital,
        ];
        let stated = (0..next(3))
            .map(|i| {
                let scope = scopes[usize::try_from(next(4)).unwrap()];
                let n = 1 + u32::try_from(next(u64::try_from(named).unwrap() + 1)).unwrap();
                let claim = if next(2) == 0 {
                    statements::Claim::Place {
                        subject: 1 + i32::try_from(next(u64::try_from(named).unwrap())).unwrap(),
                        scope,
                        n,
                    }
                } else {
                    statements::Claim::Total {
                        as_of: Day::new(2010 + i32::try_from(next(8)).unwrap(), 6, 30).unwrap(),
                        scope,
                        n,
                    }
                };
                statements::Statement {
                    id: i32::try_from(i).unwrap() + 1,
                    claims: vec![claim],
                    set_aside: false,
                }
            })
            .collect();
        // One more signing: a new signatory (often dated after everything stated), or a known
        // one signing again.
        let who = if next(3) == 0 {
            1 + i32::try_from(next(u64::try_from(named).unwrap())).unwrap()
        } else {
            named + 1
        };
        let from_year = if next(2) == 0 { 2010 } else { 2019 };
        let mut extra = fact(who, &mut next, from_year);
        if next(6) != 0 {
            extra.bounds = Bounds::default();
            if extra.date == PartialDate::Unknown {
                extra.date = PartialDate::Year(from_year);
            }
        }
        (signings, stated, extra)
    })
}

#[test]
fn property_the_shortcut_for_one_more_signing_agrees_with_counting_everything_again() {
    let calendar = calendar();
    let (mut answered, mut new_answered, mut known_answered) = (0, 0, 0);
    let mut edition_places = 0;
    let total = registries_with_one_more().count();
    for (signings, stated, extra) in registries_with_one_more() {
        let base = count_of(signings.iter(), &stated, &calendar, None);
        let Some((ordinals, signatories)) =
            preview::places_with(&signings, &base, &stated, &calendar, &extra)
        else {
            continue;
        };
        let full = count_of(
            signings.iter().chain(std::iter::once(&extra)),
            &stated,
            &calendar,
            None,
        );
        let expected = full
            .ordinals
            .get(&extra.signatory_id)
            .cloned()
            .unwrap_or_default();
        assert_eq!(ordinals, expected, "{extra:?}\n{signings:#?}\n{stated:?}");
        assert_eq!(signatories, full.totals.signatories);
        answered += 1;
        if signings
            .iter()
            .any(|s| s.signatory_id == extra.signatory_id)
        {
            known_answered += 1;
        } else {
            new_answered += 1;
        }
        // Signed both editions: the second one's place is the shortcut's to compute.
        edition_places += usize::from(expected.editions.len() > 1);
    }
    // The shortcut answers most cases, for new and known signatories alike, and the ones it
    // leaves to the full count are the ones its conditions name.
    eprintln!("answered {answered} of {total}: {new_answered} new, {known_answered} known, {edition_places} in both editions");
    assert!(answered * 2 > total, "{answered} of {total}");
    assert!(
        new_answered > total / 4 && known_answered > total / 10,
        "{new_answered} new, {known_answered} known"
    );
    assert!(edition_places * 10 > answered, "{edition_places}");
}

#[test]
fn the_shortcut_leaves_to_the_full_count_what_it_cannot_get_exactly() {
    let calendar = calendar();
    let mut f = Fixture::new();
    let paris = f.sign("Paris", "FR", true, "2014-03-01");
    f.sign("Lyon", "FR", false, "2015-05-05");
    let stated = vec![statements::Statement {
        id: 1,
        claims: claims("overall=2@2016-01-01", None),
        set_aside: false,
    }];
    let base = count_of(f.signings.iter(), &stated, &calendar, None);
    let mut one_more = f.signings[1].clone();
    one_more.signatory_id = 99;
    // Dated before a statement's day: a full count decides.
    one_more.date = PartialDate::parse("2015-12-01").unwrap();
    assert!(preview::places_with(&f.signings, &base, &stated, &calendar, &one_more).is_none());
    // After it: the shortcut answers, and agrees.
    one_more.date = PartialDate::parse("2016-02-01").unwrap();
    let (ordinals, total) =
        preview::places_with(&f.signings, &base, &stated, &calendar, &one_more).unwrap();
    assert_eq!(ordinals.overall, Some(Ordinal::exact(3)));
    assert_eq!(total, 3);
    // A known signatory's earlier signing becomes its first: a full count decides.
    let mut earlier = f.signings[0].clone();
    earlier.date = PartialDate::parse("2012-01-01").unwrap();
    assert_eq!(earlier.signatory_id, paris);
    assert!(preview::places_with(&f.signings, &base, &stated, &calendar, &earlier).is_none());
    // No known date: a full count decides.
    one_more.date = PartialDate::Unknown;
    assert!(preview::places_with(&f.signings, &base, &stated, &calendar, &one_more).is_none());
}
