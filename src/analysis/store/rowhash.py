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
import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.schema import CASUALTY_COLUMNS, EVENT_COLUMNS
from analysis.store.tables import SQL_TYPES

# the hash's content changes with the columns it covers (cited_sources since schema 4):
# a store hashed otherwise is re-hashed once on opening
ROW_HASH_VERSION = f"duckdb {duckdb.__version__}; content 2"
META_KEY = "row_hash"
# where and when a record was read: not its content
PROVENANCE = ("source_file", "source_row", "ingest_batch", "row_hash")
CONTENT_COLUMNS = [c for c in EVENT_COLUMNS if c not in PROVENANCE]
# a figure's content: not its event, where it was read, nor the source's wording of it
FIGURE_CONTENT = [c for c in CASUALTY_COLUMNS if c not in ("event_id", "figure_text", "source_row")]
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
    """One hash per casualty row of ``frame``, in its order.

    >>> figure_hashes_sql("incoming").startswith("SELECT hash(")
    True
    """
    return f"SELECT {_hash_of('c', FIGURE_CONTENT)} AS h FROM {frame} c"


def incoming_hashes_sql(frame: str) -> str:
    """``row_hash`` of each row of the events ``frame``, in its order; the frame's
    ``_figures`` column holds the sum (modulo 2**64) of the row's figure hashes
    (:func:`figure_hashes_sql`), 0 for none.

    >>> "_figures" in incoming_hashes_sql("incoming")
    True
    """
    row_hash = _row_hash(_hash_of("e", CONTENT_COLUMNS), "e._figures")
    return f"SELECT {row_hash} AS row_hash FROM {frame} e"


def content_hashes(
    con: duckdb.DuckDBPyConnection, events: pd.DataFrame, casualties: pd.DataFrame
) -> pd.Series:
    """The ``row_hash`` of each event row, indexed like ``events``, computed on ``con`` (any
    connection: no table is read). Figures are linked to rows by :func:`figure_sums`.

    >>> events = pd.DataFrame({"event_id": ["acled:1"], "source_row": [2]})
    >>> events = events.reindex(columns=[*CONTENT_COLUMNS, "source_row"])
    >>> figures = pd.DataFrame({"event_id": ["acled:1"], "source_row": [2], "best": [3]})
    >>> figures = figures.reindex(columns=["event_id", "source_row", *FIGURE_CONTENT])
    >>> with duckdb.connect() as con:
    ...     one = content_hashes(con, events, figures)
    ...     more = content_hashes(con, events, figures.assign(best=4))
    >>> len(one[0]), one[0] == more[0]
    (16, False)
    """
    if not len(events):
        return pd.Series([], index=events.index, dtype="str")
    figures = pa.Table.from_pandas(casualties[FIGURE_CONTENT], preserve_index=False)
    hashes = con.from_arrow(figures).query(
        "incoming_figures", figure_hashes_sql("incoming_figures")
    )
    figure_hashes = np.asarray(hashes.fetchnumpy()["h"], dtype="uint64")
    sums = figure_sums(events, casualties, figure_hashes)
    rows = pa.Table.from_pandas(events[CONTENT_COLUMNS], preserve_index=False)
    rows = rows.append_column("_figures", pa.array(sums))
    found = (
        con.from_arrow(rows)
        .query("incoming_rows", incoming_hashes_sql("incoming_rows"))
        .to_arrow_table()
    )
    return pd.Series(found.column("row_hash").to_pandas(), dtype="str").set_axis(events.index)


