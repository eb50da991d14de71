//! RSS 2.0 feeds for journalists (and the routes of the sitemap and robots.txt, `sitemap.rs`): plain axum routes.
//!
//! Each feed exists in English and in French (`/fr/feed.xml`, `/fr/feeds/...`): the channel,
//! the signing and withdrawal items, the categories and the links are in the feed's language
//! (the Fluent files); a press release's title and summary stay in the language it was written in.
//! Every item's guid is its permanent link (absolute, from `SITE_URL`) and never changes.
//! Press releases under embargo, and signings dated in the future, appear nowhere until
//! their time has come by the site's clock. Responses carry an `ETag` (a hash of the body)
//! and `Last-Modified` (the newest item); a repeat request gets 304.

use crate::failure::{refuse, Format};
use app::i18n::Lang;
use app::model::FeedInfo;
use app::ssr::entities::press_correction;
use app::ssr::newsroom::{brussels_day, public_releases, release_signatories};
use app::ssr::newsroom::{describe, exists, Feed};
use app::ssr::registry::Snapshot;
use app::ssr::AppState;
use app::t;
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Extension, Router,
};
use domain::date::Day;
use domain::text::escape_attr;
use rss::extension::atom::{AtomExtension, Link};
use rss::{Category, ChannelBuilder, Guid, ItemBuilder};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use time::{format_description::well_known::Rfc2822, OffsetDateTime};

/// Items per feed, newest first.
pub const FEED_CAP: usize = 50;

/// The feed routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/feed.xml",
            get(|s: State<AppState>, l: Language, h: HeaderMap| feed(s, l, h, Feed::All)),
        )
        .route(
            "/feeds/press.xml",
            get(|s: State<AppState>, l: Language, h: HeaderMap| feed(s, l, h, Feed::Press)),
        )
        .route(
            "/feeds/signings.xml",
            get(|s: State<AppState>, l: Language, h: HeaderMap| feed(s, l, h, Feed::Signings)),
        )
        .route(
            "/feeds/changes.xml",
            get(|s: State<AppState>, l: Language, h: HeaderMap| feed(s, l, h, Feed::Changes)),
        )
        .route("/feeds/country/{file}", get(country_feed))
        .route("/feeds/edition/{file}", get(edition_feed))
        .route("/sitemap.xml", get(crate::sitemap::sitemap))
        .route("/robots.txt", get(crate::sitemap::robots))
}

/// The request's language, put there by the `/fr` layer (English when absent).
type Language = Option<Extension<Lang>>;

fn language(l: Language) -> Lang {
    l.map(|Extension(lang)| lang).unwrap_or_default()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Press,
    Signing,
    Change,
}

struct Entry {
    kind: Kind,
    title: String,
    /// Path and fragment on this site, in the feed's language: the permanent link.
    path: String,
    at: OffsetDateTime,
    description: String,
    countries: Vec<(String, String)>,
    edition: Option<(String, String)>,
    /// A release's first photo: `(path, bytes, type)`.
    enclosure: Option<(String, i64)>,
}

fn wants(which: &Feed, e: &Entry) -> bool {
    {
        match which {
            Feed::All => true,
            Feed::Press => e.kind == Kind::Press,
            Feed::Signings => e.kind == Kind::Signing,
            Feed::Changes => e.kind == Kind::Change,
            Feed::Country(code) => e.countries.iter().any(|(c, _)| c == code),
            Feed::Edition(slug) => e.edition.as_ref().is_some_and(|(s, _)| s == slug),
        }
    }
}

fn noon(day: Day) -> Option<OffsetDateTime> {
    let month = time::Month::try_from(day.month).ok()?;
    Some(
        time::Date::from_calendar_date(day.year, month, day.day)
            .ok()?
            .with_hms(12, 0, 0)
            .ok()?
            .assume_utc(),
    )
}

