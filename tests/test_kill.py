"""A process killed (SIGKILL) part-way through an ingest leaves the store as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from factories import acled_table

from analysis.store import EventStore, ingest_files


@pytest.mark.long
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
