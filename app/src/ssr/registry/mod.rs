//! The registry as one snapshot: loaded in a few queries, counted once by the domain rule,
//! then filtered, sorted and shaped for the directory, profiles and statistics. SQLite and
//! PostgreSQL therefore answer every search and filter identically.

mod directory;
mod events;
mod preview;
mod profile;
mod statistics;

pub use statistics::conference_view;

/// `headline` dated today in Brussels (`now` is the site's clock).
#[must_use]
pub fn dated(
    mut headline: crate::model::Headline,
    now: time::OffsetDateTime,
) -> crate::model::Headline {
    headline.as_of = crate::ssr::newsroom::brussels_day(now).0.iso();
    headline
}

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::convert::from_date;
use super::embargo::{self, PublicFrom};
use super::entities::{
    announced_statement, country, edition, eu_membership, signatory, signatory_name, signing,
    signing_source, unidentified_signatory,
};
use crate::i18n::Lang;
use crate::model::{
    Directory, DirectoryRow, OtherName, Profile, SigningView, SourceLink, Statement, Statistics,
};
use crate::ssr::entities::states::SignatoryStatus;
use domain::date::{Day, PartialDate, Precision};
use domain::directory::{DirectoryQuery, Sort, PAGE_SIZE};
use domain::ordinals::statements::{parse_claims, Statement as Stated};
use domain::ordinals::{
    count_of, Bounds, Counted, EuCalendar, Flag, Membership, SignatoryOrdinals, SigningFact,
};
use domain::text::fold;

/// A signing as announced in feeds.
#[derive(Clone, Debug)]
pub struct SigningEvent {
    pub signing_id: i32,
    pub slug: String,
    pub name: String,
    /// `city`, `metropolitan_authority` or `region` (named per language by `kind-…` keys).
    pub kind: String,
    pub country_code: String,
    pub country_name: String,
    pub edition_slug: String,
    pub edition_title: String,
    pub date: PartialDate,
    /// When it became public (the moment the feeds date it).
    pub recorded_at: time::OffsetDateTime,
    pub event: Option<String>,
}

/// Everything the public registry pages read.
pub struct Snapshot {
    signatories: Vec<signatory::Model>,
    countries: HashMap<String, country::Model>,
    signings: Vec<signing::Model>,
    sources: Vec<signing_source::Model>,
    statements: Vec<announced_statement::Model>,
    unidentified: Vec<unidentified_signatory::Model>,
    editions: Vec<edition::Model>,
    calendar: EuCalendar,
    /// Positions in `signings` of each signatory's signings (so lookups stay linear overall).
    signings_of: HashMap<i32, Vec<usize>>,
    /// Positions in `sources` of each signing's sources, in order.
    sources_of: HashMap<i32, Vec<usize>>,
    /// Each signatory's other names, with each folded for search.
    names_of: HashMap<i32, Vec<(OtherName, String)>>,
    /// Every signatory's folded names one after another, a line each, so a search is one
    /// pass over one string; `search_starts[i]` is where `signatories[i]`'s lines begin.
    search_text: String,
    search_starts: Vec<usize>,
    /// The rule applied to the full history, computed once per snapshot.
    full_count: std::sync::OnceLock<std::sync::Arc<Counted>>,
    /// The full-history directory, sorted each way, computed once per snapshot.
    directory_index: std::sync::OnceLock<DirectoryIndex>,
    /// The counting rule's input, built once per snapshot.
    facts: std::sync::OnceLock<Vec<SigningFact>>,
    /// When each signing becomes public (`ssr::embargo`), by signing id.
    public_from: HashMap<i32, PublicFrom>,
    /// For a public snapshot: the next moment a signing it leaves out becomes public (it is
    /// then out of date).
    valid_until: Option<time::OffsetDateTime>,
}

/// The rows a snapshot is made of, as read from the database (signatories and signings by
/// id, sources by position, editions without translations).
#[derive(Default)]
pub struct Rows {
    pub signatories: Vec<signatory::Model>,
    pub countries: Vec<country::Model>,
    pub signings: Vec<signing::Model>,
    pub sources: Vec<signing_source::Model>,
    pub statements: Vec<announced_statement::Model>,
    pub unidentified: Vec<unidentified_signatory::Model>,
    pub editions: Vec<edition::Model>,
    /// Signatories' other names (per language, local).
    pub names: Vec<signatory_name::Model>,
    pub memberships: Vec<Membership>,
    /// The release times of the published press releases announcing each signing.
    pub announced: HashMap<i32, Vec<time::OffsetDateTime>>,
}

