"""One batch: load the manifest, plan, render what changed in parallel, update the catalog.

The summary :func:`run_batch` returns is what ``analysis batch --json`` prints::

    {"as_of": "2024-09-02", "manifest": ..., "store": ..., "out": ..., "runner": "local",
     "workers": 2, "jobs": [{"job", "kind", "region", "status", "seconds", "attempts",
     "output", "error", "retried"}, ...], "rendered": n, "skipped": n, "failed": n,
     "seconds": s, "finished": "2024-09-02T06:00:41Z"}

``status`` is rendered, skipped, failed or timeout; ``failed`` counts failed and timed-out
jobs. ``retried`` lists the attempts that were tried again, each ``{"attempt", "status",
"error", "kernel_start"}`` (:func:`analysis.batch.executors.run_job`). Only one batch at a
time writes to a folder (a lock file, ``.batch.lock``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from analysis.batch.executors import run_dask, run_local
from analysis.batch.manifest import Manifest, load_manifest
from analysis.batch.plan import Planned, plan_jobs
from analysis.batch.state import BatchState
from analysis.errors import UserError
from analysis.paths import default_store
from analysis.reports.catalog import write_index
from analysis.store import DATA_SUFFIXES
from analysis.store.queries import store_places, store_version
from analysis.tempfolders import remove_stale_folders

LOCK_FILE = ".batch.lock"
Done = Callable[[dict], None]


@contextlib.contextmanager
def folder_lock(out: Path) -> Iterator[Path]:
    """Hold ``out/.batch.lock`` for the batch; a second batch on the same folder stops.

    >>> import tempfile
    >>> with folder_lock(Path(tempfile.mkdtemp())) as lock:
    ...     lock.name
    '.batch.lock'
    """
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_FILE
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(f"{out}: another batch is writing to this folder") from None
        try:
            yield path
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def resolve_paths(manifest: Manifest, store: Path | None, out: Path | None) -> tuple[Path, Path]:
    """The store and output folder: the command's options, else the manifest's, else the
    defaults (``$ANALYSIS_STORE`` or ``data/events.duckdb``; ``reports``), as absolute paths
    without ``..`` (a manifest's ``out: ../reports`` is the folder beside the manifest's),
    so that the summary and the catalog name each report by one plain path.

    >>> m = Manifest(Path("jobs/m.yaml"), [], store=Path("jobs/../s.duckdb"))
    >>> store, out = resolve_paths(m, None, None)
    >>> store == Path.cwd().resolve() / "s.duckdb", out == Path.cwd().resolve() / "reports"
    (True, True)
    """
    return (
        Path(store or manifest.store or default_store()).expanduser().resolve(),
        Path(out or manifest.out or "reports").expanduser().resolve(),
    )


def run_batch(
    manifest: Manifest | str | Path,
    store: Path | None = None,
    out: Path | None = None,
    as_of: date | None = None,
    workers: int | None = None,
    dask_address: str | None = None,
    force: bool = False,
    done: Done | None = None,
) -> dict:
    """Run every job of ``manifest``; ``done`` is called with each job's entry as it ends
    (skipped and unrunnable jobs first). Returns the summary (module docstring)."""
    started = time.monotonic()
    if not isinstance(manifest, Manifest):
        manifest = load_manifest(manifest, store=store)
    store, out = resolve_paths(manifest, store, out)
    if store.suffix.lower() in DATA_SUFFIXES:
        raise UserError(f"{store}: a batch reads an event store; ingest and clean this file first")
    store_places(store)  # a missing or uncleaned store stops the batch here
    remove_stale_folders()  # what killed jobs of earlier batches left in the temp folder
    as_of = as_of or date.today()
    workers = workers or os.cpu_count() or 1
    with folder_lock(out):
        state = BatchState.load(out)
        # the store's data version, once for the batch: the plan's fingerprints, each job's
        # page and the index's "current" marks all use it
        version = store_version(store)
        planned = plan_jobs(manifest.jobs, store, state, as_of, force, data_version=version)
        entries: dict[int, dict] = {}
        for i, item in enumerate(planned):
            if item.status is not None:
                entries[i] = _entry(item, out, {"status": item.status, "error": item.error})
                if done:
                    done(entries[i])
        todo = [i for i, item in enumerate(planned) if item.status is None]
        specs = [planned[i].spec(store, out, as_of, version) for i in todo]
        by_job = {planned[i].job.name: i for i in todo}

        def finished(result: dict) -> None:
            i = by_job[str(result["job"])]
            item = planned[i]
            if result["status"] == "rendered" and not (out / str(item.output)).is_file():
                result = result | {"status": "failed", "error": "no report was written"}
            if result["status"] == "rendered":
                state.record(str(item.output), str(item.fingerprint), item.job.name)
                state.save()  # a batch stopped half-way keeps what it rendered
            entries[i] = _entry(item, out, result)
            if done:
                done(entries[i])

        if specs and dask_address:
            run_dask(specs, dask_address, finished)
        elif specs:
            run_local(specs, workers, finished)
        state.save()
        jobs = [entries[i] for i in range(len(planned))]
        summary = {
            "as_of": as_of.isoformat(),
            "manifest": str(manifest.path.resolve()),
            "store": str(store),
            "out": str(out),
            "runner": "dask" if dask_address else "local",
            "workers": None if dask_address else workers,
            "dask_address": dask_address,
            "jobs": jobs,
            "rendered": sum(j["status"] == "rendered" for j in jobs),
            "skipped": sum(j["status"] == "skipped" for j in jobs),
            "failed": sum(j["status"] in ("failed", "timeout") for j in jobs),
            "seconds": round(time.monotonic() - started, 2),
            "finished": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        write_index(out, batch=summary, data_version=version)
    return summary


def _entry(item: Planned, out: Path, result: dict) -> dict:
    status = str(result["status"])
    written = status in ("rendered", "skipped") and item.output
    return {
        "job": item.job.name,
        "kind": item.job.kind,
        "region": item.region,
        "status": status,
        "seconds": float(result.get("seconds") or 0.0),
        "attempts": int(result.get("attempts") or 0),
        "output": str(out / str(item.output)) if written else None,
        "error": result.get("error") or None,
        "retried": list(result.get("retried") or []),
    }
