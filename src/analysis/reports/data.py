"""Everything a report reads from the cleaned store, in one object.

:func:`load_report_data` selects the **real events** (duplicate clusters) that have at least
one source row matching the report's region and period, represents each by its primary row
(:func:`analysis.metrics.real_events`), and gathers their reconciled fatalities, the
perpetrators' claims, every source figure, and what the methodology footer needs (sources
and their dates, the cleaning log, quarantined rows, duplicates, the data version).
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from analysis import metrics
from analysis.clean.gazetteer import place_key
from analysis.errors import UserError
from analysis.paths import PROJECT_ROOT
from analysis.reports.params import Places, ReportParams
from analysis.store import EventStore, ingest_files

STORE_SUFFIXES = (".duckdb", ".db")
DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls")


@dataclass
class ReportData:
    """The report's tables (see the module docstring)."""

    params: ReportParams
    rows: pd.DataFrame  # every source row of the selected real events
    events: pd.DataFrame  # one row per real event
    fatalities: pd.DataFrame  # reconciled, cluster_id × victim_group
    claims: pd.DataFrame  # perpetrators' own figures
    casualties: pd.DataFrame  # each source's figures for the selected events
    previous_events: pd.DataFrame | None = None
    previous_fatalities: pd.DataFrame | None = None
    excluded_unconfirmed: int = 0
    quarantined_rows: int = 0
    quarantine_reasons: pd.DataFrame = field(default_factory=pd.DataFrame)
    cleaning: pd.DataFrame = field(default_factory=pd.DataFrame)
    duplicate_links: int = 0
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    ingests: pd.DataFrame = field(default_factory=pd.DataFrame)
    data_version: str = ""
    cleaned_at: str = ""
    generated_at: str = ""

    @property
    def empty(self) -> bool:
        return self.events.empty


def locate_store(text: str | Path) -> Path:
    """A store path as given, or, when it is relative and neither it nor its folder is
    under the current folder, under the project (a notebook runs in ``notebooks/``).

    >>> locate_store("data/sample").is_dir()
    True
    """
    path = Path(text)
    if path.is_absolute() or path.exists():
        return path
    under_project = PROJECT_ROOT / path
    if under_project.exists() or (under_project.parent.is_dir() and not path.parent.is_dir()):
        return under_project
    return path


def prepare_store(path: str | Path, workdir: Path | None = None) -> Path:
    """The store to read: ``path`` itself, or for a data file (ACLED/UCDP/GTD layout) a
    temporary store it is ingested and cleaned into."""
    path = Path(path)
    if path.suffix.lower() not in DATA_SUFFIXES:
        if not path.exists():
            raise UserError(f"{path}: no event store here; run `analysis ingest` first")
        return path
    if not path.is_file():
        raise UserError(f"--param store={str(path)!r}: file not found")
    from analysis.store.cleaned import clean_store

    folder = Path(workdir or tempfile.mkdtemp(prefix="analysis-report-"))
    store = folder / f"{path.stem}.duckdb"
    store.unlink(missing_ok=True)
    ingest_files(store, [path])
    with EventStore(store) as db:
        clean_store(db)
    return store


def store_places(store: str | Path) -> Places:
    """The countries and admin1 regions the cleaned store has events for."""
    with EventStore(store, read_only=True) as db:
        db.require_clean()
        places = db.con.execute(
            "SELECT DISTINCT country, iso3, admin1 FROM events_clean WHERE country IS NOT NULL "
            "OR admin1 IS NOT NULL"
        ).fetchall()
        first, last = db.con.execute(
            "SELECT min(date_start), max(date_end) FROM events_clean"
        ).fetchone()
    countries: dict[str, str] = {}
    admin1: dict[str, tuple[str, str]] = {}
    for country, iso3, region in places:
        if country:
            countries[country.lower()] = country
            if iso3:
                countries[iso3.lower()] = country
        if region:
            admin1.setdefault(place_key(region), (region, country or ""))  # accents ignored
    return Places(countries, admin1, _day(first), _day(last))


