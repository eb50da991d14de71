//! The translation files against the code, and each language's way with dates, places and plurals.

use super::*;
use fluent_bundle::FluentResource;

use crate::t;
use domain::date::{Day, PartialDate};
use domain::ordinals::{Ordinal, SignatoryOrdinals};

fn keys(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("a translation file does not parse: {errors:?}"),
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn both_files_parse_and_have_the_same_keys() {
    let en = keys(SOURCES[0].1);
    let fr = keys(SOURCES[1].1);
    assert!(en.len() > 100, "{} keys", en.len());
    let missing_fr: Vec<_> = en.iter().filter(|k| !fr.contains(k)).collect();
    let missing_en: Vec<_> = fr.iter().filter(|k| !en.contains(k)).collect();
    assert!(missing_fr.is_empty(), "missing in fr.ftl: {missing_fr:?}");
    assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
}

#[test]
fn every_key_the_code_uses_exists_in_both_languages() {
    let mut used = Vec::new();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read file");
                // Code only: comments may show the syntax with placeholder keys.
                let text: String = text
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                // `t!(lang, "key"` and `.t("key"` / `.t_args("key"`
                for (i, _) in text.match_indices("t!(") {
                    // `t!(` itself, not `format!(`, `assert!(` or this scanner's own pattern.
                    let before = text[..i].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' || before == '"' {
                        continue;
                    }
                    let rest = &text[i..];
                    let key: String = match rest.find('"').filter(|&q| q < 80) {
                        Some(q) => rest[q + 1..].chars().take_while(|c| *c != '"').collect(),
                        None => "(a t! call this scan cannot read)".into(),
                    };
                    used.push((path.display().to_string(), key));
                }
                for pattern in [".t(\"", ".t_args(\"", "Msg::new(\""] {
                    for (i, _) in text.match_indices(pattern) {
                        let key: String = text[i + pattern.len()..]
                            .chars()
                            .take_while(|c| *c != '"')
                            .collect();
                        used.push((path.display().to_string(), key));
                    }
                }
            }
        }
    }
    assert!(used.len() > 100, "found {} uses", used.len());
    let absent: Vec<_> = used
        .iter()
        .filter(|(_, key)| !key.is_empty() && !Lang::ALL.iter().all(|l| l.has(key)))
        .collect();
    assert!(
        absent.is_empty(),
        "keys used but not in both files: {absent:?}"
    );
}

#[test]
fn every_month_kind_status_and_seeded_country_has_a_name_in_both_languages() {
    let countries = include_str!("../../../server/seed/countries.csv");
    for lang in Lang::ALL {
        for m in 1..=12 {
            assert!(lang.has(&format!("month-{m}")), "{lang:?} month {m}");
        }
        for kind in domain::directory::KINDS {
            assert!(lang.has(&format!("kind-{kind}")), "{lang:?} kind {kind}");
        }
        for status in domain::directory::STATUSES {
            assert!(
                lang.has(&format!("status-{status}")),
                "{lang:?} status {status}"
            );
        }
        for line in countries.lines().skip(1) {
            let code = line.split(',').next().unwrap_or_default();
            assert!(
                lang.has(&format!("country-{code}")),
                "{lang:?} country {code}"
            );
        }
    }
}

