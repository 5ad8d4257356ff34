"""The cleaned tables stay current: every ingest updates them, only what changed is re-cleaned,
the result equals a full rebuild row for row, and a store whose cleaning is behind is never
reported from."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from analysis.clean.changes import summarise_changes
from analysis.clean.pipeline import changed_values, clean
from analysis.clean.places import normalise_places
from analysis.errors import UserError
from analysis.reports import markup
from analysis.store import EventStore, ingest_files
from analysis.store.cleaned import CLEAN_TABLES, PLACES_REFERENCE, clean_store, update_clean
from analysis.store.queries import store_version
from conftest import LONG_SEARCH, SAMPLE

UPDATE = SAMPLE / "acled_pakistan_update.csv"
SOURCES = ("acled_pakistan_sample.csv", "ucdp_ged_sample.csv", "gtd_sample.csv")
# Each cleaned table, with the columns that order it completely.
ORDER = {
    "events_clean": ["event_id"],
    "casualties_clean": ["event_id", "source_row", "victim_group", "reported_by", "derived"],
    "fatalities": ["cluster_id", "victim_group"],
    "claims": ["cluster_id", "victim_group"],
    "duplicate_pairs": ["left", "right"],
    "cleaning_log": ["step", "column", "before", "after"],
    "actor_suggestions": ["name"],
}


def demo_like(path: Path, cli) -> Path:
    """The store `make demo` builds: the analysts' table, then the three samples."""
    seed = cli(
        "ingest", "--store", path, "--no-clean", "--source", "generic",
        "--mapping", SAMPLE / "seed_balochistan.yaml", SAMPLE / "seed_balochistan_events.csv",
    )  # fmt: skip
    assert seed.exit_code == 0, seed.output
    samples = cli.json("ingest", "--store", path, *(SAMPLE / n for n in SOURCES))
    assert samples["cleaning"]["mode"] == "full"
    return path


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """One :func:`demo_like` store for the module; tests change copies of it (see ``demo``)."""
    from conftest import Cli

    return demo_like(tmp_path_factory.mktemp("demo") / "demo.duckdb", Cli())


@pytest.fixture
def demo(tmp_path, demo_store) -> Path:
    """This test's own copy of the :func:`demo_like` store, as ``tmp_path/demo.duckdb``."""
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_store, path)
    return path


