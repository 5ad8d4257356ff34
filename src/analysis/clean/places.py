"""Places: one spelling per place, missing coordinates filled, out-of-country points flagged.

Works on distinct (country, admin1, name) values and joins the results back; every row is
kept. In order:

1. ``admin2`` and ``location`` lose a trailing level word ("Kech district"; for locations
   also "town", "city", "village": "Kalat town"), ``admin2`` also "department", "cercle",
   "commune" … when the rest is a known place (:func:`admin2_without_level_word`),
   ``admin1`` one ("Balochistan province", "Borno state", "Sahel region") only when the rest
   is a province or region of the country (:func:`admin1_without_level_word`); all go
   through the project's alias table (``places.csv`` in :mod:`analysis.reference`: Gawadar →
   Gwadar, Musakhail → Musa Khel, Kelat → Kalat, Noshki → Nushki, NWFP → Khyber Pakhtunkhwa …),
   and an ``admin1`` naming a unit the outline table spells takes that spelling (its Natural
   Earth names: UCDP's "Shabeellaha Hoose" → "Lower Shabelle",
   :func:`analysis.boundaries.admin1_spellings`);
   spellings of one country that differ only in case, accents or punctuation (Barisal,
   Barisāl) become one (:func:`one_spelling`); a store counts the rows of every event it
   holds (:func:`place_spellings`), so an event's spelling does not depend on which events
   are cleaned with it;
2. a ``location`` the table does not know is looked up in the GeoNames gazetteer
   (:mod:`analysis.reference.gazetteer`) of the event's country, by its own or an alternate
   GeoNames spelling, and takes the GeoNames name; a name several places share is only
   resolved when the event's admin1 tells them apart;
3. events without coordinates whose place was resolved get the place's GeoNames
   coordinates, ``geo_precision`` "near" and ``geo_flag`` "coordinates_filled"; a missing
   admin1 is filled the same way;
4. coordinates outside the country's extent (the box around its GeoNames places, widened by
   one degree) get ``geo_flag`` "outside_country": flagged, never moved.

>>> events = pd.DataFrame({"iso3": ["PAK", "PAK"], "location": ["Gawadar", "Kelat"],
...     "admin2": [None, "Kech district"], "admin1": ["Baluchistan", "Balochistan"],
...     "latitude": [None, 62.0], "longitude": [None, 25.0], "geo_precision": ["unknown"] * 2})
>>> out, changes = normalise_places(events)
>>> out[["location", "admin2", "geo_flag"]].to_dict("records")
[{'location': 'Gwadar', 'admin2': nan, 'geo_flag': 'coordinates_filled'}, \
{'location': 'Kalat', 'admin2': 'Kech', 'geo_flag': 'outside_country'}]
>>> out["admin1"].tolist()
['Balochistan', 'Balochistan']
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.arrow_text import factorize_rows, take_text
from analysis.clean.changes import empty_changes, record_changes
from analysis.reference.admin1_outlines import load_admin1_outlines
from analysis.reference.gazetteer import country_extents, gazetteer, place_key, place_keys
from analysis.reference.places import load_place_aliases

LEVEL_SUFFIX = r"(?i)\s+(?:district|province|tehsil|division|agency)$"
# the words a source may add after an admin-1 name (UCDP GED: "Borno state", "Nineveh
# governorate"); dropped only when what is left is an admin-1 unit of the country
ADMIN1_SUFFIX = (
    r"(?i)\s+(?:state|province|region|governorate|oblast|department|county|division|district|"
    r"prefecture|territory|municipality|emirate|parish|krai|kray|canton|wilaya|lga)$"
)
# the words a source may add after a district's name (UCDP GED: "Ouallam department",
# "Ansongo cercle"); dropped only when what is left is a known place of the country
ADMIN2_SUFFIX = (
    r"(?i)\s+(?:department|d[ée]partement|cercle|commune|county|lga|municipality|"
    r"prefecture|sub-?prefecture|arrondissement|sub-?district|upazila|zone)$"
)
TOWN_SUFFIX = r"(?i)\s+(?:town|city|village)$"  # UCDP writes "Kalat town"
FILLED = "coordinates_filled"
OUTSIDE = "outside_country"
LOGGED = ("location", "admin2", "admin1", "latitude", "longitude", "geo_precision", "geo_flag")
# A distinct (country, admin1, location) as spelled and the gazetteer place it resolves
# to (``name`` missing where none does): what step 2 works out per distinct location.
MATCH_COLUMNS = ["iso3", "admin1", "location", "name", "latitude", "longitude", "place_admin1"]
# A country's box (step 4).
EXTENT_COLUMNS = ["iso3", "lat_min", "lat_max", "lon_min", "lon_max"]


def _empty(columns: list[str]) -> pd.DataFrame:
    text = {"iso3", "admin1", "location", "name", "place_admin1"}
    return pd.DataFrame({c: pd.Series(dtype="str" if c in text else "float64") for c in columns})


@dataclass
class PlaceMatches:
    """What steps 2 and 4 of :func:`normalise_places` worked out before, for a caller that
    keeps it between runs (a store): ``known``, the gazetteer match of each distinct
    (``iso3``, ``admin1``, ``location``) as spelled (:data:`MATCH_COLUMNS`; ``name``
    missing where no place matched), and ``extents``, each country's box
    (:data:`EXTENT_COLUMNS`). Both depend on that key and the reference tables alone (the
    gazetteer, the alias table), not on the other events. :func:`normalise_places` looks
    the locations and countries they list up there and works out only the others (the
    gazetteer is read for those alone, and not at all when there are none), leaving them
    in ``found`` and ``found_extents`` for the caller to keep.

    >>> events = pd.DataFrame({"iso3": ["PAK"], "location": ["Kelat"], "admin1": [None],
    ...     "latitude": [None], "longitude": [None]})
    >>> first = PlaceMatches()
    >>> out, _ = normalise_places(events, matches=first, log=False)
    >>> first.found[["location", "name", "place_admin1"]].values.tolist()
    [['Kalat', 'Kalat', 'Balochistan']]
    >>> again = PlaceMatches(first.found, first.found_extents)
    >>> same, _ = normalise_places(events, matches=again, log=False)
    >>> same.equals(out), len(again.found), len(again.found_extents)
    (True, 0, 0)
    """

    known: pd.DataFrame = field(default_factory=lambda: _empty(MATCH_COLUMNS))
    extents: pd.DataFrame = field(default_factory=lambda: _empty(EXTENT_COLUMNS))
    found: pd.DataFrame = field(default_factory=lambda: _empty(MATCH_COLUMNS))
    found_extents: pd.DataFrame = field(default_factory=lambda: _empty(EXTENT_COLUMNS))


def normalise_places(
    events: pd.DataFrame,
    aliases: pd.DataFrame | None = None,
    spellings: pd.DataFrame | None = None,
    log: bool = True,
    matches: PlaceMatches | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Normalise place names, fill coordinates, flag points abroad: (events, change log).

    ``spellings`` (:func:`place_spellings` of a whole store) gives the spelling of each
    name it lists; the others are chosen among the names of ``events``. With ``log``
    False the change log is left empty (for a caller that logs the changes per event).
    ``matches``: the gazetteer's matches and the countries' boxes worked out before
    (:class:`PlaceMatches`, made with the same reference tables); the new ones are left
    in it.

    >>> events = pd.DataFrame({"iso3": ["PAK"], "location": ["Gawadar"]})
    >>> normalise_places(events, log=False)[1].empty
    True
    """
    aliases = load_place_aliases() if aliases is None else aliases
    out = events.copy(deep=False)  # copy-on-write: only the columns set below are copied
    for column in ("latitude", "longitude"):
        if column not in out.columns:
            out[column] = pd.Series(float("nan"), index=out.index)
    if "geo_flag" not in out.columns:
        out["geo_flag"] = pd.Series(pd.NA, index=out.index, dtype="str")
    iso3 = out["iso3"] if "iso3" in out.columns else pd.Series(pd.NA, index=out.index)
    for column in ("admin1", "admin2", "location"):
        if column in out.columns:
            chosen = None if spellings is None else spellings[spellings["level"].eq(column)]
            out[column] = _spelling(out[column], iso3, column, aliases, chosen)
    if "location" in out.columns:
        _resolve(out, iso3, aliases, matches)
    _flag_outside(out, iso3, matches)
    if not log:
        return out, empty_changes()
    logs = [record_changes("places", c, events[c], out[c]) for c in LOGGED if c in events]
    return out, pd.concat(logs, ignore_index=True)