/// A signatory as the directory filters and sorts it.
#[derive(Clone, Copy)]
struct Listed {
    /// Position in `Snapshot::signatories`.
    index: usize,
    eu: bool,
    year: Option<i32>,
    edition_id: Option<i32>,
    n: Option<u32>,
}

/// The listed signatories in each of the directory's orders, and the filter choices.
struct DirectoryIndex {
    by_order: Vec<Listed>,
    by_name: Vec<Listed>,
    by_country: Vec<Listed>,
    /// The same two orders as a French page names cities and countries.
    by_name_fr: Vec<Listed>,
    by_country_fr: Vec<Listed>,
    countries: Vec<(String, String)>,
    years: Vec<i32>,
    /// The kinds and states some signatory has (a filter choice nothing can match is not offered).
    kinds: std::collections::BTreeSet<String>,
    statuses: std::collections::BTreeSet<String>,
}

/// A kind's English name, for the wire types the API serves (pages name kinds in their language).
fn kind_label(kind: &str) -> String {
    crate::i18n::Lang::En.t_or(&format!("kind-{kind}"), kind)
}

/// The release times of the published press releases announcing each signing, by signing id.
async fn announcements<C: ConnectionTrait>(
    db: &C,
) -> Result<HashMap<i32, Vec<time::OffsetDateTime>>, DbErr> {
    use super::entities::{press_release, press_release_signing};
    let published: HashMap<i32, time::OffsetDateTime> = press_release::Entity::find()
        .filter(
            press_release::Column::Status.eq(crate::ssr::entities::states::Publication::Published),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.release_at))
        .collect();
    let mut out: HashMap<i32, Vec<time::OffsetDateTime>> = HashMap::new();
    for link in press_release_signing::Entity::find().all(db).await? {
        if let Some(at) = published.get(&link.press_release_id) {
            out.entry(link.signing_id).or_default().push(*at);
        }
    }
    Ok(out)
}

/// A signing's known bounds beyond its precision.
#[must_use]
pub fn signing_bounds(s: &signing::Model) -> Bounds {
    Bounds {
        not_before: s.not_before.and_then(from_date),
        not_after: s.not_after.and_then(from_date),
    }
}

/// The days a signing can have (its date within its bounds), as the counting rule reads them.
#[must_use]
pub fn signing_span(s: &signing::Model) -> Option<domain::ordinals::Span> {
    domain::ordinals::Span::of(signing_date(s), signing_bounds(s))
        .ok()
        .flatten()
}

/// A signing's date at its recorded precision.
#[must_use]
pub fn signing_date(s: &signing::Model) -> PartialDate {
    let precision = Precision::parse(&s.date_precision).unwrap_or(Precision::Unknown);
    PartialDate::from_parts(s.signed_on.and_then(from_date), precision)
}

impl Snapshot {
    /// Loads the registry.
    ///
    /// # Errors
    /// Any database error.
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<Self, DbErr> {
        let rows = Rows {
            memberships: eu_membership::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .filter_map(|m| {
                    Some(Membership {
                        country_code: m.country_code,
                        joined_on: from_date(m.joined_on)?,
                        left_on: m.left_on.and_then(from_date),
                    })
                })
                .collect(),
            signatories: signatory::Entity::find()
                .order_by_asc(signatory::Column::Id)
                .all(db)
                .await?,
            countries: country::Entity::find().all(db).await?,
            signings: signing::Entity::find()
                .order_by_asc(signing::Column::Id)
                .all(db)
                .await?,
            sources: signing_source::Entity::find()
                .order_by_asc(signing_source::Column::Position)
                .all(db)
                .await?,
            statements: announced_statement::Entity::find()
                .order_by_asc(announced_statement::Column::Id)
                .all(db)
                .await?,
            unidentified: unidentified_signatory::Entity::find()
                .order_by_asc(unidentified_signatory::Column::Id)
                .all(db)
                .await?,
            // Originals only: a translation is the same edition in another language.
            editions: edition::Entity::find()
                .filter(edition::Column::TranslationOf.is_null())
                .all(db)
                .await?,
            names: signatory_name::Entity::find()
                .order_by_asc(signatory_name::Column::Id)
                .all(db)
                .await?,
            announced: announcements(db).await?,
        };
        Ok(Self::from_rows(rows))
    }

