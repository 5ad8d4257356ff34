"""A report of a 30,000-event selection: seconds to render and bytes, per report kind.

Targets: each page renders in at most 60 s and weighs at most 5 MB. The baseline measured in
the same run is the floor of any report (papermill + nbconvert of an empty notebook, the
``floor`` stage). Usage::

    python benchmarks/big_report.py [--rows 31000] [--data benchmarks/data]

The store holds the generator's ACLED-layout table and its GTD-layout duplicates (3 %), so
``--rows 31000`` gives about 30,000 real events; the reports select all of them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import DATA_DIR, write_tables  # noqa: E402
from stages import empty_notebooks  # noqa: E402

from analysis.reports.params import REPORT_KINDS  # noqa: E402
from analysis.reports.render import render_report  # noqa: E402
from analysis.store import EventStore, ingest_files  # noqa: E402
from analysis.store.cleaned import clean_store  # noqa: E402

SECONDS, BYTES = 60, 5_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=31_000)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="analysis-big-report-") as work:
        store = Path(work) / "big.duckdb"
        ingest_files(store, list(write_tables(args.rows, args.data)))
        with EventStore(store) as db:
            clean_store(db)
            events = db.con.execute("SELECT count(DISTINCT cluster_id) FROM events_clean")
            events = events.fetchone()[0]
        base = empty_notebooks({"out": str(Path(work) / "floor")})["seconds"] / 3
        print(f"{events:,} real events; floor (empty notebook) {base:.1f} s")
        print("| report | seconds | MB | × floor | target | met |")
        print("|---|---|---|---|---|---|")
        failed = 0
        for kind in REPORT_KINDS:
            start = time.perf_counter()
            page = render_report(kind, {}, store, Path(work) / f"{kind}.html")
            seconds = time.perf_counter() - start
            size = page.stat().st_size
            met = seconds <= SECONDS and size <= BYTES
            failed += not met
            print(
                f"| {kind} | {seconds:.1f} | {size / 1e6:.2f} | {seconds / base:.1f}× | "
                f"≤ {SECONDS} s, ≤ {BYTES / 1e6:.0f} MB | {'yes' if met else 'NO'} |"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