async fn entries(
    state: &AppState,
    lang: Lang,
) -> Result<(std::sync::Arc<Snapshot>, Vec<Entry>), sea_orm::DbErr> {
    let now = state.clock.now();
    let (today, _) = brussels_day(now);
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await?;
    let releases = public_releases(&state.db, now).await?;
    let links = release_signatories(&state.db, &snapshot).await?;
    let mut out = Vec::new();
    // A country's name in the feed's language.
    let country = |(code, name): (String, String)| {
        let name = lang.country(&code, &name);
        (code, name)
    };
    let release_countries = |id: i32| -> Vec<(String, String)> {
        links
            .iter()
            .filter(|(r, _)| *r == id)
            .filter_map(|(_, s)| snapshot.country_of(*s))
            .map(country)
            .collect()
    };
    let release_links = app::ssr::entities::press_release_signing::Entity::find()
        .all(&state.db)
        .await?;
    for r in &releases {
        let signings: Vec<i32> = release_links
            .iter()
            .filter(|l| l.press_release_id == r.id)
            .map(|l| l.signing_id)
            .filter(|id| snapshot.signings().iter().any(|s| s.id == *id))
            .collect();
        let enclosure = app::ssr::process::media::photos_of(&state.db, &signings)
            .await?
            .into_iter()
            .next()
            .map(|p| (p.src, p.src_bytes));
        out.push(Entry {
            kind: Kind::Press,
            title: r.title.clone(),
            path: lang.href(&format!("/newsroom/{}", r.slug)),
            at: r.release_at,
            description: r.summary.clone(),
            countries: release_countries(r.id),
            edition: None,
            enclosure,
        });
    }
    for s in snapshot.signing_events(today) {
        let at = s.recorded_at;
        let (code, country_name) = country((s.country_code, s.country_name));
        let edition = lang.edition_name(&s.edition_slug, &s.edition_title);
        let description = t!(
            lang,
            "feed-signing-description",
            name = &s.name,
            kind = &lang.t_or(&format!("kind-{}", s.kind), &s.kind),
            country = &country_name,
            edition = &edition,
            when = &lang.when_signed(s.date),
        );
        out.push(Entry {
            kind: Kind::Signing,
            title: t!(lang, "signing-headline", name = &s.name),
            path: lang.href(&format!("/signatories/{}#signing-{}", s.slug, s.signing_id)),
            at,
            description: match s.event {
                Some(event) => t!(
                    lang,
                    "feed-signing-at",
                    signing = &description,
                    event = &event
                ),
                None => t!(lang, "feed-signing-end", signing = &description),
            },
            countries: vec![(code, country_name)],
            edition: Some((s.edition_slug, edition)),
            enclosure: None,
        });
    }
    let public_ids: Vec<i32> = releases.iter().map(|r| r.id).collect();
    let corrections = press_correction::Entity::find()
        .filter(press_correction::Column::CorrectedAt.lte(now))
        .filter(press_correction::Column::PressReleaseId.is_in(public_ids))
        .all(&state.db)
        .await?;
    for c in corrections {
        let Some(r) = releases.iter().find(|r| r.id == c.press_release_id) else {
            continue;
        };
        out.push(Entry {
            kind: Kind::Change,
            title: t!(lang, "feed-correction-title", title = &r.title),
            path: lang.href(&format!("/newsroom/{}#correction-{}", r.slug, c.id)),
            at: c.corrected_at,
            description: format!("{} {}", c.reason, c.text),
            countries: release_countries(r.id),
            edition: None,
            enclosure: None,
        });
    }
    for (slug, name, code, day, reason) in snapshot.withdrawals(today) {
        out.push(Entry {
            kind: Kind::Change,
            title: t!(lang, "feed-withdrawal-title", name = &name),
            path: lang.href(&format!("/signatories/{slug}#withdrawn")),
            at: noon(day).unwrap_or(now),
            description: reason,
            countries: snapshot
                .signatory_countries()
                .into_iter()
                .filter(|(c, _)| *c == code)
                .map(country)
                .collect(),
            edition: None,
            enclosure: None,
        });
    }
    out.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.path.cmp(&b.path)));
    Ok((snapshot, out))
}

fn rfc2822(at: OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC)
        .format(&Rfc2822)
        .unwrap_or_default()
}

/// The IMF-fixdate of HTTP (`Wed, 18 Dec 2013 11:00:00 GMT`).
fn http_date(at: OffsetDateTime) -> String {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    at.to_offset(time::UtcOffset::UTC)
        .format(&fmt)
        .unwrap_or_default()
}

/// FNV-1a: a stable hash of the body for the ETag (the same on every app server).
#[must_use]
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub(crate) fn internal(err: impl std::fmt::Display, lang: Lang) -> Response {
    crate::failure::internal(Format::Text, "feed", err, t!(lang, "feed-failed"))
}

