"""A selection of real events, counted the same way by reports and notebooks.

:func:`select` asks the store (:func:`analysis.store.queries.cluster_tables`) for every
duplicate cluster with at least one source row matching the filters, then represents each
by its primary row (:func:`analysis.metrics.real_events`), leaving out unconfirmed claims
unless asked, and keeps the reconciled fatalities of the events that remain.
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
    events = metrics.real_events(rows, include_unconfirmed)
    kept = fatalities["cluster_id"].isin(events["cluster_id"])
    return Selection(rows, events, fatalities[kept].reset_index(drop=True), claims)