    /// The snapshot of `rows` (what [`Self::load`] reads; tests build them by hand).
    #[must_use]
    pub fn from_rows(rows: Rows) -> Self {
        let mut snapshot = Self {
            signatories: rows.signatories,
            countries: rows
                .countries
                .into_iter()
                .map(|c| (c.code.clone(), c))
                .collect(),
            signings: rows.signings,
            sources: rows.sources,
            statements: rows.statements,
            unidentified: rows.unidentified,
            editions: rows.editions,
            calendar: EuCalendar::new(rows.memberships),
            signings_of: HashMap::new(),
            sources_of: HashMap::new(),
            names_of: HashMap::new(),
            search_text: String::new(),
            search_starts: Vec::new(),
            full_count: std::sync::OnceLock::new(),
            directory_index: std::sync::OnceLock::new(),
            facts: std::sync::OnceLock::new(),
            public_from: HashMap::new(),
            valid_until: None,
        };
        snapshot.public_from = snapshot
            .signings
            .iter()
            .map(|s| {
                let at = rows.announced.get(&s.id).into_iter().flatten().copied();
                (s.id, embargo::signing(s.held, signing_date(s), at))
            })
            .collect();
        for n in rows.names {
            let folded = fold(&n.name);
            snapshot.names_of.entry(n.signatory_id).or_default().push((
                OtherName {
                    lang: n.lang,
                    name: n.name,
                    local: n.local,
                },
                folded,
            ));
        }
        snapshot.index();
        snapshot
    }

