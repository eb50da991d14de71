//! A small registry built in memory, for the unit tests of form parsers and of what reads a
//! snapshot: France (European, in the EU since 1958) and Canada, the 2010 and 2024 editions,
//! and Paris, signed on 16 October 2024.

use time::macros::{date, datetime};

use super::entities::states::{Publication, SignatoryKind, SignatoryStatus};
use super::entities::{country, edition, signatory, signing};
use super::registry::{Rows, Snapshot};
use domain::ordinals::Membership;

fn country(code: &str, name: &str, european: bool) -> country::Model {
    country::Model {
        code: code.to_owned(),
        name: name.to_owned(),
        european,
    }
}

fn edition(id: i32, slug: &str) -> edition::Model {
    edition::Model {
        id,
        slug: slug.to_owned(),
        title: format!("Integrating Cities Charter ({slug})"),
        subtitle: String::new(),
        language: "en".to_owned(),
        status: Publication::Published,
        first_published: slug.to_owned(),
        last_updated: None,
        published_on: None,
        is_current: slug == "2024",
        preamble_missing: false,
        editorial_note: None,
        created_at: datetime!(2026-01-01 0:00 UTC),
        updated_at: datetime!(2026-01-01 0:00 UTC),
        translation_of: None,
    }
}

/// A posted form's fields.
#[must_use]
pub fn posted(pairs: &[(&str, &str)]) -> std::collections::BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The registry described above.
#[must_use]
pub fn registry() -> Snapshot {
    Snapshot::from_rows(rows())
}

/// [`registry`] with `extra` more French cities, spread around Paris, signed the same day.
#[must_use]
pub fn crowded_registry(extra: usize) -> Snapshot {
    let mut rows = rows();
    let (paris, signed) = (rows.signatories[0].clone(), rows.signings[0].clone());
    for i in 0..extra {
        let id = i32::try_from(i).expect("a small registry") + 2;
        let step = |n: usize| f64::from(u32::try_from(n % 10).expect("a digit")) * 0.3;
        rows.signatories.push(signatory::Model {
            id,
            slug: format!("city-{i}"),
            name: format!("City {i}"),
            search_name: format!("city {i}"),
            national_capital: false,
            latitude: Some(48.0 + step(i)),
            longitude: Some(2.0 + step(i / 10)),
            ..paris.clone()
        });
        rows.signings.push(signing::Model {
            id,
            signatory_id: id,
            ..signed.clone()
        });
    }
    Snapshot::from_rows(rows)
}

fn rows() -> Rows {
    let at = datetime!(2026-01-01 0:00 UTC);
    let paris = signatory::Model {
        id: 1,
        slug: "paris".to_owned(),
        name: "Paris".to_owned(),
        search_name: "paris".to_owned(),
        kind: SignatoryKind::City,
        country_code: "FR".to_owned(),
        national_capital: true,
        latitude: None,
        longitude: None,
        website: None,
        wikidata_id: None,
        status: SignatoryStatus::Signed,
        withdrawn_on: None,
        withdrawn_reason: None,
        notes: None,
        created_at: at,
        updated_at: at,
    };
    let signed = signing::Model {
        id: 1,
        signatory_id: 1,
        edition_id: 2,
        edition_confirmed: true,
        signed_on: Some(date!(2024 - 10 - 16)),
        date_precision: "day".to_owned(),
        tie_position: None,
        event: None,
        place: None,
        signed_by_name: None,
        signed_by_title: None,
        council_decision_on: None,
        confidence: "confirmed".to_owned(),
        announced_ordinal: None,
        notes: None,
        created_at: at,
        updated_at: at,
        held: false,
        not_before: None,
        not_after: None,
        public_note: None,
        from_seed: false,
    };
    Rows {
        signatories: vec![paris],
        countries: vec![
            country("FR", "France", true),
            country("CA", "Canada", false),
        ],
        signings: vec![signed],
        editions: vec![edition(1, "2010"), edition(2, "2024")],
        memberships: vec![Membership {
            country_code: "FR".to_owned(),
            joined_on: domain::date::Day::new(1958, 1, 1).expect("a day"),
            left_on: None,
        }],
        ..Rows::default()
    }
}