def _spelling(
    names: pd.Series,
    iso3: pd.Series,
    level: str,
    aliases: pd.DataFrame,
    chosen: pd.DataFrame | None = None,
) -> pd.Series:
    """Level words dropped, then the alias table's spelling (for this level or any), then
    one spelling per place: ``chosen``'s (``iso3, name, spelling``) where it lists the name.

    The text work runs once per distinct (country, name); the result is joined back. When
    ``chosen`` lists every name given (an update's events, whose names are all in the
    store's spellings), its spellings are taken as they are: the rule over ``names`` alone,
    overruled for every name, is not run.
    """
    rows = pd.DataFrame(
        {
            "iso3": iso3.astype("str").reset_index(drop=True),
            "name": names.astype("str").reset_index(drop=True),
        }
    )
    codes, distinct = factorize_rows(rows)
    listed = None
    if chosen is not None and len(chosen):
        listed = distinct[["iso3", "name"]].merge(
            chosen[["iso3", "name", "spelling"]].astype("str"), on=["iso3", "name"], how="left"
        )
        listed = pd.Series(listed["spelling"].to_numpy(), dtype="str")
        if not (listed.isna() & distinct["name"].notna()).any():
            # a missing name stays missing, as the rule leaves it
            return take_text(listed, codes).set_axis(names.index)
    hit = _written(distinct, level, aliases)
    rows = np.bincount(codes, minlength=len(hit)) if len(codes) else np.zeros(len(hit), "int64")
    picked = one_spelling(hit["iso3"], hit["written"], rows, hit["alias"].notna())
    if listed is not None:
        picked = listed.fillna(picked)
    spelling = take_text(picked, codes)
    spelling.index = names.index
    return spelling


