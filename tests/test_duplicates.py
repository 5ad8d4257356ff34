"""Duplicates across sources: blocking, scoring and clusters, on a labelled cross-source table.

``fixtures/dedup_labelled.csv`` (written by ``fixtures/make_dedup_labelled.py``, seeded) holds
2024 events in Pakistan and Afghanistan as ACLED, GTD, UCDP and an analyst's table report
them, with ``true_cluster`` naming the real event of each row.
"""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import duplicates
from analysis.clean.duplicates import (
    candidate_pairs,
    event_fatalities,
    link_duplicates,
    score_pairs,
)
from analysis.clean.reconcile import reconcile
from conftest import examples

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LABELLED = FIXTURES / "dedup_labelled.csv"
GENERATOR = FIXTURES / "make_dedup_labelled.py"


def load_labelled() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The labelled events (canonical dtypes) and a casualty frame from ``fatalities_best``."""
    events = pd.read_csv(LABELLED, dtype={"admin2": "str", "location": "str"})
    events = events.astype(
        {"date_start": "datetime64[us]", "date_end": "datetime64[us]", "fatalities_best": "Int64"}
    )
    casualties = pd.DataFrame(
        {
            "event_id": events["event_id"],
            "victim_group": "unknown",
            "low": events["fatalities_best"],
            "best": events["fatalities_best"],
            "high": events["fatalities_best"],
            "reported_by": events["source"],
            "perpetrator_claim": False,
        }
    )
    return events, casualties


def same_cluster_pairs(frame: pd.DataFrame, column: str) -> set[tuple[str, str]]:
    """Every pair of event_ids (left < right) that ``column`` puts in one cluster."""
    ids = frame[["event_id", column]]
    both = ids.merge(ids, on=column)
    both = both[both["event_id_x"] < both["event_id_y"]]
    return set(zip(both["event_id_x"], both["event_id_y"], strict=True))


def events(rows: list[dict]) -> pd.DataFrame:
    """A small events frame; dates as text, date_end defaulting to date_start."""
    frame = pd.DataFrame(rows)
    frame["date_start"] = pd.to_datetime(frame["date_start"]).astype("datetime64[us]")
    end = frame["date_end"] if "date_end" in frame else frame["date_start"]
    frame["date_end"] = pd.to_datetime(end).astype("datetime64[us]")
    return frame


# --- the labelled table -----------------------------------------------------------------


@pytest.fixture(scope="module")
def labelled():
    events, casualties = load_labelled()
    linked, pairs = link_duplicates(events, casualties)
    return events, casualties, linked, pairs


def test_labelled_table_is_big_and_cross_source(labelled):
    events, _, _, _ = labelled
    assert len(events) >= 200
    sources_per_event = events.groupby("true_cluster")["source"].nunique()
    assert (sources_per_event >= 2).sum() >= 50
    assert set(events["source"]) == {"acled", "gtd", "ucdp", "seed"}
    assert events["event_id"].is_unique


def test_labelled_table_is_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("make_dedup_labelled", GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert generator.build().to_csv(index=False) == LABELLED.read_text(encoding="utf-8")


def test_precision_and_recall_on_labelled_pairs(labelled, capsys):
    events, _, linked, _ = labelled
    truth = same_cluster_pairs(events, "true_cluster")
    predicted = same_cluster_pairs(linked, "cluster_id")
    hits = len(truth & predicted)
    precision, recall = hits / len(predicted), hits / len(truth)
    with capsys.disabled():
        print(
            f"\ndedup on {len(events)} rows: {len(truth)} true duplicate pairs, "
            f"{len(predicted)} predicted, precision {precision:.3f}, recall {recall:.3f}"
        )
    assert precision >= 0.9
    assert recall >= 0.9


def test_blocking_keeps_candidates_per_row_small(labelled, capsys):
    events, _, _, _ = labelled
    pairs = candidate_pairs(events)
    per_row = (
        pd.concat([pairs["left"], pairs["right"]])
        .value_counts()
        .reindex(events["event_id"], fill_value=0)
    )
    all_pairs = len(events) * (len(events) - 1) // 2
    truth = same_cluster_pairs(events, "true_cluster")
    kept = len(truth & set(zip(pairs["left"], pairs["right"], strict=True))) / len(truth)
    with capsys.disabled():
        print(
            f"blocking: {len(pairs)} candidate pairs of {all_pairs} possible "
            f"({len(pairs) / all_pairs:.1%}); per row mean {per_row.mean():.1f}, "
            f"max {per_row.max()}; true pairs kept by blocking {kept:.1%}"
        )
    assert per_row.mean() <= 10
    assert per_row.max() <= 40
    assert len(pairs) <= 0.05 * all_pairs
    assert kept >= 0.95


def test_no_true_pair_scores_below_the_review_floor(labelled):
    """The pairs left out of ``duplicate_pairs`` hold no duplicate of the labelled table:
    with every scored pair kept, each true pair scores the floor or more; the pairs kept
    by default are those, and the clusters are the same."""
    events, casualties, linked, pairs = labelled
    every, all_pairs = link_duplicates(events, casualties, floor=0)
    pd.testing.assert_frame_equal(every, linked)
    truth = same_cluster_pairs(events, "true_cluster")
    true = np.array([(a, b) in truth for a, b in all_pairs[["left", "right"]].values])
    low = all_pairs["score"].to_numpy() < duplicates.REVIEW_FLOOR
    assert low.sum() > 0 and true.sum() > 0 and not (low & true).any()
    kept = all_pairs[~low].reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, pairs)


def test_rows_kept_in_order(labelled):
    events, _, linked, _ = labelled
    assert len(linked) == len(events)
    assert linked["event_id"].tolist() == events["event_id"].tolist()
    pd.testing.assert_frame_equal(linked[events.columns], events)


def test_idempotent(labelled):
    _, casualties, linked, pairs = labelled
    again, pairs_again = link_duplicates(linked, casualties)
    pd.testing.assert_frame_equal(again, linked)
    pd.testing.assert_frame_equal(pairs_again, pairs)


def test_stale_cluster_columns_are_recomputed(labelled):
    events, casualties, linked, _ = labelled
    stale = events.assign(cluster_id="x", cluster_sources="nobody")
    relinked, _ = link_duplicates(stale, casualties)
    assert relinked["cluster_id"].tolist() == linked["cluster_id"].tolist()
    assert list(relinked.columns).count("cluster_id") == 1


@pytest.mark.parametrize("chunk_events", [60, 300])
def test_linking_in_chunks_equals_linking_at_once(labelled, chunk_events):
    """Blocked and scored a few events at a time (2 to 6 chunks of days), the clusters and
    the scored pairs are those of one piece; a sink gets every pair exactly once."""
    events, casualties, linked, pairs = labelled
    chunks = list(
        duplicates._candidate_chunks(events, duplicates._id_rank(events["event_id"]), None,
                                     chunk_events)
    )  # fmt: skip
    assert len(chunks) >= 2
    chunked, chunked_pairs = link_duplicates(events, casualties, chunk_events=chunk_events)
    pd.testing.assert_frame_equal(chunked, linked)
    pd.testing.assert_frame_equal(chunked_pairs, pairs)
    parts = []
    sunk, rest = link_duplicates(
        events, casualties, pairs_sink=parts.append, chunk_events=chunk_events
    )
    pd.testing.assert_frame_equal(sunk, linked)
    assert rest.empty and len(parts) >= 2
    written = pd.concat(parts, ignore_index=True).sort_values(["left", "right"])
    expected = pairs.sort_values(["left", "right"])
    pd.testing.assert_frame_equal(written.reset_index(drop=True), expected.reset_index(drop=True))


def test_anchored_candidates_in_chunks_equal_those_at_once(labelled, monkeypatch):
    """An update's candidates (pairs with an anchored event) found 30 events at a time
    are those found at once."""
    events = labelled[0]
    anchor = events["event_id"].str.endswith(("1", "4", "7")).to_numpy()
    at_once = candidate_pairs(events, anchor=anchor)
    assert 0 < len(at_once) < len(candidate_pairs(events))
    monkeypatch.setattr(duplicates, "CHUNK_EVENTS", 30)
    pd.testing.assert_frame_equal(candidate_pairs(events, anchor=anchor), at_once)


def test_best_link_wins_across_chunks():
    """Two ACLED reports a day either side of one GTD report: each pair falls in a chunk of
    its own (one event per chunk), the weaker one scored first. The stronger link still
    wins and the weaker is refused, as when all pairs are linked at once."""
    common = dict(iso3="PAK", admin1="Khyber Pakhtunkhwa", location="Bannu",
                  event_type="Battles", sub_event_type="Armed clash")  # fmt: skip
    frame = events(
        [
            {**common, "event_id": "acled:1", "source": "acled", "date_start": "2024-07-17",
             "actor1": "Hafiz Gul Bahadur Group"},
            {**common, "event_id": "acled:2", "source": "acled", "date_start": "2024-07-15",
             "actor1": "Unidentified Armed Group (Pakistan)"},
            {**common, "event_id": "gtd:1", "source": "gtd", "date_start": "2024-07-16",
             "actor1": "Hafiz Gul Bahadur Group"},
        ]
    )  # fmt: skip
    rank = duplicates._id_rank(frame["event_id"])
    chunks = [c.tolist() for c in duplicates._candidate_chunks(frame, rank, None, 1)]
    assert chunks == [[[1], [2]], [[0], [2]]]  # acled:2–gtd:1 (15th), then acled:1–gtd:1
    linked, pairs = link_duplicates(frame, chunk_events=1)
    assert linked["cluster_id"].tolist() == ["acled:1", "acled:2", "acled:1"]
    assert linked["cluster_sources"].tolist() == ["acled; gtd", "acled", "acled; gtd"]
    # same location 0.40 + a day apart 0.05 + same sub-type 0.10 + figures unknown 0.05,
    # actors 100 (0.30) or the unknown perpetrator (0.15)
    assert pairs[["left", "right", "score", "accepted"]].values.tolist() == [
        ["acled:1", "gtd:1", 0.9, True],
        ["acled:2", "gtd:1", 0.75, False],
    ]
    assert pairs.loc[1, "reasons"].endswith(duplicates.REFUSED)
    pd.testing.assert_frame_equal(link_duplicates(frame)[1], pairs)


def test_pairs_never_within_one_source(labelled):
    events, _, linked, pairs = labelled
    source = events.set_index("event_id")["source"]
    assert (source[pairs["left"]].to_numpy() != source[pairs["right"]].to_numpy()).all()
    per_cluster = linked.groupby("cluster_id")["source"]
    assert (per_cluster.size() == per_cluster.nunique()).all()


def test_clusters_name_their_smallest_event_and_sources(labelled):
    _, _, linked, _ = labelled
    clusters = linked.groupby("cluster_id")
    assert (clusters["event_id"].min() == clusters["event_id"].min().index).all()
    expected = clusters["source"].agg(lambda s: "; ".join(sorted(set(s))))
    assert linked["cluster_sources"].tolist() == linked["cluster_id"].map(expected).tolist()


def test_pairs_have_scores_and_reasons(labelled):
    _, _, _, pairs = labelled
    assert list(pairs.columns) == ["left", "right", "score", "reasons", "accepted"]
    assert pairs["score"].between(0, 1).all()
    assert pairs["reasons"].str.contains("fatalities").all()
    assert (pairs["left"] < pairs["right"]).all()
    assert not pairs[["left", "right"]].duplicated().any()


def test_seed_article_rows_in_the_labelled_table(labelled):
    events, _, linked, _ = labelled
    musakhail = linked[events["true_cluster"].eq("E001")]
    assert musakhail["cluster_id"].nunique() == 1
    assert musakhail["cluster_sources"].iloc[0] == "acled; gtd; seed; ucdp"


# --- small cases worked by hand ---------------------------------------------------------


def test_four_rows_by_hand():
    # Kalat (ACLED, GTD a day later 3 km off) and Quetta (ACLED, the analyst's table): the
    # same group the same night, 140 km apart — two real events, not one.
    frame = events(
        [
            dict(event_id="acled:1", source="acled", date_start="2024-08-25",
                 admin1="Balochistan", location="Kalat", latitude=29.03, longitude=66.59,
                 actor1="BLA: Baloch Liberation Army", actor2="Police Forces of Pakistan (2018-)",
                 event_type="Battles", sub_event_type="Armed clash"),
            dict(event_id="gtd:1", source="gtd", date_start="2024-08-26",
                 admin1="Balochistan", location="Kalat", latitude=29.05, longitude=66.61,
                 actor1="Baloch Liberation Army (BLA)", actor2="Police",
                 event_type="Battles", sub_event_type="Armed clash"),
            dict(event_id="seed:1", source="seed", date_start="2024-08-25",
                 admin1="Balochistan", location="Quetta", latitude=None, longitude=None,
                 actor1="BLA", actor2="Civilians",
                 event_type="Violence against civilians", sub_event_type="Attack"),
            dict(event_id="acled:2", source="acled", date_start="2024-08-25",
                 admin1="Balochistan", location="Quetta", latitude=30.18, longitude=67.00,
                 actor1="BLA: Baloch Liberation Army", actor2="Civilians (Pakistan)",
                 event_type="Violence against civilians", sub_event_type="Attack"),
        ]
    ).assign(iso3="PAK")  # fmt: skip
    linked, pairs = link_duplicates(frame, floor=0)
    assert linked["cluster_id"].tolist() == ["acled:1", "acled:1", "acled:2", "acled:2"]
    assert linked["cluster_sources"].tolist() == ["acled; gtd"] * 2 + ["acled; seed"] * 2
    # Every cross-source pair is a candidate (one province, dates a day apart at most);
    # best first. Same group, a day apart, but 131 km away: not linked.
    assert pairs[["left", "right"]].values.tolist() == [
        ["acled:2", "seed:1"],
        ["acled:1", "gtd:1"],
        ["acled:1", "seed:1"],
        ["acled:2", "gtd:1"],
        ["gtd:1", "seed:1"],
    ]
    assert pairs["accepted"].tolist() == [True, True, False, False, False]
    assert pairs.loc[3, "reasons"].startswith("1 day apart; 131 km apart, different location")
    # Kalat against Quetta: different location 0.25 × 0.40, the BLA the same on one side
    # and police against civilians on the other (half the actors: 0.5 × 0.30), related
    # types 0.05, figures unknown 0.05, and the same day 0.10 (0.45) or a day apart 0.05
    # (0.40): below the review floor.
    assert pairs.loc[2:, "score"].tolist() == [0.45, 0.4, 0.4]
    # By default those three are not kept; the clusters and the other pairs are the same.
    kept, kept_pairs = link_duplicates(frame)
    pd.testing.assert_frame_equal(kept, linked)
    pd.testing.assert_frame_equal(kept_pairs, pairs.iloc[:2])
    assert duplicates.REVIEW_FLOOR == 0.5


def test_one_common_side_of_two_is_half_the_actors():
    # ACLED: the police against the TTP in Zhob, 3 dead; UCDP: the TTP against the Islamic
    # State in Zhob over the same week, 6 dead. Same place (0.40), dates overlap (0.10),
    # same sub-event type (0.10), figures 3 vs 6 differ (0). Actors side by side: TTP =
    # TTP (1), police against "Islamic State" (0; the state forces' word is no part of a
    # group's name): half the actors, 0.5 × 0.30 = 0.15, so 0.75 — but one side differs
    # and the figures too: capped at 0.6, below the threshold 0.65, not linked.
    zhob = dict(
        iso3="PAK",
        admin1="Balochistan",
        admin2="Zhob",
        location="Zhob",
        latitude=31.34,
        longitude=69.45,
        event_type="Battles",
        sub_event_type="Armed clash",
    )
    frame = events(
        [
            dict(event_id="acled:PAK6", source="acled", date_start="2024-08-12",
                 actor1="Police Forces of Pakistan", actor2="Tehrik-i-Taliban Pakistan",
                 **zhob),
            dict(event_id="ucdp:4", source="ucdp", date_start="2024-08-10",
                 date_end="2024-08-16", actor1="Tehrik-i-Taliban Pakistan",
                 actor2="Islamic State (Pakistan)", **zhob),
        ]
    )  # fmt: skip

    def dead(acled: int, ucdp: int) -> pd.DataFrame:
        return pd.DataFrame(
            {"event_id": ["acled:PAK6", "ucdp:4"], "victim_group": "unknown",
             "best": [acled, ucdp], "reported_by": None, "perpetrator_claim": False}
        )  # fmt: skip

    linked, pairs = link_duplicates(frame, dead(3, 6))
    assert linked["cluster_id"].tolist() == ["acled:PAK6", "ucdp:4"]
    assert pairs["score"].tolist() == [0.6]
    assert pairs["accepted"].tolist() == [False]
    assert pairs.loc[0, "reasons"].endswith(duplicates.ONE_SIDE)
    # The same two reports with agreeing figures (6 and 6: 0.10) are one event: 0.85.
    linked, pairs = link_duplicates(frame, dead(6, 6))
    assert linked["cluster_id"].tolist() == ["acled:PAK6", "acled:PAK6"]
    assert pairs["score"].tolist() == [0.85]
    # Government, military and police of one state are one side: the army against the
    # TTP (ACLED) and the government of Pakistan against the TTP (UCDP) agree fully, 0.9.
    state = frame.assign(
        actor1=["Military Forces of Pakistan", "Government of Pakistan"],
        actor2="Tehrik-i-Taliban Pakistan",
    )
    linked, pairs = link_duplicates(state, dead(3, 6))
    assert linked["cluster_id"].tolist() == ["acled:PAK6", "acled:PAK6"]
    assert pairs["score"].tolist() == [0.9]
    assert "actors 100" in pairs.loc[0, "reasons"]


def test_seed_article_musakhail_links_acled_and_gtd():
    frame = events(
        [
            dict(event_id="seed:S1", source="seed", date_start="2024-08-25", admin1="Balochistan",
                 location="Musakhail", actor1="Balochistan Liberation Army",
                 actor2="Passengers", event_type="Violence against civilians",
                 sub_event_type="Attack"),
            dict(event_id="acled:PAK1", source="acled", date_start="2024-08-26",
                 admin1="Balochistan", admin2="Musakhel", location="Musakhel",
                 latitude=30.86, longitude=69.82, actor1="BLA: Baloch Liberation Army",
                 actor2="Civilians (Pakistan)", event_type="Violence against civilians",
                 sub_event_type="Attack"),
            dict(event_id="gtd:2024", source="gtd", date_start="2024-08-25",
                 admin1="Balochistan", location="Musa Khel", latitude=30.88, longitude=69.80,
                 actor1="Baloch Liberation Army (BLA)", actor2="Private Citizens & Property",
                 event_type="Violence against civilians", sub_event_type="Attack"),
            # The same night, the same group in Kalat: another real event.
            dict(event_id="gtd:2025", source="gtd", date_start="2024-08-25",
                 admin1="Balochistan", location="Kalat", latitude=29.03, longitude=66.59,
                 actor1="Baloch Liberation Army (BLA)", actor2="Police",
                 event_type="Battles", sub_event_type="Armed clash"),
        ]
    ).assign(country="Pakistan", iso3="PAK")  # fmt: skip
    casualties = pd.DataFrame(
        {
            "event_id": ["seed:S1", "acled:PAK1", "gtd:2024", "gtd:2025"],
            "victim_group": ["civilians", "unknown", "civilians", "security_forces"],
            "best": [23, 23, 23, 10],
            "reported_by": [None, None, None, None],
            "perpetrator_claim": False,
        }
    )
    linked, pairs = link_duplicates(frame, casualties)
    assert linked["cluster_id"].tolist() == ["acled:PAK1"] * 3 + ["gtd:2025"]
    assert linked["cluster_sources"].iloc[0] == "acled; gtd; seed"
    seed_acled = pairs.set_index(["left", "right"]).loc[("acled:PAK1", "seed:S1")]
    assert seed_acled["accepted"]
    assert seed_acled["reasons"].startswith("1 day apart; same location")
    assert seed_acled["reasons"].endswith("fatalities 23 vs 23")
    assert not pairs.loc[pairs["right"].eq("gtd:2025") | pairs["left"].eq("gtd:2025"),
                         "accepted"].any()  # fmt: skip


def test_totals_stand_in_for_the_figures():
    """A store links its events with each event's total only (the figures are not held):
    the same links as with the figures, and the totals are what decides."""
    frame = events(
        [
            dict(event_id="acled:1", source="acled", date_start="2024-05-03", admin1="Sindh",
                 actor1="Lashkar-e-Jhangvi", event_type="Battles", sub_event_type="Armed clash"),
            dict(event_id="gtd:1", source="gtd", date_start="2024-05-03", admin1="Sindh",
                 actor1="Lashkar-e-Jhangvi", event_type="Battles", sub_event_type="Armed clash"),
            dict(event_id="gtd:2", source="gtd", date_start="2024-06-20", admin1="Sindh"),
        ]
    ).assign(iso3="PAK")  # fmt: skip
    casualties = pd.DataFrame(
        {
            "event_id": ["acled:1", "acled:1", "gtd:1"],
            # GTD gives no victim group (named groups that differ would say two events)
            "victim_group": ["security_forces", "security_forces", "unknown"],
            "best": [5, 3, 5],
            "reported_by": ["army", "police", None],
            "perpetrator_claim": False,
        }
    )
    # two reporters of one group: the larger figure, 5 (not the sum); no figure for gtd:2
    totals = event_fatalities(frame, casualties)
    assert totals.tolist() == [5.0, 5.0, pd.NA]
    # place unknown (no coordinates or names): 0.5 × 0.40 + actors 0.30 + type 0.10 + date
    # 0.10 + equal figures 0.10 = 0.8, linked
    with_figures, pairs = link_duplicates(frame, casualties)
    with_totals, pairs_totals = link_duplicates(frame, fatalities=totals)
    pd.testing.assert_frame_equal(with_totals, with_figures)
    pd.testing.assert_frame_equal(pairs_totals, pairs)
    assert with_totals["cluster_id"].tolist() == ["acled:1", "acled:1", "gtd:2"]
    assert pairs.loc[0, "score"] == pytest.approx(0.8)
    # totals 5 and 9 differ (by more than 2 and 25 %): 0.7, and an unplaced pair whose
    # figures differ is capped at 0.6
    apart, apart_pairs = link_duplicates(frame, fatalities=pd.array([5, 9, None], "Float64"))
    assert apart["cluster_id"].tolist() == ["acled:1", "gtd:1", "gtd:2"]
    assert apart_pairs.loc[0, "score"] == pytest.approx(0.6)
    assert apart_pairs.loc[0, "reasons"].endswith("fatalities 5 vs 9; place unknown and "
                                                  "figures differ: capped at 0.6")  # fmt: skip


def test_coarse_dates_are_not_paired():
    base = dict(iso3="PAK", admin1="Sindh", location="Karachi", actor1="SRA")
    frame = events(
        [
            {**base, "event_id": "acled:1", "source": "acled", "date_start": "2024-10-06"},
            {**base, "event_id": "gtd:1", "source": "gtd", "date_start": "2024-10-01",
             "date_end": "2024-10-31"},  # month precision
        ]
    )  # fmt: skip
    assert candidate_pairs(frame).empty
    linked, _ = link_duplicates(frame)
    assert linked["cluster_id"].tolist() == ["acled:1", "gtd:1"]


def test_dates_two_days_apart_are_not_paired_one_day_apart_are():
    base = dict(iso3="PAK", admin1="Sindh", location="Karachi", actor1="SRA")
    frame = events(
        [
            {**base, "event_id": "acled:1", "source": "acled", "date_start": "2024-10-06"},
            {**base, "event_id": "gtd:1", "source": "gtd", "date_start": "2024-10-07"},
            {**base, "event_id": "seed:1", "source": "seed", "date_start": "2024-10-08"},
        ]
    )
    pairs = candidate_pairs(frame)
    assert pairs.values.tolist() == [["acled:1", "gtd:1"], ["gtd:1", "seed:1"]]


def test_spans_overlap_and_admin1_spelling_is_forgiven():
    frame = events(
        [
            dict(event_id="ucdp:1", source="ucdp", date_start="2024-03-25",
                 date_end="2024-03-26", iso3="PAK", admin1="Balochistan province"),
            dict(event_id="acled:1", source="acled", date_start="2024-03-27",
                 iso3="PAK", admin1="BALOCHISTAN"),
        ]
    )  # fmt: skip
    assert candidate_pairs(frame).values.tolist() == [["acled:1", "ucdp:1"]]


def test_close_coordinates_pair_across_admin1_names():
    frame = events(
        [
            dict(event_id="acled:1", source="acled", date_start="2024-08-26",
                 admin1="Balochistan", latitude=29.03, longitude=66.59),
            dict(event_id="gtd:1", source="gtd", date_start="2024-08-26",
                 admin1="Baluchistan", latitude=29.10, longitude=66.65),
            dict(event_id="gtd:2", source="gtd", date_start="2024-08-26",
                 admin1="Baluchistan", latitude=30.18, longitude=67.00),
            dict(event_id="seed:1", source="seed", date_start="2024-08-26",
                 admin1=None, latitude=29.05, longitude=66.60,
                 geo_precision="admin1"),  # a province centroid: not compared
        ]
    ).assign(iso3="PAK")  # fmt: skip
    assert candidate_pairs(frame).values.tolist() == [["acled:1", "gtd:1"]]


def test_conflicting_link_is_refused_and_says_why():
    # Two ACLED events in one town the same day, one GTD report matching both: the GTD
    # report joins the better match only.
    common = dict(
        date_start="2024-07-15",
        iso3="PAK",
        admin1="Khyber Pakhtunkhwa",
        location="Bannu",
        event_type="Battles",
        sub_event_type="Armed clash",
    )
    frame = events(
        [
            {**common, "event_id": "acled:1", "source": "acled",
             "actor1": "Hafiz Gul Bahadur Group"},
            {**common, "event_id": "acled:2", "source": "acled",
             "actor1": "Unidentified Armed Group (Pakistan)"},
            {**common, "event_id": "gtd:1", "source": "gtd", "actor1": "Hafiz Gul Bahadur Group"},
        ]
    )  # fmt: skip
    linked, pairs = link_duplicates(frame)
    assert linked["cluster_id"].tolist() == ["acled:1", "acled:2", "acled:1"]
    refused = pairs.set_index(["left", "right"]).loc[("acled:2", "gtd:1")]
    assert refused["score"] >= duplicates.DEFAULT_THRESHOLD
    assert not refused["accepted"]
    assert "not linked" in refused["reasons"]


def test_a_total_that_is_one_group_of_the_other_s_figures():
    """The military's "21 militants killed" coded without a group (ACLED) against a table
    with 14 soldiers and police and 21 militants for the same operations: neither placed
    below the province, so only agreeing figures lift the 0.6 cap."""
    frame = events(
        [
            dict(event_id="acled:9", source="acled", date_start="2024-08-26",
                 admin1="Balochistan", geo_precision="admin1",
                 actor1="Military Forces of Pakistan", actor2="BLA: Baloch Liberation Army",
                 event_type="Battles", sub_event_type="Armed clash"),
            dict(event_id="seed:2", source="seed", date_start="2024-08-26",
                 admin1="Balochistan", geo_precision="admin1",
                 actor1="Military forces of Pakistan", actor2="Baloch Liberation Army (BLA)",
                 event_type="Battles", sub_event_type="Armed clash"),
        ]
    ).assign(iso3="PAK")  # fmt: skip
    figures = {
        "event_id": ["acled:9", "seed:2", "seed:2"],
        "victim_group": ["unknown", "security_forces", "militants"],
        "best": [21, 14, 21],
        "reported_by": ["ACLED", "military", "military"],
    }
    linked, pairs = link_duplicates(frame, pd.DataFrame(figures))
    # place unknown 0.5 × 0.40 + actors 0.30 + same sub-event type 0.10 + date 0.10 + one
    # group's figure 0.75 × 0.10 = 0.775, not capped: linked
    assert pairs.loc[0, "score"] == pytest.approx(0.775)
    assert pairs.loc[0, "reasons"].endswith("fatalities 21 vs 35 (militants 21 of 35)")
    assert linked["cluster_id"].tolist() == ["acled:9", "acled:9"]
    # 20 is no group's figure (nor within 25 % or 2 of 35): capped at 0.6, not linked
    figures["best"] = [20, 14, 21]
    apart, apart_pairs = link_duplicates(frame, pd.DataFrame(figures))
    assert apart_pairs.loc[0, "score"] == pytest.approx(0.6)
    assert "(militants" not in apart_pairs.loc[0, "reasons"]
    assert apart["cluster_id"].tolist() == ["acled:9", "seed:2"]
    # the other way round: the table's 3 of no known group are ACLED's 3 militants
    figures = {
        "event_id": ["acled:9", "acled:9", "seed:2"],
        "victim_group": ["civilians", "militants", "unknown"],
        "best": [4, 3, 3],
        "reported_by": ["police", "police", "officials"],
    }
    _, pairs = link_duplicates(frame, pd.DataFrame(figures))
    assert pairs.loc[0, "reasons"].endswith("fatalities 7 vs 3 (militants 3 of 7)")
    assert pairs.loc[0, "score"] == pytest.approx(0.775)
    # but 3 civilians are not ACLED's 3 militants: the figures disagree, capped
    figures["victim_group"] = ["civilians", "militants", "civilians"]
    _, pairs = link_duplicates(frame, pd.DataFrame(figures))
    assert pairs.loc[0, "score"] == pytest.approx(0.6)
    # a total of 0 is no group's figure, even where a group has 0
    figures["best"] = [0, 5, 0]
    _, pairs = link_duplicates(frame, pd.DataFrame(figures))
    assert pairs.loc[0, "score"] == pytest.approx(0.6)


def test_score_components_by_hand():
    frame = events(
        [
            dict(event_id="acled:1", source="acled", date_start="2024-09-02",
                 latitude=34.528, longitude=69.172, actor1="IS: Islamic State (Khorasan)",
                 event_type="Explosions/Remote violence", sub_event_type="Suicide bomb"),
            dict(event_id="ucdp:1", source="ucdp", date_start="2024-09-02",
                 latitude=34.528, longitude=69.172, actor1="IS",
                 event_type="Violence against civilians", sub_event_type="Attack"),
        ]
    )  # fmt: skip
    casualties = pd.DataFrame(
        {"event_id": ["acled:1", "ucdp:1"], "victim_group": "civilians", "best": [6, 7]}
    )
    scored = score_pairs(
        frame, pd.DataFrame({"left": ["acled:1"], "right": ["ucdp:1"]}), casualties
    )
    # place 1 × 0.40 + actors 1 × 0.30 + types 0.25 × 0.10 + date 1 × 0.10 + close 0.75 × 0.10
    assert scored.loc[0, "score"] == pytest.approx(0.9)
    assert scored.loc[0, "reasons"] == (
        "same day; 0 km apart; actors 100; related event types; fatalities 6 vs 7"
    )


def test_empty_frame():
    from analysis.schema import empty_casualties, empty_events

    linked, pairs = link_duplicates(empty_events(), empty_casualties())
    assert linked.empty and pairs.empty
    assert {"cluster_id", "cluster_sources"} <= set(linked.columns)
    assert list(pairs.columns) == ["left", "right", "score", "reasons", "accepted"]


def test_docstring_examples():
    result = doctest.testmod(duplicates, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


# --- properties -------------------------------------------------------------------------

PLACES = st.sampled_from([("Kalat", 29.03, 66.59), ("Quetta", 30.18, 67.0), ("Bela", 26.23, 66.31)])
ROW = st.tuples(
    st.sampled_from(["acled", "gtd", "seed", "ucdp"]),
    st.integers(0, 4),  # day
    st.integers(0, 2),  # span
    PLACES,
    st.sampled_from(["BLA", "BLA: Baloch Liberation Army", "BLF", "Unknown", None]),
)


@pytest.mark.long_search
@settings(max_examples=examples(10, 60), deadline=None)
@given(st.lists(ROW, max_size=12))
def test_rows_kept_idempotent_and_clusters_consistent(rows):
    frame = events(
        [
            dict(event_id=f"{source}:{i}", source=source, iso3="PAK", admin1="Balochistan",
                 date_start=pd.Timestamp("2024-08-24") + pd.Timedelta(days=day),
                 date_end=pd.Timestamp("2024-08-24") + pd.Timedelta(days=day + span),
                 location=place, latitude=lat, longitude=lon, actor1=actor)
            for i, (source, day, span, (place, lat, lon), actor) in enumerate(rows)
        ]
        or [dict(event_id="acled:0", source="acled", date_start="2024-08-24")]
    )  # fmt: skip
    linked, pairs = link_duplicates(frame)
    assert linked["event_id"].tolist() == frame["event_id"].tolist()
    again, _ = link_duplicates(linked)
    pd.testing.assert_frame_equal(again, linked)
    clusters = linked.groupby("cluster_id")
    assert (clusters["source"].size() == clusters["source"].nunique()).all()
    assert (clusters["event_id"].min() == clusters["event_id"].min().index).all()
    accepted = pairs[pairs["accepted"]]
    cluster = linked.set_index("event_id")["cluster_id"]
    assert (cluster[accepted["left"]].to_numpy() == cluster[accepted["right"]].to_numpy()).all()


def test_scoring_a_pair_of_unknown_events_says_which():
    events = pd.DataFrame(
        {
            "event_id": ["acled:1", "gtd:7"],
            "source": ["acled", "gtd"],
            "date_start": pd.to_datetime(["2024-08-26", "2024-08-25"]),
        }
    )
    pairs = pd.DataFrame({"left": ["acled:1"], "right": ["gtd:99"]})
    with pytest.raises(ValueError, match="gtd:99"):
        score_pairs(events, pairs)


# --- several partners, tolls far apart, distance beyond the places' precision -----------


def figures(rows: list[tuple[str, int, int, int | None]]) -> pd.DataFrame:
    """Casualty figures of an unknown victim group: (event_id, low, best, high) each."""
    frame = pd.DataFrame(rows, columns=["event_id", "low", "best", "high"])
    frame = frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    return frame.assign(victim_group="unknown", reported_by=None, perpetrator_claim=False)


def cluster_totals(linked: pd.DataFrame, casualties: pd.DataFrame) -> list[list[int]]:
    """Each cluster's reconciled (low, best, high), by cluster id."""
    fatalities, _ = reconcile(casualties, linked)
    table = fatalities.sort_values("cluster_id")[["low", "best", "high"]]
    return table.astype("int64").values.tolist()


