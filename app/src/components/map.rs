//! The signatory map: server-drawn SVG dots, each a link, over the static Europe base map,
//! with signatories outside the frame in an inset.

use leptos::prelude::*;

use crate::i18n::use_lang;
use crate::t;

use crate::model::{MapCell, MapData, MapPoint};
use domain::map::{height, project, WIDTH};

/// How dark a density square is drawn (1–4): by its share of the fullest square, on a
/// logarithmic scale so that a few crowded areas do not wash out the rest.
fn level(count: usize, most: usize) -> usize {
    if most <= 1 {
        return 4;
    }
    let share = (count as f64).ln() / (most as f64).ln();
    1 + (share * 3.0).round() as usize
}

/// Draws `points`, and `cells` (a density layer) when given; `highlight` marks one signatory.
#[component]
pub fn SignatoryMap(
    points: Vec<MapPoint>,
    #[prop(optional)] cells: Vec<MapCell>,
    #[prop(optional)] highlight: Option<String>,
    label: String,
) -> impl IntoView {
    let lang = use_lang();
    let most = cells.iter().map(|c| c.count).max().unwrap_or(0);
    let side = format!("{:.0}", MapData::CELL);
    let h = height();
    let (inside, outside): (Vec<_>, Vec<_>) = points
        .into_iter()
        .map(|p| (p.latitude, p.longitude, p))
        .partition(|(lat, lon, _)| project(*lat, *lon).is_some());
    let inset_height = if outside.is_empty() {
        0.0
    } else {
        30.0 + 24.0 * outside.len() as f64
    };
    let dot = move |slug: &str| {
        if highlight.as_deref() == Some(slug) {
            "dot current"
        } else {
            "dot"
        }
    };
    view! {
        <svg class="map" viewBox=format!("0 0 {WIDTH} {h:.0}") role="group" aria-label=label>
            <image href="/map/europe.svg" width=WIDTH height=format!("{h:.0}") aria-hidden="true"/>
            {cells.into_iter().map(|c| view! {
                <rect x=format!("{:.0}", c.x) y=format!("{:.0}", c.y) width=side.clone() height=side.clone()
                    class=format!("cell l{}", level(c.count, most))>
                    <title>{t!(lang, "map-cell", count = c.count)}</title>
                </rect>
            }).collect_view()}
            {inside.into_iter().filter_map(|(lat, lon, r)| {
                let (x, y) = project(lat, lon)?;
                let class = dot(&r.slug);
                let name = r.name.clone();
                Some(view! {
                    <a href=lang.href(&format!("/signatories/{}", r.slug)) aria-label=name>
                        <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="7" class=class><title>{r.name}</title></circle>
                    </a>
                })
            }).collect_view()}
            {(!outside.is_empty()).then(|| view! {
                <g class="inset">
                    <rect x="8" y="8" width="230" height=inset_height rx="6"/>
                    <text x="20" y="30" class="inset-title">{t!(lang, "map-outside-europe")}</text>
                    {outside.into_iter().enumerate().map(|(i, (_, _, r))| {
                        let y = 52.0 + 24.0 * i as f64;
                        let class = dot(&r.slug);
                        view! {
                            <a href=lang.href(&format!("/signatories/{}", r.slug)) aria-label=r.name.clone()>
                                <circle cx="28" cy=format!("{:.0}", y - 5.0) r="7" class=class/>
                                <text x="44" y=format!("{y:.0}")>{format!("{} ({})", r.name, lang.country(&r.country_code, &r.country_name))}</text>
                            </a>
                        }
                    }).collect_view()}
                </g>
            })}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::level;

    #[test]
    fn squares_darken_with_their_count_up_to_the_fullest() {
        assert_eq!(level(1, 1), 4, "one signatory everywhere: all alike");
        assert_eq!(level(1, 100), 1);
        assert_eq!(
            level(10, 100),
            3,
            "logarithmic: a tenth of the fullest is already dark"
        );
        assert_eq!(level(100, 100), 4);
        let levels: Vec<usize> = (1..=100).map(|n| level(n, 100)).collect();
        assert!(
            levels.windows(2).all(|w| w[0] <= w[1]),
            "never lighter with more"
        );
    }
}
