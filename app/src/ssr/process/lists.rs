//! The staff lists of the signing process, like every staff list (`ssr/lists.rs`): the
//! applications (searched by city, reference or contact, filtered by stage, sorted by a
//! column) and the suggested corrections (searched, filtered by state, sorted); pages of 50,
//! and the same rows as a spreadsheet.

use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};
use time::OffsetDateTime;

use super::join::reference;
use super::pipeline::{announced_signings, is_open, next_step, stage_label, stage_words};
use crate::i18n::{Lang, Msg};
use crate::model::process::{ApplicationRow, CorrectionRow};
use crate::ssr::audit::utc_text;
use crate::ssr::entities::states::ApplicationStage;
use crate::ssr::entities::{application, correction_suggestion, signatory};
use crate::ssr::lists::{parse_search, parse_sort, sort_value, write_csv};
use crate::ssr::registry::Snapshot;
use crate::t;
use domain::text::fold;

/// The orders of the applications list; newest first when none is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplicationSort {
    Received,
    City,
    Country,
    Stage,
    Ceremony,
}

const APPLICATION_COLUMNS: [(&str, ApplicationSort); 5] = [
    ("received", ApplicationSort::Received),
    ("city", ApplicationSort::City),
    ("country", ApplicationSort::Country),
    ("stage", ApplicationSort::Stage),
    ("ceremony", ApplicationSort::Ceremony),
];

/// What the applications list shows: a search, a stage (`open`, `all` or one stage), an order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationQuery {
    pub q: String,
    pub stage: String,
    pub sort: ApplicationSort,
    pub descending: bool,
}

impl ApplicationQuery {
    /// Reads the list's query string.
    ///
    /// # Errors
    /// The message naming the value that does not read.
    pub fn parse(q: Option<&str>, stage: Option<&str>, sort: Option<&str>) -> Result<Self, Msg> {
        let q = parse_search(q)?;
        let stage = match stage.unwrap_or_default().trim() {
            "" | "open" => "open",
            "all" => "all",
            other => ApplicationStage::parse(other)
                .ok_or_else(|| Msg::new("msg-app-stage-unknown"))?
                .as_str(),
        };
        let (sort, descending) = if sort.unwrap_or_default().trim().is_empty() {
            (ApplicationSort::Received, true)
        } else {
            parse_sort(sort, &APPLICATION_COLUMNS, "msg-param-app-sort")?
        };
        Ok(Self {
            q,
            stage: stage.to_owned(),
            sort,
            descending,
        })
    }

    /// The `sort` value that gives this order.
    #[must_use]
    pub fn sort_value(&self) -> String {
        sort_value(self.sort, self.descending, &APPLICATION_COLUMNS)
    }

    fn wants(&self, stage: ApplicationStage) -> bool {
        match self.stage.as_str() {
            "open" => is_open(stage),
            "all" => true,
            other => stage.as_str() == other,
        }
    }
}

/// The stage filter's choices: `(value, label with its count)`, every application counted.
pub type StageChoices = Vec<(String, String)>;

