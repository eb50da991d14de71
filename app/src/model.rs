//! Wire types shared by the server and the browser: plain serde structs, never database entities.

use serde::{Deserialize, Serialize};

pub mod admin;
pub mod process;

pub use domain::diff::{
    Change, Comparison, PassageDiff, SectionDiff, SectionStatus, Segment, Tally,
};
pub use domain::edition::{Edition, EditionSummary, Section, SectionKind};

/// An edition page: the edition and every published edition for the switcher.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionPage {
    pub edition: Edition,
    pub editions: Vec<EditionSummary>,
}

/// The line a journalist can quote: "As of 30 November 2026, the Integrating Cities Charter has
/// 54 signatories; 39 of them are named in this registry."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Headline {
    /// The day (in Brussels) the numbers are of, `YYYY-MM-DD`.
    pub as_of: String,
    pub total: u32,
    pub named: u32,
}

/// What the home page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeSummary {
    pub signatory_count: u32,
    pub headline: Headline,
    /// The latest first signings, newest first.
    pub latest: Vec<DirectoryRow>,
    /// Published editions, oldest first.
    pub editions: Vec<EditionSummary>,
}

/// One row of the signatory directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryRow {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub kind_label: String,
    pub country_code: String,
    pub country_name: String,
    pub national_capital: bool,
    pub eu_member_at_signing: bool,
    pub status: String,
    /// The first signing's date at its precision ("September 2013").
    pub signed: String,
    /// The same as `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty.
    pub signed_iso: String,
    pub edition: String,
    /// Known bounds of the first signing's date (`YYYY-MM-DD`), beyond its precision.
    pub not_before: Option<String>,
    pub not_after: Option<String>,
    /// "18th", "31st–32nd", or `None` when nothing is known of the date.
    pub place: Option<String>,
    /// The same place as numbers, for pages that write it in another language.
    pub ordinal: Option<domain::ordinals::Ordinal>,
    /// Every place it holds, as numbers (open data gives each count's `min` and `max`).
    pub places: domain::ordinals::SignatoryOrdinals,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub sources: Vec<SourceLink>,
    /// Its other names: per language and local (Bruxelles, Brussel).
    #[serde(default)]
    pub names: Vec<OtherName>,
}

/// Another name a signatory goes by: its name in one language, or a local name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherName {
    /// A BCP 47 language tag (`fr`, `nl`, `el`).
    pub lang: String,
    pub name: String,
    /// The city itself uses it.
    pub local: bool,
}

/// The name a page in language `lang` shows (`name`, the English one, unless the city has a name in
/// that language), and the local names to show beside it (those that differ from it).
#[must_use]
pub fn names_for<'a>(
    lang: &str,
    name: &'a str,
    others: &'a [OtherName],
) -> (&'a str, Vec<&'a OtherName>) {
    let shown = others
        .iter()
        .find(|n| n.lang == lang)
        .map_or(name, |n| n.name.as_str());
    // A spelling two local languages share (Barcelona in Catalan and Spanish) is shown once.
    let mut local: Vec<&OtherName> = Vec::new();
    for n in others.iter().filter(|n| n.local && n.name != shown) {
        if !local.iter().any(|kept| kept.name == n.name) {
            local.push(n);
        }
    }
    (shown, local)
}

/// A choice in a filter: `(value, label)`.
pub type Choice = (String, String);

/// A page of the signatory directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub rows: Vec<DirectoryRow>,
    /// Rows matching the filters (all pages).
    pub matching: usize,
    /// Signatories in the registry (as of the date, if any).
    pub total: u32,
    pub page: usize,
    pub pages: usize,
    /// The query string of this view without the page.
    pub query_string: String,
    pub params: domain::directory::DirectoryParams,
    /// "30 September 2013" when the view is the registry as it stood that day.
    pub as_of: Option<String>,
    /// The same day as `YYYY-MM-DD`.
    pub as_of_iso: Option<String>,
    pub countries: Vec<Choice>,
    pub years: Vec<i32>,
    /// The kinds and states some signatory has: the filter offers only these.
    pub kinds: Vec<String>,
    pub statuses: Vec<String>,
    pub editions: Vec<Choice>,
    /// The signatories known to exist but not yet named, listed after the named ones (on the
    /// last page of an unfiltered view).
    pub unidentified: Vec<UnidentifiedRow>,
}

