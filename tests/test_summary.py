"""`analysis summary` says whether the cleaned tables can be reported from (and the command
that brings them up to date when not), and what the cleaning found: the real events once
duplicates are linked, the links, the campaigns."""

from __future__ import annotations

import pandas as pd
from factories import acled_table

from conftest import SAMPLE as SAMPLES

MAPPING = """\
source: analyst
events:
  columns:
    source_event_id: id
    date_start: date
    event_type: event_type
    sub_event_type: sub_event_type
    actor1: actor1
    actor2: actor2
    admin1: admin1
    location: location
    latitude: latitude
    longitude: longitude
    fatalities: fatalities
  date_format: "%Y-%m-%d"
  defaults:
    country: Pakistan
    iso3: PAK
"""


def _files(folder):
    # Four ACLED events in Kalat: T0 and T1 by the BLA on 25 August (one actor, one
    # province, one day: a campaign), T2 a clash on 10 September, T3 a military operation
    # on 25 August (state forces: no campaign of its own).
    acled = acled_table(4, "T")
    acled["event_date"] = [
        "25 August 2024",
        "25 August 2024",
        "10 September 2024",
        "25 August 2024",
    ]
    acled.loc[[0, 1], "actor1"] = "BLA: Baloch Liberation Army"
    acled.loc[[0, 1], "actor2"] = "Police Forces of Pakistan (2018-)"
    acled["fatalities"] = ["10", "3", "5", "0"]
    acled.to_csv(folder / "acled.csv", index=False)
    # An analyst's table holding T2 again: the same day, place, sides and toll.
    pd.DataFrame(
        {
            "id": ["K-1"],
            "date": ["2024-09-10"],
            "event_type": ["Battles"],
            "sub_event_type": ["Armed clash"],
            "actor1": ["Military Forces of Pakistan"],
            "actor2": ["Baloch Liberation Army (BLA)"],
            "admin1": ["Balochistan"],
            "location": ["Kalat"],
            "latitude": ["29.03"],
            "longitude": ["66.59"],
            "fatalities": ["5"],
        }
    ).to_csv(folder / "analyst.csv", index=False)
    (folder / "analyst.yaml").write_text(MAPPING, encoding="utf-8")


def test_the_summary_follows_the_cleaning_from_none_to_current(cli, tmp_path):
    _files(tmp_path)
    store = tmp_path / "s.duckdb"
    assert cli("ingest", "--store", store, tmp_path / "acled.csv", "--no-clean").exit_code == 0
    assert cli.json("summary", "--store", store)["cleaning"] == {
        "state": "not_cleaned",
        "fix": f"analysis clean --store {store}",
    }
    assert cli("clean", "--store", store).exit_code == 0
    cleaning = cli.json("summary", "--store", store)["cleaning"]
    assert (cleaning["state"], cleaning["fix"], cleaning["behind"]) == ("current", None, 0)
    assert (cleaning["real_events"], cleaning["duplicate_links"], cleaning["campaigns"]) == (
        4,
        0,
        1,
    )
    analyst = ("--source", "generic", "--mapping", tmp_path / "analyst.yaml")
    added = cli("ingest", "--store", store, tmp_path / "analyst.csv", *analyst, "--no-clean")
    assert added.exit_code == 0, added.output
    cleaning = cli.json("summary", "--store", store)["cleaning"]
    assert (cleaning["state"], cleaning["behind"]) == ("behind", 1)
    assert cleaning["fix"] == f"analysis clean --update --store {store}"
    printed = " ".join(cli("summary", "--store", store).output.split())
    assert "cleaned tables │ 1 update(s) behind the ingested data: run `analysis clean" in printed
    assert cli("clean", "--update", "--store", store).exit_code == 0
    cleaning = cli.json("summary", "--store", store)["cleaning"]
    # five events, T2 and K-1 one real event: four
    assert (cleaning["state"], cleaning["real_events"], cleaning["duplicate_links"]) == (
        "current",
        4,
        1,
    )
    assert cleaning["campaigns"] == 1


def test_the_newest_provider_update_is_what_the_next_api_pull_starts_after(cli, tmp_path):
    # the sample's `timestamp` column, read by hand: its largest value is 1725966300
    # (2024-09-10 11:05:00 UTC), on PAK130113 and PAK130115; the next, 1725354720
    # (2024-09-03 09:12:00), on PAK130101 and PAK130102. UCDP's sample has no stamp.
    store = tmp_path / "s.duckdb"
    sample = SAMPLES / "acled_pakistan_sample.csv"
    result = cli("ingest", sample, SAMPLES / "ucdp_ged_sample.csv", "--store", store, "--no-clean")
    assert result.exit_code == 0, result.output
    newest = cli.json("summary", "--store", store)["newest_update_by_source"]
    assert newest == {"acled": {"utc": "2024-09-10T11:05:00Z", "unix": 1725966300}}
    shown = " ".join(cli("summary", "--store", store).output.split())
    assert "newest update from acled │ 2024-09-10 11:05:00 UTC (timestamp 1725966300)" in shown
    # deleted events are not the store's: the newest is then the next stamp
    (tmp_path / "deleted.txt").write_text("PAK130113\nPAK130115\n")
    assert cli("delete", tmp_path / "deleted.txt", "--store", store).exit_code == 0
    newest = cli.json("summary", "--store", store)["newest_update_by_source"]
    assert newest == {"acled": {"utc": "2024-09-03T09:12:00Z", "unix": 1725354720}}
