#!/usr/bin/env python3
"""Builds public/map/europe.svg, the base map under the signatory map, from Natural Earth
(public domain) country shapes as packaged in npm's world-atlas (TopoJSON).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/basemap.py package/countries-50m.json > public/map/europe.svg

The projection must match app/src/domain/map.rs: equirectangular, longitude scaled by
cos(50°), over the frame LON_MIN..LON_MAX × LAT_MIN..LAT_MAX, WIDTH pixels wide.
"""
import json
import math
import sys

LON_MIN, LON_MAX, LAT_MIN, LAT_MAX = -25.0, 45.0, 34.0, 71.5
WIDTH = 800.0
K = math.cos(math.radians(50.0))
HEIGHT = WIDTH * (LAT_MAX - LAT_MIN) / ((LON_MAX - LON_MIN) * K)


def project(lon, lat):
    x = (lon - LON_MIN) / (LON_MAX - LON_MIN) * WIDTH
    y = (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * HEIGHT
    return x, y


def main(path):
    topo = json.load(open(path))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes):
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            points.extend(arc[1:] if points else arc)
        return points

    paths = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        d = []
        for polygon in polygons:
            for indexes in polygon:
                points = ring(indexes)
                lons = [p[0] for p in points]
                lats = [p[1] for p in points]
                if max(lons) < LON_MIN - 5 or min(lons) > LON_MAX + 5 or max(lats) < LAT_MIN - 5 or min(lats) > LAT_MAX + 5:
                    continue
                if max(lons) - min(lons) > 180:  # crosses the antimeridian: unwrap east
                    points = [((lon + 360 if lon < 0 else lon), lat) for lon, lat in points]
                # Clamp to just outside the frame so shapes that leave it stay closed.
                points = [
                    (min(max(lon, LON_MIN - 2), LON_MAX + 2), min(max(lat, LAT_MIN - 2), LAT_MAX + 2))
                    for lon, lat in points
                ]
                xy = [project(*p) for p in points]
                # Drop points closer than half a pixel to the previous one.
                kept = [xy[0]]
                for p in xy[1:]:
                    if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= 2.0:
                        kept.append(p)
                if len(kept) < 3:
                    continue
                d.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in kept) + "Z")
        if d:
            paths.append("".join(d))
    print(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0f} {HEIGHT:.0f}" '
        f'width="{WIDTH:.0f}" height="{HEIGHT:.0f}">'
        "<title>Europe</title>"
        '<rect width="100%" height="100%" fill="#e8f1f8"/>'
        '<g fill="#f4f1ea" stroke="#b9b4a8" stroke-width="0.6" stroke-linejoin="round">'
        + "".join(f'<path d="{d}"/>' for d in paths)
        + "</g></svg>"
    )


if __name__ == "__main__":
    main(sys.argv[1])