def _written(distinct: pd.DataFrame, level: str, aliases: pd.DataFrame) -> pd.DataFrame:
    """``distinct`` (``iso3, name``) with ``written`` (level words dropped, then the alias
    table's spelling) and ``alias`` (that spelling, where the table has one), in order."""
    bare = distinct["name"].astype("str").str.strip()
    if level == "admin1":
        bare = admin1_without_level_word(distinct["iso3"].astype("str"), bare, aliases)
    else:
        bare = bare.str.replace(LEVEL_SUFFIX, "", regex=True)
    if level == "admin2":
        bare = admin2_without_level_word(distinct["iso3"].astype("str"), bare, aliases)
    if level == "location":
        bare = bare.str.replace(TOWN_SUFFIX, "", regex=True)
    hit = pd.DataFrame({"iso3": distinct["iso3"].astype("str").to_numpy(), "bare": bare.to_numpy()})
    hit["key"] = place_keys(hit["bare"]).to_numpy()
    # the table's spelling per (key, country), an alias for this level winning over an
    # "any" alias of the same spelling: a table of a few dozen rows, looked up per name
    table = list(
        zip(aliases["level"], aliases["key"], aliases["iso3"], aliases["name"], strict=True)
    )
    spelling: dict[tuple, str] = {}
    for wanted in (level, "any"):
        for where, key, country, name in table:
            if where == wanted:
                spelling.setdefault((key, country), name)
    if level == "admin1":  # a province the outline table spells: the sources' spelling
        from analysis.boundaries import admin1_spellings

        for key, name in admin1_spellings().items():
            spelling.setdefault((key[1], key[0]), name)
    hit["alias"] = pd.Series(
        [spelling.get((k, c)) for k, c in zip(hit["key"], hit["iso3"], strict=True)], dtype="str"
    )
    hit["written"] = hit["alias"].fillna(hit["bare"])
    return hit


