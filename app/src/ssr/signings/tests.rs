//! The signing form's parser against a small registry (`ssr::testing`).

use std::collections::BTreeMap;

use super::*;
use crate::i18n::Lang;
use crate::ssr::entities::states::SignatoryKind;
use crate::ssr::testing::{posted, registry};
use domain::date::{Day, PartialDate};

const NEW_CITY: [(&str, &str); 7] = [
    ("signatory", "new"),
    ("name", " Lyon "),
    ("country", "fr"),
    ("kind", "city"),
    ("edition", "2024"),
    ("edition_confirmed", "yes"),
    ("date", "2025-03"),
];

fn with(extra: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut f = posted(&NEW_CITY);
    f.extend(posted(extra));
    f
}

#[test]
fn a_new_city_is_read_into_a_checked_signing() {
    let snapshot = registry();
    let f = with(&[
        (
            "sources",
            "Council vote | https://lyon.fr/vote\n\nhttps://lyon.fr/news\nCity archive",
        ),
        ("position", "2"),
        ("council_decision_on", "2025-02-10"),
        ("_preview", "stale lines"),
    ]);
    let (input, form) = read_signing(&f, &snapshot, Lang::En);
    assert!(form.ok(), "{:?}", form.form.errors);
    assert!(
        !form.form.values.contains_key("_preview"),
        "an old preview is dropped"
    );
    let input = input.expect("valid");
    let Who::New(city) = &input.who else {
        panic!("a new signatory")
    };
    assert_eq!(city.name, "Lyon");
    assert_eq!(city.country_code, "FR");
    assert_eq!(city.kind, SignatoryKind::City);
    assert_eq!(input.edition_slug, "2024");
    assert!(input.edition_confirmed);
    assert_eq!(input.date, PartialDate::parse("2025-03").expect("month"));
    assert_eq!(input.position, Some(2));
    assert_eq!(input.council_decision_on, Day::new(2025, 2, 10));
    assert_eq!(
        input.sources,
        vec![
            (
                "Council vote".to_owned(),
                Some("https://lyon.fr/vote".to_owned())
            ),
            (
                "https://lyon.fr/news".to_owned(),
                Some("https://lyon.fr/news".to_owned())
            ),
            ("City archive".to_owned(), None),
        ]
    );
}

#[test]
fn an_existing_signatory_is_chosen_by_id() {
    let snapshot = registry();
    let f = posted(&[("signatory", "1"), ("edition", "2010"), ("date", "2010")]);
    let (input, form) = read_signing(&f, &snapshot, Lang::En);
    assert!(form.ok(), "{:?}", form.form.errors);
    let input = input.expect("valid");
    assert!(matches!(&input.who, Who::Existing(m) if m.slug == "paris"));
    let f = posted(&[("signatory", "99"), ("edition", "2010"), ("date", "2010")]);
    let (input, form) = read_signing(&f, &snapshot, Lang::En);
    assert!(input.is_none());
    assert_eq!(
        form.form.errors["signatory"],
        Lang::En.t("msg-signatory-choose")
    );
}

/// Fields changed from [`NEW_CITY`].
type Change<'a> = &'a [(&'a str, &'a str)];

#[test]
fn each_wrong_field_gets_its_own_error_and_nothing_is_read() {
    let snapshot = registry();
    let cases: [(Change<'_>, &str, String); 9] = [
        (&[("name", "  ")], "name", Lang::En.t("msg-signatory-name")),
        (&[("country", "XX")], "country", Lang::En.t("msg-country")),
        (&[("kind", "village")], "kind", Lang::En.t("msg-kind")),
        (
            &[("edition", "1999")],
            "edition",
            Lang::En.t("msg-signing-edition"),
        ),
        (&[("date", "")], "date", Lang::En.t("msg-signing-date")),
        (&[("position", "0")], "position", Lang::En.t("msg-position")),
        (
            &[("council_decision_on", "2025-02")],
            "council_decision_on",
            Lang::En.t("msg-council-date"),
        ),
        (
            &[("event", "")],
            "",
            String::new(), // an empty optional field is no error (checked below)
        ),
        (
            &[("name", "Paris"), ("country", "FR")],
            "name",
            crate::t!(Lang::En, "msg-signatory-exists", name = "Paris"),
        ),
    ];
    for (change, field, message) in cases {
        let mut f = posted(&NEW_CITY);
        f.extend(posted(change));
        let (input, form) = read_signing(&f, &snapshot, Lang::En);
        if field.is_empty() {
            assert!(input.is_some() && form.ok(), "{change:?}");
            continue;
        }
        assert!(input.is_none(), "{change:?}");
        assert_eq!(form.form.errors.get(field), Some(&message), "{change:?}");
        assert_eq!(
            form.form.errors.len(),
            1,
            "{change:?}: {:?}",
            form.form.errors
        );
    }
}

#[test]
fn a_bad_source_line_is_named_by_its_number() {
    let snapshot = registry();
    let f = with(&[("sources", "Fine | https://lyon.fr\nBroken | ftp://lyon.fr")]);
    let (input, form) = read_signing(&f, &snapshot, Lang::En);
    assert!(input.is_none());
    let message = &form.form.errors["sources"];
    assert!(message.contains('2'), "{message}");
    let long = format!("{} | https://lyon.fr", "l".repeat(301));
    let f = with(&[("sources", long.as_str())]);
    let (_, form) = read_signing(&f, &snapshot, Lang::En);
    assert_eq!(
        form.form.errors["sources"],
        crate::t!(Lang::En, "msg-source-label-long", line = 1)
    );
}

#[test]
fn over_long_texts_are_refused_with_their_limit() {
    let snapshot = registry();
    let name = "n".repeat(121);
    let mut f = posted(&NEW_CITY);
    f.insert("name".into(), name);
    f.insert("announced_ordinal".into(), "o".repeat(301));
    let (input, form) = read_signing(&f, &snapshot, Lang::En);
    assert!(input.is_none());
    assert_eq!(
        form.form.errors["name"],
        crate::t!(Lang::En, "msg-max-chars", max = 120)
    );
    assert_eq!(
        form.form.errors["announced_ordinal"],
        crate::t!(Lang::En, "msg-max-chars", max = 300)
    );
}
