//! The registry as one snapshot: loaded in a few queries, counted once by the domain rule,
//! then filtered, sorted and shaped for the directory, profiles and statistics. SQLite and
//! PostgreSQL therefore answer every search and filter identically.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::convert::from_date;
use super::embargo::{self, PublicFrom};
use super::entities::{
    announced_statement, country, edition, eu_membership, signatory, signing, signing_source,
};
use crate::domain::date::{Day, PartialDate, Precision};
use crate::domain::directory::{DirectoryQuery, Sort, PAGE_SIZE};
use crate::domain::ordinals::{
    count, Counted, EuCalendar, Membership, SignatoryOrdinals, SigningFact,
};
use crate::domain::text::fold;
use crate::i18n::Lang;
use crate::model::{
    Directory, DirectoryRow, Profile, SigningView, SourceLink, Statement, Statistics,
};

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
    editions: Vec<edition::Model>,
    calendar: EuCalendar,
    /// Positions in `signings` of each signatory's signings (so lookups stay linear overall).
    signings_of: HashMap<i32, Vec<usize>>,
    /// Positions in `sources` of each signing's sources, in order.
    sources_of: HashMap<i32, Vec<usize>>,
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
    countries: Vec<(String, String)>,
    years: Vec<i32>,
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
        .filter(press_release::Column::Status.eq("published"))
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
        let calendar = EuCalendar::new(
            eu_membership::Entity::find()
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
        );
        let mut snapshot = Self {
            signatories: signatory::Entity::find()
                .order_by_asc(signatory::Column::Id)
                .all(db)
                .await?,
            countries: country::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|c| (c.code.clone(), c))
                .collect(),
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
            // Originals only: a translation is the same edition in another language.
            editions: edition::Entity::find()
                .filter(edition::Column::TranslationOf.is_null())
                .all(db)
                .await?,
            calendar,
            signings_of: HashMap::new(),
            sources_of: HashMap::new(),
            full_count: std::sync::OnceLock::new(),
            directory_index: std::sync::OnceLock::new(),
            facts: std::sync::OnceLock::new(),
            public_from: HashMap::new(),
            valid_until: None,
        };
        let announced = announcements(db).await?;
        snapshot.public_from = snapshot
            .signings
            .iter()
            .map(|s| {
                let at = announced.get(&s.id).into_iter().flatten().copied();
                (s.id, embargo::signing(s.held, signing_date(s), at))
            })
            .collect();
        snapshot.index();
        Ok(snapshot)
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

    /// Rebuilds the positions of each signatory's signings and each signing's sources.
    fn index(&mut self) {
        self.signings_of.clear();
        self.sources_of.clear();
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
        self.signed_signings()
            .map(|(s, who)| SigningFact {
                signatory_id: who.id,
                name: who.name.clone(),
                country_code: who.country_code.clone(),
                european: self
                    .countries
                    .get(&who.country_code)
                    .is_some_and(|c| c.european),
                national_capital: who.national_capital,
                edition: self.edition_slug(s.edition_id).to_owned(),
                date: signing_date(s),
                position: s.tie_position,
            })
            .collect()
    }

    /// Every signing of a signatory that has signed (not merely committed), with that signatory.
    fn signed_signings(&self) -> impl Iterator<Item = (&signing::Model, &signatory::Model)> {
        let by_id: HashMap<i32, &signatory::Model> =
            self.signatories.iter().map(|s| (s.id, s)).collect();
        self.signings.iter().filter_map(move |s| {
            let who = *by_id.get(&s.signatory_id)?;
            (who.status != "committed").then_some((s, who))
        })
    }

    /// The counting rule applied to this snapshot (the full history is computed once and
    /// shared; a count as of a past day is computed for the caller).
    #[must_use]
    pub fn count(&self, as_of: Option<Day>) -> std::sync::Arc<Counted> {
        match as_of {
            None => self
                .full_count
                .get_or_init(|| std::sync::Arc::new(count(self.fact_list(), &self.calendar, None)))
                .clone(),
            Some(_) => std::sync::Arc::new(count(self.fact_list(), &self.calendar, as_of)),
        }
    }

    /// A signatory's first signing (the one that fixes its place).
    fn first_signing(&self, signatory_id: i32, as_of: Option<Day>) -> Option<&signing::Model> {
        self.signings_of
            .get(&signatory_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.signings[i])
            .filter(|s| {
                as_of.is_none_or(|day| signing_date(s).first_day().is_some_and(|d| d <= day))
            })
            .min_by_key(|s| {
                let date = signing_date(s);
                (
                    date.first_day().is_none(),
                    date.first_day(),
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

    fn row(
        &self,
        who: &signatory::Model,
        counted: &Counted,
        as_of: Option<Day>,
    ) -> Option<DirectoryRow> {
        let first = self.first_signing(who.id, as_of);
        if first.is_none() && (as_of.is_some() || who.status != "committed") {
            return None; // not yet signed on that day
        }
        let date = first.map_or(PartialDate::Unknown, signing_date);
        let place = counted.ordinals.get(&who.id).and_then(|o| o.overall);
        Some(DirectoryRow {
            slug: who.slug.clone(),
            name: who.name.clone(),
            kind: who.kind.clone(),
            kind_label: kind_label(&who.kind),
            country_code: who.country_code.clone(),
            country_name: self.country_name(&who.country_code),
            national_capital: who.national_capital,
            eu_member_at_signing: date
                .first_day()
                .is_some_and(|d| self.calendar.is_member(&who.country_code, d)),
            status: who.status.clone(),
            // The row's words are English: it is also the CSV's and the API's row (pages
            // write the ISO date and the ordinal in their own language).
            signed: if first.is_some() {
                date.long()
            } else {
                Lang::En.t("directory-not-yet-signed")
            },
            signed_iso: date.iso(),
            edition: first
                .map(|s| self.edition_slug(s.edition_id).to_owned())
                .unwrap_or_default(),
            place: place.map(|o| Lang::En.ordinal(o)),
            ordinal: place,
            latitude: who.latitude,
            longitude: who.longitude,
            sources: first.map(|s| self.sources_of(s.id)).unwrap_or_default(),
        })
    }

    /// Every row matching `query`, sorted, without paging.
    #[must_use]
    pub fn directory_rows(&self, query: &DirectoryQuery) -> Vec<DirectoryRow> {
        let counted = self.count(query.as_of);
        self.matching(query, &counted)
            .into_iter()
            .filter_map(|who| self.row(who, &counted, query.as_of))
            .collect()
    }

    /// What the directory filters and sorts a signatory by, as of a day (`None`: not listed).
    fn listed(&self, i: usize, counted: &Counted, as_of: Option<Day>) -> Option<Listed> {
        let who = &self.signatories[i];
        let first = self.first_signing(who.id, as_of);
        if first.is_none() && (as_of.is_some() || who.status != "committed") {
            return None; // not yet signed on that day
        }
        let date = first.map_or(PartialDate::Unknown, signing_date);
        Some(Listed {
            index: i,
            eu: date
                .first_day()
                .is_some_and(|d| self.calendar.is_member(&who.country_code, d)),
            year: date.year(),
            edition_id: first.map(|s| s.edition_id),
            n: counted
                .ordinals
                .get(&who.id)
                .and_then(|o| o.overall)
                .map(|o| o.n),
        })
    }

    /// Sorts listed signatories in the directory's three orders.
    fn sort_listed(&self, list: &mut [Listed], sort: Sort) {
        let name = |l: &Listed| self.signatories[l.index].search_name.as_str();
        match sort {
            Sort::Order => list
                .sort_by(|a, b| (a.n.is_none(), a.n, name(a)).cmp(&(b.n.is_none(), b.n, name(b)))),
            Sort::Name => list.sort_by(|a, b| name(a).cmp(name(b))),
            Sort::Country => list.sort_by_cached_key(|l| {
                let who = &self.signatories[l.index];
                (
                    fold(&self.country_name(&who.country_code)),
                    who.search_name.clone(),
                )
            }),
        }
    }

    /// The full-history directory in each order, built once per snapshot.
    fn directory_index(&self) -> &DirectoryIndex {
        self.directory_index.get_or_init(|| {
            let counted = self.count(None);
            let listed: Vec<Listed> = (0..self.signatories.len())
                .filter_map(|i| self.listed(i, &counted, None))
                .collect();
            let sorted = |sort| {
                let mut list = listed.clone();
                self.sort_listed(&mut list, sort);
                list
            };
            let mut years: Vec<i32> = self
                .signings
                .iter()
                .filter_map(|s| signing_date(s).year())
                .collect();
            years.sort_unstable();
            years.dedup();
            DirectoryIndex {
                by_order: sorted(Sort::Order),
                by_name: sorted(Sort::Name),
                by_country: sorted(Sort::Country),
                countries: self.signatory_countries(),
                years,
            }
        })
    }

    /// The signatories matching `query`, sorted. The full-history orders are computed once per
    /// snapshot, so a query only filters; rows are shaped afterwards for the page shown.
    fn matching(&self, query: &DirectoryQuery, counted: &Counted) -> Vec<&signatory::Model> {
        let keep = |l: &Listed| {
            let who = &self.signatories[l.index];
            query
                .q
                .as_ref()
                .is_none_or(|(_, folded)| who.search_name.contains(folded.as_str()))
                && query
                    .country
                    .as_ref()
                    .is_none_or(|c| &who.country_code == c)
                && query.kind.as_ref().is_none_or(|k| &who.kind == k)
                && query.capital.is_none_or(|c| who.national_capital == c)
                && query.status.as_ref().is_none_or(|s| &who.status == s)
                && query.eu.is_none_or(|e| l.eu == e)
                && query.year.is_none_or(|y| l.year == Some(y))
                && query.edition.as_ref().is_none_or(|e| {
                    l.edition_id.map_or("", |id| self.edition_slug(id)) == e.as_str()
                })
        };
        let pick = |list: &[Listed]| -> Vec<&signatory::Model> {
            list.iter()
                .filter(|l| keep(l))
                .map(|l| &self.signatories[l.index])
                .collect()
        };
        if query.as_of.is_none() {
            let index = self.directory_index();
            return pick(match query.sort {
                Sort::Order => &index.by_order,
                Sort::Name => &index.by_name,
                Sort::Country => &index.by_country,
            });
        }
        let mut listed: Vec<Listed> = (0..self.signatories.len())
            .filter_map(|i| self.listed(i, counted, query.as_of))
            .filter(|l| keep(l))
            .collect();
        self.sort_listed(&mut listed, query.sort);
        listed
            .into_iter()
            .map(|l| &self.signatories[l.index])
            .collect()
    }

    /// The directory view for a query: only the rows of the page shown are shaped.
    #[must_use]
    pub fn directory(&self, query: &DirectoryQuery) -> Directory {
        let counted = self.count(query.as_of);
        let found = self.matching(query, &counted);
        let matching = found.len();
        let pages = matching.div_ceil(PAGE_SIZE).max(1);
        let rows = found
            .into_iter()
            .skip((query.page - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .filter_map(|who| self.row(who, &counted, query.as_of))
            .collect();

        let index = self.directory_index();
        let (countries, years) = (index.countries.clone(), index.years.clone());
        Directory {
            rows,
            matching,
            total: counted.totals.signatories,
            page: query.page,
            pages,
            query_string: query.query_string(),
            params: crate::domain::directory::DirectoryParams::default(),
            as_of: query.as_of.map(Day::long),
            countries,
            years,
            editions: self.published_editions(),
        }
    }

    fn statement(&self, s: &announced_statement::Model) -> Statement {
        let is_url = s.source.starts_with("http://") || s.source.starts_with("https://");
        let date = PartialDate::parse(&s.event_date_text)
            .map_or_else(|_| s.event_date_text.clone(), PartialDate::long);
        Statement {
            statement: s.statement.clone(),
            date,
            source: if is_url {
                s.source
                    .split('/')
                    .nth(2)
                    .unwrap_or(&s.source)
                    .trim_start_matches("www.")
                    .to_owned()
            } else {
                s.source.clone()
            },
            source_url: is_url.then(|| s.source.clone()),
            note: s.note.clone(),
        }
    }

    /// "the 23rd signatory", "the ≈ 21st European city", … for one signatory's places, in
    /// `lang` (English for the API and feeds; public pages write them from the ordinals).
    fn ordinal_lines(
        &self,
        who: &signatory::Model,
        ordinals: &SignatoryOrdinals,
        lang: crate::i18n::Lang,
    ) -> Vec<String> {
        lang.place_phrases(
            who.kind == "city",
            &self.country_name(&who.country_code),
            ordinals,
        )
    }

    /// The places `who` would hold with one more signing, by the same rule as every public
    /// page: `(sentences, total signatories)`. Used by the staff preview before saving.
    #[must_use]
    pub fn preview(
        &self,
        who: &signatory::Model,
        extra: SigningFact,
        lang: crate::i18n::Lang,
    ) -> (Vec<String>, u32) {
        let facts = self.fact_list().iter().chain(std::iter::once(&extra));
        let counted = crate::domain::ordinals::count_of(facts, &self.calendar, None);
        let ordinals = counted.ordinals.get(&who.id).cloned().unwrap_or_default();
        (
            self.ordinal_lines(who, &ordinals, lang),
            counted.totals.signatories,
        )
    }

    /// True when `code` is a European country; `None` when the code is unknown.
    #[must_use]
    pub fn is_european(&self, code: &str) -> Option<bool> {
        self.countries.get(code).map(|c| c.european)
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

    /// Every country as `(code, name)`, named and sorted in `lang`.
    #[must_use]
    pub fn country_choices(&self, lang: crate::i18n::Lang) -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> = self
            .countries
            .values()
            .map(|c| (c.code.clone(), lang.country(&c.code, &c.name)))
            .collect();
        list.sort_by_cached_key(|c| fold(&c.1));
        list
    }

    /// Who `signatory_id` is, its places as of a day, the registry's total then, and the
    /// edition of its first signing by then.
    fn standing(
        &self,
        signatory_id: i32,
        as_of: Option<Day>,
    ) -> Option<(&signatory::Model, SignatoryOrdinals, u32, Option<i32>)> {
        let who = self.signatories.iter().find(|s| s.id == signatory_id)?;
        let counted = self.count(as_of);
        let ordinals = counted.ordinals.get(&who.id).cloned().unwrap_or_default();
        let edition = self.first_signing(who.id, as_of).map(|s| s.edition_id);
        Some((who, ordinals, counted.totals.signatories, edition))
    }

    /// One signatory's places as numbers as of a day, whether it is a city, and the slug of
    /// the edition it first signed: what a page needs to write the places in its language.
    #[must_use]
    pub fn ordinals_as_of(
        &self,
        signatory_id: i32,
        as_of: Option<Day>,
    ) -> Option<(SignatoryOrdinals, bool, String)> {
        let (who, ordinals, _, edition) = self.standing(signatory_id, as_of)?;
        let edition = edition.map(|e| self.edition_slug(e).to_owned());
        Some((ordinals, who.kind == "city", edition.unwrap_or_default()))
    }

    /// A signatory's places and the registry's total as the registry stood on `as_of`:
    /// `(slug, name, edition title of its first signing, places, total)`.
    #[must_use]
    pub fn places_as_of(
        &self,
        signatory_id: i32,
        as_of: Option<Day>,
        lang: crate::i18n::Lang,
    ) -> Option<(String, String, String, Vec<String>, u32)> {
        let (who, ordinals, total, edition) = self.standing(signatory_id, as_of)?;
        let edition = edition.map(|e| self.edition_title(e).to_owned());
        Some((
            who.slug.clone(),
            who.name.clone(),
            edition.unwrap_or_default(),
            self.ordinal_lines(who, &ordinals, lang),
            total,
        ))
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

    /// Every signing of a signatory that has signed, for feeds: known dates on or before `today` only
    /// (a signing dated in the future is not announced early); unknown dates at their record time.
    #[must_use]
    pub fn signing_events(&self, today: Day) -> Vec<SigningEvent> {
        self.signed_signings()
            .filter_map(|(s, who)| {
                let date = signing_date(s);
                if date.first_day().is_some_and(|d| d > today) {
                    return None;
                }
                Some(SigningEvent {
                    signing_id: s.id,
                    slug: who.slug.clone(),
                    name: who.name.clone(),
                    kind: who.kind.clone(),
                    country_code: who.country_code.clone(),
                    country_name: self.country_name(&who.country_code),
                    edition_slug: self.edition_slug(s.edition_id).to_owned(),
                    edition_title: self.edition_title(s.edition_id).to_owned(),
                    date,
                    recorded_at: s.created_at,
                    event: s.event.clone(),
                })
            })
            .collect()
    }

    /// Withdrawals on or before `today`: `(slug, name, country code, day, reason)`.
    #[must_use]
    pub fn withdrawals(&self, today: Day) -> Vec<(String, String, String, Day, String)> {
        self.signatories
            .iter()
            .filter(|s| s.status == "withdrawn")
            .filter_map(|s| {
                let day = s.withdrawn_on.and_then(from_date)?;
                (day <= today).then(|| {
                    (
                        s.slug.clone(),
                        s.name.clone(),
                        s.country_code.clone(),
                        day,
                        s.withdrawn_reason.clone().unwrap_or_default(),
                    )
                })
            })
            .collect()
    }

    /// Countries that have signatories: `(code, name)`, by name.
    #[must_use]
    pub fn signatory_countries(&self) -> Vec<(String, String)> {
        let codes: std::collections::BTreeSet<&str> = self
            .signatories
            .iter()
            .map(|s| s.country_code.as_str())
            .collect();
        let mut list: Vec<(String, String)> = codes
            .into_iter()
            .map(|code| (code.to_owned(), self.country_name(code)))
            .collect();
        list.sort_by_cached_key(|(_, name)| fold(name));
        list
    }

    /// Published editions: `(slug, title)`, oldest first.
    #[must_use]
    pub fn published_editions(&self) -> Vec<(String, String)> {
        let mut list: Vec<&edition::Model> = self
            .editions
            .iter()
            .filter(|e| e.status == "published")
            .collect();
        list.sort_by_key(|e| e.published_on);
        list.iter()
            .map(|e| (e.slug.clone(), e.title.clone()))
            .collect()
    }

    /// Every signatory's slug (for the sitemap).
    #[must_use]
    pub fn slugs(&self) -> Vec<String> {
        self.signatories.iter().map(|s| s.slug.clone()).collect()
    }

    /// A signatory's profile, by slug.
    #[must_use]
    pub fn profile(&self, slug: &str) -> Option<Profile> {
        let who = self.signatories.iter().find(|s| s.slug == slug)?;
        let counted = self.count(None);
        let ordinals = counted.ordinals.get(&who.id).cloned().unwrap_or_default();
        let european = self
            .countries
            .get(&who.country_code)
            .is_some_and(|c| c.european);
        let country_name = self.country_name(&who.country_code);
        let lines = self.ordinal_lines(who, &ordinals, crate::i18n::Lang::En);
        let mut signings: Vec<&signing::Model> = self
            .signings
            .iter()
            .filter(|s| s.signatory_id == who.id)
            .collect();
        signings.sort_by_key(|s| signing_date(s).first_day());
        Some(Profile {
            slug: who.slug.clone(),
            name: who.name.clone(),
            kind_label: kind_label(&who.kind),
            country_code: who.country_code.clone(),
            country_name,
            european,
            national_capital: who.national_capital,
            status: who.status.clone(),
            withdrawn: who
                .withdrawn_on
                .and_then(from_date)
                .map(|d| (d.long(), who.withdrawn_reason.clone().unwrap_or_default())),
            website: who.website.clone(),
            wikidata_id: who.wikidata_id.clone(),
            latitude: who.latitude,
            longitude: who.longitude,
            signings: signings
                .into_iter()
                .map(|s| {
                    let date = signing_date(s);
                    SigningView {
                        id: s.id,
                        date: date.long(),
                        date_iso: date.iso(),
                        precision: date.precision().as_str().to_owned(),
                        edition_slug: self.edition_slug(s.edition_id).to_owned(),
                        edition_title: self.edition_title(s.edition_id).to_owned(),
                        edition_confirmed: s.edition_confirmed,
                        event: s.event.clone(),
                        place: s.place.clone(),
                        signed_by: s.signed_by_name.as_ref().map(|n| match &s.signed_by_title {
                            Some(t) => format!("{n}, {t}"),
                            None => n.clone(),
                        }),
                        council_decision: s.council_decision_on.and_then(from_date).map(Day::long),
                        confidence: s.confidence.clone(),
                        announced_ordinal: s.announced_ordinal.clone(),
                        notes: s.notes.clone(),
                        sources: self.sources_of(s.id),
                    }
                })
                .collect(),
            ordinals: lines,
            unknown_date: ordinals.unknown_date,
            kind: who.kind.clone(),
            is_city: who.kind == "city",
            places: ordinals,
            statements: self
                .statements
                .iter()
                .filter(|s| s.signatory_id == Some(who.id))
                .map(|s| self.statement(s))
                .collect(),
            total_signatories: counted.totals.signatories,
            site_url: String::new(),
            releases: Vec::new(),
        })
    }

    /// Totals and breakdowns (full history).
    #[must_use]
    pub fn statistics(&self) -> Statistics {
        let counted = self.count(None);
        let rows: Vec<DirectoryRow> = self
            .signatories
            .iter()
            .filter_map(|s| self.row(s, &counted, None))
            .filter(|r| r.status != "committed")
            .collect();
        let mut by_country: HashMap<&str, u32> = HashMap::new();
        for r in &rows {
            *by_country.entry(r.country_code.as_str()).or_default() += 1;
        }
        let mut by_country: Vec<(String, String, u32)> = by_country
            .into_iter()
            .map(|(c, n)| (c.to_owned(), self.country_name(c), n))
            .collect();
        by_country.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| fold(&a.1).cmp(&fold(&b.1))));
        let mut per_year: std::collections::BTreeMap<i32, u32> = std::collections::BTreeMap::new();
        for r in &rows {
            if let Some(y) = r.signed_iso.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                *per_year.entry(y).or_default() += 1;
            }
        }
        let mut cumulative = 0;
        let by_year = match (
            per_year.keys().next().copied(),
            per_year.keys().last().copied(),
        ) {
            (Some(first), Some(last)) => (first..=last)
                .map(|y| {
                    let n = per_year.get(&y).copied().unwrap_or(0);
                    cumulative += n;
                    (y, n, cumulative)
                })
                .collect(),
            _ => Vec::new(),
        };
        let by_edition = counted
            .totals
            .by_edition
            .iter()
            .map(|(slug, n)| {
                (
                    self.editions
                        .iter()
                        .find(|e| &e.slug == slug)
                        .map_or_else(|| slug.clone(), |e| e.title.clone()),
                    *n,
                )
            })
            .collect();
        Statistics {
            totals: counted.totals.clone(),
            by_edition,
            by_country,
            by_year,
            statements: self
                .statements
                .iter()
                .filter(|s| s.kind == "count")
                .map(|s| self.statement(s))
                .collect(),
        }
    }

    /// The latest first signings, newest first.
    #[must_use]
    pub fn latest(&self, counted: &Counted, n: usize) -> Vec<DirectoryRow> {
        let mut placed: Vec<(u32, &signatory::Model)> = self
            .signatories
            .iter()
            .filter_map(|s| Some((counted.ordinals.get(&s.id)?.overall?.n, s)))
            .collect();
        placed.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        placed
            .into_iter()
            .take(n)
            .filter_map(|(_, s)| self.row(s, counted, None))
            .collect()
    }
}

/// A conference as the about page shows it, with the signatories whose signing names it in its
/// event (`Integrating Cities VI, Tampere`), in signing order.
#[must_use]
pub fn conference_view(
    snapshot: &Snapshot,
    c: &crate::ssr::entities::conference::Model,
) -> crate::model::ConferenceView {
    let prefix = format!("Integrating Cities {},", c.number);
    let mut signings: Vec<&signing::Model> = snapshot
        .signings()
        .iter()
        .filter(|s| s.event.as_deref().is_some_and(|e| e.starts_with(&prefix)))
        .collect();
    signings.sort_by_key(|s| {
        (
            signing_date(s).first_day(),
            s.tie_position.unwrap_or(i32::MAX),
        )
    });
    let mut signatories: Vec<(String, String)> = Vec::new();
    for s in signings {
        if let Some(who) = snapshot.slug_and_name(s.signatory_id) {
            if !signatories.contains(&who) {
                signatories.push(who);
            }
        }
    }
    crate::model::ConferenceView {
        title: format!("Integrating Cities {}", c.number),
        city: c.city.clone(),
        country_code: c.country_code.clone(),
        country_name: snapshot.country_name(&c.country_code),
        starts_on: c.starts_on.clone(),
        ends_on: c.ends_on.clone(),
        note: c.note.clone(),
        signatories,
    }
}
