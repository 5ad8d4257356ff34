"""A process killed (SIGKILL) part-way through an ingest leaves the store as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest

from analysis.store import EventStore, ingest_files

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def acled_table(n: int, prefix: str, seed: int = 0) -> pd.DataFrame:
    """A synthetic ACLED export of n events (ids prefix1, prefix2, …)."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    frame = pd.DataFrame({c: "" for c in ACLED_COLUMNS}, index=range(n))
    frame["event_id_cnty"] = [f"{prefix}{i}" for i in range(n)]
    frame["event_date"] = days.strftime("%d %B %Y")
    frame["year"] = "2024"
    frame["time_precision"] = "1"
    frame["event_type"] = "Battles"
    frame["sub_event_type"] = "Armed clash"
    frame["actor1"] = "Military Forces of Pakistan (2018-)"
    frame["actor2"] = "BLA: Baloch Liberation Army"
    frame["iso"] = "586"
    frame["country"] = "Pakistan"
    frame["admin1"] = "Balochistan"
    frame["location"] = "Kalat"
    frame["latitude"] = "29.03"
    frame["longitude"] = "66.59"
    frame["geo_precision"] = "1"
    frame["notes"] = "Security forces clashed with militants near Kalat."
    frame["fatalities"] = rng.integers(0, 9, n).astype(str)
    frame["timestamp"] = "1724803200"
    return frame


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_ingest_leaves_the_store_unchanged_and_usable(tmp_path):
    store = tmp_path / "events.duckdb"
    small = tmp_path / "small.csv"
    acled_table(50, "BASE").to_csv(small, index=False)
    ingest_files(store, [small])
    with EventStore(store, read_only=True) as db:
        before = db.summary()
        before_events = db.events()

    first, second = tmp_path / "big1.csv", tmp_path / "big2.csv"
    acled_table(120_000, "BIGA", seed=1).to_csv(first, index=False)
    acled_table(120_000, "BIGB", seed=2).to_csv(second, index=False)
    script = (
        "import sys\n"
        "from analysis.store import ingest_files\n"
        "def tick(path, rows):\n"
        "    print(path.name, rows, flush=True)\n"
        f"ingest_files({str(store)!r}, [{str(first)!r}, {str(second)!r}], progress=tick)\n"
        "print('committed', flush=True)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    # big1 is fully merged into the open transaction once big2 starts being read.
    deadline = time.monotonic() + 120
    for line in process.stdout:
        if line.startswith("big2.csv") or time.monotonic() > deadline:
            break
    assert line.startswith("big2.csv"), line
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with EventStore(store, read_only=True) as db:
        after = db.summary()
        assert after == before
        pd.testing.assert_frame_equal(db.events(), before_events)
    # Usable: the same big file now ingests completely.
    (report,) = ingest_files(store, [first])
    assert report.stored == 120_000 and report.balanced()
    with EventStore(store, read_only=True) as db:
        assert db.summary()["events"] == 120_050
