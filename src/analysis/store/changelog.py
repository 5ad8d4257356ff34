"""The cleaning log kept by differences: an update changes the counts of what it changed.

``cleaning_log`` counts the rows of ``cleaning_changes`` (the log per event) by step,
column, before and after. A full clean counts them all (:func:`count_log`). An update
deletes and adds the rows of the events it re-cleans, moves to another cluster or
campaign; each such deletion or addition also records its counts in the temporary table
``log_delta`` (:func:`delete_changes`, :func:`add_changes`), and :func:`apply_log_delta`
adds those differences to the stored log: the same table as counting every row again,
from a read of the log (tens of thousands of rows) and of the differences instead of
every row of ``cleaning_changes`` (hundreds of thousands at a million events).
"""

from __future__ import annotations

import duckdb

_ORDER = 'ORDER BY step, "column", rows DESC, before, after'
_KEYS = 'step, "column", before, after'
_DELTA = '(step VARCHAR, "column" VARCHAR, before VARCHAR, after VARCHAR, rows BIGINT)'


def start_log_delta(con: duckdb.DuckDBPyConnection) -> None:
    """An empty ``log_delta``: no difference recorded yet."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE log_delta {_DELTA}")


def delete_changes(con: duckdb.DuckDBPyConnection, where: str, among: str | None = None) -> None:
    """Delete the rows of ``cleaning_changes`` for which the SQL condition ``where`` holds,
    their counts taken off ``log_delta`` (made when missing). ``among``: SQL listing
    (``event_id``) every event such a row can be of, when the caller knows them: the log is
    then matched against that list once, and ``where`` (a few lookups of its own, each a
    pass over every row otherwise) is tested on the matched rows only."""
    con.execute(f"CREATE TEMP TABLE IF NOT EXISTS log_delta {_DELTA}")
    if among is not None:
        where = f"event_id IN ({among}) AND ({where})"
    # the rows found once, with their rowids: counted, then deleted by rowid, not found again
    con.execute(
        "CREATE OR REPLACE TEMP TABLE changes_out AS SELECT rowid AS change_row, "
        f"{_KEYS} FROM cleaning_changes WHERE {where}"
    )
    con.execute(f"INSERT INTO log_delta SELECT {_KEYS}, -count(*) FROM changes_out GROUP BY ALL")
    con.execute("DELETE FROM cleaning_changes WHERE rowid IN (SELECT change_row FROM changes_out)")
    con.execute("DROP TABLE changes_out")


def add_changes(con: duckdb.DuckDBPyConnection, rows: str) -> None:
    """Append the rows of the relation ``rows`` (SQL naming ``event_id, step, "column",
    before, after``) to ``cleaning_changes``, their counts added to ``log_delta``."""
    con.execute(f"CREATE TEMP TABLE IF NOT EXISTS log_delta {_DELTA}")
    con.execute(f"INSERT INTO log_delta SELECT {_KEYS}, count(*) FROM ({rows}) GROUP BY ALL")
    con.execute(
        f'INSERT INTO cleaning_changes (event_id, step, "column", before, after) '
        f'SELECT event_id, step, "column", before, after FROM ({rows})'
    )


def count_log(con: duckdb.DuckDBPyConnection) -> None:
    """``cleaning_log`` counted from every row of ``cleaning_changes``."""
    con.execute(
        f"CREATE OR REPLACE TABLE cleaning_log AS SELECT {_KEYS}, "
        f"CAST(count(*) AS BIGINT) AS rows FROM cleaning_changes GROUP BY ALL {_ORDER}"
    )
    con.execute("DROP TABLE IF EXISTS log_delta")


def apply_log_delta(con: duckdb.DuckDBPyConnection) -> None:
    """``cleaning_log`` with the differences of ``log_delta`` added (a count that falls to
    zero drops its row): the same rows as :func:`count_log` would count, in no particular
    order.

    >>> con = duckdb.connect()
    >>> _ = con.execute('CREATE TABLE cleaning_changes (event_id VARCHAR, step VARCHAR, '
    ...     '"column" VARCHAR, before VARCHAR, after VARCHAR)')
    >>> _ = con.execute("INSERT INTO cleaning_changes VALUES ('e1', 'places', 'admin1', "
    ...     "'Sind', 'Sindh'), ('e2', 'places', 'admin1', 'Sind', 'Sindh')")
    >>> count_log(con)
    >>> start_log_delta(con)
    >>> delete_changes(con, "event_id = 'e1'")
    >>> add_changes(con, "SELECT 'e1' AS event_id, 'places' AS step, 'admin1' AS \\"column\\", "
    ...     "'Sindh province' AS before, 'Sindh' AS after")
    >>> apply_log_delta(con)
    >>> con.execute("SELECT before, rows FROM cleaning_log ORDER BY before").fetchall()
    [('Sind', 1), ('Sindh province', 1)]
    >>> start_log_delta(con)
    >>> delete_changes(con, "event_id = 'e2'")
    >>> apply_log_delta(con)
    >>> con.execute("SELECT before, rows FROM cleaning_log").fetchall()
    [('Sindh province', 1)]
    """
    # only the rows whose count changed are deleted and appended again: the table is not
    # written whole (nor is it at the checkpoint), and its rows are in no particular order
    # (EventStore.cleaning_log orders them by every column)
    keys = _KEYS.split(", ")
    same = " AND ".join(f"l.{c} IS NOT DISTINCT FROM d.{c}" for c in keys)
    picked = ", ".join(f"d.{c}" for c in keys)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE log_counts AS SELECT {picked}, "
        "CAST(coalesce(l.rows, 0) + d.rows AS BIGINT) AS rows, l.rowid AS log_row "
        f"FROM (SELECT {_KEYS}, sum(rows) AS rows FROM log_delta GROUP BY ALL "
        f"HAVING sum(rows) <> 0) d LEFT JOIN cleaning_log l ON {same}"
    )
    con.execute(
        "DELETE FROM cleaning_log WHERE rowid IN "
        "(SELECT log_row FROM log_counts WHERE log_row IS NOT NULL)"
    )
    con.execute(f"INSERT INTO cleaning_log SELECT {_KEYS}, rows FROM log_counts WHERE rows <> 0")
    con.execute("DROP TABLE log_counts")
    con.execute("DROP TABLE IF EXISTS log_delta")
