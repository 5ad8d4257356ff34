"""Report metrics on small frames built to the cleaned store's contract, checked against
figures worked out by hand.

The seed article's events (tests/test_reports.py, from src/analysis/samples/README.md), reconciled:

| event | groups (low/best/high)                           | total low/best/high |
|-------|--------------------------------------------------|---------------------|
| -01   | civilians 23                                     | 23 / 23 / 23        |
| -02   | security_forces 14, militants 21/21/33           | 35 / 35 / 47        |
| -03   | unknown 6                                        | 6 / 6 / 6           |
| -04   | (no figure)                                      | unknown             |
| -05   | security_forces 6, civilians 3 + 1 = 4           | 10 / 10 / 10        |
| -06   | unknown, not confirmed                           | unknown             |
| -07   | unknown, not confirmed                           | unknown             |
| -08   | (unconfirmed claim, no figure)                   | unknown             |

Totals: low 74, best 74, high 86; civilians 27, security forces 20, militants 21–33,
unknown 6.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_reports import (
    BLA,
    _casualties,
    _event,
    _figure,
    _types,
    seed_casualties,
    seed_events,
    seed_with_duplicate,
)

from analysis import metrics
from analysis.clean.reconcile import reconcile
from analysis.reference.countries import country_table
from analysis.reports import wording
from conftest import examples

S = "seed:BAL-2024-08-25-0"


@pytest.fixture
def seed():
    events = seed_events()
    fatalities, claims = reconcile(seed_casualties(), events)
    return events, fatalities


def _frame(fatalities: dict[str, tuple]) -> pd.DataFrame:
    rows = [
        {"cluster_id": c, "victim_group": g, "low": lo, "best": be, "high": hi}
        for c, groups in fatalities.items()
        for g, (lo, be, hi) in groups.items()
    ]
    frame = pd.DataFrame(rows, columns=["cluster_id", "victim_group", "low", "best", "high"])
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})


# --------------------------------------------------------------------- selection, totals


def test_real_events_counts_a_cluster_once_through_its_primary_row():
    events, _ = seed_with_duplicate()
    real = metrics.real_events(events)
    assert len(events) == 11 and len(real) == 10
    assert "acled:PAK130101" in set(real["event_id"])
    assert f"{S}1" not in set(real["event_id"])


def test_unconfirmed_claims_are_left_out_unless_asked():
    events = seed_events()
    assert len(metrics.real_events(events, include_unconfirmed=True)) == 8
    kept = metrics.real_events(events, include_unconfirmed=False)
    assert len(kept) == 7 and f"{S}8" not in set(kept["event_id"])
    assert metrics.excluded_unconfirmed(events) == 1


def test_an_unconfirmed_claim_another_source_recorded_stays():
    rows = _types(
        pd.DataFrame(
            [
                _event("acled:1", date_start="2024-08-25", cluster_id="acled:1"),
                _event(
                    "seed:8",
                    date_start="2024-08-25",
                    cluster_id="acled:1",
                    claim_status="unconfirmed",
                ),
                _event("seed:9", date_start="2024-08-25", claim_status="unconfirmed"),
            ]
        )
    )
    # the primary row is itself unconfirmed → the other row represents the cluster
    rows.loc[rows["event_id"].eq("acled:1"), "claim_status"] = "unconfirmed"
    kept = metrics.real_events(rows, include_unconfirmed=False)
    assert kept.empty
    rows.loc[rows["event_id"].eq("acled:1"), "claim_status"] = None
    kept = metrics.real_events(rows, include_unconfirmed=False)
    assert kept["event_id"].tolist() == ["acled:1"]


def test_event_totals_add_groups_and_keep_unknown_unknown(seed):
    events, fatalities = seed
    totals = metrics.with_fatalities(events, fatalities).set_index("event_id")
    assert totals.loc[f"{S}2", ["low", "best", "high"]].tolist() == [35, 35, 47]
    assert totals.loc[f"{S}5", ["low", "best", "high"]].tolist() == [10, 10, 10]
    assert totals.loc[[f"{S}4", f"{S}6", f"{S}7", f"{S}8"], "best"].isna().all()
    assert metrics.unknown_tolls(events, fatalities) == 4


def test_headline_is_the_hand_worked_seed_total(seed):
    events, fatalities = seed
    head = metrics.headline(events, fatalities).set_index("measure")
    assert head.to_dict("index") == {
        "events": {"low": 8, "best": 8, "high": 8},
        "fatalities": {"low": 74, "best": 74, "high": 86},
        "civilians": {"low": 27, "best": 27, "high": 27},
        "security_forces": {"low": 20, "best": 20, "high": 20},
        "militants": {"low": 21, "best": 21, "high": 33},
        "unknown": {"low": 6, "best": 6, "high": 6},
    }


def test_headline_ignores_fatalities_of_other_events():
    events = pd.DataFrame({"cluster_id": ["a"]})
    fatalities = _frame({"a": {"civilians": (1, 2, 3)}, "b": {"civilians": (10, 10, 10)}})
    head = metrics.headline(events, fatalities).set_index("measure")
    assert head.loc["fatalities"].tolist() == [1, 2, 3]


def test_headline_of_nothing_is_zero():
    head = metrics.headline(pd.DataFrame({"cluster_id": []}), _frame({}).iloc[0:0])
    assert head["best"].sum() == 0 and len(head) == 6


def test_compare_periods():
    current = pd.DataFrame(
        {"measure": ["events", "fatalities"], "low": [9, 70], "best": [9, 77], "high": [9, 90]}
    )
    previous = pd.DataFrame(
        {"measure": ["events", "fatalities"], "low": [3, 0], "best": [3, 0], "high": [3, 0]}
    )
    change = metrics.compare_periods(current, previous).set_index("measure")
    assert change.loc["events"].tolist() == [9, 3, 6, 200.0]
    assert change.loc["fatalities", "change"] == 77
    assert pd.isna(change.loc["fatalities", "change_pct"])


# ---------------------------------------------------------------------------- over time


def test_per_period_by_day_keeps_every_day_and_type(seed):
    events, fatalities = seed
    periods = metrics.per_period(events, fatalities, date(2024, 8, 24), date(2024, 8, 26), "day")
    assert periods["label"].unique().tolist() == ["24 Aug", "25 Aug", "26 Aug"]
    assert len(periods) == 3 * 4  # every day × the 4 event types present
    day = periods[periods["label"].eq("25 Aug")].set_index("event_type")
    assert day["events"].to_dict() == {
        "Battles": 4,
        "Explosions/Remote violence": 2,
        "Strategic developments": 1,
        "Violence against civilians": 1,
    }
    assert day.loc["Battles", ["low", "best", "high"]].tolist() == [45, 45, 57]  # -02 + -05
    assert periods.loc[periods["label"].ne("25 Aug"), "events"].sum() == 0
    assert periods[["low", "best", "high"]].sum().tolist() == [74, 74, 86]


def test_weeks_run_monday_to_sunday_and_spans_are_clipped():
    events = _types(
        pd.DataFrame(
            [
                _event("a:1", date_start="2024-08-25", event_type="Battles"),  # a Sunday
                _event("a:2", date_start="2024-08-26", event_type="Battles"),  # a Monday
                # known only to the week 19–25 Aug: placed at the period's first day
                _event(
                    "a:3",
                    date_start="2024-08-19",
                    date_end="2024-08-25",
                    date_precision="week",
                    event_type="Riots",
                ),
            ]
        )
    )
    fatalities = _frame({"a:1": {"unknown": (1, 1, 1)}, "a:2": {"unknown": (2, 2, 4)}})
    weeks = metrics.per_period(
        events, fatalities, date(2024, 8, 21), date(2024, 9, 1), "week", by=None
    )
    assert weeks["period_start"].dt.strftime("%Y-%m-%d").tolist() == ["2024-08-19", "2024-08-26"]
    assert weeks["events"].tolist() == [2, 1] and weeks["high"].tolist() == [1, 4]
    assert metrics.assign_period(
        events["date_start"], date(2024, 8, 21), date(2024, 9, 1), "day"
    ).dt.day.tolist() == [25, 26, 21]
    months = metrics.period_frame(date(2023, 12, 5), date(2024, 2, 1), "month")
    assert months["label"].tolist() == ["Dec 2023", "Jan 2024", "Feb 2024"]


def test_cumulative_ends_at_the_totals(seed):
    events, fatalities = seed
    running = metrics.cumulative(events, fatalities, date(2024, 8, 20), date(2024, 8, 31), "day")
    assert running[["events", "low", "best", "high"]].iloc[-1].tolist() == [8, 74, 74, 86]
    assert running["best"].is_monotonic_increasing and len(running) == 12
    assert running.loc[running["label"].eq("24 Aug"), "best"].item() == 0


# ------------------------------------------------------------------------------- tables


def test_deadliest_events(seed):
    events, fatalities = seed
    worst = metrics.deadliest(events, fatalities, n=3)
    assert worst["cluster_id"].tolist() == [f"{S}2", f"{S}1", f"{S}5"]
    assert worst["fatalities"].tolist() == ["35–47 (best 35)", "23", "10"]
    assert worst.loc[1, "place"] == "Musakhail, Balochistan"
    assert worst.loc[0, "actors"] == f"Military Forces of Pakistan vs {BLA}"
    assert worst.loc[0, "date"] == "25–26 Aug 2024"
    assert worst.loc[2, "type"] == "Battles / Armed clash"
    assert len(metrics.deadliest(events, fatalities, n=10)) == 4  # only known tolls > 0


def test_a_campaign_whose_parts_have_unknown_tolls_says_so_beside_its_sum():
    # GTD's three Catalan Liberation Front (FAC) attacks in Madrid on 4 March 1972
    # (197203040001-3): nkill blank, 0, blank. The campaign's known sum is 0, not its toll;
    # with every part unknown the toll is unknown, and with all known no note is added
    events = pd.DataFrame(
        {
            "cluster_id": ["gtd:197203040001", "gtd:197203040002", "gtd:197203040003"],
            "campaign_id": ["Catalan Liberation Front (FAC) | Comunidad de Madrid | 1972-03-04"]
            * 3,
            "date_start": pd.to_datetime(["1972-03-04"] * 3),
            "date_end": pd.to_datetime(["1972-03-04"] * 3),
            "location": ["Madrid"] * 3,
            "admin1": ["Comunidad de Madrid"] * 3,
        }
    )

    def toll(best):
        fatalities = pd.DataFrame(
            {"cluster_id": events["cluster_id"], "victim_group": "unknown", "best": best}
        ).dropna(subset=["best"])
        fatalities = fatalities.assign(low=fatalities["best"], high=fatalities["best"])
        return metrics.campaigns(events, fatalities)["fatalities"].tolist()

    assert toll([None, 0, None]) == ["0; toll unknown for 2 of 3 parts"]
    assert toll([None, None, None]) == ["unknown"]
    assert toll([1, 0, 2]) == ["3"]


def test_a_place_spelt_twice_with_and_without_accents_is_named_once():
    # a stringer's table writes the town with its accent and the region without, or in
    # capitals; ACLED writes both alike: each cell names the place once, in the location's
    # spelling; different places are both kept
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c", "d", "e"],
            "date_start": pd.to_datetime([f"2024-03-0{day}" for day in range(1, 6)]),
            "date_end": pd.NaT,
            "location": ["Ménaka", "MENAKA", "Anderamboukane", "Tillabéri", "Ménaka"],
            "admin2": [None, None, "Ménaka", None, None],
            "admin1": ["Menaka", "Ménaka", "Menaka", "TILLABERI", "Gao"],
            "country": ["Mali", "Mali", "Mali", "Niger", "Mali"],
            "geo_precision": "location",
            "actor1": "JNIM",
            "actor2": None,
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
        }
    )
    fatalities = pd.DataFrame(
        {"cluster_id": list("abcde"), "victim_group": "unknown", "low": [9, 7, 5, 3, 1]}
    ).assign(best=lambda f: f["low"], high=lambda f: f["low"])
    worst = metrics.deadliest(events, fatalities, n=5)
    assert worst["cluster_id"].tolist() == list("abcde")  # 9, 7, 5, 3, 1 dead
    assert worst["place"].tolist() == [
        "Ménaka",
        "MENAKA",
        "Anderamboukane, Ménaka",  # the district kept, its region a repeat of it
        "Tillabéri",
        "Ménaka, Gao",
    ]


def test_chronology_lists_every_event_in_date_order(seed):
    events, fatalities = seed
    events = pd.concat(
        [
            events,
            _types(
                pd.DataFrame(
                    [_event("x:1", date_start="2024-08-20", notes="<script>alert(1)</script>")]
                )
            ),
        ],
        ignore_index=True,
    )
    table = metrics.chronology(events, fatalities)
    assert len(table) == 9 and table.loc[0, "date"] == "20 Aug 2024"
    assert table.loc[0, "notes"] == "<script>alert(1)</script>"  # escaping is the page's job
    assert table.columns.tolist() == [
        "date",
        "place",
        "actors",
        "type",
        "fatalities",
        "sources",
        "cited",
        "campaign",
        "notes",
    ]
    by_notes = table.set_index("notes")
    assert by_notes.loc["Blast on the rail link to Iran.", "fatalities"] == "unknown"
    musakhail = table[table["place"].str.startswith("Musakhail")].iloc[0]
    assert musakhail["campaign"] == "Baloch Liberation Army (BLA) | Balochistan | 2024-08-25"


def test_by_victim_group_place_and_type(seed):
    events, fatalities = seed
    groups = metrics.by_victim_group(events, fatalities).set_index("group")
    assert groups.loc["militants", ["low", "best", "high", "events"]].tolist() == [21, 21, 33, 1]
    assert groups.loc["civilians", ["best", "events"]].tolist() == [27, 2]
    assert groups.loc["security_forces", "victim_group"] == "security forces"
    places = metrics.by_place(events, fatalities, "admin2")
    # events of unknown toll: -04, -06, -07 and -08, none of them in Kalat
    columns = ["admin1", "admin2", "events", "toll_unknown", "low", "best", "high"]
    assert places[columns].values.tolist() == [
        ["Balochistan", "unknown", 7, 4, 64, 64, 76],
        ["Balochistan", "Kalat", 1, 0, 10, 10, 10],
    ]
    types = metrics.by_event_type(events, fatalities).set_index("event_type")
    columns = ["events", "toll_unknown", "low", "best", "high"]
    assert types.loc["Battles", columns].tolist() == [4, 2, 45, 45, 57]  # -06, -07 unknown
    assert types.loc["Explosions/Remote violence", columns].tolist() == [2, 1, 6, 6, 6]
    # -08, the one strategic development, has no figure: its row's toll is unknown, not 0
    unknown = types.loc["Strategic developments"]
    assert unknown[["events", "toll_unknown"]].tolist() == [1, 1]
    assert unknown[["low", "best", "high"]].isna().all()
    assert types.index[0] == "Battles" and types.index[-1] == "Strategic developments"


def test_a_victim_group_of_blank_tolls_is_unknown_not_zero():
    # two GTD attacks: one with nkill 0 (its victims civilians), one with nkill left blank
    # (no group known): 0 civilians killed, and the unknown group's toll is unknown
    events = pd.DataFrame({"cluster_id": ["gtd:1", "gtd:2"]})
    fatalities = pd.DataFrame(
        {
            "cluster_id": ["gtd:1", "gtd:2"],
            "victim_group": ["civilians", "unknown"],
            "low": [0, None],
            "best": [0, None],
            "high": [0, None],
        }
    ).astype({b: "Int64" for b in ("low", "best", "high")})
    groups = metrics.by_victim_group(events, fatalities).set_index("group")
    assert groups.loc["civilians", ["events", "low", "best", "high"]].tolist() == [0, 0, 0, 0]
    assert groups.loc["unknown", ["low", "best", "high"]].isna().all()
    assert groups.loc["militants", "best"] == 0  # no figure at all: none counted


def test_the_breakdowns_tables_read_alike_events_then_fatalities(seed):
    # a report shows each breakdown as a table whose fatalities column stands where "low"
    # is: by victim group it came after the events in one table and before them in the
    # others
    events, fatalities = seed
    groups = metrics.by_victim_group(events, fatalities)
    assert list(groups.columns)[-4:] == ["events", "low", "best", "high"]
    # the place and type tables also count the events whose toll is unknown, beside them
    for frame in (
        metrics.by_place(events, fatalities, "admin2"),
        metrics.by_event_type(events, fatalities),
    ):
        assert list(frame.columns)[-5:] == ["events", "toll_unknown", "low", "best", "high"]


def test_reconciliation_shows_each_source_figure_and_the_range():
    events, casualties = seed_with_duplicate()
    casualties = pd.concat(
        [
            casualties,
            _casualties([_figure(f"{S}4", "unknown", 2, 2, 2, "seed notes", "two", row=5)]),
        ],
        ignore_index=True,
    )
    casualties.loc[casualties.index[-1], "derived"] = True
    fatalities, _ = reconcile(casualties, events)
    table = metrics.reconciliation(events, casualties, fatalities)
    militants = table[table["victim_group"].eq("militants")]
    assert militants["reported_by"].tolist() == [
        "Pakistan military",
        "Interior Minister Mohsin Naqvi",
    ]
    assert militants["reconciled"].unique().tolist() == ["21–33 (best 21)"]
    assert militants["method"].iloc[0].startswith("largest single figure to sum of 2 reporters")
    musakhail = table[table["cluster_id"].eq("acled:PAK130101")]
    assert sorted(musakhail["source"]) == ["acled", "seed"]
    assert musakhail["reconciled"].unique().tolist() == ["23"]
    assert "same victims" in musakhail["method"].iloc[0]
    seed_figure = musakhail[musakhail["source"].eq("seed")].iloc[0]
    assert seed_figure["figure"] == "at least 23 → 23"
    claim = table[table["counted"].str.startswith("no")].iloc[0]
    assert (claim["reported_by"], claim["reconciled"]) == ("TTP", "")
    # the groups read as in the other tables, not as the model's codes
    assert claim["victim_group"] == "security forces"
    derived = table[table["reported_by"].eq("seed notes")].iloc[0]
    assert derived["counted"] == "yes (read from the notes)" and derived["figure"] == "two → 2"
    unknown = table[table["cluster_id"].eq(f"{S}6")].iloc[0]
    assert (unknown["figure"], unknown["reconciled"]) == (
        "yet to be confirmed → unknown",
        "unknown",
    )


# ------------------------------------------------------------------------------- actors


def test_by_actor_counts_both_sides(seed):
    events, fatalities = seed
    actors = metrics.by_actor(events, fatalities).set_index("actor")
    assert actors.loc["Militants", ["events", "as_actor1", "as_actor2", "best"]].tolist() == [
        5,
        5,
        0,
        16,
    ]
    assert actors.loc[BLA, ["events", "as_actor1", "as_actor2", "low", "high"]].tolist() == [
        2,
        1,
        1,
        35,
        47,
    ]
    assert actors.loc["Police Forces of Pakistan", "actor_type"] == "state forces"
    # the police are in -06 and -07 only, both of unknown toll: unknown, not 0 deaths
    police = actors.loc["Police Forces of Pakistan"]
    assert police[["events", "toll_unknown"]].tolist() == [2, 2]
    assert police[["low", "best", "high"]].isna().all()
    # the militants' -04, -06 and -07; the BLA's -08 (its claim, with no figure), not -02
    assert actors.loc[["Militants", BLA], "toll_unknown"].tolist() == [3, 1]
    assert actors.index[0] == "Militants"
    assert len(metrics.by_actor(events, fatalities, top=2)) == 2
    types = metrics.by_actor_type(events, fatalities).set_index("actor_type")
    # rebel/separatist: -02, -03..-07, -08 (7 events); an event counts once per type
    assert types.loc["rebel/separatist", ["events", "best", "high"]].tolist() == [7, 51, 63]
    # of them -04, -06, -07 and -08 have no known toll; the state forces' -06 and -07
    assert types.loc[["rebel/separatist", "state forces"], "toll_unknown"].tolist() == [4, 2]
    assert types.loc["civilians", "best"] == 23


def test_pairs_targets_victims_and_activity(seed):
    events, fatalities = seed
    pairs = metrics.actor_pairs(events).set_index(["actor1", "actor2"])["events"]
    assert pairs[("Militants", "Police Forces of Pakistan")] == 2
    assert pairs[("Militants", metrics.NO_ACTOR)] == 2
    assert pairs.sum() == 8
    targets = metrics.targets(events, fatalities).set_index(["actor", "target"])
    assert targets.loc[("Militants", "state forces"), ["events", "best"]].tolist() == [3, 10]
    assert targets.loc[("Militants", metrics.NO_ACTOR), ["events", "best"]].tolist() == [2, 6]
    claim = targets.loc[(BLA, metrics.NO_ACTOR)]  # -08, the claim: no figure
    assert claim["toll_unknown"] == 1 and pd.isna(claim["best"])
    victims = metrics.victims_by_actor(events, fatalities).set_index(["actor", "victim_group"])
    assert victims.loc[("Military Forces of Pakistan", "militants"), ["low", "high"]].tolist() == [
        21,
        33,
    ]
    assert victims.loc[("Military Forces of Pakistan", "civilians"), "best"] == 0
    assert len(victims) == 4 * 4  # every actor1 × every victim group
    activity = metrics.actor_activity(events, date(2024, 8, 24), date(2024, 8, 26), "day", top=2)
    assert activity["actor"].unique().tolist() == ["Militants", BLA]
    on_25 = activity[activity["label"].eq("25 Aug")].set_index("actor")["events"]
    assert on_25.to_dict() == {"Militants": 5, BLA: 2}
    assert activity["events"].sum() == 7


def test_claims_by_actor(seed):
    events, fatalities = seed
    claims_frame = pd.DataFrame(
        {
            "cluster_id": [f"{S}1"],
            "victim_group": ["security_forces"],
            "low": [40],
            "best": [40],
            "high": [40],
        }
    )
    table = metrics.claims_by_actor(events, fatalities, claims_frame).set_index("actor")
    bla = table.loc[BLA]
    assert (bla["claimed"], bla["unconfirmed"], bla["events"]) == (1, 1, 2)
    assert (bla["counted_best"], bla["claimed_best"]) == (23, 40)
    assert table.loc["Militants", ["no claim", "events"]].tolist() == [5, 5]
    assert table.columns.tolist()[:6] == [
        "claimed",
        "confirmed",
        "unconfirmed",
        "attributed",
        "no claim",
        "events",
    ]


def test_empty_inputs_give_empty_tables():
    events = seed_events().iloc[0:0]
    fatalities = _frame({"a": {"civilians": (1, 1, 1)}}).iloc[0:0]
    start, end = date(2024, 8, 1), date(2024, 8, 3)
    for frame in (
        metrics.deadliest(events, fatalities),
        metrics.chronology(events, fatalities),
        metrics.by_place(events, fatalities),
        metrics.by_event_type(events, fatalities),
        metrics.by_actor(events, fatalities),
        metrics.by_actor_type(events, fatalities),
        metrics.actor_pairs(events),
        metrics.targets(events, fatalities),
        metrics.claims_by_actor(events, fatalities),
        metrics.reconciliation(events, seed_casualties().iloc[0:0], fatalities),
    ):
        assert frame.empty
    assert metrics.per_period(events, fatalities, start, end, "day")["events"].sum() == 0
    assert metrics.cumulative(events, fatalities, start, end, "day")["best"].tolist() == [0] * 3
    assert metrics.by_victim_group(events, fatalities)["best"].tolist() == [0] * 4


# ------------------------------------------------------------------------------ summary


def test_summary_text_from_the_seed_numbers(seed):
    events, fatalities = seed
    text = wording.summary_text(
        metrics.headline(events, fatalities),
        date(2024, 8, 25),
        date(2024, 8, 26),
        "Balochistan",
        previous=metrics.headline(events.iloc[:1], fatalities),
        deadliest_frame=metrics.deadliest(events, fatalities, 1),
        unknown_toll=metrics.unknown_tolls(events, fatalities),
        previous_period=(date(2024, 8, 23), date(2024, 8, 24)),
    )
    assert text == (
        "Between 25 and 26 August 2024, 8 events were recorded in Balochistan, killing between "
        "74 and 86 people (best estimate 74). 4 events had no known death toll and are not in "
        "these figures. By victim group (best estimate): civilians 27, security forces 20, "
        "militants 21 (21–33), unknown 6. The deadliest was an armed clash in Balochistan "
        "between 25 and 26 August 2024: 35 killed (range 35–47). In the previous 2 days (23 to "
        "24 August "
        "2024) there was 1 event and 23 deaths (best estimate): events up 7 (+700%), deaths "
        "up 51 (+222%)."
    )


def test_the_deadliest_event_of_a_blank_sub_type_is_named_by_its_event_type():
    # an analyst's row with event type Battles and no sub-event type ("Unknown") is "a
    # battle", never "an unknown"; with no known type at all, "an event"
    head = pd.DataFrame(
        {"measure": ["events", "fatalities"], "low": [2, 9], "best": [2, 9], "high": [2, 9]}
    )
    top = pd.DataFrame(
        {
            "date_start": [pd.Timestamp("2025-11-03")],
            "place": ["Musa Khel"],
            "type": ["Battles / Unknown"],
            "low": [7],
            "best": [7],
            "high": [7],
        }
    )
    text = wording.summary_text(
        head, date(2025, 9, 1), date(2025, 11, 30), "Balochistan", deadliest_frame=top
    )
    assert "The deadliest was a battle in Musa Khel on 3 November 2025: 7 killed." in text
    vague = top.assign(type="Unknown / Unknown")
    text = wording.summary_text(
        head, date(2025, 9, 1), date(2025, 11, 30), "Balochistan", deadliest_frame=vague
    )
    assert "The deadliest was an event in Musa Khel" in text
    assert wording.event_noun("Explosions/Remote violence / Suicide bomb") == "Suicide bomb"
    assert wording.event_noun("Violence against civilians / Unknown") == "attack on civilians"


def test_summary_text_for_no_events_and_one_event():
    head = pd.DataFrame(
        {"measure": ["events", "fatalities"], "low": [0, 0], "best": [0, 0], "high": [0, 0]}
    )
    assert wording.summary_text(head, date(2024, 1, 1), date(2024, 1, 31), "Kalat") == (
        "No events were recorded in Kalat between 1 and 31 January 2024."
    )
    one = pd.DataFrame(
        {"measure": ["events", "fatalities"], "low": [1, 0], "best": [1, 0], "high": [1, 0]}
    )
    assert wording.summary_text(one, date(2024, 1, 5), date(2024, 1, 5), "Kalat") == (
        "On 5 January 2024, 1 event was recorded in Kalat, with no deaths reported."
    )


@pytest.mark.parametrize(
    ("values", "text"),
    [
        ((21, 21, 33), "21–33 (best 21)"),
        ((6, 6, 6), "6"),
        ((None, None, None), "unknown"),
        ((4, 4, None), "at least 4"),
        ((None, None, 9), "up to 9"),
    ],
)
def test_fatality_range(values, text):
    assert metrics.fatality_range(*values) == text


def test_period_text_and_date_span():
    assert wording.period_text(date(2024, 7, 28), date(2024, 8, 3)) == "28 July and 3 August 2024"
    assert wording.period_text(date(2023, 12, 30), date(2024, 1, 2)) == (
        "30 December 2023 and 2 January 2024"
    )
    assert metrics.date_span("2024-08-25", "2024-08-26") == "25–26 Aug 2024"


@settings(max_examples=examples(25), deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 30),
            st.integers(0, 50),
            st.integers(0, 50),
            st.sampled_from(["civilians", "security_forces", "militants", "unknown"]),
        ),
        max_size=25,
    )
)
def test_totals_agree_across_metrics(figures):
    """Whatever the figures: low ≤ best ≤ high, and headline = Σ periods = Σ places = end of
    the running total."""
    events = (
        _types(
            pd.DataFrame(
                [
                    _event(
                        f"e:{i}",
                        date_start=f"2024-08-{1 + i:02d}",
                        event_type=["Battles", "Riots"][i % 2],
                        admin1=["A", "B", None][i % 3],
                    )
                    for i in range(len(figures))
                ]
            )
        )
        if figures
        else seed_events().iloc[0:0]
    )
    fatalities = pd.DataFrame(
        [
            {
                "cluster_id": f"e:{i}",
                "victim_group": g,
                "low": lo,
                "best": lo + a,
                "high": lo + a + b,
            }
            for i, (lo, a, b, g) in enumerate(figures)
        ],
        columns=["cluster_id", "victim_group", "low", "best", "high"],
    ).astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    head = metrics.headline(events, fatalities).set_index("measure")
    low, best, high = head.loc["fatalities"].tolist()
    assert low <= best <= high
    start, end = date(2024, 8, 1), date(2024, 8, 31)
    periods = metrics.per_period(events, fatalities, start, end, "week")
    assert periods[["low", "best", "high"]].sum().tolist() == [low, best, high]
    places = metrics.by_place(events, fatalities)
    assert places[["low", "best", "high"]].sum().tolist() == [low, best, high]
    assert places["events"].sum() == len(events)
    running = metrics.cumulative(events, fatalities, start, end, "day")
    assert running[["low", "best", "high"]].iloc[-1].tolist() == [low, best, high]
    groups = metrics.by_victim_group(events, fatalities)
    assert groups["best"].sum() == best


def test_events_dated_past_one_period_are_counted_for_the_chart_s_caption():
    # A month-precision abduction (1–31 Aug), a week-precision find (23–29 Aug, Friday to
    # Thursday), a two-day attack (25–26 Aug, Sunday–Monday) and a one-day clash (27 Aug).
    events = pd.DataFrame(
        {
            "date_start": pd.to_datetime(["2024-08-01", "2024-08-23", "2024-08-25", "2024-08-27"]),
            "date_end": pd.to_datetime(["2024-08-31", "2024-08-29", "2024-08-26", "2024-08-27"]),
        }
    )
    # days: three run past their first day; weeks (Monday to Sunday): the month and the
    # find (Fri 23 – Thu 29 crosses Monday 26) and the attack (Sun 25 – Mon 26); months: none
    assert metrics.spanning_periods(events, "day") == 3
    assert metrics.spanning_periods(events, "week") == 3
    assert metrics.spanning_periods(events, "month") == 0


def test_an_event_known_only_to_its_province_is_in_no_district():
    # ACLED codes the military's operations "across Balochistan" at the provincial capital
    # (Quetta, geo_precision admin1) with 21 dead; a Kalat attack is placed to its district
    # (10 dead); a Quetta bombing in the city itself (exact) killed 4.
    events = pd.DataFrame(
        {
            "cluster_id": ["ops", "kalat", "quetta"],
            "admin1": ["Balochistan"] * 3,
            "admin2": ["Quetta", "Kalat", "Quetta"],
            "location": ["Quetta", "Kalat", "Quetta"],
            "country": "Pakistan",
            "geo_precision": ["admin1", "admin2", "exact"],
        }
    )
    fatalities = pd.DataFrame(
        {
            "cluster_id": ["ops", "kalat", "quetta"],
            "victim_group": "unknown",
            "low": [21, 10, 4],
            "best": [21, 10, 4],
            "high": [21, 10, 4],
        }
    )
    places = metrics.by_place(events, fatalities, "admin2")
    rows = places.set_index("admin2")[["events", "best"]].to_dict("index")
    assert rows == {
        "unknown": {"events": 1, "best": 21},
        "Kalat": {"events": 1, "best": 10},
        "Quetta": {"events": 1, "best": 4},
    }
    assert metrics.place_label(events).tolist() == [
        "Balochistan",
        "Kalat, Balochistan",
        "Quetta, Balochistan",
    ]


def test_a_civilian_population_is_never_the_most_active_actor():
    # Civilians (Nigeria) are the second side of all three events, ISWAP the first of two:
    # the civilians were attacked, ISWAP acted.
    from analysis.reports.page import Report

    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "actor1": ["ISWAP", "ISWAP", "Boko Haram"],
            "actor1_type": ["rebel/separatist"] * 3,
            "actor2": ["Civilians (Nigeria)"] * 3,
            "actor2_type": ["civilians"] * 3,
        }
    )
    fatalities = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "victim_group": ["civilians"] * 3,
            "low": [4, 2, 9],
            "best": [4, 2, 9],
            "high": [4, 2, 9],
        }
    )
    assert metrics.by_actor(events, fatalities)["actor"].iloc[0] == "Civilians (Nigeria)"
    report = Report.__new__(Report)
    report.events, report.fatalities, report.rows = events, fatalities, events
    assert report._actor_sentences() == [
        "The most active actor was ISWAP (rebel/separatist), involved in 2 events."
    ]


def test_the_actors_table_reads_the_associated_actors_types_cleaning_stored():
    # "Ghost Militia" is in no alias table: its type comes only from the stored column. The
    # VDP is associated in a (stored as a militia) and actor 2 in b (typed state forces there):
    # a type given as actor 1 or 2 wins over the associated one.
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b"],
            "actor1": ["JNIM", "JNIM"],
            "actor1_type": ["rebel/separatist", "rebel/separatist"],
            "actor2": [None, "VDP"],
            "actor2_type": [None, "state forces"],
            "assoc_actor1": ["Ghost Militia; VDP", None],
            "assoc_actor1_type": ["political militia; identity militia", None],
        }
    )
    figures = pd.DataFrame(columns=["cluster_id", "victim_group", "low", "best", "high"])
    table = metrics.by_actor(events, figures).set_index("actor")
    assert table.loc["Ghost Militia", ["actor_type", "as_associated"]].tolist() == [
        "political militia",
        1,
    ]
    assert table.loc["VDP", ["actor_type", "events", "as_actor2", "as_associated"]].tolist() == [
        "state forces",
        2,
        1,
        1,
    ]
    # without the stored types (a frame cleaning did not make) nothing is looked up
    bare = metrics.by_actor(events.drop(columns="assoc_actor1_type"), figures)
    assert bare.set_index("actor").loc["Ghost Militia", "actor_type"] == "unknown type"


# --------------------------------------------------------------- a state's forces together

BF_GOV, BF_ARMY = "Government of Burkina Faso", "Military Forces of Burkina Faso"
BF_POLICE, BF_STATE = "Police Forces of Burkina Faso", "State forces of Burkina Faso"


def burkina_selection() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(events, fatalities, rows): five real events, one of them reported by two sources.

    | event | records (actor 1 / actor 2 / associated of actor 2)           | low/best/high |
    |-------|---------------------------------------------------------------|---------------|
    | a     | ACLED: JNIM / army; UCDP: Government / JNIM (linked as one)   | 8 / 10 / 12   |
    | b     | ACLED: JNIM / army / police                                   | 4 / 5 / 7     |
    | c     | UCDP: Government / IS Sahel                                   | 2 / 2 / 2     |
    | d     | ACLED: JNIM / Military Forces of Mali (Mali's only actor)     | 1 / 1 / 1     |
    | e     | ACLED: IS Sahel / Civilians (Burkina Faso)                    | 7 / 7 / 9     |

    b's deaths are two groups: security forces 3/3/4 and militants 1/2/3.
    """
    rows = pd.DataFrame(
        {
            "cluster_id": ["a", "a", "b", "c", "d", "e"],
            "event_id": ["acled:1", "ucdp:9", "acled:2", "ucdp:8", "acled:3", "acled:4"],
            "actor1": ["JNIM", BF_GOV, "JNIM", BF_GOV, "JNIM", "Islamic State (Sahel)"],
            "actor2": [
                BF_ARMY,
                "JNIM",
                BF_ARMY,
                "Islamic State (Sahel)",
                "Military Forces of Mali",
                "Civilians (Burkina Faso)",
            ],
            "assoc_actor1": [None] * 6,
            "assoc_actor2": [None, None, BF_POLICE, None, None, None],
        }
    )
    events = rows.drop_duplicates("cluster_id").reset_index(drop=True)
    fatalities = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "b", "c", "d", "e"],
            "victim_group": ["unknown", "security_forces", "militants", "unknown", "unknown"]
            + ["civilians"],
            "low": [8, 3, 1, 2, 1, 7],
            "best": [10, 3, 2, 2, 1, 7],
            "high": [12, 4, 3, 2, 1, 9],
        }
    ).astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    return events, fatalities, rows


