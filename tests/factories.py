"""Synthetic tables in the public layouts, for tests that need volume or controlled changes,
and contract-shaped cleaned events and figures with the store built from them (reports,
selections and metrics tests work out their expected numbers from these by hand)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.clean.reconcile import reconcile
from analysis.reference import reference_digest
from analysis.schema import CASUALTY_COLUMNS, EVENT_COLUMNS
from analysis.sources.acled import EXPORT_COLUMNS as ACLED_COLUMNS
from analysis.store import EventStore
from analysis.store.eventstore import CLEANED_REFERENCE_KEY

BLA = "Baloch Liberation Army (BLA)"


# ACLED's export of 2025 (with disorder_type, civilian_targeting, tags and timestamp)
ACLED_2025_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp"
)


def acled_2025_line(
    event_id: str,
    event_date: str,
    iso: int,
    country: str,
    place: tuple[str, str, str],
    lat: float,
    lon: float,
    precision: int,
    deaths: int,
    actor1: str = "Unidentified Armed Group",
) -> str:
    """One line of :data:`ACLED_2025_HEADER`'s file: an attack on civilians of ``country`` by
    ``actor1`` at ``place`` (admin1, admin2, location), the year taken from ``event_date``
    ("3 March 2025")."""
    admin1, admin2, location = place
    year = event_date.rsplit(" ", 1)[-1]
    return (
        f"{event_id},{event_date},{year},1,Political violence,Violence against civilians,"
        f"Attack,{actor1},,3,Civilians ({country}),,7,37,Civilian targeting,{iso},Region,"
        f"{country},{admin1},{admin2},,{location},{lat},{lon},{precision},Local press,"
        f"National,Attack near {location}.,{deaths},,1741000000"
    )


def cleaned_store(folder: Path, name: str, header: str, lines: list[str]) -> Path:
    """``folder/<name>.csv`` written from ``header`` and ``lines``, ingested into
    ``folder/<name>.duckdb`` and cleaned in full: the store's path."""
    from analysis.store import ingest_files
    from analysis.store.cleaned import clean_store

    source = folder / f"{name}.csv"
    source.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    store = folder / f"{name}.duckdb"
    ingest_files(store, [source])
    with EventStore(store) as db:
        clean_store(db)
    return store


def acled_table(n: int, prefix: str, seed: int = 0) -> pd.DataFrame:
    """A synthetic ACLED export of n events (ids prefix1, prefix2, …)."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    frame = pd.DataFrame({c: "" for c in ACLED_COLUMNS}, index=range(n))
    frame["event_id_cnty"] = [f"{prefix}{i}" for i in range(n)]
    frame["event_date"] = days.strftime("%d %B %Y")
    frame["year"] = "2024"
    frame["time_precision"] = "1"
    frame["event_type"] = "Battles"
    frame["sub_event_type"] = "Armed clash"
    frame["actor1"] = "Military Forces of Pakistan (2018-)"
    frame["actor2"] = "BLA: Baloch Liberation Army"
    frame["iso"] = "586"
    frame["country"] = "Pakistan"
    frame["admin1"] = "Balochistan"
    frame["location"] = "Kalat"
    frame["latitude"] = "29.03"
    frame["longitude"] = "66.59"
    frame["geo_precision"] = "1"
    frame["notes"] = "Security forces clashed with militants near Kalat."
    frame["fatalities"] = rng.integers(0, 9, n).astype(str)
    frame["timestamp"] = "1724803200"
    return frame


def event_row(event_id: str, **values) -> dict:
    """One row of ``events_clean`` (every column of the contract): a Pakistani event in
    Balochistan, primary in a cluster of its own, unless ``values`` say otherwise; the end
    day is the start day unless given."""
    source, _, source_id = event_id.partition(":")
    row = {c: None for c in EVENT_COLUMNS}
    row.update(
        event_id=event_id,
        source=source,
        source_event_id=source_id,
        date_precision="day",
        country="Pakistan",
        iso3="PAK",
        admin1="Balochistan",
        geo_precision="admin1",
        source_file=f"{source}.csv",
        source_row=2,
        ingest_batch="b1",
        row_hash=event_id,
        actor1_type=None,
        actor2_type=None,
        assoc_actor1_type=None,
        assoc_actor2_type=None,
        geo_flag=None,
        cluster_id=event_id,
        cluster_sources=source,
        campaign_id=None,
    )
    row.update(values)
    row["date_end"] = row["date_end"] or row["date_start"]
    return row


def typed_events(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` (of :func:`event_row` rows) with the stored types; ``is_primary`` from the
    clusters."""
    for column in ("date_start", "date_end", "source_updated_at"):
        events[column] = pd.to_datetime(events[column]).astype("datetime64[us]")
    events["latitude"] = events["latitude"].astype("float64")
    events["longitude"] = events["longitude"].astype("float64")
    events["source_row"] = events["source_row"].astype("int64")
    events["is_primary"] = events["event_id"].eq(events["cluster_id"])
    return events


def figure_row(event_id, group, low, best, high, reported_by, text, claim=False, row=2) -> dict:
    """One casualty figure as ``casualties_clean`` holds it (unknown when ``low`` is None)."""
    return {
        "event_id": event_id,
        "victim_group": group,
        "low": low,
        "best": best,
        "high": high,
        "qualifier": "exact" if low is not None else "unknown",
        "reported_by": reported_by,
        "figure_text": text,
        "derived": False,
        "perpetrator_claim": claim,
        "source_row": row,
    }


