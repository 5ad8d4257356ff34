"""The weekly update's fixed costs: each shortcut gives what the longer way gave, by hand."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
from factories import acled_table

from analysis.clean.duplicates import _name_key, _union
from analysis.store import EventStore, ingest_files
from analysis.store.changelog import (
    add_changes,
    apply_log_delta,
    count_log,
    delete_changes,
    start_log_delta,
)
from analysis.store.cleaned import (
    _arrow,
    _stored_near,
    _summaries,
    _without_figures,
    clean_store,
    update_clean,
)
from analysis.store.eventstore import _fetch


def _write(frame: pd.DataFrame, path) -> str:
    frame.to_csv(path, index=False)
    return str(path)


class _Counting:
    """A connection that counts the statements it runs (SET and RESET left out)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con, self.queries = con, []

    def complete(self) -> None:
        self.con.complete()

    def execute(self, sql, *args):
        if not sql.startswith(("SET", "RESET")):
            self.queries.append(sql)
        return self.con.execute(sql, *args)

    def sql(self, sql, **kwargs):
        self.queries.append(sql)
        return self.con.sql(sql, **kwargs)


def test_an_empty_result_is_fetched_once_with_its_columns():
    con = _Counting(duckdb.connect())
    con.execute("CREATE TABLE t AS SELECT 'a' AS name, 1 AS n, DATE '2024-08-01' AS day")
    counting = len(con.queries)
    frame = _fetch(con, "SELECT name, n, day FROM t WHERE n > 1", [])
    assert len(con.queries) == counting + 1  # the query alone, not run again for .df()
    assert list(frame.columns) == ["name", "n", "day"] and len(frame) == 0
    assert frame["name"].dtype == object  # as .df() gives an empty text column


def test_a_names_rows_are_its_events_once_whatever_its_countries(tmp_path):
    """ "Zorgon raiders" is suggested the same in two countries and named by three events
    (two in Pakistan, one in Iran): one row of 3. "Kalat group" has another suggestion in
    each country and two events: two rows of 2."""
    with EventStore(tmp_path / "s.duckdb") as store:
        store.con.execute(
            "CREATE TABLE actor_names AS SELECT * FROM (VALUES "
            "('Zorgon raiders', 'Pakistan', 'Zorgon', 0.9, false), "
            "('Zorgon raiders', 'Iran', 'Zorgon', 0.9, false), "
            "('Kalat group', 'Pakistan', 'Kalat Front', 0.8, false), "
            "('Kalat group', 'Iran', NULL, NULL, false)) "
            "n(name, country, suggestion, score, applied)"
        )
        store.con.execute(
            "CREATE TABLE actor_mentions AS SELECT * FROM (VALUES "
            "('e1', 'Zorgon raiders', 'Pakistan'), ('e2', 'Zorgon raiders', 'Pakistan'), "
            "('e3', 'Zorgon raiders', 'Iran'), ('e1', 'Kalat group', 'Pakistan'), "
            "('e4', 'Kalat group', 'Iran')) m(event_id, name, country)"
        )
        store.con.execute(
            "CREATE TABLE cleaning_changes (event_id VARCHAR, step VARCHAR, "
            '"column" VARCHAR, before VARCHAR, after VARCHAR)'
        )
        _summaries(store)
        rows = store.con.execute(
            "SELECT name, suggestion, rows, country FROM actor_suggestions"
        ).fetchall()
    # country: where the name has that suggestion (what `analysis clean` prints beside it)
    assert rows == [
        ("Zorgon raiders", "Zorgon", 3, "Iran; Pakistan"),
        ("Kalat group", "Kalat Front", 2, "Pakistan"),
        ("Kalat group", None, 2, "Iran"),
    ]


def test_union_find_refuses_a_second_event_of_a_source_in_a_cluster():
    """Rows 0 and 2 are ACLED, 1 GTD, 3 UCDP, 4 unlinked. (0, 1) joins; (1, 2) would put
    two ACLED events in one cluster; (2, 3) joins; (3, 0) would join two clusters holding
    ACLED each. Each cluster's root is its row of the smallest id (rank)."""
    edges = np.array([[0, 1, 2, 3], [1, 2, 3, 0]])
    source = np.array([0, 1, 0, 2, 0])
    rank = np.array([3, 0, 2, 1, 4])
    root, accepted = _union(edges, source, rank)
    assert root.tolist() == [1, 1, 3, 3, 4]
    assert accepted == [True, False, True, False]


