"""Scheduled report generation: a YAML manifest of report jobs rendered in parallel.

``analysis batch MANIFEST`` (:mod:`analysis.cli`) loads the manifest
(:mod:`~analysis.batch.manifest`), checks each job against the store and skips the ones
whose inputs have not changed (:mod:`~analysis.batch.plan`, :mod:`~analysis.batch.state`),
renders the others on local processes or a Dask cluster with a timeout and retries per job
(:mod:`~analysis.batch.executors`, :mod:`~analysis.batch.child`), and rewrites the folder's
``index.html`` and ``catalog.json`` (:mod:`analysis.reports.catalog`).

>>> from analysis.batch import load_manifest, run_batch
>>> callable(run_batch)
True
"""

from __future__ import annotations

from analysis.batch.manifest import Job, Manifest, load_manifest
from analysis.batch.orchestrator import run_batch

__all__ = ["Job", "Manifest", "load_manifest", "run_batch"]