def figure_sums(events: pd.DataFrame, figures: pd.DataFrame, hashes: np.ndarray) -> np.ndarray:
    """The sum (modulo 2**64) of the figure ``hashes`` of each event row. A figure belongs
    to the row of its event id read from the same record (same ``source_row``), else, when
    there is none (an analyst's separate casualty table), to every row of its event id.

    >>> events = pd.DataFrame({"event_id": ["a", "b", "b"], "source_row": [2, 3, 4]})
    >>> figures = pd.DataFrame({"event_id": ["a", "a", "b"], "source_row": [2, 2, 9]})
    >>> figure_sums(events, figures, np.array([1, 2**64 - 1, 5], dtype="uint64")).tolist()
    [0, 5, 5]
    >>> figure_sums(events, figures.assign(event_id="c"), np.ones(3, dtype="uint64")).tolist()
    [0, 0, 0]
    """
    sums = np.zeros(len(events), dtype="uint64")
    if not len(figures):
        return sums
    same_rows = len(figures) == len(events) and np.array_equal(
        figures["source_row"].to_numpy(), events["source_row"].to_numpy()
    )
    if same_rows and figures["event_id"].reset_index(drop=True).equals(
        events["event_id"].reset_index(drop=True)
    ):
        return sums + hashes  # one figure per record, in the records' order
    event_ids = events["event_id"].reset_index(drop=True)
    figure_ids = figures["event_id"].reset_index(drop=True)
    rows = pd.Index(events["source_row"].to_numpy())
    # a record's row number is unique in a part: look it up, then check the event id
    position = rows.get_indexer(figures["source_row"].to_numpy()) if rows.is_unique else None
    own = np.zeros(len(figures), dtype=bool)
    if position is not None:
        found = np.flatnonzero(position >= 0)
        same_id = event_ids.take(position[found]).to_numpy() == figure_ids[found].to_numpy()
        own[found[same_id]] = True
    positions = [position[own]] if own.any() else []
    figure_rows = [np.flatnonzero(own)]
    other = pd.DataFrame({"event_id": figure_ids[~own], "_fig": np.flatnonzero(~own)})
    if len(other):
        every = pd.DataFrame({"event_id": event_ids, "_pos": np.arange(len(events))})
        by_id = other.merge(every, on="event_id")
        positions.append(by_id["_pos"].to_numpy())
        figure_rows.append(by_id["_fig"].to_numpy())
    links = pd.DataFrame(
        {
            "_pos": np.concatenate([np.empty(0, dtype="int64"), *positions]).astype("int64"),
            "_fig": np.concatenate(figure_rows).astype("int64"),
        }
    )
    np.add.at(sums, links["_pos"].to_numpy(), hashes[links["_fig"].to_numpy()])  # wraps
    return sums


def changed_columns_sql(incoming: str, stored: str) -> str:
    """How many events of ``incoming`` (new versions, one row per event id) differ from
    their version in ``stored`` in each content column: one row, a column per
    :data:`CONTENT_COLUMNS` name, each compared as the row hash sees it (cast to the
    store's type, missing equal to missing).

    >>> sql = changed_columns_sql("incoming", "stored")
    >>> 'count(*) FILTER (WHERE CAST(i."notes" AS VARCHAR) IS DISTINCT FROM s."notes")' in sql
    True
    """
    counts = ", ".join(
        f'count(*) FILTER (WHERE CAST(i."{c}" AS {SQL_TYPES.get(c, "VARCHAR")}) '
        f'IS DISTINCT FROM s."{c}") AS "{c}"'
        for c in CONTENT_COLUMNS
        if c != "event_id"
    )
    return f"SELECT {counts} FROM {incoming} i JOIN {stored} s USING (event_id)"


def changed_figures_sql(ids: str, incoming: str, stored: str) -> str:
    """How many of the event ids in ``ids`` have other figures in ``incoming`` than in
    ``stored`` (casualty rows; compared as the row hash sees them: every figure's content,
    in any order; no figures on either side counts as none).

    >>> changed_figures_sql("ids", "new_figures", "old_figures").startswith("WITH")
    True
    """
    total = _figure_sum(_hash_of("c", FIGURE_CONTENT))
    return f"""WITH
    new AS (SELECT event_id, {total} AS h FROM {incoming} c GROUP BY event_id),
    old AS (SELECT event_id, {total} AS h FROM {stored} c GROUP BY event_id)
SELECT count(*) FROM {ids} d LEFT JOIN new USING (event_id) LEFT JOIN old USING (event_id)
WHERE coalesce(new.h, CAST(0 AS UBIGINT)) <> coalesce(old.h, CAST(0 AS UBIGINT))"""


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