def test_a_stored_event_reached_two_ways_is_fetched_once(tmp_path):
    """A GTD event of 1 August at Kalat (Balochistan) reaches the stored ACLED events of
    23 July – 3 August. A0 (1 August, Kalat) is reached by its admin1 and by its map cell:
    fetched once. A1 (1 August) is reached but changed (listed in ``touched``); A2
    (2 August) is reached; A3 (1 December) is too late; A4 (1 August) is in Sindh, far
    from Kalat."""
    table = acled_table(5, "A")
    table["event_date"] = (
        ["01 August 2024"] * 2 + ["02 August 2024", "01 December 2024"] + ["01 August 2024"]
    )
    table.loc[4, ["admin1", "location", "latitude", "longitude"]] = [
        "Sindh", "Karachi", "24.86", "67.01"
    ]  # fmt: skip
    path = _write(table, tmp_path / "acled.csv")
    ingest_files(tmp_path / "s.duckdb", [path])
    with EventStore(tmp_path / "s.duckdb") as store:
        clean_store(store)
        store.con.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT 'acled:A1' AS event_id")
        spellings = pd.Series(["Balochistan", "Sindh"])
        store.with_frame(
            "CREATE TEMP TABLE reach_admin1 AS SELECT * FROM spelled",
            spelled=_arrow(pd.DataFrame({"spelling": spellings, "admin1": _name_key(spellings)})),
        )
        named = store.con.execute(
            "SELECT * REPLACE ('gtd:G1' AS event_id, 'gtd' AS source) FROM events_clean "
            "WHERE event_id = 'acled:A0'"
        ).df()
        stored = _stored_near(store, named)
    assert sorted(stored["event_id"]) == ["acled:A0", "acled:A2"]
    assert list(stored.columns) == list(named.columns)


def test_the_events_without_figures_are_found_among_the_figures_first(tmp_path):
    """Four events listed: A0 with a figure, A1 and A2 without (no count in the file) and
    with notes, A3 without a figure or notes; A4 has no figure but is not listed."""
    table = acled_table(5, "A")
    table["fatalities"] = ["3", "", "", "", ""]
    table["event_date"] = ["05 August 2024", "04 August 2024", "03 August 2024"] + [
        "02 August 2024"
    ] * 2
    table.loc[3, "notes"] = ""
    path = _write(table, tmp_path / "acled.csv")
    ingest_files(tmp_path / "s.duckdb", [path])
    with EventStore(tmp_path / "s.duckdb") as store:
        store.con.execute(
            "CREATE TEMP TABLE listed AS SELECT * FROM (VALUES ('acled:A0'), ('acled:A1'), "
            "('acled:A2'), ('acled:A3')) l(event_id)"
        )
        found = _without_figures(store, "listed")
        figureless = store.con.execute("SELECT event_id FROM figureless ORDER BY 1").fetchall()
    # in date order: A2 (3 August) before A1 (4 August)
    assert found["event_id"].tolist() == ["acled:A2", "acled:A1"]
    # the events read: the listed ones without a figure, notes or not
    assert figureless == [("acled:A1",), ("acled:A2",), ("acled:A3",)]


def test_the_cleaning_log_kept_by_differences_equals_a_recount():
    """Three events respelled Sind → Sindh; one is corrected to "Sindh province" → Sindh,
    the other two are deleted and a new one is Kalat → Qalat: the log by differences holds
    what counting every change again holds, the rows that fell to zero gone."""
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE cleaning_changes (event_id VARCHAR, step VARCHAR, "column" VARCHAR, '
        "before VARCHAR, after VARCHAR)"
    )
    con.execute(
        "INSERT INTO cleaning_changes VALUES ('e1', 'places', 'admin1', 'Sind', 'Sindh'), "
        "('e2', 'places', 'admin1', 'Sind', 'Sindh'), ('e3', 'places', 'admin1', 'Sind', "
        "'Sindh'), ('e4', 'places', 'location', 'Quetta ', 'Quetta')"
    )
    count_log(con)
    start_log_delta(con)
    delete_changes(con, "event_id IN ('e1', 'e2', 'e3')")
    add_changes(
        con,
        "SELECT * FROM (VALUES ('e1', 'places', 'admin1', 'Sindh province', 'Sindh'), "
        "('e5', 'places', 'location', 'Kalat', 'Qalat')) "
        'c(event_id, step, "column", before, after)',
    )
    apply_log_delta(con)
    kept = con.execute('SELECT * FROM cleaning_log ORDER BY "column", before').fetchall()
    assert kept == [
        ("places", "admin1", "Sindh province", "Sindh", 1),
        ("places", "location", "Kalat", "Qalat", 1),
        ("places", "location", "Quetta ", "Quetta", 1),
    ]
    count_log(con)
    assert con.execute('SELECT * FROM cleaning_log ORDER BY "column", before').fetchall() == kept