/// A signatory known to exist (the announcements count it) but not yet named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnidentifiedRow {
    pub ordinal: Option<domain::ordinals::Ordinal>,
    /// The range of its signing (`YYYY-MM-DD`), after the statements' pins.
    pub from: Option<String>,
    pub to: Option<String>,
    /// `yes`, `no`, `unknown`.
    pub european: String,
    pub national_capital: String,
}

/// A source of a signing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLink {
    pub label: String,
    pub url: Option<String>,
}

/// One signing on a profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningView {
    pub id: i32,
    pub date: String,
    pub date_iso: String,
    pub precision: String,
    pub edition_slug: String,
    pub edition_title: String,
    pub edition_confirmed: bool,
    pub event: Option<String>,
    pub place: Option<String>,
    pub signed_by: Option<String>,
    pub council_decision: Option<String>,
    pub announced_ordinal: Option<String>,
    /// Known bounds of the date (`YYYY-MM-DD`), beyond its precision.
    pub not_before: Option<String>,
    pub not_after: Option<String>,
    /// What staff wrote for the public (research notes and confidence stay on staff screens).
    pub public_note: Option<String>,
    pub sources: Vec<SourceLink>,
}

/// A statement published by Eurocities or the press.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub statement: String,
    pub date: String,
    pub source: String,
    pub source_url: Option<String>,
    /// Whether the statement states a number the registry can check.
    pub checked: bool,
    /// Where the registry's number differs from the one stated: `(stated, registry min, registry
    /// max)` for each such claim (empty when the registry reproduces every claim).
    pub differs: Vec<(u32, u32, u32)>,
}

/// A signatory's profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub slug: String,
    pub name: String,
    pub kind_label: String,
    pub country_code: String,
    pub country_name: String,
    pub european: bool,
    pub national_capital: bool,
    pub status: String,
    pub withdrawn: Option<(String, String)>,
    pub website: Option<String>,
    pub wikidata_id: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub signings: Vec<SigningView>,
    /// Its other names: per language and local.
    #[serde(default)]
    pub names: Vec<OtherName>,
    /// "the 23rd signatory", "the 31st–32nd European city", … (English, for the API).
    pub ordinals: Vec<String>,
    pub unknown_date: bool,
    /// `city`, `metropolitan_authority` or `region`.
    pub kind: String,
    pub is_city: bool,
    /// The same places as numbers, for pages that write them in their own language.
    pub places: domain::ordinals::SignatoryOrdinals,
    pub statements: Vec<Statement>,
    pub total_signatories: u32,
    pub headline: Headline,
    /// The site's public URL, for absolute links (badge code, sharing tags).
    pub site_url: String,
    /// Public press releases about this signatory, newest first.
    pub releases: Vec<ReleaseSummary>,
    /// The signed charter scans staff published, as sources of the signing.
    #[serde(default)]
    pub documents: Vec<process::DocumentLink>,
    /// Photos of its signing ceremonies.
    #[serde(default)]
    pub photos: Vec<process::PhotoView>,
    /// Articles about its signings in other outlets.
    #[serde(default)]
    pub coverage: Vec<process::CoverageView>,
    /// The suggest-a-correction form (with what was typed, after a refused post).
    #[serde(default, skip_serializing_if = "admin::FormState::is_blank")]
    pub correction: admin::FormState,
}

/// Totals and breakdowns for the statistics page and the counting rule page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    pub totals: domain::ordinals::Totals,
    /// `(edition title, signatories)`.
    pub by_edition: Vec<(String, u32)>,
    /// `(country code, country name, signatories)`, most first.
    pub by_country: Vec<(String, String, u32)>,
    /// `(year, signed that year, cumulative)`, for years with a known date.
    pub by_year: Vec<(i32, u32, u32)>,
    /// Published counts, for comparison.
    pub statements: Vec<Statement>,
    pub headline: Headline,
    /// The cumulative count over time, for the chart.
    pub timeline: Timeline,
}