MAIDUGURI = dict(iso3="NGA", admin1="Borno", admin2="Maiduguri", location="Maiduguri",
                 latitude=11.8333, longitude=13.15, geo_precision="exact",
                 event_type="Battles", sub_event_type="Armed clash")  # fmt: skip


def test_the_same_day_report_with_the_same_toll_wins_over_a_next_day_one_far_off():
    # UCDP: 30 August, Maiduguri, the government against Boko Haram, 53 dead (53-56).
    # ACLED reports two events there: the army against Boko Haram on 31 August, 3 dead,
    # and ISWAP against vigilantes on 30 August, 53 dead.
    frame = events(
        [
            dict(event_id="ucdp:5", source="ucdp", date_start="2024-08-30",
                 actor1="Government of Nigeria", actor2="Boko Haram", **MAIDUGURI),
            dict(event_id="acled:A", source="acled", date_start="2024-08-31",
                 actor1="Military Forces of Nigeria", actor2="Boko Haram", **MAIDUGURI),
            dict(event_id="acled:B", source="acled", date_start="2024-08-30",
                 actor1="ISWAP", actor2="Yan Sakai vigilantes", **MAIDUGURI),
        ]
    )  # fmt: skip
    dead = figures([("ucdp:5", 53, 53, 56), ("acled:A", 3, 3, 3), ("acled:B", 53, 53, 53)])
    linked, pairs = link_duplicates(frame, dead)
    # A: a day apart 0.05, same place 0.40, the same two sides 0.30, same sub-event type
    # 0.10, 3 vs 53 differ (0): 0.85 before any cap. 3 against 53-56: the ranges do not
    # meet and 53 + 1 is 13.5 times 3 + 1 (3 or more), and the date is a day off: capped
    # at 0.6. B: same day 0.10, same place 0.40, no common side 0, same sub-event type
    # 0.10, 53 vs 53 equal 0.10: 0.70, linked.
    assert pairs[["left", "right", "score", "accepted"]].values.tolist() == [
        ["acled:B", "ucdp:5", 0.7, True],
        ["acled:A", "ucdp:5", 0.6, False],
    ]
    assert pairs.loc[1, "reasons"].endswith(duplicates.FAR_TOLL)
    assert linked["cluster_id"].tolist() == ["acled:B", "acled:A", "acled:B"]
    # Reconciled: B with UCDP (largest low, best and high: 53, 53, 56) and A alone (3):
    # 56 dead in all, not 53 + 53.
    assert cluster_totals(linked, dead) == [[3, 3, 3], [53, 53, 56]]


