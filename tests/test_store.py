"""The event store: idempotent re-ingest, versions and history, deletions, queries, counts."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from factories import acled_table

from analysis.errors import UserError
from analysis.store import EventStore, ingest_files
from analysis.store.cleaned import clean_store
from conftest import FIXTURES, ROOT, balanced


@pytest.fixture
def acled_v1(tmp_path):
    frame = acled_table(6, "PAK")
    frame.loc[0, ["admin1", "location", "fatalities"]] = ["Khyber Pakhtunkhwa", "Bannu", "4"]
    frame.loc[1, ["actor2", "fatalities"]] = ["TTP: Tehreek-i-Taliban Pakistan", "7"]
    frame.loc[2, ["event_date", "fatalities"]] = ["25 August 2024", "23"]
    frame.loc[2, ["event_type", "sub_event_type", "civilian_targeting"]] = [
        "Violence against civilians",
        "Attack",
        "Civilian targeting",
    ]
    frame.loc[3:5, "fatalities"] = ["0", "2", "3"]
    frame.loc[0:1, "event_date"] = ["24 August 2024", "26 August 2024"]
    frame.loc[3:5, "event_date"] = ["01 July 2024", "15 September 2024", "30 August 2024"]
    path = tmp_path / "acled_v1.csv"
    frame.to_csv(path, index=False)
    return path, frame


def test_reingesting_the_same_file_changes_nothing(acled_v1, store_path, cli):
    path, _ = acled_v1
    first = cli.json("ingest", path, "--store", store_path, "--no-clean")
    summary = cli.json("summary", "--store", store_path)
    second = cli.json("ingest", path, "--store", store_path, "--no-clean")
    assert (first["rows_read"], first["stored"], first["unchanged"]) == (6, 6, 0)
    assert (second["rows_read"], second["stored"], second["unchanged"]) == (6, 0, 6)
    assert cli.json("summary", "--store", store_path) | {"ingests": 0} == summary | {"ingests": 0}
    assert balanced(first) and balanced(second)


def test_newer_version_replaces_and_keeps_history_older_is_ignored(acled_v1, tmp_path, store_path):
    path, frame = acled_v1
    ingest_files(store_path, [path])
    update = frame.iloc[[0, 1, 2]].copy()
    update.loc[0, ["fatalities", "timestamp"]] = ["5", "1725000000"]  # newer correction
    update.loc[1, ["fatalities", "timestamp"]] = ["1", "1700000000"]  # older version
    new = frame.iloc[[3]].copy()
    new["event_id_cnty"] = "PAK99"
    path2 = tmp_path / "update.csv"
    pd.concat([update, new]).to_csv(path2, index=False)
    (report,) = ingest_files(store_path, [path2])
    assert (report.rows_read, report.stored, report.unchanged, report.replaced) == (4, 1, 2, 1)
    assert report.older_versions_ignored == 1 and report.balanced()
    with EventStore(store_path, read_only=True) as store:
        figures = store.casualties().set_index("event_id")["best"]
        assert figures["acled:PAK0"] == 5  # replaced
        assert figures["acled:PAK1"] == 7  # the older version did not win
        history = store.con.execute("SELECT event_id, row_hash FROM event_history").df()
        assert history["event_id"].tolist() == ["acled:PAK0"]
        old = store.con.execute("SELECT best FROM casualty_history").fetchall()
        assert old == [(4,)]
        assert store.summary()["events"] == 7


def test_deletion_list_marks_events_deleted_without_losing_them(acled_v1, tmp_path, cli):
    path, _ = acled_v1
    store = tmp_path / "s.duckdb"
    cli.json("ingest", path, "--store", store, "--no-clean")
    ids = tmp_path / "deleted.csv"
    ids.write_text("event_id_cnty,deleted_timestamp\nPAK1,1725000000\nPAK404,1725000000\n")
    result = cli.json("delete", ids, "--store", store)
    assert result["marked_deleted"] == 1 and result["not_found_ids"] == ["acled:PAK404"]
    again = cli.json("delete", ids, "--store", store)
    assert again["marked_deleted"] == 0 and again["already_deleted"] == 1
    with EventStore(store, read_only=True) as db:
        assert "acled:PAK1" not in set(db.events()["event_id"])
        assert "acled:PAK1" in set(db.events(include_deleted=True)["event_id"])
        assert db.summary()["deleted_events"] == 1
    # Re-ingesting the file does not bring the deleted event back.
    report = cli.json("ingest", path, "--store", store, "--no-clean")
    assert report["unchanged"] == 6
    assert cli.json("summary", "--store", store)["deleted_events"] == 1


def test_deletion_lists_in_any_delimiter_or_as_plain_lines(acled_v1, tmp_path, cli):
    # The same two ids (PAK1 in the store, PAK404 not) as a tab-separated export, a
    # semicolon table headed "id", and plain lines with a header word and a blank line.
    path, _ = acled_v1
    lists = {
        "tab.tsv": "event_id_cnty\tdeleted_timestamp\nPAK1\t1725000000\nPAK404\t1725000000\n",
        "semi.csv": "id;deleted\nPAK1;1\nPAK404;1\n",
        "plain.txt": "event_id\nPAK1\n\nPAK404\n",
    }
    for name, text in lists.items():
        store = tmp_path / f"{name}.duckdb"
        cli.json("ingest", path, "--store", store, "--no-clean")
        ids = tmp_path / name
        ids.write_text(text, encoding="utf-8")
        result = cli.json("delete", ids, "--store", store, "--no-clean")
        assert (result["ids"], result["marked_deleted"]) == (2, 1), name
        assert result["not_found_ids"] == ["acled:PAK404"], name


def test_a_deletion_list_as_the_api_s_json_answer(acled_v1, tmp_path, cli):
    path, _ = acled_v1
    store = tmp_path / "s.duckdb"
    cli.json("ingest", path, "--store", store, "--no-clean")
    answer = {
        "status": 200,
        "success": True,
        "count": 2,
        "data": [
            {"event_id_cnty": "PAK1", "deleted_timestamp": "1725000000"},
            {"event_id_cnty": "PAK404", "deleted_timestamp": "1725000000"},
        ],
    }
    ids = tmp_path / "deleted.json"
    ids.write_text(json.dumps(answer, indent=2), encoding="utf-8")  # first line "{"
    result = cli.json("delete", ids, "--store", store, "--no-clean")
    assert (result["ids"], result["marked_deleted"]) == (2, 1)
    assert result["not_found_ids"] == ["acled:PAK404"]


def test_queries_filter_inside_duckdb(acled_v1, store_path):
    path, _ = acled_v1
    ingest_files(store_path, [path])
    with EventStore(store_path, read_only=True) as store:
        august = store.events(start="2024-08-01", end="2024-08-31")
        assert sorted(august["source_event_id"]) == ["PAK0", "PAK1", "PAK2", "PAK5"]
        kp = store.events(admin1=["khyber pakhtunkhwa"])
        assert kp["location"].tolist() == ["Bannu"]
        assert store.events(actor="tehreek")["source_event_id"].tolist() == ["PAK1"]
        vac = store.events(event_type="Violence against civilians", country="PAK")
        assert vac["source_event_id"].tolist() == ["PAK2"]
        figures = store.casualties(start="2024-08-01", end="2024-08-31")
        # PAK0 4, PAK1 7, PAK2 23 (civilians), PAK5 3.
        assert figures.groupby("victim_group")["best"].sum().to_dict() == {
            "civilians": 23,
            "unknown": 14,
        }
        assert august.dtypes["date_start"] == "datetime64[us]"


def test_repeated_id_in_one_file(tmp_path, store_path):
    frame = acled_table(3, "PAK")
    frame.loc[2, "event_id_cnty"] = "PAK0"  # row 4 repeats row 2's id …
    frame.loc[2, "fatalities"] = "9"  # … with different content
    frame = pd.concat([frame, frame.iloc[[1]]])  # row 5 repeats row 3 exactly
    path = tmp_path / "dups.csv"
    frame.to_csv(path, index=False)
    (report,) = ingest_files(store_path, [path])
    assert (report.rows_read, report.stored, report.unchanged, report.quarantined) == (4, 2, 1, 1)
    with EventStore(store_path, read_only=True) as store:
        quarantined = store.quarantine()
    assert quarantined["source_row"].tolist() == [4]
    assert quarantined["reason"].tolist() == [
        "event id repeated in this file with different content (first at row 2)"
    ]


def test_quarantine_is_not_duplicated_by_reingesting(tmp_path, store_path):
    frame = acled_table(2, "PAK")
    frame.loc[1, "fatalities"] = "-3"
    path = tmp_path / "bad.csv"
    frame.to_csv(path, index=False)
    for _ in range(2):
        (report,) = ingest_files(store_path, [path])
        assert report.quarantined == 1 and report.balanced()
    with EventStore(store_path, read_only=True) as store:
        assert len(store.quarantine()) == 1


def test_failed_ingest_rolls_back_all_files(acled_v1, tmp_path, store_path, cli):
    path, _ = acled_v1
    missing_column = tmp_path / "bad.csv"
    acled_table(2, "X").drop(columns="event_date").to_csv(missing_column, index=False)
    result = cli("ingest", path, missing_column, "--store", store_path, "--no-clean")
    assert result.exit_code == 2
    assert "missing required ACLED column(s): event_date" in result.output
    # the store did not exist before: the rejected ingest leaves nothing behind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, "bad.csv"])
    nested = tmp_path / "new" / "folder" / "events.duckdb"
    assert cli("ingest", missing_column, "--store", nested, "--no-clean").exit_code == 2
    assert not (tmp_path / "new").exists()
    # an existing store is left as it was
    first = cli.json("ingest", path, "--store", store_path, "--no-clean")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert cli("ingest", path, missing_column, "--store", store_path, "--no-clean").exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    with EventStore(store_path, read_only=True) as store:
        assert store.summary()["events"] == first["stored"]
        assert len(store.ingest_log()) == 1


def test_the_python_api_refuses_a_store_in_a_missing_folder_unless_create(acled_v1, tmp_path):
    # as `analysis ingest` without --create: a mistyped folder in a notebook or script is
    # refused in one message naming the folder and the fix, and nothing is made
    path, _ = acled_v1
    typo = tmp_path / "sotres" / "monthly" / "events.duckdb"
    refused = (
        f"{typo}: no store there, and no folder {typo.parent}; check the path, or pass "
        "create=True to make a new store there"
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(UserError) as caught:
        ingest_files(typo, [path])
    assert str(caught.value) == refused
    with pytest.raises(UserError) as caught:
        EventStore(typo)
    assert str(caught.value) == refused
    with pytest.raises(UserError, match="no event store here"):  # read-only: as before
        EventStore(typo, read_only=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folder, no store
    # create=True makes the folders and the store: the file's 6 rows are stored
    (report,) = ingest_files(typo, [path], create=True)
    assert report.stored == 6 and typo.is_file()
    # a new store in an existing folder needs no create (how a first store is made)
    with EventStore(tmp_path / "first.duckdb") as store:
        assert store.summary()["events"] == 0
    with EventStore(tmp_path / "other" / "events.duckdb", create=True) as store:
        assert store.summary()["events"] == 0
    # once the folder is there, later writes need no create either
    assert ingest_files(typo, [path])[0].unchanged == 6


def test_a_first_ingest_with_create_that_fails_leaves_no_folder(tmp_path):
    bad = tmp_path / "bad.csv"
    acled_table(2, "X").drop(columns="event_date").to_csv(bad, index=False)
    nested = tmp_path / "new" / "folder" / "events.duckdb"
    with pytest.raises(UserError, match="missing required ACLED column"):
        ingest_files(nested, [bad], create=True)
    assert not (tmp_path / "new").exists()


def test_duckdb_memory_limit_is_capped_and_configurable(store_path, monkeypatch):
    with EventStore(store_path) as store:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit == "953.6 MiB"  # 1 GB (10^9 bytes), as DuckDB shows it
    monkeypatch.setenv("ANALYSIS_DUCKDB_MEMORY", "2GB")
    with EventStore(store_path) as store:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit == "1.8 GiB"
    monkeypatch.setenv("ANALYSIS_DUCKDB_MEMORY", "lots")
    with pytest.raises(UserError, match="ANALYSIS_DUCKDB_MEMORY"):
        EventStore(store_path)


def test_checkpoints_do_not_compact_the_event_tables(acled_v1, store_path):
    """An update's checkpoint must not rewrite the events table: DuckDB compacts row groups
    whenever replaced rows let neighbours merge (seconds that grow with the store), so store
    connections turn compaction off; the replaced versions stay readable in the history."""
    path, frame = acled_v1
    ingest_files(store_path, [path])
    revised = frame.assign(fatalities="9", timestamp=(frame["timestamp"].astype(int) + 1))
    revised.to_csv(path, index=False)
    (report,) = ingest_files(store_path, [path])
    assert report.replaced == 6
    with EventStore(store_path) as store:
        setting = store.con.execute("SELECT current_setting('max_vacuum_tasks')").fetchone()[0]
        assert setting == 0
        assert store.con.execute("SELECT count(*) FROM event_history").fetchone()[0] == 6
        assert store.summary()["fatalities_by_victim_group"]["unknown"]["best"] == 9 * 5


def test_a_store_hashed_otherwise_is_rehashed_once_and_rereading_changes_nothing(
    acled_v1, store_path
):
    """A store whose row hashes were computed otherwise (an older version of the tool hashed
    in pandas; DuckDB may change its hash() between versions) is re-hashed in SQL when
    opened for writing: its events then read again as unchanged, whatever the layout, an
    analyst's table with a separate casualty table included."""
    acled, _ = acled_v1
    layouts = FIXTURES / "layouts"
    sample = ROOT / "data" / "sample"
    public = [acled, layouts / "ged191.csv", layouts / "gtd_united_states.csv"]
    seed = sample / "seed_balochistan_events.csv"
    mapping = sample / "seed_balochistan.yaml"
    ingest_files(store_path, public)
    ingest_files(store_path, [seed], source="generic", mapping=mapping)
    query = "SELECT event_id, row_hash FROM events"
    with EventStore(store_path) as store:
        clean_store(store)
        hashes = dict(store.con.execute(query).fetchall())
        # as a store written before holds them: other hashes and no hash version
        for table in ("events", "events_clean"):  # events_clean copies the events' columns
            store.con.execute(f"UPDATE {table} SET row_hash = 'old:' || event_id")
        store.con.execute("DELETE FROM store_meta WHERE key = 'row_hash'")
    assert len(set(hashes.values())) == len(hashes) > 20
    assert {e.split(":")[0] for e in hashes} == {"acled", "ucdp", "gtd", "seed"}
    with EventStore(store_path) as store:
        assert dict(store.con.execute(query).fetchall()) == hashes
        cleaned = "SELECT event_id, row_hash FROM events_clean"
        assert dict(store.con.execute(cleaned).fetchall()) == hashes
    reports = [*ingest_files(store_path, public)]
    reports += ingest_files(store_path, [seed], source="generic", mapping=mapping)
    assert [(r.stored, r.replaced) for r in reports] == [(0, 0)] * 4
    assert all(r.unchanged + r.quarantined == r.rows_read for r in reports)
    assert sum(r.unchanged for r in reports) > 20