/// The registry's cumulative count over time (a band: signings certainly made by a day, and
/// those possibly made by it) and the announced counts, for the chart on `/statistics`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// `(day, certainly signed by then, possibly signed by then)` at each day the band changes.
    pub band: Vec<(String, u32, u32)>,
    /// `(day, number announced, source)` for each announced count with a day.
    pub announced: Vec<(String, u32, String)>,
}

/// What `/map` shows: up to [`MapData::LIST_LIMIT`] signatories, each a dot and a table row;
/// beyond that, squares counting the signatories in each area and a table by country (one
/// dot and one row per signatory would make a page of megabytes that nobody can read).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapData {
    /// Every signatory, in signing order (empty beyond the limit).
    pub rows: Vec<DirectoryRow>,
    /// Beyond the limit: the squares of the density layer, in reading order.
    pub cells: Vec<MapCell>,
    /// Beyond the limit: `(country code, country name, signatories)`.
    pub countries: Vec<(String, String, usize)>,
    /// Beyond the limit: the signatories whose place is off the base map (Toronto), drawn in
    /// its inset as before, when there are at most [`MapData::OUTSIDE_LIMIT`] of them.
    pub outside: Vec<MapPoint>,
    /// How many signatories have coordinates.
    pub located: usize,
}

impl MapData {
    /// The most signatories drawn one dot each and listed one row each.
    pub const LIST_LIMIT: usize = 500;
    /// A density square's side, in base-map units (about 60 km at 50° N).
    pub const CELL: f64 = 16.0;
    /// The most signatories off the base map named in its inset.
    pub const OUTSIDE_LIMIT: usize = 12;
}

/// One square of the map's density layer.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapCell {
    pub x: f64,
    pub y: f64,
    pub count: usize,
}

/// A signatory placed on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapPoint {
    pub slug: String,
    pub name: String,
    pub country_code: String,
    pub country_name: String,
    pub latitude: f64,
    pub longitude: f64,
}

impl MapPoint {
    pub(crate) fn located(
        slug: &str,
        name: &str,
        (country_code, country_name): (&str, &str),
        latitude: Option<f64>,
        longitude: Option<f64>,
    ) -> Option<Self> {
        Some(Self {
            slug: slug.to_owned(),
            name: name.to_owned(),
            country_code: country_code.to_owned(),
            country_name: country_name.to_owned(),
            latitude: latitude?,
            longitude: longitude?,
        })
    }
}

impl DirectoryRow {
    /// The row as a map point, when its coordinates are known.
    #[must_use]
    pub fn map_point(&self) -> Option<MapPoint> {
        MapPoint::located(
            &self.slug,
            &self.name,
            (&self.country_code, &self.country_name),
            self.latitude,
            self.longitude,
        )
    }
}

impl Profile {
    /// The signatory as a map point, when its coordinates are known.
    #[must_use]
    pub fn map_point(&self) -> Option<MapPoint> {
        MapPoint::located(
            &self.slug,
            &self.name,
            (&self.country_code, &self.country_name),
            self.latitude,
            self.longitude,
        )
    }
}

/// A press release as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseSummary {
    pub slug: String,
    pub title: String,
    pub dateline: String,
    /// "18 December 2013" (Brussels date).
    pub date: String,
    /// RFC 3339 UTC, for `<time datetime>`.
    pub release_iso: String,
    pub summary: String,
    pub signatories: Vec<(String, String)>,
}

/// A page of the newsroom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Newsroom {
    pub releases: Vec<ReleaseSummary>,
    pub matching: usize,
    pub page: usize,
    pub pages: usize,
    pub year: Option<i32>,
    pub country: Option<String>,
    pub years: Vec<i32>,
    pub countries: Vec<Choice>,
    pub query_string: String,
}

/// A quote in a press release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: String,
    pub role: String,
    pub text: String,
}

/// A press contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub email: Option<String>,
}

/// A correction appended to a published release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub id: i32,
    pub date: String,
    pub reason: String,
    pub text: String,
}