def test_a_same_day_equal_toll_partner_beats_a_day_earlier_one_with_none_dead():
    # UCDP: 8 August, Konduga, Boko Haram against civilians, 4 dead. ACLED: the same group
    # against civilians on 7 August with 0 dead, and ISWAP against civilians on 8 August
    # with 4 dead.
    konduga = dict(iso3="NGA", admin1="Borno", admin2="Konduga", location="Konduga",
                   latitude=11.6531, longitude=13.4179, geo_precision="exact",
                   event_type="Violence against civilians", sub_event_type="Attack")  # fmt: skip
    frame = events(
        [
            dict(event_id="ucdp:25", source="ucdp", date_start="2024-08-08",
                 actor1="Boko Haram", actor2="Civilians", **konduga),
            dict(event_id="acled:C", source="acled", date_start="2024-08-07",
                 actor1="Boko Haram", actor2="Civilians (Nigeria)", **konduga),
            dict(event_id="acled:D", source="acled", date_start="2024-08-08",
                 actor1="ISWAP", actor2="Civilians (Nigeria)", **konduga),
        ]
    )  # fmt: skip
    dead = figures([("ucdp:25", 4, 4, 4), ("acled:C", 0, 0, 0), ("acled:D", 4, 4, 4)])
    linked, pairs = link_duplicates(frame, dead)
    # C: 0.05 + 0.40 + 0.30 + 0.10 + 0 = 0.85; D: 0.10 + 0.40 + half the actors 0.15 +
    # 0.10 + 0.10 = 0.85. A tie, once taken in id order (C). 0 against 4 (0 + 1 and
    # 4 + 1: 5 times) a day apart is capped at 0.6, so D is linked.
    assert pairs[["left", "right", "score", "accepted"]].values.tolist() == [
        ["acled:D", "ucdp:25", 0.85, True],
        ["acled:C", "ucdp:25", 0.6, False],
    ]
    assert linked["cluster_id"].tolist() == ["acled:D", "acled:C", "acled:D"]
    assert cluster_totals(linked, dead) == [[0, 0, 0], [4, 4, 4]]


