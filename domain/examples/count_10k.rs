//! Times the counting rule on a generated registry (the benchmark's spread: ten countries,
//! day-precision dates 2010–2026) plus ranges and statements like the seeded record's.
//! Then the shortcut for one more signing (a new city signing on a day after the registry's
//! dates, as the staff preview asks it) against the same full count.
//! `cargo run --release -p domain --example count_10k [signings] [runs]`

use domain::date::{Day, PartialDate};
use domain::ordinals::preview::places_with;
use domain::ordinals::statements::{parse_claims, Statement};
use domain::ordinals::{count_of, Bounds, EuCalendar, Flag, Membership, SigningFact};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: i32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(30);
    let mut seed: u64 = 7;
    let mut next = move |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    let countries = ["FR", "DE", "IT", "ES", "PL", "NL", "BE", "SE", "FI", "PT"];
    let mut facts: Vec<SigningFact> = (1..=n)
        .map(|i| {
            let year = 2010 + i32::try_from(next(17)).unwrap_or(0);
            let month = 1 + u8::try_from(next(12)).unwrap_or(0);
            let day = 1 + u8::try_from(next(28)).unwrap_or(0);
            let date = Day::new(year, month, day).map_or(PartialDate::Unknown, PartialDate::Day);
            let (date, bounds) = if i % 50 == 0 {
                // One in fifty known only as a range of two years.
                let first = Day::new(year.min(2024), month, day);
                let last = Day::new(year.min(2024) + 2, month, day);
                (
                    PartialDate::Unknown,
                    Bounds {
                        not_before: first,
                        not_after: last,
                    },
                )
            } else {
                (date, Bounds::default())
            };
            SigningFact {
                signatory_id: i,
                name: format!("Generated City {i}"),
                country_code: countries[usize::try_from(next(10)).unwrap_or(0)].into(),
                european: Flag::Yes,
                national_capital: Flag::from(next(20) == 0),
                eu_capital: None,
                edition: if year >= 2024 { "2024" } else { "2010" }.into(),
                date,
                bounds,
                position: None,
            }
        })
        .collect();
    facts.push(SigningFact {
        signatory_id: -1,
        name: String::new(),
        country_code: String::new(),
        european: Flag::Unknown,
        national_capital: Flag::Unknown,
        eu_capital: Some(Flag::Unknown),
        edition: "2010".into(),
        date: PartialDate::Unknown,
        bounds: Bounds {
            not_before: Day::new(2016, 1, 1),
            not_after: Day::new(2022, 11, 10),
        },
        position: None,
    });
    let stated: Vec<Statement> = [
        (1, "overall=400@2011-01-01"),
        (2, "overall=3000@2015-12-31"),
        (3, "european=100"),
    ]
    .into_iter()
    .map(|(id, text)| Statement {
        id,
        claims: parse_claims(text, Some(5)).unwrap_or_default(),
        set_aside: false,
    })
    .collect();
    let calendar = EuCalendar::new(
        countries
            .iter()
            .map(|c| Membership {
                country_code: (*c).into(),
                joined_on: Day::new(1958, 1, 1).unwrap_or(domain::ordinals::LAUNCH),
                left_on: None,
            })
            .collect(),
    );
    let median_and_slowest = |mut times: Vec<f64>| {
        times.sort_by(f64::total_cmp);
        (times[times.len() / 2], times[times.len() - 1])
    };
    let timed = |work: &dyn Fn()| {
        median_and_slowest(
            (0..runs)
                .map(|_| {
                    let start = std::time::Instant::now();
                    work();
                    start.elapsed().as_secs_f64() * 1000.0
                })
                .collect(),
        )
    };
    let (median, slowest) = timed(&|| {
        std::hint::black_box(count_of(facts.iter(), &stated, &calendar, None));
    });
    println!(
        "counting rule over {} signings, {} statements: median {median:.2} ms, slowest {slowest:.2} ms ({runs} runs)",
        facts.len(),
        stated.len(),
    );
    let base = count_of(facts.iter(), &stated, &calendar, None);
    let extra = SigningFact {
        signatory_id: n + 1,
        name: "Timing City".into(),
        country_code: "FR".into(),
        european: Flag::Yes,
        national_capital: Flag::No,
        eu_capital: None,
        edition: "2024".into(),
        date: Day::new(2027, 1, 15).map_or(PartialDate::Unknown, PartialDate::Day),
        bounds: Bounds::default(),
        position: None,
    };
    let answer = places_with(&facts, &base, &stated, &calendar, &extra);
    let full = count_of(
        facts.iter().chain(std::iter::once(&extra)),
        &stated,
        &calendar,
        None,
    );
    assert_eq!(
        answer.as_ref().map(|(o, total)| (o.clone(), *total)),
        Some((
            full.ordinals[&extra.signatory_id].clone(),
            full.totals.signatories
        )),
        "the shortcut answers, as the full count does"
    );
    let (median, slowest) = timed(&|| {
        std::hint::black_box(places_with(&facts, &base, &stated, &calendar, &extra));
    });
    println!(
        "places of one more signing without a recount: median {median:.2} ms, slowest {slowest:.2} ms ({runs} runs)"
    );
}
