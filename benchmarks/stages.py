"""One benchmark stage per process: ``python benchmarks/stages.py <stage> '<json args>'``.

Each stage prints one JSON line: ``seconds`` (the timed part only), ``peak_mb`` (this
process's maximum resident set, so each stage's memory is its own) and stage-specific
figures. :mod:`run` starts them one after another.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPORT_KINDS = ["timeline", "casualties", "actors"]


def tables(args: dict) -> dict:
    """Generate (or find) the input tables, here rather than in :mod:`run`: Linux carries a
    process's peak memory over into the stages it starts, so the parent stays small.
    ``days``: the events over the first so many days only (default all of them)."""
    from generate import DAYS, write_tables, write_update

    made = write_tables(args["rows"], Path(args["folder"]), days=args.get("days", DAYS))
    files = [str(p) for p in made]
    out = {"seconds": 0.0, "files": files}
    if args.get("update_rows"):
        out["update"] = str(write_update(Path(files[0]), args["update_rows"]))
    return out


def read_csv(args: dict) -> dict:
    """The floor: ``pandas.read_csv(dtype=str)`` of the input files (every cell as text,
    as a cleaner must see it); ``plain_seconds``: ``read_csv`` with its defaults (types
    inferred, blanks and "NA" read as missing)."""
    import pandas as pd

    start = time.perf_counter()
    rows = sum(len(pd.read_csv(p, dtype=str, keep_default_na=False)) for p in args["files"])
    text = time.perf_counter()
    for path in args["files"]:
        pd.read_csv(path)
    plain = time.perf_counter()
    return {"seconds": text - start, "plain_seconds": plain - text, "rows": rows}


def rowwise(args: dict) -> dict:
    """The comparison: read_csv, then the row-by-row cleaner of :mod:`rowwise`."""
    import pandas as pd
    from rowwise import clean_rows

    start = time.perf_counter()
    frame = pd.read_csv(args["files"][0], dtype=str, keep_default_na=False)
    read = time.perf_counter()
    file_rows = len(frame)
    if args.get("limit"):
        frame = frame.iloc[: args["limit"]]
    cleaned = clean_rows(frame)
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "read_seconds": read - start,
        "clean_seconds": end - read,
        "rows": len(cleaned),
        "file_rows": file_rows,
    }


def vectorised(args: dict) -> dict:
    """The row-wise cleaner's steps through the library's vectorised functions
    (:func:`rowwise.clean_vectorised`), after the same read_csv."""
    import pandas as pd
    from rowwise import clean_vectorised

    start = time.perf_counter()
    frame = pd.read_csv(args["files"][0], dtype=str, keep_default_na=False)
    read = time.perf_counter()
    cleaned = clean_vectorised(frame)
    end = time.perf_counter()
    return {"seconds": end - start, "clean_seconds": end - read, "rows": len(cleaned)}


def ingest(args: dict) -> dict:
    """``ingest_files`` into a new store (no cleaning)."""
    from analysis.store import ingest_files

    Path(args["store"]).unlink(missing_ok=True)
    start = time.perf_counter()
    reports = ingest_files(args["store"], args["files"])
    return {"seconds": time.perf_counter() - start, "rows": sum(r.rows_read for r in reports)}


def ingest_clean(args: dict) -> dict:
    """``ingest_files`` into a new store, then ``clean_store``: what an analyst runs."""
    from analysis.store import EventStore, ingest_files
    from analysis.store.cleaned import clean_store

    Path(args["store"]).unlink(missing_ok=True)
    start = time.perf_counter()
    reports = ingest_files(args["store"], args["files"])
    ingested = time.perf_counter()
    with EventStore(args["store"]) as store:
        summary = clean_store(store)
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "ingest_seconds": ingested - start,
        "clean_seconds": end - ingested,
        "rows": sum(r.rows_read for r in reports),
        "events": summary["events"],
        "duplicate_links": summary["duplicate_links"],
    }


def clean(args: dict) -> dict:
    """``clean_store`` on an ingested store."""
    from analysis.store import EventStore
    from analysis.store.cleaned import clean_store

    start = time.perf_counter()
    with EventStore(args["store"]) as store:
        summary = clean_store(store)
    return {"seconds": time.perf_counter() - start, "events": summary["events"]}


def update(args: dict) -> dict:
    """An update file ingested into a copy of a cleaned store, the cleaned tables brought up
    to date (what ``analysis ingest`` does): only the changed events and their
    neighbourhood are re-cleaned."""
    import shutil

    from analysis.store import EventStore, ingest_files
    from analysis.store.cleaned import update_clean

    shutil.copy(args["from_store"], args["store"])
    # the copy written to disk before the clock starts: otherwise the update's first
    # checkpoint waits for the whole copied store (hundreds of MB) to reach the disk
    with open(args["store"], "rb+") as copied:
        os.fsync(copied.fileno())
    start, cpu_start = time.perf_counter(), time.process_time()
    (report,) = ingest_files(args["store"], [args["file"]])
    ingested, cpu_ingested = time.perf_counter(), time.process_time()
    with EventStore(args["store"]) as store:
        summary = update_clean(store)
    end, cpu_end = time.perf_counter(), time.process_time()
    Path(args["store"]).unlink()
    return {
        "seconds": end - start,
        "ingest_seconds": ingested - start,
        "clean_seconds": end - ingested,
        # CPU of the process (DuckDB's threads included), steadier than the wall clock on
        # a shared machine
        "cpu_seconds": cpu_end - cpu_start,
        "ingest_cpu_seconds": cpu_ingested - cpu_start,
        "rows": report.rows_read,
        "mode": summary["mode"],
        "changed": summary.get("changed", 0),
        "recleaned": summary.get("recleaned", 0),
    }


def duplicates(args: dict) -> dict:
    """Duplicate linking alone on the store's events (after places and actors, as in clean)."""
    from analysis.clean.actors import normalise_actors
    from analysis.clean.duplicates import candidate_pairs, link_duplicates
    from analysis.clean.places import normalise_places
    from analysis.store import EventStore

    with EventStore(args["store"], read_only=True) as store:
        events = store.events()
        casualties = store.casualties()
    named, _, _ = normalise_actors(normalise_places(events)[0])
    start = time.perf_counter()
    pairs = candidate_pairs(named)
    blocked = time.perf_counter()
    _, scored = link_duplicates(named, casualties)
    end = time.perf_counter()
    return {
        "seconds": end - blocked,
        "blocking_seconds": blocked - start,
        "rows": len(named),
        "pairs": len(pairs),
        "accepted": int(scored["accepted"].sum()),
    }