def test_a_revised_figure_in_an_analysts_casualty_table_is_a_new_version(tmp_path, store_path):
    sample = ROOT / "data" / "sample"
    for name in ("seed_balochistan_events.csv", "seed_balochistan.yaml"):
        (tmp_path / name).write_bytes((sample / name).read_bytes())
    figures = pd.read_csv(sample / "seed_balochistan_casualties.csv", dtype=str)
    figures.to_csv(tmp_path / "seed_balochistan_casualties.csv", index=False)
    args = ([tmp_path / "seed_balochistan_events.csv"], "generic")
    ingest_files(store_path, *args, mapping=tmp_path / "seed_balochistan.yaml")
    assert figures.loc[1, ["event_id", "fatalities"]].tolist() == ["BAL-2024-08-25-02", "14"]
    figures.loc[1, "fatalities"] = "15"  # one of the event's three figures is revised
    figures.to_csv(tmp_path / "seed_balochistan_casualties.csv", index=False)
    (report,) = ingest_files(store_path, *args, mapping=tmp_path / "seed_balochistan.yaml")
    assert (report.events_replaced, report.events_new, report.replaced) == (1, 0, 4)  # + figures
    assert report.replaced_by_column == {"figures": 1}  # the event's own row as it was
    with EventStore(store_path, read_only=True) as store:
        history = store.con.execute("SELECT event_id FROM event_history").fetchall()
    assert history == [("seed:BAL-2024-08-25-02",)]


def test_fetched_text_columns_come_in_one_piece(tmp_path):
    """A result of several DuckDB row groups (122,880 rows each) arrives in chunks; the
    frame's text columns are one Arrow array each (rows taken from them copy only those
    rows), with every value, missing ones included, where it was."""
    import duckdb

    from analysis.store.eventstore import _fetch

    con = duckdb.connect(str(tmp_path / "rows.duckdb"))
    con.execute(
        "CREATE TABLE t AS SELECT range AS n, CASE WHEN range % 7 = 3 THEN NULL "
        "ELSE 'id:' || range END AS id FROM range(300000)"
    )
    chunks = con.sql("SELECT id FROM t ORDER BY n").to_arrow_table()["id"].num_chunks
    frame = _fetch(con, "SELECT n, id FROM t ORDER BY n", [])
    assert chunks > 1
    assert frame["id"].array._pa_array.num_chunks == 1
    assert frame["id"].isna().sum() == 300000 // 7 + (300000 % 7 > 3)
    assert frame.loc[299999, "id"] == "id:299999" and pd.isna(frame.loc[3, "id"])
    assert frame["id"].iloc[[11, 299998]].tolist() == ["id:11", "id:299998"]
