"""Country and admin-1 outlines for maps: Natural Earth 1:10m, simplified, bundled.

The two layers ship in the package, ``analysis/reference/boundaries/`` (see
``analysis/reference/README.md``):
Natural Earth's Admin-0 countries and Admin-1 states/provinces, public domain, simplified
so that neighbours still share borders. They are read once per process with geopandas, and
kept as GeoParquet in the user's cache folder (:func:`~analysis.paths.cache_dir`); the
tables made from them (the units with the regions of the region table, the name lookup) are
kept there too, in one file named by everything they are made from (:func:`_tables`), so a
later process (a report's kernel) reads them in a fraction of the time.

Events name their province as the source wrote it ("Balochistan", "Khyber Pakhtunkhwa",
"Kyiv"); :func:`admin1_index` finds the Natural Earth unit of each (country, admin1) pair
from the unit's English name, local name, alternative names and GeoNames name, ignoring
case, accents, punctuation and words such as "Province" or "Oblast". Where the sources'
admin-1 is a group of Natural Earth's units (Burkina Faso's 13 regions of its 45 provinces;
the Philippines' 17 regions of its 118 provinces and cities; Khyber Pakhtunkhwa with the
former tribal areas, ``regions.csv``), the groups are units too,
drawn as their provinces together. Where Natural Earth spells a unit otherwise than the
sources, names two units alike, or has only the larger unit a newer one was cut from
(Ituri in the Democratic Republic of the Congo's former Orientale, Kenya's counties in its
former provinces), the outline table (``admin1_outlines.csv``) says which unit the name is
drawn as (:func:`drawn_within`). Events name their country by ISO3 code, Natural Earth by
its own (South Sudan: SSD and SDS): :func:`country_code` turns the one into the other.

>>> units = admin1_units()
>>> units.loc[admin1_index(pd.DataFrame({"iso3": ["PAK"], "admin1": ["Baluchistan"]}))[0], "name"]
'Balochistan'
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.atomic import keep_parquet, keep_pickle
from analysis.errors import ReferenceTableError
from analysis.reference import table_path
from analysis.reference.admin1_outlines import load_admin1_outlines
from analysis.reference.admin1_terms import load_admin1_terms
from analysis.reference.gazetteer import place_key

COUNTRIES_FILE = "ne_10m_admin_0_countries.simplified.geojson.gz"
ADMIN1_FILE = "ne_10m_admin_1_states_provinces.simplified.geojson.gz"
CREDIT = "Boundaries: Made with Natural Earth (public domain)."
GENERIC_WORDS = re.compile(
    r"\b(province|provincia|region|division|state|oblast|governorate|district|department|"
    r"prefecture|territory|municipality|of|the)\b"
)


def _layer(name: str) -> Path:
    return Path(str(files("analysis.reference"))) / "boundaries" / name


def _read(name: str):
    import geopandas as gpd

    return gpd.read_file(f"/vsigzip/{_layer(name)}")


def _cached(name: str, build: Callable[[], pd.DataFrame]):
    """``build()``, made from the bundled layer ``name``, read from the cache folder when it
    was kept there before, else built and kept. The file is named by the layer's content and
    this module's code, so a change of either builds it anew; a cache that cannot be read or
    written costs only the time to build it again."""
    import geopandas as gpd

    from analysis.paths import cache_dir, mark_used, prune_cache

    stem = name.split(".")[0]
    digest = hashlib.sha256(_layer(name).read_bytes() + Path(__file__).read_bytes())
    path = cache_dir() / "boundaries" / f"{stem}-{digest.hexdigest()[:12]}.parquet"
    with contextlib.suppress(Exception):  # absent or unreadable: built below
        frame = gpd.read_parquet(path)
        mark_used(path)
        return frame
    frame = build()
    if keep_parquet(frame, path):
        prune_cache(path, f"{stem}-*.parquet")
    return frame


@lru_cache(maxsize=1)
def countries():
    """Every country: ``iso3`` (Natural Earth's ADM0_A3), ``name``, ``geometry``.

    >>> countries().set_index("iso3").loc["PAK", "name"]
    'Pakistan'
    """
    return _tables()[0]


@lru_cache(maxsize=1)
def _tables():
    """(:func:`countries`, :func:`admin1_units`, :func:`_lookup`'s table), read from the
    cache folder when they were kept there before, else built and kept. The file is named
    by the digest of all they are made from: the two layers, the region table as it is read
    (``$ANALYSIS_REFERENCE_DIR``'s when set), the code that builds them and the versions of
    Python, pandas, geopandas and shapely that pickled them; so a change of any of these
    builds them anew, and never reads a stale table. A cache that cannot be read or written
    costs only the time to build them again.

    >>> tables = _tables()
    >>> tables[1] is admin1_units(), tables[2] is _lookup()
    (True, True)
    """
    from analysis.paths import cache_dir, mark_used, prune_cache

    path = cache_dir() / "boundaries" / f"tables-{_tables_digest()}.pickle"
    with contextlib.suppress(Exception):  # absent or unreadable: built below
        with path.open("rb") as handle:
            kept = pickle.load(handle)
        if isinstance(kept, tuple) and len(kept) == 3:
            mark_used(path)
            return kept
    built = _built_countries_cached(), _built_units()
    built = (*built, _built_lookup(*built))
    if keep_pickle(built, path):
        prune_cache(path, "tables-*.pickle")
    return built


def _tables_digest() -> str:
    """What :func:`_tables` are made from, hashed: 16 hex digits."""
    import geopandas
    import shapely

    from analysis.reference import admin1_outlines, gazetteer, regions
    from analysis.reference.regions import load_regions

    versions = (sys.version, pd.__version__, geopandas.__version__, shapely.__version__)
    parts = [
        _layer(COUNTRIES_FILE).read_bytes(),
        _layer(ADMIN1_FILE).read_bytes(),
        load_regions().to_csv(index=False).encode(),
        load_admin1_outlines().to_csv(index=False).encode(),
        *(
            Path(code).read_bytes()
            for code in (__file__, gazetteer.__file__, regions.__file__, admin1_outlines.__file__)
        ),
        " ".join(versions).encode(),
    ]
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:16]


def _built_countries_cached():
    return _cached(COUNTRIES_FILE, _built_countries)


def _built_countries():
    frame = _read(COUNTRIES_FILE)
    out = frame.rename(
        columns={"ADM0_A3": "iso3", "ADMIN": "name", "ISO_A2": "iso2", "ISO_A3": "iso_a3"}
    )
    out = out[["iso3", "name", "iso2", "iso_a3", "geometry"]]
    return out.reset_index(drop=True)


@lru_cache(maxsize=1)
def admin1_units():
    """Every admin-1 unit: ``iso3``, ``name`` (English), ``country``, ``code`` (ISO 3166-2),
    ``kind`` (what the unit is, in lower case: Natural Earth's ``type_en``, "province",
    "region", "state" …; "region" for a region of the region table), ``geometry``,
    ``keys`` (the normalised names it is known by, best first) and ``names`` (those names
    as Natural Earth writes them); then the regions of the region table (``regions.csv``:
    Burkina Faso's 13 regions and the Philippines' 17, each made of Natural Earth
    provinces, or provinces and cities), with ``parts`` (their
    provinces' rows), ``region`` (a province's region row) and ``whole`` (a region named as
    one of its parts, drawn as one outline: Khyber Pakhtunkhwa).

    >>> units = admin1_units()
    >>> sahel = units.loc[admin1_unit_named("BFA", "Sahel")]
    >>> sorted(units.loc[list(sahel["parts"]), "name"])
    ['Oudalan', 'Soum', 'Séno', 'Yagha']

    >>> admin1_units().query("iso3 == 'UKR'").shape[0]  # Crimea and Sevastopol under RUS
    25
    """
    return _tables()[1]


def _built_units():
    """:func:`admin1_units`, made from the layer (or its GeoParquet in the cache)."""
    out = _cached(ADMIN1_FILE, _built_admin1_units)
    keys = [tuple(k for k in joined.split("|") if k) for joined in out["keys"]]
    names = [tuple(n for n in joined.split("|") if n) for joined in out["names"]]
    return _with_regions(out.assign(keys=keys, names=names))


def _with_regions(units):
    """``units`` (Natural Earth's) followed by one row per region of the region table
    (:mod:`analysis.reference.regions`), drawn as its provinces together, with ``parts``
    (a region's rows of ``units``; empty for Natural Earth's own) and ``region`` (the row
    of the region a unit belongs to, else ``<NA>``). A unit the table puts in two regions
    is refused, naming the row."""
    import geopandas as gpd
    import shapely

    from analysis.reference.regions import load_regions

    units = units.assign(
        parts=[()] * len(units), region=pd.Series(pd.NA, dtype="Int64"), whole=False
    )
    rows = []
    city = units["kind"].astype("str").str.contains("city", case=False)
    for (iso3, region, code), part in load_regions().groupby(
        ["iso3", "region", "code"], sort=False
    ):
        ours = units[units["iso3"].eq(iso3)]
        # a unit's own name first: Natural Earth also lists "Poni" among Noumbiel's names;
        # where a province and a city bear one name (the Philippines' Cebu, Cotabato,
        # Iloilo), the name is the province's and the city is found by another of its own
        # ("Cebu City")
        by_name = {place_key(n): row for row, names in ours["names"].items() for n in names[1:]}
        for is_city in (True, False):
            own = ours["name"][city[ours.index].eq(is_city)]
            by_name |= {place_key(n): row for row, n in own.items()}
        # a unit by its ISO 3166-2 code where its name is not its own (Natural Earth
        # calls both the Wirral, GB-WRL, and Halton "Halton")
        by_code = {c.upper(): row for row, c in ours["code"].fillna("").items() if c}
        members = [by_code.get(p.upper(), by_name.get(place_key(p))) for p in part["province"]]
        if None in members:
            missing = [p for p, m in zip(part["province"], members, strict=True) if m is None]
            line = part.index[members.index(None)] + 2
            raise ReferenceTableError(
                f"{table_path('regions.csv')}: row {line}: column province: no Natural Earth "
                f"unit of {iso3} called {missing[0]!r}"
            )
        taken = [i for i, m in enumerate(members) if pd.notna(units.loc[m, "region"])]
        taken += [i for i, m in enumerate(members) if m in members[:i]]
        if taken:
            line = part.index[min(taken)] + 2
            raise ReferenceTableError(
                f"{table_path('regions.csv')}: row {line}: column province: "
                f"{part['province'].iloc[min(taken)]!r} is a unit of {iso3} another row "
                "already puts in a region"
            )
        geometry = shapely.union_all(units.loc[members, "geometry"].to_numpy())
        row = len(units) + len(rows)
        units.loc[members, "region"] = row
        # a region named as one of its parts is that unit grown (Khyber Pakhtunkhwa with
        # the former tribal areas): it is what that unit's names and kind stand for; not
        # a city Natural Earth calls by its region's name (Zamboanga City "Zamboanga
        # Peninsula", the City of Manila "Metro Manila"), which is one part among others
        grown = [
            m
            for m in members
            if place_key(units.loc[m, "name"]) == place_key(region) and not city[m]
        ]
        kind, keys, names = "region", _keys_of(region), (region,)
        if grown:
            kind = units.loc[grown[0], "kind"]
            keys = tuple(dict.fromkeys(keys + tuple(units.loc[grown[0], "keys"])))
            names = tuple(dict.fromkeys(names + tuple(units.loc[grown[0], "names"])))
        rows.append(
            {
                "iso3": iso3,
                "name": region,
                "country": units.loc[members[0], "country"],
                "code": code,
                "kind": kind,
                "keys": keys,
                "names": names,
                "geometry": geometry,
                "parts": tuple(members),
                "region": pd.NA,
                "whole": bool(grown),
            }
        )
    if not rows:
        return units
    regions = gpd.GeoDataFrame(rows, geometry="geometry", crs=units.crs)
    out = pd.concat([units, regions], ignore_index=True)
    return out.astype({"region": "Int64"})


def outlined_units(units):
    """The rows of ``units`` (:func:`admin1_units`) whose outlines a map draws: Natural
    Earth's own units, except the parts of a region named as one of them (Khyber
    Pakhtunkhwa and the former tribal areas), drawn as that region whole.

    >>> units = admin1_units()
    >>> names = outlined_units(units[units["iso3"].eq("PAK")])["name"]
    >>> "Federally Administered Tribal Areas" in set(names)
    False
    >>> int(names.eq("Khyber Pakhtunkhwa").sum())
    1
    """
    whole = units["whole"].astype(bool)
    regions = units["region"]
    in_whole = regions.notna() & regions.map(
        lambda r: bool(whole.get(r, False)) if pd.notna(r) else False
    )
    return units[(units["parts"].map(len).eq(0) & ~in_whole) | whole]


def drawn_units(units):
    """The rows of ``units`` (:func:`admin1_units`) a map of provinces draws: a region of
    the region table instead of the Natural Earth units it is made of.

    >>> units = admin1_units()
    >>> drawn = drawn_units(units[units["iso3"].eq("BFA")])
    >>> len(drawn), "Sahel" in set(drawn["name"]), "Soum" in set(drawn["name"])
    (13, True, False)
    """
    return units[units["region"].isna()]


def admin1_term(iso3: Iterable[str]) -> str:
    """What the admin-1 units of the countries ``iso3`` are called, in the singular: the
    word of the term table (``admin1_terms.csv``, where Natural Earth's word is outdated:
    Niger's regions), else the most common ``kind`` of the country's drawn units
    (:func:`drawn_units`: Burkina Faso's regions of the region table); when the countries'
    words differ, "province".

    >>> admin1_term(["BFA"]), admin1_term(["MLI"]), admin1_term(["PAK", "AFG"])
    ('region', 'region', 'province')
    >>> admin1_term(["NGA"]), admin1_term(["NGA", "MLI"]), admin1_term([])
    ('state', 'province', 'province')
    >>> admin1_term(["NER"]), admin1_term(["NER", "MLI", "BFA"]), admin1_term(["SYR"])
    ('region', 'region', 'governorate')
    >>> admin1_term(["PHL"])  # ACLED's 17 regions, of Natural Earth's provinces and cities
    'region'
    """
    wanted = set(iso3)
    fixed = load_admin1_terms()
    units = admin1_units()
    drawn = drawn_units(units[units["iso3"].isin(wanted - set(fixed))])
    named = drawn[drawn["kind"].astype("str").ne("")]
    terms = {fixed[code] for code in wanted & set(fixed)} | {
        kinds.value_counts().index[0] for _, kinds in named.groupby("iso3")["kind"] if len(kinds)
    }
    return terms.pop() if len(terms) == 1 else "province"


def _built_admin1_units():
    """:func:`admin1_units` with each unit's keys and names joined by "|" (a key holds only
    letters and digits; Natural Earth separates alternative names by "|"), as the cache
    keeps them."""
    frame = _read(ADMIN1_FILE)
    names = frame[["name_en", "name", "woe_name", "gn_name", "name_alt"]].fillna("")
    rows = list(names.itertuples(index=False, name=None))
    keys = ["|".join(_keys_of(*row, _city_name(row[0], row[1]))) for row in rows]
    written = ["|".join(dict.fromkeys(n for n in row if n)) for row in rows]
    out = frame.rename(
        columns={"adm0_a3": "iso3", "admin": "country", "iso_3166_2": "code"}
    ).assign(
        name=names["name_en"].where(names["name_en"].ne(""), names["name"]),
        kind=frame["type_en"].fillna("").str.strip().str.lower(),
        keys=keys,
        names=written,
    )
    columns = ["iso3", "name", "country", "code", "kind", "keys", "names", "geometry"]
    return out[columns].reset_index(drop=True)


def name_key(text: object) -> str:
    """A province name reduced to what identifies it.

    >>> name_key("Khyber-Pakhtunkhwa Province"), name_key("L'vivs'ka Oblast'")
    ('khyberpakhtunkhwa', 'lvivska')
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    words = GENERIC_WORDS.sub(" ", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "", words)


def _city_name(english: str, local: str) -> str:
    """ "Kyiv City" for the unit Natural Earth calls "Kiev City" in English "Kyiv" (the
    city, not the province around it), as sources write it; else ""."""
    if "city" in local.lower() and "city" not in english.lower():
        return f"{english} City"
    return ""


def _keys_of(*names: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        for part in str(name).split("|"):
            key = name_key(part)
            if key and key not in out:
                out.append(key)
    return tuple(out)


def _regions_first(units):
    """``units`` with the regions of the region table first (index kept): where a region
    and one of its parts share a name (Khyber Pakhtunkhwa), the name is the region's."""
    is_region = units["parts"].map(len).gt(0)
    return pd.concat([units[is_region], units[~is_region]])


@lru_cache(maxsize=1)
def _lookup() -> dict[tuple[str, str], int]:
    """(iso3, name key) → row of :func:`admin1_units`; earlier keys of a unit win ties.

    A unit is found under its Natural Earth country and under the country of its ISO
    3166-2 code (Crimea, UA-43, drawn under Russia, is a province of Ukraine to ACLED)."""
    return _tables()[2]


def _built_lookup(country_frame, all_units) -> dict[tuple[str, str], int]:
    """:func:`_lookup`'s table, made from :func:`countries` and :func:`admin1_units`."""
    units = _regions_first(all_units)
    iso2 = dict(zip(country_frame["iso2"], country_frame["iso3"], strict=True))
    # on a tie a city gives way: the Philippines' Cebu and Cotabato are a province and a
    # city each, and a source naming the one means the province
    city = units["kind"].astype("str").str.contains("city", case=False).to_numpy()
    table: dict[tuple[str, str], tuple[tuple[int, bool], int]] = {}
    for row, iso3, code, keys, is_city in zip(
        units.index, units["iso3"], units["code"].fillna(""), units["keys"], city, strict=True
    ):
        owners = {iso3, iso2.get(code.split("-")[0], iso3)}
        for rank, key in enumerate(keys):
            for owner in owners:
                if (owner, key) not in table or table[(owner, key)][0] > (rank, is_city):
                    table[(owner, key)] = ((rank, is_city), row)
    found = {k: row for k, (_, row) in table.items()}
    # the outline table's names come before Natural Earth's own (its "West Darfur" is a
    # former name of Central Darfur)
    adm0 = _adm0_codes(country_frame)
    for (iso3, name), row in _outline_rows(all_units, adm0).items():
        found[(iso3, name_key(name))] = row
    for iso3, name in _no_unit(adm0):  # a name the table says is no unit finds none
        found.pop((iso3, name_key(name)), None)
    return found


def _no_unit(adm0: dict[str, str]) -> list[tuple[str, str]]:
    """(Natural Earth country code, name) of the outline table's ``none`` rows: names no
    unit of the layer is, though one of its units bears them."""
    table = load_admin1_outlines().query("fit == 'none'")
    return [
        (adm0.get(iso3, iso3), name)
        for iso3, name in zip(table["iso3"], table["admin1"], strict=True)
    ]


def _adm0_codes(country_frame) -> dict[str, str]:
    """ISO3 → Natural Earth's ADM0_A3 where they differ (South Sudan SSD → SDS, Palestine
    PSE → PSX)."""
    codes = zip(country_frame["iso_a3"], country_frame["iso3"], strict=True)
    return {iso: adm0 for iso, adm0 in codes if iso != "-99" and iso != adm0}


def _outline_rows(all_units, adm0: dict[str, str]) -> dict[tuple[str, str], int]:
    """(Natural Earth country code, admin-1 name as the outline table writes it) → the row
    of ``all_units`` it is drawn as. A unit is named in the table by its ISO 3166-2 code or
    by one of its names, and must be the only unit of its country so named."""
    by_code: dict[tuple[str, str], list[int]] = {}
    by_name: dict[tuple[str, str], list[int]] = {}
    for row, iso3, code, names in zip(
        all_units.index,
        all_units["iso3"],
        all_units["code"].fillna(""),
        all_units["names"],
        strict=True,
    ):
        by_code.setdefault((iso3, code.upper()), []).append(row)
        for name in dict.fromkeys(place_key(n) for n in names):
            by_name.setdefault((iso3, name), []).append(row)
    out: dict[tuple[str, str], int] = {}
    for line, entry in enumerate(load_admin1_outlines().itertuples(index=False), start=2):
        if entry.fit == "none":
            continue
        country = adm0.get(entry.unit_iso3, entry.unit_iso3)
        rows = by_code.get((country, entry.unit.upper())) or by_name.get(
            (country, place_key(entry.unit)), []
        )
        if len(rows) != 1:
            raise ReferenceTableError(
                f"{table_path('admin1_outlines.csv')}: row {line}: column unit: "
                f"{len(rows)} Natural Earth units of {country} called {entry.unit!r}, "
                "expected one"
            )
        out[(adm0.get(entry.iso3, entry.iso3), entry.admin1)] = rows[0]
    return out


@lru_cache(maxsize=1)
def _names_lookup() -> dict[tuple[str, str], int]:
    """(iso3, :func:`~analysis.reference.gazetteer.place_key` of a name as Natural Earth
    writes it, level words kept) → row of :func:`admin1_units`; the first unit wins."""
    units = _regions_first(admin1_units())
    iso2 = dict(zip(countries()["iso2"], countries()["iso3"], strict=True))
    table: dict[tuple[str, str], int] = {}
    for row, iso3, code, names in zip(
        units.index, units["iso3"], units["code"].fillna(""), units["names"], strict=True
    ):
        for owner in {iso3, iso2.get(code.split("-")[0], iso3)}:
            for name in names:
                table.setdefault((owner, place_key(name)), row)
    for (iso3, name), row in _outline_rows(admin1_units(), _country_adm0()).items():
        table[(iso3, place_key(name))] = row
    for iso3, name in _no_unit(_country_adm0()):
        table.pop((iso3, place_key(name)), None)
    return table


def admin1_unit_named(iso3: object, name: object) -> int | None:
    """The row of :func:`admin1_units` that Natural Earth calls ``name`` in the country
    ``iso3`` (by any of its names, compared without case, accents or punctuation, but with
    every word, "State" or "Province" included), or None.

    >>> units = admin1_units()
    >>> units.loc[admin1_unit_named("NGA", "borno state"), "name"]
    'Borno State'
    >>> admin1_unit_named("ZAF", "Free") is None, admin1_unit_named("ZAF", "Free State") is None
    (True, False)
    """
    if not isinstance(iso3, str) or not isinstance(name, str) or not name.strip():
        return None
    code = country_code(iso3, None)
    return _names_lookup().get((code, place_key(name)))


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    frame = countries()
    return {name_key(n): code for n, code in zip(frame["name"], frame["iso3"], strict=True)}


@lru_cache(maxsize=1)
def _country_adm0() -> dict[str, str]:
    return _adm0_codes(countries())


def country_code(iso3: object, country: object) -> str | None:
    """Natural Earth's ADM0_A3 of an event's country (its ISO3, else its name).

    >>> country_code(None, "Pakistan"), country_code("UKR", None)
    ('PAK', 'UKR')
    >>> country_code("SSD", None), country_code("PSE", None), country_code(None, "South Sudan")
    ('SDS', 'PSX', 'SDS')
    """
    if isinstance(iso3, str) and iso3.strip():
        code = iso3.strip().upper()
        return _country_adm0().get(code, code)
    if isinstance(country, str) and country.strip():
        return _country_codes().get(name_key(country))
    return None


def admin1_index(frame: pd.DataFrame) -> pd.Series:
    """For each row of ``frame`` (columns ``admin1`` and ``iso3`` and/or ``country``, and
    ``admin2`` when known), the row of :func:`admin1_units` its province is, or ``<NA>`` when
    unknown: :func:`admin1_placed`'s ``unit``.

    >>> frame = pd.DataFrame({"iso3": ["UKR", "UKR", None, "UKR"],
    ...     "country": [None, None, "Pakistan", None],
    ...     "admin1": ["Lvivska Oblast", "Atlantis", "Sind", "Crimea"]})
    >>> units = admin1_units()
    >>> [None if pd.isna(i) else units.loc[i, "name"] for i in admin1_index(frame)]
    ['Lviv', None, 'Sindh', 'Autonomous Republic of Crimea']
    """
    return admin1_placed(frame)["unit"]


def admin1_placed(frame: pd.DataFrame) -> pd.DataFrame:
    """For each row of ``frame`` (columns ``admin1`` and ``iso3`` and/or ``country``, and
    ``admin2`` when known): ``unit``, the row of :func:`admin1_units` its province is
    (``<NA>`` when unknown), and ``by_admin2``, whether that unit is the one its district
    names, its province naming none. A source's admin-1 coarser than Natural Earth's units
    is a region of the region table (the Philippines' "Soccsksargen", drawn as its
    provinces and cities together); one the table lacks is found one level down, by the
    unit its ``admin2`` names: the Philippines' Negros Island Region (2024), whose events
    name their province ("Negros Oriental"). Names are looked up once per distinct
    (country, name) pair.

    >>> frame = pd.DataFrame({"iso3": ["PHL", "PHL", "PHL", "PAK"],
    ...     "admin1": ["Negros Island Region", "Negros Island Region", "Soccsksargen",
    ...                "Balochistan"],
    ...     "admin2": ["Negros Oriental", "Nowhere", "South Cotabato", "Quetta"]})
    >>> placed = admin1_placed(frame)
    >>> [None if pd.isna(i) else admin1_units().loc[i, "name"] for i in placed["unit"]]
    ['Negros Oriental', None, 'Soccsksargen', 'Balochistan']
    >>> placed["by_admin2"].tolist()
    [True, False, False, False]
    """
    unit = pd.Series(_looked_up(frame, _lookup()), index=frame.index, dtype="Int64")
    by_admin2 = pd.Series(False, index=frame.index, dtype="bool")
    if "admin2" in frame and unit.isna().any():
        missing = unit.isna().to_numpy()
        lower = frame[missing].assign(admin1=frame["admin2"][missing])
        found = pd.Series(_looked_up(lower, _lookup()), index=lower.index, dtype="Int64")
        unit = unit.fillna(found)
        by_admin2[found.index[found.notna()]] = True
    return pd.DataFrame({"unit": unit, "by_admin2": by_admin2})


def _looked_up(frame: pd.DataFrame, table: dict[tuple[str, str], object]) -> np.ndarray:
    """For each row of ``frame`` (``admin1`` and ``iso3`` and/or ``country``), what ``table``
    holds for (Natural Earth's country code, :func:`name_key` of the province), else None;
    looked up once per distinct (country, province) pair."""
    if frame.empty or "admin1" not in frame:
        return np.full(len(frame), None, dtype=object)
    none = pd.Series(None, index=frame.index, dtype=object)
    pairs = pd.DataFrame(
        {
            "iso3": frame.get("iso3", none),
            "country": frame.get("country", none),
            "admin1": frame["admin1"],
        }
    ).astype(object)
    codes = pairs.groupby(list(pairs.columns), dropna=False, sort=False).ngroup().to_numpy()
    _, first = np.unique(codes, return_index=True)  # a row of each distinct pair
    distinct = pairs.iloc[first].where(pairs.iloc[first].notna(), None)
    found = np.full(len(first), None, dtype=object)
    for i, (iso3, country, name) in enumerate(distinct.itertuples(index=False, name=None)):
        code = country_code(iso3, country)
        found[i] = table.get((code, name_key(name))) if code and name else None
    return found[codes]


@lru_cache(maxsize=1)
def _within_keys() -> dict[tuple[str, str], str]:
    """(Natural Earth country code, name key) → the name of the larger unit, for the names
    the outline table draws within a larger unit."""
    adm0 = _country_adm0()
    outlines = load_admin1_outlines()
    units = admin1_units()
    rows = _outline_rows(units, adm0)
    return {
        (adm0.get(iso3, iso3), name_key(name)): units.loc[
            rows[(adm0.get(iso3, iso3), name)], "name"
        ]
        for iso3, name, fit in outlines[["iso3", "admin1", "fit"]].itertuples(index=False)
        if fit in ("within", "merged")
    }


@lru_cache(maxsize=1)
def _merged_keys() -> dict[tuple[str, str], bool]:
    """(Natural Earth country code, name key) → True, for the names the outline table draws
    as the larger unit they were merged into (``fit`` ``merged``)."""
    adm0 = _country_adm0()
    outlines = load_admin1_outlines().query("fit == 'merged'")
    return {
        (adm0.get(iso3, iso3), name_key(name)): True
        for iso3, name in outlines[["iso3", "admin1"]].itertuples(index=False)
    }


def merged_away(frame: pd.DataFrame) -> pd.Series:
    """For each row of ``frame`` (as :func:`drawn_within` takes), whether its province was
    merged into the larger unit it is drawn as (France's Alsace, in Grand Est since 2016),
    not cut from it.

    >>> frame = pd.DataFrame({"iso3": ["FRA", "COD"], "admin1": ["Alsace", "Ituri"]})
    >>> merged_away(frame).tolist()
    [True, False]
    """
    found = pd.Series(_looked_up(frame, _merged_keys()), index=frame.index, dtype="object")
    return found.eq(True)


def drawn_within(frame: pd.DataFrame) -> pd.Series:
    """For each row of ``frame`` (columns ``admin1`` and ``iso3`` and/or ``country``), the
    name of the larger Natural Earth unit its province is drawn within, where the map's
    layer has only the unit it was cut from (``admin1_outlines.csv``), else ``<NA>``.

    >>> frame = pd.DataFrame({"iso3": ["COD", "COD", "KEN", "SOM"],
    ...     "admin1": ["Ituri", "Nord-Kivu", "Mandera", "Banadir"]})
    >>> drawn_within(frame).tolist()
    ['Orientale', <NA>, 'North Eastern', <NA>]
    """
    return pd.Series(_looked_up(frame, _within_keys()), index=frame.index, dtype="string")


@lru_cache(maxsize=1)
def admin1_spellings() -> dict[tuple[str, str], str]:
    """(the events' ISO3, :func:`~analysis.reference.gazetteer.place_key` of a name) → the
    spelling of the unit it names, for the units the outline table gives a spelling
    (``fit`` ``same``; the first row of a unit): each of the unit's Natural Earth names that
    no other unit of the country bears, and the table's own names. Cleaning writes a
    province so (UCDP's "Shabeellaha Hoose" is ACLED's "Lower Shabelle").

    >>> spellings = admin1_spellings()
    >>> spellings[("SOM", "shabeellaha hoose")], spellings[("SOM", "banaadir")]
    ('Lower Shabelle', 'Banadir')
    >>> spellings[("YEM", "sanaa")], spellings[("YEM", "amanat al asimah")]
    ('Sanaa', 'Amanat al Asimah')
    """
    units = admin1_units()
    adm0 = _country_adm0()
    rows = _outline_rows(units, adm0)
    same = load_admin1_outlines().query("fit == 'same'")
    spelt: dict[int, tuple[str, str]] = {}
    for iso3, name in same[["iso3", "admin1"]].itertuples(index=False):
        spelt.setdefault(rows[(adm0.get(iso3, iso3), name)], (iso3, name))
    bearers: dict[tuple[str, str], set[int]] = {}
    for row, country, names in zip(units.index, units["iso3"], units["names"], strict=True):
        for name in names:
            bearers.setdefault((country, place_key(name)), set()).add(row)
    out: dict[tuple[str, str], str] = {}
    for row, (iso3, spelling) in spelt.items():
        for name in units.loc[row, "names"]:
            if bearers[(units.loc[row, "iso3"], place_key(name))] == {row}:
                out[(iso3, place_key(name))] = spelling
    for iso3, name in same[["iso3", "admin1"]].itertuples(index=False):
        out[(iso3, place_key(name))] = spelt[rows[(adm0.get(iso3, iso3), name)]][1]
    return out