@pytest.mark.parametrize(
    ("acled", "table", "day", "score"),
    [
        # "at least 23" (no high) against 1 dead, a day apart: 23 + 1 is 12 times 1 + 1.
        ((1, 1, 1), (23, 23, None), "2024-09-03", 0.6),
        # the same on the same day: date, place, actors and type exact, so not capped.
        ((1, 1, 1), (23, 23, None), "2024-09-02", 0.9),
        # "over 40" (41) against 10: 42 is 3.8 times 11.
        ((10, 10, 10), (41, 41, None), "2024-09-03", 0.6),
        # 53 against 20: 54 is 2.6 times 21, under 3: far enough to score 0, not capped.
        ((20, 20, 20), (53, 53, None), "2024-09-03", 0.85),
        # 8 against 2-5: the ranges meet: 0.
        ((8, 8, 8), (2, 3, 5), "2024-09-03", 0.85),
    ],
)
def test_tolls_far_apart_cap_the_score_unless_everything_else_is_exact(acled, table, day, score):
    maru = dict(iso3="NGA", admin1="Zamfara", location="Maru", actor1="Bandits",
                event_type="Violence against civilians", sub_event_type="Attack")  # fmt: skip
    frame = events(
        [
            dict(event_id="acled:M", source="acled", date_start="2024-09-02",
                 actor2="Civilians (Nigeria)", **maru),
            dict(event_id="desk:2", source="desk", date_start=day, actor2="Civilians", **maru),
        ]
    )  # fmt: skip
    dead = figures([("acled:M", *acled), ("desk:2", *table)])
    # same location 0.40, the same two sides 0.30, same sub-event type 0.10, a day apart
    # 0.05 or the same day 0.10, tolls differ: 0.
    linked, pairs = link_duplicates(frame, dead)
    assert pairs["score"].tolist() == [score]
    assert pairs["accepted"].tolist() == [score >= duplicates.DEFAULT_THRESHOLD]


