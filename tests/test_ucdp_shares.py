"""UCDP deaths by side → victim groups: the event's low/best/high are shared out exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.sources import read_source
from conftest import examples

HEADER = (
    "id,relid,year,type_of_violence,side_a,side_b,where_prec,date_prec,date_start,date_end,"
    "deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,country"
)


def _read(rows: list[str]):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ged.csv"
        path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
        return read_source(path, source="ucdp")


def _row(i, kind, a, b, civ, unk, low, high, side_a="Government of Pakistan", side_b="BLA"):
    best = a + b + civ + unk
    return (
        f"{i},R{i},2024,{kind},{side_a},{side_b},1,1,2024-08-26 00:00:00.000,"
        f"2024-08-26 00:00:00.000,{a},{b},{civ},{unk},{best},{best + high},{best - low},Pakistan"
    )


def test_side_mapping_worked_by_hand():
    parsed = _read(
        [
            _row(1, 1, 14, 21, 0, 0, low=2, high=12),  # government vs BLA
            _row(2, 2, 3, 4, 0, 0, 0, 0, side_a="TTP", side_b="IS"),  # non-state: both militants
            _row(3, 3, 0, 0, 23, 0, 0, 7, side_a="BLA", side_b="Civilians"),  # one-sided
            _row(4, 1, 0, 0, 0, 0, 0, 4),  # best 0, high 4 → unknown
        ]
    )
    rows = parsed.casualties.set_index(["event_id", "victim_group"])[["low", "best", "high"]]
    # Event 1: low 33 = 35 - 2, high 47. Shares of 2: 14/35*2 = 0.8, 21/35*2 = 1.2 → floors
    # 0 and 1, the last unit to the larger remainder (0.8, security forces): 1 and 1.
    # Shares of 12: 4.8 and 7.2 → 4 and 7, the last unit to security forces: 5 and 7.
    assert rows.loc[("ucdp:1", "security_forces")].tolist() == [13, 14, 19]
    assert rows.loc[("ucdp:1", "militants")].tolist() == [20, 21, 28]
    assert rows.loc[("ucdp:2", "militants")].tolist() == [7, 7, 7]
    assert rows.loc[("ucdp:3", "civilians")].tolist() == [23, 23, 30]
    assert rows.loc[("ucdp:4", "unknown")].tolist() == [0, 0, 4]
    assert len(rows) == 5


deaths = st.integers(min_value=0, max_value=500)


@settings(max_examples=examples(25), deadline=None)
@given(deaths, deaths, deaths, deaths, deaths, deaths, st.sampled_from([1, 2, 3]))
def test_group_figures_add_up_to_the_event_figures(a, b, civ, unk, low_gap, high_gap, kind):
    low_gap = min(low_gap, a + b + civ + unk)
    parsed = _read([_row(1, kind, a, b, civ, unk, low_gap, high_gap)])
    rows = parsed.casualties
    best = a + b + civ + unk
    assert rows["best"].sum() == best
    assert rows["low"].sum() == best - low_gap
    assert rows["high"].sum() == best + high_gap
    assert (rows["low"] <= rows["best"]).all() and (rows["best"] <= rows["high"]).all()
    assert (rows["low"] >= 0).all()
