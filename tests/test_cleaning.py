"""The cleaning chain on the bundled samples: nothing lost, idempotent, the seed's figures."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.clean.actors import normalise_actors
from analysis.clean.campaigns import link_campaigns
from analysis.clean.duplicates import link_duplicates
from analysis.clean.pipeline import derive_figures
from analysis.clean.places import normalise_places
from analysis.clean.reconcile import reconcile
from analysis.errors import UserError
from analysis.sources import read_source
from analysis.store import EventStore
from analysis.store.tables import ADDED_EVENT_COLUMNS
from conftest import SAMPLE

FILES = [
    ("seed_balochistan_events.csv", SAMPLE / "seed_balochistan.yaml"),
    ("acled_pakistan_sample.csv", None),
    ("ucdp_ged_sample.csv", None),
    ("gtd_sample.csv", None),
]


@pytest.fixture(scope="module")
def samples() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every bundled sample read into one events frame and one casualties frame."""
    parsed = [read_source(SAMPLE / name, mapping=mapping) for name, mapping in FILES]
    events = pd.concat([p.events for p in parsed], ignore_index=True)
    casualties = pd.concat([p.casualties for p in parsed], ignore_index=True)
    return events.drop(columns=["_rows"], errors="ignore"), casualties


def _places(events, casualties):
    return normalise_places(events)[0]


def _actors(events, casualties):
    return normalise_actors(events)[0]


def _duplicates(events, casualties):
    return link_duplicates(events, casualties)[0]


def _campaigns(events, casualties):
    return link_campaigns(events)


STEPS = {"places": _places, "actors": _actors, "duplicates": _duplicates, "campaigns": _campaigns}


@pytest.mark.parametrize("step", list(STEPS))
def test_each_step_keeps_every_row_and_is_idempotent(samples, step):
    events, casualties = samples
    once = STEPS[step](events, casualties)
    twice = STEPS[step](once, casualties)
    assert len(once) == len(events) == 8 + 30 + 20 + 20
    assert once["event_id"].tolist() == events["event_id"].tolist()
    pd.testing.assert_frame_equal(once, twice)


def test_the_chain_is_idempotent_and_logs_every_step(samples):
    events, casualties = samples
    once = analysis.clean(events, casualties)
    twice = analysis.clean(once.events, casualties)
    assert len(once.events) == len(twice.events) == len(events)
    pd.testing.assert_frame_equal(once.events, twice.events)
    steps = set(once.changes["step"])
    assert {"places", "actors", "duplicates", "campaigns"} <= steps
    assert twice.changes.empty


def test_derived_figures_keep_every_casualty_row_and_add_once(samples):
    events, casualties = samples
    cleaned = analysis.clean(events, casualties).events
    figures = derive_figures(cleaned, casualties)
    assert len(figures) >= len(casualties)
    assert (
        figures.loc[: len(casualties) - 1, "event_id"].tolist() == casualties["event_id"].tolist()
    )
    again = derive_figures(cleaned, figures)
    assert len(again) == len(figures)


def test_seed_spellings_are_normalised(samples):
    events, casualties = samples
    cleaned = analysis.clean(events, casualties).events
    seed = cleaned[cleaned["source"].eq("seed")].set_index("source_event_id")
    assert seed.loc["BAL-2024-08-25-01", "location"] == "Musa Khel"
    assert seed.loc["BAL-2024-08-25-05", "location"] == "Kalat"
    assert seed.loc["BAL-2024-08-25-02", "actor2"] == "Baloch Liberation Army"
    assert seed.loc["BAL-2024-08-25-01", "actor1"] == "Unidentified Armed Group (Pakistan)"
    acled = cleaned[cleaned["source"].eq("acled")]
    assert "Musakhail" not in set(acled["location"].dropna())
    assert "Noshki" not in set(acled["location"].dropna()) | set(acled["admin2"].dropna())