def admin1_without_level_word(
    iso3: pd.Series, names: pd.Series, aliases: pd.DataFrame | None = None
) -> pd.Series:
    """``names`` (admin-1 names of the countries ``iso3``) without a trailing level word
    ("state", "province", "governorate", "oblast", "region", "LGA" …) where what is left is
    an admin-1 unit of that country: a Natural Earth admin-1 name (:mod:`analysis.boundaries`)
    or a spelling of the alias table, and the whole name is no other unit's. A name whose
    level word belongs to it keeps it ("Free State": no unit is called "Free"). The work runs
    once per distinct (country, name).

    >>> admin1_without_level_word(pd.Series(["NGA", "NGA", "ZAF", "IRQ", "PHL"]),
    ...     pd.Series(["Borno state", "Rivers", "Free State", "Nineveh governorate",
    ...                "Davao Region"])).tolist()
    ['Borno', 'Rivers', 'Free State', 'Nineveh', 'Davao Region']
    """
    from analysis.boundaries import admin1_unit_named

    aliases = load_place_aliases() if aliases is None else aliases
    remainder = names.str.replace(ADMIN1_SUFFIX, "", regex=True)
    ending = names.notna() & remainder.ne(names)
    if not ending.any():
        return names
    by_alias = aliases[aliases["level"].isin(["admin1", "any"])]
    alias_keys = set(zip(by_alias["iso3"], by_alias["key"], strict=True))
    alias_keys |= set(zip(by_alias["iso3"], place_keys(by_alias["name"]), strict=True))
    # a name the outline table knows as a unit of the sources' own (a ``none`` row) is
    # whole; so is a region of the region table ("Davao Region", not Natural Earth's
    # Davao City), found whole by admin1_unit_named below
    regions = load_admin1_outlines().query("fit == 'none'")
    whole_names = set(zip(regions["iso3"], place_keys(regions["admin1"]), strict=True))
    pairs = pd.DataFrame({"iso3": iso3, "whole": names, "rest": remainder})[ending]
    out = names.copy()
    for (country, whole, rest), rows in pairs.groupby(["iso3", "whole", "rest"]).groups.items():
        if (country, place_key(whole)) in whole_names:
            continue
        unit = admin1_unit_named(country, rest)
        if unit is None and (country, place_key(rest)) not in alias_keys:
            continue  # what is left names no province of the country: the word is the name's
        whole_unit = admin1_unit_named(country, whole)
        if whole_unit is None or whole_unit == unit:
            out.loc[rows] = rest
    return out


def admin2_without_level_word(
    iso3: pd.Series, names: pd.Series, aliases: pd.DataFrame | None = None
) -> pd.Series:
    """``names`` (district names of the countries ``iso3``) without a trailing level word
    ("department", "cercle", "commune", "county", "LGA" …) where what is left is a known
    place of that country: a GeoNames place (:mod:`analysis.reference.gazetteer`; Sahel
    departments and cercles are named after their seat), a Natural Earth admin-1 unit
    (Burkina Faso's provinces are ACLED's admin2) or a spelling of the alias table, and the
    whole name is none of these. Otherwise the word is kept: it may be part of the name.
    ("district", "province", "tehsil", "division" and "agency" are always dropped, before.)

    >>> admin2_without_level_word(pd.Series(["NER", "MLI", "MLI"]),
    ...     pd.Series(["Ouallam department", "Ansongo cercle", "Atlantis cercle"])).tolist()
    ['Ouallam', 'Ansongo', 'Atlantis cercle']
    """
    from analysis.boundaries import admin1_unit_named

    remainder = names.str.replace(ADMIN2_SUFFIX, "", regex=True)
    ending = names.notna() & remainder.ne(names)
    if not ending.any():
        return names
    aliases = load_place_aliases() if aliases is None else aliases
    usable = aliases[aliases["level"].isin(["admin2", "location", "any"])]
    known = set(zip(usable["iso3"], usable["key"], strict=True))
    known |= set(zip(usable["iso3"], place_keys(usable["name"]), strict=True))
    places = gazetteer(iso3[ending].dropna().unique().tolist())
    known |= set(zip(places["iso3"], places["key"], strict=True))

    def is_known(country: str, name: str) -> bool:
        return (country, place_key(name)) in known or admin1_unit_named(country, name) is not None

    pairs = pd.DataFrame({"iso3": iso3, "whole": names, "rest": remainder})[ending]
    out = names.copy()
    for (country, whole, rest), rows in pairs.groupby(["iso3", "whole", "rest"]).groups.items():
        if is_known(country, rest) and not is_known(country, whole):
            out.loc[rows] = rest
    return out


