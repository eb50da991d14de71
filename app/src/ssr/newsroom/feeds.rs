//! The catalogue of RSS feeds: what each carries, its address and its title in each language
//! (used by the feed routes and by the `/feeds` page, so both always agree).

use crate::i18n::Lang;
use crate::model::FeedInfo;
use crate::ssr::registry::Snapshot;

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

/// A feed's address, title and description in `lang` (the French feeds live under `/fr`).
#[must_use]
pub fn describe(feed: &Feed, snapshot: &Snapshot, lang: Lang) -> FeedInfo {
    let info = |kind: &str, path: String, title: String, description: String| FeedInfo {
        path: lang.href(&path),
        title,
        description,
        kind: kind.to_owned(),
        subject: None,
    };
    let general = |kind: &str, path: &str, title_key: &str| {
        info(
            kind,
            path.to_owned(),
            lang.t(title_key),
            lang.t(&format!("feeds-{kind}")),
        )
    };
    match feed {
        Feed::All => general("all", "/feed.xml", "site-name"),
        Feed::Press => general("press", "/feeds/press.xml", "newsroom-feed-title"),
        Feed::Signings => general("signings", "/feeds/signings.xml", "feed-signings-title"),
        Feed::Changes => general("changes", "/feeds/changes.xml", "feed-changes-title"),
        Feed::Country(code) => {
            let stored = snapshot
                .signatory_countries()
                .into_iter()
                .find(|(c, _)| c == code)
                .map_or_else(|| code.clone(), |(_, n)| n);
            let name = lang.country(code, &stored);
            FeedInfo {
                subject: Some((code.clone(), name.clone())),
                ..info(
                    "country",
                    format!("/feeds/country/{}.xml", code.to_lowercase()),
                    crate::t!(lang, "profile-feed-title", country = &name),
                    crate::t!(lang, "feeds-country", country = &name),
                )
            }
        }
        Feed::Edition(slug) => {
            let stored = snapshot
                .published_editions()
                .into_iter()
                .find(|(s, _)| s == slug)
                .map_or_else(|| slug.clone(), |(_, t)| t);
            let name = lang.edition_name(slug, &stored);
            FeedInfo {
                subject: Some((slug.clone(), name.clone())),
                ..info(
                    "edition",
                    format!("/feeds/edition/{slug}.xml"),
                    crate::t!(lang, "feed-edition-title", edition = &name),
                    crate::t!(lang, "feeds-edition", edition = &name),
                )
            }
        }
    }
}

/// Every feed in `lang`: the four general ones, then one per country with signatories, one per
/// edition.
#[must_use]
pub fn catalogue(snapshot: &Snapshot, lang: Lang) -> Vec<FeedInfo> {
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
    feeds.iter().map(|f| describe(f, snapshot, lang)).collect()
}
