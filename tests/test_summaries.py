"""Providers' tables of counts (ACLED's aggregated data, HDX's monthly counts, UCDP's
battle-related deaths) are refused with one line saying what they are, before a store is
made; an analyst's own table read through a mapping is not."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import UserError
from analysis.sources import read_source
from analysis.sources.summaries import SUMMARY_TABLES, summary_table
from conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"

REFUSED = [
    ("acled_aggregated.csv", "ACLED's aggregated data", "for these countries and weeks"),
    ("acled_hdx_monthly.csv", "ACLED's monthly counts on HDX", "for these countries and months"),
    ("ucdp_brd.csv", "UCDP's battle-related deaths dataset", "UCDP GED"),
]


@pytest.mark.parametrize(("name", "table", "where"), REFUSED)
def test_a_table_of_counts_is_refused_in_one_line_and_no_store_is_made(
    cli, store_path, name, table, where
):
    result = cli("ingest", LAYOUTS / name, "--store", store_path, "--no-clean")
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {LAYOUTS / name}: {table}, not events")
    assert where in lines[0]
    assert not store_path.exists()


@pytest.mark.parametrize("source", ["acled", "ucdp", "gtd"])
def test_a_named_source_does_not_read_aggregated_data_as_events(cli, store_path, source):
    # without the check, --source acled said "missing required ACLED column(s)"
    result = cli(
        "ingest", LAYOUTS / "acled_aggregated.csv", "--source", source, "--store", store_path
    )
    assert result.exit_code == 2
    assert "ACLED's aggregated data, not events" in result.output


def test_aggregated_data_as_xlsx_is_refused_the_same_way(tmp_path):
    path = tmp_path / "Asia-Pacific_aggregated_data_up_to-2025-11-29.xlsx"
    pd.read_csv(LAYOUTS / "acled_aggregated.csv", dtype=str).to_excel(path, index=False)
    with pytest.raises(UserError, match="ACLED's aggregated data, not events"):
        read_source(path)


def test_the_documented_lower_case_header_is_known():
    # ACLED's page on its aggregated dataset names the columns in lower case, with
    # population_best where the downloaded files write POPULATION_EXPOSURE
    header = ["week", "region", "country", "admin1", "disorder_type", "event_type",
              "sub_event_type", "events", "fatalities", "population_best",
              "centroid_longitude", "centroid_latitude"]  # fmt: skip
    assert summary_table(header).name == "ACLED's aggregated data"


def test_event_layouts_are_not_tables_of_counts():
    for name in ("acled_current_labels.csv", "ged191.csv", "gtd_united_states.csv",
                 "acled_hdx.csv", "ged_candidate.csv", "acled_2016_realtime.csv"):  # fmt: skip
        header = pd.read_csv(LAYOUTS / name, nrows=0, encoding="latin-1").columns
        assert summary_table(header) is None, name
    # every signature needs more than one column: a single "year" or "events" is no mark
    assert all(len(table.signature) >= 2 for table in SUMMARY_TABLES)


def test_an_analysts_table_of_counts_read_through_a_mapping_is_not_refused(tmp_path):
    # a mapping says what the columns mean: the analyst decided, the file is read
    (tmp_path / "weekly.csv").write_text(
        "id,week,events,fatalities,event_type,country\nw1,2025-01-04,3,5,Battles,Pakistan\n"
    )
    (tmp_path / "weekly.yaml").write_text(
        "source: mine\nevents:\n  columns:\n    source_event_id: id\n    date_start: week\n"
        "    event_type: event_type\n    country: country\n    fatalities: fatalities\n"
    )
    parsed = read_source(tmp_path / "weekly.csv", mapping=tmp_path / "weekly.yaml")
    assert len(parsed.events) + len(parsed.quarantine) == 1