    /// A signatory's other names (per language, local).
    #[must_use]
    pub fn other_names(&self, signatory_id: i32) -> Vec<OtherName> {
        self.names_of
            .get(&signatory_id)
            .into_iter()
            .flatten()
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Whether `folded` (search text folded by [`fold`]) is part of any of a signatory's names.
    #[must_use]
    pub fn name_matches(&self, who: &signatory::Model, folded: &str) -> bool {
        who.search_name.contains(folded)
            || self
                .names_of
                .get(&who.id)
                .is_some_and(|names| names.iter().any(|(_, f)| f.contains(folded)))
    }

    /// Which signatories (by position) have `folded` (search text folded by [`fold`]) in one
    /// of their names: what [`Self::name_matches`] says of each, in one pass over the text.
    #[must_use]
    pub fn name_hits(&self, folded: &str) -> Vec<bool> {
        let mut hits = vec![false; self.signatories.len()];
        if folded.contains('\n') {
            return hits; // no name has a line break
        }
        for at in memchr::memmem::find_iter(self.search_text.as_bytes(), folded.as_bytes()) {
            let i = self.search_starts.partition_point(|&start| start <= at);
            if let Some(hit) = i.checked_sub(1).and_then(|i| hits.get_mut(i)) {
                *hit = true;
            }
        }
        hits
    }

    /// [`Self::load`] on one pooled connection (a read transaction): the nine queries take one
    /// connection once instead of nine times, which under load keeps the pool free for others,
    /// and they all read the same committed state.
    ///
    /// # Errors
    /// Any database error.
    pub async fn load_at_once(db: &sea_orm::DatabaseConnection) -> Result<Self, DbErr> {
        use sea_orm::TransactionTrait;
        let txn = db.begin().await?;
        let snapshot = Self::load(&txn).await?;
        txn.commit().await?;
        Ok(snapshot)
    }

    /// The registry as the public may see it at `now` (what every public page, feed and file
    /// reads): [`Self::load`] then [`Self::public_at`].
    ///
    /// # Errors
    /// Any database error.
    pub async fn load_public<C: ConnectionTrait>(
        db: &C,
        now: time::OffsetDateTime,
    ) -> Result<Self, DbErr> {
        Ok(Self::load(db).await?.public_at(now))
    }

    /// This snapshot without the signings that are not public at `now`, and without the
    /// signatories whose every signing is among them: for the public, they do not exist yet.
    #[must_use]
    pub fn public_at(mut self, now: time::OffsetDateTime) -> Self {
        let hidden: std::collections::HashSet<i32> = self
            .public_from
            .iter()
            .filter(|(_, from)| !from.is_public(now))
            .map(|(id, _)| *id)
            .collect();
        self.valid_until = self
            .public_from
            .values()
            .filter_map(|from| from.upcoming(now))
            .min();
        if hidden.is_empty() {
            return self;
        }
        let had_signed: std::collections::HashSet<i32> =
            self.signings.iter().map(|s| s.signatory_id).collect();
        self.signings.retain(|s| !hidden.contains(&s.id));
        self.sources.retain(|x| !hidden.contains(&x.signing_id));
        let still_signed: std::collections::HashSet<i32> =
            self.signings.iter().map(|s| s.signatory_id).collect();
        self.signatories
            .retain(|w| !had_signed.contains(&w.id) || still_signed.contains(&w.id));
        self.public_from.retain(|id, _| !hidden.contains(id));
        self.index();
        self
    }

    /// When a signing becomes public (staff screens say "scheduled — public from …").
    #[must_use]
    pub fn public_from(&self, signing_id: i32) -> Option<PublicFrom> {
        self.public_from.get(&signing_id).copied()
    }

    /// For a public snapshot: the moment it goes out of date without any write.
    #[must_use]
    pub fn valid_until(&self) -> Option<time::OffsetDateTime> {
        self.valid_until
    }

    /// Rebuilds the positions of each signatory's signings and each signing's sources, and
    /// the search text.
    fn index(&mut self) {
        self.signings_of.clear();
        self.sources_of.clear();
        self.search_text.clear();
        self.search_starts.clear();
        for who in &self.signatories {
            self.search_starts.push(self.search_text.len());
            let others = self.names_of.get(&who.id).into_iter().flatten();
            for folded in std::iter::once(&who.search_name).chain(others.map(|(_, f)| f)) {
                self.search_text.push_str(folded);
                self.search_text.push('\n');
            }
        }
        for (i, s) in self.signings.iter().enumerate() {
            self.signings_of.entry(s.signatory_id).or_default().push(i);
        }
        for (i, x) in self.sources.iter().enumerate() {
            self.sources_of.entry(x.signing_id).or_default().push(i);
        }
    }

    fn edition_slug(&self, id: i32) -> &str {
        self.editions
            .iter()
            .find(|e| e.id == id)
            .map_or("", |e| e.slug.as_str())
    }

    fn edition_title(&self, id: i32) -> &str {
        self.editions
            .iter()
            .find(|e| e.id == id)
            .map_or("", |e| e.title.as_str())
    }

    /// A country's name by its code (the code itself when unknown).
    #[must_use]
    pub fn country_name(&self, code: &str) -> String {
        self.countries
            .get(code)
            .map_or_else(|| code.to_owned(), |c| c.name.clone())
    }

    /// The facts the counting rule needs: every signing of a signatory that has signed.
    #[must_use]
    pub fn facts(&self) -> Vec<SigningFact> {
        self.fact_list().to_vec()
    }

    /// [`Self::facts`], built once per snapshot.
    fn fact_list(&self) -> &[SigningFact] {
        self.facts.get_or_init(|| self.build_facts())
    }

    fn build_facts(&self) -> Vec<SigningFact> {
        let named = self.signed_signings().map(|(s, who)| SigningFact {
            signatory_id: who.id,
            name: who.name.clone(),
            country_code: who.country_code.clone(),
            european: Flag::from(
                self.countries
                    .get(&who.country_code)
                    .is_some_and(|c| c.european),
            ),
            national_capital: Flag::from(who.national_capital),
            eu_capital: None,
            edition: self.edition_slug(s.edition_id).to_owned(),
            date: signing_date(s),
            bounds: signing_bounds(s),
            position: s.tie_position,
        });
        // Unidentified signatories count under the negative of their record's id.
        let unnamed = self.unidentified.iter().map(|u| SigningFact {
            signatory_id: -u.id,
            name: String::new(),
            country_code: String::new(),
            european: Flag::parse(&u.european).unwrap_or(Flag::Unknown),
            national_capital: Flag::parse(&u.national_capital).unwrap_or(Flag::Unknown),
            eu_capital: Some(Flag::parse(&u.eu_capital).unwrap_or(Flag::Unknown)),
            edition: self.edition_slug(u.edition_id).to_owned(),
            date: PartialDate::Unknown,
            bounds: Bounds {
                not_before: u.not_before.and_then(from_date),
                not_after: u.not_after.and_then(from_date),
            },
            position: None,
        });
        named.chain(unnamed).collect()
    }

    /// The announced statements with their checkable claims, as the rule reads them (a claim
    /// text that no longer reads is left out here and reported on the staff screen).
    #[must_use]
    pub fn stated(&self) -> Vec<Stated> {
        self.statements
            .iter()
            .map(|s| Stated {
                id: s.id,
                claims: s
                    .claims
                    .as_deref()
                    .and_then(|c| parse_claims(c, s.signatory_id).ok())
                    .unwrap_or_default(),
                set_aside: s.set_aside_reason.is_some(),
            })
            .collect()
    }

    /// The unidentified signatories.
    #[must_use]
    pub fn unidentified(&self) -> &[unidentified_signatory::Model] {
        &self.unidentified
    }

    /// Every signing of a signatory that has signed (not merely committed), with that signatory.
    fn signed_signings(&self) -> impl Iterator<Item = (&signing::Model, &signatory::Model)> {
        let by_id: HashMap<i32, &signatory::Model> =
            self.signatories.iter().map(|s| (s.id, s)).collect();
        self.signings.iter().filter_map(move |s| {
            let who = *by_id.get(&s.signatory_id)?;
            (who.status != SignatoryStatus::Committed).then_some((s, who))
        })
    }

    /// The counting rule applied to this snapshot (the full history is computed once and
    /// shared; a count as of a past day is computed for the caller).
    #[must_use]
    pub fn count(&self, as_of: Option<Day>) -> std::sync::Arc<Counted> {
        let run = || {
            std::sync::Arc::new(count_of(
                self.fact_list().iter(),
                &self.stated(),
                &self.calendar,
                as_of,
            ))
        };
        match as_of {
            None => self.full_count.get_or_init(run).clone(),
            Some(_) => run(),
        }
    }

    /// The quotable totals (its day is the caller's: see [`crate::ssr::registry::dated`]).
    #[must_use]
    pub fn headline(counted: &Counted) -> crate::model::Headline {
        crate::model::Headline {
            as_of: String::new(),
            total: counted.totals.signatories,
            named: counted.totals.signatories - counted.totals.unidentified,
        }
    }

    /// A signatory's first signing (the one that fixes its place).
    fn first_signing(&self, signatory_id: i32, as_of: Option<Day>) -> Option<&signing::Model> {
        self.signings_of
            .get(&signatory_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.signings[i])
            .filter(|s| as_of.is_none_or(|day| signing_span(s).is_some_and(|x| x.first <= day)))
            .min_by_key(|s| {
                let span = signing_span(s);
                (
                    span.is_none(),
                    span.map(|x| x.first),
                    s.tie_position.unwrap_or(i32::MAX),
                )
            })
    }

    fn sources_of(&self, signing_id: i32) -> Vec<SourceLink> {
        self.sources_of
            .get(&signing_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.sources[i])
            .map(|x| SourceLink {
                label: x.label.clone(),
                url: x.url.clone(),
            })
            .collect()
    }

    /// True when `code` is a European country; `None` when the code is unknown.
    #[must_use]
    pub fn is_european(&self, code: &str) -> Option<bool> {
        self.countries.get(code).map(|c| c.european)
    }

    /// The signatory with this id, if any.
    #[must_use]
    pub fn signatory(&self, id: i32) -> Option<&signatory::Model> {
        self.signatories.iter().find(|s| s.id == id)
    }

    /// Every signatory, by id.
    #[must_use]
    pub fn signatories(&self) -> &[signatory::Model] {
        &self.signatories
    }

    /// Every signing, by id.
    #[must_use]
    pub fn signings(&self) -> &[signing::Model] {
        &self.signings
    }

    /// The signings of one signatory.
    pub fn signings_of(&self, signatory_id: i32) -> impl Iterator<Item = &signing::Model> {
        self.signings_of
            .get(&signatory_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.signings[i])
    }

    /// The sources of one signing, in order.
    pub fn sources_of_signing(
        &self,
        signing_id: i32,
    ) -> impl Iterator<Item = &signing_source::Model> {
        self.sources_of
            .get(&signing_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.sources[i])
    }

    /// Every source, by position.
    #[must_use]
    pub fn sources(&self) -> &[signing_source::Model] {
        &self.sources
    }

    /// Every announced ordinal or count.
    #[must_use]
    pub fn statements(&self) -> &[announced_statement::Model] {
        &self.statements
    }

    /// Every edition.
    #[must_use]
    pub fn editions(&self) -> &[edition::Model] {
        &self.editions
    }

    /// A signatory's slug and name.
    #[must_use]
    pub fn slug_and_name(&self, signatory_id: i32) -> Option<(String, String)> {
        let who = self.signatories.iter().find(|s| s.id == signatory_id)?;
        Some((who.slug.clone(), who.name.clone()))
    }

    /// The signatory a signing belongs to.
    #[must_use]
    pub fn signatory_of_signing(&self, signing_id: i32) -> Option<i32> {
        self.signings
            .iter()
            .find(|s| s.id == signing_id)
            .map(|s| s.signatory_id)
    }

    /// A signatory's country code and name.
    #[must_use]
    pub fn country_of(&self, signatory_id: i32) -> Option<(String, String)> {
        let who = self.signatories.iter().find(|s| s.id == signatory_id)?;
        Some((
            who.country_code.clone(),
            self.country_name(&who.country_code),
        ))
    }
}