def cleaned_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Every cleaned table as text, in a fixed row order."""
    with EventStore(path, read_only=True) as db:
        tables = {}
        for name, keys in ORDER.items():
            frame = db.con.execute(f"SELECT * FROM {name}").df()
            frame = frame[sorted(frame.columns)].astype("str")
            # the keys first, then every other column: a table is a set of rows
            rest = [column for column in frame.columns if column not in keys]
            tables[name] = frame.sort_values(keys + rest).reset_index(drop=True)
    return tables


# What an update keeps beside the cleaned tables, with the columns that order it completely.
KEPT = {
    "cleaning_changes": ["event_id", "step", "column", "before", "after"],
    "campaign_keys": ["event_id"],
    "duplicate_components": ["event_id"],
}


def kept_tables(path: Path) -> dict[str, pd.DataFrame]:
    """The tables of :data:`KEPT` as text, in a fixed row order."""
    with EventStore(path, read_only=True) as db:
        frames = {name: db.con.execute(f"SELECT * FROM {name}").df() for name in KEPT}
    return {
        name: frame.astype("str").sort_values(KEPT[name]).reset_index(drop=True)
        for name, frame in frames.items()
    }


def assert_same_as_full(path: Path, tmp: Path) -> None:
    """The store's cleaned tables, its change log per event, campaign keys (with their
    chains) and link components equal a full rebuild of a copy of it."""
    full = tmp / f"full-{path.name}"
    shutil.copy(path, full)
    with EventStore(full) as db:
        clean_store(db)
    ours, theirs = cleaned_tables(path), cleaned_tables(full)
    for name in CLEAN_TABLES:
        pd.testing.assert_frame_equal(ours[name], theirs[name], obj=name)
    ours, theirs = kept_tables(path), kept_tables(full)
    for name in KEPT:
        pd.testing.assert_frame_equal(ours[name], theirs[name], obj=name)
    full.unlink()


def test_weekly_update_reaches_the_batch_reports(tmp_path, demo, cli):
    """make demo, then this week's ACLED download, then the batch: the reports show the
    new event and the corrected ones."""
    store = demo
    # last week's report, rendered before this update (its page as a render writes it)
    out = tmp_path / "out"
    out.mkdir()
    before = store_version(store)
    meta = {"kind": "timeline", "region": "Balochistan", "start": "2024-07-01",
            "end": "2024-07-31", "data_version": before}  # fmt: skip
    (out / "timeline_july.html").write_text(markup.page("July", "", meta), encoding="utf-8")
    update = cli.json("ingest", "--store", store, UPDATE)
    assert (update["stored"], update["replaced"], update["unchanged"]) == (2, 2, 4)
    # 2 new + 2 replaced events changed; their neighbourhood is re-cleaned, not the store
    assert update["cleaning"]["mode"] == "update"
    assert update["cleaning"]["changed"] == 4
    assert 4 <= update["cleaning"]["recleaned"] < 80
    manifest = tmp_path / "weekly.yaml"
    manifest.write_text(
        "version: 1\njobs:\n  - name: balochistan-august\n    kind: timeline\n"
        "    params: {country: Pakistan, admin1: Balochistan, start: 2024-08-01, "
        "end: 2024-08-31}\n"
    )
    result = cli("batch", manifest, "--store", store, "--out", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    # the summary table a scheduled run's log keeps
    assert (
        "1 rendered, 0 skipped, 0 failed" in result.stdout and "balochistan-august" in result.stdout
    )
    (html,) = out.glob("timeline_*2024-08-31.html")
    text = html.read_text()
    # the index and the catalog tell the report rendered before the update from the new one
    catalog = json.loads((out / "catalog.json").read_text())
    assert catalog["store_data_version"] == store_version(store) != before
    assert {r["file"]: r["current"] for r in catalog["reports"]} == {
        html.name: True,
        "timeline_july.html": False,
    }
    index = (out / "index.html").read_text()
    assert "1 report(s) were rendered from earlier data" in index
    assert index.count("rendered from earlier data (data version") == 1
    # the new PAK130128 (Kohlu, 30 August) and the corrected notes of PAK130101 and PAK130106
    assert "Kohlu (Kohlu, Balochistan). Two soldiers were killed." in text
    assert "shot 25 of them" in text and "shot 23 of them" not in text
    assert "Two soldiers and four attackers were killed" in text
    assert "Two soldiers and two attackers were killed" not in text


def own_reference(folder: Path, place_alias: str, monkeypatch) -> Path:
    """An analyst's own copy of the reference tables (``$ANALYSIS_REFERENCE_DIR``), its
    place table with one more alias row."""
    from analysis.reference import TABLES, reference_dir

    own = folder / "reference"
    own.mkdir()
    for name in TABLES:
        (own / name).write_bytes((reference_dir() / name).read_bytes())
    with (own / "places.csv").open("a", encoding="utf-8") as table:
        table.write(place_alias + "\n")
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(own))
    return own


def test_a_full_rebuild_says_why(tmp_path, demo, cli, monkeypatch):
    """An ingest that rebuilds the cleaned tables in full says what made it one: a new
    store, reference tables edited since the last clean (an upgrade does the same), or a
    change too large for an update."""
    made = cli("ingest", "--store", tmp_path / "new.duckdb", SAMPLE / SOURCES[0])
    assert made.exit_code == 0, made.output
    assert "Cleaned tables rebuilt (never cleaned): 30 events" in made.output
    own_reference(tmp_path, "Zorgon,Kalat,location,PAK,test", monkeypatch)
    update = cli.json("ingest", "--store", demo, UPDATE)
    assert update["cleaning"]["mode"] == "full"
    assert update["cleaning"]["why"].startswith("reference data or analysis changed")
    monkeypatch.delenv("ANALYSIS_REFERENCE_DIR")
    shutil.copy(tmp_path / "new.duckdb", tmp_path / "copy.duckdb")
    more = cli("ingest", "--store", tmp_path / "copy.duckdb", SAMPLE / SOURCES[1])
    assert more.exit_code == 0, more.output
    # the 20 UCDP events into a store of 30 ACLED events: 20 of 50 changed, more than 30 %
    assert "Cleaned tables rebuilt (20 of 50 events changed, more than 30%" in more.output


def test_a_stale_store_is_never_reported_from(tmp_path, demo, cli):
    store = demo
    behind = cli("ingest", "--store", store, "--no-clean", UPDATE)
    assert "analysis clean --update" in behind.output
    fix = f"run `analysis clean --update --store {store}` first"
    # the report command, the batch and explore all refuse, in one line naming the fix
    report = cli("report", "timeline", "--store", store, "--out", tmp_path / "r",
                 "--param", "admin1=Balochistan")  # fmt: skip
    assert report.exit_code == 2
    assert fix in report.output and len(report.output.strip().splitlines()) == 1
    assert not (tmp_path / "r").exists() or not list((tmp_path / "r").glob("*.html"))
    manifest = SAMPLE / "manifest.yaml"
    batch = cli(
        "batch", manifest, "--store", store, "--out", tmp_path / "b", "--as-of", "2024-09-02"
    )
    assert batch.exit_code == 2 and fix in batch.output
    from analysis.explore import load

    with pytest.raises(UserError, match="1 update\\(s\\) behind"):
        load(store, admin1="Balochistan")
    # a deletion list left uncleaned is just as stale; the fix brings it up to date
    deleted = cli("delete", SAMPLE / "acled_deleted_ids.txt", "--store", store, "--no-clean")
    assert deleted.exit_code == 0
    with EventStore(store, read_only=True) as db:
        assert db.clean_behind() == 2
    fixed = cli.json("clean", "--update", "--store", store)
    assert fixed["mode"] == "update" and fixed["changed"] == 6
    with EventStore(store, read_only=True) as db:
        assert db.clean_behind() == 0
        db.require_clean()
        # 32 events after the update, 2 deleted: 30 ACLED + 20 UCDP + 20 GTD + seed's 8
        ids = set(db.con.execute("SELECT event_id FROM events_clean").df()["event_id"])
    assert "acled:PAK130128" in ids and "acled:PAK130122" not in ids
    assert load(store, admin1="Balochistan").events["event_id"].notna().all()
    assert_same_as_full(store, tmp_path)


def test_update_and_deletions_equal_a_full_rebuild(tmp_path, demo, cli):
    store = demo
    cli.json("ingest", "--store", store, UPDATE)
    assert_same_as_full(store, tmp_path)
    result = cli.json("delete", SAMPLE / "acled_deleted_ids.txt", "--store", store)
    assert result["marked_deleted"] == 2 and result["cleaning"]["mode"] == "update"
    assert_same_as_full(store, tmp_path)
    again = cli.json("clean", "--update", "--store", store)
    assert again["mode"] == "current"


def test_a_full_clean_in_batches_equals_one_in_one_piece(tmp_path, demo, cli):
    """A full clean takes the events a batch at a time (bounded memory): 78 events 10 at a
    time give the same tables as all at once."""
    store = demo
    cli.json("ingest", "--store", store, UPDATE)
    with EventStore(store) as db:
        facts = clean_store(db, batch_events=10)
    assert facts["events_clean"] == 80 and facts["duplicate_links"] > 0 and facts["campaigns"] > 0
    assert_same_as_full(store, tmp_path)


def test_a_full_clean_in_chunks_equals_one_in_one_piece(tmp_path, demo, cli, monkeypatch):
    """Duplicates linked 5 events at a time and events_clean written 7 at a time give the
    same tables as all at once."""
    from analysis.clean import duplicates
    from analysis.store import cleaned

    store = demo
    monkeypatch.setattr(duplicates, "CHUNK_EVENTS", 5)
    monkeypatch.setattr(cleaned, "WRITE_EVENTS", 7)
    with EventStore(store) as db:
        facts = clean_store(db)
    assert facts["events_clean"] == 78 and facts["duplicate_links"] > 0
    monkeypatch.undo()
    assert_same_as_full(store, tmp_path)


def test_events_clean_written_by_rowid_slices_holds_each_current_row(
    tmp_path, demo, cli, monkeypatch
):
    """A full clean writes events_clean 3 stored rows at a time, joined by rowid: after an
    update (2 new, 2 replaced) and 2 deletions, every current event is there once, with its
    current text, and no deleted or replaced row."""
    from analysis.store import cleaned

    store = demo
    cli.json("ingest", "--store", store, "--no-clean", UPDATE)
    cli.json("delete", SAMPLE / "acled_deleted_ids.txt", "--store", store, "--no-clean")
    monkeypatch.setattr(cleaned, "WRITE_EVENTS", 3)
    with EventStore(store) as db:
        facts = clean_store(db)
        kept = [d[0] for d in db.con.execute("SELECT * FROM events LIMIT 0").description]
        kept = [c for c in kept if c not in (*cleaned.WRITTEN_COLUMNS, *cleaned.DELETED_COLUMNS)]
        listed = ", ".join(f'"{c}"' for c in kept)
        current = f"SELECT {listed} FROM events WHERE NOT deleted"
        written = f"SELECT {listed} FROM events_clean"
        for one, other in ((current, written), (written, current)):
            found = db.con.execute(f"SELECT count(*) FROM ({one} EXCEPT ALL {other})")
            assert found.fetchone()[0] == 0
        notes = dict(db.con.execute("SELECT event_id, notes FROM events_clean").fetchall())
    # 80 events after the update (8 seed + 32 ACLED + 20 UCDP + 20 GTD), 2 deleted
    assert facts["events_clean"] == 78 and len(notes) == 78
    assert "acled:PAK130122" not in notes and "acled:PAK130128" in notes
    assert "shot 25 of them" in notes["acled:PAK130101"]


def test_a_full_clean_of_the_store_is_the_pipelines_and_its_two_fetches_align(
    tmp_path, demo, cli, monkeypatch
):
    """The store's full clean runs the pipeline's steps itself, writing the change log
    before linking, from the events fetched in two parts: its events_clean and change log
    are what ``clean`` gives for the same events, even when the second fetch comes back in
    another row order (here reversed) and is aligned by rowid."""
    from analysis.store import cleaned

    store = demo
    select = cleaned._select_events

    def reversed_source(db, ids, columns=cleaned.PIPELINE_COLUMNS, rowid=False):
        frame = select(db, ids, columns, rowid)
        return frame.iloc[::-1].reset_index(drop=True) if "actor1" in columns else frame

    monkeypatch.setattr(cleaned, "_select_events", reversed_source)
    with EventStore(store) as db:
        clean_store(db)
        stored = db.con.execute("SELECT * FROM events_clean").df()
        log = db.con.execute("SELECT * FROM cleaning_changes WHERE step <> 'campaigns'").df()
        events, casualties = db.events(), db.casualties()
    result = clean(events, casualties, campaigns=False)
    columns = [c for c in dict.fromkeys(cleaned.WRITTEN_COLUMNS) if c != "campaign_id"]

    def by_id(frame: pd.DataFrame) -> pd.DataFrame:
        return (
            frame.sort_values("event_id")[["event_id", *columns]]
            .astype("str")
            .reset_index(drop=True)
        )

    assert len(stored) == len(events) == 78
    pd.testing.assert_frame_equal(by_id(stored), by_id(result.events))
    assert stored["cluster_id"].ne(stored["event_id"]).any()  # some events were linked
    expected = changed_values(events, result.events)
    expected = expected[expected["step"].ne("campaigns")]
    order = ["event_id", "step", "column", "before", "after"]

    def rows(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[order].astype("str").sort_values(order).reset_index(drop=True)

    assert set(log["step"]) >= {"places", "actors", "duplicates"}
    pd.testing.assert_frame_equal(rows(log), rows(expected))


def test_the_change_log_per_event_sums_to_the_pipelines_log():
    from analysis.explore import demo_store

    with EventStore(demo_store(), read_only=True) as db:
        events, casualties = db.events(), db.casualties()
    result = clean(events, casualties)
    per_event = changed_values(events, result.events)
    assert per_event["event_id"].isin(events["event_id"]).all()
    ours = summarise_changes(per_event).sort_values(["step", "column", "before", "after"])
    theirs = result.changes.sort_values(["step", "column", "before", "after"])
    pd.testing.assert_frame_equal(ours.reset_index(drop=True), theirs.reset_index(drop=True))


# --------------------------------------------------------------------------- property test

SEED_MAPPING = """source: {source}
events:
  columns:
    source_event_id: id
    date_start: day
    date_end: day
    event_type: event_type
    sub_event_type: sub_event_type
    actor1: actor1
    actor2: actor2
    admin1: admin1
    location: location
    latitude: latitude
    longitude: longitude
    geo_precision: geo_precision
    notes: notes
  date_format: "%Y-%m-%d"
  defaults:
    country: Pakistan
    iso3: PAK
