"""An ingest says what the new versions of replaced events change, column by column
(``replaced_by_column``): the weekly update's revisions at a glance."""

from __future__ import annotations

import pytest
from factories import acled_table

from analysis.sources import rawfile
from analysis.store import ingest_files
from conftest import SAMPLE


def test_the_bundled_update_revises_two_events_figures_notes_and_stamps(cli, store_path):
    # By hand from the two files: PAK130101 (fatalities 23 -> 25) and PAK130106 (4 -> 6)
    # come with new notes and a newer timestamp; PAK130102 comes with an older timestamp
    # (kept out, not replaced); the other five rows are new or identical.
    assert (
        cli(
            "ingest", "--store", store_path, SAMPLE / "acled_pakistan_sample.csv", "--no-clean"
        ).exit_code
        == 0
    )
    update = cli.json(
        "ingest", "--store", store_path, SAMPLE / "acled_pakistan_update.csv", "--no-clean"
    )
    assert (update["events_replaced"], update["older_versions_ignored"]) == (2, 1)
    assert update["replaced_by_column"] == {"figures": 2, "notes": 2, "source_updated_at": 2}
    assert update["files"][0]["replaced_by_column"] == update["replaced_by_column"]


def test_the_table_is_printed_with_the_counts(cli, store_path):
    cli("ingest", "--store", store_path, SAMPLE / "acled_pakistan_sample.csv", "--no-clean")
    printed = cli(
        "ingest", "--store", store_path, SAMPLE / "acled_pakistan_update.csv", "--no-clean"
    ).output
    rows = [" ".join(line.strip("│ ").split()) for line in printed.splitlines()]
    assert "Replaced events, by what changed" in " ".join(printed.split())  # title wraps
    assert {"figures │ 2", "notes │ 2", "source_updated_at │ 2"} <= set(rows)


def test_a_new_place_without_new_figures_is_counted_under_its_columns_only(tmp_path):
    table = acled_table(4, "R")
    table.to_csv(tmp_path / "v1.csv", index=False)
    ingest_files(tmp_path / "s.duckdb", [tmp_path / "v1.csv"])
    revised = table.assign(timestamp="1724889600")  # every row a newer version ...
    revised.loc[1, ["location", "latitude"]] = ["Mastung", "29.80"]  # ... R1 moved
    revised.loc[2, "fatalities"] = str(int(table.loc[2, "fatalities"]) + 1)  # R2 one more
    revised.loc[3, "actor2"] = "Unidentified Armed Group (Pakistan)"
    revised.to_csv(tmp_path / "v2.csv", index=False)
    (report,) = ingest_files(tmp_path / "s.duckdb", [tmp_path / "v2.csv"])
    assert report.events_replaced == 4  # the stamp alone makes R0 a new version
    assert report.replaced_by_column == {
        "source_updated_at": 4,
        "actor2": 1,
        "figures": 1,
        "latitude": 1,
        "location": 1,
    }


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(rawfile, "ARROW_BLOCK_BYTES", 4096)
    monkeypatch.setattr(rawfile, "STREAM_RECORDS", 50)


def test_a_file_read_in_parts_adds_its_parts_counts(tmp_path, small_parts):
    table = acled_table(240, "S")
    table.to_csv(tmp_path / "v1.csv", index=False)
    ingest_files(tmp_path / "s.duckdb", [tmp_path / "v1.csv"])
    revised = table.copy()
    every_third = revised.index % 3 == 0  # 80 events, in every part of 50 records
    revised.loc[every_third, "notes"] = "Security forces clashed with militants near Kalat town."
    revised.loc[every_third, "timestamp"] = "1724889600"
    revised.to_csv(tmp_path / "v2.csv", index=False)
    (report,) = ingest_files(tmp_path / "s.duckdb", [tmp_path / "v2.csv"])
    assert report.events_replaced == 80
    assert report.replaced_by_column == {"notes": 80, "source_updated_at": 80}