/// The facts beside a release: a signatory's places as the registry stood on the release date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactBox {
    pub slug: String,
    pub name: String,
    pub country_code: String,
    pub country_name: String,
    pub edition: String,
    pub edition_slug: String,
    /// In English (feeds, API).
    pub places: Vec<String>,
    /// The same places as numbers, for pages in other languages.
    pub ordinals: domain::ordinals::SignatoryOrdinals,
    pub is_city: bool,
    pub total: u32,
    pub as_of: String,
    /// The same day as `YYYY-MM-DD`.
    pub as_of_iso: String,
}

/// A whole press release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Release {
    pub summary: ReleaseSummary,
    pub language: String,
    /// "18 December 2013, 11:00 UTC (12:00 in Brussels)".
    pub time: String,
    /// Sanitized HTML.
    pub body_html: String,
    pub notes_html: Option<String>,
    pub quotes: Vec<Quote>,
    pub contacts: Vec<Contact>,
    pub corrections: Vec<Correction>,
    pub facts: Vec<FactBox>,
    /// Photos of its signings' ceremonies (the first is its `og:image` and RSS enclosure).
    #[serde(default)]
    pub photos: Vec<process::PhotoView>,
    /// Articles about its signings in other outlets.
    #[serde(default)]
    pub coverage: Vec<process::CoverageView>,
    /// The site's public URL, for the absolute `og:image` address.
    #[serde(default)]
    pub site_url: String,
}

/// A feed journalists can follow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedInfo {
    /// The feed's address in the language it was described in (`/fr/feed.xml` for French).
    pub path: String,
    /// The feed's own title, as feed readers show it.
    pub title: String,
    /// What it carries.
    pub description: String,
    /// `all`, `press`, `signings`, `changes`, `country` or `edition`.
    pub kind: String,
    /// The country code or edition slug of a `country` or `edition` feed, with its name.
    pub subject: Option<(String, String)>,
}

/// One Integrating Cities conference and the signatories that signed there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceView {
    /// "Integrating Cities VI".
    pub title: String,
    pub city: String,
    pub country_code: String,
    /// The registry's (English) name of the country.
    pub country_name: String,
    /// Partial dates as stored (`2013-09-09`, `2006-10`).
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub note: Option<String>,
    /// `(slug, name)` of each signatory whose signing names this conference, in signing order.
    pub signatories: Vec<(String, String)>,
}

/// What the about page shows from the database.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct About {
    pub conferences: Vec<ConferenceView>,
    /// Signatories in the registry today.
    pub signatories: u32,
}

/// A city example of a toolkit key factor; `slug` links it when the city is a signatory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolkitExampleView {
    pub city: String,
    pub slug: Option<String>,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
}

/// A guiding question and its sub-points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolkitQuestionView {
    pub text: String,
    pub details: Vec<String>,
}

/// A key factor of a toolkit's benchmark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolkitFactorView {
    pub number: i32,
    pub theme: Option<String>,
    pub statement: String,
    pub introduction: Vec<String>,
    pub questions: Vec<ToolkitQuestionView>,
    pub examples: Vec<ToolkitExampleView>,
}

/// A titled text of a toolkit: a way to use it, or a contextual factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolkitPartView {
    pub title: String,
    pub lead: String,
    pub paragraphs: Vec<String>,
}

/// A toolkit as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolkitView {
    pub language: String,
    pub title: String,
    pub series: String,
    pub published: String,
    pub publisher: String,
    pub author: String,
    pub introduction: Vec<String>,
    pub standard: String,
    pub uses: Vec<ToolkitPartView>,
    pub factors: Vec<ToolkitFactorView>,
    pub contextual_intro: String,
    pub contextual: Vec<ToolkitPartView>,
}

/// A person with a role in the working group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPerson {
    pub name: String,
    pub role: String,
    /// Where they work (the staff contact's office), if given.
    pub office: Option<String>,
}

/// The working group page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingGroupView {
    pub name: String,
    /// BCP 47 language of the text.
    pub language: String,
    pub summary: String,
    pub paragraphs: Vec<String>,
    pub objectives_heading: String,
    pub objectives: Vec<String>,
    pub chair: Option<GroupPerson>,
    pub vice_chair: Option<GroupPerson>,
    pub contact: Option<GroupPerson>,
    /// When the description held, as stored (`2016`, `2024-10`).
    pub as_of: String,
    pub source_url: Option<String>,
}
