//! Open data: the directory's current view as CSV and JSON (same query string, filters and
//! totals as `/signatories`), a read-only JSON API, and the signatory badge.
//!
//! The data and the API answer in English (their field names and messages are a contract);
//! the badge, which a city puts on its own site, exists in English and in French (`/fr/badge/…`).

use crate::failure::{refuse, Format};
use app::i18n::Lang;
use app::ssr::charter::published_editions;
use app::ssr::newsroom::{brussels_day, public_releases, release_signatories, summary};
use app::ssr::AppState;
use app::t;
use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Extension, Json, Router,
};
use domain::directory::{DirectoryParams, DirectoryQuery};
use domain::text::escape_attr;
use serde::Serialize;

/// The open data routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/signatories.csv", get(signatories_csv))
        .route("/signatories.json", get(signatories_json))
        .route("/api/v1/signatories", get(api_signatories))
        .route("/api/v1/signatories/{slug}", get(api_signatory))
        .route("/api/v1/editions", get(api_editions))
        .route("/api/v1/press-releases", get(api_press_releases))
        .route("/badge/{file}", get(badge))
}

fn problem(status: StatusCode, message: impl Into<String>) -> Response {
    refuse(Format::Json, status, message)
}

fn internal(err: impl std::fmt::Display) -> Response {
    crate::failure::internal(
        Format::Json,
        "open data request",
        err,
        t!(Lang::En, "api-failed"),
    )
}

/// The directory rows for a query string, with the registry's total as of the query's date.
#[derive(Serialize)]
struct View {
    generated: String,
    as_of: Option<String>,
    query: String,
    counting_rule: String,
    licence: String,
    total_signatories: u32,
    /// Of `total_signatories`, those not yet named (listed in `unidentified`).
    unidentified_signatories: u32,
    matching: usize,
    signatories: Vec<app::model::DirectoryRow>,
    /// The signatories the announcements imply but no source names yet, with their places.
    unidentified: Vec<app::model::UnidentifiedRow>,
}

async fn view(state: &AppState, params: &DirectoryParams) -> Result<View, Response> {
    let query = DirectoryQuery::parse(params)
        .map_err(|m| problem(StatusCode::BAD_REQUEST, m.to_string()))?;
    let snapshot = state
        .snapshots
        .current(&state.db, state.clock.now())
        .await
        .map_err(internal)?;
    let rows = snapshot.directory_rows(&query);
    let counted = snapshot.count(query.as_of);
    let total = counted.totals.signatories;
    Ok(View {
        generated: brussels_day(state.clock.now()).0.iso(),
        as_of: query.as_of.map(domain::date::Day::iso),
        query: query.query_string(),
        counting_rule: format!("{}/about/counting", state.site_url),
        licence: t!(Lang::En, "data-licence"),
        total_signatories: total,
        unidentified_signatories: counted.totals.unidentified,
        matching: rows.len(),
        signatories: rows,
        unidentified: snapshot.unidentified_rows(&counted),
    })
}

/// `icc-signatories-2026-11-24[-country-fr…].ext`
fn file_name(v: &View, ext: &str) -> String {
    let filters: String = v
        .query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect::<String>()
        })
        .map(|p| format!("-{p}"))
        .collect();
    let filters: String = filters.chars().take(80).collect();
    format!("icc-signatories-{}{filters}.{ext}", v.generated)
}

fn attachment(name: &str) -> String {
    format!("attachment; filename=\"{name}\"")
}

