"""Change detection: the content hash of each event, computed by DuckDB.

An event's ``row_hash`` covers every canonical column except where and when the record was
read (:data:`CONTENT_COLUMNS`), and its figures in any order (:data:`FIGURE_CONTENT`, the
sum of one hash per casualty row). The same event read from another layout of the same
source hashes the same; an ingest compares it with the stored version's to tell unchanged
events from revised ones.

The hash is DuckDB's own ``hash()`` of the values as the store types them, so incoming
parts and stored events are hashed by one SQL expression. DuckDB does not promise the same
``hash()`` across its versions, so the store records :data:`ROW_HASH_VERSION` in
``store_meta`` and re-hashes its stored events (one UPDATE) when it differs, as it does for
a store written before this hash, whose ``row_hash`` came from pandas.

>>> ROW_HASH_VERSION.startswith("duckdb ")
True
>>> "source_row" in CONTENT_COLUMNS, "victim_group" in FIGURE_CONTENT
(False, True)
"""

from __future__ import annotations

import duckdb

from analysis.schema import EVENT_COLUMNS
from analysis.store.tables import SQL_TYPES

ROW_HASH_VERSION = f"duckdb {duckdb.__version__}"
META_KEY = "row_hash"
# where and when a record was read: not its content
PROVENANCE = ("source_file", "source_row", "ingest_batch", "row_hash")
CONTENT_COLUMNS = [c for c in EVENT_COLUMNS if c not in PROVENANCE]
FIGURE_CONTENT = [
    "victim_group",
    "low",
    "best",
    "high",
    "qualifier",
    "reported_by",
    "derived",
    "perpetrator_claim",
    "overlap",
]
_WRAP = "18446744073709551616"  # 2**64: figure hashes add up modulo it, as unsigned integers


def _hash_of(alias: str, columns: list[str]) -> str:
    """``hash(...)`` of the columns, each cast to the store's type (an incoming all-missing
    column has no type of its own).

    >>> _hash_of("c", ["best", "qualifier"])
    'hash(CAST(c."best" AS BIGINT), CAST(c."qualifier" AS VARCHAR))'
    """
    cast = [f'CAST({alias}."{c}" AS {SQL_TYPES.get(c, "VARCHAR")})' for c in columns]
    return f"hash({', '.join(cast)})"


def _figure_sum(expression: str) -> str:
    return f"CAST(sum({expression}) % {_WRAP} AS UBIGINT)"


def _row_hash(event_part: str, figure_part: str) -> str:
    return f"printf('%016x', hash({event_part}, coalesce({figure_part}, CAST(0 AS UBIGINT))))"


def figure_hashes_sql(frame: str) -> str:
    """One hash per casualty row of ``frame``, with its event id and source row.

    >>> "GROUP" in figure_hashes_sql("incoming_casualties")
    False
    """
    return f"SELECT c.event_id, c.source_row, {_hash_of('c', FIGURE_CONTENT)} AS h FROM {frame} c"


def incoming_hashes_sql(frame: str, figures: str) -> str:
    """``row_hash`` of each row of the events ``frame`` (with a ``_pos`` column giving its
    position), in that order. ``figures`` holds :func:`figure_hashes_sql` of the part's
    casualties: a figure belongs to the event row of its event id read from its own
    record (same ``source_row``), else, when no such row exists (an analyst's separate
    casualty table), to every row of its event id.

    >>> "ORDER BY e._pos" in incoming_hashes_sql("incoming", "part_figures")
    True
    """
    return f"""
WITH e AS (
    SELECT _pos, event_id, source_row, {_hash_of("e", CONTENT_COLUMNS)} AS part FROM {frame} e
),
linked AS (
    SELECT e._pos, f.h FROM {figures} f
    JOIN e ON f.event_id = e.event_id AND f.source_row = e.source_row
    UNION ALL
    SELECT e._pos, f.h FROM {figures} f JOIN e ON f.event_id = e.event_id
    WHERE NOT EXISTS (
        SELECT 1 FROM e own WHERE own.event_id = f.event_id AND own.source_row = f.source_row
    )
),
sums AS (SELECT _pos, {_figure_sum("h")} AS total FROM linked GROUP BY _pos)
SELECT {_row_hash("e.part", "sums.total")} AS row_hash
FROM e LEFT JOIN sums USING (_pos) ORDER BY e._pos"""


def rehash_stored_sql() -> str:
    """The UPDATE that sets every stored event's ``row_hash`` from its stored content and
    figures (the store's events have one row per event id).

    >>> rehash_stored_sql().startswith("UPDATE events")
    True
    """
    return f"""UPDATE events SET row_hash = h.row_hash FROM (
    SELECT e.event_id, {_row_hash(_hash_of("e", CONTENT_COLUMNS), "f.total")} AS row_hash
    FROM events e LEFT JOIN (
        SELECT event_id, {_figure_sum(_hash_of("c", FIGURE_CONTENT))} AS total
        FROM casualties c GROUP BY event_id
    ) f USING (event_id)
) h WHERE events.event_id = h.event_id"""
