"""UCDP's GED as a Stata file (``ged191-dta.zip`` holding ``GEDEvent_v19_1.dta``, as UCDP
publishes it beside the CSV): the same events and totals as ``ged191.csv``, worked out by hand
in tests/fixtures/layouts/README.md (4 events, best 29: civilians 7, militants 6, security
forces 4, unknown 12; two rows repaired)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis.sources import rawfile, statafile
from conftest import FIXTURES, balanced, one_line_error

LAYOUTS = FIXTURES / "layouts"
NUMBERS = [
    "id",
    "active_year",
    "type_of_violence",
    "conflict_new_id",
    "dyad_new_id",
    "side_a_new_id",
    "gwnoa",
    "side_b_new_id",
    "gwnob",
    "number_of_sources",
    "where_prec",
    "latitude",
    "longitude",
    "priogrid_gid",
    "country_id",
    "event_clarity",
    "date_prec",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
]
DATES = ("source_date", "date_start", "date_end")


def ged_dta(path: Path, version: int = 118) -> Path:
    """ged191.csv as a Stata file the way UCDP's holds it: counts and codes as numbers
    (``gwnob`` missing, a float), ``year`` as text, dates as Stata datetimes."""
    frame = pd.read_csv(LAYOUTS / "ged191.csv", dtype=str, keep_default_na=False)
    for name in NUMBERS:
        frame[name] = pd.to_numeric(frame[name].replace("", None))
    for name in DATES:
        frame[name] = pd.to_datetime(frame[name])
    frame.to_stata(
        path, write_index=False, version=version, convert_dates=dict.fromkeys(DATES, "tc")
    )
    return path


def group_best(cli, store: Path) -> dict:
    from analysis.store import EventStore

    with EventStore(store, read_only=True) as db:
        figures = db.casualties()
    return {k: int(v) for k, v in figures.groupby("victim_group")["best"].sum().items()}


GROUPS = {"civilians": 7, "militants": 6, "security_forces": 4, "unknown": 12}


def test_ged_as_a_stata_file_holds_the_csvs_events_and_totals(cli, store_path, tmp_path):
    report = cli.json(
        "ingest", ged_dta(tmp_path / "GEDEvent_v19_1.dta"), "--store", store_path, "--no-clean"
    )
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (4, 4, 0)
    assert balanced(report) and report["repaired"] == 2
    assert report["fatalities_read"] == report["fatalities_stored"] == 29
    assert group_best(cli, store_path) == GROUPS
    # the provider's CSV of the same events: every one unchanged
    again = cli.json("ingest", LAYOUTS / "ged191.csv", "--store", store_path, "--no-clean")
    assert (again["unchanged"], again["stored"], again["replaced"]) == (4, 0, 0)


def test_an_older_stata_format_reads_the_same(cli, store_path, tmp_path):
    """Stata 13's format (114 and 117 before UTF-8): the same rows and totals."""
    for version in (114, 117):
        path = ged_dta(tmp_path / f"ged{version}.dta", version)
        report = cli.json("ingest", path, "--store", store_path, "--no-clean")
        assert report["fatalities_read"] == 29 and report["quarantined"] == 0
    assert group_best(cli, store_path) == GROUPS


def test_text_that_is_not_utf8_is_read_as_latin1_with_a_warning(cli, store_path, tmp_path):
    data = ged_dta(tmp_path / "ged.dta").read_bytes()
    assert data.count(b"Miranshah town") == 2  # where_coordinates and where_description
    bad = tmp_path / "latin1.dta"
    bad.write_bytes(data.replace(b"Miranshah town", b"Miransh\xe2h town"))
    report = cli.json("ingest", bad, "--store", store_path, "--no-clean")
    assert report["fatalities_stored"] == 29
    assert any("not UTF-8 was read as Latin-1" in w for w in report["warnings"])


def test_ged_stata_file_in_ucdps_zip(cli, store_path, tmp_path):
    dta = ged_dta(tmp_path / "GEDEvent_v19_1.dta").read_bytes()
    archive = tmp_path / "ged191-dta.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("GEDEvent_v19_1.dta", dta)
    report = cli.json("ingest", archive, "--store", store_path, "--no-clean")
    assert (report["rows_read"], report["stored"], report["fatalities_stored"]) == (4, 4, 29)
    assert report["files"][0]["file"].endswith("ged191-dta.zip [GEDEvent_v19_1.dta]")


@pytest.mark.parametrize(("part_bytes", "parts"), [(1, 4), (10**9, 1)])
def test_a_stata_file_read_in_parts_gives_the_same_rows(tmp_path, monkeypatch, part_bytes, parts):
    """Parts sized by the width of a row (one row a part when a part may hold 1 byte):
    every row once, in order, numbered from 2, each part counting its own."""
    path = ged_dta(tmp_path / "ged.dta")
    monkeypatch.setattr(statafile, "PART_CHARACTERS", part_bytes)
    tables = list(statafile.read_dta_chunks(path))
    assert len(tables) == parts
    rows = pd.concat([t.frame for t in tables])
    assert rows["source_row"].tolist() == [2, 3, 4, 5]
    assert [t.records for t in tables] == [len(t.frame) for t in tables]
    assert rows["best"].tolist() == ["10", "12", "7", "0"]
    assert rows["gwnob"].tolist() == ["", "", "", ""]
    assert rows["date_start"].tolist()[:2] == ["2018-03-01", "2018-01-01"]
    assert rows["year"].tolist() == ["2018"] * 4


def test_a_file_that_is_not_stata_is_one_line(cli, store_path, tmp_path):
    fake = tmp_path / "ged.dta"
    fake.write_bytes((LAYOUTS / "ged191.csv").read_bytes())
    one_line_error(
        cli("ingest", fake, "--store", store_path, "--no-clean"), "ged.dta", "not a Stata file"
    )


def test_a_stata_file_cut_short_is_one_line(cli, store_path, tmp_path):
    data = ged_dta(tmp_path / "whole.dta").read_bytes()
    cut = tmp_path / "cut.dta"
    cut.write_bytes(data[: len(data) // 2])
    result = cli("ingest", cut, "--store", store_path, "--no-clean")
    one_line_error(result, "cut.dta")


def test_read_table_reads_a_stata_file(tmp_path):
    table = rawfile.read_table(ged_dta(tmp_path / "ged.dta"))
    assert table.records == 4 and table.frame["id"].tolist() == [
        "240101",
        "240102",
        "240103",
        "240104",
    ]