def test_a_state_s_forces_count_each_event_once_across_sources_and_branches():
    events, fatalities, rows = burkina_selection()
    members = metrics.by_actor(events, fatalities, rows=rows).set_index("actor")
    # the members by hand: Government a, c; army a, b; police b
    assert members.loc[[BF_GOV, BF_ARMY, BF_POLICE], "events"].tolist() == [2, 2, 1]
    assert members.loc[[BF_GOV, BF_ARMY, BF_POLICE], "best"].tolist() == [12, 15, 5]
    # added up they give 5 events and 32 deaths; the state's forces were in 3 events (a, b,
    # c): a once though two sources name it two ways, b once though army and police are in
    # it, and b's two victim groups once each
    (state,) = metrics.state_forces(events, fatalities, rows).to_dict("records")
    assert state == {
        "actor": BF_STATE,
        "actor_type": "state forces",
        "events": 3,
        "toll_unknown": 0,
        "as_actor1": 2,  # a (UCDP's record: the Government is side A) and c
        "as_actor2": 1,  # b
        "as_associated": 0,  # the police are associated in b, where the army is actor 2
        "low": 8 + 4 + 2,
        "best": 10 + 5 + 2,
        "high": 12 + 7 + 2,
        # most active first, ties by name; Mali has one actor here, so no row
        "members": f"{BF_GOV}; {BF_ARMY}; {BF_POLICE}",
    }


