//! The registry as the import's CSV (one row per signatory, its first signing).

use std::collections::HashMap;

use super::*;
use crate::ssr::convert::from_date;
use crate::ssr::entities::signing;
use crate::ssr::registry::{signing_date, Snapshot};

pub(super) fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

pub(super) fn opt(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

/// The registry in the import format.
///
/// # Errors
/// CSV writing errors (as text).
pub fn export_csv(snapshot: &Snapshot) -> Result<String, String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS).map_err(|e| e.to_string())?;
    let editions: HashMap<i32, &str> = snapshot
        .editions()
        .iter()
        .map(|e| (e.id, e.slug.as_str()))
        .collect();
    for who in snapshot.signatories() {
        let base = [
            who.slug.clone(),
            who.name.clone(),
            who.kind.as_str().to_owned(),
            who.country_code.clone(),
            yes(who.national_capital).to_owned(),
            who.status.as_str().to_owned(),
            opt(who.website.as_ref()),
        ];
        let signings: Vec<&signing::Model> = snapshot.signings_of(who.id).collect();
        if signings.is_empty() {
            let mut row: Vec<String> = base.to_vec();
            row.resize(COLUMNS.len(), String::new());
            out.write_record(row.iter().map(|c| domain::text::guard_cell(c).into_owned()))
                .map_err(|e| e.to_string())?;
        }
        for s in signings {
            let sources: Vec<String> = snapshot
                .sources_of_signing(s.id)
                .map(|x| match &x.url {
                    Some(url) => format!("{} | {url}", x.label),
                    None => x.label.clone(),
                })
                .collect();
            let mut row: Vec<String> = base.to_vec();
            row.extend([
                editions
                    .get(&s.edition_id)
                    .copied()
                    .unwrap_or("")
                    .to_owned(),
                yes(s.edition_confirmed).to_owned(),
                signing_date(s).iso(),
                s.tie_position.map(|p| p.to_string()).unwrap_or_default(),
                opt(s.event.as_ref()),
                opt(s.place.as_ref()),
                opt(s.signed_by_name.as_ref()),
                opt(s.signed_by_title.as_ref()),
                s.council_decision_on
                    .and_then(from_date)
                    .map(|d| d.iso())
                    .unwrap_or_default(),
                opt(s.announced_ordinal.as_ref()),
                sources.join("\n"),
                s.not_before
                    .and_then(from_date)
                    .map(|d| d.iso())
                    .unwrap_or_default(),
                s.not_after
                    .and_then(from_date)
                    .map(|d| d.iso())
                    .unwrap_or_default(),
                opt(s.public_note.as_ref()),
            ]);
            out.write_record(row.iter().map(|c| domain::text::guard_cell(c).into_owned()))
                .map_err(|e| e.to_string())?;
        }
    }
    String::from_utf8(out.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}
