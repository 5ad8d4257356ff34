"""Questions reports, notebooks, batches and the command line ask of a cleaned store.

Every query on the cleaned tables that is not part of ingest or cleaning lives here, so the
SQL stays in the store: the places and dates a store covers (to check report parameters),
the rows and figures of the duplicate clusters a filter selects, each source's figures,
the facts a report's methodology footer shows, and the data version batches compare.

>>> import tempfile, pathlib
>>> from analysis.store.cleaned import clean_store
>>> path = pathlib.Path(tempfile.mkdtemp()) / "s.duckdb"
>>> with EventStore(path) as db:
...     _ = clean_store(db)
>>> store_places(path)
Places(countries={}, admin1={}, first=None, last=None, regions={}, districts={}, iso3={})
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from analysis.reference.gazetteer import place_key
from analysis.store.eventstore import EventStore


@dataclass(frozen=True)
class Places:
    """What the store can be asked about: its countries (with ISO3), admin1 regions and
    admin2 districts.

    A region name may be one of several countries' (Nord: Burkina Faso and Cameroon):
    ``regions`` holds each, ``admin1`` only the first one met.

    >>> places = Places(regions={"nord": {"burkina faso": ("Nord", "Burkina Faso"),
    ...                                   "cameroon": ("Nord", "Cameroon")}})
    >>> places.admin1_of("NORD", "Cameroon"), places.admin1_of("Nord", "Mali")
    (('Nord', 'Cameroon'), None)
    >>> [country for _, country in places.admin1_in("nord")]
    ['Burkina Faso', 'Cameroon']
    >>> Places(admin1={"sindh": ("Sindh", "Pakistan")}).admin1_of("sindh", "pakistan")
    ('Sindh', 'Pakistan')

    A district name may be one of several provinces' or countries': ``districts`` holds
    each (district, province, country) it names.

    >>> places = Places(districts={"nord": (("Nord", "Est", "Cameroon"),
    ...     ("Nord", "Nord", "Burkina Faso"))})
    >>> places.admin2_in("NORD")
    [('Nord', 'Nord', 'Burkina Faso'), ('Nord', 'Est', 'Cameroon')]
    """

    countries: dict[str, str] = field(default_factory=dict)  # lower name or iso3 → name
    # place_key (no case, accents, punctuation) → (name, country): the first country met
    admin1: dict[str, tuple[str, str]] = field(default_factory=dict)
    first: date | None = None
    last: date | None = None
    # place_key → lower country name ("" when unknown) → (name, country); made from
    # ``admin1`` when not given
    regions: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    # place_key → every (district, province, country) of that name ("" when unknown)
    districts: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)  # lower country name → ISO3

    def __post_init__(self) -> None:
        if not self.regions and self.admin1:
            regions = {key: {found[1].lower(): found} for key, found in self.admin1.items()}
            object.__setattr__(self, "regions", regions)

    def admin1_in(self, name: str) -> list[tuple[str, str]]:
        """Every (name as stored, country) of the region ``name`` (case and accents aside),
        countries in alphabetical order."""
        return sorted(self.regions.get(place_key(name), {}).values(), key=lambda r: r[1])

    def admin1_of(self, name: str, country: str) -> tuple[str, str] | None:
        """(name as stored, country) of the region ``name`` of ``country``, or None."""
        return self.regions.get(place_key(name), {}).get(country.lower())

    def admin2_in(self, name: str) -> list[tuple[str, str, str]]:
        """Every (district as stored, province, country) of the district ``name`` (case and
        accents aside), by country then province."""
        return sorted(self.districts.get(place_key(name), ()), key=lambda d: (d[2], d[1]))


class ClusterTables(NamedTuple):
    """The cleaned rows and figures of the duplicate clusters a filter selects."""

    rows: pd.DataFrame  # every source row of the matching clusters
    fatalities: pd.DataFrame  # reconciled figures of those clusters
    claims: pd.DataFrame  # perpetrators' own figures for the clusters


def store_places(store: str | Path) -> Places:
    """The countries, admin1 regions and admin2 districts the cleaned store has events for
    (a district only where an event is known to it: not to its province or country alone)."""
    with EventStore(store, read_only=True) as db:
        db.require_clean()
        places = db.con.execute(
            "SELECT DISTINCT country, iso3, admin1 FROM events_clean WHERE country IS NOT NULL "
            "OR admin1 IS NOT NULL"
        ).fetchall()
        named = db.con.execute(
            "SELECT DISTINCT admin2, coalesce(admin1, ''), coalesce(country, '') "
            "FROM events_clean WHERE admin2 IS NOT NULL "
            "AND coalesce(geo_precision, '') NOT IN ('admin1', 'country') ORDER BY ALL"
        ).fetchall()
        first, last = db.clean_date_span()
    districts: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for district in named:
        districts[place_key(district[0])] = (*districts.get(place_key(district[0]), ()), district)
    countries: dict[str, str] = {}
    codes: dict[str, str] = {}
    admin1: dict[str, tuple[str, str]] = {}
    regions: dict[str, dict[str, tuple[str, str]]] = {}
    for country, iso3, region in sorted(places, key=lambda p: tuple(v or "" for v in p)):
        if country:
            countries[country.lower()] = country
            if iso3:
                countries[iso3.lower()] = country
                codes.setdefault(country.lower(), iso3)
        if region:
            key = place_key(region)  # accents ignored
            admin1.setdefault(key, (region, country or ""))
            regions.setdefault(key, {}).setdefault((country or "").lower(), (region, country or ""))
    return Places(countries, admin1, _day(first), _day(last), regions, districts, codes)


def stored_spellings(store: str | Path) -> pd.DataFrame:
    """The store's ``place_spellings`` of provinces and districts (``level``, ``iso3``,
    ``name`` as a source wrote it, ``spelling`` the store's, ``written``): what a filter's
    place name is looked up in when the store holds no place of that name
    (:func:`analysis.clean.places.spelling_in_store`). Empty for a store without it."""
    columns = ["level", "iso3", "name", "spelling", "written"]
    with EventStore(store, read_only=True) as db:
        tables = {t for (t,) in db.con.execute("SHOW TABLES").fetchall()}
        if "place_spellings" not in tables:
            return pd.DataFrame(columns=columns, dtype="str")
        has = {c for (c, *_) in db.con.execute("DESCRIBE place_spellings").fetchall()}
        picked = [c if c in has else f"spelling AS {c}" for c in columns]  # older stores
        return db.con.execute(
            f"SELECT {', '.join(picked)} FROM place_spellings "
            "WHERE level IN ('admin1', 'admin2') AND spelling IS NOT NULL"
        ).df()


def selection_dates(store: str | Path) -> Callable[..., tuple]:
    """A function ``(country, admin1, admin2=()) -> (first, last)``: the date span of a
    selection (``country``: one country, a list of them, or None)."""

    def dates_in(
        country: str | list[str] | None, admin1: list[str], admin2: list[str] | tuple = ()
    ) -> tuple[date | None, date | None]:
        with EventStore(store, read_only=True) as db:
            first, last = db.clean_date_span(
                country=country, admin1=admin1 or None, admin2=list(admin2) or None
            )
        return _day(first), _day(last)

    return dates_in


def _day(value: object) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def cluster_tables(db: EventStore, filters: dict) -> ClusterTables:
    """The duplicate clusters with at least one cleaned row matching ``filters`` (the
    keyword filters of :meth:`EventStore.clean_events`): all their rows
    (:meth:`EventStore.clean_clusters`), their reconciled fatalities and their claims."""
    rows = db.clean_clusters(**filters)
    clusters = pd.DataFrame({"cluster_id": rows["cluster_id"].dropna().unique()})
    clusters = clusters.astype({"cluster_id": "str"})
    figures = [
        db.with_frame(
            f"SELECT * FROM {table} WHERE cluster_id IN (SELECT cluster_id FROM "
            "report_clusters) ORDER BY cluster_id, victim_group",
            report_clusters=clusters,
        ).df()
        for table in ("fatalities", "claims")
    ]
    return ClusterTables(_typed_rows(rows), *map(_figures, figures))


def _typed_rows(rows: pd.DataFrame) -> pd.DataFrame:
    for column in ("date_start", "date_end"):
        rows[column] = pd.to_datetime(rows[column]).astype("datetime64[us]")
    if "is_primary" in rows:
        rows["is_primary"] = rows["is_primary"].fillna(False).astype(bool)
    return rows


def _figures(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reset_index(drop=True)
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})


def source_figures(db: EventStore, rows: pd.DataFrame) -> pd.DataFrame:
    """Every source's casualty figures for ``rows`` (source rows: ``event_id``), including
    the figures cleaning read from the notes.

    >>> from analysis.explore import demo_store
    >>> with EventStore(demo_store(), read_only=True) as db:
    ...     figures = source_figures(db, pd.DataFrame({"event_id": ["seed:BAL-2024-08-25-02"]}))
    >>> figures[["victim_group", "best", "reported_by"]].values.tolist()[1]
    ['militants', 21, 'Pakistan military']
    """
    table = "casualties_clean" if "casualties_clean" in db.table_names() else "casualties"
    wanted = pd.DataFrame({"event_id": rows["event_id"].astype("str")})
    frame = db.with_frame(
        f"SELECT * FROM {table} WHERE event_id IN (SELECT event_id FROM report_events) "
        "ORDER BY event_id, source_row",
        report_events=wanted,
    ).df()
    return _figures(frame)


def selected_pairs(db: EventStore, rows: pd.DataFrame) -> pd.DataFrame:
    """The stored duplicate pairs (``duplicate_pairs``) with an event of ``rows`` (source
    rows: ``event_id``) on either side, best score first, then by ids.

    >>> from analysis.explore import demo_store
    >>> with EventStore(demo_store(), read_only=True) as db:
    ...     pairs = selected_pairs(db, pd.DataFrame({"event_id": ["seed:BAL-2024-08-25-01"]}))
    >>> pairs[["left", "right", "accepted"]].values.tolist()[0]
    ['acled:PAK130101', 'seed:BAL-2024-08-25-01', True]
    """
    wanted = pd.DataFrame({"event_id": rows["event_id"].astype("str")})
    return db.with_frame(
        'SELECT * FROM duplicate_pairs WHERE "left" IN (SELECT event_id FROM selected) '
        'OR "right" IN (SELECT event_id FROM selected) ORDER BY score DESC, "left", "right"',
        selected=wanted,
    ).df()


@dataclass
class StoreFacts:
    """What a report's methodology footer says about the store as a whole."""

    quarantined_rows: int
    quarantine_reasons: pd.DataFrame  # reason, rows
    cleaning: pd.DataFrame  # step, column, rows
    duplicate_links: int
    ingests: pd.DataFrame  # one row per file ingested
    sources: pd.DataFrame  # per source: events_in_store, first_event, last_event
    cleaned_at: str

    @property
    def data_version(self) -> str:
        """The store's :func:`data_version`, from the ingests and cleaning read here."""
        return data_version(self.ingests, self.cleaned_at)