def selection_dates(store: str | Path):
    """A function ``(country, admin1) -> (first, last)``: the date span of a selection."""

    def dates_in(country: str | None, admin1: list[str]) -> tuple[date | None, date | None]:
        with EventStore(store, read_only=True) as db:
            first, last = db.clean_date_span(country=country, admin1=admin1 or None)
        return _day(first), _day(last)

    return dates_in


def _day(value: object) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


class Selection(NamedTuple):
    """The real events a filter selects, with everything counted about them."""

    rows: pd.DataFrame  # every source row of the matching clusters
    events: pd.DataFrame  # one row per real event (metrics.real_events)
    fatalities: pd.DataFrame  # reconciled figures of those events
    claims: pd.DataFrame  # perpetrators' own figures for the clusters


def select(db: EventStore, filters: dict, include_unconfirmed: bool = False) -> Selection:
    """The real events (duplicate clusters) with at least one source row matching
    ``filters`` (the keyword filters of :meth:`EventStore.clean_events`), as reports and
    :mod:`analysis.explore` count them.

    >>> import tempfile, pathlib
    >>> from analysis.store.cleaned import clean_store
    >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as db:
    ...     _ = clean_store(db)
    ...     len(select(db, {"country": "Pakistan"}).events)
    0
    """
    matched = db.clean_events(**filters)
    clusters = pd.DataFrame({"cluster_id": matched["cluster_id"].dropna().unique()})
    db.con.register("report_clusters", clusters.astype({"cluster_id": "str"}))
    try:
        rows = db.con.execute(
            "SELECT * FROM events_clean WHERE cluster_id IN (SELECT cluster_id FROM "
            "report_clusters) ORDER BY date_start, event_id"
        ).df()
        fatalities = db.con.execute(
            "SELECT * FROM fatalities WHERE cluster_id IN (SELECT cluster_id FROM "
            "report_clusters) ORDER BY cluster_id, victim_group"
        ).df()
        claims = db.con.execute(
            "SELECT * FROM claims WHERE cluster_id IN (SELECT cluster_id FROM "
            "report_clusters) ORDER BY cluster_id, victim_group"
        ).df()
    finally:
        db.con.unregister("report_clusters")
    rows = _typed_rows(rows)
    events = metrics.real_events(rows, include_unconfirmed)
    kept = fatalities["cluster_id"].isin(events["cluster_id"])
    return Selection(rows, events, _figures(fatalities[kept]), _figures(claims))


def _typed_rows(rows: pd.DataFrame) -> pd.DataFrame:
    for column in ("date_start", "date_end"):
        rows[column] = pd.to_datetime(rows[column]).astype("datetime64[us]")
    if "is_primary" in rows:
        rows["is_primary"] = rows["is_primary"].fillna(False).astype(bool)
    return rows


def _figures(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reset_index(drop=True)
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})


