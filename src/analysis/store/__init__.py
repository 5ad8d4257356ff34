"""The embedded DuckDB event store and the ingest command built on it.

>>> from analysis.store import EventStore, ingest_files
>>> EventStore.__name__
'EventStore'
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from analysis.errors import UserError
from analysis.readahead import prefetch
from analysis.sources import NotStreamable, read_source_parts
from analysis.sources.archives import ARCHIVE_SUFFIXES, InputFile, is_archive, unpack
from analysis.sources.mapping import Mapping
from analysis.store.eventstore import EventStore, check_folder, hashed
from analysis.store.ingest_report import IngestReport
from analysis.tempfolders import process_folder, remove_stale_folders, temporary_folder

__all__ = [
    "DATA_SUFFIXES",
    "EventStore",
    "IngestReport",
    "check_folder",
    "ingest_files",
    "prepare_store",
]

# Files a report or notebook may be pointed at instead of a store: ingested and cleaned first.
DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", *ARCHIVE_SUFFIXES)


def ingest_files(
    store_path: str | Path,
    files: Sequence[str | Path],
    source: str = "auto",
    mapping: str | Path | Mapping | None = None,
    sheet: str | None = None,
    progress: Callable[[Path, int], None] | None = None,
    create: bool = False,
) -> list[IngestReport]:
    """Read each file and merge it into the store, all in ONE transaction.

    A new store is made in an existing folder; a store path in a folder that does not exist
    is taken for a typo and refused (:class:`~analysis.errors.UserError`, nothing written)
    unless ``create``, which makes the folders, as ``analysis ingest --create`` does.

    A streamed file found part-way through to need reading whole (a record that is not
    UTF-8 or has the wrong width) makes the ingest start again, that file read whole.

    An archive (``.zip``, ``.gz``: :mod:`analysis.sources.archives`) is unpacked into a
    private folder beside the store, removed afterwards, and each table it holds is read as
    a file named ``<archive> [<member>]``.

    A failure (bad input, a killed process) leaves the store exactly as it was. Returns one
    report per file; ``sum`` them for the command's totals. A large ACLED file is parsed
    one part ahead of the writes, in a thread (:func:`~analysis.readahead.prefetch`).

    >>> import tempfile
    >>> ingest_files(Path(tempfile.mkdtemp()) / "typo" / "s.duckdb", [])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: .../typo/s.duckdb: no store there, and no folder .../typo; ...
    """
    loaded = Mapping.load(mapping) if isinstance(mapping, str | Path) else mapping
    check_folder(store_path, create)  # a mistyped store, before any archive is unpacked
    created = _missing_paths(Path(store_path))
    whole: set[Path] = set()  # files found part-way through not to be streamable
    try:
        with _unpacked(files, Path(store_path)) as inputs:
            while True:
                try:
                    return _ingest(
                        store_path, inputs, source, loaded, sheet, progress, whole, create
                    )
                except NotStreamable as exc:
                    if exc.path in whole:
                        raise
                    # the transaction was rolled back: ingest again, that file read whole
                    whole.add(exc.path)
    except BaseException:
        _remove(created)  # a rejected first ingest leaves no new store file behind
        raise


@contextlib.contextmanager
def _unpacked(files: Sequence[str | Path], store: Path) -> Iterator[list[InputFile]]:
    """The files to read: each file as given, an archive's tables in its place, unpacked
    into a private folder beside the store (the nearest folder that exists) that is removed
    on every way out; the archive's warnings go with its first table."""
    if not any(is_archive(file) for file in files):
        yield [InputFile.given(file) for file in files]
        return
    beside = store.absolute().parent
    while not beside.exists():
        beside = beside.parent
    remove_stale_folders(beside)  # left by an ingest that was killed
    with temporary_folder(beside) as folder:
        inputs = []
        for number, file in enumerate(files):
            if not is_archive(file):
                inputs.append(InputFile.given(file))
                continue
            tables, warnings = unpack(file, folder / f"{number:04d}")
            first = tables[0]
            inputs += [InputFile(first.name, first.path, tuple(warnings)), *tables[1:]]
        yield inputs


def _ingest(
    store_path: str | Path,
    inputs: list[InputFile],
    source: str,
    mapping: Mapping | None,
    sheet: str | None,
    progress: Callable[[Path, int], None] | None,
    whole: set[Path],
    create: bool,
) -> list[IngestReport]:
    reports = []
    with EventStore(store_path, create=create) as store, store.transaction() as batch:
        hasher = store.con.cursor()  # a connection of its own, for the read-ahead thread
        try:
            for file in inputs:
                shown = Path(file.name)
                tick = (lambda n, f=shown: progress(f, n)) if progress else None
                with file.messages():
                    parts = read_source_parts(
                        file.path, source, mapping, sheet, tick, stream=file.path not in whole
                    )
                    # the next part is parsed and hashed while this one is written
                    ready = (hashed(hasher, file.shown(parsed)) for parsed in parts)
                    report = store.write_parts(prefetch(ready), batch, shown, source, file.path)
                report.warnings = [*file.warnings, *report.warnings]
                reports.append(report)
        finally:
            hasher.close()
    return reports


def _missing_paths(store: Path) -> list[Path]:
    """The store file, its DuckDB companions and the folders above it that do not exist
    yet (deepest first): what a failed ingest must remove again. An existing store is left
    to DuckDB (its rollback restores it); only a spill folder it did not have goes."""
    spill = store.with_name(store.name + ".tmp")
    if store.exists():
        return [] if spill.exists() else [spill]
    missing = [p for p in (store, store.with_name(store.name + ".wal"), spill) if not p.exists()]
    folder = store.parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove(paths: list[Path]) -> None:
    """Remove files and (empty) folders that an ingest created."""
    for path in paths:
        if path.is_dir() and path.suffix == ".tmp":
            shutil.rmtree(path, ignore_errors=True)
        elif path.is_dir():
            with contextlib.suppress(OSError):  # not empty: something else wrote there
                path.rmdir()
        elif path.exists():
            path.unlink()


def prepare_store(path: str | Path, workdir: Path | None = None) -> Path:
    """The store to read: ``path`` itself, or for a data file (ACLED/UCDP/GTD layout) a
    temporary store it is ingested and cleaned into."""
    path = Path(path)
    if path.suffix.lower() not in DATA_SUFFIXES:
        if not path.exists():
            raise UserError(f"{path}: no event store here; run `analysis ingest` first")
        return path
    if not path.is_file():
        raise UserError(f"--param store={str(path)!r}: file not found")
    from analysis.store.cleaned import clean_store

    folder = Path(workdir) if workdir else process_folder()
    store = folder / f"{path.stem}.duckdb"
    store.unlink(missing_ok=True)
    ingest_files(store, [path])
    with EventStore(store) as db:
        clean_store(db)
    return store
