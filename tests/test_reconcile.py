"""Claims reconciliation: the rules of docs/methodology.md, worked by hand."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean.reconcile import _one_figure, _several_figures, reconcile
from conftest import SAMPLE, examples, seed_store


def figures(rows):
    frame = pd.DataFrame(
        rows, columns=["event_id", "victim_group", "best", "reported_by", "perpetrator_claim"]
    )
    frame["low"] = frame["best"]
    frame["high"] = frame["best"]
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})


def test_seed_article_operations_and_kalat():
    # The operations event: the military's 14 security forces and 21 militants, the
    # interior ministry's 12 militants (overlap unknown). Kalat: one police official's
    # six security personnel, three civilians and one tribal elder.
    fatalities, claims = reconcile(
        figures(
            [
                ("ops", "security_forces", 14, "Pakistan military", False),
                ("ops", "militants", 21, "Pakistan military", False),
                ("ops", "militants", 12, "Interior Minister", False),
                ("kalat", "security_forces", 6, "Police", False),
                ("kalat", "civilians", 3, "Police", False),
                ("kalat", "civilians", 1, "Police", False),
            ]
        )
    )
    table = fatalities.set_index(["cluster_id", "victim_group"])
    assert table.loc[("ops", "militants"), ["low", "best", "high"]].tolist() == [21, 21, 33]
    assert table.loc[("ops", "militants"), "reported_by"] == "Pakistan military; Interior Minister"
    assert table.loc[("ops", "security_forces"), ["low", "best", "high"]].tolist() == [14, 14, 14]
    assert table.loc[("kalat", "civilians"), ["low", "best", "high"]].tolist() == [4, 4, 4]
    assert table.loc[("kalat", "civilians"), "method"] == "single figure"
    assert claims.empty


def test_perpetrator_claims_stay_separate():
    fatalities, claims = reconcile(
        figures(
            [
                ("base", "security_forces", 6, "Police", False),
                ("base", "security_forces", 40, "BLA statement", True),
            ]
        )
    )
    assert fatalities[["best", "high"]].values.tolist() == [[6, 6]]
    assert claims[["best", "reported_by"]].values.tolist() == [[40, "BLA statement"]]


def test_duplicate_sources_of_one_event_are_not_added():
    events = pd.DataFrame(
        {"event_id": ["acled:1", "gtd:9", "seed:A"], "cluster_id": ["acled:1"] * 3}
    )
    fatalities, _ = reconcile(
        figures(
            [
                ("acled:1", "civilians", 23, "ACLED", False),
                ("gtd:9", "civilians", 25, "GTD", False),
                ("seed:A", "civilians", 23, "Local officials", False),
            ]
        ),
        events,
    )
    row = fatalities.iloc[0]
    assert (row["cluster_id"], row["low"], row["best"], row["high"]) == ("acled:1", 25, 25, 25)
    assert row["figures"] == 3
    assert row["method"] == "largest of 3 sources (same victims)"


def test_unknown_figures_add_nothing_and_alone_stay_unknown():
    frame = figures(
        [
            ("coast", "unknown", None, "Officials", False),
            ("rail", "unknown", 6, "Police", False),
            ("rail", "unknown", None, "Officials", False),
        ]
    )
    fatalities, _ = reconcile(frame)
    table = fatalities.set_index("cluster_id")
    assert table.loc["coast", ["low", "best", "high"]].isna().all()
    assert table.loc["coast", "method"] == "unknown"
    assert table.loc["rail", ["low", "best", "high"]].tolist() == [6, 6, 6]


figure = st.integers(min_value=0, max_value=1000)


@settings(max_examples=examples(30))
@given(st.lists(st.tuples(st.sampled_from("ABC"), figure), min_size=1, max_size=8))
def test_range_bounds_hold_for_any_reporters(reports):
    rows = [("e", "militants", n, reporter, False) for reporter, n in reports]
    fatalities, _ = reconcile(figures(rows))
    (row,) = fatalities.itertuples()
    per_reporter = {}
    for reporter, n in reports:
        per_reporter[reporter] = per_reporter.get(reporter, 0) + n
    assert row.low == max(per_reporter.values())
    assert row.high == sum(per_reporter.values())
    assert row.low <= row.best <= row.high


def stated(rows):
    """figures() with a fifth field: what the reporter says about overlap."""
    frame = figures([r[:5] for r in rows])
    frame["overlap"] = pd.Series([r[5] for r in rows], dtype="str")
    return frame


def test_a_stated_overlap_narrows_the_range():
    # If the ministry had said its 12 were among the military's 21: 21 killed, not 21–33.
    inside, _ = reconcile(
        stated(
            [
                ("ops", "militants", 21, "Pakistan military", False, None),
                ("ops", "militants", 12, "Interior Minister", False, "included"),
            ]
        )
    )
    assert inside[["low", "best", "high"]].values.tolist() == [[21, 21, 21]]
    assert inside.loc[0, "method"] == "several reporters, overlap as stated"
    # If it had said they were killed in other operations: 33 killed.
    apart, _ = reconcile(
        stated(
            [
                ("ops", "militants", 21, "Pakistan military", False, None),
                ("ops", "militants", 12, "Interior Minister", False, "separate"),
            ]
        )
    )
    assert apart[["low", "best", "high"]].values.tolist() == [[33, 33, 33]]
    # A third reporter whose overlap nobody states keeps its uncertainty: 33 to 33 + 5.
    mixed, _ = reconcile(
        stated(
            [
                ("ops", "militants", 21, "Pakistan military", False, None),
                ("ops", "militants", 12, "Interior Minister", False, "separate"),
                ("ops", "militants", 5, "Hospital", False, None),
            ]
        )
    )
    assert mixed[["low", "best", "high"]].values.tolist() == [[33, 33, 38]]


# One figure, any shape: low/best/high each present or missing, any overlap statement.
one_figure = st.fixed_dictionaries(
    {
        "low": st.none() | st.integers(0, 500),
        "best": st.none() | st.integers(0, 500),
        "high": st.none() | st.integers(0, 500),
        "overlap": st.sampled_from([None, "included", "separate"]),
        "reported_by": st.sampled_from(["ACLED", "police"]),
    }
)


@settings(max_examples=examples(30))
@given(one_figure)
def test_the_single_figure_shortcut_agrees_with_the_rules(figure):
    # A cluster with one figure takes a vectorised shortcut; it must say what rules 1-3 say.
    frame = pd.DataFrame([{"cluster_id": "e1", "event_id": "e1", "victim_group": "civilians"}])
    frame = frame.assign(**figure).astype(
        {"low": "Int64", "best": "Int64", "high": "Int64", "overlap": "str"}
    )
    pd.testing.assert_frame_equal(_one_figure(frame), _several_figures(frame))


def _ranges(fatalities):
    table = fatalities.set_index("victim_group")[["low", "best", "high"]]
    return {group: row.tolist() for group, row in table.iterrows()}


def test_one_source_s_ungrouped_toll_is_the_same_victims_as_another_s_groups():
    # ACLED gives 10 dead without a group; UCDP splits the same attack into 6 security
    # forces and 4 civilians. Ten people died, not twenty.
    events = pd.DataFrame({"event_id": ["acled", "ucdp"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(
        figures(
            [
                ("acled", "unknown", 10, "ACLED", False),
                ("ucdp", "security_forces", 6, "UCDP", False),
                ("ucdp", "civilians", 4, "UCDP", False),
            ]
        ),
        events,
    )
    assert _ranges(fatalities) == {
        "civilians": [4, 4, 4],
        "security_forces": [6, 6, 6],
        "unknown": [0, 0, 0],
    }
    assert fatalities["best"].sum() == 10
    unknown = fatalities.set_index("victim_group").loc["unknown"]
    assert unknown["method"] == "within the other sources' grouped figures (same victims)"
    assert unknown["reported_by"] == "ACLED"


def test_a_larger_ungrouped_toll_keeps_what_the_groups_do_not_explain():
    # ACLED 20 dead, UCDP 6 + 4: the cluster counts ACLED's 20, ten of them in no group.
    events = pd.DataFrame({"event_id": ["acled", "ucdp"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(
        figures(
            [
                ("acled", "unknown", 20, "ACLED", False),
                ("ucdp", "security_forces", 6, "UCDP", False),
                ("ucdp", "civilians", 4, "UCDP", False),
            ]
        ),
        events,
    )
    assert _ranges(fatalities)["unknown"] == [10, 10, 10]
    assert fatalities["best"].sum() == 20


def test_ungrouped_figures_of_a_single_source_are_other_victims():
    # One analyst's row: 5 civilians and 3 dead of no known group are 8 dead.
    fatalities, _ = reconcile(
        figures([("row", "civilians", 5, "Police", False), ("row", "unknown", 3, "Police", False)])
    )
    assert _ranges(fatalities) == {"civilians": [5, 5, 5], "unknown": [3, 3, 3]}


def test_ungrouped_figures_of_every_source_take_the_largest():
    events = pd.DataFrame({"event_id": ["a", "b"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(
        figures([("a", "unknown", 7, "ACLED", False), ("b", "unknown", 9, "GTD", False)]), events
    )
    assert _ranges(fatalities) == {"unknown": [9, 9, 9]}
    assert fatalities["method"].tolist() == ["largest of 2 sources (same victims)"]


def test_a_partly_grouped_source_beside_a_grouped_one():
    # The seed's Kalat row (6 security forces, 3 civilians, 1 of no group: 10) beside
    # UCDP's 6 security forces and 4 civilians: the tenth is UCDP's fourth civilian.
    events = pd.DataFrame({"event_id": ["seed", "ucdp"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(
        figures(
            [
                ("seed", "security_forces", 6, "Police", False),
                ("seed", "civilians", 3, "Police", False),
                ("seed", "unknown", 1, "Police", False),
                ("ucdp", "security_forces", 6, "UCDP", False),
                ("ucdp", "civilians", 4, "UCDP", False),
            ]
        ),
        events,
    )
    assert fatalities["best"].sum() == 10
    assert _ranges(fatalities)["unknown"] == [0, 0, 0]


def test_ungrouped_bounds_out_of_order_are_widened_around_the_best():
    # ACLED 10 exactly; UCDP 6 civilians, high 12. Left beyond the groups: low 10 - 6 = 4,
    # best 10 - 6 = 4, high 12 - 12 = 0: the high is raised to the best, 4.
    frame = figures(
        [("acled", "unknown", 10, "ACLED", False), ("ucdp", "civilians", 6, "UCDP", False)]
    )
    frame.loc[1, "high"] = 12
    events = pd.DataFrame({"event_id": ["acled", "ucdp"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(frame, events)
    assert _ranges(fatalities) == {"civilians": [6, 6, 12], "unknown": [4, 4, 4]}


def test_the_kalat_attack_in_three_bundled_sources_counts_ten_to_twelve(tmp_path):
    # The samples' Kalat attack: ACLED PAK130102 gives 10 dead without a group; UCDP 540101
    # 6 of the government's side and 4 civilians (best 10, high 12); the seed table's police
    # official 6 security personnel, 3 civilians and 1 tribal elder. The same ten to twelve
    # people: the largest source total is UCDP's 10 (best) to 12 (high).
    from analysis.store import EventStore, ingest_files

    path = tmp_path / "s.duckdb"
    ingest_files(path, [SAMPLE / "acled_pakistan_sample.csv", SAMPLE / "ucdp_ged_sample.csv"])
    seed_store(path)  # the seed table ingested too, then the store cleaned
    with EventStore(path, read_only=True) as store:
        members = store.con.execute(
            "SELECT event_id FROM events_clean WHERE cluster_id = "
            "(SELECT cluster_id FROM events_clean WHERE event_id = 'acled:PAK130102') "
            "ORDER BY event_id"
        ).fetchall()
        rows = store.con.execute(
            "SELECT victim_group, low, best, high FROM fatalities WHERE cluster_id = "
            "(SELECT cluster_id FROM events_clean WHERE event_id = 'acled:PAK130102') "
            "ORDER BY victim_group"
        ).fetchall()
    assert [m[0] for m in members] == [
        "acled:PAK130102",
        "seed:BAL-2024-08-25-05",
        "ucdp:540101",
    ]
    assert rows == [
        ("civilians", 4, 4, 5),
        ("security_forces", 6, 6, 7),
        ("unknown", 0, 0, 0),
    ]
    assert [sum(r[i] for r in rows) for i in (1, 2, 3)] == [10, 10, 12]


def test_the_operations_in_three_bundled_sources_count_the_militants_once(tmp_path):
    # The samples' security operations after the attacks: the seed table has the military's
    # 14 soldiers and police and 21 militants, and the interior minister's 12 militants
    # (overlap unknown: 21 to 33); UCDP 540103 14 of the government's side and 21 of the
    # BLA's (best 35); ACLED PAK130109 the military's 21 militants, without a group, coded
    # at the provincial capital. ACLED's 21 are the militants already counted: the
    # cluster holds all three and its unknown group is 0, so the total is 35, not 56.
    from analysis.store import EventStore, ingest_files

    path = tmp_path / "s.duckdb"
    ingest_files(path, [SAMPLE / "acled_pakistan_sample.csv", SAMPLE / "ucdp_ged_sample.csv"])
    seed_store(path)
    with EventStore(path, read_only=True) as store:
        cluster = "(SELECT cluster_id FROM events_clean WHERE event_id = 'acled:PAK130109')"
        members = store.con.execute(
            f"SELECT event_id FROM events_clean WHERE cluster_id = {cluster} ORDER BY 1"
        ).fetchall()
        rows = store.con.execute(
            f"SELECT victim_group, low, best FROM fatalities WHERE cluster_id = {cluster} "
            "ORDER BY victim_group"
        ).fetchall()
    assert [m[0] for m in members] == [
        "acled:PAK130109",
        "seed:BAL-2024-08-25-02",
        "ucdp:540103",
    ]
    assert rows == [("militants", 21, 21), ("security_forces", 14, 14), ("unknown", 0, 0)]


def test_an_exact_toll_is_the_cluster_s_low():
    # ACLED: exactly 35 dead, no group. UCDP, the same battle: 33/35/47 split into security
    # forces 13/14/19 and militants 20/21/28. Largest low 35 (ACLED), best 35, high 47
    # (UCDP). Beyond the groups: low 35 - 33 = 2, best 35 - 35 = 0, high 0 — the 2 the
    # grouped bests already hold, so the grouped lows rise by 2, the group with the most
    # room (best - low) first: security forces 14 - 13 = 1, militants 21 - 20 = 1, a tie
    # kept in table order — militants 21, security forces 14. Cluster: 35–47, best 35.
    frame = figures(
        [
            ("acled", "unknown", 35, "ACLED", False),
            ("ucdp", "security_forces", 14, "UCDP", False),
            ("ucdp", "militants", 21, "UCDP", False),
        ]
    )
    frame["low"] = pd.array([35, 13, 20], "Int64")
    frame["high"] = pd.array([35, 19, 28], "Int64")
    events = pd.DataFrame({"event_id": ["acled", "ucdp"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(frame, events)
    assert _ranges(fatalities) == {
        "militants": [21, 21, 28],
        "security_forces": [14, 14, 19],
        "unknown": [0, 0, 0],
    }
    assert fatalities[["low", "best", "high"]].sum().tolist() == [35, 35, 47]
    # An exact 34 needs one more death at the low end: the first group of most room.
    frame.loc[0, ["low", "best", "high"]] = 34
    fatalities, _ = reconcile(frame, events)
    assert fatalities[["low", "best", "high"]].sum().tolist() == [34, 35, 47]


def _figures(rows):
    """figures() with each figure's own low, best and high: (event, group, low, best, high,
    reporter)."""
    frame = figures([(e, g, best, r, False) for e, g, _, best, _, r in rows])
    frame["low"] = pd.array([row[2] for row in rows], "Int64")
    frame["high"] = pd.array([row[4] for row in rows], "Int64")
    return frame


def _total(fatalities):
    return fatalities[["low", "best", "high"]].sum().tolist()


BESIDE = "largest reporter's total beyond the grouped figures to the sum (overlap unknown)"


def test_an_ungrouped_toll_beside_another_reporter_s_groups_may_be_the_same_victims():
    # "Gunmen killed five labourers, police said" and "the death toll rose to eight, a
    # doctor said": the five may be among the eight. Certain: the larger of the grouped
    # lows (5) and the largest reporter's total (8) = 8, so unknown's low is 8 - 5 = 3;
    # possible: 5 + 8 = 13, unknown's high is its 8; best = low. Not 13 killed.
    fatalities, _ = reconcile(
        figures([("e", "civilians", 5, "Police", False), ("e", "unknown", 8, "Doctor", False)])
    )
    assert _ranges(fatalities) == {"civilians": [5, 5, 5], "unknown": [3, 3, 8]}
    assert _total(fatalities) == [8, 8, 13]
    assert fatalities.set_index("victim_group").loc["unknown", "method"] == BESIDE
    # Two reporters of civilians (5 and 7: rule 2, 7 to 12) and the doctor's 10: certain
    # max(7, 10) = 10, unknown 10 - 7 = 3; possible 5 + 7 + 10 = 22, unknown 10.
    fatalities, _ = reconcile(
        figures(
            [
                ("e", "civilians", 5, "Police", False),
                ("e", "civilians", 7, "Hospital", False),
                ("e", "unknown", 10, "Doctor", False),
            ]
        )
    )
    assert _ranges(fatalities) == {"civilians": [7, 7, 12], "unknown": [3, 3, 10]}
    assert _total(fatalities) == [10, 10, 22]


def test_a_smaller_ungrouped_toll_adds_only_to_the_high_end():
    # The doctor's 4 beside the police's 5 civilians: certain max(5, 4) = 5, so unknown's
    # low is 0 (never below 0); the 4 may be other people: high 4. Event 5 / 5 / 9.
    fatalities, _ = reconcile(
        figures([("e", "civilians", 5, "Police", False), ("e", "unknown", 4, "Doctor", False)])
    )
    assert _ranges(fatalities) == {"civilians": [5, 5, 5], "unknown": [0, 0, 4]}
    assert _total(fatalities) == [5, 5, 9]


def test_one_reporter_s_grouped_and_ungrouped_figures_still_add_up():
    # Rule 1: the police's 5 civilians and 8 more of no group are 13 (one reporter).
    alone, _ = reconcile(
        figures([("e", "civilians", 5, "Police", False), ("e", "unknown", 8, "Police", False)])
    )
    assert _ranges(alone) == {"civilians": [5, 5, 5], "unknown": [8, 8, 8]}
    assert alone.set_index("victim_group").loc["unknown", "method"] == "single figure"
    # The doctor's 8 beside them: the police's total 13 is the largest, so unknown's low
    # is 13 - 5 = 8; its high 8 + 8 = 16. Event 13 / 13 / 21 (the doctor's 8 may be the
    # police's 13 or others).
    doctor, _ = reconcile(
        figures(
            [
                ("e", "civilians", 5, "Police", False),
                ("e", "unknown", 8, "Police", False),
                ("e", "unknown", 8, "Doctor", False),
            ]
        )
    )
    assert _ranges(doctor) == {"civilians": [5, 5, 5], "unknown": [8, 8, 16]}
    # The police's 5 civilians and one more; the army's 3 militants. The police's one is
    # beyond its own five (6 in all) but may be one of the army's militants: certain
    # max(5 + 3, 6, 3) = 8, unknown 8 - 8 = 0; high 1. Event 8 / 8 / 9, not 9.
    army, _ = reconcile(
        figures(
            [
                ("e", "civilians", 5, "Police", False),
                ("e", "unknown", 1, "Police", False),
                ("e", "militants", 3, "Army", False),
            ]
        )
    )
    assert _ranges(army) == {"civilians": [5, 5, 5], "militants": [3, 3, 3], "unknown": [0, 0, 1]}


def test_a_stated_overlap_of_an_ungrouped_toll():
    # The doctor's 8 "included" in the police's figures: low as before (8 - 5 = 3); it adds
    # nothing to the high end beyond what the grouped highs leave of its total (8 - 5 = 3).
    # Event 8 / 8 / 8.
    base = [
        ("e", "civilians", 5, "Police", False, None),
        ("e", "unknown", 8, "Doctor", False, "included"),
    ]
    included, _ = reconcile(stated(base))
    assert _ranges(included) == {"civilians": [5, 5, 5], "unknown": [3, 3, 3]}
    assert included.set_index("victim_group").loc["unknown", "method"] == (
        "several reporters, overlap as stated"
    )
    # "separate": other people, 8 on both ends. Event 13 / 13 / 13.
    separate, _ = reconcile(stated([base[0], (*base[1][:5], "separate")]))
    assert _ranges(separate) == {"civilians": [5, 5, 5], "unknown": [8, 8, 8]}


def test_unknown_figures_beside_an_ungrouped_toll_add_nothing():
    # The police give civilians without a number: no grouped figure, the doctor's 8 stands.
    no_group, _ = reconcile(
        figures([("e", "civilians", None, "Police", False), ("e", "unknown", 8, "Doctor", False)])
    )
    assert _ranges(no_group)["unknown"] == [8, 8, 8]
    assert no_group.set_index("victim_group").loc["unknown", "method"] == "single figure"
    # The doctor gives no number: the unknown group stays unknown, the civilians 5.
    no_toll, _ = reconcile(
        figures([("e", "civilians", 5, "Police", False), ("e", "unknown", None, "Doctor", False)])
    )
    table = no_toll.set_index("victim_group")
    assert table.loc["unknown", ["low", "best", "high"]].isna().all()
    assert table.loc["civilians", ["low", "best", "high"]].tolist() == [5, 5, 5]


def test_grouped_ranges_beside_an_ungrouped_toll():
    # The police's 3 to 5 civilians (best 4), the doctor's 8. Certain: max(3, 8) = 8; best
    # = low for the event, 8. Beyond the grouped lows 8 - 3 = 5, beyond the grouped bests
    # 8 - 4 = 4: unknown's low comes down to its best, 4, and the civilians' low rises by
    # the 1 toward its best: civilians 4 / 4 / 5, unknown 4 / 4 / 8. Event 8 / 8 / 13.
    fatalities, _ = reconcile(
        _figures([("e", "civilians", 3, 4, 5, "Police"), ("e", "unknown", 8, 8, 8, "Doctor")])
    )
    assert _ranges(fatalities) == {"civilians": [4, 4, 5], "unknown": [4, 4, 8]}
    assert _total(fatalities) == [8, 8, 13]
    # The doctor's "up to 12" (1 / 12 / 12) beside 5 civilians: certain max(5, 1) = 5,
    # unknown 0; possible 5 + 12 = 17. Event 5 / 5 / 17 (as two reporters of one group).
    fatalities, _ = reconcile(
        _figures([("e", "civilians", 5, 5, 5, "Police"), ("e", "unknown", 1, 12, 12, "Doctor")])
    )
    assert _ranges(fatalities) == {"civilians": [5, 5, 5], "unknown": [0, 0, 12]}


groups = st.sampled_from(["civilians", "militants", "unknown"])


@settings(max_examples=examples(25))
@given(st.lists(st.tuples(st.sampled_from("ABC"), groups, figure), min_size=1, max_size=8))
def test_an_event_s_low_is_what_every_reading_of_its_figures_holds(reports):
    # Exact figures. Groups are other people, a reporter's figures add up, and an
    # ungrouped figure may be of any group: every reading has at least each group's
    # largest figure (summed over groups) and each reporter's total. High: every figure
    # other people.
    fatalities, _ = reconcile(figures([("e", g, n, r, False) for r, g, n in reports]))
    totals, per_group = {}, {}
    for reporter, group, n in reports:
        totals[reporter] = totals.get(reporter, 0) + n
        key = (reporter, group)
        per_group[key] = per_group.get(key, 0) + n
    by_group = {}
    for (_, group), n in per_group.items():
        if group != "unknown":
            by_group[group] = max(by_group.get(group, 0), n)
    low = max(sum(by_group.values()), *totals.values())
    assert _total(fatalities) == [low, low, sum(n for _, _, n in reports)]
    for group, n in by_group.items():  # the grouped rows are rule 2's, as before
        assert _ranges(fatalities)[group][0] == n


def test_a_group_without_a_known_figure_beside_an_exact_toll_stays_unknown():
    # The exact 35 of the cluster above, with UCDP also listing civilians without a figure:
    # the grouped lows still rise by 2 (militants 21, security forces 14); civilians, no
    # known figure, stay without one.
    frame = _figures(
        [
            ("acled", "unknown", 35, 35, 35, "ACLED"),
            ("ucdp", "security_forces", 13, 14, 19, "UCDP"),
            ("ucdp", "militants", 20, 21, 28, "UCDP"),
            ("ucdp", "civilians", None, None, None, "UCDP"),
        ]
    )
    events = pd.DataFrame({"event_id": ["acled", "ucdp"], "cluster_id": ["c", "c"]})
    fatalities, _ = reconcile(frame, events)
    table = fatalities.set_index("victim_group")
    assert table.loc["civilians", ["low", "best", "high"]].isna().all()
    assert _total(fatalities) == [35, 35, 47]