"""
PLACES = [  # (admin1, location, latitude, longitude)
    ("Balochistan", "Kalat", 29.03, 66.59),
    ("Balochistan", "Musakhail", 30.85, 69.82),
    ("Balochistan", "Mastung", 29.80, 66.85),
    ("Sindh", "Karachi", 24.86, 67.01),
    # one place, two spellings that neither the alias table nor GeoNames knows: the one
    # more events of the store use is everyone's
    ("Sindh", "Zorgon Camp", 24.90, 67.10),
    ("Sindh", "ZORGON CAMP", 24.90, 67.10),
]
ACTORS = ["Baloch Liberation Army", "BLA", "Unidentified Armed Group", "Zorgon raiders"]
TYPES = [
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
]

event_row = st.fixed_dictionaries(
    {
        "day": st.integers(0, 3),
        "place": st.integers(0, len(PLACES) - 1),
        "actor": st.integers(0, len(ACTORS) - 1),
        "type": st.integers(0, len(TYPES) - 1),
        "killed": st.integers(0, 12),
    }
)
# A step: (source, event number, content or None to delete it)
step = st.tuples(st.sampled_from(["aa", "bb", "cc"]), st.integers(0, 3), st.none() | event_row)


def write_batch(folder: Path, source: str, rows: dict[int, dict], n: int) -> tuple[Path, Path]:
    mapping = folder / f"{source}.yaml"
    mapping.write_text(SEED_MAPPING.format(source=source))
    records = []
    for number, row in rows.items():
        admin1, location, lat, lon = PLACES[row["place"]]
        records.append(
            {
                "id": f"{source}{number}",
                "day": (pd.Timestamp("2024-08-20") + pd.Timedelta(days=row["day"])).date(),
                "event_type": TYPES[row["type"]][0],
                "sub_event_type": TYPES[row["type"]][1],
                "actor1": ACTORS[row["actor"]],
                "actor2": "Civilians",
                "admin1": admin1,
                "location": location,
                "latitude": lat,
                "longitude": lon,
                "geo_precision": "exact",
                "notes": f"Attack; {row['killed']} people were killed.",
            }
        )
    table = folder / f"{source}-{n}.csv"
    pd.DataFrame(records).to_csv(table, index=False)
    return table, mapping


# Each example of the two properties below ingests, updates and fully cleans a store up to
# five times (about 9 s on 2 cores); `make test` runs two of each, `make test-long` ten, and
# ANALYSIS_INCREMENTAL_EXAMPLES=40 (say) a longer search.
EXAMPLES = int(os.environ.get("ANALYSIS_INCREMENTAL_EXAMPLES", 10 if LONG_SEARCH else 2))

# A store's first events: (source, event number, row), two to ten of them.
base_events = st.lists(
    st.tuples(st.sampled_from(["aa", "bb", "cc"]), st.integers(0, 3), event_row),
    min_size=2,
    max_size=10,
)


@pytest.mark.long_search
@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    base=base_events,
    steps=st.lists(step, min_size=1, max_size=4),
)
def test_incremental_cleaning_equals_full_cleaning(tmp_path_factory, base, steps):
    """Random ingests, revisions and deletions, each followed by an update of the cleaned
    tables: after every step they equal a full rebuild, including cluster and campaign ids."""
    folder = tmp_path_factory.mktemp("prop")
    store = folder / "events.duckdb"
    rows: dict[str, dict[int, dict]] = {}
    for source, number, row in base:
        rows.setdefault(source, {})[number] = row
    for n, (source, table) in enumerate(rows.items()):
        (report,) = ingest_files(store, [write_batch(folder, source, table, n)[0]],
                                 source="generic", mapping=folder / f"{source}.yaml")  # fmt: skip
        assert report.quarantined == 0
    with EventStore(store) as db:
        clean_store(db)
    for n, (source, number, row) in enumerate(steps, start=10):
        if row is None:
            with EventStore(store) as db:
                db.delete([f"{source}:{source}{number}"])
        else:
            table, mapping = write_batch(folder, source, {number: row}, n)
            (report,) = ingest_files(store, [table], source="generic", mapping=mapping)
            assert report.quarantined == 0
        with EventStore(store) as db:
            result = update_clean(db, full_share=1.0)
            assert result["mode"] in ("update", "current")
            assert db.clean_behind() == 0
        assert_same_as_full(store, folder)
    with EventStore(store, read_only=True) as db:
        linked, campaigns = db.con.execute(
            "SELECT count(*) FILTER (WHERE NOT is_primary), count(campaign_id) FROM events_clean"
        ).fetchone()
    event(f"duplicates linked: {linked > 0}; campaigns: {campaigns > 0}")


# --------------------------------------------------------------------------- relinking

ROW = {"day": 0, "place": 0, "actor": 0, "type": 1, "killed": 3}


def ingest_tables(folder: Path, tables: dict[str, dict[int, dict]], country: str = "") -> Path:
    store = folder / "events.duckdb"
    for n, (source, table) in enumerate(tables.items()):
        path, mapping = write_batch(folder, source, table, n)
        if country and source == "cc":  # this source reports from another country
            mapping.write_text(
                SEED_MAPPING.format(source=source).replace("Pakistan", country)
                .replace("PAK", "IND")
            )  # fmt: skip
        (report,) = ingest_files(store, [path], source="generic", mapping=mapping)
        assert report.quarantined == 0
    return store


def stored_pairs(db: EventStore) -> list[tuple]:
    return db.con.execute(
        'SELECT "left", "right", accepted, reasons LIKE \'%not linked%\' FROM duplicate_pairs '
        "ORDER BY 1, 2"
    ).fetchall()


def test_a_refused_link_is_taken_up_when_the_event_it_lost_to_is_deleted(tmp_path):
    """aa0 and aa1 report bb0's event alike, so both pairs score the same; the pair taken
    first (aa0–bb0, by id) links and aa1–bb0 is refused (a cluster never holds two aa
    events). Once aa0 is deleted, bb0 goes to aa1: the update links the neighbourhood
    again from the stored pairs and moves bb0 in place, as a full clean would."""
    store = ingest_tables(tmp_path, {"aa": {0: ROW, 1: ROW}, "bb": {0: ROW}})
    components = "SELECT event_id, component FROM duplicate_components ORDER BY 1"
    with EventStore(store) as db:
        clean_store(db)
        assert stored_pairs(db) == [
            ("aa:aa0", "bb:bb0", True, False),
            ("aa:aa1", "bb:bb0", False, True),
        ]
        # the refused pair holds aa1 in the component too
        assert db.con.execute(components).fetchall() == [
            ("aa:aa0", "aa:aa0"), ("aa:aa1", "aa:aa0"), ("bb:bb0", "aa:aa0")
        ]  # fmt: skip
        db.delete(["aa:aa0"])
        result = update_clean(db, full_share=1.0)
        assert result["mode"] == "update" and result["changed"] == 1
        assert stored_pairs(db) == [("aa:aa1", "bb:bb0", True, False)]
        assert db.con.execute(components).fetchall() == [
            ("aa:aa1", "aa:aa1"), ("bb:bb0", "aa:aa1")
        ]  # fmt: skip
        clusters = db.con.execute(
            "SELECT event_id, cluster_id, cluster_sources, is_primary FROM events_clean ORDER BY 1"
        ).fetchall()
    assert clusters == [
        ("aa:aa1", "aa:aa1", "aa; bb", True),
        ("bb:bb0", "aa:aa1", "aa; bb", False),
    ]
    assert_same_as_full(store, tmp_path)


def test_a_revised_event_leaves_the_other_countrys_suggestion_alone(tmp_path):
    """An unknown name gets a suggestion per country: "Tehreek Taliban" is close to the
    Pakistani Tehrik-i-Taliban Pakistan, and to no Indian actor. Revising the Pakistani
    event (not a duplicate of the Indian one) replaces only the Pakistani suggestion."""
    taliban = ACTORS.index("Zorgon raiders")
    row = ROW | {"actor": taliban}
    ACTORS[taliban] = "Tehreek Taliban"
    try:
        far = row | {"day": 3}  # three days later: no duplicate candidate of aa0
        store = ingest_tables(tmp_path, {"aa": {0: row}, "cc": {0: far}}, country="India")
        with EventStore(store) as db:
            clean_store(db)
        path, mapping = write_batch(tmp_path, "aa", {0: row | {"killed": 4}}, 5)
        ingest_files(store, [path], source="generic", mapping=mapping)
    finally:
        ACTORS[taliban] = "Zorgon raiders"
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        suggestions = db.con.execute(
            "SELECT name, suggestion, applied, rows FROM actor_suggestions ORDER BY 2"
        ).fetchall()
    assert suggestions == [
        ("Tehreek Taliban", "Tehrik-i-Taliban Pakistan", False, 2),
        ("Tehreek Taliban", None, False, 2),
    ]
    assert_same_as_full(store, tmp_path)


def test_an_update_drops_the_pairs_below_the_floor_an_older_clean_kept(tmp_path):
    """A store cleaned before the review floor holds every scored pair. aa0 and bb0 report
    one attack at Kalat (0.95); aa2 is Zorgon raiders' clash at Mastung that day, 89 km
    away: with bb0 the same day 0.10, another location 0.25 × 0.40, actors 56 (0.15 × 0.30),
    related types 0.05, no figures 0.05: 0.346, below the floor, so a clean now leaves it
    out and an older one stored it (written here). The next update, which revises aa1 at
    Karachi (paired with nothing), drops it: the tables equal a full clean's."""
    raiders = ACTORS.index("Zorgon raiders")
    clash = ROW | {"place": 2, "type": 0, "actor": raiders}
    store = ingest_tables(
        tmp_path, {"aa": {0: ROW, 1: ROW | {"place": 3}, 2: clash}, "bb": {0: ROW}}
    )
    with EventStore(store) as db:
        clean_store(db)
        assert stored_pairs(db) == [("aa:aa0", "bb:bb0", True, False)]
        db.con.execute(
            'INSERT INTO duplicate_pairs ("left", "right", score, reasons, accepted) VALUES '
            "('aa:aa2', 'bb:bb0', 0.346, 'same day; 89 km apart, different location; "
            "actors 56; related event types; fatalities ? vs ?', false)"
        )
    path, mapping = write_batch(tmp_path, "aa", {1: ROW | {"place": 3, "killed": 4}}, 5)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        assert stored_pairs(db) == [("aa:aa0", "bb:bb0", True, False)]
    assert_same_as_full(store, tmp_path)


