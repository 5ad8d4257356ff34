"""Actor names: one canonical name and actor type per actor, from a bundled alias table.

``actors.csv`` of :mod:`analysis.reference` (described in its ``README.md``) lists aliases —
UCDP, ACLED, GTD and press spellings — with the canonical name and actor type each stands for.
A name is resolved in four steps, on distinct names only:

1. exact: its :func:`actor_key` is an alias key;
2. ACLED forms: without a leading ``"ABBR: "`` and a trailing ``"(...)"``
   (``"X (Pakistan)"``, GTD's ``"X (BLA)"``) it is an alias key;
3. generic names: ``"Police"`` or UCDP's ``"Civilians"`` in an event whose ``country`` is
   Pakistan is looked up as ``"Police (Pakistan)"`` — ACLED's country suffix; the words of
   :data:`GENERIC_NAMES` ("Civilians", "Protesters", …) become ACLED's name in any country
   (``"Civilians (Burkina Faso)"``) even where the table lists none;
4. fuzzy: the closest alias key, among the actors of the event's own country (the
   table's ``countries``), by rapidfuzz ``fuzz.token_sort_ratio``. A score of at least
   ``threshold`` (default 92) that names the same countries is applied; anything else
   leaves the name unchanged. Every fuzzy match, applied or not, is listed in the
   suggestions (and ``analysis clean`` prints both kinds): none is applied silently.

Rows of the table with a period (``since`` / ``until``) come first: a name that is such a
row's alias (by :func:`actor_key`, as written) in an event of one of the row's countries
whose ``date_start`` lies in the period becomes the row's canonical name ("Taliban" in
Afghanistan from 2021-08-15: Military Forces of Afghanistan, state forces). Outside the
period the timeless rows stand. Names are resolved per distinct (cell, country, period).

Actor types come from the table; for an actor it does not know, from the source's own
category (ACLED ``inter1``/``inter2``: ``source_actor1_type``), else from ACLED's naming
of generic actors (``"Civilians (X)"``, ``"Police Forces of X"``, ``"Unidentified Armed
Group (X)"``). Associated actors get their types the same way (no source gives a category
for them): ``assoc_actor1_type`` lists one per name.

>>> import pandas as pd
>>> events = pd.DataFrame({"event_id": ["e1"], "country": ["Pakistan"],
...     "actor1": ["BLA: Baloch Liberation Army"], "actor2": ["Police"],
...     "assoc_actor1": [None], "assoc_actor2": ["Frontier Corps; Balochistan Levies"]})
>>> named, changes, suggestions = normalise_actors(events)
>>> named.loc[0, ["actor1", "actor1_type", "actor2"]].tolist()
['Baloch Liberation Army', 'rebel/separatist', 'Police Forces of Pakistan']
>>> changes[["column", "before", "rows"]].values.tolist()
[['actor1', 'BLA: Baloch Liberation Army', 1], ['actor2', 'Police', 1]]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from analysis.arrow_text import factorize_rows, take_text
from analysis.clean.changes import empty_changes, record_changes
from analysis.reference import reference_file
from analysis.reference.actors import (
    REGION_COLUMN,
    SCOPE_COLUMNS,
    _checked_aliases,
    actor_key,
    admin1_key,
    load_actor_aliases,
    scoped,
)
from analysis.reference.countries import country_table, iso3_from_name

SUGGESTION_COLUMNS = ["name", "suggestion", "score", "applied", "rows", "country"]
# ACLED's names for actors of any country, and the type each stands for
GENERIC_TYPES = (
    (r"^Civilians \(.+\)$", "civilians"),
    (r"^(Police|Military) Forces of .+$", "state forces"),
    (r"^Government of .+$", "state forces"),
    (r"^Unidentified Armed Group \(.+\)$", "political militia"),
    (r"^Protesters \(.+\)$", "protesters"),
    (r"^Rioters \(.+\)$", "rioters"),
)
_GENERIC_TYPES = tuple((re.compile(pattern), kind) for pattern, kind in GENERIC_TYPES)
# Bare generic words (by actor_key) that name one group of people in any country, and the
# ACLED name each stands for in an event's country: UCDP's "Civilians" side. Words that
# could be anyone's ("Police", "Unknown": GTD's target types too) are resolved only where
# the alias table lists them for the country.
GENERIC_NAMES = {
    "civilians": "Civilians ({country})",
    "civilian": "Civilians ({country})",
    "unidentified armed group": "Unidentified Armed Group ({country})",
    "protesters": "Protesters ({country})",
    "rioters": "Rioters ({country})",
}
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor1", "assoc_actor2")
# Columns whose names normalise_actors rewrites: the actors, and who claimed the event.
NAMED_COLUMNS = (*ACTOR_COLUMNS, "claimed_by")
ROLES = {
    "actor1": "actor1",
    "actor2": "actor2",
    "assoc_actor1": "associated1",
    "assoc_actor2": "associated2",
}
THRESHOLD = 92.0
# below this score the closest alias is no suggestion at all (it names another actor)
SUGGESTION_FLOOR = 60.0
ASSOC_SEPARATOR = "; "

_ACLED_PREFIX = re.compile(r"^[^\s:]{1,12}:\s+(?=\S)")  # "BLA: "
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")  # "(Pakistan)", "(BLA)"
_ASSOC_SPLIT = r"\s*;\s*"
_PERIOD_SUFFIX = r"\s*\(\s*\d{4}\s*-\s*(?:\d{4}\s*)?\)\s*$"  # ACLED's "(2022-)"
# ACLED's period anywhere in a name: at the end, or before a unit ("Military Forces of
# Pakistan (2018-) Frontier Corps")
_PERIOD_ANYWHERE = r"\s*\(\s*\d{4}\s*-\s*(?:\d{4}\s*)?\)\s*"
# ACLED's unit of a state's forces: "<Military|Police> Forces of <country> (<period>) <unit>"
_STATE_UNIT = re.compile(
    r"^(?:Military|Police)\s+Forces\s+of\s+(?P<country>.+?)\s*"
    r"\(\s*\d{4}\s*-\s*(?:\d{4}\s*)?\)\s+(?P<unit>\S.*?)\s*$",
    re.IGNORECASE,
)


def normalise_actors(
    events: pd.DataFrame,
    aliases: pd.DataFrame | None = None,
    threshold: float = THRESHOLD,
    log: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Canonical actor names and types; returns ``(events, changes, suggestions)``.

    ``actor1``, ``actor2``, ``assoc_actor1`` and ``assoc_actor2`` (``"; "``-separated) and
    ``claimed_by`` get canonical names, and ``actor1_type`` / ``actor2_type`` are added, and
    ``assoc_actor1_type`` / ``assoc_actor2_type`` (the type of each associated actor,
    :func:`associated_types`). Names that match nothing are kept as they are (type missing).
    ``changes`` is the change log (step ``"actors"``; with ``log`` False it is left empty,
    for a caller that logs the changes per event); ``suggestions`` lists each name
    resolved only fuzzily or not at all: ``name, suggestion, score, applied, rows``. Rows are
    never added or dropped, and running this on its own output changes nothing.
    ``aliases`` (default: ``load_actor_aliases(periods=True)``): with ``since`` / ``until``
    columns its dated rows apply by each event's ``country`` and ``date_start``.

    >>> import pandas as pd
    >>> events = pd.DataFrame({"actor1": ["Tehreek-e-Taliban Pakistan", "Zorgon raiders"],
    ...                        "country": ["Pakistan", "Pakistan"]})
    >>> named, _, suggestions = normalise_actors(events)
    >>> named["actor1"].tolist()
    ['Tehrik-i-Taliban Pakistan', 'Zorgon raiders']
    >>> suggestions[["name", "applied"]].values.tolist()
    [['Tehreek-e-Taliban Pakistan', True], ['Zorgon raiders', False]]
    >>> normalise_actors(events, log=False)[1].empty
    True
    """
    named = name_actors(events, aliases, threshold, log)
    return named.events, named.changes, named.suggestions