def casualty_frame(rows: list[dict]) -> pd.DataFrame:
    """:func:`figure_row` rows as a ``casualties_clean`` frame with the stored types."""
    frame = pd.DataFrame(rows, columns=CASUALTY_COLUMNS)
    return frame.astype(
        {
            "low": "Int64",
            "best": "Int64",
            "high": "Int64",
            "derived": bool,
            "perpetrator_claim": bool,
            "source_row": "int64",
        }
    )


def build_clean_store(path: Path, events: pd.DataFrame, casualties: pd.DataFrame) -> Path:
    """A store with the cleaned tables of the contract, made from contract-shaped frames
    (:func:`typed_events`, :func:`casualty_frame`); its cleaning log, duplicate pair,
    ingest log and quarantine hold the same few rows for every store."""
    fatalities, claims = reconcile(casualties, events)
    with EventStore(path) as store:
        con = store.con
        tables = {
            "events_clean": events,
            "casualties_clean": casualties,
            "fatalities": fatalities,
            "claims": claims,
            "cleaning_log": pd.DataFrame(
                {
                    "step": ["actors", "places"],
                    "column": ["actor1", "admin2"],
                    "before": ["BLA", "Musakhel"],
                    "after": [BLA, "Musakhail"],
                    "rows": [3, 1],
                }
            ),
            "duplicate_pairs": pd.DataFrame(
                {
                    "left": ["acled:PAK130101"],
                    "right": ["seed:BAL-2024-08-25-01"],
                    "score": [0.97],
                    "reasons": ["same day; 0 km"],
                    "accepted": [True],
                }
            ),
        }
        for name, frame in tables.items():
            con.register("frame", frame)
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM frame")
            con.unregister("frame")
        con.register("frame", events[EVENT_COLUMNS])
        con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT * FROM frame")
        con.unregister("frame")
        con.register("frame", casualties[CASUALTY_COLUMNS])
        con.execute("INSERT INTO casualties SELECT * FROM frame")
        con.unregister("frame")
        for source in sorted(events["source"].unique()):
            con.execute(
                "INSERT INTO ingest_log VALUES ('b1', ?, ?, 'abc123', "
                "TIMESTAMP '2024-09-01 10:00', 10, 10, 0, 0, 1, '{}')",
                [f"/data/{source}.csv", source],
            )
        con.execute(
            "INSERT INTO quarantine VALUES ('/data/acled.csv', 40, 'event_date', "
            "'unreadable date <b>bold</b>', '{}', 'b1', TIMESTAMP '2024-09-01 10:00')"
        )
        con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES ('cleaned_at', '2024-09-01T10:05:00')"
        )
        # cleaned with the reference data the tests read
        con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES (?, ?)",
            [CLEANED_REFERENCE_KEY, reference_digest()],
        )
    return path


# Every character cp1252 encodes (its 251 defined bytes), for text strategies: the same
# set as hypothesis' ``characters(codec="cp1252")``, which works it out over all of
# Unicode in each test process (seconds).
CP1252_CHARACTERS = bytes(range(256)).decode("cp1252", errors="ignore")


def extraction_figures(found) -> list[tuple[int | None, str, str | None]]:
    """(best, outcome, reporter) of every figure of every candidate of an extraction
    (:func:`analysis.extract.extract_article`), in order of value, unknown values last.

    >>> from datetime import date
    >>> from analysis.extract import extract_article
    >>> extraction_figures(extract_article("Two soldiers were killed in Kalat.",
    ...     published=date(2024, 8, 26), country="Pakistan"))
    [(2, 'killed', None)]
    """
    return sorted(
        ((f.best, f.outcome, f.reported_by) for c in found.candidates
         for f in [*c.figures, *c.other_figures]),
        key=lambda figure: (figure[0] is None, figure[0] or 0, figure[1], figure[2] or ""),
    )  # fmt: skip


def figures_found(text: str, country: str = "Nigeria") -> list[tuple[int | None, str, str | None]]:
    """:func:`extraction_figures` of ``text`` read as an article published on 14 March 2026
    in ``country``: what the rule tests of each extraction round assert on.

    >>> figures_found("Gunmen abducted four farmers near Gusau.")
    [(4, 'abducted', None)]
    """
    from datetime import date

    from analysis.extract import extract_article

    return extraction_figures(extract_article(text, published=date(2026, 3, 14), country=country))


def groups_found(text: str, country: str = "Nigeria") -> list[tuple[int | None, str, str]]:
    """(best, outcome, victim group) of every figure of ``text`` read as an article published
    on 14 March 2026 in ``country`` (wounded, abducted … included), in the text's order.

    >>> groups_found("Gunmen abducted four farmers near Gusau.")
    [(4, 'abducted', 'civilians')]
    """
    from datetime import date

    from analysis.extract import extract_article

    found = extract_article(text, published=date(2026, 3, 14), country=country)
    return [
        (f.best, f.outcome, f.victim_group)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    ]


def extraction_outcomes(found) -> list[tuple[int | None, str]]:
    """(best, outcome) of :func:`extraction_figures`, in the same order."""
    return [(best, outcome) for best, outcome, _ in extraction_figures(found)]


def sentence_outcomes(sentence: str) -> list[tuple[int | None, str]]:
    """(best, outcome) of every casualty figure found in one sentence, in the text's order.

    >>> sentence_outcomes("Three policemen were wounded and one was killed.")
    [(3, 'wounded'), (1, 'killed')]
    """
    from analysis.extract.figures import find_casualty_figures

    return [(f.best, f.outcome) for f in find_casualty_figures(sentence)]
