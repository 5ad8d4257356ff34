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

import contextlib
import os
import shutil
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


CACHE_VERSIONS_KEPT = 2


def mark_used(entry: Path) -> None:
    """Note that a cache entry (a file or a folder of :func:`cache_dir`) was just read, so
    :func:`prune_cache` counts it as recently used; nothing happens when it cannot be marked.

    >>> import tempfile
    >>> entry = Path(tempfile.mkdtemp()) / "a.parquet"
    >>> _ = entry.write_text("x"); os.utime(entry, (0, 0)); mark_used(entry)
    >>> entry.stat().st_mtime > 0
    True
    """
    with contextlib.suppress(OSError):
        os.utime(entry)


def prune_cache(kept: Path, pattern: str, keep: int = CACHE_VERSIONS_KEPT) -> list[Path]:
    """Delete the older versions of a cache entry: the entries of ``kept``'s folder that match
    the glob ``pattern`` (files or folders: the same cache built from other data, code or
    library versions), all but the ``keep`` most recently used (written, or marked by
    :func:`mark_used`); ``kept`` itself always stays. Two versions are kept so that two
    installs sharing one cache folder do not rebuild in turn. What cannot be deleted stays.
    Returns what was deleted.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for age, name in enumerate(["t-new.pickle", "t-mid.pickle", "t-old.pickle", "u.pickle"]):
    ...     _ = (folder / name).write_text("x"); os.utime(folder / name, (1e9 - age, 1e9 - age))
    >>> [p.name for p in prune_cache(folder / "t-old.pickle", "t-*.pickle")]
    ['t-mid.pickle']
    >>> sorted(p.name for p in folder.iterdir())
    ['t-new.pickle', 't-old.pickle', 'u.pickle']
    """
    kept = Path(kept)

    def last_used(entry: Path) -> float:
        try:
            return entry.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted(
        (p for p in kept.parent.glob(pattern) if p != kept and not p.name.endswith(".tmp")),
        key=last_used,
        reverse=True,
    )
    deleted = []
    for entry in others[max(keep - 1, 0) :]:
        try:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue
        deleted.append(entry)
    return deleted
