"""A selection of real events, counted the same way by reports and notebooks.

:func:`select` asks the store (:func:`analysis.store.queries.cluster_tables`) for every
duplicate cluster with at least one source row matching the filters, then represents each
by its primary row (:func:`analysis.metrics.real_events`), leaving out unconfirmed claims
unless asked and, with a date window, events whose day falls outside it
(:func:`starting_within`: one event, one window; the day its source dates it to,
:func:`analysis.metrics.dated_days`), and keeps the reconciled fatalities of the events that
remain.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis import metrics
from analysis.store import EventStore
from analysis.store.queries import cluster_tables


class Selection(NamedTuple):
    """The real events a filter selects, with everything counted about them."""

    rows: pd.DataFrame  # every source row of the matching clusters
    events: pd.DataFrame  # one row per real event (metrics.real_events)
    fatalities: pd.DataFrame  # reconciled figures of those events
    claims: pd.DataFrame  # perpetrators' own figures for the clusters


def select(db: EventStore, filters: dict, include_unconfirmed: bool = False) -> Selection:
    """The real events (duplicate clusters) with at least one source row matching
    ``filters`` (the keyword filters of :meth:`EventStore.clean_events`).

    >>> import tempfile, pathlib
    >>> from analysis.store.cleaned import clean_store
    >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as db:
    ...     _ = clean_store(db)
    ...     len(select(db, {"country": "Pakistan"}).events)
    0
    """
    return select_with_edges(db, filters, include_unconfirmed)[0]


def select_with_edges(
    db: EventStore, filters: dict, include_unconfirmed: bool = False
) -> tuple[Selection, pd.DataFrame]:
    """:func:`select`, and the real events its date window's edges cut through
    (:func:`edge_events` of every row the store gave): read from the same rows, no
    second question to the store.

    >>> import tempfile, pathlib
    >>> from analysis.store.cleaned import clean_store
    >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as db:
    ...     _ = clean_store(db)
    ...     chosen, edges = select_with_edges(db, {"start": "2025-09-01"})
    >>> len(chosen.events), list(edges.columns)
    (0, ['cluster_id', 'counted_on', 'counted', 'records'])
    """
    rows, fatalities, claims = cluster_tables(db, filters)
    edges = edge_events(rows, filters.get("start"), filters.get("end"))
    if filters.get("start") is not None or filters.get("end") is not None:
        every = metrics.real_events(rows, include_unconfirmed=True)
        within = starting_within(every, filters.get("start"), filters.get("end"))["cluster_id"]
        rows = rows[rows["cluster_id"].isin(within)].reset_index(drop=True)
        claims = claims[claims["cluster_id"].isin(within)].reset_index(drop=True)
    events = metrics.real_events(rows, include_unconfirmed)
    kept = fatalities["cluster_id"].isin(events["cluster_id"])
    return Selection(rows, events, fatalities[kept].reset_index(drop=True), claims), edges


EDGE_COLUMNS = ["cluster_id", "counted_on", "counted", "records"]


def edge_events(rows: pd.DataFrame, start: object = None, end: object = None) -> pd.DataFrame:
    """The real events of ``rows`` (all the source rows of their clusters) whose sources
    date them on both sides of the window's edge: one linked record's day (its
    :func:`analysis.metrics.dated_days`) from ``start`` to ``end`` and another's outside.

    The counting rule is unchanged (:func:`starting_within`: an event is counted in the one
    period holding its primary record's day); this says where each such event went:
    ``counted`` is "in this period", "before it" or "after it", ``counted_on`` the day it is
    counted on and ``records`` each record's source and day, the primary first.

    >>> rows = pd.DataFrame({"event_id": ["acled:PAK38112", "desk:SD-2025-2025", "acled:7"],
    ...     "cluster_id": ["acled:PAK38112", "acled:PAK38112", "acled:7"],
    ...     "is_primary": [True, False, True], "source": ["acled", "desk", "acled"],
    ...     "date_start": pd.to_datetime(["2025-12-01", "2025-11-30", "2025-11-30"])})
    >>> edge = edge_events(rows, "2025-09-01", "2025-11-30")
    >>> edge[["cluster_id", "counted_on", "counted"]].values.tolist()
    [['acled:PAK38112', '2025-12-01', 'after it']]
    >>> edge.loc[0, "records"]
    'acled 2025-12-01; desk 2025-11-30'
    >>> edge_events(rows, "2025-12-01", "2025-12-07")["counted"].tolist()
    ['in this period']
    """
    empty = pd.DataFrame({name: pd.Series(dtype="str") for name in EDGE_COLUMNS})
    if rows.empty or (start is None and end is None):
        return empty
    day = metrics.dated_days(rows).reset_index(drop=True)
    inside = pd.Series(True, index=day.index)
    if start is not None:
        inside &= day >= pd.Timestamp(str(start)).normalize()
    if end is not None:
        inside &= day <= pd.Timestamp(str(end)).normalize()
    cluster = rows["cluster_id"].astype("str").reset_index(drop=True)
    both = inside.groupby(cluster).transform("nunique").gt(1)
    if not both.any():
        return empty
    primary = rows.get("is_primary", pd.Series(False, index=rows.index)).fillna(False)
    cut = pd.DataFrame(
        {
            "cluster_id": cluster,
            "event_id": rows["event_id"].astype("str").to_numpy(),
            "primary": primary.astype(bool).to_numpy(),
            "day": day,
            "inside": inside,
            "record": rows["source"].astype("str").to_numpy() + " " + day.dt.strftime("%Y-%m-%d"),
        }
    )[both.to_numpy()]
    cut = cut.sort_values(["cluster_id", "primary", "event_id"], ascending=[True, False, True])
    first = cut.drop_duplicates("cluster_id").set_index("cluster_id")
    early = first["day"] < pd.Timestamp(str(start)).normalize() if start is not None else False
    counted = np.select(
        [first["inside"].to_numpy(bool), np.asarray(early, dtype=bool)],
        ["in this period", "before it"],
        "after it",
    )
    out = pd.DataFrame(
        {
            "cluster_id": first.index.astype("str"),
            "counted_on": first["day"].dt.strftime("%Y-%m-%d").to_numpy(),
            "counted": counted,
            "records": cut.groupby("cluster_id", sort=False)["record"]
            .agg("; ".join)
            .reindex(first.index)
            .to_numpy(),
        }
    )
    return out.sort_values(["counted_on", "cluster_id"]).reset_index(drop=True)[EDGE_COLUMNS]


def starting_within(events: pd.DataFrame, start: object = None, end: object = None) -> pd.DataFrame:
    """The real events whose day (their primary row's :func:`analysis.metrics.dated_days`:
    the day the source dates it to, ACLED's event_date, else the first day of the span)
    falls from ``start`` to ``end``: each event belongs to the one window holding that day,
    so consecutive windows (this week and last) never count one event twice, though its
    span, or a linked source's, may run over both.

    >>> events = pd.DataFrame({"cluster_id": ["kalat", "bodies", "found"],
    ...     "source": ["acled", "ucdp", "acled"], "date_precision": ["day", "week", "week"],
    ...     "date_start": pd.to_datetime(["2024-08-25", "2024-08-23", "2024-08-23"]),
    ...     "date_end": pd.to_datetime(["2024-08-25", "2024-08-29", "2024-08-29"])})
    >>> starting_within(events, "2024-08-26", "2024-09-01")["cluster_id"].tolist()
    ['found']
    >>> starting_within(events, "2024-08-19", "2024-08-25")["cluster_id"].tolist()
    ['kalat', 'bodies']
    """
    if events.empty or (start is None and end is None):
        return events
    day = metrics.dated_days(events)
    inside = pd.Series(True, index=events.index)
    if start is not None:
        inside &= (day >= pd.Timestamp(str(start)).normalize()).to_numpy()
    if end is not None:
        inside &= (day <= pd.Timestamp(str(end)).normalize()).to_numpy()
    return events[inside.to_numpy()].reset_index(drop=True)