def load_report_data(store: str | Path, params: ReportParams) -> ReportData:
    """Read the report's tables from the cleaned store (read-only)."""
    with EventStore(store, read_only=True) as db:
        db.require_clean()
        con = db.con
        filters = params.filters()
        rows, events, fatalities, claims = select(db, filters, params.include_unconfirmed)
        previous_events = previous_fatalities = None
        if params.compare:
            first, last = params.previous
            before = filters | {"start": first.isoformat(), "end": last.isoformat()}
            _, previous_events, previous_fatalities, _ = select(
                db, before, params.include_unconfirmed
            )
        casualties = source_figures(db, rows)
        tables = set(con.execute("SELECT table_name FROM duckdb_tables()").df()["table_name"])
        quarantine = con.execute(
            "SELECT reason, count(*) AS rows FROM (SELECT DISTINCT source_file, source_row, "
            "reason FROM quarantine) GROUP BY reason ORDER BY rows DESC, reason"
        ).df()
        quarantined = con.execute(
            "SELECT count(*) FROM (SELECT DISTINCT source_file, source_row FROM quarantine)"
        ).fetchone()[0]
        cleaning = (
            con.execute(
                'SELECT step, "column", CAST(sum(rows) AS BIGINT) AS rows FROM cleaning_log '
                'GROUP BY step, "column" ORDER BY step, rows DESC'
            ).df()
            if "cleaning_log" in tables
            else pd.DataFrame(columns=["step", "column", "rows"])
        )
        links = (
            con.execute("SELECT count(*) FROM duplicate_pairs WHERE accepted").fetchone()[0]
            if "duplicate_pairs" in tables
            else 0
        )
        ingests = con.execute(
            "SELECT source, source_file, file_sha256, started_at, rows_read, stored, "
            "quarantined FROM ingest_log ORDER BY started_at, source_file"
        ).df()
        store_sources = con.execute(
            "SELECT source, count(*) AS events_in_store, min(date_start) AS first_event, "
            "max(date_end) AS last_event FROM events_clean GROUP BY source ORDER BY source"
        ).df()
        meta = dict(con.execute("SELECT key, value FROM store_meta").fetchall())
    return ReportData(
        params=params,
        rows=rows,
        events=events,
        fatalities=fatalities,
        claims=claims,
        casualties=casualties,
        previous_events=previous_events,
        previous_fatalities=previous_fatalities,
        excluded_unconfirmed=0
        if params.include_unconfirmed
        else metrics.excluded_unconfirmed(rows),
        quarantined_rows=int(quarantined),
        quarantine_reasons=quarantine,
        cleaning=cleaning,
        duplicate_links=int(links),
        sources=_sources(store_sources, rows, ingests),
        ingests=ingests,
        data_version=data_version(ingests, meta.get("cleaned_at", "")),
        cleaned_at=meta.get("cleaned_at", ""),
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def source_figures(db: EventStore, rows: pd.DataFrame) -> pd.DataFrame:
    """Every source's casualty figures for ``rows`` (source rows: ``event_id``), including
    the figures cleaning read from the notes.

    >>> from analysis.explore import demo_store
    >>> with EventStore(demo_store(), read_only=True) as db:
    ...     figures = source_figures(db, pd.DataFrame({"event_id": ["seed:BAL-2024-08-25-02"]}))
    >>> figures[["victim_group", "best", "reported_by"]].values.tolist()[1]
    ['militants', 21, 'Pakistan military']
    """
    con = db.con
    tables = set(con.execute("SELECT table_name FROM duckdb_tables()").df()["table_name"])
    table = "casualties_clean" if "casualties_clean" in tables else "casualties"
    con.register("report_events", pd.DataFrame({"event_id": rows["event_id"].astype("str")}))
    try:
        frame = con.execute(
            f"SELECT * FROM {table} WHERE event_id IN (SELECT event_id FROM report_events) "
            "ORDER BY event_id, source_row"
        ).df()
    finally:
        con.unregister("report_events")
    return _figures(frame)


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


def data_version(ingests: pd.DataFrame, cleaned_at: str) -> str:
    """A short fingerprint of what was ingested (files' SHA-256 in order) and cleaned.

    >>> len(data_version(pd.DataFrame({"file_sha256": ["ab"], "started_at": ["x"]}), "t"))
    12
    """
    digest = hashlib.sha256()
    for sha, started in zip(ingests["file_sha256"], ingests["started_at"], strict=True):
        digest.update(f"{sha}|{started}\n".encode())
    digest.update(cleaned_at.encode())
    return digest.hexdigest()[:12]


def store_version(store: str | Path) -> str:
    """The :func:`data_version` of a store (opened read-only): it changes with every ingest
    and every cleaning (reports read the cleaned tables), and is what a report's methodology
    footer shows."""
    with EventStore(store, read_only=True) as db:
        ingests = db.con.execute(
            "SELECT file_sha256, started_at FROM ingest_log ORDER BY started_at, source_file"
        ).df()
        meta = dict(db.con.execute("SELECT key, value FROM store_meta").fetchall())
    return data_version(ingests, meta.get("cleaned_at", ""))
