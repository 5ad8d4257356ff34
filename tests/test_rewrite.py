"""Scattered rows changed by deleting and appending them again: the same table as an UPDATE."""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest.mock import patch

import duckdb
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.store import rewrite
from analysis.store.rewrite import rewrite_rows
from conftest import examples

ROWS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 3), st.none() | st.text("abc", max_size=3)),
    min_size=0,
    max_size=40,
    unique_by=lambda row: (row[0], row[1]),
)


def table(con: duckdb.DuckDBPyConnection, name: str, rows: list[tuple]) -> None:
    frame = pd.DataFrame(rows, columns=["a", "b", "value"]).astype(
        {"a": "int64", "b": "int64", "value": "object"}
    )
    con.from_df(frame).query(
        "frame",
        f"CREATE TABLE {name} AS SELECT a, b, CAST(value AS VARCHAR) AS value, "
        "a * 10 + b AS other FROM frame",
    )


@settings(max_examples=examples(25), deadline=None)
@given(stored=ROWS, changes=ROWS, written=st.integers(0, 40), few=st.sampled_from([0, 2048]))
def test_rewritten_rows_equal_an_update(stored, changes, written, few):
    """Any table and any changes (matching some rows, none, or rows that are not there),
    in a store file, the last ``written`` rows appended in the same transaction (as an
    update rewrites rows it has just written), rows read by a list of rowids or by a join:
    the rewritten table holds the rows an UPDATE gives, every other column kept."""
    with tempfile.TemporaryDirectory() as folder, patch.object(rewrite, "FEW_ROWS", few):
        con = duckdb.connect(str(Path(folder) / "s.duckdb"))
        kept = max(len(stored) - written, 0)
        table(con, "t", stored[:kept])
        con.execute("CHECKPOINT")
        con.execute("BEGIN TRANSACTION")
        table(con, "fresh", stored[kept:])
        con.execute("INSERT INTO t SELECT * FROM fresh")
        rewrite_equals_update(con, stored, changes)
        con.execute("COMMIT")
        rewrite_equals_update(con, stored, changes)
        con.close()


def rewrite_equals_update(con: duckdb.DuckDBPyConnection, stored: list, changes: list) -> None:
    table(con, "c", changes)
    con.execute("CREATE TABLE u AS FROM t")
    con.execute(
        "UPDATE u SET value = c.value || '!', other = u.other + 1 FROM c "
        "WHERE u.a = c.a AND u.b = c.b"
    )
    count = rewrite_rows(
        con, "t", "c", ["a", "b"], {"value": "c.value || '!'", "other": "t.other + 1"}
    )
    matched = len({(a, b) for a, b, _ in stored} & {(a, b) for a, b, _ in changes})
    assert count == matched
    for first, second in (("t", "u"), ("u", "t")):
        extra = con.execute(f"SELECT * FROM {first} EXCEPT ALL SELECT * FROM {second}")
        assert extra.fetchall() == []
    assert [c[0] for c in con.execute("SELECT * FROM t LIMIT 0").description] == [
        "a",
        "b",
        "value",
        "other",
    ]
    con.execute("DROP TABLE c")
    con.execute("DROP TABLE u")


def test_a_rewritten_row_is_one_row_with_its_new_values_by_hand():
    """Three pairs; the second is flagged accepted: it is the only row changed, once."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE pairs AS SELECT * FROM (VALUES ('a', 'b', false, 'x'), "
        "('a', 'c', false, 'y'), ('b', 'c', true, 'z')) p(l, r, accepted, reasons)"
    )
    con.execute("CREATE TABLE flags AS SELECT 'a' AS l, 'c' AS r, true AS accepted")
    assert rewrite_rows(con, "pairs", "flags", ["l", "r"], {"accepted": "c.accepted"}) == 1
    assert con.execute("SELECT * FROM pairs ORDER BY l, r").fetchall() == [
        ("a", "b", False, "x"),
        ("a", "c", True, "y"),
        ("b", "c", True, "z"),
    ]