def test_the_figures_of_deleted_events_are_not_counted(tmp_path):
    """Ten events with one figure each (the file's fatalities); two deleted: eight figures."""
    store = tmp_path / "s.duckdb"
    ingest_files(store, [_write(acled_table(10, "B"), tmp_path / "acled.csv")])
    with EventStore(store) as db:
        assert update_clean(db)["casualty_rows"] == 10
        db.delete(["acled:B1", "acled:B4"])
        summary = update_clean(db)
    assert summary["mode"] == "update" and summary["casualty_rows"] == 8


def test_a_deleted_event_revised_stays_deleted(tmp_path):
    """B1 is deleted, then a new version of it arrives (a figure corrected): the new
    version is stored deleted, as the old one was; B2's new version is current."""
    store = tmp_path / "s.duckdb"
    table = acled_table(3, "B")
    ingest_files(store, [_write(table, tmp_path / "v1.csv")])
    with EventStore(store) as db:
        db.delete(["acled:B1"])
    table["fatalities"] = ["1", "20", "30"]
    table["timestamp"] = "1724889600"
    (report,) = ingest_files(store, [_write(table.iloc[1:], tmp_path / "v2.csv")])
    assert report.events_replaced == 2
    with EventStore(store, read_only=True) as db:
        flags = db.con.execute("SELECT event_id, deleted FROM events ORDER BY 1").fetchall()
        history = db.con.execute("SELECT event_id FROM event_history ORDER BY 1").fetchall()
    assert flags == [("acled:B0", False), ("acled:B1", True), ("acled:B2", False)]
    assert history == [("acled:B1",), ("acled:B2",)]
    # and the ingest says so, naming B1 only (B2's new version is current)
    (warning,) = [w for w in report.warnings if "deletion list" in w]
    assert warning.startswith(f"{tmp_path / 'v2.csv'}: 1 event(s) on a deletion list came in")
    assert warning.endswith("still deleted (not in reports): acled:B1")


def test_an_event_revised_by_a_later_file_of_one_ingest_is_stored_once(tmp_path):
    """One ingest of two files: the second revises C1 of the first (its stored row, written
    in the same transaction, is replaced by rowid): C1 once, at 20, its first version in
    the history."""
    store = tmp_path / "s.duckdb"
    first = acled_table(2, "C")
    second = first.iloc[1:].assign(fatalities="20", timestamp="1724889600")
    paths = [_write(first, tmp_path / "v1.csv"), _write(second, tmp_path / "v2.csv")]
    reports = ingest_files(store, paths)
    assert [r.events_replaced for r in reports] == [0, 1]
    with EventStore(store, read_only=True) as db:
        rows = db.con.execute(
            "SELECT e.event_id, c.best FROM events e JOIN casualties c USING (event_id) ORDER BY 1"
        ).fetchall()
        history = db.con.execute("SELECT event_id FROM event_history").fetchall()
    assert rows[1] == ("acled:C1", 20) and len(rows) == 2
    assert history == [("acled:C1",)]


