"""Speed-up of ``analysis batch`` with 2 local workers over 1, on 24 report jobs.

The store is the bundled samples, ingested and cleaned as ``make demo`` does. The manifest
renders the three report kinds for 2 provinces and 4 rolling windows (24 jobs); both runs use
``force`` so every job renders. Prints a table: workers, seconds, seconds per job, speed-up.

Measured on the project's 2-core machine (2026-11-26, Python 3.11; a loaded machine is slower)::

    workers  jobs rendered failed  seconds  s/job speed-up
          1    24       24      0    282.2  11.76    1.00×
          2    24       24      0    158.5   6.60    1.78×

Each job is a child process that starts Python, a notebook kernel and matplotlib, so with one
worker per core the speed-up is close to the number of cores.

Usage: ``.venv/bin/python benchmarks/batch.py [--workers 1 2 4]``. Importable:
:func:`measure` returns the numbers, :func:`main` prints them.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "analysis" / "samples"
AS_OF = date(2024, 9, 2)
MANIFEST = {
    "defaults": {"timeout": 600, "retries": 0, "params": {"country": "Pakistan"}},
    "jobs": [
        {
            "name": "{admin1}-{window}-{kind}",
            "kind": "all",
            "matrix": {
                "admin1": ["Balochistan", "Khyber Pakhtunkhwa"],
                "window": [
                    "previous week",
                    "previous calendar month",
                    "last 14 days",
                    "year to date",
                ],
            },
        }
    ],
}


def build_store(folder: Path) -> Path:
    """The demo store (:func:`analysis.explore.demo_store`), built in ``folder``."""
    from analysis.explore import demo_store

    return demo_store(folder / "demo.duckdb", rebuild=True)


def measure(workers: list[int]) -> list[dict]:
    """Render the 24 jobs once per entry of ``workers``; one row of numbers per run."""
    from analysis.batch import run_batch

    rows = []
    with tempfile.TemporaryDirectory(prefix="analysis-bench-") as tmp:
        folder = Path(tmp)
        store = build_store(folder)
        manifest = folder / "manifest.yaml"
        manifest.write_text(yaml.safe_dump(MANIFEST, sort_keys=False), encoding="utf-8")
        for count in workers:
            started = time.perf_counter()
            summary = run_batch(
                manifest, store, folder / f"out-{count}", AS_OF, workers=count, force=True
            )
            seconds = time.perf_counter() - started
            jobs = len(summary["jobs"])
            rows.append(
                {
                    "workers": count,
                    "jobs": jobs,
                    "rendered": summary["rendered"],
                    "failed": summary["failed"],
                    "seconds": seconds,
                    "per_job": seconds / jobs,
                }
            )
    base = rows[0]["seconds"]
    for row in rows:
        row["speedup"] = base / row["seconds"]
    return rows


def main(argv: list[str] | None = None) -> None:
    """Print the table (``--workers 1 2`` by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    rows = measure(args.workers)
    print(
        f"{'workers':>7} {'jobs':>5} {'rendered':>8} {'failed':>6} {'seconds':>8} "
        f"{'s/job':>6} {'speed-up':>8}"
    )
    for r in rows:
        print(
            f"{r['workers']:>7} {r['jobs']:>5} {r['rendered']:>8} {r['failed']:>6} "
            f"{r['seconds']:>8.1f} {r['per_job']:>6.2f} {r['speedup']:>7.2f}×"
        )


if __name__ == "__main__":
    main()
