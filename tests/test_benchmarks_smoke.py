"""The benchmark script runs end to end at a tiny size and prints every row of its table.

A smoke test only, so the script cannot rot: no timing is asserted (targets are checked by
``make bench`` on a real machine, never here). The whole-script run takes about two minutes
of the benchmark's own stages, so it is ``make bench-smoke`` (CI runs it after ``make
test``); the script's helpers are tested here with the rest.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

ROWS = (
    "| ingest + clean, ",
    "| … growth: ",
    "| … extra, not the target: growth at constant density",
    "| full clean of the ",
    "| update of ",
    "| … vs a row-wise pandas cleaner",
    "| … the row-wise cleaner's own steps",
    "| duplicate linking, ",
    "| 1 report, ",  # a smoke run renders one kind
    "| … vs papermill + nbconvert",
    "| batch: ",
    "| peak memory, ingest of ",
    "| peak memory, clean of ",
)


@pytest.mark.benchmark_run
def test_benchmark_script_prints_the_whole_table(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--small", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert any(line.startswith("Machine: ") for line in lines)
    assert "| measure | value | baseline | ratio | target | |" in lines
    for start in ROWS:
        assert sum(line.startswith(start) for line in lines) == 1, start
    table = [line for line in lines if line.startswith("| ") and "---" not in line]
    assert len(table) == len(ROWS) + 1  # and the header


def test_read_csv_baseline_is_the_median_of_three_processes(monkeypatch):
    """Three read_csv stages (2.5 s, 0.9 s, 1.5 s plain): the baseline is 1.5 s, shown with
    its range; the text reads and peaks are medians too."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import run

    runs = iter(
        [
            {"seconds": 9.0, "plain_seconds": 2.5, "peak_mb": 2000.0, "rows": 10},
            {"seconds": 7.0, "plain_seconds": 0.9, "peak_mb": 2100.0, "rows": 10},
            {"seconds": 8.0, "plain_seconds": 1.5, "peak_mb": 1900.0, "rows": 10},
        ]
    )
    started = []

    def stage(name: str, **args: object) -> dict:
        started.append(name)
        return next(runs)

    monkeypatch.setattr(run, "stage", stage)
    read = run.read_baseline([ROOT / "x.csv"])
    assert started == ["read_csv"] * 3
    assert read == {
        "seconds": 8.0,
        "plain_seconds": 1.5,
        "plain_range": "0.9–2.5 s",
        "peak_mb": 2000.0,
        "rows": 10,
    }


def test_tables_over_fewer_days_fall_on_the_first_days(tmp_path, monkeypatch):
    """400 rows over 10 days: every date from 1 to 10 January 2018, the GTD duplicates' too,
    in files named for the days; the default files are other files."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import pandas as pd
    from generate import write_tables

    acled, gtd = write_tables(400, tmp_path, days=10)
    assert (acled.name, gtd.name) == ("acled_400_s1_d10.csv", "gtd_400_s1_d10.csv")
    dates = pd.to_datetime(pd.read_csv(acled)["event_date"], format="%d %B %Y")
    assert dates.min() >= pd.Timestamp("2018-01-01")
    assert dates.max() <= pd.Timestamp("2018-01-10")
    assert dates.dt.day.nunique() > 5
    years = pd.read_csv(gtd)[["iyear", "imonth"]].drop_duplicates().values.tolist()
    assert years == [[2018, 1]]
    assert write_tables(400, tmp_path)[0].name == "acled_400_s1.csv"


def test_a_gtd_duplicate_targets_the_side_its_acled_event_hit(tmp_path, monkeypatch):
    """Each GTD row copies one ACLED event (its summary repeats the notes): an event whose hit
    side is civilians (inter code 7; the other side when actor1 is the state) is an attack
    on private citizens, one that hit the state an attack on the military, so that the
    planted duplicates agree on who was hit, as real GTD and ACLED reports do."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import pandas as pd
    from generate import write_tables

    acled_file, gtd_file = write_tables(2_000, tmp_path)
    acled = pd.read_csv(acled_file, dtype=str, keep_default_na=False)
    gtd = pd.read_csv(gtd_file, dtype=str, keep_default_na=False)
    notes = acled.drop_duplicates("notes", keep=False).set_index("notes")
    source = notes.reindex(gtd["summary"].str.split(": ", n=1).str[1])
    hit = source["inter2"].where(source["inter1"].ne("1"), source["inter1"]).to_numpy()
    target = gtd["targtype1_txt"].to_numpy()
    assert (hit == "7").sum() > 0 and (hit == "1").sum() > 0
    assert set(target[hit == "7"]) == {"Private Citizens & Property"}
    assert set(target[hit == "1"]) == {"Military"}


@pytest.mark.benchmark_run
def test_the_extraction_time_script_prints_its_three_rows():
    """2 KB of each text: the articles as the baseline, then the two hostile texts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_time.py"), "--kb", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.strip().splitlines()
    assert [line.split(" | ")[0] for line in lines[2:]] == [
        "| articles",
        "| no full stop",
        "| no space",
    ]
    assert lines[2].split(" | ")[1] != "0"
    assert lines[3].split(" | ")[1] == "2,000"
