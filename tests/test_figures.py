"""A full clean's figures reconciled by group in DuckDB (:mod:`analysis.store.figures`) are
those of the pandas reconciliation over every figure: any figures, reporters, stated
overlaps, perpetrators' claims, unknown values, figures derived from notes and clusters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.clean.duplicates import event_figures
from analysis.clean.pipeline import derive_figures
from analysis.clean.reconcile import reconcile
from analysis.store import EventStore
from analysis.store.cleaned import _select_casualties, _without_figures
from analysis.store.figures import event_totals, write_figures
from conftest import examples

maybe_count = st.none() | st.integers(0, 30)
FIELDS = {
    "victim_group": st.sampled_from(["civilians", "militants", "unknown"]),
    "low": maybe_count,
    "best": maybe_count,
    "high": maybe_count,
    "reported_by": st.sampled_from([None, "police", "army"]),
    "perpetrator_claim": st.booleans(),
    "overlap": st.sampled_from([None, "separate", "included"]),
}
figure = st.fixed_dictionaries(FIELDS)
# A known toll of no group beside another reporter's known grouped figure (rule 2's
# ungrouped toll), with any other figures of the event.
beside = st.tuples(
    st.fixed_dictionaries(
        FIELDS
        | {
            "victim_group": st.sampled_from(["civilians", "militants"]),
            "best": st.integers(0, 30),
            "reported_by": st.just("police"),
            "perpetrator_claim": st.just(False),
        }
    ),
    st.fixed_dictionaries(
        FIELDS
        | {
            "victim_group": st.just("unknown"),
            "best": st.integers(0, 30),
            "reported_by": st.sampled_from([None, "army"]),
            "perpetrator_claim": st.just(False),
        }
    ),
    st.lists(figure, max_size=2),
).map(lambda figures: [figures[0], figures[1], *figures[2]])
event = st.fixed_dictionaries(
    {
        "figures": st.lists(figure, max_size=4) | beside,
        "notes": st.sampled_from([None, "Gunmen attacked a bus, killing 7 people.", "A clash."]),
        "cluster": st.integers(0, 3),
    }
)


def store_with(path: Path, events: list[dict]) -> None:
    """A store holding these events (ids e0, e1 …), their figures (one source row each)
    and an ``events_clean`` giving each its cluster (the first event of its number)."""
    ids = [f"e{k}" for k in range(len(events))]
    first = {}
    for k, e in enumerate(events):
        first.setdefault(e["cluster"], ids[k])
    rows = [
        {"event_id": ids[k], **f, "source_row": n, "derived": False}
        for k, e in enumerate(events)
        for n, f in enumerate(e["figures"])
    ]
    with EventStore(path) as store:
        for k, e in enumerate(events):
            store.con.execute(
                "INSERT INTO events (event_id, source, source_row, date_start, notes) "
                "VALUES (?, 'aa', ?, DATE '2024-08-01' + ?, ?)",
                [ids[k], k + 2, k % 3, e["notes"]],
            )
        if rows:
            frame = pd.DataFrame(rows).astype({c: "Int64" for c in ("low", "best", "high")})
            store.with_frame("INSERT INTO casualties BY NAME SELECT * FROM f", f=frame)
        clusters = pd.DataFrame(
            {"event_id": ids, "cluster_id": [first[e["cluster"]] for e in events]}
        )
        store.with_frame("CREATE TABLE events_clean AS SELECT * FROM c", c=clusters)


def rows_of(frame: pd.DataFrame) -> list[tuple]:
    rows = frame[sorted(frame.columns)].astype(object).itertuples(index=False, name=None)
    return sorted(tuple("<NA>" if pd.isna(v) else str(v) for v in row) for row in rows)


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> Path:
    """A new store, made once: each example starts from a copy of it."""
    path = tmp_path_factory.mktemp("empty") / "s.duckdb"
    with EventStore(path):
        pass
    return path


@pytest.mark.long_search
@settings(
    max_examples=examples(6, 40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(events=st.lists(event, min_size=1, max_size=7))
def test_figures_reconciled_in_sql_equal_pandas(tmp_path_factory, empty_store, events):
    path = tmp_path_factory.mktemp("figures") / "s.duckdb"
    shutil.copy(empty_store, path)
    store_with(path, events)
    with EventStore(path) as store:
        without = _without_figures(store, None)
        figures = derive_figures(without, _select_casualties(store, None))
        clusters = store.con.execute("SELECT * FROM events_clean").df()
        fatalities, claims = reconcile(figures, clusters)
        ids = store.con.execute("SELECT event_id, rowid FROM events ORDER BY event_id DESC").df()
        expected = event_figures(ids, _select_casualties(store, None))
        found = event_totals(store, ids["rowid"].to_numpy())
        pd.testing.assert_frame_equal(found, expected, check_index_type=False)
        write_figures(store, without)
        stored = {
            t: store.con.execute(f"SELECT * FROM {t}").df()
            for t in ("casualties_clean", "fatalities", "claims")
        }
    assert rows_of(stored["casualties_clean"]) == rows_of(figures)
    assert rows_of(stored["fatalities"]) == rows_of(fatalities)
    assert rows_of(stored["claims"]) == rows_of(claims)


def test_two_reporters_and_a_second_source_by_hand(tmp_path):
    """One event: the army's 21 militants and the ministry's 12 (rule 2: 21, 21, 33); a
    second source of the same attack says 25 (rule 3: the largest of each bound: 25, 25,
    33); a third event alone has only a claim, and a fourth only its notes (7)."""
    militants = {"victim_group": "militants", "perpetrator_claim": False, "overlap": None}
    store_with(
        tmp_path / "s.duckdb",
        [
            {"cluster": 0, "notes": None, "figures": [
                {**militants, "low": 21, "best": 21, "high": 21, "reported_by": "army"},
                {**militants, "low": 12, "best": 12, "high": 12, "reported_by": "ministry"}]},
            {"cluster": 0, "notes": None, "figures": [
                {**militants, "low": 25, "best": 25, "high": 25, "reported_by": None}]},
            {"cluster": 1, "notes": None, "figures": [
                {**militants, "low": 40, "best": 40, "high": 40, "reported_by": "the group",
                 "perpetrator_claim": True}]},
            {"cluster": 2, "notes": "Gunmen attacked a bus, killing 7 people.", "figures": []},
        ],
    )  # fmt: skip
    with EventStore(tmp_path / "s.duckdb") as store:
        ids = store.con.execute("SELECT rowid FROM events ORDER BY event_id").df()
        found = event_totals(store, ids["rowid"].to_numpy())
        assert found["total"].tolist() == [21.0, 25.0, pd.NA, pd.NA]
        # the army's and the ministry's figures are of one group: 21 militants, no other
        assert found.loc[0, "militants"] == 21
        assert found.loc[0, ["civilians", "security_forces", "unknown"]].isna().all()
        # the second source's lone figure is its group's: 25 militants
        assert found.loc[1, "militants"] == 25
        # a claim alone is no figure for scoring; no figure at all, nothing
        assert found.loc[2:, ["militants", "unknown"]].isna().all().all()
        # the store's summary sums the figures as given (21 + 12 + 25), the group's claim
        # of 40 apart
        summary = store.summary()
        assert summary["fatalities_by_victim_group"]["militants"]["best"] == 58
        assert summary["perpetrator_claims_by_victim_group"] == {
            "militants": {"low": 40, "best": 40, "high": 40, "figures": 1}
        }
        write_figures(store, _without_figures(store, None))
        q = store.con.execute
        fatalities = q("SELECT * FROM fatalities ORDER BY cluster_id").fetchall()
        claims = q("SELECT cluster_id, best, method FROM claims").fetchall()
        derived = q("SELECT event_id, best, reported_by FROM casualties_clean WHERE derived")
        derived = derived.fetchall()
    assert fatalities == [
        ("e0", "militants", 25, 25, 33, 3, "army; ministry; unnamed source",
         "largest of 2 sources (same victims)"),
        ("e3", "unknown", 7, 7, 7, 1, "aa notes", "single figure"),
    ]  # fmt: skip
    assert claims == [("e2", 40, "single figure")]
    assert derived == [("e3", 7, "aa notes")]