def test_a_distance_beyond_both_places_precision_is_a_different_place():
    # UCDP: Maiduguri (exact), 29 August, 8 dead; ACLED: Konduga ("near": the nearest
    # town), the same day and sides, 6 dead. 35 km apart (0.180° of latitude, 20.0 km;
    # 0.2679° of longitude at 11.74°, 29.2 km).
    frame = events(
        [
            dict(event_id="ucdp:19", source="ucdp", date_start="2024-08-29",
                 actor1="Government of Nigeria", actor2="Boko Haram", **MAIDUGURI),
            dict(event_id="acled:E", source="acled", date_start="2024-08-29",
                 **{**MAIDUGURI, "admin2": "Konduga", "location": "Konduga",
                    "latitude": 11.6531, "longitude": 13.4179, "geo_precision": "near"},
                 actor1="Military Forces of Nigeria", actor2="Boko Haram"),
        ]
    )  # fmt: skip
    dead = figures([("ucdp:19", 8, 8, 8), ("acled:E", 6, 6, 6)])
    linked, pairs = link_duplicates(frame, dead, floor=0)
    # An exact point and a town up to 10 km off: the same place up to 10 km, a different
    # one from 10 + 10 + 0 + 10 = 30 km. At 35 km the place scores 0 (different admin2
    # too): same day 0.10, actors 0.30, type 0.10, 6 vs 8 within 2 0.075: 0.575.
    assert pairs["score"].tolist() == [0.575]
    assert linked["cluster_id"].tolist() == ["ucdp:19", "acled:E"]
    assert pairs.loc[0, "reasons"].startswith("same day; 35 km apart, different admin2")
    # With a place of unstated precision the distance falls off to 50 km as before:
    # (50 - 35.4) / 40 = 0.365 of 0.40, 0.146: 0.721, linked.
    loose = frame.assign(geo_precision=None)
    linked, pairs = link_duplicates(loose, dead)
    assert pairs["score"].tolist() == [0.721]
    assert linked["cluster_id"].tolist() == ["acled:E", "acled:E"]