@dataclass(frozen=True)
class NamedActors:
    """:func:`name_actors`' result: ``events``, ``changes`` and ``suggestions`` as
    :func:`normalise_actors` returns them, and ``pending`` (``row, name, country``: each
    row, by position, naming a suggested (name, country)), from which :meth:`mentions`
    gives :func:`suggestion_mentions` without resolving the names again."""

    events: pd.DataFrame
    changes: pd.DataFrame
    suggestions: pd.DataFrame
    pending: pd.DataFrame

    def mentions(self, country: bool = False) -> pd.DataFrame:
        """:func:`suggestion_mentions` of the events given to :func:`name_actors`.

        >>> events = pd.DataFrame({"event_id": ["e1", "e2"], "country": "Pakistan",
        ...     "actor1": ["Zorgon raiders", "BLA"], "assoc_actor1": ["Zorgon raiders", None]})
        >>> name_actors(events).mentions(country=True).values.tolist()
        [['e1', 'Zorgon raiders', 'Pakistan']]
        """
        return _mentioning(self.pending, self.events["event_id"], country)


def name_actors(
    events: pd.DataFrame,
    aliases: pd.DataFrame | None = None,
    threshold: float = THRESHOLD,
    log: bool = True,
) -> NamedActors:
    """:func:`normalise_actors`, with the rows naming each suggestion kept for
    :meth:`NamedActors.mentions` (the store writes both from one pass over the names).

    >>> events = pd.DataFrame({"actor1": ["BLA", "Zorgon raiders"], "country": "Pakistan"})
    >>> named = name_actors(events)
    >>> named.events["actor1"].tolist(), named.pending["row"].tolist()
    (['Baloch Liberation Army', 'Zorgon raiders'], [1])
    """
    if aliases is None:
        table, dated, known = _bundled_aliases(periods=True)
    else:
        table, dated = _split_periods(aliases)
        known = _alias_index(table)
    # Everything below runs once per distinct (cell, country, period), never per row.
    cells = _all_cells(events, _periods_of(events, dated))
    pairs = _known_pairs(cells, known)
    periods = _dated_pairs(cells, dated)
    pending = _pending_mentions(
        cells, pairs.loc[pairs["actor"].isna(), ["name", "country"]], periods
    )
    rows = pending.groupby(["name", "country"], sort=False, dropna=False)["row"].size()
    suggestions = _suggest(rows, known, threshold)
    fuzzy = suggestions.loc[suggestions["applied"], ["name", "country", "suggestion"]]
    matched = pairs[["name", "country"]].merge(fuzzy, on=["name", "country"], how="left")
    pairs["actor"] = pairs["actor"].fillna(pd.Series(matched["suggestion"].to_numpy(), dtype="str"))
    pairs["actor"] = pairs["actor"].fillna(pairs["name"])

    out = events.copy(deep=False)  # copy-on-write: only the columns set below are copied
    logs = [empty_changes()]
    types = pd.concat([table, dated]).drop_duplicates("canonical")
    types = types.set_index("canonical")["actor_type"]
    # the actor of each distinct (name, country); a missing country is None
    keys = zip(pairs["name"], _none(pairs["country"]), strict=True)
    actor_of = dict(zip(keys, pairs["actor"], strict=True))
    for column, (codes, distinct, found) in cells.items():
        keys = zip(found["name"], _none(found["country"]), strict=True)
        resolved = found.assign(actor=pd.Series([actor_of[k] for k in keys], dtype="str"))
        if len(periods) and len(resolved):  # a dated row names one of the column's names
            in_period = resolved[["name", "period"]].merge(
                periods, on=["name", "period"], how="left"
            )
            resolved["actor"] = pd.Series(in_period["dated"].to_numpy(), dtype="str").fillna(
                resolved["actor"]
            )
        values = take_text(_rejoin(resolved, distinct), codes)
        values.index = out.index
        out[column] = values.fillna(out[column].astype("str"))
        if log:
            logs.append(record_changes("actors", column, events[column], out[column]))
        if column in ("actor1", "actor2"):
            kind = out[column].astype("str").map(types).astype("str")
            if f"source_{column}_type" in out:
                kind = kind.fillna(out[f"source_{column}_type"].astype("str"))
            out[f"{column}_type"] = kind.fillna(generic_type(out[column])).astype("str")
        elif column in ACTOR_COLUMNS:
            out[f"{column}_type"] = associated_types(out[column], types)
    changes = pd.concat([log for log in logs if not log.empty] or logs, ignore_index=True)
    return NamedActors(out, changes, suggestions, pending)


