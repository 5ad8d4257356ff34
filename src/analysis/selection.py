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
    rows, fatalities, claims = cluster_tables(db, filters)
    if filters.get("start") is not None or filters.get("end") is not None:
        every = metrics.real_events(rows, include_unconfirmed=True)
        within = starting_within(every, filters.get("start"), filters.get("end"))["cluster_id"]
        rows = rows[rows["cluster_id"].isin(within)].reset_index(drop=True)
        claims = claims[claims["cluster_id"].isin(within)].reset_index(drop=True)
    events = metrics.real_events(rows, include_unconfirmed)
    kept = fatalities["cluster_id"].isin(events["cluster_id"])
    return Selection(rows, events, fatalities[kept].reset_index(drop=True), claims)


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