def test_the_state_forces_rows_stand_beside_their_members_in_the_actors_table():
    events, fatalities, rows = burkina_selection()
    plain = metrics.by_actor(events, fatalities, rows=rows)
    table = metrics.by_actor(events, fatalities, rows=rows, state_forces=True)
    # every actor's row is kept as it was, with no members; one row is added
    assert len(table) == len(plain) + 1
    kept = table[table["actor"].ne(BF_STATE)].drop(columns="members").reset_index(drop=True)
    pd.testing.assert_frame_equal(kept, plain)
    assert table.loc[table["actor"].ne(BF_STATE), "members"].eq("").all()
    # ranked by events, then deaths: the state (3 events, 17 dead) before JNIM (a, b, d:
    # 3 events, 16 dead)
    assert table["actor"].tolist()[:2] == [BF_STATE, "JNIM"]
    assert (
        table["actor"].tolist()[:2]
        == metrics.by_actor(events, fatalities, top=2, rows=rows, state_forces=True)[
            "actor"
        ].tolist()
    )
    assert metrics.actor_counting(table).startswith(metrics.ACTOR_COUNTING)
    assert metrics.actor_counting(table) != metrics.ACTOR_COUNTING
    assert metrics.actor_counting(plain) == metrics.ACTOR_COUNTING


