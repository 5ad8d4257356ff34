"""The comparison cleaner: a straightforward row-by-row pandas cleaner (``DataFrame.apply``),
and the same steps through the library's vectorised functions (:func:`clean_vectorised`).

It does what a careful analyst's script would do with the same reference tables, one row
at a time: parse the date, map the event type (pre-2019 names through the crosswalk),
normalise actor1 and actor2 through the alias table (case-folded, ACLED period suffix
dropped, then the name without an "ABBR: " prefix), normalise the place names through the
same alias table as the project, and parse fatalities. Written fairly: the reference tables
are loaded once into dicts, and each row costs a few dict look-ups and regular expressions.

>>> import pandas as pd
>>> frame = pd.DataFrame({"event_date": ["25 August 2024"], "event_type": ["Battles"],
...     "sub_event_type": ["Armed clash"], "actor1": ["BLA: Baloch Liberation Army"],
...     "actor2": [""], "location": ["Gawadar"], "admin2": [""], "admin1": ["Balochistan"],
...     "fatalities": ["3"]})
>>> clean_rows(frame).iloc[0].tolist()[:4]
[Timestamp('2024-08-25 00:00:00'), 'Battles', 'Armed clash', 'Baloch Liberation Army']
>>> clean_vectorised(frame.assign(country="Pakistan")).iloc[0].tolist()[:4]
[Timestamp('2024-08-25 00:00:00'), 'Battles', 'Armed clash', 'Baloch Liberation Army']
"""

from __future__ import annotations

import re
from datetime import datetime

import pandas as pd

from analysis.clean.actors import normalise_actors
from analysis.clean.places import normalise_places
from analysis.reference import reference_dir
from analysis.reference.countries import iso3_from_name
from analysis.schema import EVENT_TYPES
from analysis.sources.acled import event_types
from analysis.sources.fields import parse_date, parse_int, text

OUT_COLUMNS = [
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin2",
    "admin1",
    "fatalities",
]
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")
_PREFIX = re.compile(r"^[^\s:]{1,12}:\s+")
_SUFFIX = re.compile(r"\s+(?:district|province|tehsil|division)$", re.IGNORECASE)


def load_tables() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Alias dict (case-folded alias → canonical) and the ACLED event-type crosswalk."""
    actors = pd.read_csv(reference_dir() / "actors.csv", dtype=str, keep_default_na=False)
    aliases = {}
    for alias, canonical in zip(actors["alias"], actors["canonical"], strict=True):
        aliases[_PERIOD.sub("", alias.strip()).casefold()] = canonical
    types = pd.read_csv(reference_dir() / "event_types.csv", dtype=str, keep_default_na=False)
    acled = types[types["source"].eq("acled")]
    crosswalk = {
        value: (kind, sub)
        for value, kind, sub in zip(
            acled["source_value"], acled["event_type"], acled["sub_event_type"], strict=True
        )
    }
    return aliases, crosswalk


def clean_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Clean every row with :func:`clean_row`; one output row per input row."""
    aliases, crosswalk = load_tables()
    out = frame.apply(clean_row, axis=1, result_type="expand", args=(aliases, crosswalk))
    out.columns = OUT_COLUMNS
    return out


def clean_vectorised(frame: pd.DataFrame) -> pd.DataFrame:
    """The steps of :func:`clean_rows` as the library does them, column at a time.

    The library does more in each step than the row-wise cleaner: event types checked
    against their sub-event types, actors also by country suffix and fuzzy match, places
    also through the GeoNames gazetteer (so its names can differ where the row-wise
    cleaner knows no spelling).
    """
    date, _ = parse_date(frame["event_date"])
    kind, sub = event_types(frame["event_type"], frame["sub_event_type"])
    events = pd.DataFrame(
        {column: text(frame[column]) for column in ("actor1", "actor2", "location", "admin2")}
    )
    events["admin1"] = text(frame["admin1"])
    events["country"] = text(frame["country"])
    events["iso3"] = iso3_from_name(events["country"])
    placed, _ = normalise_places(events)
    named, _, _ = normalise_actors(placed)
    fatalities, _ = parse_int(frame["fatalities"])
    out = pd.concat([date, kind, sub, named[OUT_COLUMNS[3:8]], fatalities], axis=1)
    out.columns = OUT_COLUMNS
    return out


def clean_row(row: pd.Series, aliases: dict, crosswalk: dict) -> list:
    """One ACLED row → cleaned values (see the module docstring)."""
    try:
        date = datetime.strptime(row["event_date"].strip(), "%d %B %Y")
    except ValueError:
        date = None
    event_type, sub = row["event_type"].strip(), row["sub_event_type"].strip()
    if event_type not in EVENT_TYPES:
        event_type, sub = crosswalk.get(event_type, (None, None))
    elif sub not in EVENT_TYPES[event_type]:
        sub = None
    fatalities = row["fatalities"].strip().replace(",", "")
    return [
        date,
        event_type,
        sub,
        _actor(row["actor1"], aliases),
        _actor(row["actor2"], aliases),
        _place(row["location"]),
        _place(row["admin2"]),
        _place(row["admin1"]),
        int(float(fatalities)) if fatalities else None,
    ]


def _actor(name: str, aliases: dict) -> str | None:
    name = name.strip()
    if not name:
        return None
    key = _PERIOD.sub("", name).casefold()
    found = aliases.get(key) or aliases.get(_PREFIX.sub("", key))
    return found or name


def _place(name: str) -> str | None:
    name = _SUFFIX.sub("", name.strip())
    if not name:
        return None
    return _place_aliases().get(name.casefold(), name)


def _place_aliases() -> dict[str, str]:
    """Case-folded alias → name from the project's place table (read once)."""
    if not _PLACES:
        table = pd.read_csv(reference_dir() / "places.csv", dtype=str, keep_default_na=False)
        _PLACES.update(zip(table["alias"].str.casefold(), table["name"], strict=True))
    return _PLACES


_PLACES: dict[str, str] = {}