def store_facts(db: EventStore) -> StoreFacts:
    """The quarantine, cleaning, duplicate, ingest and per-source counts of the store."""
    con = db.con
    tables = db.table_names()
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
    sources = con.execute(
        "SELECT source, count(*) AS events_in_store, min(date_start) AS first_event, "
        "max(date_end) AS last_event FROM events_clean GROUP BY source ORDER BY source"
    ).df()
    return StoreFacts(
        quarantined_rows=int(quarantined),
        quarantine_reasons=quarantine,
        cleaning=cleaning,
        duplicate_links=int(links),
        ingests=ingests,
        sources=sources,
        cleaned_at=_meta(db).get("cleaned_at", ""),
    )


def _meta(db: EventStore) -> dict[str, str]:
    return dict(db.con.execute("SELECT key, value FROM store_meta").fetchall())


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
        cleaned_at = _meta(db).get("cleaned_at", "")
    return data_version(ingests, cleaned_at)


def actor_suggestions(db: EventStore) -> pd.DataFrame:
    """The last cleaning's actor names it did not recognise, with the closest known names:
    the most frequent first, then by name (one name has a suggestion per country;
    ``country`` lists the countries of the events it has that one in, ``"; "``-separated)."""
    db.require_clean()
    return db.con.execute(
        "SELECT * FROM actor_suggestions ORDER BY rows DESC, name, suggestion NULLS LAST, score"
    ).df()