async fn signatories_csv(
    State(state): State<AppState>,
    Query(params): Query<DirectoryParams>,
) -> Response {
    let v = match view(&state, &params).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "place",
        "place_min",
        "place_max",
        "european_min",
        "european_max",
        "non_european_min",
        "non_european_max",
        "eu_capital_min",
        "eu_capital_max",
        "national_capital_min",
        "national_capital_max",
        "name",
        "slug",
        "kind",
        "country_code",
        "country",
        "national_capital",
        "eu_member_at_signing",
        "status",
        "signed",
        "signed_not_before",
        "signed_not_after",
        "edition",
        "latitude",
        "longitude",
        "sources",
        "profile",
    ];
    let mut rows = vec![header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()];
    for r in &v.signatories {
        let yes = |b: bool| if b { "yes" } else { "no" }.to_owned();
        let mut row = vec![r.place.clone().unwrap_or_default()];
        for scope in domain::ordinals::Scope::ALL {
            let place = scope.get(&r.places);
            row.push(place.map(|o| o.min.to_string()).unwrap_or_default());
            row.push(place.map(|o| o.max.to_string()).unwrap_or_default());
        }
        row.extend([
            r.name.clone(),
            r.slug.clone(),
            r.kind.clone(),
            r.country_code.clone(),
            r.country_name.clone(),
            yes(r.national_capital),
            yes(r.eu_member_at_signing),
            r.status.clone(),
            r.signed_iso.clone(),
            r.not_before.clone().unwrap_or_default(),
            r.not_after.clone().unwrap_or_default(),
            r.edition.clone(),
            r.latitude.map(|x| x.to_string()).unwrap_or_default(),
            r.longitude.map(|x| x.to_string()).unwrap_or_default(),
            r.sources
                .iter()
                .filter_map(|s| s.url.clone())
                .collect::<Vec<_>>()
                .join(" "),
            format!("{}/signatories/{}", state.site_url, r.slug),
        ]);
        rows.push(row);
    }
    for row in rows {
        // Cells a spreadsheet would run as formulas are written as text (a leading `'`).
        if let Err(err) =
            out.write_record(row.iter().map(|c| domain::text::guard_cell(c).into_owned()))
        {
            return internal(err);
        }
    }
    // UTF-8 with a byte-order mark: spreadsheets then read "Düsseldorf" right on opening.
    let body = match out.into_inner() {
        Ok(b) => [b"\xEF\xBB\xBF".as_slice(), &b].concat(),
        Err(err) => return internal(err),
    };
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                attachment(&file_name(&v, "csv")),
            ),
        ],
        body,
    )
        .into_response()
}

async fn signatories_json(
    State(state): State<AppState>,
    Query(params): Query<DirectoryParams>,
) -> Response {
    match view(&state, &params).await {
        Ok(v) => (
            [(
                header::CONTENT_DISPOSITION,
                attachment(&file_name(&v, "json")),
            )],
            Json(v),
        )
            .into_response(),
        Err(r) => r,
    }
}

async fn api_signatories(
    State(state): State<AppState>,
    Query(params): Query<DirectoryParams>,
) -> Response {
    match view(&state, &params).await {
        Ok(v) => Json(v).into_response(),
        Err(r) => r,
    }
}

async fn api_signatory(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    if !domain::text::is_slug(&slug) {
        return problem(StatusCode::NOT_FOUND, t!(Lang::En, "api-no-signatory"));
    }
    match state.snapshots.current(&state.db, state.clock.now()).await {
        Ok(s) => s.profile(&slug).map_or_else(
            || problem(StatusCode::NOT_FOUND, t!(Lang::En, "api-no-signatory")),
            |p| Json(p).into_response(),
        ),
        Err(err) => internal(err),
    }
}

async fn api_editions(State(state): State<AppState>) -> Response {
    match published_editions(&state.db).await {
        Ok(list) => Json(list).into_response(),
        Err(err) => internal(err),
    }
}