def _none(values: pd.Series) -> list:
    """``values`` as a list, each missing value None (a key that matches itself)."""
    return [v if isinstance(v, str) else None for v in values]


def associated_types(cells: pd.Series, types: pd.Series) -> pd.Series:
    """The actor type of each associated actor of a cell, ``"; "``-separated in the order of
    its names: the alias table's type of the (canonical) name, else the type of ACLED's
    generic name (:func:`generic_type`), else empty; missing where the cell is. ``types``:
    canonical name → type.

    >>> types = pd.Series({"Frontier Corps": "state forces"})
    >>> associated_types(pd.Series(["Frontier Corps; Zorgon raiders; Civilians (Mali)", None]),
    ...                  types).tolist()
    ['state forces; ; civilians', nan]
    """
    distinct = pd.Series(cells.dropna().unique(), dtype="str")
    names = distinct.str.split(_ASSOC_SPLIT, regex=True).explode().astype("str").str.strip()
    kind = names.map(types).astype("str")
    kind = kind.fillna(generic_type(names)).fillna("")
    joined = kind.groupby(level=0, sort=False).agg(ASSOC_SEPARATOR.join)
    found = dict(zip(distinct, joined.reindex(distinct.index).fillna(""), strict=True))
    return cells.map(found).astype("str")


def generic_type(names: pd.Series) -> pd.Series:
    """The actor type of ACLED's generic names for any country (missing for other names).

    >>> generic_type(pd.Series(["Civilians (United States)", "Police Forces of Peru", "BLA"])
    ...              ).tolist()
    ['civilians', 'state forces', nan]
    """
    kinds = {}
    for name in pd.Series(names.dropna().unique(), dtype="str"):  # a few distinct names
        kinds[name] = next((kind for pattern, kind in _GENERIC_TYPES if pattern.match(name)), None)
    return names.map(kinds).astype("str")