def test_no_deaths_on_either_side_is_no_evidence_of_one_event():
    # ACLED: JNIM's IED on an army vehicle at Djibo (Soum) on 27 March, no one dead. An
    # analyst's table: JNIM's abduction of traders at Diguel (Soum) on 26 March, "none".
    # Place: two locations of one admin2, 0.8 × 0.40 = 0.32; a day apart 0.05; explosions
    # against violence against civilians 0.25 × 0.10 = 0.025. Actors side by side: JNIM =
    # JNIM (100: 1); the army against civilians ("state_forces" against "civilians", the
    # country's name "burkina faso" dropped from both): common subsequence "cs" of 12 + 9
    # letters, 2 × 2 / 21 = 19.0 (0), so "actors 60" and 0.5 × 0.30 = 0.15. Fatalities 0
    # against 0 say nothing: 0.5 × 0.10 = 0.05. 0.32 + 0.05 + 0.025 + 0.15 + 0.05 = 0.595.
    soum = dict(iso3="BFA", admin1="Sahel", admin2="Soum", actor1="JNIM")
    frame = events(
        [
            dict(event_id="acled:BFO1066", source="acled", date_start="2025-03-27",
                 location="Djibo", actor2="Military Forces of Burkina Faso (2022-)",
                 event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED", **soum),
            dict(event_id="institut:SI-2025-006", source="institut", date_start="2025-03-26",
                 location="Diguel", actor2="Civilians (Burkina Faso)",
                 event_type="Violence against civilians",
                 sub_event_type="Abduction/forced disappearance", **soum),
        ]
    )  # fmt: skip
    none = figures([("acled:BFO1066", 0, 0, 0), ("institut:SI-2025-006", 0, 0, 0)])
    linked, pairs = link_duplicates(frame, none)
    assert linked["cluster_id"].tolist() == ["acled:BFO1066", "institut:SI-2025-006"]
    assert pairs[["score", "accepted"]].values.tolist() == [[0.595, False]]
    assert pairs.loc[0, "reasons"] == (
        "1 day apart; same admin2; actors 60; related event types; fatalities 0 vs 0"
    )
    # Reported the same day at the same place with the same sub-event type, the pair
    # scores 0.40 + 0.10 + 0.10 + 0.15 + 0.05 = 0.80; one side differs and 0 against 0 is
    # no agreement of figures, so it is capped at 0.6 and not linked.
    same = frame.assign(date_start=frame["date_start"].iloc[0], date_end=frame["date_end"].iloc[0],
                        location="Djibo", event_type="Violence against civilians",
                        sub_event_type="Abduction/forced disappearance")  # fmt: skip
    linked, pairs = link_duplicates(same, none)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.6, False]]
    assert pairs.loc[0, "reasons"].endswith(duplicates.ONE_SIDE)
    # With one dead on each side the figures agree (0.10): 0.85, not capped, linked.
    one = figures([("acled:BFO1066", 1, 1, 1), ("institut:SI-2025-006", 1, 1, 1)])
    linked, pairs = link_duplicates(same, one)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.85, True]]


# --- evidence against: an unnamed attacker's target, who died, none against some dead ----


def grouped(rows: list[tuple[str, str, int, int, int]]) -> pd.DataFrame:
    """Casualty figures by victim group: (event_id, victim_group, low, best, high) each."""
    frame = pd.DataFrame(rows, columns=["event_id", "victim_group", "low", "best", "high"])
    frame = frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    return frame.assign(reported_by=None, perpetrator_claim=False)


GWADAR = dict(iso3="PAK", admin1="Balochistan", admin2="Gwadar", location="Gwadar",
              latitude=25.1264, longitude=62.3225, geo_precision="exact",
              date_start="2020-05-22")  # fmt: skip


