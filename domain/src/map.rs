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
}