def suggestion_mentions(
    events: pd.DataFrame, aliases: pd.DataFrame | None = None, country: bool = False
) -> pd.DataFrame:
    """Which events name each name :func:`normalise_actors` lists as a suggestion (a name the
    alias table resolves neither exactly, in its ACLED form, nor with the event's country):
    ``event_id, name``, one row per event and name, and with ``country`` the event's country
    (a suggestion is made per name and country). Counting events per name gives the
    suggestions' ``rows``.

    >>> import pandas as pd
    >>> events = pd.DataFrame({"event_id": ["e1", "e2"], "actor1": ["Zorgon raiders", "BLA"],
    ...     "assoc_actor1": ["Zorgon raiders; Police", None], "country": "Pakistan"})
    >>> suggestion_mentions(events).values.tolist()
    [['e1', 'Zorgon raiders']]
    >>> suggestion_mentions(events, country=True).values.tolist()
    [['e1', 'Zorgon raiders', 'Pakistan']]
    """
    if aliases is None:
        _, dated, known = _bundled_aliases(periods=True)
    else:
        table, dated = _split_periods(aliases)
        known = _alias_index(table)
    # as in normalise_actors: names resolved per distinct (cell, country, scope), rows found
    # by code
    cells = _all_cells(events, _periods_of(events, dated))
    pairs = _known_pairs(cells, known)
    pending = _pending_mentions(
        cells, pairs.loc[pairs["actor"].isna(), ["name", "country"]], _dated_pairs(cells, dated)
    )
    return _mentioning(pending, events["event_id"], country)


def _mentioning(pending: pd.DataFrame, event_ids: pd.Series, country: bool) -> pd.DataFrame:
    """:func:`suggestion_mentions` from the rows naming each suggested (name, country)
    (:func:`_pending_mentions`) and the events' ids."""
    found = pending.sort_values("row", kind="stable")
    ids = pd.Series(event_ids.to_numpy(), dtype="str").to_numpy()
    out = pd.DataFrame({"event_id": ids[found["row"]], "name": found["name"].to_numpy()})
    if country:
        out["country"] = found["country"].to_numpy()
    return out.astype("str")


def _country_of(events: pd.DataFrame) -> pd.Series:
    """Each row's country name, stripped (positional index)."""
    if "country" not in events:
        return pd.Series(pd.NA, index=range(len(events)), dtype="str")
    return events["country"].astype("str").str.strip().reset_index(drop=True)


def _empty_mentions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "cell": pd.Series(dtype="int64"),
            "name": pd.Series(dtype="str"),
            "country": pd.Series(dtype="str"),
        }
    )


def _cells(
    values: pd.Series, country: pd.Series, split: bool, period: pd.Series | None = None
) -> tuple[np.ndarray, pd.DataFrame, pd.DataFrame]:
    """One column's distinct (cell, country, period) combinations and the names in each.

    Returns ``codes`` (per row, the combination's number), the combinations (``value``,
    ``country``, ``period``) and their names (``cell``, ``name``, ``country``, ``period``),
    in order within the cell: associated actors are split on ``";"``; names are stripped
    and empty ones left out. ``period`` (positional): the dated rows of the alias table
    that hold for each row (:func:`_periods_of`); empty when none does.
    """
    if period is None:
        period = pd.Series("", index=range(len(values)), dtype="str")
    cells = pd.DataFrame(
        {
            "value": values.astype("str").reset_index(drop=True),
            "country": country,
            "period": period,
        }
    )
    codes, distinct = factorize_rows(cells)
    names = distinct["value"]
    if split:
        names = names.str.split(_ASSOC_SPLIT, regex=True).explode().astype("str")
    names = names.str.strip()
    names = names[names.notna() & names.ne("")]
    found = pd.DataFrame(
        {
            "cell": names.index.to_numpy(dtype="int64"),
            "name": names.to_numpy(),
            "country": distinct["country"].to_numpy()[names.index],
            "period": distinct["period"].to_numpy()[names.index],
        }
    ).astype({"name": "str", "country": "str", "period": "str"})
    return codes, distinct, found


def _all_cells(
    events: pd.DataFrame, period: pd.Series | None = None
) -> dict[str, tuple[np.ndarray, pd.DataFrame, pd.DataFrame]]:
    """:func:`_cells` of each named column of ``events``, in :data:`NAMED_COLUMNS` order."""
    country = _country_of(events)
    columns = [c for c in NAMED_COLUMNS if c in events]
    return {c: _cells(events[c], country, c.startswith("assoc_"), period) for c in columns}