def test_the_campaign_count_is_the_logs_campaigns(tmp_path):
    """The BLA in Balochistan on 1–2 January, 10 January and 20–22 January: two campaigns
    (1–2 and 20–21 January: two days each; 10 and 22 January alone are none). B2 moves to
    11 January and B6 arrives on the 12th: a third. B0 is deleted: the first falls to one
    event, two left. The summary counts them as the cleaned events' distinct campaign ids
    do."""
    table = acled_table(6, "B").assign(actor1="BLA: Baloch Liberation Army")
    days = ["01 January 2024", "02 January 2024", "10 January 2024"]
    table["event_date"] = days + ["20 January 2024", "21 January 2024", "22 January 2024"]
    store = tmp_path / "s.duckdb"
    ingest_files(store, [_write(table, tmp_path / "v1.csv")])

    def campaigns(db) -> tuple[str, int, int]:
        summary = update_clean(db, full_share=1.0)  # an update, however many changed
        found = db.con.execute("SELECT count(DISTINCT campaign_id) FROM events_clean")
        return summary["mode"], summary["campaigns"], found.fetchone()[0]

    with EventStore(store) as db:
        assert campaigns(db) == ("full", 2, 2)
    revised = (
        acled_table(7, "B")
        .iloc[[2, 6]]
        .assign(
            actor1="BLA: Baloch Liberation Army",
            event_date=["11 January 2024", "12 January 2024"],
            timestamp="1724889600",
        )
    )
    ingest_files(store, [_write(revised, tmp_path / "v2.csv")])
    with EventStore(store) as db:
        assert campaigns(db) == ("update", 3, 3)
        db.delete(["acled:B0"])
        assert campaigns(db) == ("update", 2, 2)


def test_many_replaced_events_go_to_the_history_by_rowid(tmp_path, monkeypatch):
    """More replaced events than are picked out by a list (here more than one): their
    stored rows joined and deleted by rowid. B0 and B2 revised (their notes corrected): the
    history holds their first versions, the store their new ones, B1 untouched."""
    monkeypatch.setattr("analysis.store.eventstore.FEW_ROWS", 1)
    table = acled_table(3, "B").assign(notes=["first a", "first b", "first c"])
    store = tmp_path / "s.duckdb"
    ingest_files(store, [_write(table, tmp_path / "v1.csv")])
    revised = table.iloc[[0, 2]].assign(notes=["second a", "second c"], timestamp="1724889600")
    (report,) = ingest_files(store, [_write(revised, tmp_path / "v2.csv")])
    assert report.events_replaced == 2
    with EventStore(store, read_only=True) as db:
        q = db.con.execute
        stored = q("SELECT event_id, notes FROM events ORDER BY 1").fetchall()
        history = q("SELECT event_id, notes FROM event_history ORDER BY 1").fetchall()
    assert stored == [("acled:B0", "second a"), ("acled:B1", "first b"), ("acled:B2", "second c")]
    assert history == [("acled:B0", "first a"), ("acled:B2", "first c")]


def test_a_change_under_the_stored_timestamp_is_kept_and_named(tmp_path):
    """Week 2 corrects B1 (3 → 5) without a newer timestamp, then week 1's file comes in
    again: each time the file's version is kept, and the ingest names B1; a real revision
    (a newer timestamp) is not named."""
    store = tmp_path / "s.duckdb"
    week1 = acled_table(3, "B")
    week1["fatalities"] = ["1", "3", "7"]
    week2 = week1.assign(fatalities=["1", "5", "7"])
    paths = [_write(week1, tmp_path / "w1.csv"), _write(week2, tmp_path / "w2.csv")]
    ingest_files(store, [paths[0]])
    for path, best in ((paths[1], 5), (paths[0], 3)):
        (report,) = ingest_files(store, [path])
        assert report.events_replaced == 1
        (warning,) = [w for w in report.warnings if "timestamp" in w]
        assert warning == (
            f"{path}: 1 event(s) changed under the timestamp of the version stored (not a "
            "newer version: an edited or older file?); this file's version replaced it: "
            "acled:B1"
        )
        with EventStore(store, read_only=True) as db:
            stored = db.con.execute("SELECT best FROM casualties WHERE event_id = 'acled:B1'")
            assert stored.fetchall() == [(best,)]
    revised = week1.assign(fatalities=["1", "4", "7"])
    revised.loc[1, "timestamp"] = "1724889600"  # B1 revised by ACLED a day later
    (report,) = ingest_files(store, [_write(revised, tmp_path / "w3.csv")])
    assert report.events_replaced == 1
    assert not [w for w in report.warnings if "timestamp" in w]


