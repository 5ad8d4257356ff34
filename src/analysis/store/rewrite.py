"""Changing a few scattered rows of a large table: deleted and appended again, not updated.

DuckDB stores a table in row groups of about 120,000 rows, each column compressed on its
own. An ``UPDATE`` of a row keeps the new value beside the row group until the next
checkpoint, which then writes that column of the whole row group again. An update's few
thousand changed rows are spread over the whole history (a revised event of 2019, a
campaign of 2021), so a handful of ``UPDATE`` statements made every checkpoint write
whole columns of ``events_clean``, ``duplicate_pairs`` and ``campaign_keys`` again:
seconds that grow with the store, not with the update. A deleted row costs its row group
a mark in a deletion list, and appended rows fill new row groups, so
:func:`rewrite_rows` deletes the changed rows and appends their new versions: the
checkpoint then writes what changed and no more. The deleted rows' space stays allocated
(store connections do not compact row groups: ``max_vacuum_tasks = 0``).

Tables are sets: every reader orders what it reads, so a row appended again is the same
row as one updated in place.
"""

from __future__ import annotations

import duckdb

# Up to this many rows are read by a list of their rowids; more, by a join on rowid (the
# list filter costs more than the scan it spares once the rows are in every row group).
FEW_ROWS = 2_048


def rewrite_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    changes: str,
    on: list[str],
    values: dict[str, str],
    at: str | None = None,
) -> int:
    """Give the rows of ``table`` matched by the rows of the table ``changes`` (on equal
    ``on`` columns, at most one change per row) the ``values`` (column name → SQL
    expression over the stored row ``t`` and its change ``c``): the matched rows are
    deleted and appended again with the new values, every other column as it was (inside
    the caller's transaction). Returns how many rows were rewritten. ``at``: the column of
    ``changes`` holding each changed row's rowid in ``table``, when the caller knows it
    (read since and the row not rewritten): the rows are then not looked up by ``on``.

    >>> con = duckdb.connect()
    >>> _ = con.execute("CREATE TABLE pairs AS SELECT * FROM (VALUES ('a', 'b', false, 'x'), "
    ...     "('a', 'c', true, 'y')) p(l, r, accepted, reasons)")
    >>> _ = con.execute("CREATE TABLE flags AS SELECT 'a' AS l, 'b' AS r, true AS accepted")
    >>> rewrite_rows(con, "pairs", "flags", ["l", "r"], {"accepted": "c.accepted"})
    1
    >>> con.execute("SELECT * FROM pairs ORDER BY r").fetchall()
    [('a', 'b', True, 'x'), ('a', 'c', True, 'y')]
    >>> _ = con.execute("CREATE TABLE by_row AS SELECT rowid AS pair_row, false AS accepted "
    ...     "FROM pairs WHERE r = 'c'")
    >>> rewrite_rows(con, "pairs", "by_row", [], {"accepted": "c.accepted"}, at="pair_row")
    1
    >>> con.execute("SELECT * FROM pairs ORDER BY r").fetchall()
    [('a', 'b', True, 'x'), ('a', 'c', False, 'y')]
    """
    match = " AND ".join(f't."{c}" = c."{c}"' for c in on)
    replaced = ", ".join(f'{expr} AS "{column}"' for column, expr in values.items())
    # the rows are found by their keys alone, then read whole by rowid; a few are picked
    # out by a list of rowids, which spares the scan every other column of every other row
    found = (
        f"SELECT c.{at} AS rewritten_row, c.* FROM {changes} c"
        if at
        else f"SELECT t.rowid AS rewritten_row, c.* FROM {table} t JOIN {changes} c ON {match}"
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE rewritten_at AS {found}")
    rows = [row for (row,) in con.execute("SELECT rewritten_row FROM rewritten_at").fetchall()]
    if rows:
        few = len(rows) <= FEW_ROWS
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE rewritten_rows AS SELECT t.* REPLACE ({replaced}) "
            f"FROM {table} t JOIN rewritten_at c ON t.rowid = c.rewritten_row"
            + (" WHERE t.rowid = ANY(?)" if few else ""),
            [rows] if few else [],
        )
        con.execute(f"DELETE FROM {table} WHERE rowid = ANY(?)", [rows])
        con.execute(f"INSERT INTO {table} SELECT * FROM rewritten_rows")
        con.execute("DROP TABLE rewritten_rows")
    con.execute("DROP TABLE rewritten_at")
    return len(rows)
