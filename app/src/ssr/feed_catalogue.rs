//! The catalogue of RSS feeds: what each carries, its address and its title (used by the feed
//! routes and by the `/feeds` page, so both always agree).

use super::registry::Snapshot;
use crate::model::FeedInfo;

/// Which items a feed carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Feed {
    All,
    Press,
    Signings,
    Changes,
    /// Signings and press releases concerning one country (ISO code, upper case).
    Country(String),
    /// Signings of one edition (slug).
    Edition(String),
}

/// True when the feed has a subject in the registry (a country with signatories, a published edition).
#[must_use]
pub fn exists(feed: &Feed, snapshot: &Snapshot) -> bool {
    match feed {
        Feed::Country(code) => snapshot
            .signatory_countries()
            .iter()
            .any(|(c, _)| c == code),
        Feed::Edition(slug) => snapshot.published_editions().iter().any(|(e, _)| e == slug),
        _ => true,
    }
}

/// A feed's address, title and description.
#[must_use]
pub fn describe(feed: &Feed, snapshot: &Snapshot) -> FeedInfo {
    let (kind, subject) = match feed {
        Feed::All => ("all", None),
        Feed::Press => ("press", None),
        Feed::Signings => ("signings", None),
        Feed::Changes => ("changes", None),
        Feed::Country(code) => ("country", Some(code.clone())),
        Feed::Edition(slug) => ("edition", Some(slug.clone())),
    };
    let info = |path: String, title: String, description: String| FeedInfo {
        path,
        title,
        description,
        kind: kind.to_owned(),
        subject: None,
    };
    match feed {
        Feed::All => info(
            "/feed.xml".into(),
            "Integrating Cities Charter".into(),
            "Everything: press releases, signings, corrections and withdrawals.".into(),
        ),
        Feed::Press => info(
            "/feeds/press.xml".into(),
            "Integrating Cities Charter: press releases".into(),
            "Eurocities press releases about the charter and its signatories, at their release time.".into(),
        ),
        Feed::Signings => info(
            "/feeds/signings.xml".into(),
            "Integrating Cities Charter: signings".into(),
            "Every city, metropolitan authority or region that signs the charter.".into(),
        ),
        Feed::Changes => info(
            "/feeds/changes.xml".into(),
            "Integrating Cities Charter: corrections and changes".into(),
            "Corrections appended to press releases, and withdrawals from the charter.".into(),
        ),
        Feed::Country(code) => {
            let name = snapshot
                .signatory_countries()
                .into_iter()
                .find(|(c, _)| c == code)
                .map_or_else(|| code.clone(), |(_, n)| n);
            FeedInfo {
                subject: subject.map(|c| (c, name.clone())),
                ..info(
                    format!("/feeds/country/{}.xml", code.to_lowercase()),
                    format!("Integrating Cities Charter: {name}"),
                    format!("Signings and press releases concerning {name}."),
                )
            }
        }
        Feed::Edition(slug) => {
            let title = snapshot
                .published_editions()
                .into_iter()
                .find(|(s, _)| s == slug)
                .map_or_else(|| slug.clone(), |(_, t)| t);
            FeedInfo {
                subject: subject.map(|s| (s, title.clone())),
                ..info(
                    format!("/feeds/edition/{slug}.xml"),
                    format!("Integrating Cities Charter: signings of the {title}"),
                    format!("Signatories of the {title} of the charter."),
                )
            }
        }
    }
}

/// Every feed: the four general ones, then one per country with signatories, one per edition.
#[must_use]
pub fn catalogue(snapshot: &Snapshot) -> Vec<FeedInfo> {
    let mut feeds = vec![Feed::All, Feed::Press, Feed::Signings, Feed::Changes];
    feeds.extend(
        snapshot
            .signatory_countries()
            .into_iter()
            .map(|(code, _)| Feed::Country(code)),
    );
    feeds.extend(
        snapshot
            .published_editions()
            .into_iter()
            .map(|(slug, _)| Feed::Edition(slug)),
    );
    feeds.iter().map(|f| describe(f, snapshot)).collect()
}