#[test]
fn dates_and_ordinals_are_written_each_language_s_way() {
    let day = Day::new(2013, 12, 18).expect("day");
    assert_eq!(Lang::En.day(day), "18 December 2013");
    assert_eq!(Lang::Fr.day(day), "18 décembre 2013");
    let first = Day::new(2024, 10, 1).expect("day");
    assert_eq!(Lang::Fr.day(first), "1er octobre 2024");
    assert_eq!(Lang::En.day(first), "1 October 2024");
    assert_eq!(Lang::Fr.iso_date("2013-09"), "septembre 2013");
    assert_eq!(Lang::En.iso_date("2013-09"), "September 2013");
    assert_eq!(Lang::Fr.iso_date(""), "date inconnue");
    assert_eq!(Lang::Fr.stored_date("February 2010"), "février 2010");
    let day = PartialDate::parse("2013-12-18").expect("a day");
    let month = PartialDate::parse("2013-09").expect("a month");
    assert_eq!(Lang::En.when_signed(day), "on 18 December 2013");
    assert_eq!(Lang::Fr.when_signed(day), "le 18 décembre 2013");
    assert_eq!(Lang::En.when_signed(month), "in September 2013");
    assert_eq!(Lang::Fr.when_signed(month), "en septembre 2013");
    assert_eq!(
        Lang::Fr.when_signed(PartialDate::Unknown),
        "à une date encore inconnue"
    );
    assert_eq!(Lang::Fr.stored_date("18 December 2013"), "18 décembre 2013");
    assert_eq!(Lang::En.stored_date("October 2024"), "October 2024");
    assert_eq!(Lang::Fr.stored_date("spring 2010"), "spring 2010");
    assert_eq!(
        Lang::En.date_range("2013-09-09", Some("2013-09-10")),
        "9–10 September 2013"
    );
    assert_eq!(
        Lang::Fr.date_range("2013-10-01", Some("2013-10-02")),
        "1er–2 octobre 2013"
    );
    assert_eq!(Lang::Fr.date_range("2006-10", None), "octobre 2006");
    assert_eq!(
        Lang::En.date_range("2006-10-30", Some("2006-11-01")),
        "30 October 2006 – 1 November 2006"
    );
    let place = |n, range: bool| Ordinal {
        min: n,
        max: if range { n + 2 } else { n },
        together: None,
    };
    let en: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 33, 101, 111]
        .map(|n| Lang::En.ordinal(place(n, false)))
        .into();
    assert_eq!(
        en,
        [
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "33rd", "101st",
            "111th"
        ]
    );
    let fr: Vec<_> = [1, 2, 33].map(|n| Lang::Fr.ordinal(place(n, false))).into();
    assert_eq!(fr, ["1er", "2e", "33e"]);
    assert_eq!(Lang::Fr.ordinal(place(18, true)), "18e–20e");
    assert_eq!(Lang::En.ordinal(place(18, true)), "18th–20th");
    assert_eq!(Lang::Fr.ordinal_feminine(place(1, false)), "1re");
    assert_eq!(Lang::En.ordinal_feminine(place(1, false)), "1st");
    let paris = SignatoryOrdinals {
        overall: Some(place(33, false)),
        european: Some(place(33, false)),
        eu_capital: Some(place(15, false)),
        in_country: Some(place(1, false)),
        editions: vec![("2010".into(), place(30, true))],
        ..SignatoryOrdinals::default()
    };
    assert_eq!(
        Lang::En.place_phrases(true, "France", &paris),
        [
            "the 33rd signatory",
            "the 33rd European city",
            "the 15th EU capital",
            "the 1st signatory in France",
            "the 30th–32nd to sign the 2010 edition",
        ]
    );
    assert_eq!(
        Lang::Fr.place_phrases(true, "France", &paris),
        [
            "le 33e signataire",
            "la 33e ville européenne",
            "la 15e capitale de l'UE",
            "le 1er signataire de son pays",
            "le 30e–32e à signer l'édition 2010",
        ]
    );
    assert_eq!(
        Lang::Fr.join(&["a".into(), "b".into(), "c".into()]),
        "a, b et c"
    );
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(
        t!(Lang::En, "home-signatories-label", count = 1_u32),
        "signatory in the registry"
    );
    assert_eq!(
        t!(Lang::En, "home-signatories-label", count = 2_u32),
        "signatories in the registry"
    );
    // French treats 0 and 1 as singular.
    assert_eq!(
        t!(Lang::Fr, "home-signatories-label", count = 0_u32),
        "signataire au registre"
    );
    assert_eq!(
        t!(Lang::Fr, "home-signatories-label", count = 2_u32),
        "signataires au registre"
    );
}

