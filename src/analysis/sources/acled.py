"""ACLED exports (CSV or XLSX) → canonical events and casualties.

Every layout since the 2016 realtime files is read (``docs/conformance.md``): header
names in any case (``EVENT_DATE``), the older ``ALLY_ACTOR_1``/``ALLY_ACTOR_2``, no
``sub_event_type`` before 2019, no ``civilian_targeting`` before 2023, HDX's HXL row.

Mapping (documented in docs/sources.md):

- ``event_date``: "25 August 2024", "25-August-2024" and ISO (ACLED's exports and API)
  in any mix; numeric dates ("25/08/2024" in the 2016 realtime files, "8/25/2024" or
  "25.08.2024" from a spreadsheet's re-save) in one day/month order per file, decided by
  the dates that can only be read one way (:func:`analysis.sources.fields.numeric_date_order`);
  ``time_precision`` 1 → day, 2 → week (the date ±3 days), 3 → month (the calendar month
  around the date).
- event types: today's 6 types and 25 sub-event types as written; the types before 2019
  through the crosswalk in ``reference/event_types.csv`` (sub-event type "Unknown"
  where the old type does not decide it); the type as written stays in
  ``source_event_type``.
- ``inter1``/``inter2`` (codes 1–8 or their labels) → ``source_actor1_type`` /
  ``source_actor2_type`` as actor categories (used when the actor table does not know the
  actor).
- ``geo_precision`` 1 → exact, 2 → near, 3 → admin1 (ACLED: "a larger region").
- one ``fatalities`` figure → one casualty row, low = best = high, ``reported_by`` ACLED;
  the victim group is civilians when ``civilian_targeting`` is "Civilian targeting" (in a
  file without that column: when actor2 is civilians, ``inter2`` 7), otherwise unknown
  (ACLED does not split deaths by side).
- the monadic layout (the API's ``export_type=monadic``: one row per actor, no ``actor2``):
  an event's two rows fold into one event, the second row's actor as actor2
  (:func:`fold_actor_rows`); fatalities count once.
- ``timestamp`` (unix seconds) is the version stamp: an older version never replaces a
  newer one in the store.
- notes saying a group claimed responsibility → claim_status claimed, claimed_by the group
  named in that sentence (:func:`analysis.reference.actors.claiming_group`: a known actor,
  never a state force); notes naming no known group there → no claim.

>>> REQUIRED[:3]
('event_id_cnty', 'event_date', 'event_type')
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pandas as pd

from analysis.arrow_text import per_distinct, per_distinct_pair
from analysis.reference.actors import claiming_group
from analysis.reference.countries import iso3_from_name, iso3_from_numeric
from analysis.reference.event_types import to_canonical
from analysis.schema import EVENT_TYPES, SUB_EVENT_TYPES, TYPE_PAIRS, empty_casualties
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
REQUIRED = ("event_id_cnty", "event_date", "event_type", "actor1", "country")
SIGNATURE = {"event_id_cnty"}
# older names of the same fields (2016 realtime and v6-v8 regional files)
ALIASES = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}
DATE_FORMATS = ("%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%B-%Y", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y")
# ACLED's own numeric dates (the 2016 realtime files) are dd/mm/yyyy with two-digit parts;
# a spreadsheet's re-save in a US locale writes m/d/yyyy without them ("8/5/2024").
USUAL_NUMERIC_ORDER = "ACLED's own slashed dates (the 2016 realtime files) are dd/mm/yyyy"
# ACLED's actor categories: inter codes and the labels ACLED has written for them
INTER_TYPES = {
    "1": "state forces",
    "2": "rebel/separatist",
    "3": "political militia",
    "4": "identity militia",
    "5": "rioters",
    "6": "protesters",
    "7": "civilians",
    "8": "external forces",
    "state forces": "state forces",
    "rebel group": "rebel/separatist",
    "rebel groups": "rebel/separatist",
    "political militia": "political militia",
    "political militias": "political militia",
    "identity militia": "identity militia",
    "identity militias": "identity militia",
    "communal militia": "identity militia",
    "communal militias": "identity militia",
    "ethnic militia": "identity militia",
    "ethnic militias": "identity militia",
    "rioters": "rioters",
    "protesters": "protesters",
    "civilians": "civilians",
    "external/other forces": "external forces",
    "other forces": "external forces",
    "external forces": "external forces",
}
INTER_CODES = {label: code for code, label in list(INTER_TYPES.items())[:8]}
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
GEO_PRECISION = {"1": "exact", "2": "near", "3": "admin1"}
# the fields that differ between an event's rows in ACLED's monadic layout
MONADIC_ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "inter1", "source_row")


def actor_category(inter: pd.Series) -> pd.Series:
    """ACLED's actor category for ``inter1``/``inter2`` codes or labels (missing for 0,
    blank or unknown values).

    >>> actor_category(pd.Series(["1", "Rebel group", "0", "7.0", ""])).tolist()
    ['state forces', 'rebel/separatist', nan, 'civilians', nan]
    """
    key = inter.astype("str").str.strip().str.casefold().str.replace(r"\.0$", "", regex=True)
    return key.map(INTER_TYPES).astype("str")


def read(
    table: RawTable, date_format: str | None = None, date_order: f.DateOrder | None = None
) -> Parsed:
    """Parse an ACLED export read by :func:`analysis.sources.rawfile.read_table` (with
    standard column names). ``date_format`` is one more date style to accept;
    ``date_order`` is the day/month order of numeric dates when an earlier part of the file
    decided it (:func:`analysis.sources.fields.numeric_date_order`), else this part
    decides it. The order used and why is in the warnings and in ``Parsed.date_order``."""
    raw = table.frame
    problems = f.Problems(raw, table.path)

    def col(name: str) -> pd.Series:
        return f.column(raw, name)

    order = date_order or f.numeric_date_order(col("event_date"), USUAL_NUMERIC_ORDER)
    formats = ((date_format,) if date_format else ()) + f.UNAMBIGUOUS_DATE_FORMATS
    date, why = f.read_dates(col("event_date"), order, formats)
    why = why.replace("unparseable date", "unparseable date (expected e.g. '25 August 2024')")
    problems.add(why.notna(), "event_date", why)
    problems.add(f.blank(col("event_date")), "event_date", "missing date")
    precision = col("time_precision").str.strip().map(TIME_PRECISION)
    precision = precision.where(f.blank(col("time_precision")) | precision.notna(), "invalid")
    problems.add(precision.eq("invalid"), "time_precision", "time_precision is not 1, 2 or 3")
    precision = precision.where(precision.ne("invalid"), None).fillna("day")
    date_start, date_end = _date_span(date, precision)

    # rules that look at one row at a time run once per distinct value (per_distinct)
    type1 = per_distinct({"i": col("inter1")}, lambda d: actor_category(d["i"]))
    type2 = per_distinct({"i": col("inter2")}, lambda d: actor_category(d["i"]))
    types = {"t": col("event_type"), "s": col("sub_event_type"), "i": type1.map(INTER_CODES)}
    event_type, sub_event_type = per_distinct_pair(
        types, lambda d: event_types(d["t"], d["s"], d["i"])
    )
    problems.add(event_type.isna(), "event_type", "not an ACLED event type")
    problems.add(
        event_type.notna() & sub_event_type.isna(), "sub_event_type", "not an ACLED sub-event type"
    )

    comma = table.delimiter != ","  # then a comma in a number is a decimal comma
    latitude, bad_lat = f.parse_float(col("latitude"), comma)
    longitude, bad_lon = f.parse_float(col("longitude"), comma)
    problems.add(bad_lat, "latitude", "not a number")
    problems.add(bad_lon, "longitude", "not a number")
    problems.add(latitude.abs().gt(90), "latitude", "latitude outside -90..90")
    problems.add(longitude.abs().gt(180), "longitude", "longitude outside -180..180")
    geo = col("geo_precision").str.strip().map(GEO_PRECISION).fillna("unknown")

    fatalities, bad = f.parse_int(col("fatalities"))
    source_total = fatalities.copy()
    f.count_problems(problems, "fatalities", col("fatalities"), fatalities, bad)
    problems.add(fatalities.lt(0), "fatalities", "negative fatalities")
    stamp, bad = f.parse_unix_time(col("timestamp"))
    problems.add(bad, "timestamp", "not a unix timestamp")
    problems.add(f.blank(col("event_id_cnty")), "event_id_cnty", "missing event id")

    notes = f.text(col("notes"))
    # The group named in the claim sentence, never a state force by default; python only
    # on the distinct notes that speak of a claim.
    claim_notes = notes.where(notes.str.contains(r"\bclaim", case=False, na=False))
    claimed_by = per_distinct(
        {"n": claim_notes}, lambda d: d["n"].map(claiming_group).astype("str")
    )
    claimed = claimed_by.notna()
    actor1 = f.text(col("actor1"))
    iso3 = per_distinct(
        {"iso": col("iso"), "country": col("country")},
        lambda d: iso3_from_numeric(d["iso"]).fillna(iso3_from_name(d["country"])),
    )
    events = event_frame(
        {
            "source_event_id": col("event_id_cnty"),
            "date_start": date_start,
            "date_end": date_end,
            "date_precision": precision,
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "source_event_type": f.text(col("event_type")),
            "actor1": actor1,
            "actor2": f.text(col("actor2")),
            "assoc_actor1": f.text(col("assoc_actor_1")),
            "assoc_actor2": f.text(col("assoc_actor_2")),
            "source_actor1_type": type1,
            "source_actor2_type": type2,
            "country": f.text(col("country")),
            "iso3": iso3,
            "admin1": f.text(col("admin1")),
            "admin2": f.text(col("admin2")),
            "location": f.text(col("location")),
            "latitude": latitude.where(latitude.abs().le(90)),
            "longitude": longitude.where(longitude.abs().le(180)),
            "geo_precision": geo,
            "notes": notes,
            "cited_sources": f.text(col("source")),
            "claimed_by": claimed_by,
            "claim_status": pd.Series("claimed", index=raw.index, dtype="str").where(claimed),
            "source_updated_at": stamp,
        },
        raw.index,
    )
    if "civilian_targeting" in raw.columns:
        civilian = col("civilian_targeting").str.strip().str.casefold().eq("civilian targeting")
    else:  # before 2023: civilians as actor2 is what ACLED's civilian targeting marks
        civilian = type2.eq("civilians")
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
    parsed = finish(SOURCE, table, events, casualties, problems, source_total)
    if "actor2" not in raw.columns:  # ACLED's monadic layout: one row per actor
        parsed = fold_actor_rows(parsed, _second_rows(raw), "civilian_targeting" in raw.columns)
    if order is not None:
        parsed.date_order = order.to_dict()
        if date_order is None:  # said once, by the part that decided it
            parsed.warnings = [*parsed.warnings, date_order_warning(table.path, order)]
    return parsed


def keep_event_rows_together(parts: Iterator[RawTable]) -> Iterator[RawTable]:
    """The parts of an ACLED file read part by part, with an event's two rows in ACLED's
    monadic layout never split between parts: a part whose last event id appears once in
    it hands that row on to the next part (one row at most, whatever the file holds).
    Dyadic files (with ``actor2``) pass through unchanged.

    >>> from analysis.schema import empty_quarantine
    >>> def part(ids, first_row):
    ...     frame = pd.DataFrame({"event_id_cnty": ids, "actor1": "x",
    ...         "source_row": range(first_row, first_row + len(ids))})
    ...     return RawTable(Path("m.csv"), frame, empty_quarantine(), len(ids))
    >>> parts = keep_event_rows_together(iter([part(["A", "A", "B"], 2), part(["B", "C"], 5)]))
    >>> [(p.frame["source_row"].tolist(), p.records) for p in parts]
    [([2, 3], 2), ([4, 5, 6], 3)]
    """
    pending: RawTable | None = None
    for part in parts:
        if "actor2" in part.frame.columns:
            if pending is not None:
                yield pending
                pending = None
            yield part
            continue
        if pending is not None:
            ids = f.column(pending.frame, "event_id_cnty").str.strip()
            last = ids.iloc[-1] if len(ids) else ""
            if last and ids.eq(last).sum() == 1:
                moved = pending.frame.iloc[-1:]
                pending = replace(
                    pending, frame=pending.frame.iloc[:-1], records=pending.records - 1
                )
                part = replace(
                    part,
                    frame=pd.concat([moved, part.frame], ignore_index=True),
                    records=part.records + 1,
                )
            yield pending
        pending = part
    if pending is not None:
        yield pending


def _second_rows(raw: pd.DataFrame) -> pd.Series:
    """For each row that is an event's second row in ACLED's monadic layout (the same
    event id, every field but the actor's the same as the event's first row), the index
    of that first row; rows that are not are absent. Python never loops over rows: the
    fields are compared by hash, and only where an event id repeats."""
    ids = f.column(raw, "event_id_cnty").str.strip()
    repeated = ids.duplicated(keep=False) & ids.ne("")
    if not repeated.any():
        return pd.Series(dtype="int64")
    fields = [c for c in raw.columns if c not in MONADIC_ACTOR_COLUMNS]
    key = pd.util.hash_pandas_object(raw.loc[repeated, fields], index=False)
    ids = ids[repeated]
    rank = ids.groupby(ids, sort=False).cumcount()
    first = pd.Series(ids.index[rank.eq(0)], index=ids[rank.eq(0)])
    second = ids[rank.eq(1)]
    partner = second.map(first)
    same = key.loc[second.index].to_numpy() == key.loc[partner.to_numpy()].to_numpy()
    return partner[same].astype("int64")


def fold_actor_rows(parsed: Parsed, second_rows: pd.Series, civilian_column: bool) -> Parsed:
    """Fold ACLED's monadic layout (the API's ``export_type=monadic``: one row per actor,
    ``actor1``/``assoc_actor_1``/``inter1`` only) back into one event per event id: the
    second row's actor becomes the event's actor2, as in ACLED's dyadic files, and the
    event stands for both rows (``_rows`` 2, its fatalities counted once).
    ``second_rows`` maps each second row to its first (:func:`_second_rows`); a pair of
    which either row was quarantined is left as it is. Without ``civilian_targeting``
    (files before 2023), civilians as the second actor make the deaths civilian, as
    ``inter2`` 7 does in a dyadic file.

    >>> from analysis.sources.rawfile import RawTable
    >>> from analysis.schema import empty_quarantine
    >>> frame = pd.DataFrame({"event_id_cnty": ["PAK1", "PAK1"], "event_date": "2024-08-25",
    ...     "event_type": "Violence against civilians", "sub_event_type": "Attack",
    ...     "actor1": ["BLA: Balochistan Liberation Army", "Civilians (Pakistan)"],
    ...     "inter1": ["2", "7"], "country": "Pakistan", "fatalities": "9",
    ...     "source_row": [2, 3]})
    >>> parsed = read(RawTable(Path("monadic.csv"), frame, empty_quarantine(), 2))
    >>> parsed.events[["actor1", "actor2", "_rows", "_fatalities"]].to_dict("records")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'actor1': 'BLA: Balochistan Liberation Army', 'actor2': 'Civilians (Pakistan)',
      '_rows': 2, '_fatalities': 9}]
    >>> parsed.casualties[["victim_group", "best"]].to_dict("records"), parsed.fatalities_read
    ([{'victim_group': 'civilians', 'best': 9}], 9)
    """
    events = parsed.events
    kept = second_rows[second_rows.index.isin(events.index) & second_rows.isin(events.index)]
    if kept.empty:
        return parsed
    seconds = events.loc[kept.index]
    firsts = kept.to_numpy()
    events = events.copy()
    for one, two in (
        ("actor2", "actor1"),
        ("assoc_actor2", "assoc_actor1"),
        ("source_actor2_type", "source_actor1_type"),
    ):
        events.loc[firsts, one] = seconds[two].to_numpy()
    events.loc[firsts, "_rows"] = events.loc[firsts, "_rows"].to_numpy() + 1
    folded_total = seconds["_fatalities"].sum()
    # one casualty row per record, known by its row: the second rows' go with them
    casualties = parsed.casualties
    casualties = casualties[~casualties["source_row"].isin(seconds["source_row"])]
    casualties = casualties.reset_index(drop=True)
    if not civilian_column:
        civilian = seconds.loc[seconds["source_actor1_type"].eq("civilians"), "event_id"]
        casualties.loc[casualties["event_id"].isin(civilian), "victim_group"] = "civilians"
    total = parsed.fatalities_read
    if total is not None and pd.notna(folded_total):
        total -= int(folded_total)
    return replace(
        parsed,
        events=events.drop(index=kept.index),
        casualties=casualties,
        fatalities_read=total,
    )


def date_order_warning(path: Path, order: f.DateOrder) -> str:
    """The warning line saying how a file's numeric dates were read, and why.

    >>> date_order_warning(Path("a.csv"), f.DateOrder(True, "dotted dates are day first"))
    'a.csv: numeric event_date values read day first (dotted dates are day first)'
    """
    return f"{path}: numeric event_date values {order.said()}"


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


def event_types(
    event_type: pd.Series, sub: pd.Series, inter1: pd.Series | None = None
) -> tuple[pd.Series, pd.Series]:
    """ACLED event and sub-event types as canonical types: current names kept (in any
    case), pre-2019 names through the crosswalk (``inter1``, the actor1 code, tells riots
    from protests), a sub-event type that does not belong to its type missing. A current
    type without a sub-event type gets "Unknown".

    >>> kind, sub = event_types(pd.Series(["Battles", "Bogus", "Remote violence"]),
    ...                         pd.Series(["Armed clash", "Attack", None]))
    >>> kind.tolist(), sub.tolist()
    (['Battles', nan, 'Explosions/Remote violence'], ['Armed clash', nan, 'Unknown'])
    >>> event_types(pd.Series(["Riots/Protests"]), pd.Series([None]), pd.Series(["6"]))[0][0]
    'Protests'
    """
    types = {t.casefold(): t for t in EVENT_TYPES}
    subs = {s.casefold(): s for s in SUB_EVENT_TYPES}
    written = event_type.astype("str").str.strip()
    current = written.str.casefold().map(types)
    keys = written
    if inter1 is not None:
        keys = written + ("|" + inter1.astype("str")).fillna("")
    old = to_canonical("acled", keys)  # pre-2019 type names
    canonical_type = current.fillna(old["event_type"])
    written_sub = sub.astype("str").str.strip().str.casefold().map(subs)
    no_sub = f.blank(sub)
    canonical_sub = written_sub.where(current.notna() & ~no_sub, old["sub_event_type"])
    canonical_sub = canonical_sub.where(~(current.notna() & no_sub), "Unknown")
    pairs_ok = (canonical_type + "|" + canonical_sub).isin(TYPE_PAIRS)
    return canonical_type.astype("str"), canonical_sub.where(pairs_ok).astype("str")