def test_an_unnamed_attack_on_civilians_is_not_a_government_rebel_clash():
    # ACLED (2019 layout): an unidentified armed group against civilians in Gwadar on
    # 22 May 2020, 10 civilians dead. UCDP: the government against the BLA there the same
    # day (state-based), 3 security forces (3-5) and 3 militants (3-4).
    frame = events(
        [
            dict(event_id="acled:PAK79005", source="acled",
                 actor1="Unidentified Armed Group (Pakistan)", actor2="Civilians (Pakistan)",
                 event_type="Violence against civilians", sub_event_type="Attack", **GWADAR),
            dict(event_id="ucdp:310455", source="ucdp", actor1="Government of Pakistan",
                 actor2="Baloch Liberation Army", event_type="Battles",
                 sub_event_type="Armed clash", **GWADAR),
        ]
    )  # fmt: skip
    dead = grouped(
        [("acled:PAK79005", "civilians", 10, 10, 10),
         ("ucdp:310455", "security_forces", 3, 3, 5), ("ucdp:310455", "militants", 3, 3, 4)]
    )  # fmt: skip
    linked, pairs = link_duplicates(frame, dead)
    # Same day 0.10, same spot 0.40, Battles against violence against civilians 0.5 × 0.10,
    # the attacker unnamed 0.5 × 0.30 = 0.15. The dead are 10 civilians against 3 soldiers
    # and 3 militants, no group on both sides: fatalities 0. 0.70, as before, but the
    # unnamed group's target, civilians, is neither side of the clash ("civilians" against
    # "state_forces": common subsequence "cs", 2 × 2 / 21 = 19; against "baloch liberation
    # state_forces", the BLA's "army" folded to the state's word: "clians", 2 × 6 / 39 = 31;
    # both 50 or less), and the tolls are not equal: capped at 0.6, not linked (it was
    # linked, and the cluster's 16-19 headed the year's report).
    assert pairs[["score", "accepted"]].values.tolist() == [[0.6, False]]
    assert linked["cluster_id"].tolist() == ["acled:PAK79005", "ucdp:310455"]
    assert pairs.loc[0, "reasons"] == (
        "same day; 0 km apart, same location; actor unknown, its target none of the other's; "
        "related event types; fatalities 10 vs 6 (victims differ)" + duplicates.TARGET
    )
    # The same bodies filed by UCDP under the clash, 6 of no group, against ACLED's 6
    # civilians: the tolls are equal (0.10) and lift the cap: 0.80, linked.
    six = grouped([("acled:PAK79005", "civilians", 6, 6, 6), ("ucdp:310455", "unknown", 6, 6, 6)])
    linked, pairs = link_duplicates(frame, six)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.8, True]]
    # Had the unnamed group attacked the police, 6 of them dead: the target is one of the
    # clash's sides (state forces) and the dead share a group, 6 against 3 + 3 equal:
    # 0.10 + 0.40 + 0.15 + 0.05 + 0.10 = 0.80, linked.
    police = frame.assign(actor2=["Police Forces of Pakistan", "Baloch Liberation Army"])
    dead_police = dead.assign(victim_group=["security_forces", "security_forces", "militants"],
                              low=[6, 3, 3], best=[6, 3, 3], high=[6, 5, 4])  # fmt: skip
    linked, pairs = link_duplicates(police, dead_police)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.8, True]]
    assert pairs.loc[0, "reasons"].endswith("actor unknown; related event types; fatalities 6 vs 6")


MUSA_KHEL = dict(iso3="PAK", admin1="Balochistan", admin2="Musa Khel")


def test_none_dead_against_two_is_no_agreement_of_figures():
    # ACLED: the army against the BLF at Musa Khel on 2 November, 2 dead. The desk: a TTP
    # IED on the police there on 3 November, 0 killed.
    frame = events(
        [
            dict(event_id="acled:PAK38039", source="acled", date_start="2025-11-02",
                 location="Musa Khel", actor1="Military Forces of Pakistan",
                 actor2="Balochistan Liberation Front", event_type="Battles",
                 sub_event_type="Armed clash", **MUSA_KHEL),
            dict(event_id="desk:SD-2025-2023", source="desk", date_start="2025-11-03",
                 location="Musa Khel", actor1="Tehrik-i-Taliban Pakistan",
                 actor2="Police Forces of Pakistan", event_type="Explosions/Remote violence",
                 sub_event_type="Unknown", **MUSA_KHEL),
        ]
    )  # fmt: skip
    dead = figures([("acled:PAK38039", 2, 2, 2), ("desk:SD-2025-2023", 0, 0, 0)])
    linked, pairs = link_duplicates(frame, dead)
    # A day apart 0.05, same location 0.40, the state forces the same and the TTP not the
    # BLF: half the actors 0.15, Battles against explosions 0.025, 0 against 2: 0 (it was
    # "close", 0.075). 0.625, and one side differs with figures that do not agree: 0.6.
    assert pairs[["score", "accepted"]].values.tolist() == [[0.6, False]]
    assert pairs.loc[0, "reasons"].endswith("fatalities 2 vs 0" + duplicates.ONE_SIDE)
    assert linked["cluster_id"].tolist() == ["acled:PAK38039", "desk:SD-2025-2023"]


def test_a_kidnapping_with_none_dead_is_not_a_shooting_of_two():
    # ACLED: the BLA shot 2 passengers at Musa Khel on 24 November. The desk: a kidnapping
    # at Rarasham (Musa Khel district) by unknown gunmen that day, 0 killed.
    frame = events(
        [
            dict(event_id="acled:PAK38037", source="acled", date_start="2025-11-24",
                 location="Musa Khel", actor1="Baloch Liberation Army",
                 actor2="Civilians (Pakistan)", event_type="Violence against civilians",
                 sub_event_type="Attack", **MUSA_KHEL),
            dict(event_id="desk:SD-2025-2038", source="desk", date_start="2025-11-24",
                 location="Rarasham", actor1="Unknown gunmen", actor2="Civilian",
                 event_type="Violence against civilians", sub_event_type="Unknown",
                 **MUSA_KHEL),
        ]
    )  # fmt: skip
    dead = figures([("acled:PAK38037", 2, 2, 2), ("desk:SD-2025-2038", 0, 0, 0)])
    linked, pairs = link_duplicates(frame, dead)
    # Same day 0.10, one district (two locations) 0.8 × 0.40 = 0.32, the attacker unnamed
    # and its target (civilians) one of the other's sides: 0.15, the same event type
    # 0.075, 0 against 2: 0 (it was 0.075: 0.72, linked). 0.645, not linked; 0 against 2
    # is within 2, so not "far apart" and not capped.
    assert pairs[["score", "accepted"]].values.tolist() == [[0.645, False]]
    assert pairs.loc[0, "reasons"] == (
        "same day; same admin2; actor unknown; same event type; fatalities 2 vs 0"
    )
    # Coded as an abduction, the desk row is a different act from ACLED's attack: 0.25 of
    # the type's 0.10 instead of 0.75: 0.595.
    abduction = frame.assign(sub_event_type=["Attack", "Abduction/forced disappearance"])
    linked, pairs = link_duplicates(abduction, dead)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.595, False]]
    assert "different sub-event types" in pairs.loc[0, "reasons"]


QUETTA = dict(iso3="PAK", admin1="Balochistan", admin2="Quetta", location="Quetta",
              latitude=30.1837, longitude=67.0035, geo_precision="exact",
              date_start="2022-09-21", event_type="Violence against civilians",
              sub_event_type="Attack")  # fmt: skip