def test_a_spelling_more_events_use_after_an_update_is_everyones(tmp_path):
    """Two events write ZORGON CAMP and one Zorgon Camp: all three are ZORGON CAMP. Two new
    events write Zorgon Camp (3 against 2): every event of the place is cleaned again and
    becomes Zorgon Camp, the unchanged ones too, as in a full clean."""
    upper, lower = (
        PLACES.index(("Sindh", "ZORGON CAMP", 24.90, 67.10)),
        PLACES.index(("Sindh", "Zorgon Camp", 24.90, 67.10)),
    )
    rows = {n: ROW | {"place": upper, "day": n} for n in range(2)}
    store = ingest_tables(tmp_path, {"aa": rows, "bb": {0: ROW | {"place": lower, "day": 3}}})
    query = "SELECT event_id, location FROM events_clean ORDER BY 1"
    with EventStore(store) as db:
        clean_store(db)
        assert {loc for _, loc in db.con.execute(query).fetchall()} == {"ZORGON CAMP"}
    news = {n: ROW | {"place": lower, "day": n} for n in range(2)}
    path, mapping = write_batch(tmp_path, "cc", news, 7)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        result = update_clean(db, full_share=1.0)
        locations = db.con.execute(query).fetchall()
    assert result["mode"] == "update" and result["changed"] == 2
    assert locations == [
        ("aa:aa0", "Zorgon Camp"),
        ("aa:aa1", "Zorgon Camp"),
        ("bb:bb0", "Zorgon Camp"),
        ("cc:cc0", "Zorgon Camp"),
        ("cc:cc1", "Zorgon Camp"),
    ]
    assert_same_as_full(store, tmp_path)