def test_an_update_spells_again_only_the_places_whose_names_changed(tmp_path, monkeypatch):
    """A district (not in the alias table) written "Zarghun Ghar" by three events and
    "ZARGHUN GHAR" by two: "Zarghun Ghar". Two new events write "ZARGHUN GHAR" (four against
    three): the place is spelled "ZARGHUN GHAR" and the five stored events (both names spelled
    otherwise now) are cleaned again, without the rule's text work (no name is new). Two more write
    "Zarghun Ghar district" (the level word dropped: "Zarghun Ghar", five against four): the
    rule's text work runs for that one new name, and the place is "Zarghun Ghar" again."""
    from analysis.clean import places

    written = []
    rule = places._written

    def counting(distinct, level, aliases):
        written.append((level, sorted(distinct["name"])))
        return rule(distinct, level, aliases)

    table = acled_table(5, "K").assign(
        admin2=["Zarghun Ghar", "Zarghun Ghar", "Zarghun Ghar", "ZARGHUN GHAR", "ZARGHUN GHAR"]
    )
    store = tmp_path / "s.duckdb"
    ingest_files(store, [_write(table, tmp_path / "v1.csv")])

    def admin2(db) -> list[tuple[str, int]]:
        found = "SELECT admin2, count(*) FROM events_clean GROUP BY 1 ORDER BY 1"
        return db.con.execute(found).fetchall()

    def spellings(db) -> list[tuple]:
        found = "SELECT name, rows, spelling FROM place_spellings WHERE level = 'admin2'"
        return sorted(db.con.execute(found).fetchall())

    with EventStore(store) as db:
        assert update_clean(db)["mode"] == "full"
        assert admin2(db) == [("Zarghun Ghar", 5)]
    monkeypatch.setattr(places, "_written", counting)
    new = acled_table(2, "N", seed=1).assign(admin2="ZARGHUN GHAR")
    ingest_files(store, [_write(new, tmp_path / "v2.csv")])
    with EventStore(store) as db:
        summary = update_clean(db, full_share=1.0)
        # 2 new events, and the 5 stored ones: both names are spelled otherwise now
        assert (summary["mode"], summary["recleaned"]) == ("update", 7)
        assert admin2(db) == [("ZARGHUN GHAR", 7)]
        assert spellings(db) == [
            ("ZARGHUN GHAR", 4, "ZARGHUN GHAR"),
            ("Zarghun Ghar", 3, "ZARGHUN GHAR"),
        ]
    assert written == []
    more = acled_table(2, "M", seed=2).assign(admin2="Zarghun Ghar district")
    ingest_files(store, [_write(more, tmp_path / "v3.csv")])
    with EventStore(store) as db:
        summary = update_clean(db, full_share=1.0)
        assert (summary["mode"], summary["recleaned"]) == ("update", 9)  # 2 new, 7 respelled
        assert admin2(db) == [("Zarghun Ghar", 9)]
        assert spellings(db) == [
            ("ZARGHUN GHAR", 4, "Zarghun Ghar"),
            ("Zarghun Ghar", 3, "Zarghun Ghar"),
            ("Zarghun Ghar district", 2, "Zarghun Ghar"),
        ]
    assert written == [("admin2", ["Zarghun Ghar district"])]


def test_spellings_made_by_another_rule_are_chosen_again_in_full(tmp_path, monkeypatch):
    """A store whose spellings were not made by this rule (an older store, or the alias table
    changed since: the fingerprint in store_meta differs) has every name spelled again by
    the next update, and the fingerprint written."""
    from analysis.clean import places

    written = []
    rule = places._written

    def counting(distinct, level, aliases):
        written.append((level, len(distinct)))
        return rule(distinct, level, aliases)

    table = acled_table(3, "K").assign(admin2=["Zarghun Ghar", "Zarghun Ghar", "Turbat"])
    store = tmp_path / "s.duckdb"
    ingest_files(store, [_write(table, tmp_path / "v1.csv")])
    with EventStore(store) as db:
        update_clean(db)
        db.con.execute("UPDATE store_meta SET value = 'other' WHERE key = 'place_spelling_rule'")
    monkeypatch.setattr(places, "_written", counting)
    ingest_files(store, [_write(acled_table(1, "N", seed=1), tmp_path / "v2.csv")])
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        made = db.con.execute(
            "SELECT value FROM store_meta WHERE key = 'place_spelling_rule'"
        ).fetchall()
    # every level's names, all of them: admin1 Balochistan, admin2 Zarghun Ghar and Turbat (the new
    # event has none), location Kalat
    assert sorted(written) == [("admin1", 1), ("admin2", 2), ("location", 1)]
    assert made == [(places.spelling_rule(),)]
