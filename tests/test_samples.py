"""The bundled samples, ingested: figures worked out by hand in src/analysis/samples/README.md."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.store import EventStore
from conftest import FIXTURES, SAMPLE, Cli, balanced


@pytest.fixture(scope="module")
def _acled_ingested(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("acled") / "events.duckdb"
    Cli().json("ingest", SAMPLE / "acled_pakistan_sample.csv", "--store", path)
    return path


@pytest.fixture
def acled_ingested(store_path, _acled_ingested) -> Path:
    """``store_path`` holding the ACLED sample, as `analysis ingest` leaves it (a copy of a
    store built once for the module)."""
    shutil.copy(_acled_ingested, store_path)
    return store_path


def group_totals(store_path, **filters) -> dict[str, list[int]]:
    with EventStore(store_path, read_only=True) as store:
        figures = store.casualties(**filters)
    sums = figures.groupby("victim_group")[["low", "best", "high"]].sum()
    return {group: [int(v) for v in row] for group, row in sums.iterrows()}


@pytest.mark.parametrize(
    "name", ["acled_pakistan_sample.csv", "ucdp_ged_sample.csv", "gtd_sample.csv"]
)
def test_each_sample_twice_gives_identical_counts(cli, store_path, name):
    first = cli.json("ingest", SAMPLE / name, "--store", store_path, "--no-clean")
    summary = cli.json("summary", "--store", store_path)
    second = cli.json("ingest", SAMPLE / name, "--store", store_path, "--no-clean")
    assert balanced(first) and balanced(second)
    assert first["quarantined"] == 0 and first["stored"] == first["rows_read"] == 20 + (
        10 if name.startswith("acled") else 0
    )
    assert second["unchanged"] == first["stored"] and second["stored"] == 0
    assert cli.json("summary", "--store", store_path) | {"ingests": 0} == summary | {"ingests": 0}


def test_acled_sample_totals(acled_ingested):
    store_path = acled_ingested
    # 30 events, 114 fatalities: civilians 40 (10 civilian-targeting rows), unknown 74.
    assert group_totals(store_path) == {"civilians": [40, 40, 40], "unknown": [74, 74, 74]}
    with EventStore(store_path, read_only=True) as store:
        events = store.events()
        by_admin1 = events.groupby("admin1").size().to_dict()
        balochistan = group_totals(store_path, admin1="Balochistan")
    assert len(events) == 30
    assert by_admin1["Balochistan"] == 15 and by_admin1["Khyber Pakhtunkhwa"] == 9
    assert sum(v[1] for v in balochistan.values()) == 78
    assert sum(v[1] for v in group_totals(store_path, country="Pakistan").values()) == 109


def test_acled_update_then_deletions(cli, acled_ingested):
    store_path = acled_ingested
    update = cli.json(
        "ingest", SAMPLE / "acled_pakistan_update.csv", "--store", store_path, "--no-clean"
    )
    counts = [update[k] for k in ("rows_read", "stored", "unchanged", "replaced", "quarantined")]
    assert counts == [8, 2, 4, 2, 0]
    assert update["older_versions_ignored"] == 1
    assert group_totals(store_path) == {"civilians": [42, 42, 42], "unknown": [79, 79, 79]}
    deleted = cli.json("delete", SAMPLE / "acled_deleted_ids.txt", "--store", store_path)
    assert deleted["marked_deleted"] == 2 and deleted["not_found"] == 0
    assert group_totals(store_path) == {"civilians": [40, 40, 40], "unknown": [79, 79, 79]}
    summary = cli.json("summary", "--store", store_path)
    assert (summary["events"], summary["deleted_events"], summary["history_versions"]) == (30, 2, 2)


def test_an_update_with_an_older_version_says_why_its_totals_differ(cli, acled_ingested):
    store_path = acled_ingested
    result = cli(
        "ingest", SAMPLE / "acled_pakistan_update.csv", "--store", store_path, "--no-clean"
    )
    assert result.exit_code == 0, result.output
    # the update's 8 rows give 1+5+3+25+6+7+2+1 = 50; PAK130102 comes as its older version
    # (7 killed, stamped 1724738400) and the store keeps the newer one's 10: 53 stored
    rows = [line for line in result.output.splitlines() if "acled_pakistan_update" in line]
    row = next(line for line in rows if "stored 3 more" in line)  # the fatalities table's row
    assert [c.strip() for c in row.split("│")[2:5]] == ["50", "53", "stored 3 more"]
    said = " ".join(result.output.split())
    assert (
        "acled_pakistan_update.csv: 1 older version kept out (the store holds a newer one" in said
    )


def test_ucdp_side_mapping_and_shares(cli, store_path):
    cli.json("ingest", SAMPLE / "ucdp_ged_sample.csv", "--store", store_path, "--no-clean")
    assert group_totals(store_path) == {
        "civilians": [44, 44, 49],
        "militants": [61, 66, 79],
        "security_forces": [35, 36, 46],
        "unknown": [7, 7, 9],
    }
    pakistan = group_totals(store_path, country="Pakistan")
    assert {g: v[1] for g, v in pakistan.items()} == {
        "civilians": 35,
        "militants": 62,
        "security_forces": 34,
        "unknown": 6,
    }
    with EventStore(store_path, read_only=True) as store:
        events = store.events()
    assert events["date_precision"].value_counts().to_dict() == {
        "day": 13,
        "month": 4,
        "week": 2,
        "year": 1,
    }
    assert events["geo_precision"].value_counts().to_dict() == {
        "exact": 7,
        "admin2": 5,
        "near": 3,
        "admin1": 3,
        "country": 1,
        "unknown": 1,
    }


def test_gtd_groups_dates_claims_and_related(cli, store_path):
    cli.json("ingest", SAMPLE / "gtd_sample.csv", "--store", store_path, "--no-clean")
    totals = group_totals(store_path)
    assert {g: v[1] for g, v in totals.items()} == {
        "civilians": 23,
        "security_forces": 15,
        "militants": 10,
        "unknown": 1,
    }
    with EventStore(store_path, read_only=True) as store:
        events = store.events().set_index("source_event_id")
        figures = store.casualties()
    assert figures["best"].isna().sum() == 2  # nkill blank and -99
    assert events.loc["201405000001", "date_precision"] == "month"  # iday 0
    assert str(events.loc["201405000001", "date_end"].date()) == "2014-05-31"
    assert events.loc["201500000001", "date_precision"] == "year"  # imonth 0
    assert str(events.loc["201500000001", "date_end"].date()) == "2015-12-31"
    assert str(events.loc["201511030001", "date_end"].date()) == "2015-11-20"  # resolution
    assert events["claim_status"].value_counts().to_dict() == {"claimed": 11, "attributed": 6}
    related = events.loc[["201508260001", "201508260002", "201508260003"], "related_id"]
    assert set(related) == {"201508260001"}


MALFORMED = FIXTURES / "malformed"


@pytest.mark.parametrize(
    ("name", "read", "stored", "quarantined", "problems"),
    [
        ("acled_semicolon.csv", 3, 3, 0, []),
        (
            "acled_bad_rows.csv",
            6,
            2,
            4,
            [
                (3, "event_date", "unparseable date (expected e.g. '25 August 2024')"),
                (4, "fatalities", "negative fatalities"),
                (5, "latitude", "latitude outside -90..90"),
                (7, "fatalities", "not a whole number"),
            ],
        ),
        ("acled_latin1.csv", 3, 3, 0, []),
        ("acled_bom.csv", 2, 2, 0, []),
        ("header_only.csv", 0, 0, 0, []),
        (
            "acled_ragged.csv",
            4,
            2,
            2,
            [
                (3, "", "record has 32 field(s), the header has 31"),
                (5, "", "record has 30 field(s), the header has 31"),
            ],
        ),
        (
            "acled_duplicate_ids.csv",
            3,
            2,
            1,
            [
                (
                    4,
                    "event_id",
                    "event id repeated in this file with different content (first at row 2)",
                )
            ],
        ),
        ("ucdp_bad.csv", 3, 2, 1, [(4, "date_end", "date_end is before date_start")]),
        ("gtd_truncated.csv", 3, 2, 1, [(4, "", "record has 19 field(s), the header has 135")]),
    ],
)
def test_malformed_files_give_named_problems(
    cli, store_path, name, read, stored, quarantined, problems
):
    report = cli.json("ingest", MALFORMED / name, "--store", store_path, "--no-clean")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (
        read,
        stored,
        quarantined,
    )
    assert balanced(report)
    listed = cli.json("quarantine", "--store", store_path)["quarantine"]
    assert [(q["source_row"], q["column"], q["reason"]) for q in listed] == problems
    assert all(q["source_file"].endswith(name) for q in listed)


def test_records_that_cannot_be_split_are_in_neither_fatality_total(cli, store_path):
    """acled_ragged.csv: PAK130116 and PAK130120 read (5 + 5 = 10 deaths); PAK130118 (32
    fields, 4 deaths) and PAK130121 (30 fields, 2 deaths) cannot be split into the header's
    31 columns, so their 6 deaths are in neither total, and the table says so."""
    report = cli.json("ingest", MALFORMED / "acled_ragged.csv", "--store", store_path, "--no-clean")
    assert (report["fatalities_read"], report["fatalities_stored"]) == (10, 10)
    assert (report["quarantined"], report["quarantined_unread"]) == (2, 2)
    text = cli(
        "ingest", MALFORMED / "acled_ragged.csv", "--store", store_path.with_name("t.duckdb")
    )
    assert "agree (2 unread)" in text.output
    assert "2 quarantined records could not be split into fields" in " ".join(text.output.split())


def test_latin1_text_is_decoded_and_warned(cli, store_path):
    report = cli.json("ingest", MALFORMED / "acled_latin1.csv", "--store", store_path, "--no-clean")
    assert any("read as CP1252" in w for w in report["warnings"])
    with EventStore(store_path, read_only=True) as store:
        text = " ".join(store.events()["notes"]) + " ".join(store.events()["location"])
    for fragment in ("–", "é", "’", "Zhöb"):
        assert fragment in text


def test_semicolon_warning_names_the_separator(cli, store_path):
    report = cli.json(
        "ingest", MALFORMED / "acled_semicolon.csv", "--store", store_path, "--no-clean"
    )
    assert any("';'" in w and "acled_semicolon.csv" in w for w in report["warnings"])


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty.csv: the file is empty (no header row)"),
        ("acled_missing_column.csv", "missing required ACLED column(s): event_date"),
    ],
)
def test_unusable_files_are_exit_2(cli, store_path, name, message):
    result = cli("ingest", MALFORMED / name, "--store", store_path, "--no-clean")
    assert result.exit_code == 2
    assert message in result.output