def _headline(rows: pd.DataFrame, best: dict[str, int]) -> tuple[pd.DataFrame, list[str]]:
    """The actors table (with state rows) of ``rows`` (every record; the first of each
    event is its primary one) and the actors report's sentence on its most active actor."""
    from analysis.reports.page import Report

    events = rows.drop_duplicates("cluster_id").reset_index(drop=True)
    fatalities = pd.DataFrame(
        {"cluster_id": list(best), "victim_group": "unknown", "low": list(best.values())}
    ).assign(best=lambda f: f["low"], high=lambda f: f["low"])
    report = Report.__new__(Report)
    report.events, report.fatalities, report.rows = events, fatalities, rows
    table = metrics.by_actor(events, fatalities, rows=rows, state_forces=True)
    return table, report._actor_sentences()


def test_the_summary_s_most_active_actor_counts_a_state_s_forces_as_one():
    # p: ACLED JNIM / army, linked to UCDP Government / JNIM; q, s: JNIM / army; r: IS Sahel
    # / army; t: UCDP Government / IS Sahel; u: JNIM / VDP. By hand: the army p q r s (4
    # events, 5+3+2+1 = 11 dead), the Government p t (2, 9), the state's forces p q r s t
    # (5, 15), JNIM p q s u (4, 15)
    vdp = "Volunteers for the Defense of the Homeland"
    rows = pd.DataFrame(
        {
            "cluster_id": ["p", "p", "q", "r", "s", "t", "u"],
            "actor1": ["JNIM", BF_GOV, "JNIM", "Islamic State (Sahel)", "JNIM", BF_GOV, "JNIM"],
            "actor2": [BF_ARMY, "JNIM", BF_ARMY, BF_ARMY, BF_ARMY, "Islamic State (Sahel)", vdp],
        }
    )
    best = {"p": 5, "q": 3, "r": 2, "s": 1, "t": 4, "u": 6}
    table, sentence = _headline(rows, best)
    counted = table.set_index("actor")[["events", "best"]].to_dict("index")
    assert counted[BF_STATE] == {"events": 5, "best": 15}
    assert counted[BF_ARMY] == {"events": 4, "best": 11}
    assert counted[BF_GOV] == {"events": 2, "best": 9}
    assert counted["JNIM"] == {"events": 4, "best": 15}
    # the members alone: JNIM before the army (4 events each, 15 dead against 11)
    assert metrics.most_active(table[table["members"].eq("")])["actor"] == "JNIM"
    # the state's forces compete as one actor and win with 5 events; the members the
    # table shows beside them add up to 6 (p is both theirs)
    assert metrics.headline_actor(table)["actor"] == BF_STATE
    assert sentence == [
        "The most active actor was the state forces of Burkina Faso (5 events, each counted "
        f"once; {BF_ARMY} took part in 4, {BF_GOV} in 2)."
    ]


