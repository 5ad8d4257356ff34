"""What each provider cites for an event is kept as it wrote it, shown and exported.

ACLED's ``source`` ("Dawn; Reuters"), UCDP GED's ``source_article`` and the GTD's
``scite1``-``scite3`` (one citation each; they hold semicolons of their own, so they are
kept one per line) land in ``cited_sources``; a duplicate cluster lists each record's
citations after its provider. A store made before the column gets it when its files are
read again. The expected texts are copied by hand from the files named.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metrics
from analysis.explore import demo_store, load
from analysis.reports import download
from analysis.sources import read_source
from analysis.store import EventStore
from conftest import FIXTURES, SAMPLE


@pytest.fixture(scope="module")
def demo():
    return demo_store()


def _cited(parsed, event_id: str):
    events = parsed.events.set_index("event_id")
    return events.loc[event_id, "cited_sources"]


def test_acled_s_source_column_is_kept_as_written():
    parsed = read_source(SAMPLE / "acled_pakistan_sample.csv")
    assert _cited(parsed, "acled:PAK130101") == "Dawn; Reuters"
    assert _cited(parsed, "acled:PAK130103") == "Dawn; Pakistan Railways"
    assert parsed.events["cited_sources"].notna().sum() == 30  # every row names a source


def test_ucdp_s_source_article_is_kept_as_written():
    parsed = read_source(FIXTURES / "layouts" / "ged191.csv")
    assert _cited(parsed, "ucdp:240101") == '"Clash in North Waziristan," Dawn, 2018-03-01'


def test_the_gtd_s_three_citations_are_kept_one_per_line(shared_data):
    parsed = read_source(shared_data / "gtd" / "gtd_1970-1972_head.csv")
    three = _cited(parsed, "gtd:197001010002").split("\n")
    assert three == [
        '"Police Chief Quits," Washington Post, January 2, 1970.',
        "\"Cairo Police Chief Quits; Decries Local 'Militants',\" Afro-American, January 10, 1970.",
        'Christopher Hewitt, "Political Violence and Terrorism in Modern America: A '
        'Chronology," Praeger Security International, 2005.',
    ]
    assert len(_cited(parsed, "gtd:197001020002").split("\n")) == 2  # scite3 blank
    # 542 of the extract's 1,210 records cite something: the records with scite1 filled,
    # counted in the file apart from the reader (no record fills scite2 without scite1)
    assert parsed.events["cited_sources"].notna().sum() == 542


def test_a_cluster_lists_each_provider_s_citations(demo):
    # Musakhail, 25 Aug 2024: ACLED's PAK130101, the seed table's row (which cites
    # nothing) and UCDP's 540102 are one event
    events = load(demo, admin1="Balochistan", start="2024-08-25", end="2024-08-26")
    table = events.chronology().set_index(metrics.place_label(events.events))
    assert table.loc["Musa Khel, Balochistan", "cited"] == (
        "acled: Dawn; Reuters\n"
        'ucdp: "Passengers shot after ID checks on Musakhail highway," Reuters, 2024-08-25'
    )
    exported = download.export_frame(events.events, events.fatalities).set_index("event_id")
    assert (
        exported.loc[events.event("seed:BAL-2024-08-25-01")["event_id"].iloc[0], "cited"]
        == (table.loc["Musa Khel, Balochistan", "cited"])
    )


def test_a_store_made_before_gets_the_citations_when_its_file_is_read_again(cli, store_path):
    acled = SAMPLE / "acled_pakistan_sample.csv"
    assert cli("ingest", "--store", store_path, acled).exit_code == 0
    with EventStore(store_path) as db:  # as the version before the column left it
        for table in ("events", "event_history", "events_clean"):
            db.con.execute(f"ALTER TABLE {table} DROP COLUMN cited_sources")
        db.con.execute("UPDATE store_meta SET value = '3' WHERE key = 'schema_version'")
        db.con.execute("UPDATE store_meta SET value = 'duckdb 1.4.0' WHERE key = 'row_hash'")
    again = cli.json("ingest", "--store", store_path, acled)
    # every one of the 30 records names a source the store lacked: each is replaced once
    assert (again["stored"], again["unchanged"], again["replaced"]) == (0, 0, 30)
    assert again["replaced_by_column"] == {"cited_sources": 30}  # and nothing else
    with EventStore(store_path, read_only=True) as db:
        cited = db.con.execute(
            "SELECT cited_sources FROM events_clean WHERE event_id = 'acled:PAK130101'"
        ).fetchone()
    assert cited == ("Dawn; Reuters",)
    third = cli.json("ingest", "--store", store_path, acled)
    assert (third["stored"], third["unchanged"], third["replaced"]) == (0, 30, 0)


def test_a_chronology_without_citations_leaves_the_column_blank():
    events = pd.DataFrame(
        {
            "cluster_id": ["x"],
            "date_start": pd.to_datetime(["2024-08-25"]),
            "date_end": pd.to_datetime(["2024-08-25"]),
            "date_precision": ["day"],
            "country": ["Pakistan"],
            "admin1": ["Balochistan"],
            "admin2": [None],
            "location": ["Kalat"],
            "actor1": ["BLA"],
            "actor2": [None],
            "event_type": ["Battles"],
            "sub_event_type": ["Armed clash"],
            "source": ["generic"],
            "notes": [None],
        }
    )
    fatalities = pd.DataFrame(
        {"cluster_id": ["x"], "victim_group": ["militants"], "low": [2], "best": [2], "high": [2]}
    )
    assert metrics.chronology(events, fatalities)["cited"].tolist() == [""]
