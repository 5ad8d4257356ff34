"""Source readers: ACLED, UCDP GED, GTD and analysts' own tables → the canonical model.

:func:`read_source` reads one file (CSV, XLSX, Stata, or the JSON of ACLED's and UCDP's APIs),
detects its layout from the header unless told, checks the required columns, and returns
:class:`Parsed` events, casualties and quarantined rows.

>>> detect_source(["event_id_cnty", "event_date", "fatalities", "notes"])
'acled'
>>> detect_source(["eventid", "iyear", "imonth", "iday", "attacktype1_txt"])
'gtd'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.errors import UserError, printable
from analysis.sources import acled, generic, gtd, rawfile, ucdp
from analysis.sources import fields as f
from analysis.sources.headers import standard_columns, standardise
from analysis.sources.jsonfile import read_json_chunks
from analysis.sources.mapping import Mapping
from analysis.sources.rawfile import (
    NotStreamable,
    RawTable,
    join_chunks,
    read_chunks,
    read_table,
    read_xlsx_chunks,
    stream_header,
)
from analysis.sources.reader_result import Parsed, combine
from analysis.sources.statafile import read_dta_chunks
from analysis.sources.summaries import refuse_summary

READERS = {"acled": acled, "ucdp": ucdp, "gtd": gtd}
SOURCES = ("auto", "acled", "ucdp", "gtd", "generic")

__all__ = [
    "Mapping",
    "NotStreamable",
    "Parsed",
    "SOURCES",
    "detect_source",
    "read_source",
    "read_source_parts",
]


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
    try:
        return combine(list(read_source_parts(path, source, mapping, sheet, progress)))
    except NotStreamable:  # found part-way through a streamed file: read it whole
        return combine(list(read_source_parts(path, source, mapping, sheet, progress, False)))


def read_source_parts(
    path: str | Path,
    source: str = "auto",
    mapping: str | Path | Mapping | None = None,
    sheet: str | None = None,
    progress: Callable[[int], None] | None = None,
    stream: bool = True,
) -> Iterator[Parsed]:
    """:func:`read_source` in consecutive parts (an ACLED CSV in parts of
    :data:`~analysis.sources.rawfile.STREAM_RECORDS` records, the others in parts of
    :data:`~analysis.sources.rawfile.SMALL_PART_RECORDS`), so that memory follows a part,
    not the file: an ACLED export (the reader works row by row; the first part with
    numeric dates decides their day/month order) and an analyst's table whose mapping has
    no casualty table, from a plain UTF-8 CSV or any XLSX sheet. The parts together are
    what reading the file whole gives. Every other file is read in one part, as is any
    file with ``stream`` False.

    A CSV is streamed when its header allows; its records are checked as they are parsed.
    A record that is not UTF-8 or has the wrong width in the first part makes the file read
    whole; found in a later part, it raises :class:`NotStreamable` after the parts before
    it: the caller discards them and reads again with ``stream`` False.
    """
    path = Path(path)
    if source not in SOURCES:
        raise UserError(f"unknown source {source!r}; use one of {', '.join(SOURCES)}")
    if isinstance(mapping, str | Path):
        mapping = Mapping.load(mapping)
    if sheet is None and mapping is not None:
        sheet = mapping.events.sheet  # the mapping's sheet, unless --sheet says otherwise
    if path.suffix.lower() == ".json" and path.is_file():
        if sheet is not None:
            raise UserError(f"{path}: --sheet applies to XLSX files only")
        chunks = read_json_chunks(path, rawfile.SMALL_PART_RECORDS, progress)
    elif path.suffix.lower() == ".dta" and path.is_file():
        if sheet is not None:
            raise UserError(f"{path}: --sheet applies to XLSX files only")
        chunks = read_dta_chunks(path, rawfile.SMALL_PART_RECORDS, progress)
    elif path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file():
        chunks = read_xlsx_chunks(path, sheet, rawfile.SMALL_PART_RECORDS, progress)
    else:
        chunks = None
    if chunks is not None:
        first = next(chunks)
        if mapping is None:
            refuse_summary(path, first.columns)
        layout = _layout(first.columns, source, mapping)
        if layout in ("acled", "generic"):
            yield from _read_streamed(layout, first, chunks, mapping)
        else:
            yield _read_whole(join_chunks(path, [first, *chunks]), source, mapping)
        return
    header = stream_header(path) if sheet is None and stream else None
    if header is not None and mapping is None:
        refuse_summary(path, header)
    layout = _layout(header, source, mapping) if header is not None else None
    if layout in ("acled", "generic"):
        records = rawfile.STREAM_RECORDS if layout == "acled" else rawfile.SMALL_PART_RECORDS
        chunks = read_chunks(path, header, records, progress)
        try:
            first = next(chunks, None)
        except NotStreamable:  # nothing handed on yet: read whole below
            first = None
        if first is not None:
            yield from _read_streamed(layout, first, chunks, mapping)
            return
    table = read_table(path, sheet=sheet, progress=progress)
    yield _read_whole(table, source, mapping)


def _layout(columns: list[str], source: str, mapping: Mapping | None) -> str | None:
    """``acled`` or ``generic`` when a file with this header can be read part by part."""
    if mapping is not None:
        streamable = source in ("auto", "generic") and mapping.casualties is None
        return "generic" if streamable else None
    if source in ("auto", "acled") and detect_source(columns) == "acled":
        names = standard_columns(columns, acled.ALIASES)
        return "acled" if all(c in names for c in acled.REQUIRED) else None
    return None


def _read_streamed(
    layout: str, first: RawTable, rest: Iterator[RawTable], mapping: Mapping | None
) -> Iterator[Parsed]:
    chunks = itertools.chain([first], rest)
    if layout == "generic":
        assert mapping is not None
        yield from generic.read_parts(chunks, mapping)
        return
    order = None
    standard = (standardise(chunk, acled.ALIASES) for chunk in chunks)
    for chunk in acled.keep_event_rows_together(standard):
        # the first part with numeric dates decides their day/month order for every part
        decided = order
        order = order or f.numeric_date_order(
            f.column(chunk.frame, "event_date"), acled.USUAL_NUMERIC_ORDER
        )
        part = acled.read(chunk, date_order=order)
        if order is not None and decided is None:
            part.warnings = [*part.warnings, acled.date_order_warning(chunk.path, order)]
        yield part


def _read_whole(table: RawTable, source: str, mapping: Mapping | None) -> Parsed:
    path = table.path
    if mapping is None:
        refuse_summary(path, table.columns)
    if source == "auto":
        source = "generic" if mapping is not None else detect_source(table.columns) or ""
    if not source:
        raise UserError(
            f"{path}: cannot tell the layout from the header "
            f"({printable(', '.join(table.columns[:8]), 120)}…); "
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