def place_spellings(counts: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """The spelling each place name of a whole table takes: ``counts`` (``level`` — admin1,
    admin2 or location —, ``iso3``, ``name`` as written in the source, ``rows`` naming it)
    with ``spelling``, by the rule of :func:`one_spelling` over all of them. Given to
    :func:`normalise_places`, it makes an event's spelling independent of the events
    cleaned with it. Each name also keeps what the rule made of it before choosing:
    ``written`` (level word dropped, the alias table's spelling) and ``preferred`` (the alias
    table gave it), so that :func:`respell_places` can choose again for a few places.

    >>> counts = pd.DataFrame({"level": "admin1", "iso3": "BGD", "rows": [11, 3, 5],
    ...     "name": ["Barisal", "Barisāl division", "Dhaka"]})
    >>> place_spellings(counts)["spelling"].tolist()
    ['Barisal', 'Barisal', 'Dhaka']
    """
    aliases = load_place_aliases() if aliases is None else aliases
    empty = pd.Series(dtype="str")
    parts = [counts.assign(spelling=empty, written=empty, preferred=False).iloc[:0]]
    for level, part in counts.groupby("level", sort=False):
        hit = _written(part[["iso3", "name"]].reset_index(drop=True), str(level), aliases)
        rows = part["rows"].to_numpy("int64")
        preferred = hit["alias"].notna()
        chosen = one_spelling(hit["iso3"], hit["written"], rows, preferred)
        parts.append(
            part.assign(
                spelling=chosen.to_numpy(),
                written=hit["written"].to_numpy(),
                preferred=preferred.to_numpy(bool),
            )
        )
    out = pd.concat(parts, ignore_index=True)
    return out.astype(
        {"level": "str", "iso3": "str", "name": "str", "spelling": "str", "written": "str"}
    ).astype({"preferred": "bool"})


def respell_places(
    counts: pd.DataFrame, stored: pd.DataFrame, aliases: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`place_spellings` of ``counts``, given ``stored``: its result for earlier counts
    (by the same rule and alias table). A place's spelling depends only on the counts of its
    own names, so only the places holding a name whose count changed, that is new or that is
    gone are chosen again, from each name's stored ``written`` and ``preferred`` (the rule's
    text work runs for the new names alone); every other name keeps its stored row. Returns
    the whole table (rows in no particular order) and the rows chosen again.

    A stored name's place is known from its stored spelling (all names of a place share it,
    and no other place of its level and country has it); a new name's place is the stored
    place whose spelling has the same key as what the rule makes of the name, if any.

    >>> counts = pd.DataFrame({"level": "admin1", "iso3": "BGD", "rows": [11, 3, 5],
    ...     "name": ["Barisal", "Barisāl division", "Dhaka"]})
    >>> stored = place_spellings(counts)
    >>> later = counts.assign(rows=[11, 13, 5])  # Barisāl now the most used
    >>> table, again = respell_places(later, stored)
    >>> sorted(zip(table["name"], table["spelling"]))
    [('Barisal', 'Barisāl'), ('Barisāl division', 'Barisāl'), ('Dhaka', 'Dhaka')]
    >>> again["name"].tolist()  # Dhaka's place is not chosen again
    ['Barisal', 'Barisāl division']
    """
    aliases = load_place_aliases() if aliases is None else aliases
    names = ["level", "iso3", "name"]
    kept = ["spelling", "written", "preferred"]
    now = counts[[*names, "rows"]].astype({"level": "str", "iso3": "str", "name": "str"})
    before = stored[[*names, "rows", *kept]].rename(columns={"rows": "rows_before"})
    both = now.merge(before, on=names, how="outer")
    differs = both["rows"].ne(both["rows_before"]) | both["rows"].isna()
    differs |= both["rows_before"].isna()
    # places by (level, country, stored spelling); country missing is a country of its own
    country = both["iso3"].fillna("\0").astype("str")
    place = both["level"] + "\x1f" + country + "\x1f" + both["spelling"].fillna("")
    again = set(place[differs & both["spelling"].notna()])
    new = both[both["spelling"].isna() & both["rows"].notna()]
    written = {}
    for level, part in new.groupby("level", sort=False):
        hit = _written(part[["iso3", "name"]].reset_index(drop=True), str(level), aliases)
        written[level] = hit.set_index(part.index)
        keys = place_keys(hit["written"].astype("str")).to_numpy(dtype=object)
        countries = set(country[part.index])
        same = both["level"].eq(level) & country.isin(countries) & both["spelling"].notna()
        spelled = both.loc[same, ["spelling"]].assign(country=country[same]).drop_duplicates()
        stored_keys = place_keys(spelled["spelling"].astype("str")).to_numpy(dtype=object)
        wanted = set(zip(country[part.index], keys, strict=True))
        for c, k, p in zip(spelled["country"], stored_keys, spelled["spelling"], strict=True):
            if (c, k) in wanted:
                again.add(f"{level}\x1f{c}\x1f{p}")
    redo = both["rows"].notna() & (place.isin(again) | both["spelling"].isna())
    chosen = both[redo].copy()
    for hit in written.values():
        chosen.loc[hit.index, "written"] = hit["written"]
        chosen.loc[hit.index, "preferred"] = hit["alias"].notna()
    chosen["preferred"] = chosen["preferred"].astype(bool)
    parts = [both.iloc[:0]]
    for _, part in chosen.groupby("level", sort=False):
        rows = part["rows"].to_numpy("int64")
        picked = one_spelling(part["iso3"], part["written"], rows, part["preferred"])
        parts.append(part.assign(spelling=picked.to_numpy()))
    redone = pd.concat(parts)[[*names, "rows", *kept]]
    same = both[both["rows"].notna() & ~redo][[*names, "rows", *kept]]
    columns = {"level": "str", "iso3": "str", "name": "str", "spelling": "str", "written": "str"}
    whole = pd.concat([same, redone], ignore_index=True).astype(columns)
    whole = whole.astype({"rows": "int64", "preferred": "bool"})
    redone = redone.astype(columns).astype({"rows": "int64", "preferred": "bool"})
    return whole, redone.reset_index(drop=True)


def spelling_in_store(
    name: str,
    level: str,
    iso3: list[str],
    stored: pd.DataFrame,
    aliases: pd.DataFrame | None = None,
) -> list[tuple[str, str]]:
    """Every ``(iso3, spelling)`` a store gives the place ``name`` of ``level`` (admin1 or
    admin2) in the countries ``iso3`` (empty: any country of ``stored``): ``stored`` is the
    store's :func:`place_spellings` table. A name some source wrote takes the spelling the
    store chose for it ("Musakhail" → "Musa Khel"); any other name goes through the cleaning's
    own rule (level word, alias table, the outline table's spellings) and takes the spelling
    of the stored place the rule makes it: a name a user knows from elsewhere, or a store's
    spelling before the rules changed ("Nineveh" → "Ninewa"). Case, accents and punctuation
    aside; none when the store has no such place.

    >>> stored = place_spellings(pd.DataFrame({"level": "admin1", "iso3": "IRQ",
    ...     "name": ["Ninewa", "Nineveh governorate", "Diyala"], "rows": [5, 2, 3]}))
    >>> spelling_in_store("nineveh governorate", "admin1", ["IRQ"], stored)
    [('IRQ', 'Ninewa')]
    >>> spelling_in_store("Nineveh", "admin1", [], stored)
    [('IRQ', 'Ninewa')]
    >>> spelling_in_store("Nineveh", "admin1", ["SYR"], stored)
    []
    """
    aliases = load_place_aliases() if aliases is None else aliases
    rows = stored[stored["level"].astype("str").eq(level)]
    if iso3:
        rows = rows[rows["iso3"].isin(iso3)]
    if rows.empty:
        return []
    key = place_key(name)
    met = rows[place_keys(rows["name"].astype("str")).eq(key).to_numpy()]
    found = list(zip(met["iso3"].astype("str"), met["spelling"].astype("str"), strict=True))
    if not found:  # what the cleaning makes of the name, matched to a stored place
        countries = sorted(set(rows["iso3"].astype("str")))
        asked = pd.DataFrame({"iso3": countries, "name": name})
        made = dict(
            zip(countries, place_keys(_written(asked, level, aliases)["written"]), strict=True)
        )
        wanted = rows["iso3"].astype("str").map(made)
        same = place_keys(rows["spelling"].astype("str")).eq(wanted)
        same |= place_keys(rows["written"].astype("str")).eq(wanted)
        met = rows[same.to_numpy()]
        found = list(zip(met["iso3"].astype("str"), met["spelling"].astype("str"), strict=True))
    return sorted(set(found))


def spelling_rule(aliases: pd.DataFrame | None = None) -> str:
    """A fingerprint of what :func:`place_spellings` reads besides the counts (the alias
    table and the admin-1 boundaries' layer): a stored table is chosen again by
    :func:`respell_places` only under the same one.

    >>> spelling_rule() == spelling_rule()
    True
    """
    from analysis.boundaries import ADMIN1_FILE, _layer

    aliases = load_place_aliases() if aliases is None else aliases
    table = int(pd.util.hash_pandas_object(aliases, index=False).sum())
    outlines = int(pd.util.hash_pandas_object(load_admin1_outlines(), index=False).sum())
    return f"2:{table:x}:{outlines:x}:{_layer(ADMIN1_FILE).stat().st_size}"


def one_spelling(
    iso3: pd.Series, names: pd.Series, rows: np.ndarray, preferred: pd.Series
) -> pd.Series:
    """One spelling per place: names of one country that differ only in case, accents or
    punctuation (``Barisal``, ``Barisāl``, ``BARISAL``) all become the same one. That is the
    alias table's spelling when it gives one, else the spelling most rows use (ties: the
    first in sort order). ``names`` are distinct per country, ``rows`` their row counts.

    >>> one_spelling(pd.Series(["BGD"] * 3), pd.Series(["Barisal", "Barisāl", "Dhaka"]),
    ...              np.array([11, 3, 5]), pd.Series([False] * 3)).tolist()
    ['Barisal', 'Barisal', 'Dhaka']
    """
    # plain Python over the distinct names: a few pandas steps cost more than the work
    countries = [c if isinstance(c, str) else None for c in iso3.astype("str")]
    written = [n if isinstance(n, str) else None for n in names.astype("str")]
    keys = place_keys(names.astype("str")).tolist()
    totals: dict[tuple, list] = {}  # (iso3, key, name) → [rows, preferred]
    for country, key, name, count, first in zip(
        countries,
        keys,
        written,
        np.asarray(rows).tolist(),
        preferred.to_numpy(bool).tolist(),
        strict=True,
    ):
        if name is not None:
            total = totals.setdefault((country, key, name), [0, False])
            total[0] += count
            total[1] = total[1] or first
    # per place: the preferred spelling, then the most rows, then the first in sort order
    best: dict[tuple, tuple] = {}
    for (country, key, name), (count, first) in totals.items():
        rank = (not first, -count, name)
        if (country, key) not in best or rank < best[(country, key)]:
            best[(country, key)] = rank
    spelling = [
        best[(c, k)][2] if (c, k) in best else n
        for c, k, n in zip(countries, keys, written, strict=True)
    ]
    return pd.Series(spelling, dtype="str")


def _resolve(
    out: pd.DataFrame,
    iso3: pd.Series,
    aliases: pd.DataFrame,
    matches: PlaceMatches | None = None,
) -> None:
    """Gazetteer names, coordinates and admin1 for each distinct (country, admin1, location);
    with ``matches``, only for those it does not know (the others looked up there)."""
    where = ["iso3", "admin1", "location"]
    keys = pd.DataFrame(
        {
            "iso3": iso3.astype("str"),
            "admin1": out["admin1"].astype("str") if "admin1" in out else pd.NA,
            "location": out["location"],
        }
    )
    distinct = keys.drop_duplicates().dropna(subset=["iso3", "location"])
    if distinct.empty:
        return
    known = None
    if matches is not None:
        known = matches.known.astype({c: "str" for c in where})
        seen = distinct.astype({c: "str" for c in where}).merge(
            known[where], on=where, how="left", indicator=True
        )
        distinct = distinct[seen["_merge"].eq("left_only").to_numpy()]
        known = known[known["name"].notna()]
    found = _resolved(distinct, aliases) if len(distinct) else _empty(MATCH_COLUMNS)
    if matches is not None:
        # every location worked out here, with its place or none: kept by the caller
        matches.found = (
            distinct[where].astype("str").merge(found, on=where, how="left")[MATCH_COLUMNS]
        )
        found = pd.concat([known[MATCH_COLUMNS], found[MATCH_COLUMNS]], ignore_index=True)
    joined = keys.merge(found, on=where, how="left")
    joined.index = out.index
    out["location"] = joined["name"].fillna(out["location"]).astype("str")
    missing = out["latitude"].isna() | out["longitude"].isna()
    fill = missing & joined["latitude"].notna()
    out.loc[fill, "latitude"] = joined.loc[fill, "latitude"]
    out.loc[fill, "longitude"] = joined.loc[fill, "longitude"]
    if "geo_precision" in out.columns:
        out.loc[fill, "geo_precision"] = "near"
    out.loc[fill, "geo_flag"] = FILLED
    if "admin1" in out.columns:
        no_admin1 = out["admin1"].isna() & joined["place_admin1"].notna()
        out.loc[no_admin1, "admin1"] = joined.loc[no_admin1, "place_admin1"]


def _resolved(distinct: pd.DataFrame, aliases: pd.DataFrame) -> pd.DataFrame:
    """The gazetteer place (:data:`MATCH_COLUMNS`) of each distinct (country, admin1,
    location) that resolves to one."""
    distinct = distinct.copy()
    distinct["key"] = place_keys(distinct["location"])
    # The project's own spellings are looked up under each of their aliases too
    # (Musa Khel is GeoNames' "Musa Khel Bazar", alternate name "Musakhel").
    ours = aliases[aliases["level"].isin(["location", "any"])]
    also = distinct.drop(columns="key").merge(
        ours[["name", "iso3", "key"]], left_on=["location", "iso3"], right_on=["name", "iso3"]
    )
    spellings = pd.concat([distinct, also[distinct.columns]]).drop_duplicates()
    places = gazetteer(distinct["iso3"].unique().tolist())
    found = _match(spellings, places)
    project_names = set(ours["name"])
    keep = found["location"].isin(project_names)
    found.loc[keep, "name"] = found.loc[keep, "location"]
    return found


def _match(distinct: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """One gazetteer place per distinct location: unique in the country, or in its admin1."""
    candidates = distinct.merge(places, on=["iso3", "key"], how="inner", suffixes=("", "_place"))
    place = ["name", "latitude", "longitude"]
    candidates = candidates.drop_duplicates(["iso3", "admin1", "location", *place])
    where = ["iso3", "admin1", "location"]
    in_country = candidates.groupby(where, dropna=False)["name"].transform("size")
    in_admin1 = candidates[candidates["admin1"].eq(candidates["admin1_place"])]
    per_admin1 = in_admin1.groupby(where, dropna=False)["name"].transform("size")
    chosen = pd.concat([candidates[in_country.eq(1)], in_admin1[per_admin1.eq(1)]])
    chosen = chosen.drop_duplicates(where)
    chosen = chosen.rename(columns={"admin1_place": "place_admin1"})
    columns = ["iso3", "admin1", "location", "name", "latitude", "longitude", "place_admin1"]
    return chosen[columns]


def _flag_outside(out: pd.DataFrame, iso3: pd.Series, matches: PlaceMatches | None = None) -> None:
    """``geo_flag`` "outside_country" where the point lies outside the country's extent
    (with ``matches``, the boxes it lists are not worked out again)."""
    known = iso3.dropna().unique().tolist()
    if not known:
        return
    if matches is None:
        boxes = country_extents(known)
    else:
        listed = matches.extents.astype({"iso3": "str"})
        todo = sorted(set(known) - set(listed["iso3"]))
        new = country_extents(todo)[EXTENT_COLUMNS] if todo else _empty(EXTENT_COLUMNS)
        # a country without gazetteer places has no box: kept as such (missing bounds)
        new = pd.DataFrame({"iso3": pd.Series(todo, dtype="str")}).merge(
            new.astype({"iso3": "str"}), on="iso3", how="left"
        )
        matches.found_extents = new[EXTENT_COLUMNS]
        boxes = pd.concat([listed[EXTENT_COLUMNS], matches.found_extents], ignore_index=True)
    box = boxes.set_index("iso3").reindex(iso3.astype("str").to_numpy())
    box.index = out.index
    lat, lon = out["latitude"], out["longitude"]
    outside = (
        lat.lt(box["lat_min"])
        | lat.gt(box["lat_max"])
        | lon.lt(box["lon_min"])
        | lon.gt(box["lon_max"])
    ) & box["lat_min"].notna()
    out.loc[outside, "geo_flag"] = OUTSIDE
    was_outside = out["geo_flag"].eq(OUTSIDE) & ~outside
    out.loc[was_outside, "geo_flag"] = pd.NA
