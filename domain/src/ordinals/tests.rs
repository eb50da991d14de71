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
                    country_code: ["FR", "DE", "GB", "HR", "CA"][usize::try_from(next(5)).unwrap()]
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