/// The applications `query` shows, in its order (ties: newest first), and the stage choices.
///
/// # Errors
/// Database errors.
pub async fn application_rows(
    db: &DatabaseConnection,
    snapshot: &Snapshot,
    now: OffsetDateTime,
    query: &ApplicationQuery,
    lang: Lang,
) -> Result<(Vec<ApplicationRow>, StageChoices), DbErr> {
    let all = application::Entity::find()
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    let announced = announced_signings(db, now).await?;
    let mut stages = vec![
        (
            "open".to_owned(),
            t!(
                lang,
                "app-filter-open",
                n = all.iter().filter(|a| is_open(a.stage)).count()
            ),
        ),
        ("all".to_owned(), t!(lang, "app-filter-all", n = all.len())),
    ];
    let order: Vec<ApplicationStage> = <ApplicationStage as sea_orm::Iterable>::iter().collect();
    for s in &order {
        let n = all.iter().filter(|a| a.stage == *s).count();
        stages.push((
            s.as_str().to_owned(),
            format!("{} ({n})", stage_label(*s, lang)),
        ));
    }
    let folded = fold(&query.q);
    let country = |code: &str| lang.country(code, &snapshot.country_name(code));
    let mut rows: Vec<(String, ApplicationRow)> = all
        .into_iter()
        .filter(|a| query.wants(a.stage))
        .map(|a| {
            let row = ApplicationRow {
                id: a.id,
                reference: reference(a.id),
                country: country(&a.country_code),
                stage: stage_words(&a, &announced, lang),
                next: next_step(a.stage, lang),
                received: utc_text(a.created_at),
                ceremony: a.ceremony_on.as_deref().map(|d| lang.iso_date(d)),
                contact: format!("{} <{}>", a.contact_name, a.contact_email),
                city: a.city.clone(),
            };
            let rank = order.iter().position(|s| *s == a.stage).unwrap_or(0);
            let key = match query.sort {
                ApplicationSort::Received => String::new(),
                ApplicationSort::City => fold(&a.city),
                ApplicationSort::Country => fold(&row.country),
                ApplicationSort::Stage => rank.to_string(),
                // Planned ceremonies first, soonest first; the rest after.
                ApplicationSort::Ceremony => {
                    a.ceremony_on.clone().unwrap_or_else(|| "~".to_owned())
                }
            };
            (key, row)
        })
        .filter(|(_, r)| {
            folded.is_empty()
                || [&r.city, &r.country, &r.reference, &r.contact]
                    .iter()
                    .any(|field| fold(field).contains(&folded))
        })
        .collect();
    // Ties (and the `received` order itself) read oldest first, so that reversing gives newest.
    rows.sort_by(|(a, ra), (b, rb)| a.cmp(b).then(ra.id.cmp(&rb.id)));
    if query.descending {
        rows.reverse();
    }
    Ok((rows.into_iter().map(|(_, r)| r).collect(), stages))
}

/// The applications as a spreadsheet headed in `lang`, every cell guarded against formulas.
///
/// # Errors
/// CSV writing errors (as text).
pub fn application_rows_csv(rows: &[ApplicationRow], lang: Lang) -> Result<String, String> {
    write_csv(
        [
            t!(lang, "app-reference"),
            t!(lang, "app-city"),
            t!(lang, "admin-country"),
            t!(lang, "app-stage"),
            t!(lang, "app-next"),
            t!(lang, "app-ceremony"),
            t!(lang, "app-received"),
            t!(lang, "app-contact"),
        ],
        rows.iter().map(|r| {
            [
                r.reference.clone(),
                r.city.clone(),
                r.country.clone(),
                r.stage.clone(),
                r.next.clone(),
                r.ceremony.clone().unwrap_or_default(),
                r.received.clone(),
                r.contact.clone(),
            ]
        }),
    )
}

/// The orders of the corrections inbox; waiting ones first, newest first, by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectionSort {
    Waiting,
    Received,
    Signatory,
}

const CORRECTION_COLUMNS: [(&str, CorrectionSort); 3] = [
    ("waiting", CorrectionSort::Waiting),
    ("received", CorrectionSort::Received),
    ("signatory", CorrectionSort::Signatory),
];

/// The states a suggestion is listed in.
pub const CORRECTION_STATES: [&str; 2] = ["waiting", "handled"];

/// What the corrections inbox shows: a search, a state, an order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionQuery {
    pub q: String,
    pub state: String,
    pub sort: CorrectionSort,
    pub descending: bool,
}

impl CorrectionQuery {
    /// Reads the inbox's query string.
    ///
    /// # Errors
    /// The message naming the value that does not read.
    pub fn parse(q: Option<&str>, state: Option<&str>, sort: Option<&str>) -> Result<Self, Msg> {
        let q = parse_search(q)?;
        let state = state.unwrap_or_default().trim();
        if !state.is_empty() && !CORRECTION_STATES.contains(&state) {
            return Err(Msg::new("msg-param-correction-state"));
        }
        let (sort, descending) =
            parse_sort(sort, &CORRECTION_COLUMNS, "msg-param-correction-sort")?;
        Ok(Self {
            q,
            state: state.to_owned(),
            sort,
            descending,
        })
    }