def _split_periods(table: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The alias table's rows of every period and place, and its rows of a period or of
    some first-level units (:func:`~analysis.reference.actors.scoped`; none when the table
    has none of the scoping columns; a missing one is empty)."""
    present = [c for c in SCOPE_COLUMNS if c in table.columns]
    if not present:
        return table, table.iloc[0:0].assign(**dict.fromkeys(SCOPE_COLUMNS, ""))
    scope = {c: table[c].fillna("").astype("str").str.strip() for c in present}
    table = table.assign(**{**dict.fromkeys(SCOPE_COLUMNS, ""), **scope})
    rows = scoped(table)
    return table.loc[~rows].drop(columns=SCOPE_COLUMNS), table.loc[rows].reset_index(drop=True)


def _periods_of(events: pd.DataFrame, dated: pd.DataFrame) -> pd.Series:
    """Per row (positional), the scoped rows of the alias table that hold for the event —
    its country among the row's, its ``date_start`` within the period and its ``admin1``
    among the row's units — as their numbers, ``";"``-joined; empty when none does. Worked
    out per distinct (country, day), and per distinct unit of the events in a country of a
    row of some units only.
    """
    rows = len(events)
    empty = pd.Series("", index=range(rows), dtype="str")
    if dated.empty or "country" not in events or "date_start" not in events:
        return empty
    country = _country_of(events)
    present = set(_iso3_of(pd.Series(country.unique(), dtype="str")).fillna(""))
    if not any(present & set(str(c).split(";")) for c in dated["countries"]):
        return empty  # no event is in a country of a dated row
    days = pd.to_datetime(pd.Series(events["date_start"].to_numpy()), errors="coerce")
    keys = pd.DataFrame({"country": country, "day": days.dt.strftime("%Y-%m-%d").astype("str")})
    codes, distinct = factorize_rows(keys)
    country_codes, countries = pd.factorize(distinct["country"])  # a missing country: -1
    iso3 = _iso3_of(pd.Series(countries, dtype="str")).fillna("").to_numpy(dtype=object)
    iso3 = np.where(country_codes >= 0, iso3[country_codes] if len(iso3) else "", "")
    day = distinct["day"].fillna("").to_numpy(dtype=object)
    labels = np.full(len(distinct), "", dtype=object)
    holding: dict[tuple[str, str, str], np.ndarray] = {}  # rows of one condition: once
    within = dated[REGION_COLUMN].to_numpy(dtype=object)
    conditions = zip(dated["countries"], dated["since"], dated["until"], strict=True)
    for number, (where, since, until) in enumerate(conditions):  # the few rows
        condition = (str(where), since, until)
        if condition not in holding:
            holds = np.isin(iso3, condition[0].split(";")) & (day != "")
            if since:
                holds &= day >= since
            if until:
                holds &= day <= until
            holding[condition] = holds
        if within[number]:
            continue  # a row of some units: by unit, below
        holds = holding[condition]
        before = labels[holds]
        labels[holds] = np.where(before == "", str(number), before + ";" + str(number))
    out = labels[codes]
    regional = [n for n, units in enumerate(within) if units]
    if regional and REGION_COLUMN in events:
        # only the events of those rows' countries and periods: their units' keys, once each
        reached = np.zeros(len(distinct), dtype=bool)
        for number in regional:
            reached |= holding[(str(dated["countries"].iloc[number]),) + _period(dated, number)]
        at = np.flatnonzero(reached[codes])
        unit_codes, units = pd.factorize(events[REGION_COLUMN].iloc[at])
        unit = np.array([admin1_key(u) if isinstance(u, str) else "" for u in units], object)
        unit = np.append(unit, "")[unit_codes]  # a missing unit (code -1): none
        for number in regional:
            holds = holding[(str(dated["countries"].iloc[number]),) + _period(dated, number)]
            mine = holds[codes[at]] & np.isin(
                unit, [admin1_key(u) for u in within[number].split(";")]
            )
            mine &= unit != ""
            before = out[at[mine]]
            out[at[mine]] = np.where(before == "", str(number), before + ";" + str(number))
    return pd.Series(out, dtype="str").fillna("")


def _period(dated: pd.DataFrame, number: int) -> tuple[str, str]:
    """``(since, until)`` of the scoped row ``number``."""
    return str(dated["since"].iloc[number]), str(dated["until"].iloc[number])


def _dated_pairs(
    cells: dict[str, tuple[np.ndarray, pd.DataFrame, pd.DataFrame]], dated: pd.DataFrame
) -> pd.DataFrame:
    """``name, period, dated``: the canonical name a dated row gives each distinct (name,
    period) of ``cells`` whose period holds a dated row with the name's key among its
    aliases."""
    columns = {"name": "str", "period": "str", "dated": "str"}
    if dated.empty or not any(found["period"].ne("").any() for _, _, found in cells.values()):
        # no name of an event a dated row holds for
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    mentions = pd.concat([found for _, _, found in cells.values()], ignore_index=True)
    todo = mentions.loc[mentions["period"].ne(""), ["name", "period"]].drop_duplicates()
    keys = [actor_key(alias) for alias in dated["alias"]]  # the few dated rows
    canonical = dated["canonical"].tolist()
    key_of = {name: actor_key(name) for name in todo["name"].unique()}
    records = []
    for name, period in todo.itertuples(index=False):  # distinct (name, period) only
        hit = (n for n in map(int, period.split(";")) if keys[n] == key_of[name])
        number = next(hit, None)
        if number is not None:
            records.append((name, period, canonical[number]))
    return pd.DataFrame(records, columns=list(columns)).astype(columns)


def _known_pairs(
    cells: dict[str, tuple[np.ndarray, pd.DataFrame, pd.DataFrame]], known: pd.DataFrame
) -> pd.DataFrame:
    """The distinct (name, country) of ``cells`` and the ``actor`` steps 1–3 resolve each
    to (ACLED's generic names standing for themselves); missing for the rest."""
    mentions = pd.concat(
        [_empty_mentions()] + [found for _, _, found in cells.values()], ignore_index=True
    )
    pairs = mentions[["name", "country"]].drop_duplicates(ignore_index=True)
    names = pd.Series(pairs["name"].unique(), dtype="str")
    by_name = dict(zip(names, _exact_or_acled(names, known), strict=True))
    pairs["actor"] = pairs["name"].map(by_name).astype("str")
    pairs["actor"] = pairs["actor"].fillna(_by_country(pairs, known))
    # ACLED's generic names for any country ("Civilians (Peru)", "Military Forces of Mali
    # (2021-)") are names already, without their period as for the table's actors
    generic = without_period(pairs["name"])
    pairs["actor"] = pairs["actor"].fillna(generic.where(generic_type(pairs["name"]).notna()))
    return pairs


def _pending_mentions(
    cells: dict[str, tuple[np.ndarray, pd.DataFrame, pd.DataFrame]],
    pending: pd.DataFrame,
    periods: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """``row, name, country``: each row (position) naming a still-unresolved (name,
    country), once per row and name; column by column, rows in order within each. A name
    a scoped row resolves for the row (``periods``: :func:`_dated_pairs`) is resolved."""
    parts = [
        pd.DataFrame(
            {
                "row": pd.Series(dtype="int64"),
                "name": pd.Series(dtype="str"),
                "country": pd.Series(dtype="str"),
            }
        )
    ]
    for codes, _, found in cells.values():
        hits = found.merge(pending, on=["name", "country"])
        if periods is not None and len(periods) and len(hits):
            scoped_hit = hits[["name", "period"]].merge(periods, on=["name", "period"], how="left")
            hits = hits[scoped_hit["dated"].isna().to_numpy()]
        hits = hits[["cell", "name", "country"]]
        if hits.empty:
            continue
        rows = np.flatnonzero(np.isin(codes, hits["cell"].unique()))
        at = pd.DataFrame({"row": rows, "cell": codes[rows]})
        parts.append(at.merge(hits, on="cell")[["row", "name", "country"]])
    return pd.concat(parts, ignore_index=True).drop_duplicates(ignore_index=True)


def actors_long(events: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per event × actor: ``event_id, role, actor, actor_type``.

    Roles are ``actor1``, ``actor2``, ``associated1`` and ``associated2`` (one row per
    ``"; "``-separated associated actor); empty cells give no row. The type is looked up
    by exact key in the alias table, so run :func:`normalise_actors` first. Like acledR's
    ``acled_transform_longer``: a view for counting actors, not how events are stored.

    >>> import pandas as pd
    >>> events = pd.DataFrame({"event_id": ["e1"], "actor1": ["Baloch Liberation Army"],
    ...     "actor2": [None], "assoc_actor1": ["Majeed Brigade; Unknown"], "assoc_actor2": [""]})
    >>> actors_long(events)
      event_id         role                   actor        actor_type
    0       e1       actor1  Baloch Liberation Army  rebel/separatist
    1       e1  associated1          Majeed Brigade  rebel/separatist
    2       e1  associated1                 Unknown               NaN
    """
    table = load_actor_aliases() if aliases is None else aliases
    known = _alias_index(table)
    mentions = _mentions(events)
    names = pd.Series(mentions["name"].unique(), dtype="str")
    type_of = dict(zip(names, names.map(actor_key).map(known["actor_type"]), strict=True))
    event_ids = pd.Series(events["event_id"].to_numpy(), dtype="str")
    return pd.DataFrame(
        {
            "event_id": event_ids.to_numpy()[mentions["row"]],
            "role": mentions["column"].map(ROLES).to_numpy(),
            "actor": mentions["name"].to_numpy(),
            "actor_type": mentions["name"].map(type_of).to_numpy(),
        }
    ).astype("str")


def _bundled_aliases(periods: bool) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The bundled alias table (``load_actor_aliases(periods=periods)``) split into its
    timeless and dated rows (:func:`_split_periods`), and the index of the timeless ones
    (:func:`_alias_index`): worked out once per content of the file, not at every step.
    The frames are shared: read them, never change them."""
    path = reference_file("actors.csv")
    return _indexed_aliases(path, path.read_bytes(), periods)


@functools.lru_cache(maxsize=8)
def _indexed_aliases(
    path: Path, content: bytes, periods: bool
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    table, dated = _split_periods(_checked_aliases(path, content, periods))  # of this content
    return table, dated, _alias_index(table)


def _alias_index(table: pd.DataFrame) -> pd.DataFrame:
    """``canonical``, ``actor_type`` and ``countries`` (ISO3 codes, ";"-separated; empty:
    anywhere) per alias key."""
    if "countries" not in table:
        table = table.assign(countries="")
    index = table.assign(key=table["alias"].map(actor_key))
    index = index[index["key"].ne("")].drop_duplicates("key").set_index("key")
    return index[["canonical", "actor_type", "countries"]]


def _mentions(events: pd.DataFrame, columns: tuple[str, ...] = ACTOR_COLUMNS) -> pd.DataFrame:
    """Every actor name in ``events``: ``row`` (position), ``column``, ``name``, ``country``.

    Associated actors are split on ``";"``; names are stripped; empty names are left out.
    Ordered by row, then column, then position within the cell.
    """
    parts = [pd.DataFrame({"row": pd.Series(dtype="int64"), "name": pd.Series(dtype="str")})]
    for column in columns:
        if column not in events:
            continue
        names = pd.Series(events[column].to_numpy(), dtype="str")
        if column.startswith("assoc_"):
            names = names.str.split(_ASSOC_SPLIT, regex=True).explode().astype("str")
        names = names.str.strip()
        names = names[names.notna() & names.ne("")]
        parts.append(pd.DataFrame({"row": names.index, "column": column, "name": names}))
    frame = pd.concat(parts, ignore_index=True).astype({"row": "int64", "column": "str"})
    frame["order"] = frame["column"].map({c: i for i, c in enumerate(columns)})
    frame = frame.sort_values(["row", "order"], kind="stable", ignore_index=True)
    frame = frame.drop(columns="order")
    country = events["country"] if "country" in events else pd.Series(pd.NA, index=events.index)
    country = pd.Series(country.to_numpy(), dtype="str").str.strip()
    frame["country"] = pd.Series(country.to_numpy()[frame["row"]], dtype="str")
    return frame


def _lookup(names: pd.Series, known: pd.DataFrame) -> pd.Series:
    """The canonical name of each name whose key is an alias key (else missing)."""
    return names.map(actor_key).map(known["canonical"]).astype("str")


def _acled_base(names: pd.Series) -> pd.Series:
    """Names without a leading ACLED ``"ABBR: "`` and a trailing ``"(...)"``."""
    names = names.str.replace(_ACLED_PREFIX, "", regex=True)
    return names.str.replace(_TRAILING_BRACKETS, "", regex=True)


def _exact_or_acled(names: pd.Series, known: pd.DataFrame) -> pd.Series:
    """Steps 1 and 2 on distinct names: the name itself, else its ACLED base, else (a
    unit of a state's forces) the unit."""
    found = _lookup(names, known).fillna(_lookup(_acled_base(names), known))
    return found.fillna(_state_units(names, known))


def without_period(names: pd.Series) -> pd.Series:
    """Names without ACLED's period, wherever it stands: at the end, or before the unit
    of a state's forces.

    >>> without_period(pd.Series(["Military Forces of Mali (2021-)",
    ...     "Police Forces of Pakistan (2024-) Frontier Corps", "BLA"])).tolist()
    ['Military Forces of Mali', 'Police Forces of Pakistan Frontier Corps', 'BLA']
    """
    return names.str.replace(_PERIOD_ANYWHERE, " ", regex=True).str.strip()


def _state_units(names: pd.Series, known: pd.DataFrame) -> pd.Series:
    """ACLED's units of a state's forces ("Military Forces of Pakistan (2018-) Frontier
    Corps") that the table knows as state forces of that country: the actor of
    ``"<unit> (<country>)"``, else of the unit's own name (``Frontier Corps``); missing for
    the rest (a unit the table does not know, or one it knows as no state force of the
    country: "Military Forces of Afghanistan (2021-) Taliban" is not the insurgent
    Taliban)."""
    parts = names.str.extract(_STATE_UNIT)
    out = pd.Series(pd.NA, index=names.index, dtype="str")
    iso3 = _iso3_of(parts["country"].astype("str").str.strip())
    for index, unit, country, code in zip(
        names.index, parts["unit"], parts["country"], iso3, strict=True
    ):
        if not isinstance(unit, str) or not isinstance(code, str):
            continue
        for key in (actor_key(f"{unit} ({country.strip()})"), actor_key(unit)):
            row = known.loc[key] if key in known.index else None
            if (
                row is not None
                and row["actor_type"] == "state forces"
                and (code in str(row["countries"]).split(";"))
            ):
                out[index] = row["canonical"]
                break
    return out


def _by_country(pairs: pd.DataFrame, known: pd.DataFrame) -> pd.Series:
    """Step 3 on distinct (name, country) pairs: ``"name (country)"``, else
    ``"base (country)"``. Only for pairs not resolved yet; others get a missing value."""
    todo = pairs["actor"].isna() & pairs["country"].notna()
    names, suffix = pairs.loc[todo, "name"], " (" + pairs.loc[todo, "country"] + ")"
    found = _lookup(names + suffix, known).fillna(_lookup(_acled_base(names) + suffix, known))
    # a bare generic word the table does not list for this country: ACLED's name for it
    template = names.map(actor_key).map(GENERIC_NAMES)
    generic = pd.Series(
        [
            t.format(country=c) if isinstance(t, str) else None
            for t, c in zip(template, pairs.loc[todo, "country"], strict=True)
        ],
        index=names.index,
        dtype="str",
    )
    return found.fillna(generic).reindex(pairs.index).astype("str")


def _suggest(rows: pd.Series, known: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Step 4: the closest alias of each still-unresolved distinct (name, country) among
    the actors of that country (``rows``: (name, country) → number of rows naming it),
    with its score. Without a known country only actors of no particular country are."""
    iso3 = _iso3_of(pd.Series([country for _, country in rows.index], dtype="str"))
    by_country: dict[str | None, tuple[str, ...]] = {}
    records = []
    for ((name, country), count), code in zip(rows.items(), iso3, strict=True):
        key = actor_key(name)
        code = code if isinstance(code, str) else None
        if code not in by_country:
            by_country[code] = tuple(_choices(known, code))
        choices = by_country[code]
        alias, score = _closest(key, choices) if key else (None, 0.0)
        same_countries = alias is not None and _countries_in(key) == _countries_in(alias)
        close = alias is not None and score >= SUGGESTION_FLOOR
        records.append(
            {
                "name": name,
                "suggestion": known.at[alias, "canonical"] if close else None,
                "score": round(score, 1),
                "applied": bool(score >= threshold and same_countries),
                "rows": count,
                "country": country if isinstance(country, str) else None,
            }
        )
    frame = pd.DataFrame(records, columns=SUGGESTION_COLUMNS)
    frame = frame.astype(
        {
            "name": "str",
            "suggestion": "str",
            "score": "float64",
            "applied": "bool",
            "rows": "int64",
            "country": "str",
        }
    )
    return frame.sort_values(["rows", "name"], ascending=[False, True], ignore_index=True)


def _iso3_of(countries: pd.Series) -> pd.Series:
    """ISO3 codes of country names (or codes), missing where unknown."""
    codes = iso3_from_name(countries)
    known = _iso3_codes()
    found = [  # plain Python over the few distinct countries
        code if isinstance(code, str) else _listed_code(name, known)
        for code, name in zip(codes, countries, strict=True)
    ]
    return pd.Series(found, index=countries.index, dtype="str")


def _listed_code(name: object, known: frozenset[str]) -> str | None:
    """``name`` itself, stripped and in capitals, when it is an ISO3 code."""
    code = name.strip().upper() if isinstance(name, str) else None
    return code if code in known else None


@cache
def _iso3_codes() -> frozenset[str]:
    return frozenset(country_table()["iso3"])


def _choices(known: pd.DataFrame, iso3: str | None) -> list[str]:
    """Alias keys of the actors of one country and of actors listed for no country; for an
    event without a (known) country, only the latter."""
    countries = known["countries"].fillna("")
    here = countries.eq("")
    if iso3 is not None:
        here |= (";" + countries + ";").str.contains(f";{iso3};", regex=False)
    return list(known.index[here])


@functools.lru_cache(maxsize=65_536)
def _closest(key: str, choices: tuple[str, ...]) -> tuple[str | None, float]:
    """The alias key closest to ``key`` and its score (kept: an update, or a clean in
    batches, meets the same unknown names again)."""
    match = process.extractOne(key, choices, scorer=fuzz.token_sort_ratio)
    return (match[0], float(match[1])) if match else (None, 0.0)


def _rejoin(resolved: pd.DataFrame, distinct: pd.DataFrame) -> np.ndarray:
    """The resolved names of each distinct cell, ``"; "``-joined (a name once); missing for
    a cell without names."""
    joined = np.full(len(distinct), None, dtype=object)
    for cell, actors in resolved.groupby("cell", sort=False)["actor"]:
        joined[cell] = ASSOC_SEPARATOR.join(dict.fromkeys(actors))
    return joined


def _countries_in(key: str) -> frozenset[str]:
    """Country names (as keys) that occur as whole words in an actor key."""
    padded = f" {key} "
    return frozenset(c for c in _country_keys() if f" {c} " in padded)


@cache
def _country_keys() -> tuple[str, ...]:
    return tuple(sorted({actor_key(n) for n in country_table()["name"]} - {""}))
