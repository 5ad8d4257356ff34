"""From manifest jobs to what must run: parameters checked against the store, windows
resolved on the ``as_of`` day, output names filled in, unchanged jobs marked skipped.

A job whose parameters do not fit the store (a region it has no events for, say) is not a
manifest mistake: it is planned as failed, with the reason, and the other jobs still run.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis.batch.manifest import Job
from analysis.batch.state import BatchState, fingerprint
from analysis.errors import UserError
from analysis.paths import notebooks_dir
from analysis.reports.params import name_slug, region_name, region_slug
from analysis.reports.render import check_params
from analysis.store.queries import store_version


@dataclass
class Planned:
    """One job, ready to run (``status`` None) or already decided (skipped or failed)."""

    job: Job
    region: str
    output: str | None = None  # the file name in the output folder
    fingerprint: str | None = None
    status: str | None = None
    error: str | None = None

    def spec(self, store: Path, out: Path, as_of: date, data_version: str | None = None) -> dict:
        """The JSON-able spec :func:`analysis.batch.executors.run_job` runs; ``data_version``
        is the store's, as the batch computed it once (the job then does not compute it).

        >>> job = Job("w", "timeline", {"admin1": "Sindh"}, 1)
        >>> Planned(job, "Sindh", "t.html").spec(Path("/s.duckdb"), Path("/r"), date(2024, 9, 2),
        ...                                      "a1b2")  # doctest: +NORMALIZE_WHITESPACE
        {'job': 'w', 'kind': 'timeline', 'params': {'admin1': 'Sindh'}, 'store': '/s.duckdb',
         'target': '/r/t.html', 'notebook': None, 'as_of': '2024-09-02', 'timeout': 600.0,
         'retries': 0, 'data_version': 'a1b2'}
        """
        job = self.job
        return {
            "job": job.name,
            "kind": job.kind,
            "params": job.params,
            "store": str(Path(store).resolve()),
            "target": str((Path(out) / str(self.output)).resolve()),
            "notebook": str(Path(job.notebook).resolve()) if job.notebook else None,
            "as_of": as_of.isoformat(),
            "timeout": job.timeout,
            "retries": job.retries,
            "data_version": data_version,
        }


def raw_region(params: dict[str, str]) -> str:
    """The region a job's raw parameters name (before they are checked).

    >>> raw_region({"country": "Pakistan"}), raw_region({})
    ('Pakistan', 'all regions')
    >>> raw_region({"country": "Cameroon", "admin1": "Nord"})
    'Nord (Cameroon)'
    >>> raw_region({"admin2": "Soum"})
    'Soum'
    """
    admin1 = str(params.get("admin1") or "").strip()
    admin2 = str(params.get("admin2") or "").strip()
    country = str(params.get("country") or "").strip() or None
    return region_name(country, (admin1,) if admin1 else (), (admin2,) if admin2 else ())


def plan_jobs(
    jobs: list[Job],
    store: Path,
    state: BatchState,
    as_of: date,
    force: bool = False,
    data_version: str | None = None,
) -> list[Planned]:
    """Check each job against ``store``, name its output and decide whether it must run;
    ``data_version`` is the store's (:func:`~analysis.store.queries.store_version`) when
    the caller has it, else it is computed here."""
    version = store_version(store) if data_version is None else data_version
    planned: list[Planned] = []
    owners: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="analysis-batch-") as tmp:
        for job in jobs:
            item = Planned(job, raw_region(job.params))
            planned.append(item)
            try:
                _, parsed = check_params([job.kind], job.params, store, Path(tmp), as_of)
            except UserError as exc:
                item.status, item.error = "failed", str(exc)
                continue
            params = parsed[job.kind]
            item.region = params.region
            item.output = job.output.format(
                kind=job.kind,
                region=region_slug(params),
                start=params.start.isoformat(),
                end=params.end.isoformat(),
                name=name_slug(job.name),
                as_of=as_of.isoformat(),
            )
            if item.output in owners:
                item.status = "failed"
                item.error = f"writes {item.output}, as job {owners[item.output]} does"
                continue
            owners[item.output] = job.name
            notebook = Path(job.notebook or notebooks_dir() / f"{job.kind}.ipynb")
            if not notebook.is_file():
                item.status, item.error = "failed", f"{notebook}: report notebook not found"
                continue
            item.fingerprint = fingerprint(
                version, job.kind, params.to_notebook(), notebook.read_bytes()
            )
            if not force and state.unchanged(item.output, item.fingerprint):
                item.status = "skipped"
    return planned