def _pairs_and_clusters(db: EventStore) -> tuple[list[tuple], list[tuple]]:
    """The stored duplicate pairs and each event's cluster, in a fixed order."""
    pairs = db.con.execute(
        'SELECT "left", "right", score, accepted FROM duplicate_pairs ORDER BY 1, 2'
    ).fetchall()
    clusters = db.con.execute(
        "SELECT event_id, cluster_id, cluster_sources FROM events_clean ORDER BY 1"
    ).fetchall()
    return pairs, clusters


def test_an_update_scores_its_changed_events_a_chunk_at_a_time_as_in_one_piece(
    tmp_path, monkeypatch
):
    """The changed events' pairs are scored a run of first days at a time. aa0 (stored,
    perpetrator unidentified) and two new reports of its event: bb0 the same day, aa1 a
    day later, both naming the BLA. With one event per chunk bb0 (21 August) and aa1 (22
    August) fall in different chunks; their pair is scored once, in bb0's chunk, where aa1
    is a partner. Same place 0.40, figures unknown 0.05, same sub-type 0.10; aa0–bb0 the
    same day 0.10 and the actor unknown 0.15 = 0.80; aa1–bb0 a day apart 0.05 and actors
    100 0.30 = 0.90. Best first, bb0 links with aa1 and aa0–bb0 is refused (one cluster
    never holds two aa events), as when every pair is scored in one piece."""
    from analysis.clean import duplicates
    from analysis.store import cleaned

    unknown, bla, alias = (ACTORS.index(a) for a in ("Unidentified Armed Group",
                                                     "Baloch Liberation Army", "BLA"))  # fmt: skip
    store = ingest_tables(tmp_path, {"aa": {0: ROW | {"day": 1, "actor": unknown}}})
    with EventStore(store) as db:
        clean_store(db)
    for n, (source, rows) in enumerate(
        {"aa": {1: ROW | {"day": 2, "actor": alias}}, "bb": {0: ROW | {"day": 1, "actor": bla}}}
        .items(), start=5
    ):  # fmt: skip
        path, mapping = write_batch(tmp_path, source, rows, n)
        ingest_files(store, [path], source="generic", mapping=mapping)
    at_once = tmp_path / "at-once.duckdb"
    shutil.copy(store, at_once)
    with EventStore(at_once) as db:
        assert update_clean(db, full_share=1.0)["changed"] == 2
    chunks = []
    near = cleaned._stored_near
    monkeypatch.setattr(duplicates, "CHUNK_EVENTS", 1)
    monkeypatch.setattr(cleaned, "_stored_near", lambda db, named: chunks.append(
        named["event_id"].tolist()) or near(db, named))  # fmt: skip
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["changed"] == 2
        pairs, clusters = _pairs_and_clusters(db)
    monkeypatch.undo()
    assert chunks == [["bb:bb0"], ["aa:aa1"]]
    assert pairs == [("aa:aa0", "bb:bb0", 0.8, False), ("aa:aa1", "bb:bb0", 0.9, True)]
    assert clusters == [
        ("aa:aa0", "aa:aa0", "aa"),
        ("aa:aa1", "aa:aa1", "aa; bb"),
        ("bb:bb0", "aa:aa1", "aa; bb"),
    ]
    ours, theirs = cleaned_tables(store), cleaned_tables(at_once)
    for name in CLEAN_TABLES:
        pd.testing.assert_frame_equal(ours[name], theirs[name], obj=name)
    assert_same_as_full(store, tmp_path)


