"""Speed and memory of ingest against baselines measured in the same run.

Each measurement runs in its own Python process so that peak memory (max RSS) is its own.
Prints a table: seconds, peak MB, and the ratio to the baseline. Targets (checked here,
never in unit tests):

- reading an ACLED export into the canonical model takes at most 6× a plain
  ``pandas.read_csv(dtype=str)`` of the same file, and at most 4× its peak memory;
- ingesting into the store (read + validate + merge + write) takes at most 10× the plain read.

Usage: ``python benchmarks/run.py [--rows 200000]`` (``make bench``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

MEASURE = """
import json, resource, sys, time
start = time.perf_counter()
{body}
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""

CASES = {
    "baseline: pandas.read_csv(dtype=str)": (
        "import pandas as pd\nframe = pd.read_csv({path!r}, dtype=str, keep_default_na=False)"
    ),
    "read_source (parse + validate)": (
        "from analysis.sources import read_source\nparsed = read_source({path!r})"
    ),
    "ingest into a new store": (
        "from analysis.store import ingest_files\ningest_files({store!r}, [{path!r}])"
    ),
    "re-ingest (all unchanged)": (
        "from analysis.store import ingest_files\ningest_files({store!r}, [{path!r}])"
    ),
}
TARGETS = {
    "read_source (parse + validate)": (6.0, 4.0),
    "ingest into a new store": (10.0, None),
    "re-ingest (all unchanged)": (10.0, None),
}


def measure(body: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE.format(body=body)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    from factories import acled_table

    folder = Path(tempfile.mkdtemp(prefix="analysis-bench-"))
    path = folder / "acled.csv"
    acled_table(args.rows, "BENCH").to_csv(path, index=False)
    store = folder / "bench.duckdb"
    size_mb = path.stat().st_size / 2**20
    print(f"{args.rows:,} ACLED rows, {size_mb:.1f} MB CSV\n")
    results = {
        name: measure(body.format(path=str(path), store=str(store))) for name, body in CASES.items()
    }
    base = results["baseline: pandas.read_csv(dtype=str)"]
    header = f"{'case':40} {'seconds':>8} {'× time':>7} {'peak MB':>8} {'× mem':>6}  target"
    print(header)
    print("-" * len(header))
    failed = False
    for name, r in results.items():
        time_ratio = r["seconds"] / base["seconds"]
        mem_ratio = r["peak_mb"] / base["peak_mb"]
        target = TARGETS.get(name)
        verdict = ""
        if target:
            ok = time_ratio <= target[0] and (target[1] is None or mem_ratio <= target[1])
            failed |= not ok
            limits = f"≤{target[0]:.0f}× time" + (f", ≤{target[1]:.0f}× mem" if target[1] else "")
            verdict = f"{limits}: {'ok' if ok else 'MISSED'}"
        print(
            f"{name:40} {r['seconds']:8.2f} {time_ratio:7.1f} {r['peak_mb']:8.0f} "
            f"{mem_ratio:6.1f}  {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