def reports(args: dict) -> dict:
    """Render the reports (``kinds``, default all three) for one admin1 and period from a
    cleaned store."""
    from analysis.reports.render import render_reports

    kinds = args.get("kinds") or REPORT_KINDS
    start = time.perf_counter()
    paths = render_reports(kinds, args["params"], Path(args["store"]), Path(args["out"]))
    return {"seconds": time.perf_counter() - start, "pages": len(paths)}


def empty_notebooks(args: dict) -> dict:
    """The floor of a report: papermill + nbconvert of an empty notebook, once per kind of
    ``kinds`` (default all three)."""
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    from analysis.reports.render import private_kernel

    folder = Path(args["out"])
    folder.mkdir(parents=True, exist_ok=True)
    notebook = folder / "empty.ipynb"
    empty = nbformat.v4.new_notebook()
    empty.cells = [nbformat.v4.new_code_cell("# parameters", metadata={"tags": ["parameters"]})]
    empty.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    empty.metadata["language_info"] = {"name": "python"}
    nbformat.write(empty, notebook)
    kinds = args.get("kinds") or REPORT_KINDS
    start = time.perf_counter()
    with private_kernel(folder):
        for kind in kinds:
            executed = folder / f"empty_{kind}.ipynb"
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters={"admin1": "x"},
                kernel_name="python3",
                progress_bar=False,
                log_output=False,
                cwd=str(folder),
            )
            body, _ = HTMLExporter(template_name="basic").from_notebook_node(
                nbformat.read(executed, as_version=4)
            )
            (folder / f"empty_{kind}.html").write_text(body, encoding="utf-8")
    return {"seconds": time.perf_counter() - start, "pages": len(kinds)}


STAGES: dict[str, Callable[[dict], dict]] = {
    "tables": tables,
    "read_csv": read_csv,
    "rowwise": rowwise,
    "vectorised": vectorised,
    "ingest": ingest,
    "ingest_clean": ingest_clean,
    "clean": clean,
    "duplicates": duplicates,
    "update": update,
    "reports": reports,
    "empty_notebooks": empty_notebooks,
}


def main() -> int:
    stage, args = sys.argv[1], json.loads(sys.argv[2])
    result = STAGES[stage](args)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