# --------------------------------------------------------------------------- campaigns kept


def test_a_revised_figure_leaves_the_campaign_alone(tmp_path):
    """aa0, aa1 and aa2: the Baloch Liberation Army at Kalat on 20, 21 and 22 August, one
    source (never linked), so three real events a day apart: the 20th and 21st are one
    campaign (two days), "Baloch Liberation Army | Balochistan | 2024-08-20", the 22nd
    opens a window of its own and is alone in it (no campaign). A revision of aa1's figure
    (3 killed, then 7) changes no key, cluster or spelling: the update's campaign scope is
    empty, every event keeps its campaign id and its row of the change log. Moving aa1 to
    the 23rd changes its key: aa1 and its old neighbours aa0 and aa2 are the scope; aa0
    (20th) and aa2 (22nd) are two days apart, more than the gap a chain bridges, so aa0
    is left alone and aa2 and aa1 are the campaign, named after the 22nd."""
    rows = {n: ROW | {"day": n, "actor": 0} for n in range(3)}
    store = ingest_tables(tmp_path, {"aa": rows})
    with EventStore(store) as db:
        clean_store(db)
    first, later = (f"Baloch Liberation Army | Balochistan | 2024-08-{d}" for d in (20, 22))
    steps = [
        ({"killed": 7}, [], [first, first, None]),
        ({"day": 3}, ["aa:aa0", "aa:aa1", "aa:aa2"], [None, later, later]),
    ]
    for n, (revised, scope, campaigns) in enumerate(steps, start=5):
        rows[1] = rows[1] | revised
        path, mapping = write_batch(tmp_path, "aa", {1: rows[1]}, n)
        ingest_files(store, [path], source="generic", mapping=mapping)
        with EventStore(store) as db:
            assert update_clean(db, full_share=1.0)["mode"] == "update"
            scoped = db.con.execute("SELECT event_id FROM campaign_scope ORDER BY 1").fetchall()
            ids = db.con.execute(
                "SELECT event_id, campaign_id FROM events_clean ORDER BY 1"
            ).fetchall()
            logged = db.con.execute(
                "SELECT event_id, after FROM cleaning_changes WHERE step = 'campaigns' ORDER BY 1"
            ).fetchall()
            figure = db.con.execute(
                "SELECT best FROM casualties_clean WHERE event_id = 'aa:aa1'"
            ).fetchall()
        assert [s for (s,) in scoped] == scope
        assert ids == [(f"aa:aa{e}", c) for e, c in enumerate(campaigns)]
        assert logged == [(f"aa:aa{e}", c) for e, c in enumerate(campaigns) if c]
        assert figure == [(7,)]  # aa1's figure as revised, both times
        assert_same_as_full(store, tmp_path)


# A revision of an event's figure alone (source, event number, killed): its campaign inputs
# stay as stored, so the update keeps its campaign unless another change reaches it.
figure_step = st.tuples(st.sampled_from(["aa", "bb", "cc"]), st.integers(0, 3),
                        st.integers(0, 12))  # fmt: skip