#[test]
fn paths_carry_the_language() {
    assert_eq!(split_path("/fr/charter/2010"), (Lang::Fr, "/charter/2010"));
    assert_eq!(split_path("/fr"), (Lang::Fr, "/"));
    assert_eq!(split_path("/france"), (Lang::En, "/france"));
    assert_eq!(split_path("/signatories"), (Lang::En, "/signatories"));
    assert_eq!(Lang::Fr.href("/"), "/fr");
    assert_eq!(Lang::Fr.href("/?x=1"), "/fr?x=1");
    assert_eq!(
        Lang::Fr.href("/signatories?country=FR"),
        "/fr/signatories?country=FR"
    );
    assert_eq!(Lang::Fr.href("/charter/2010"), "/fr/charter/2010");
    assert_eq!(Lang::Fr.href("/signatories/paris"), "/fr/signatories/paris");
    assert_eq!(Lang::Fr.href("/signatories.csv"), "/signatories.csv");
    assert_eq!(
        Lang::Fr.href("/charter/compare?from=2010"),
        "/fr/charter/compare?from=2010"
    );
    assert_eq!(Lang::Fr.href("/admin"), "/fr/admin");
    assert_eq!(Lang::Fr.href("/api/admin/login"), "/fr/api/admin/login");
    assert_eq!(
        Lang::Fr.href("/admin/export/signings.csv"),
        "/fr/admin/export/signings.csv"
    );
    assert_eq!(Lang::En.href("/charter"), "/charter");
}

#[test]
fn ordinal_words() {
    let text = |n| Lang::En.ordinal(Ordinal::exact(n));
    assert_eq!(
        [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112]
            .map(text)
            .join(" "),
        "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 112th"
    );
    let range = Ordinal {
        min: 31,
        max: 32,
        together: None,
    };
    assert_eq!(Lang::En.ordinal(range), "31st–32nd");
    assert_eq!(Lang::Fr.ordinal(range), "31e–32e");
    assert_eq!(Lang::En.overall_place(range), "the 31st–32nd signatory");
    let founders = Ordinal {
        min: 1,
        max: 17,
        together: Some(domain::ordinals::LAUNCH),
    };
    assert_eq!(
        Lang::En.overall_place(founders),
        "one of the 17 founding signatories, who signed together on 22 February 2010"
    );
    assert_eq!(
        Lang::Fr.overall_place(founders),
        "l'un des 17 signataires fondateurs, qui ont signé ensemble le 22 février 2010"
    );
    let later = Ordinal {
        min: 51,
        max: 54,
        together: domain::date::Day::new(2024, 11, 20),
    };
    assert_eq!(
        Lang::En.overall_place(later),
        "one of the 4 signatories who signed together on 20 November 2024"
    );
}

#[test]
fn the_domain_s_errors_become_sentences_in_each_language() {
    use domain::edition::StructureProblem;
    assert_eq!(
        Msg::from(&StructureProblem::RoleWithoutCommitment("role:b".into())).text(Lang::En),
        "The role role:b has no commitment: give at least one, one per line."
    );
    assert_eq!(
        Msg::from(&StructureProblem::FootnoteMissing {
            key: "role:a".into(),
            marker: "1".into()
        })
        .text(Lang::Fr),
        "La note (1) est appelée mais n’est pas donnée."
    );
    let date = |raw: &str| Lang::En.date(PartialDate::parse(raw).expect("a date"));
    assert_eq!(date("2013-12-18"), "18 December 2013");
    assert_eq!(date("2013-09"), "September 2013");
    assert_eq!(date("2013"), "2013");
    let bad = Msg::from(PartialDate::parse("2013-02-30").unwrap_err());
    assert_eq!(bad.key, "msg-date-no-such-day");
    assert!(bad.text(Lang::En).contains("2013-02-30"));
}