/// Builds a feed's XML in `lang`: `(body, newest item time)`, or `None` for a country or
/// edition feed without a subject in the registry.
///
/// # Errors
/// A database error, or an XML writer error.
pub async fn build(
    state: &AppState,
    which: &Feed,
    lang: Lang,
) -> Result<Option<(Vec<u8>, Option<OffsetDateTime>)>, String> {
    let (snapshot, all) = entries(state, lang).await.map_err(|e| e.to_string())?;
    if !exists(which, &snapshot) {
        return Ok(None);
    }
    let site = &state.site_url;
    let FeedInfo {
        path,
        title,
        description,
        ..
    } = describe(which, &snapshot, lang);
    let feeds_page = format!("{site}{}", lang.href("/feeds"));
    let chosen: Vec<&Entry> = all
        .iter()
        .filter(|e| wants(which, e))
        .take(FEED_CAP)
        .collect();
    let newest = chosen.first().map(|e| e.at);
    let items = chosen
        .iter()
        .map(|e| {
            let link = format!("{site}{}", e.path);
            let mut categories: Vec<Category> = e
                .countries
                .iter()
                .map(|(_, name)| Category {
                    name: name.clone(),
                    domain: Some(format!("{feeds_page}#country")),
                })
                .collect();
            if let Some((_, edition)) = &e.edition {
                categories.push(Category {
                    name: edition.clone(),
                    domain: Some(format!("{feeds_page}#edition")),
                });
            }
            let kind = match e.kind {
                Kind::Press => t!(lang, "feed-category-press"),
                Kind::Signing => t!(lang, "feed-category-signing"),
                Kind::Change => t!(lang, "feed-category-change"),
            };
            categories.push(Category {
                name: kind,
                domain: Some(format!("{feeds_page}#kind")),
            });
            ItemBuilder::default()
                .title(Some(e.title.clone()))
                .link(Some(link.clone()))
                .guid(Some(Guid {
                    value: link,
                    permalink: true,
                }))
                .pub_date(Some(rfc2822(e.at)))
                // Readers show a description as HTML: the text (names staff typed included)
                // is escaped so it stays text.
                .description(Some(escape_attr(&e.description)))
                .categories(categories)
                .enclosure(e.enclosure.as_ref().map(|(path, bytes)| rss::Enclosure {
                    url: format!("{site}{path}"),
                    length: bytes.to_string(),
                    mime_type: if path.ends_with(".png") {
                        "image/png".to_owned()
                    } else {
                        "image/jpeg".to_owned()
                    },
                }))
                .build()
        })
        .collect::<Vec<_>>();
    let channel = ChannelBuilder::default()
        .title(title)
        .link(format!(
            "{site}{}",
            lang.href(if matches!(which, Feed::Press) {
                "/newsroom"
            } else {
                "/"
            })
        ))
        .description(description)
        .language(Some(lang.code().to_owned()))
        .last_build_date(newest.map(rfc2822))
        .atom_ext(Some(AtomExtension {
            links: vec![Link {
                href: format!("{site}{path}"),
                rel: "self".into(),
                mime_type: Some("application/rss+xml".into()),
                ..Link::default()
            }],
        }))
        .items(items)
        .build();
    let body = channel.write_to(Vec::new()).map_err(|e| e.to_string())?;
    Ok(Some((body, newest)))
}

/// Answers with `body`, or 304 when the client already has it.
pub(crate) fn cached(
    headers: &HeaderMap,
    body: Vec<u8>,
    newest: Option<OffsetDateTime>,
    content_type: &'static str,
) -> Response {
    let etag = format!("\"{:016x}\"", fnv1a(&body));
    let last_modified = http_date(newest.unwrap_or(OffsetDateTime::UNIX_EPOCH));
    let mut response = if crate::conditional::not_modified(headers, &etag, Some(&last_modified)) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.into_response()
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300, must-revalidate"),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&last_modified) {
        h.insert(header::LAST_MODIFIED, v);
    }
    response
}

async fn feed(
    State(state): State<AppState>,
    lang: Language,
    headers: HeaderMap,
    which: Feed,
) -> Response {
    let lang = language(lang);
    match build(&state, &which, lang).await {
        Ok(Some((body, newest))) => {
            cached(&headers, body, newest, "application/rss+xml; charset=utf-8")
        }
        Ok(None) => not_found(lang),
        Err(err) => internal(err, lang),
    }
}

fn not_found(lang: Lang) -> Response {
    refuse(
        Format::Text,
        StatusCode::NOT_FOUND,
        t!(lang, "feed-missing"),
    )
}

async fn country_feed(
    state: State<AppState>,
    lang: Language,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(code) = file
        .strip_suffix(".xml")
        .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()))
    else {
        return not_found(language(lang));
    };
    feed(
        state,
        lang,
        headers,
        Feed::Country(code.to_ascii_uppercase()),
    )
    .await
}

async fn edition_feed(
    state: State<AppState>,
    lang: Language,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(slug) = file
        .strip_suffix(".xml")
        .filter(|s| domain::text::is_slug(s))
    else {
        return not_found(language(lang));
    };
    feed(state, lang, headers, Feed::Edition(slug.to_owned())).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_and_etags_are_stable() {
        let at = OffsetDateTime::from_unix_timestamp(1_387_364_400).unwrap();
        assert_eq!(http_date(at), "Wed, 18 Dec 2013 11:00:00 GMT");
        assert_eq!(rfc2822(at), "Wed, 18 Dec 2013 11:00:00 +0000");
        assert_eq!(fnv1a(b"feed"), fnv1a(b"feed"));
        assert_ne!(fnv1a(b"feed"), fnv1a(b"feeds"));
    }
}