    /// The `sort` value that gives this order.
    #[must_use]
    pub fn sort_value(&self) -> String {
        sort_value(self.sort, self.descending, &CORRECTION_COLUMNS)
    }
}

/// The suggestions `query` shows, in its order (ties: newest first).
///
/// # Errors
/// Database errors.
pub async fn correction_rows(
    db: &DatabaseConnection,
    query: &CorrectionQuery,
) -> Result<Vec<CorrectionRow>, DbErr> {
    let folded = fold(&query.q);
    let mut rows: Vec<(String, CorrectionRow)> = correction_suggestion::Entity::find()
        .find_also_related(signatory::Entity)
        .all(db)
        .await?
        .into_iter()
        .map(|(c, who)| {
            let (name, id) = who.map_or((String::new(), 0), |w| (w.name, w.id));
            let handled = c.handled_at.is_some();
            let key = match query.sort {
                CorrectionSort::Waiting => u8::from(handled).to_string(),
                CorrectionSort::Received => format!("{:010}", c.id),
                CorrectionSort::Signatory => fold(&name),
            };
            let row = CorrectionRow {
                id: c.id,
                signatory: name,
                signatory_href: format!("/admin/signatories/{id}"),
                what: c.what,
                source: c.source,
                contact: c.contact,
                received: utc_text(c.created_at),
                handled,
            };
            (key, row)
        })
        .filter(|(_, r)| match query.state.as_str() {
            "waiting" => !r.handled,
            "handled" => r.handled,
            _ => true,
        })
        .filter(|(_, r)| {
            folded.is_empty()
                || fold(&r.signatory).contains(&folded)
                || fold(&r.what).contains(&folded)
                || r.source
                    .as_deref()
                    .is_some_and(|s| fold(s).contains(&folded))
        })
        .collect();
    // Within a key, newest first.
    rows.sort_by(|(a, ra), (b, rb)| a.cmp(b).then(rb.id.cmp(&ra.id)));
    if query.descending {
        rows.reverse();
    }
    Ok(rows.into_iter().map(|(_, r)| r).collect())
}

/// The suggestions as a spreadsheet headed in `lang`, every cell guarded against formulas.
///
/// # Errors
/// CSV writing errors (as text).
pub fn correction_rows_csv(rows: &[CorrectionRow], lang: Lang) -> Result<String, String> {
    write_csv(
        [
            t!(lang, "corrections-signatory"),
            t!(lang, "corrections-what"),
            t!(lang, "correction-source"),
            t!(lang, "corrections-contact"),
            t!(lang, "app-received"),
            t!(lang, "admin-state"),
        ],
        rows.iter().map(|r| {
            [
                r.signatory.clone(),
                r.what.clone(),
                r.source.clone().unwrap_or_default(),
                r.contact.clone().unwrap_or_default(),
                r.received.clone(),
                lang.t(if r.handled {
                    "corrections-handled"
                } else {
                    "corrections-open"
                }),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_queries_read_their_filters_and_orders_and_refuse_what_does_not_read() {
        let q = ApplicationQuery::parse(Some(" Ljub "), None, None).expect("reads");
        assert_eq!((q.q.as_str(), q.stage.as_str()), ("Ljub", "open"));
        assert_eq!(q.sort_value(), "-received");
        let q = ApplicationQuery::parse(None, Some("ceremony"), Some("city")).expect("reads");
        assert_eq!(
            (q.stage.as_str(), q.sort_value().as_str()),
            ("ceremony", "city")
        );
        assert!(ApplicationQuery::parse(None, Some("approved"), None).is_err());
        assert!(ApplicationQuery::parse(None, None, Some("contact")).is_err());
        assert!(ApplicationQuery::parse(Some("a\u{0}"), None, None).is_err());
        let c = CorrectionQuery::parse(None, Some("handled"), Some("-received")).expect("reads");
        assert_eq!(
            (c.state.as_str(), c.sort_value().as_str()),
            ("handled", "-received")
        );
        assert!(CorrectionQuery::parse(None, Some("open"), None).is_err());
        assert!(CorrectionQuery::parse(None, None, Some("what")).is_err());
    }
}