def test_seed_article_reconciles_to_the_headline(cli, store_path):
    """Militants 21 (military) and 12 (interior ministry, overlap unknown) → 21–33; the
    total is 23 + 14 + 21 + 6 + 6 + 3 + 1 = 74 low and 23 + 14 + 33 + 6 + 6 + 4 = 86 high,
    a range whose low is above the headline's "more than 60"."""
    mapping = SAMPLE / "seed_balochistan.yaml"
    seed = SAMPLE / "seed_balochistan_events.csv"
    assert (
        cli("ingest", "--store", store_path, "--mapping", mapping, seed, "--no-clean").exit_code
        == 0
    )
    assert cli("clean", "--store", store_path).exit_code == 0
    with EventStore(store_path, read_only=True) as db:
        fatalities = db.fatalities()
    ops = fatalities[fatalities["cluster_id"].eq("seed:BAL-2024-08-25-02")]
    militants = ops[ops["victim_group"].eq("militants")].iloc[0]
    assert (militants["low"], militants["best"], militants["high"]) == (21, 21, 33)
    total = fatalities[["low", "best", "high"]].sum()
    assert total.tolist() == [74, 74, 86]
    assert total["low"] > 60


def test_reconcile_keeps_every_figure_it_was_given(samples):
    events, casualties = samples
    cleaned = analysis.clean(events, casualties).events
    figures = derive_figures(cleaned, casualties)
    fatalities, claims = reconcile(figures, cleaned)
    assert fatalities["figures"].sum() + claims["figures"].sum() == len(figures)


def test_an_analysts_overlap_statement_reaches_the_fatalities(cli, tmp_path):
    """The generic casualty table's ``overlap`` column: the ministry's 12 said to be among
    the military's 21 → 21 militants, not 21–33; a bad value is quarantined by name."""
    (tmp_path / "events.csv").write_text(
        "event_id,date_start,event_type,sub_event_type,admin1\n"
        "ops,2024-08-25,Battles,Armed clash,Balochistan\n"
    )
    (tmp_path / "figures.csv").write_text(
        "event_id,victim_group,fatalities,reported_by,overlap\n"
        "ops,militants,21,Pakistan military,\n"
        "ops,militants,12,Interior ministry,included\n"
        "ops,civilians,3,Police,maybe\n"
    )
    (tmp_path / "map.yaml").write_text(
        "source: mine\n"
        "events:\n  columns: {source_event_id: event_id, date_start: date_start,\n"
        "    event_type: event_type, sub_event_type: sub_event_type, admin1: admin1}\n"
        "  defaults: {country: Pakistan, iso3: PAK, date_precision: day,"
        " geo_precision: admin1}\n"
        "casualties:\n  file: figures.csv\n"
        "  columns: {source_event_id: event_id, victim_group: victim_group,\n"
        "    fatalities: fatalities, reported_by: reported_by, overlap: overlap}\n"
    )
    store = tmp_path / "s.duckdb"
    report = cli.json(
        "ingest", "--store", store, "--mapping", tmp_path / "map.yaml", tmp_path / "events.csv"
    )
    assert report["quarantined"] == 1
    assert cli("clean", "--store", store).exit_code == 0
    with EventStore(store, read_only=True) as db:
        problems = db.quarantine()
        fatalities = db.fatalities()
    assert problems[["source_row", "column"]].values.tolist()[0][1] == "overlap"
    militants = fatalities[fatalities["victim_group"].eq("militants")].iloc[0]
    assert (militants["low"], militants["best"], militants["high"]) == (21, 21, 21)


def test_a_store_made_before_the_overlap_column_is_upgraded(cli, store_path):
    acled = SAMPLE / "acled_pakistan_sample.csv"
    assert cli("ingest", "--store", store_path, acled, "--no-clean").exit_code == 0
    with EventStore(store_path) as db:  # make it look like a schema-1 store
        db.con.execute("ALTER TABLE casualties DROP COLUMN overlap")
        db.con.execute("ALTER TABLE casualty_history DROP COLUMN overlap")
        db.con.execute("CREATE INDEX casualties_event ON casualties (event_id)")
        for table in ("events", "event_history"):  # nor the source's own types
            for column in ADDED_EVENT_COLUMNS:
                db.con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.con.execute("UPDATE store_meta SET value = '1' WHERE key = 'schema_version'")
    update = SAMPLE / "acled_pakistan_update.csv"
    report = cli.json("ingest", "--store", store_path, update, "--no-clean")
    assert report["replaced"] == 2
    with EventStore(store_path, read_only=True) as db:
        assert "overlap" in db.casualties().columns
        version = db.con.execute(
            "SELECT value FROM store_meta WHERE key = 'schema_version'"
        ).fetchone()
        indexes = db.con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()
    assert version == ("4",)
    assert indexes == []  # the older stores' index on casualties (event_id) is dropped


