//! The map projection: the same as `scripts/basemap.py`, which drew `public/map/europe.svg`.

/// The frame of the Europe base map, in degrees.
pub const LON_MIN: f64 = -25.0;
pub const LON_MAX: f64 = 45.0;
pub const LAT_MIN: f64 = 34.0;
pub const LAT_MAX: f64 = 71.5;
/// The base map's size in SVG units.
pub const WIDTH: f64 = 800.0;

/// The base map's height: equirectangular with longitude scaled by cos(50°).
#[must_use]
pub fn height() -> f64 {
    WIDTH * (LAT_MAX - LAT_MIN) / ((LON_MAX - LON_MIN) * 50.0_f64.to_radians().cos())
}

/// Where a place falls on the base map, or `None` outside its frame.
#[must_use]
pub fn project(latitude: f64, longitude: f64) -> Option<(f64, f64)> {
    if !(LAT_MIN..=LAT_MAX).contains(&latitude) || !(LON_MIN..=LON_MAX).contains(&longitude) {
        return None;
    }
    let x = (longitude - LON_MIN) / (LON_MAX - LON_MIN) * WIDTH;
    let y = (LAT_MAX - latitude) / (LAT_MAX - LAT_MIN) * height();
    Some((x, y))
}

/// The place at point `(x, y)` of the base map, as `(latitude, longitude)` in degrees rounded
/// to four decimals (about 10 m), or `None` outside the map.
#[must_use]
pub fn unproject(x: f64, y: f64) -> Option<(f64, f64)> {
    if !(0.0..=WIDTH).contains(&x) || !(0.0..=height()).contains(&y) {
        return None;
    }
    let round = |v: f64| (v * 10_000.0).round() / 10_000.0;
    let longitude = LON_MIN + x / WIDTH * (LON_MAX - LON_MIN);
    let latitude = LAT_MAX - y / height() * (LAT_MAX - LAT_MIN);
    Some((round(latitude), round(longitude)))
}

/// One square of a density layer: its top-left corner on the base map and how many points
/// fall in it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub x: f64,
    pub y: f64,
    pub count: usize,
}

/// The points of `places` (latitude, longitude) that fall on the base map, counted per square
/// of `size` map units, in reading order (top to bottom, left to right); squares without a
/// point are left out. One pass and one sort, whatever the number of places.
#[must_use]
pub fn density(places: impl IntoIterator<Item = (f64, f64)>, size: f64) -> Vec<Cell> {
    let mut counts: std::collections::HashMap<(u32, u32), usize> = std::collections::HashMap::new();
    for (latitude, longitude) in places {
        if let Some((x, y)) = project(latitude, longitude) {
            // On the frame's right or bottom edge a point belongs to the last square.
            let column = ((x / size) as u32).min(((WIDTH / size).ceil() as u32).saturating_sub(1));
            let row = ((y / size) as u32).min(((height() / size).ceil() as u32).saturating_sub(1));
            *counts.entry((row, column)).or_default() += 1;
        }
    }
    let mut cells: Vec<((u32, u32), usize)> = counts.into_iter().collect();
    cells.sort_unstable_by_key(|(at, _)| *at);
    cells
        .into_iter()
        .map(|((row, column), count)| Cell {
            x: f64::from(column) * size,
            y: f64::from(row) * size,
            count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_matches_the_base_map() {
        assert_eq!(
            height().round(),
            667.0,
            "public/map/europe.svg is 800 × 667"
        );
        let (x, y) = project(LAT_MAX, LON_MIN).unwrap();
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9);
        let (x, y) = project(LAT_MIN, LON_MAX).unwrap();
        assert!((x - WIDTH).abs() < 1e-9 && (y - height()).abs() < 1e-9);
    }

    #[test]
    fn a_point_picked_on_the_map_is_the_place_drawn_there() {
        let (x, y) = project(46.0569, 14.5058).unwrap(); // Ljubljana
        let (lat, lon) = unproject(x, y).unwrap();
        assert!((lat - 46.0569).abs() < 1e-4 && (lon - 14.5058).abs() < 1e-4);
        assert_eq!(unproject(0.0, 0.0), Some((LAT_MAX, LON_MIN)));
        assert!(unproject(-1.0, 10.0).is_none() && unproject(10.0, 700.0).is_none());
    }

    #[test]
    fn european_cities_fall_inside_and_toronto_outside() {
        let (x, y) = project(48.8566, 2.3522).unwrap(); // Paris
        assert!(
            (300.0..340.0).contains(&x) && (350.0..420.0).contains(&y),
            "{x},{y}"
        );
        assert!(project(43.6532, -79.3832).is_none());
    }

    #[test]
    fn density_counts_each_point_once_in_its_square() {
        let paris = (48.8566, 2.3522);
        let versailles = (48.8049, 2.1204);
        let berlin = (52.52, 13.405);
        let toronto = (43.6532, -79.3832);
        let edge = (LAT_MIN, LON_MAX);
        let cells = density([paris, versailles, berlin, toronto, edge, paris], 20.0);
        let total: usize = cells.iter().map(|c| c.count).sum();
        assert_eq!(
            total, 5,
            "Toronto is off the map, every other point counts once"
        );
        let (px, py) = project(paris.0, paris.1).unwrap();
        let at_paris = cells
            .iter()
            .find(|c| (c.x..c.x + 20.0).contains(&px) && (c.y..c.y + 20.0).contains(&py))
            .unwrap();
        assert_eq!(
            at_paris.count, 3,
            "Paris twice and Versailles share a square"
        );
        assert!(
            cells.iter().all(|c| c.x < WIDTH && c.y < height()),
            "the edge is inside"
        );
        let order: Vec<(f64, f64)> = cells.iter().map(|c| (c.y, c.x)).collect();
        let mut sorted = order.clone();
        sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(order, sorted, "reading order");
        assert!(density(std::iter::empty(), 20.0).is_empty());
    }
}
