"""Source readers: ACLED, UCDP GED, GTD and analysts' own tables → the canonical model.

:func:`read_source` reads one file (CSV or XLSX), detects its layout from the header unless
told, checks the required columns, and returns :class:`Parsed` events, casualties and
quarantined rows.

>>> detect_source(["event_id_cnty", "event_date", "fatalities", "notes"])
'acled'
>>> detect_source(["eventid", "iyear", "imonth", "iday", "attacktype1_txt"])
'gtd'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.errors import UserError
from analysis.sources import acled, generic, gtd, ucdp
from analysis.sources import fields as f
from analysis.sources.headers import standard_columns, standardise
from analysis.sources.mapping import Mapping
from analysis.sources.rawfile import read_chunks, read_table, stream_header
from analysis.sources.reader_result import Parsed, combine

READERS = {"acled": acled, "ucdp": ucdp, "gtd": gtd}
SOURCES = ("auto", "acled", "ucdp", "gtd", "generic")

__all__ = ["Mapping", "Parsed", "SOURCES", "detect_source", "read_source", "read_source_parts"]


def detect_source(columns: list[str]) -> str | None:
    """The public layout whose signature columns are all in the header (in any case, with
    older names through the reader's aliases), or None.

    >>> detect_source(["id", "relid", "type_of_violence", "deaths_a", "deaths_civilians"])
    'ucdp'
    >>> detect_source(["GWNO", "EVENT_ID_CNTY", "EVENT_DATE"])
    'acled'
    >>> detect_source(["date", "place"]) is None
    True
    """
    for name, reader in READERS.items():
        if set(standard_columns(columns, reader.ALIASES)) >= reader.SIGNATURE:
            return name
    return None


def read_source(
    path: str | Path,
    source: str = "auto",
    mapping: str | Path | Mapping | None = None,
    sheet: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Parsed:
    """Read one file into the canonical model.

    ``source`` is one of :data:`SOURCES`; with ``auto`` a mapping means ``generic``, else
    the header decides.
    """
    return combine(list(read_source_parts(path, source, mapping, sheet, progress)))


def read_source_parts(
    path: str | Path,
    source: str = "auto",
    mapping: str | Path | Mapping | None = None,
    sheet: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Parsed]:
    """:func:`read_source` in consecutive parts: a plain UTF-8 ACLED CSV chunk by chunk
    (:data:`~analysis.sources.rawfile.STREAM_RECORDS` records each; the ACLED reader works
    row by row, so the parts together are what reading it whole gives), any other file in
    one part. Keeps the raw text of a 2.5-million-row export out of memory."""
    path = Path(path)
    if source not in SOURCES:
        raise UserError(f"unknown source {source!r}; use one of {', '.join(SOURCES)}")
    if isinstance(mapping, str | Path):
        mapping = Mapping.load(mapping)
    header = None
    if source in ("auto", "acled") and mapping is None and sheet is None:
        header = stream_header(path)
    streamable = header is not None and detect_source(header) == "acled"
    names = standard_columns(header or [], acled.ALIASES)
    if streamable and all(c in names for c in acled.REQUIRED):
        parts = 0
        style = None
        for chunk in read_chunks(path, header, progress=progress):
            parts += 1
            chunk = standardise(chunk, acled.ALIASES)
            # the first part decides the file's date style for every part
            style = style or f.date_style(f.column(chunk.frame, "event_date"), acled.DATE_FORMATS)
            yield acled.read(chunk, style)
        if parts:
            return
    yield _read_whole(path, source, mapping, sheet, progress)


def _read_whole(
    path: Path,
    source: str,
    mapping: Mapping | None,
    sheet: str | None,
    progress: Callable[[int], None] | None,
) -> Parsed:
    table = read_table(path, sheet=sheet, progress=progress)
    if source == "auto":
        source = "generic" if mapping is not None else detect_source(table.columns) or ""
    if not source:
        raise UserError(
            f"{path}: cannot tell the layout from the header ({', '.join(table.columns[:8])}…); "
            "use --source acled|ucdp|gtd, or --source generic with --mapping YAML"
        )
    if source == "generic":
        if mapping is None:
            raise UserError(f"{path}: --source generic needs --mapping YAML")
        return generic.read(table, mapping)
    reader = READERS[source]
    table = standardise(table, reader.ALIASES)
    missing = [c for c in reader.REQUIRED if c not in table.columns]
    if missing:
        raise UserError(
            f"{path}: missing required {source.upper()} column(s): {', '.join(missing)}"
        )
    return reader.read(table)
