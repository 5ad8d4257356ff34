"""Where files live: what ships inside the package, and the user's own store.

The package carries its report notebooks (``analysis/notebooks``), the bundled samples
(``analysis/samples``) and the reference tables (:mod:`analysis.reference`); they are found
with ``importlib.resources``, so a wheel installed anywhere works like a clone. The only
paths that depend on the current folder are the user's: the event store, reports and batch
manifests. Environment variables override each location.

>>> (notebooks_dir() / "timeline.ipynb").is_file(), (samples_dir() / "gtd_sample.csv").is_file()
(True, True)
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from analysis.reference import REFERENCE_ENV, reference_dir  # noqa: F401  (its former home)

STORE_ENV = "ANALYSIS_STORE"
DEFAULT_STORE = Path("data") / "events.duckdb"
NOTEBOOKS_ENV = "ANALYSIS_NOTEBOOKS"
DEMO_STORE_ENV = "ANALYSIS_DEMO_STORE"
CACHE_ENV = "ANALYSIS_CACHE_DIR"


def package_dir(name: str) -> Path:
    """A folder shipped inside the package (``notebooks``, ``samples``).

    >>> package_dir("samples").name
    'samples'
    """
    return Path(str(files("analysis") / name))


def notebooks_dir() -> Path:
    """The report notebooks: ``$ANALYSIS_NOTEBOOKS`` if set, else the package's own."""
    return Path(os.environ.get(NOTEBOOKS_ENV) or package_dir("notebooks"))


def samples_dir() -> Path:
    """The bundled samples (ACLED, UCDP GED, GTD extracts, the seed table, a manifest)."""
    return package_dir("samples")


def default_store() -> Path:
    """The event store used when no ``--store`` is given: ``$ANALYSIS_STORE`` or
    ``data/events.duckdb`` under the current folder.

    >>> default_store() == Path(os.environ.get(STORE_ENV) or "data/events.duckdb")
    True
    """
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def default_demo_store() -> Path:
    """Where :func:`analysis.explore.demo_store` keeps the demo store: ``$ANALYSIS_DEMO_STORE``,
    else ``analysis/demo.duckdb`` in the user's cache folder (``$XDG_CACHE_HOME`` or
    ``~/.cache``) — never inside the package.

    >>> default_demo_store().suffix
    '.duckdb'
    """
    if os.environ.get(DEMO_STORE_ENV):
        return Path(os.environ[DEMO_STORE_ENV])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "analysis" / "demo.duckdb"


def cache_dir() -> Path:
    """Where derived reference data is kept between runs (GeoNames places by country):
    ``$ANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/analysis``, else ``~/.cache/analysis``.
    Deleting it costs only time.

    >>> cache_dir().name
    'analysis'
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "analysis"