def test_a_store_cleaned_before_associated_types_is_cleaned_again(cli, store_path):
    acled = SAMPLE / "acled_pakistan_sample.csv"
    assert cli("ingest", "--store", store_path, acled).exit_code == 0
    with EventStore(store_path) as db:  # make it look cleaned by an older version
        for column in ("assoc_actor1_type", "assoc_actor2_type"):
            db.con.execute(f"ALTER TABLE events_clean DROP COLUMN {column}")
    with EventStore(store_path, read_only=True) as db:
        assert db.cleaned_by_older_version()
        with pytest.raises(UserError, match="older version.*clean --update"):
            db.require_clean()
    assert cli.json("clean", "--update", "--store", store_path)["mode"] == "full"
    with EventStore(store_path, read_only=True) as db:
        assert not db.cleaned_by_older_version()
        db.require_clean()
        events = db.clean_events()
    named = events.dropna(subset=["assoc_actor1"])
    assert len(named) and named["assoc_actor1_type"].notna().all()


def test_cleaned_tables_made_with_other_reference_tables_are_made_again(
    cli, store_path, tmp_path, monkeypatch
):
    """The alias table changes (an upgrade, or an analyst's own ``$ANALYSIS_REFERENCE_DIR``):
    the sample's 9 events whose actor1 is "BLA: Baloch Liberation Army" keep their old
    cleaned name until the store is cleaned with the new table. Reports refuse the store
    with one line; the next ingest of an update cleans every event again (not only the
    update's), so all of them take the new name; a store cleaned before the digest was
    recorded is treated the same."""
    from analysis.reference import TABLES, reference_dir

    acled = SAMPLE / "acled_pakistan_sample.csv"
    assert cli("ingest", "--store", store_path, acled).exit_code == 0
    own = tmp_path / "reference"
    own.mkdir()
    for name in TABLES:
        (own / name).write_bytes((reference_dir() / name).read_bytes())
    table = (own / "actors.csv").read_text(encoding="utf-8")
    renamed = table.replace(",Baloch Liberation Army,", ",Balochistan Liberation Army,")
    assert renamed != table
    renamed += "Baloch Liberation Army,Balochistan Liberation Army,rebel/separatist,project,PAK\n"
    (own / "actors.csv").write_text(renamed, encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(own))

    with EventStore(store_path, read_only=True) as db:
        assert db.cleaned_with_other_reference()
        with pytest.raises(UserError, match="other reference tables.*clean --update"):
            db.require_clean()
    refused = cli("report", "timeline", "--store", store_path, "--out", tmp_path / "out")
    assert refused.exit_code == 2
    assert "other reference tables" in refused.output
    update = cli.json("ingest", "--store", store_path, SAMPLE / "acled_pakistan_update.csv")
    assert update["cleaning"]["mode"] == "full"
    with EventStore(store_path, read_only=True) as db:
        db.require_clean()
        events = db.clean_events()
    # the sample's 9 and the update's one new BLA event (PAK130128), of 32 events
    assert len(events) == 32
    assert int(events["actor1"].eq("Balochistan Liberation Army").sum()) == 10
    assert not events["actor1"].eq("Baloch Liberation Army").any()

    with EventStore(store_path) as db:  # as a store cleaned before the digest was kept
        db.con.execute("DELETE FROM store_meta WHERE key = 'cleaned_reference'")
        assert db.cleaned_with_other_reference()
    assert cli.json("clean", "--update", "--store", store_path)["mode"] == "full"
    with EventStore(store_path, read_only=True) as db:
        assert not db.cleaned_with_other_reference()
