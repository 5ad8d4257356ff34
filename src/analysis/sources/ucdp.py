"""UCDP Georeferenced Event Dataset (GED) CSV → canonical events and casualties.

Every published version is read (``docs/conformance.md``): GED 5.0 to the latest, the
monthly candidate releases (extra columns are ignored), the pre-5.0 names ``best_est``,
``low_est``, ``high_est`` and header names in any case, and HDX's copy with its HXL row.

Mapping (documented in docs/sources.md):

- ``type_of_violence`` 1 state-based, 2 non-state → Battles/Armed clash; 3 one-sided →
  Violence against civilians/Attack (``src/analysis/reference/event_types.csv``).
- deaths by side → victim groups: ``deaths_a`` belong to ``side_a``, ``deaths_b`` to
  ``side_b``; a side named "Government of …" is security_forces, any other side is
  militants; ``deaths_civilians`` → civilians; ``deaths_unknown`` → unknown.
- UCDP gives low/high only for the whole event. The group figures are the best
  estimates; the event's (low − best) and (high − best) are shared out in proportion to
  each group's best (largest remainder), so that the groups add up to the event's
  low, best and high exactly. If best is 0 and high is not, high goes to unknown.
- low/best/high out of order (UCDP publishes some: year-long aggregates carry ``high`` 0
  as a placeholder): ``best`` is kept as published, since UCDP's own totals count it; the
  range is widened to cover it (low ≤ best ≤ high) and the event's ``data_quality`` says
  so. Such rows are "repaired", never quarantined.
- ``side_a``/``side_b`` → actor1/actor2, and their types (``source_actor1_type``/
  ``source_actor2_type``, :func:`side_type`) as the UCDP Actor Dataset types each actor
  (``src/analysis/reference/ucdp_actors.csv``): a government is state forces, an organised
  group fighting a government rebel/separatist, one fighting other groups only or a
  party's supporters political militia, an ethnic or clan group identity militia.
- ``date_prec`` 1 → day, 2 → week, 3/4 → month, 5 → year; ``where_prec`` 1 → exact,
  2 → near, 3 → admin2, 4/5 → admin1, 6 → country, 7 → unknown.

>>> government_side(pd.Series(["Government of Pakistan", "BLA"])).tolist()
[True, False]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.reference.countries import iso3_from_name
from analysis.reference.event_types import to_canonical
from analysis.reference.ucdp_actors import ucdp_actor_type
from analysis.schema import VICTIM_GROUPS, empty_casualties
from analysis.sources import fields as f
from analysis.sources.rawfile import RawTable
from analysis.sources.reader_result import Parsed, event_frame, finish

SOURCE = "ucdp"
REQUIRED = (
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "country",
)
SIGNATURE = {"type_of_violence", "deaths_a"}
ALIASES = {"best_est": "best", "low_est": "low", "high_est": "high"}  # GED before 5.0
# UCDP's own dates (ISO, with a time in older versions); numeric dates from a spreadsheet's
# re-save ("30/08/2024", "8/30/2024") are read in one day/month order per file
# the CSV downloads write "2024-08-25 00:00:00.000"; the GED API "2024-08-25T00:00:00"
DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
)
VIOLENCE_TYPES = {"1": "state-based", "2": "non-state", "3": "one-sided"}
DATE_PRECISION = {"1": "day", "2": "week", "3": "month", "4": "month", "5": "year"}
WHERE_PRECISION = {
    "1": "exact",
    "2": "near",
    "3": "admin2",
    "4": "admin1",
    "5": "admin1",
    "6": "country",
    "7": "unknown",
}
DEATH_COLUMNS = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")


def government_side(side: pd.Series) -> pd.Series:
    """True for sides UCDP names "Government of …" (state forces)."""
    return side.astype("str").str.strip().str.startswith("Government of").fillna(False)


def side_type(side: pd.Series, violence: pd.Series) -> pd.Series:
    """The actor type of each side as UCDP types its actor (``ucdp_actors.csv``: the UCDP
    Actor Dataset's organisation type); for an actor the table does not hold, a side named
    "Government of …" is state forces and the other side of a state-based event
    (``type_of_violence`` 1) an opposition organisation, rebel/separatist; else missing.

    >>> side_type(pd.Series(["FARC", "Government of Chad", "New Front", "New Front"]),
    ...           pd.Series(["1", "1", "1", "2"])).tolist()
    ['rebel/separatist', 'state forces', 'rebel/separatist', nan]
    """
    government = government_side(side)
    fallback = pd.Series(
        np.where(government, "state forces", np.where(violence.eq("1"), "rebel/separatist", None)),
        index=side.index,
        dtype="str",
    )
    return ucdp_actor_type(side).fillna(fallback.where(side.notna())).astype("str")


def read(table: RawTable) -> Parsed:
    """Parse a UCDP GED CSV read by :func:`analysis.sources.rawfile.read_table`."""
    raw = table.frame
    problems = f.Problems(raw, table.path)
    problems.add(f.blank(raw["id"]), "id", "missing event id")

    order = numeric_date_order(raw)
    date_start = _read_dates(raw, "date_start", order, problems)
    date_end = _read_dates(raw, "date_end", order, problems)
    problems.add(date_start.gt(date_end), "date_end", "date_end is before date_start")

    figures = {}
    for name in (*DEATH_COLUMNS, "low", "best", "high"):
        figures[name], bad = f.parse_int(raw[name])
        f.count_problems(problems, name, raw[name], figures[name], bad)
        problems.add(figures[name].lt(0), name, "negative number")
    low, best, high = figures["low"], figures["best"], figures["high"]
    problems.repair(low.gt(best), "low", "low was greater than best: low set to best")
    problems.repair(best.gt(high), "high", "high was less than best: high set to best")
    figures["low"] = low.where(~low.gt(best), best)
    figures["high"] = high.where(~best.gt(high), best)
    parts = sum(figures[name].fillna(0) for name in DEATH_COLUMNS)
    problems.add(parts.ne(best.fillna(0)), "best", "best is not the sum of deaths by side")

    violence = raw["type_of_violence"].str.strip()
    types = to_canonical(SOURCE, violence)
    problems.add(types["event_type"].isna(), "type_of_violence", "not 1, 2 or 3")

    comma = table.delimiter != ","  # then a comma in a number is a decimal comma
    latitude, bad_lat = f.parse_float(f.column(raw, "latitude"), comma)
    longitude, bad_lon = f.parse_float(f.column(raw, "longitude"), comma)
    problems.add(bad_lat | latitude.abs().gt(90), "latitude", "not a latitude in -90..90")
    problems.add(bad_lon | longitude.abs().gt(180), "longitude", "not a longitude in -180..180")

    date_prec = f.column(raw, "date_prec").str.strip().map(DATE_PRECISION).fillna("day")
    where_prec = f.column(raw, "where_prec").str.strip().map(WHERE_PRECISION).fillna("unknown")
    events = event_frame(
        {
            "source_event_id": raw["id"],
            "date_start": date_start,
            "date_end": date_end,
            "date_precision": date_prec,
            "event_type": types["event_type"],
            "sub_event_type": types["sub_event_type"],
            "source_event_type": raw["type_of_violence"].str.strip().map(VIOLENCE_TYPES),
            "actor1": f.text(raw["side_a"]),
            "actor2": f.text(raw["side_b"]),
            "source_actor1_type": side_type(f.text(raw["side_a"]), violence),
            "source_actor2_type": side_type(f.text(raw["side_b"]), violence),
            "country": f.text(raw["country"]),
            "iso3": iso3_from_name(raw["country"]),
            "admin1": f.text(f.column(raw, "adm_1")),
            "admin2": f.text(f.column(raw, "adm_2")),
            "location": f.text(f.column(raw, "where_coordinates")),
            "latitude": latitude.where(latitude.abs().le(90)),
            "longitude": longitude.where(longitude.abs().le(180)),
            "geo_precision": where_prec,
            "notes": f.text(f.column(raw, "source_headline")),
            "cited_sources": f.text(f.column(raw, "source_article")),
        },
        raw.index,
    )
    casualties = _casualties(raw, figures)
    parsed = finish(SOURCE, table, events, casualties, problems, best)
    if order is not None:
        parsed.date_order = order.to_dict()
        said = f"{table.path}: numeric date_start/date_end values {order.said()}"
        parsed.warnings = [*parsed.warnings, said]
    return parsed


def _read_dates(
    raw: pd.DataFrame, name: str, order: f.DateOrder | None, problems: f.Problems
) -> pd.Series:
    """One date column, its missing or unreadable cells recorded in ``problems``."""
    dates, why = f.read_dates(raw[name], order, DATE_FORMATS)
    problems.add(why.notna(), name, why.replace("unparseable date", "missing or unparseable date"))
    problems.add(f.blank(raw[name]), name, "missing or unparseable date")
    return dates


def numeric_date_order(raw: pd.DataFrame) -> f.DateOrder | None:
    """The day/month order of a file's numeric ``date_start``/``date_end`` values (not
    UCDP's ISO dates: a spreadsheet's re-save), decided as for ACLED
    (:func:`analysis.sources.fields.numeric_date_order`) with no usual order: a file whose
    numeric dates could all be read either way has them quarantined. None when it has none.

    >>> numeric_date_order(pd.DataFrame({"date_start": ["8/30/2024", "2024-08-31"],
    ...     "date_end": ["8/30/2024", "2024-08-31"]})).name
    'month first'
    """
    texts = pd.concat([raw["date_start"], raw["date_end"]])
    unread = f.parse_date(texts, DATE_FORMATS)[0].isna().to_numpy()
    return f.numeric_date_order(texts[unread])


def _casualties(raw: pd.DataFrame, figures: dict[str, pd.Series]) -> pd.DataFrame:
    """One casualty row per event and victim group with deaths, low/best/high shared out."""
    state_based = raw["type_of_violence"].str.strip().eq("1")
    group_a = np.where(state_based & government_side(raw["side_a"]), "security_forces", "militants")
    group_b = np.where(state_based & government_side(raw["side_b"]), "security_forces", "militants")
    long = pd.concat(
        [
            pd.DataFrame({"group": group_a, "best": figures["deaths_a"]}, index=raw.index),
            pd.DataFrame({"group": group_b, "best": figures["deaths_b"]}, index=raw.index),
            pd.DataFrame({"group": "civilians", "best": figures["deaths_civilians"]}),
            pd.DataFrame({"group": "unknown", "best": figures["deaths_unknown"]}),
        ]
    )
    long = long.fillna({"best": 0}).astype({"best": "int64"})
    long = long.groupby([long.index, "group"], sort=False)["best"].sum().reset_index(level=1)
    long["group"] = pd.Categorical(long["group"], categories=VICTIM_GROUPS)
    long = long.sort_values("group", kind="stable").sort_index(kind="stable")

    event_best = figures["best"].fillna(0).astype("int64")
    long["low"] = long["best"] - _share(long, (event_best - figures["low"]).fillna(0))
    long["high"] = long["best"] + _share(long, (figures["high"] - event_best).fillna(0))
    keep = long[["low", "best", "high"]].gt(0).any(axis=1)
    # An event with no deaths at all keeps one unknown row with zeros.
    no_deaths = ~long.index.isin(long.index[keep])
    keep |= no_deaths & long["group"].eq("unknown")
    long = long[keep]

    casualties = empty_casualties().reindex(long.index)
    return casualties.assign(
        victim_group=long["group"].astype("str"),
        low=long["low"].astype("Int64"),
        best=long["best"].astype("Int64"),
        high=long["high"].astype("Int64"),
        qualifier="exact",
        reported_by="UCDP",
        figure_text=None,
        derived=False,
        perpetrator_claim=False,
    )


def _share(long: pd.DataFrame, margin: pd.Series) -> pd.Series:
    """Share each event's ``margin`` over its groups in proportion to best (largest remainder)."""
    margin = margin.astype("int64").clip(lower=0)
    total = long.groupby(level=0)["best"].transform("sum")
    event_margin = margin.reindex(long.index).to_numpy()
    exact = np.where(total > 0, event_margin * long["best"] / total.where(total > 0, 1), 0.0)
    # With no deaths by group (best 0), the whole margin is unknown deaths.
    exact = np.where((total == 0) & long["group"].eq("unknown"), event_margin, exact)
    floor = np.floor(exact).astype("int64")
    short = pd.Series(event_margin - 0, index=long.index) - pd.Series(
        floor, index=long.index
    ).groupby(level=0).transform("sum")
    remainder = pd.Series(exact - floor, index=long.index)
    order = remainder.groupby(level=0).rank(method="first", ascending=False)
    extra = (order <= short).astype("int64")
    return pd.Series(floor, index=long.index) + extra
