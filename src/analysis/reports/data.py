"""Everything a report reads from the cleaned store, in one object.

The questions are the store's (:mod:`analysis.store.queries`) and the selection is the one
notebooks make too (:mod:`analysis.selection`). :func:`load_report_data` selects the
**real events** (duplicate clusters) that have at least one source row matching the
report's region and period, represents each by its primary row
(:func:`analysis.metrics.real_events`), and gathers their reconciled fatalities, the
perpetrators' claims, every source figure, and what the methodology footer needs (sources
and their dates, the cleaning log, quarantined rows, duplicates, the data version).

The reports of one batch select the same events: :func:`share_report_data` writes what one
load read to the batch's private folder, and each report's kernel takes it from there
(:func:`shared_report_data`) instead of reading the store again, as long as it asks the
same question of the same store version.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from analysis import metrics
from analysis.reports.params import ReportParams
from analysis.selection import Selection, select, select_with_edges  # noqa: F401  (re-exported)
from analysis.store import DATA_SUFFIXES, EventStore, prepare_store  # noqa: F401
from analysis.store.queries import (  # noqa: F401  (re-exported: where reports found them)
    data_version,
    selection_dates,
    source_figures,
    store_facts,
    store_places,
    store_version,
)

TIME_FORMAT = "%Y-%m-%d %H:%M UTC"


@dataclass
class ReportData:
    """The report's tables (see the module docstring)."""

    params: ReportParams
    rows: pd.DataFrame  # every source row of the selected real events
    events: pd.DataFrame  # one row per real event
    fatalities: pd.DataFrame  # reconciled, cluster_id × victim_group
    claims: pd.DataFrame  # perpetrators' own figures
    casualties: pd.DataFrame  # each source's figures for the selected events
    # real events whose linked records are dated on both sides of the period's edges, and
    # the period each is counted in (analysis.selection.edge_events)
    edge_events: pd.DataFrame = field(default_factory=pd.DataFrame)
    previous_events: pd.DataFrame | None = None
    previous_fatalities: pd.DataFrame | None = None
    excluded_unconfirmed: int = 0
    quarantined_rows: int = 0
    quarantine_reasons: pd.DataFrame = field(default_factory=pd.DataFrame)
    cleaning: pd.DataFrame = field(default_factory=pd.DataFrame)
    duplicate_links: int = 0
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    ingests: pd.DataFrame = field(default_factory=pd.DataFrame)
    coverage: pd.DataFrame = field(default_factory=pd.DataFrame)  # source, file, first, last
    data_version: str = ""
    cleaned_at: str = ""
    generated_at: str = ""

    @property
    def empty(self) -> bool:
        return self.events.empty


def load_report_data(store: str | Path, params: ReportParams) -> ReportData:
    """Read the report's tables from the cleaned store (read-only)."""
    with EventStore(store, read_only=True) as db:
        db.require_clean()
        filters = params.filters()
        (rows, events, fatalities, claims), edges = select_with_edges(
            db, filters, params.include_unconfirmed
        )
        previous_events = previous_fatalities = None
        if params.compare:
            first, last = params.previous
            before = filters | {"start": first.isoformat(), "end": last.isoformat()}
            _, previous_events, previous_fatalities, _ = select(
                db, before, params.include_unconfirmed
            )
        casualties = source_figures(db, rows)
        coverage = db.clean_file_spans(
            country=filters["country"], admin1=filters["admin1"], admin2=filters.get("admin2")
        )
        facts = store_facts(db)
    return ReportData(
        params=params,
        rows=rows,
        events=events,
        fatalities=fatalities,
        claims=claims,
        casualties=casualties,
        edge_events=edges,
        previous_events=previous_events,
        previous_fatalities=previous_fatalities,
        excluded_unconfirmed=0
        if params.include_unconfirmed
        else metrics.excluded_unconfirmed(rows),
        quarantined_rows=facts.quarantined_rows,
        quarantine_reasons=facts.quarantine_reasons,
        cleaning=facts.cleaning,
        duplicate_links=facts.duplicate_links,
        sources=_sources(facts.sources, rows, facts.ingests),
        ingests=facts.ingests,
        coverage=coverage,
        data_version=facts.data_version,
        cleaned_at=facts.cleaned_at,
        generated_at=datetime.now(UTC).strftime(TIME_FORMAT),
    )


# Where a batch's report kernels find the data loaded once for all of them.
SHARED_DATA_ENV = "ANALYSIS_REPORT_DATA"


def selection_key(params: ReportParams) -> tuple:
    """What :func:`load_report_data` reads for ``params``: the store, the selection, the
    previous period when compared, and whether unconfirmed claims count (kind, title,
    frequency and ranking length change how a report shows the data, not the data).

    >>> from datetime import date
    >>> one = ReportParams("s.duckdb", None, ("Sindh",), date(2024, 6, 1), date(2024, 6, 30),
    ...     "day", "Timeline", True, False, 8)
    >>> selection_key(one) == selection_key(replace(one, title="Actors", freq="week", top=5))
    True
    >>> selection_key(one) == selection_key(replace(one, compare=False))
    False
    """
    previous = params.previous if params.compare else None
    return (params.store, params.filters(), previous, params.include_unconfirmed)


def share_report_data(data: ReportData, path: Path) -> Path:
    """Write ``data`` to ``path`` (a pickle, in a folder private to this process) for the
    report kernels of one batch: name it in :data:`SHARED_DATA_ENV` in their environment."""
    with open(path, "wb") as handle:
        pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def shared_report_data(params: ReportParams) -> ReportData | None:
    """The data the batch shared (:func:`share_report_data`, named by
    :data:`SHARED_DATA_ENV`) when it answers ``params`` (:func:`selection_key`) and the
    store is still at the version it was read from; with ``params`` and this moment as its
    generation time. ``None`` otherwise: the caller loads from the store."""
    path = os.environ.get(SHARED_DATA_ENV, "")
    if not path or not Path(path).is_file():
        return None
    with open(path, "rb") as handle:
        data = pickle.load(handle)
    if not isinstance(data, ReportData) or selection_key(data.params) != selection_key(params):
        return None
    if store_version(params.store) != data.data_version:
        return None
    return replace(data, params=params, generated_at=datetime.now(UTC).strftime(TIME_FORMAT))


def _sources(store_sources: pd.DataFrame, rows: pd.DataFrame, ingests: pd.DataFrame):
    """Per source: rows in this report, events in the store, first/last event date, files."""
    in_report = rows.groupby("source").size() if len(rows) else pd.Series(dtype="int64")
    out = store_sources.copy()
    out["in_this_report"] = out["source"].map(in_report).fillna(0).astype("int64")
    files = ingests.assign(name=ingests["source_file"].map(lambda p: Path(str(p)).name))
    names = files.groupby("source")["name"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    latest = files.groupby("source")["started_at"].max()
    out["files"] = out["source"].map(names).fillna("")
    out["last_ingested"] = out["source"].map(latest)
    for column in ("first_event", "last_event"):
        out[column] = pd.to_datetime(out[column]).dt.strftime("%Y-%m-%d")
    out["last_ingested"] = pd.to_datetime(out["last_ingested"]).dt.strftime("%Y-%m-%d %H:%M")
    return out[
        [
            "source",
            "in_this_report",
            "events_in_store",
            "first_event",
            "last_event",
            "files",
            "last_ingested",
        ]
    ]
