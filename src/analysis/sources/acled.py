"""ACLED exports (CSV or XLSX) → canonical events and casualties.

Mapping (documented in docs/sources.md):

- ``event_date`` "%d %B %Y" or ISO; ``time_precision`` 1 → day, 2 → week (the date ±3
  days), 3 → month (the calendar month around the date).
- ``geo_precision`` 1 → exact, 2 → near, 3 → admin1 (ACLED: "a larger region").
- one ``fatalities`` figure → one casualty row, low = best = high, ``reported_by`` ACLED;
  the victim group is civilians when ``civilian_targeting`` is "Civilian targeting",
  otherwise unknown (ACLED does not split deaths by side).
- ``timestamp`` (unix seconds) is the version stamp: an older version never replaces a
  newer one in the store.
- notes saying a group "claimed responsibility" → claim_status claimed, claimed_by actor1.

>>> REQUIRED[:3]
('event_id_cnty', 'event_date', 'event_type')
"""

from __future__ import annotations

import pandas as pd

from analysis.reference.countries import iso3_from_name, iso3_from_numeric
from analysis.reference.event_types import to_canonical
from analysis.schema import EVENT_TYPES, SUB_EVENT_TYPES, empty_casualties
from analysis.sources import fields as f
from analysis.sources.rawfile import RawTable
from analysis.sources.reader_result import Parsed, event_frame, finish

SOURCE = "acled"
EXPORT_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)  # the 31 columns of a current ACLED export, in ACLED's order
REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country")
SIGNATURE = {"event_id_cnty"}
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
GEO_PRECISION = {"1": "exact", "2": "near", "3": "admin1"}


def read(table: RawTable) -> Parsed:
    """Parse an ACLED export read by :func:`analysis.sources.rawfile.read_table`."""
    raw = table.frame
    problems = f.Problems(raw, table.path)

    def col(name: str) -> pd.Series:
        return f.column(raw, name)

    date, bad = f.parse_date(col("event_date"))
    problems.add(bad, "event_date", "unparseable date (expected e.g. '25 August 2024')")
    problems.add(f.blank(col("event_date")), "event_date", "missing date")
    precision = col("time_precision").str.strip().map(TIME_PRECISION)
    precision = precision.where(f.blank(col("time_precision")) | precision.notna(), "invalid")
    problems.add(precision.eq("invalid"), "time_precision", "time_precision is not 1, 2 or 3")
    precision = precision.where(precision.ne("invalid"), None).fillna("day")
    date_start, date_end = _date_span(date, precision)

    event_type, sub_event_type = event_types(col("event_type"), col("sub_event_type"))
    problems.add(event_type.isna(), "event_type", "not an ACLED event type")
    problems.add(
        event_type.notna() & sub_event_type.isna(), "sub_event_type", "not an ACLED sub-event type"
    )

    latitude, bad_lat = f.parse_float(col("latitude"))
    longitude, bad_lon = f.parse_float(col("longitude"))
    problems.add(bad_lat, "latitude", "not a number")
    problems.add(bad_lon, "longitude", "not a number")
    problems.add(latitude.abs().gt(90), "latitude", "latitude outside -90..90")
    problems.add(longitude.abs().gt(180), "longitude", "longitude outside -180..180")
    geo = col("geo_precision").str.strip().map(GEO_PRECISION).fillna("unknown")

    fatalities, bad = f.parse_int(col("fatalities"))
    f.count_problems(problems, "fatalities", col("fatalities"), fatalities, bad)
    problems.add(fatalities.lt(0), "fatalities", "negative fatalities")
    stamp, bad = f.parse_unix_time(col("timestamp"))
    problems.add(bad, "timestamp", "not a unix timestamp")
    problems.add(f.blank(col("event_id_cnty")), "event_id_cnty", "missing event id")

    notes = f.text(col("notes"))
    claimed = notes.str.contains("claimed responsibility", case=False, na=False)
    actor1 = f.text(col("actor1"))
    iso3 = iso3_from_numeric(col("iso")).fillna(iso3_from_name(col("country")))
    events = event_frame(
        {
            "source_event_id": col("event_id_cnty"),
            "date_start": date_start,
            "date_end": date_end,
            "date_precision": precision,
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "actor1": actor1,
            "actor2": f.text(col("actor2")),
            "assoc_actor1": f.text(col("assoc_actor_1")),
            "assoc_actor2": f.text(col("assoc_actor_2")),
            "country": f.text(col("country")),
            "iso3": iso3,
            "admin1": f.text(col("admin1")),
            "admin2": f.text(col("admin2")),
            "location": f.text(col("location")),
            "latitude": latitude.where(latitude.abs().le(90)),
            "longitude": longitude.where(longitude.abs().le(180)),
            "geo_precision": geo,
            "notes": notes,
            "claimed_by": actor1.where(claimed),
            "claim_status": pd.Series("claimed", index=raw.index, dtype="str").where(claimed),
            "source_updated_at": stamp,
        },
        raw.index,
    )
    civilian = col("civilian_targeting").str.strip().str.casefold().eq("civilian targeting")
    casualties = empty_casualties().reindex(raw.index)
    figure = fatalities.where(fatalities.ge(0))
    casualties = casualties.assign(
        victim_group=pd.Series("unknown", index=raw.index).where(~civilian, "civilians"),
        low=figure,
        best=figure,
        high=figure,
        qualifier=pd.Series("exact", index=raw.index).where(figure.notna(), "unknown"),
        reported_by="ACLED",
        figure_text=f.text(col("fatalities")),
        derived=False,
        perpetrator_claim=False,
    )
    return finish(SOURCE, table, events, casualties, problems)


def _date_span(date: pd.Series, precision: pd.Series) -> tuple[pd.Series, pd.Series]:
    start = date.copy()
    end = date.copy()
    week = precision.eq("week")
    start[week] = date[week] - pd.Timedelta(days=3)
    end[week] = date[week] + pd.Timedelta(days=3)
    month = precision.eq("month")
    start[month] = date[month].dt.to_period("M").dt.start_time.astype("datetime64[us]")
    end[month] = date[month].dt.to_period("M").dt.end_time.dt.normalize().astype("datetime64[us]")
    return start, end


def event_types(event_type: pd.Series, sub: pd.Series) -> tuple[pd.Series, pd.Series]:
    """ACLED event and sub-event types as canonical types: current names kept, pre-2019
    names through the crosswalk, a sub-event type that does not belong to its type missing.

    >>> kind, sub = event_types(pd.Series(["Battles", "Bogus"]),
    ...                         pd.Series(["Armed clash", "Attack"]))
    >>> kind.tolist(), sub.tolist()
    (['Battles', nan], ['Armed clash', nan])
    """
    event_type = event_type.str.strip()
    sub = sub.str.strip()
    old = to_canonical("acled", event_type)  # pre-2019 type names
    known = event_type.isin(list(EVENT_TYPES))
    canonical_type = event_type.where(known, old["event_type"])
    canonical_sub = sub.where(known & sub.isin(SUB_EVENT_TYPES), old["sub_event_type"])
    pairs = [f"{t}|{s}" for t, subs in EVENT_TYPES.items() for s in subs]
    pairs_ok = (canonical_type + "|" + canonical_sub).isin(pairs)
    return canonical_type.astype("str"), canonical_sub.where(pairs_ok).astype("str")