def test_a_state_s_forces_tied_with_their_member_are_named_as_the_state_s():
    # p: ACLED JNIM / army, linked to UCDP Government / JNIM; q: IS Sahel / army. The army
    # took part in both events, the state's forces in the same two (2 events, 5+3 = 8 dead
    # each): the table lists the army first (by name), the summary names the state's forces,
    # which compete in place of their members.
    rows = pd.DataFrame(
        {
            "cluster_id": ["p", "p", "q"],
            "actor1": ["JNIM", BF_GOV, "Islamic State (Sahel)"],
            "actor2": [BF_ARMY, "JNIM", BF_ARMY],
        }
    )
    table, sentence = _headline(rows, {"p": 5, "q": 3})
    assert table["actor"].tolist()[:2] == [BF_ARMY, BF_STATE]
    assert table.loc[:1, ["events", "best"]].values.tolist() == [[2, 8], [2, 8]]
    assert metrics.most_active(table)["actor"] == BF_ARMY  # unchanged: the table's first
    assert sentence == [
        "The most active actor was the state forces of Burkina Faso (2 events, each counted "
        f"once; {BF_ARMY} took part in 2, {BF_GOV} in 1)."
    ]
    # one forces actor, no state row: the army (the civilians were attacked), worded as
    # any actor
    army = pd.DataFrame(
        {
            "cluster_id": ["q"],
            "actor1": [BF_ARMY],
            "actor1_type": ["state forces"],
            "actor2": ["Civilians (Burkina Faso)"],
            "actor2_type": ["civilians"],
        }
    )
    _, sentence = _headline(army, {"q": 3})
    assert sentence == [f"The most active actor was {BF_ARMY} (state forces), involved in 1 event."]


