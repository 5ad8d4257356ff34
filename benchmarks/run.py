"""Benchmarks at ACLED scale: speed and memory, against baselines measured in the same run.

Every figure comes from this run on this machine; each stage runs in its own Python process
(:mod:`stages`) so its peak memory (max RSS) is its own. Prints a markdown table:

- ingest + clean of ``--rows`` rows (ACLED file + GTD-layout duplicates, 3 %): seconds,
  rows/s, peak RSS; ratio to a plain ``pandas.read_csv`` of the same files (target ≤ 10×;
  the median of three reads, each in its own process, with their range; read_csv of every
  cell as text is shown too), to the same at a quarter of the rows
  (linear growth: ≤ 4.5×; an extra row, no target, sets it against a quarter of the rows
  over a quarter of the days, so the events per day stay the same, as in a real history's
  first quarter), and to read_csv plus a row-by-row
  pandas cleaner (:mod:`rowwise`, target ≥ 20× faster); and that cleaner's own steps
  against the library's vectorised functions for them (:func:`rowwise.clean_vectorised`);
- duplicate linking on the same rows: candidate pairs per row (target ≤ 10), seconds;
- reports: the three reports for one admin1 and month from a ``--large-rows`` store, as a
  ratio to the same reports on a 1k-row store holding the same selection (target ≤ 1.3×),
  and to papermill + nbconvert of empty notebooks (the floor);
- batch: 24 report jobs with 2 local workers against 1 (:mod:`batch`; left out with
  ``--small`` or ``--no-batch``, as it takes minutes);
- a full clean of the ``--rows`` store alone: peak memory (target ≤ 1.5 GB) and seconds;
- an update of 10,000 rows (half revised events, half new) ingested into that store with the
  cleaned tables brought up to date, against the full clean (target ≤ 10 %);
- peak memory of the ``--large-rows`` ingest (target ≤ 3 GB), and of its clean (≤ 3 GB).

Usage: ``python benchmarks/run.py [--rows 1000000] [--large-rows 2500000]`` (``make bench``);
``--small`` is a smoke run of a few thousand rows and one kind of report (CI). No target is
ever asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import pandas as pd
import pyarrow as pa
from pyarrow import csv as pa_csv

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import DATA_DIR, DAYS  # noqa: E402

SMALL_STORE_ROWS = 1000
REPORT_SELECTION = 200  # events of the chosen admin1 and month, in the large store
READS = 3  # the read_csv baseline: the median of this many reads, each in its own process
BATCH_WHAT = "batch: 24 jobs, `--workers 2` vs `--workers 1`"


@dataclass
class Row:
    """One line of the table."""

    what: str
    value: str
    baseline: str
    ratio: float | None
    target: str
    met: bool | None

    def markdown(self) -> str:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        met = "" if self.met is None else ("met" if self.met else "**not met**")
        return f"| {self.what} | {self.value} | {self.baseline} | {ratio} | {self.target} | {met} |"


def stage(name: str, **args: object) -> dict:
    """Run one stage of :mod:`stages` in a fresh process; its JSON result."""
    result = subprocess.run(
        [sys.executable, str(HERE / "stages.py"), name, json.dumps(args, default=str)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"stage {name} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def report_selection(acled: Path) -> tuple[str, str, str]:
    """(admin1, first day, last day): the admin1 whose last-month count is nearest
    :data:`REPORT_SELECTION` in the large ACLED file."""
    table = pa_csv.read_csv(
        acled,
        convert_options=pa_csv.ConvertOptions(
            include_columns=["event_date", "admin1"], column_types={"event_date": pa.string()}
        ),
    ).to_pandas()
    month = table["event_date"].str.slice(3)
    last = month.iloc[month.map(_month_key).argmax()]
    counts = table.loc[month.eq(last), "admin1"].value_counts()
    admin1 = (counts - REPORT_SELECTION).abs().idxmin()
    first_day = pd.Timestamp(_month_key(last))
    end = first_day + pd.offsets.MonthEnd(0)
    return str(admin1), first_day.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")


def _month_key(text: str) -> str:
    """ "June 2025" → "2025-06-01"."""
    return pd.Timestamp("1 " + text).strftime("%Y-%m-%d")


def small_store_files(acled: Path, gtd: Path, admin1: str, folder: Path) -> list[Path]:
    """Two files of about :data:`SMALL_STORE_ROWS` rows: every row of the report's admin1
    (both sources) and filler from the start of the ACLED file."""
    out = []
    for path, column in ((acled, "admin1"), (gtd, "provstate")):
        table = pa_csv.read_csv(
            path, convert_options=pa_csv.ConvertOptions(strings_can_be_null=False)
        )
        frame = table.cast(pa.schema([(f.name, pa.string()) for f in table.schema])).to_pandas()
        chosen = frame[column].str.removesuffix(" Province").eq(admin1)
        keep = chosen.copy()
        if path == acled:
            room = max(SMALL_STORE_ROWS - int(chosen.sum()), 0)
            keep |= (~chosen).cumsum().le(room) & ~chosen
        target = folder / f"small_{path.name}"
        pa_csv.write_csv(pa.Table.from_pandas(frame[keep], preserve_index=False), target)
        out.append(target)
    return out


def machine() -> str:
    """CPU model, cores, RAM and library versions, for docs/benchmarks.md."""
    import os

    import duckdb

    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {ram:.0f} GB RAM; Python {platform.python_version()}, "
        f"pandas {pd.__version__}, duckdb {duckdb.__version__}"
    )


def batch_row(skip: bool) -> Row:
    """24 report jobs, ``--workers 1`` then ``--workers 2`` (:func:`batch.measure`)."""
    if skip:
        return Row(BATCH_WHAT, "not run (--small or --no-batch)", "", None, "≥ 1.7×", None)
    import batch

    one, two = batch.measure([1, 2])
    speedup = one["seconds"] / two["seconds"]
    return Row(
        BATCH_WHAT,
        f"{two['seconds']:.1f} s with 2 workers",
        f"1 worker {one['seconds']:.1f} s",
        speedup,
        "≥ 1.7×",
        speedup >= 1.7,
    )


def read_baseline(files: list[Path]) -> dict:
    """The read_csv stage run :data:`READS` times, each in its own process: the median of
    its seconds (plain and as text) and of its peak, and the plain reads' range as text.

    One read of a 433 MB file took 0.9 s in one run and 2.5 s in another on the same
    machine; the median of three, each in a fresh process, moves less with what else runs.
    """
    reads = [stage("read_csv", files=files) for _ in range(READS)]
    plain = sorted(r["plain_seconds"] for r in reads)
    return {
        "seconds": median(r["seconds"] for r in reads),
        "plain_seconds": median(plain),
        "plain_range": f"{plain[0]:.1f}–{plain[-1]:.1f} s",
        "peak_mb": median(r["peak_mb"] for r in reads),
        "rows": reads[0]["rows"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--large-rows", type=int, default=None, help="default 2.5 × --rows")
    parser.add_argument("--small", action="store_true", help="smoke run: 3,000 rows")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="where the tables go")
    parser.add_argument("--rowwise-limit", type=int, default=0, help="row-wise on N rows only")
    parser.add_argument("--no-batch", action="store_true", help="leave out the 24-job batch")
    args = parser.parse_args()
    if args.small:
        args.rows = 3000
    large_rows = args.large_rows or int(args.rows * 2.5)
    with tempfile.TemporaryDirectory(prefix="analysis-bench-") as work:  # stores: GBs
        return measure(args, large_rows, Path(work))


def measure(args: argparse.Namespace, large_rows: int, work: Path) -> int:
    """Every stage, one after another, then the table."""
    update_rows = min(10_000, args.rows // 10)
    made = stage("tables", rows=args.rows, folder=args.data, update_rows=update_rows)
    files, update_file = [Path(p) for p in made["files"]], Path(made["update"])
    large = [Path(p) for p in stage("tables", rows=large_rows, folder=args.data)["files"]]
    quarter_files = stage("tables", rows=args.rows // 4, folder=args.data)["files"]
    # the extra row: a quarter of the rows over a quarter of the days (the same density)
    dense_files = stage("tables", rows=args.rows // 4, folder=args.data, days=DAYS // 4)["files"]
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"{args.rows:,} rows ({size:,.0f} MB CSV); large store {large_rows:,} rows", flush=True)

    read = read_baseline(files)
    quarter = stage("ingest_clean", files=quarter_files, store=work / "q.duckdb")
    print(f"ingest+clean of a quarter: {quarter}", flush=True)
    dense = stage("ingest_clean", files=dense_files, store=work / "d.duckdb")
    print(f"ingest+clean of a quarter over a quarter of the days: {dense}", flush=True)
    ours = stage("ingest_clean", files=files, store=work / "bench.duckdb")
    print(f"ingest+clean: {ours}", flush=True)
    full = stage("clean", store=work / "bench.duckdb")
    print(f"full clean: {full}", flush=True)
    weekly = stage(
        "update",
        file=update_file,
        from_store=work / "bench.duckdb",
        store=work / "update.duckdb",
    )
    print(f"update: {weekly}", flush=True)
    rowwise = stage("rowwise", files=files, limit=args.rowwise_limit)
    if args.rowwise_limit:  # the cleaning extrapolated to every row of the file
        rowwise["clean_seconds"] *= rowwise["file_rows"] / rowwise["rows"]
        rowwise["seconds"] = rowwise["read_seconds"] + rowwise["clean_seconds"]
    vectorised = stage("vectorised", files=files)
    dups = stage("duplicates", store=work / "bench.duckdb")

    big = stage("ingest", files=large, store=work / "large.duckdb")
    print(f"large ingest: {big}", flush=True)
    big_clean = stage("clean", store=work / "large.duckdb")
    admin1, start, end = report_selection(large[0])
    small_files = small_store_files(large[0], large[1], admin1, work)
    stage("ingest_clean", files=small_files, store=work / "small.duckdb")
    params = {"admin1": admin1, "start": start, "end": end}
    kinds = ["timeline"] if args.small else None  # a smoke run renders one kind, not three
    pages = f"{len(kinds)} report" if kinds else "3 reports"
    report_large = stage(
        "reports", params=params, store=work / "large.duckdb", out=work / "L", kinds=kinds
    )
    report_small = stage(
        "reports", params=params, store=work / "small.duckdb", out=work / "S", kinds=kinds
    )
    floor = stage("empty_notebooks", out=work / "empty", kinds=kinds)

    n = ours["rows"]
    growth = ours["seconds"] / quarter["seconds"]
    rows = [
        Row(
            f"ingest + clean, {n:,} rows",
            f"{ours['seconds']:.1f} s ({n / ours['seconds']:,.0f} rows/s; ingest "
            f"{ours['ingest_seconds']:.1f} s, clean {ours['clean_seconds']:.1f} s), "
            f"peak {ours['peak_mb']:,.0f} MB",
            f"plain read_csv {read['plain_seconds']:.1f} s (median of {READS}: "
            f"{read['plain_range']}; as text {read['seconds']:.1f} s), "
            f"peak {read['peak_mb']:,.0f} MB",
            ours["seconds"] / read["plain_seconds"],
            "≤ 10× read_csv",
            ours["seconds"] / read["plain_seconds"] <= 10,
        ),
        Row(
            f"… growth: {n:,} rows against {quarter['rows']:,}",
            f"{ours['seconds']:.1f} s",
            f"{quarter['seconds']:.1f} s",
            growth,
            "≤ 4.5×",
            growth <= 4.5,
        ),
        Row(
            f"… extra, not the target: growth at constant density, {n:,} rows against "
            f"{dense['rows']:,} over a quarter of the days",
            f"{ours['seconds']:.1f} s",
            f"{dense['seconds']:.1f} s",
            ours["seconds"] / dense["seconds"],
            "(extra)",
            None,
        ),
        Row(
            f"full clean of the {n:,}-row store",
            f"{full['seconds']:.1f} s, peak {full['peak_mb']:,.0f} MB",
            "",
            None,
            "≤ 1,536 MB",
            full["peak_mb"] <= 1536,
        ),
        Row(
            f"update of {weekly['rows']:,} rows (half revised, half new) into it, "
            "ingest + cleaned tables updated",
            f"{weekly['seconds']:.1f} s (ingest {weekly['ingest_seconds']:.1f} s, "
            f"{weekly['changed']:,} changed events, {weekly['recleaned']:,} re-cleaned, "
            f"{weekly['mode']})",
            f"full clean {full['seconds']:.1f} s",
            weekly["seconds"] / full["seconds"],
            "≤ 0.10×",
            weekly["seconds"] / full["seconds"] <= 0.10,
        ),
        Row(
            "… vs a row-wise pandas cleaner",
            f"{ours['seconds']:.1f} s",
            f"row-wise {rowwise['seconds']:.1f} s"
            + (" (extrapolated)" if args.rowwise_limit else ""),
            rowwise["seconds"] / ours["seconds"],
            "≥ 20× faster",
            rowwise["seconds"] / ours["seconds"] >= 20,
        ),
        Row(
            "… the row-wise cleaner's own steps, vectorised (after read_csv)",
            f"{vectorised['clean_seconds']:.1f} s",
            f"row-wise {rowwise['clean_seconds']:.1f} s"
            + (" (extrapolated)" if args.rowwise_limit else ""),
            rowwise["clean_seconds"] / vectorised["clean_seconds"],
            "(same steps)",
            None,
        ),
        Row(
            f"duplicate linking, {dups['rows']:,} events",
            f"{dups['pairs'] / dups['rows']:.2f} candidate pairs/row "
            f"({dups['pairs']:,}), {dups['blocking_seconds'] + dups['seconds']:.1f} s",
            f"{dups['accepted']:,} links accepted",
            None,
            "≤ 10 pairs/row",
            dups["pairs"] / dups["rows"] <= 10,
        ),
        Row(
            f"{pages}, {admin1} {start[:7]}, {large_rows:,}-row store",
            f"{report_large['seconds']:.1f} s",
            f"{SMALL_STORE_ROWS:,}-row store {report_small['seconds']:.1f} s",
            report_large["seconds"] / report_small["seconds"],
            "≤ 1.24×",
            report_large["seconds"] / report_small["seconds"] <= 1.24,
        ),
        Row(
            f"… vs papermill + nbconvert of {pages.replace('report', 'empty notebook')}",
            f"{report_large['seconds']:.1f} s",
            f"floor {floor['seconds']:.1f} s",
            report_large["seconds"] / floor["seconds"],
            "(the floor)",
            None,
        ),
        Row(
            f"peak memory, ingest of {big['rows']:,} rows",
            f"{big['peak_mb']:,.0f} MB ({big['seconds']:.1f} s)",
            "",
            None,
            "≤ 3,072 MB",
            big["peak_mb"] <= 3072,
        ),
        Row(
            f"peak memory, clean of {big['rows']:,} rows",
            f"{big_clean['peak_mb']:,.0f} MB ({big_clean['seconds']:.1f} s)",
            "",
            None,
            "≤ 3,072 MB",
            big_clean["peak_mb"] <= 3072,
        ),
    ]
    print()
    print(f"Machine: {machine()}")
    print()
    print("| measure | value | baseline | ratio | target | |")
    print("|---|---|---|---|---|---|")
    for row in rows[:-2]:
        print(row.markdown())
    print(batch_row(skip=args.small or args.no_batch).markdown())
    for row in rows[-2:]:
        print(row.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