async fn api_press_releases(State(state): State<AppState>) -> Response {
    let releases = match public_releases(&state.db, state.clock.now()).await {
        Ok(r) => r,
        Err(err) => return internal(err),
    };
    let snapshot = match state.snapshots.current(&state.db, state.clock.now()).await {
        Ok(s) => s,
        Err(err) => return internal(err),
    };
    match release_signatories(&state.db, &snapshot).await {
        Ok(links) => Json(
            releases
                .iter()
                .map(|r| summary(r, &links, &snapshot))
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(err) => internal(err),
    }
}

/// The badge's accessible name: "Signatory of the Integrating Cities Charter since 2013".
#[must_use]
pub fn badge_text(lang: Lang, year: Option<i32>) -> String {
    match year {
        Some(year) => t!(
            lang,
            "profile-badge-alt-since",
            year = year.to_string().as_str()
        ),
        None => t!(lang, "profile-badge-alt"),
    }
}

/// The badge's lines of text: "Signatory of the" / "Integrating Cities Charter" / "since 2013".
#[must_use]
pub fn badge_lines(lang: Lang, year: Option<i32>) -> Vec<String> {
    let mut lines = vec![t!(lang, "badge-line-1"), t!(lang, "badge-line-2")];
    if let Some(year) = year {
        lines.push(t!(
            lang,
            "badge-line-since",
            year = year.to_string().as_str()
        ));
    }
    lines
}

async fn badge(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    Path(file): Path<String>,
) -> Response {
    let lang = lang.map(|Extension(lang)| lang).unwrap_or_default();
    let missing = || {
        (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            t!(lang, "badge-missing"),
        )
            .into_response()
    };
    let Some(slug) = file
        .strip_suffix(".svg")
        .filter(|s| domain::text::is_slug(s))
    else {
        return missing();
    };
    let snapshot = match state.snapshots.current(&state.db, state.clock.now()).await {
        Ok(s) => s,
        Err(err) => return internal(err),
    };
    // The badge says "signatory": a city that has only committed has none.
    let Some(profile) = snapshot.profile(slug).filter(|p| p.status != "committed") else {
        return missing();
    };
    let year = profile
        .signings
        .iter()
        .filter_map(|s| s.date_iso.get(..4)?.parse::<i32>().ok())
        .min();
    // Two lines, or three with the year: small, bold, small.
    let lines = badge_lines(lang, year);
    let rows: &[(u8, u8, bool)] = if lines.len() == 3 {
        &[(17, 11, false), (33, 13, true), (48, 11, false)]
    } else {
        &[(24, 12, false), (41, 13, true)]
    };
    let text: String = lines
        .iter()
        .zip(rows)
        .map(|(line, (y, size, bold))| {
            format!(
                "<text x=\"56\" y=\"{y}\" font-family=\"Arial, sans-serif\" font-size=\"{size}\"{} fill=\"#fff\">{}</text>",
                if *bold { " font-weight=\"700\"" } else { "" },
                escape_attr(line)
            )
        })
        .collect();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"{code}\" width=\"320\" height=\"56\" viewBox=\"0 0 320 56\" role=\"img\" aria-labelledby=\"t d\">\
<title id=\"t\">{title}</title><desc id=\"d\">{desc}</desc>\
<rect width=\"320\" height=\"56\" rx=\"8\" fill=\"{brand}\"/>\
<g transform=\"translate(8 8) scale(1.25)\">{mark}</g>\
{text}</svg>",
        mark = app::assets::mark_shapes("badge-mark"),
        brand = app::assets::BRAND,
        code = lang.code(),
        title = escape_attr(&badge_text(lang, year)),
        desc = escape_attr(&t!(lang, "badge-description", name = &profile.name)),
    );
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'",
            ),
        ],
        svg,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::{badge_lines, badge_text};
    use app::i18n::Lang;

    #[test]
    fn the_badge_says_since_when_in_each_language() {
        assert_eq!(
            badge_text(Lang::En, Some(2013)),
            "Signatory of the Integrating Cities Charter since 2013"
        );
        assert_eq!(
            badge_text(Lang::En, None),
            "Signatory of the Integrating Cities Charter"
        );
        assert_eq!(
            badge_text(Lang::Fr, Some(2013)),
            "Signataire de la Charte des villes intégratrices depuis 2013"
        );
        assert_eq!(
            badge_lines(Lang::Fr, Some(2013)),
            [
                "Signataire de la",
                "Charte des villes intégratrices",
                "depuis 2013"
            ]
        );
        assert_eq!(
            badge_lines(Lang::En, None),
            ["Signatory of the", "Integrating Cities Charter"]
        );
    }
}