def test_civilians_named_by_their_group_are_the_other_report_s_civilians():
    # ACLED: the TTP against "Students (Pakistan)" at Quetta on 21 September, a civilian
    # actor by its inter code (typed civilians), no one dead. GTD: the TTP against
    # private citizens ("Civilians (Pakistan)", typed civilians) there that day, 0 killed.
    frame = events(
        [
            dict(event_id="acled:PAK32059", source="acled", actor1="Tehrik-i-Taliban Pakistan",
                 actor2="Students (Pakistan)", actor1_type="rebel/separatist",
                 actor2_type="civilians", **QUETTA),
            dict(event_id="gtd:202209210001", source="gtd", actor1="Tehrik-i-Taliban Pakistan",
                 actor2="Civilians (Pakistan)", actor1_type="rebel/separatist",
                 actor2_type="civilians", **QUETTA),
        ]
    )  # fmt: skip
    none = figures([("acled:PAK32059", 0, 0, 0), ("gtd:202209210001", 0, 0, 0)])
    linked, pairs = link_duplicates(frame, none)
    # Same day 0.10, same spot 0.40, same sub-event type 0.10; side by side the TTP is the
    # TTP and the students are the civilians (both typed civilians): actors 100, 0.30; 0
    # against 0 says nothing, 0.05. 0.95, linked.
    assert pairs[["score", "accepted"]].values.tolist() == [[0.95, True]]
    assert pairs.loc[0, "reasons"] == (
        "same day; 0 km apart, same location; actors 100; same sub-event type; fatalities 0 vs 0"
    )
    assert linked["cluster_id"].tolist() == ["acled:PAK32059", "acled:PAK32059"]
    # Without the types (a table that gives none) "students" against "civilians" is 24
    # (common subsequence "ns", 2 × 2 / 17), no agreement: one side the same, the other
    # not, actors (100 + 24) / 2 = 62 and 0.10 + 0.40 + 0.15 + 0.10 + 0.05 = 0.80, capped
    # at 0.6 as 0 against 0 agrees on nothing.
    untyped = frame.drop(columns=["actor1_type", "actor2_type"])
    linked, pairs = link_duplicates(untyped, none)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.6, False]]
    assert pairs.loc[0, "reasons"].endswith(
        "actors 62; same sub-event type; fatalities 0 vs 0" + duplicates.ONE_SIDE
    )
    # Civilians against the military stay two sides: had GTD filed the attack as on the
    # army ("Military Forces of Pakistan", state forces), the other side differs (19) and
    # the pair is capped at 0.6 as before.
    army = frame.assign(actor2=["Students (Pakistan)", "Military Forces of Pakistan"],
                        actor2_type=["civilians", "state forces"])  # fmt: skip
    linked, pairs = link_duplicates(army, none)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.6, False]]
    assert linked["cluster_id"].tolist() == ["acled:PAK32059", "gtd:202209210001"]


def test_an_unnamed_attack_on_civilians_is_on_a_civilian_group_of_the_other_report():
    # GTD: an unknown group against private citizens (typed civilians) at Quetta, 2 dead.
    # ACLED: the TTP against "Hazara Ethnic Group (Pakistan)" (civilians by its inter code)
    # there that day, no one dead.
    frame = events(
        [
            dict(event_id="acled:PAK1", source="acled", actor1="Tehrik-i-Taliban Pakistan",
                 actor2="Hazara Ethnic Group (Pakistan)", actor1_type="rebel/separatist",
                 actor2_type="civilians", **QUETTA),
            dict(event_id="gtd:202209210002", source="gtd", actor1=None,
                 actor2="Civilians (Pakistan)", actor2_type="civilians", **QUETTA),
        ]
    )  # fmt: skip
    dead = figures([("acled:PAK1", 0, 0, 0), ("gtd:202209210002", 2, 2, 2)])
    linked, pairs = link_duplicates(frame, dead)
    # The unnamed attacker's target, civilians, is ACLED's second side (the Hazara, typed
    # civilians), so no cap: same day 0.10, same spot 0.40, attacker unnamed 0.15, same
    # sub-event type 0.10, 0 against 2 no agreement 0: 0.75, linked.
    assert pairs[["score", "accepted"]].values.tolist() == [[0.75, True]]
    assert pairs.loc[0, "reasons"] == (
        "same day; 0 km apart, same location; actor unknown; same sub-event type; fatalities 0 vs 2"
    )
    # Untyped, the target "civilians" is none of ACLED's sides ("ethnic hazara": 2 × 2 /
    # 22 = 18; "taliban tehrik" no more than 50): capped at 0.6, the tolls not equal.
    untyped = frame.drop(columns=["actor1_type", "actor2_type"])
    linked, pairs = link_duplicates(untyped, dead)
    assert pairs[["score", "accepted"]].values.tolist() == [[0.6, False]]
    assert pairs.loc[0, "reasons"].endswith(duplicates.TARGET)


def test_a_province_level_candidate_links_by_its_claimant_and_toll():
    # The seed article's rail attacks as the desk coded them (placed to their districts,
    # coordinates of unknown precision) and as extracted (Balochistan only, the article's
    # 25-26 August window, the attacker unnamed in the sentences but the BLA's claim
    # recorded): the Kolpur bridge, 6 bodies, and the rail link to Iran, no toll.
    desk = dict(source="desk", date_start="2024-08-26", iso3="PAK", admin1="Balochistan",
                actor1="Baloch Liberation Army", actor2="Railway",
                event_type="Explosions/Remote violence", sub_event_type="Unknown",
                geo_precision="unknown")  # fmt: skip
    extract = dict(source="extract", date_start="2024-08-25", date_end="2024-08-26",
                   iso3="PAK", admin1="Balochistan", geo_precision="admin1",
                   claimed_by="Baloch Liberation Army", event_type="Explosions/Remote violence",
                   sub_event_type="Remote explosive/landmine/IED")  # fmt: skip
    frame = events(
        [
            dict(event_id="desk:SD-2024-0813", admin2="Kachhi", location="Kolpur rail bridge",
                 latitude=29.687, longitude=67.233, **desk),
            dict(event_id="desk:SD-2024-0814", admin2="Mastung", location="Rail link to Iran",
                 **desk),
            dict(event_id="extract:a-03", **extract),
            dict(event_id="extract:a-04", **extract),
        ]
    )  # fmt: skip
    dead = figures([("desk:SD-2024-0813", 6, 6, 6), ("desk:SD-2024-0814", 0, 0, 0),
                    ("extract:a-03", 6, 6, 6)])  # fmt: skip
    linked, pairs = link_duplicates(frame, dead, floor=0)
    scores = {(p.left, p.right): p.score for p in pairs.itertuples()}
    # Bridge and -03: the spans overlap 0.10, place unknown (one side only its province)
    # 0.5 × 0.40 = 0.20, the claimant stands in for the unnamed attacker, every word
    # of its "baloch liberation state_forces" among the desk's (and "railway"): 100, 0.30; the
    # same event type 0.075; 6 against 6: 0.10. 0.775; unplaced, but the figures agree.
    assert scores["desk:SD-2024-0813", "extract:a-03"] == 0.775
    # Rail link and -04: 0.10 + 0.20 + 0.30 + 0.075 + none against no figure 0.05 = 0.725,
    # capped at 0.6: on one night of one group's attacks in one province, date, actor and
    # type cannot tell two rail attacks apart; only a toll could. So are the crossed pairs.
    assert scores["desk:SD-2024-0814", "extract:a-04"] == 0.6
    assert scores["desk:SD-2024-0813", "extract:a-04"] == 0.6
    assert scores["desk:SD-2024-0814", "extract:a-03"] == 0.6
    assert linked["cluster_id"].tolist() == [
        "desk:SD-2024-0813", "desk:SD-2024-0814", "desk:SD-2024-0813", "extract:a-04"
    ]  # fmt: skip
    # Without the claim the attacker is unknown (0.5 of the actors): 0.625, not linked.
    _, pairs = link_duplicates(frame.assign(claimed_by=None), dead, floor=0)
    scores = {(p.left, p.right): p.score for p in pairs.itertuples()}
    assert scores["desk:SD-2024-0813", "extract:a-03"] == 0.625