@pytest.mark.long_search
@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    base=base_events,
    steps=st.lists(st.one_of(figure_step, step), min_size=1, max_size=4),
)
def test_revised_figures_and_other_changes_equal_full_cleaning(tmp_path_factory, base, steps):
    """Random revisions of figures alone, among ingests, revisions and deletions, each
    followed by an update: every cleaned table and every table an update keeps equal a
    full rebuild's after every step."""
    folder = tmp_path_factory.mktemp("figures")
    store = folder / "events.duckdb"
    rows: dict[str, dict[int, dict]] = {}
    for source, number, row in base:
        rows.setdefault(source, {})[number] = row
    store = ingest_tables(folder, rows)
    with EventStore(store) as db:
        clean_store(db)
    for n, (source, number, row) in enumerate(steps, start=10):
        if isinstance(row, int):  # a figure revised, when the event is stored
            if number not in rows.get(source, {}):
                continue
            row = rows[source][number] | {"killed": row}
        if row is None:
            rows.get(source, {}).pop(number, None)
            with EventStore(store) as db:
                db.delete([f"{source}:{source}{number}"])
        else:
            rows.setdefault(source, {})[number] = row
            table, mapping = write_batch(folder, source, {number: row}, n)
            (report,) = ingest_files(store, [table], source="generic", mapping=mapping)
            assert report.quarantined == 0
        with EventStore(store) as db:
            assert update_clean(db, full_share=1.0)["mode"] in ("update", "current")
        assert_same_as_full(store, folder)


@pytest.mark.long
def test_an_older_store_gets_its_link_components_at_its_next_update(tmp_path):
    """A store cleaned before the link components were kept has no ``duplicate_components``:
    its next update finds the neighbourhood from every stored link, as before, and makes
    the table. aa0 and bb0 report one attack (linked); cc0 is far away. Revising cc0's
    figure, then aa0's (whose component is then looked up), each update's tables equal a
    full clean's, components included."""
    far = ROW | {"place": 3, "day": 3}  # Karachi, three days later
    store = ingest_tables(tmp_path, {"aa": {0: ROW}, "bb": {0: ROW}, "cc": {0: far}})
    with EventStore(store) as db:
        clean_store(db)
        db.con.execute("DROP TABLE duplicate_components")
    for n, (source, row) in enumerate([("cc", far), ("aa", ROW)], start=5):
        path, mapping = write_batch(tmp_path, source, {0: row | {"killed": 9}}, n)
        ingest_files(store, [path], source="generic", mapping=mapping)
        with EventStore(store) as db:
            assert update_clean(db, full_share=1.0)["mode"] == "update"
            found = db.con.execute(
                "SELECT event_id, component FROM duplicate_components ORDER BY 1"
            ).fetchall()
        assert found == [("aa:aa0", "aa:aa0"), ("bb:bb0", "aa:aa0")]
        assert_same_as_full(store, tmp_path)


def test_a_new_link_reaches_the_stored_component_of_its_partner(tmp_path):
    """aa0 (perpetrator unidentified) and bb0 (the BLA) report one attack on 21 August:
    same place 0.40, figures unknown 0.05, same sub-type 0.10, same day 0.10, actor
    unknown 0.15 = 0.80, linked. A new report aa1 (the BLA by its alias, the 22nd) scores
    0.90 with bb0 (a day apart 0.05, actors 100 0.30): best first, bb0 goes to aa1 and
    aa0–bb0 is refused (one cluster never holds two aa events), so aa0, which did not
    change, leaves the cluster. The update finds aa0 through bb0's stored component (the
    new link's partner), not through aa1's: aa1 was in no component."""
    unknown, bla, alias = (ACTORS.index(a) for a in ("Unidentified Armed Group",
                                                     "Baloch Liberation Army", "BLA"))  # fmt: skip
    store = ingest_tables(
        tmp_path,
        {"aa": {0: ROW | {"day": 1, "actor": unknown}}, "bb": {0: ROW | {"day": 1, "actor": bla}}},
    )
    components = "SELECT event_id, component FROM duplicate_components ORDER BY 1"
    with EventStore(store) as db:
        clean_store(db)
        assert db.con.execute(components).fetchall() == [
            ("aa:aa0", "aa:aa0"), ("bb:bb0", "aa:aa0")
        ]  # fmt: skip
    path, mapping = write_batch(tmp_path, "aa", {1: ROW | {"day": 2, "actor": alias}}, 5)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["changed"] == 1
        pairs, clusters = _pairs_and_clusters(db)
        found = db.con.execute(components).fetchall()
    assert pairs == [("aa:aa0", "bb:bb0", 0.8, False), ("aa:aa1", "bb:bb0", 0.9, True)]
    assert clusters == [
        ("aa:aa0", "aa:aa0", "aa"),
        ("aa:aa1", "aa:aa1", "aa; bb"),
        ("bb:bb0", "aa:aa1", "aa; bb"),
    ]
    assert found == [("aa:aa0", "aa:aa0"), ("aa:aa1", "aa:aa0"), ("bb:bb0", "aa:aa0")]
    assert_same_as_full(store, tmp_path)


DATED_MAPPING = """source: {source}
events:
  columns:
    source_event_id: id
    date_start: day
    date_end: day
    event_type: event_type
    sub_event_type: sub_event_type
    actor1: actor1
    actor2: actor2
    country: country
    iso3: iso3
    admin1: admin1
    location: location
    latitude: latitude
    longitude: longitude
    geo_precision: geo_precision
  date_format: "%Y-%m-%d"
"""


def write_dated(folder: Path, source: str, rows: list[tuple[str, str, str]]) -> tuple[Path, Path]:
    """A batch of attacks by "Taliban" on civilians: (id, day, country) per row."""
    places = {
        "Afghanistan": ("AFG", "Kandahar", "Kandahar", 31.61, 65.71),
        "Pakistan": ("PAK", "Khyber Pakhtunkhwa", "Peshawar", 34.01, 71.58),
    }
    records = [
        dict(
            zip(
                ["id", "day", "country", "iso3", "admin1", "location", "latitude", "longitude"],
                [number, day, country, *places[country]],
                strict=True,
            ),
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Taliban",
            actor2="Civilians",
            geo_precision="exact",
        )
        for number, day, country in rows
    ]
    table = folder / f"{source}.csv"
    pd.DataFrame(records).to_csv(table, index=False)
    mapping = folder / f"{source}.yaml"
    mapping.write_text(DATED_MAPPING.format(source=source))
    return table, mapping


