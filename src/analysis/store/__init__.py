"""The embedded DuckDB event store and the ingest command built on it.

>>> from analysis.store import EventStore, ingest_files
>>> EventStore.__name__
'EventStore'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from analysis.sources import read_source_parts
from analysis.sources.mapping import Mapping
from analysis.store.eventstore import EventStore
from analysis.store.prefetch import prefetch
from analysis.store.report import IngestReport

__all__ = ["EventStore", "IngestReport", "ingest_files"]


def ingest_files(
    store_path: str | Path,
    files: Sequence[str | Path],
    source: str = "auto",
    mapping: str | Path | Mapping | None = None,
    sheet: str | None = None,
    progress: Callable[[Path, int], None] | None = None,
) -> list[IngestReport]:
    """Read each file and merge it into the store, all in ONE transaction.

    A failure (bad input, a killed process) leaves the store exactly as it was. Returns one
    report per file; ``sum`` them for the command's totals. A large ACLED file is parsed
    one part ahead of the writes, in a thread (:func:`~analysis.store.prefetch.prefetch`).
    """
    loaded = Mapping.load(mapping) if isinstance(mapping, str | Path) else mapping
    reports = []
    with EventStore(store_path) as store, store.transaction() as batch:
        for file in map(Path, files):
            tick = (lambda n, f=file: progress(f, n)) if progress else None
            parts = read_source_parts(
                file, source=source, mapping=loaded, sheet=sheet, progress=tick
            )
            # the next part is parsed while this one is written
            reports.append(store.write_parts(prefetch(parts), batch, file, source))
    return reports
