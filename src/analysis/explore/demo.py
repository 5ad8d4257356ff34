"""The demo store: the bundled samples (``analysis/samples``), ingested and cleaned.

``make demo`` builds the same store with the ``analysis`` command; notebooks and tests call
:func:`demo_store`, which builds it only when it is missing or stale. It is kept in the
user's cache folder (:func:`analysis.paths.default_demo_store`), never in the package.
"""

from __future__ import annotations

from pathlib import Path

from analysis.paths import default_demo_store, samples_dir
from analysis.reference import reference_dir

SAMPLE = samples_dir()
SEED_MAPPING = SAMPLE / "seed_balochistan.yaml"
SEED_EVENTS = SAMPLE / "seed_balochistan_events.csv"
SOURCE_FILES = ("acled_pakistan_sample.csv", "ucdp_ged_sample.csv", "gtd_sample.csv")


def demo_store(path: str | Path | None = None, rebuild: bool = False) -> Path:
    """The cleaned demo store at ``path`` (default :func:`~analysis.paths.default_demo_store`),
    built from the bundled samples when it is missing, older than the samples or the
    package's code, or ``rebuild`` is true: the seed table, then the ACLED, UCDP and GTD
    samples, then ``analysis clean``. Returns the path.

    >>> store = demo_store()
    >>> store.name, store.is_file()
    ('demo.duckdb', True)
    """
    from analysis.store import EventStore, ingest_files
    from analysis.store.cleaned import clean_store

    path = Path(path) if path is not None else default_demo_store()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not rebuild and path.stat().st_mtime >= _newest_input():
        return path
    building = path.with_name(f"{path.stem}.building.duckdb")  # never used half-built
    for stale in (building, building.with_name(building.name + ".wal")):
        stale.unlink(missing_ok=True)
    ingest_files(building, [SEED_EVENTS], source="generic", mapping=SEED_MAPPING)
    ingest_files(building, [SAMPLE / name for name in SOURCE_FILES])
    with EventStore(building) as store:
        clean_store(store)
    path.with_name(path.name + ".wal").unlink(missing_ok=True)
    building.replace(path)
    return path


def _newest_input() -> float:
    """The latest modification time of the samples and the package's code."""
    code = Path(__file__).resolve().parents[1]
    reference = reference_dir()
    files = [*SAMPLE.iterdir(), *reference.iterdir(), *code.rglob("*.py")]
    return max(f.stat().st_mtime for f in files)