def test_the_taliban_are_afghanistans_state_forces_from_2021_08_15_in_an_update(tmp_path):
    """The alias table's dated rows: "Taliban" in Afghanistan is the insurgent Taliban up to
    2021-08-14 and Military Forces of Afghanistan (state forces) from 2021-08-15; in
    Pakistan it stays the Taliban. The update that brings the 2025 events gives what a full
    clean gives, and the actors table counts what ``filter(actor=...)`` selects."""
    from analysis.explore import load

    store = tmp_path / "events.duckdb"
    first = [("a1", "2021-08-14", "Afghanistan"), ("a2", "2021-08-15", "Afghanistan")]
    (ingest_files(store, [write_dated(tmp_path, "aa", first)[0]], source="generic",
                  mapping=tmp_path / "aa.yaml"))  # fmt: skip
    with EventStore(store) as db:
        clean_store(db)
    later = [("b1", "2025-03-02", "Afghanistan"), ("b2", "2025-06-01", "Pakistan")]
    path, mapping = write_dated(tmp_path, "bb", later)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        named = db.con.execute(
            "SELECT event_id, actor1, actor1_type FROM events_clean ORDER BY 1"
        ).fetchall()
    state = ("Military Forces of Afghanistan", "state forces")
    assert named == [
        ("aa:a1", "Taliban", "rebel/separatist"),
        ("aa:a2", *state),
        ("bb:b1", *state),
        ("bb:b2", "Taliban", "rebel/separatist"),
    ]
    assert_same_as_full(store, tmp_path)
    events = load(store)
    actors = events.actors().set_index("actor")["events"]
    assert actors["Military Forces of Afghanistan"] == 2 and actors["Taliban"] == 2
    assert len(events.filter(actor="Military Forces of Afghanistan")) == 2
    assert len(events.filter(actor="Taliban", country="Pakistan")) == 1


@pytest.mark.long
def test_the_stored_place_matches_follow_the_reference_tables(tmp_path, monkeypatch):
    """A full clean keeps the gazetteer match of each location it saw (Kalat: GeoNames'
    Kalat; ZORGON CAMP: none) and Pakistan's box, under the reference digest. An update
    adding Mastung appends its match and reads the gazetteer for it alone; one adding an
    event at Kalat again reads the gazetteer not at all. When the alias table changes
    (Zorgon Camp now Karachi's spelling) the next update cleans in full and the tables are
    made anew; a stored table made with other reference tables (a stale row planted: Kalat
    matched as "Wrong") is not read, and the update makes it anew. Each time the store
    equals a full clean of it."""
    from analysis.reference import reference_digest

    places = sys.modules[normalise_places.__module__]
    kalat, mastung = PLACES.index(PLACES[0]), PLACES.index(PLACES[2])
    zorgon = PLACES.index(("Sindh", "ZORGON CAMP", 24.90, 67.10))
    rows = {0: ROW | {"place": kalat}, 1: ROW | {"place": zorgon, "day": 1}}
    store = ingest_tables(tmp_path, {"aa": rows})
    matches = "SELECT iso3, admin1, location, name FROM place_matches ORDER BY location"
    digest = "SELECT value FROM store_meta WHERE key = 'place_matches_reference'"
    with EventStore(store) as db:
        clean_store(db)
        assert db.con.execute(matches).fetchall() == [
            ("PAK", "Balochistan", "Kalat", "Kalat"),
            ("PAK", "Sindh", "ZORGON CAMP", None),
        ]
        assert db.con.execute("SELECT iso3 FROM place_extents").fetchall() == [("PAK",)]
        assert db.con.execute(digest).fetchall() == [(reference_digest(),)]

    read = []
    gazetteer = places.gazetteer
    monkeypatch.setattr(places, "gazetteer", lambda iso3: read.append(iso3) or gazetteer(iso3))
    path, mapping = write_batch(tmp_path, "bb", {0: ROW | {"place": mastung, "day": 2}}, 1)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        assert [r[2:] for r in db.con.execute(matches).fetchall()] == [
            ("Kalat", "Kalat"),
            ("Mastung", "Mastung"),
            ("ZORGON CAMP", None),
        ]
    assert read == [["PAK"]]
    assert_same_as_full(store, tmp_path)
    read.clear()
    path, mapping = write_batch(tmp_path, "cc", {0: ROW | {"place": kalat, "day": 3}}, 2)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        assert len(db.con.execute(matches).fetchall()) == 3
    assert read == []
    monkeypatch.setattr(places, "gazetteer", gazetteer)

    own_reference(tmp_path, "ZORGON CAMP,Karachi,location,PAK,test", monkeypatch)
    path, mapping = write_batch(tmp_path, "dd", {0: ROW | {"place": mastung, "day": 3}}, 3)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "full"
        assert [r[2:] for r in db.con.execute(matches).fetchall()] == [
            ("Kalat", "Kalat"),
            ("Karachi", "Karachi"),
            ("Mastung", "Mastung"),
        ]
        assert db.con.execute(digest).fetchall() == [(reference_digest(),)]
        # as if made by other reference tables: a wrong match left in it
        db.con.execute("UPDATE place_matches SET name = 'Wrong' WHERE location = 'Kalat'")
        db.con.execute("UPDATE store_meta SET value = 'other' WHERE key = ?", [PLACES_REFERENCE])
    path, mapping = write_batch(tmp_path, "ee", {0: ROW | {"place": kalat, "day": 1}}, 4)
    ingest_files(store, [path], source="generic", mapping=mapping)
    with EventStore(store) as db:
        assert update_clean(db, full_share=1.0)["mode"] == "update"
        assert db.con.execute(matches).fetchall() == [("PAK", "Balochistan", "Kalat", "Kalat")]
        assert db.con.execute(digest).fetchall() == [(reference_digest(),)]
        located = db.con.execute("SELECT DISTINCT location FROM events_clean ORDER BY 1")
        assert located.fetchall() == [("Kalat",), ("Karachi",), ("Mastung",)]
    assert_same_as_full(store, tmp_path)
