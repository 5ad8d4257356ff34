"""Where the project's files live: bundled reference data, the default store, reports.

The package is installed in editable mode from a clone, so the bundled ``data/`` folder
sits two levels above ``src/analysis``. Environment variables override each location.

>>> reference_dir().name
'reference'
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
STORE_ENV = "ANALYSIS_STORE"
DEFAULT_STORE = Path("data") / "events.duckdb"
REFERENCE_ENV = "ANALYSIS_REFERENCE_DIR"
CACHE_ENV = "ANALYSIS_CACHE_DIR"


def reference_dir() -> Path:
    """The folder with the bundled reference tables (``$ANALYSIS_REFERENCE_DIR`` if set).

    >>> (reference_dir() / "event_types.csv").is_file()
    True
    """
    return Path(os.environ.get(REFERENCE_ENV) or PROJECT_ROOT / "data" / "reference")


def default_store() -> Path:
    """The event store used when no ``--store`` is given: ``$ANALYSIS_STORE`` or
    ``data/events.duckdb`` under the current folder.

    >>> default_store().name
    'events.duckdb'
    """
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


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