def test_one_actor_of_a_state_gets_no_state_forces_row():
    events, fatalities, rows = burkina_selection()
    # ACLED's records alone (events a, b, d, e; c is UCDP's only) name the army (a, b) and
    # the police (b): still two actors of Burkina Faso, in two events
    acled = rows[rows["event_id"].str.startswith("acled:")]
    acled_events = events[events["cluster_id"].isin(acled["cluster_id"])]
    (state,) = metrics.state_forces(acled_events, fatalities, acled).to_dict("records")
    assert (state["events"], state["best"], state["members"]) == (2, 15, f"{BF_ARMY}; {BF_POLICE}")
    # the army alone: no row
    army = acled[acled["cluster_id"].eq("a")]
    assert metrics.state_forces(army, fatalities, army).empty
    assert (
        BF_STATE
        not in metrics.by_actor(army, fatalities, rows=army, state_forces=True)["actor"].tolist()
    )


def test_the_seed_s_state_forces_of_pakistan(seed):
    # the army (-02), the Levies (-05) and the police (-06, -07): four events, the deaths of
    # -02 (35/35/47) and -05 (10): -06 and -07 have no confirmed toll
    events, fatalities = seed
    (state,) = metrics.state_forces(events, fatalities).to_dict("records")
    assert (state["actor"], state["events"], state["as_actor1"], state["as_actor2"]) == (
        "State forces of Pakistan",
        4,
        1,
        3,
    )
    assert (state["low"], state["best"], state["high"]) == (45, 45, 57)
    assert state["members"] == (
        "Police Forces of Pakistan; Balochistan Levies; Military Forces of Pakistan"
    )


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Government of Nigeria", "NGA"),  # UCDP's side A: the state in arms
        ("Military Forces of Nigeria (2023-)", "NGA"),
        ("Police Forces of Niger", "NER"),  # not Nigeria
        ("Military Forces of Chad", "TCD"),  # Chad's, wherever it fights
        ("Police Forces of the Democratic Republic of Congo (2019-)", "COD"),
        ("Government of DR Congo (Zaire)", "COD"),
        ("Police Forces of Pakistan (2024-) Frontier Corps", "PAK"),  # a unit after the period
        ("Frontier Corps", "PAK"),  # the alias table's state forces
        ("Islamic Revolutionary Guard Corps", "IRN"),
        ("Military Forces of the United States", "USA"),  # the table's external forces
        ("Military Forces of Afghanistan", "AFG"),
        ("Taliban", None),  # the insurgents; Afghanistan's forces only from 2021 (cleaning)
        ("Wagner Group", None),
        ("Volunteers for the Defense of the Homeland", None),  # a militia beside the army
        ("Islamic State West Africa Province", None),
        ("Government of Hyderabad", None),  # no country of today
        ("Unidentified Military Forces", None),
    ],
)
def test_whose_forces_an_actor_is(name, state):
    found = metrics.state_of(pd.Series([name])).iloc[0]
    assert (None if pd.isna(found) else found) == state


@settings(max_examples=200)
@given(
    country=st.sampled_from(
        sorted(zip(country_table()["name"], country_table()["iso3"], strict=True))
    ),
    form=st.sampled_from(["Military Forces of {}", "Police Forces of {}", "Government of {}"]),
    period=st.sampled_from(["", " (2015-)", " (1999-2008)"]),
    unit=st.sampled_from(["", " Special Forces Unit"]),
)
def test_acled_s_and_ucdp_s_names_of_any_state_s_forces_name_that_state(
    country, form, period, unit
):
    name, iso3 = country
    written = form.format(name) + period + (unit if period else "")
    assert metrics.state_of(pd.Series([written])).tolist() == [iso3]
