"""Read a CSV or XLSX file into a frame of raw text, keeping every record.

Every cell is read as text so that nothing is converted (or lost) before a reader has
checked it. Each record carries ``source_row`` in spreadsheet numbering: the header is
row 1, the first record row 2. Records with the wrong number of fields are not guessed
at: they go to the quarantine frame with their raw text.

Encodings: UTF-8 with or without BOM; otherwise CP1252 (a superset of Latin-1 for
printable text) with a warning, and Latin-1 for bytes CP1252 leaves undefined.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> _ = path.write_text("a,b\\n1,2\\n3\\n", encoding="utf-8")
>>> table = read_table(path)
>>> table.frame.to_dict("records")
[{'a': '1', 'b': '2', 'source_row': 2}]
>>> table.quarantine[["source_row", "reason"]].to_dict("records")
[{'source_row': 3, 'reason': 'record has 1 field(s), the header has 2'}]
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
from pyarrow import csv as pa_csv

from analysis.errors import UserError
from analysis.schema import QUARANTINE_COLUMNS, empty_quarantine

DELIMITERS = (",", ";", "\t", "|")
CHUNK_RECORDS = 50_000
ARROW_BLOCK_BYTES = 8 << 20
STREAM_RECORDS = 100_000  # records per chunk when a reader parses a file chunk by chunk


@dataclass
class RawTable:
    """The raw text of one table: good records, ragged records, and what was noticed."""

    path: Path
    frame: pd.DataFrame  # one str column per header field, plus int64 source_row
    quarantine: pd.DataFrame  # QUARANTINE_COLUMNS
    records: int  # records read, good and ragged (the header not counted)
    warnings: list[str] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        """The header fields, in file order.

        >>> RawTable(Path("x.csv"), pd.DataFrame({"a": [], "source_row": []}),
        ...          empty_quarantine(), 0).columns
        ['a']
        """
        return [c for c in self.frame.columns if c != "source_row"]


def read_table(
    path: str | Path,
    sheet: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> RawTable:
    """Read a CSV/TSV or XLSX file as text; see the module docstring.

    ``progress`` is called with the number of records read so far, once per chunk.

    >>> read_table("no/such/file.csv")
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: no/such/file.csv: file not found
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if sheet is not None:
        raise UserError(f"{path}: --sheet applies to XLSX files only")
    return _read_csv(path, progress)


class RaggedRecord(Exception):
    """A streamed file has a record of the wrong width: read it whole instead."""


def stream_header(path: Path) -> list[str] | None:
    """The header of a comma-separated UTF-8 file that :func:`read_chunks` can stream, else
    None (XLSX, another encoding or separator, an empty or bad header: the whole-file reader
    handles those, with its warnings and errors).

    The whole file is checked block by block, never held in memory: UTF-8, and (one
    column parsed) no record of the wrong width, so the chunks can be written as they come.
    """
    if path.suffix.lower() in (".xlsx", ".xlsm") or not path.is_file():
        return None
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        first = handle.readline()
        try:
            decoder.decode(first)
            while block := handle.read(16 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
    line = first.decode("utf-8").removeprefix("\ufeff").rstrip("\r\n")
    if not line.strip() or sniff_delimiter(line) != ",":
        return None
    header = [name.strip() for name in next(csv.reader([line]))]
    try:
        _check_header(header, path)
    except UserError:
        return None
    ragged: list[object] = []

    def on_invalid(row: object) -> str:
        ragged.append(row)
        return "skip"

    scan = _arrow_reader(pa.OSFile(str(path), "rb"), header, ",", on_invalid, header[:1])
    for _ in scan:
        if ragged:
            return None
    return None if ragged else header


def read_chunks(
    path: Path,
    header: list[str],
    records: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawTable]:
    """The file of :func:`stream_header` as RawTables of about ``records`` records each,
    numbered as :func:`read_table` numbers them; raises :class:`RaggedRecord` on a record
    of the wrong width (the caller then reads the file whole, which quarantines it).
    """
    records = records or STREAM_RECORDS
    ragged: list[object] = []

    def on_invalid(row: object) -> str:
        ragged.append(row)
        return "skip"

    reader = _arrow_reader(pa.OSFile(str(path), "rb"), header, ",", on_invalid)
    batches: list[pa.RecordBatch] = []
    pending = done = 0
    for batch in reader:
        if ragged:
            raise RaggedRecord(str(ragged[0]))
        batches.append(batch)
        pending += batch.num_rows
        if progress:
            progress(done + pending)
        if pending >= records:
            yield _chunk(path, batches, reader.schema, done)
            done += pending
            batches, pending = [], 0
    if ragged:
        raise RaggedRecord(str(ragged[0]))
    if pending:
        yield _chunk(path, batches, reader.schema, done)


def _chunk(path: Path, batches: list, schema: pa.Schema, done: int) -> RawTable:
    frame = pa.Table.from_batches(batches, schema=schema).to_pandas().astype("str")
    frame["source_row"] = pd.Series(range(done + 2, done + len(frame) + 2), dtype="int64")
    return RawTable(path, frame, empty_quarantine(), len(frame))


def _arrow_reader(
    source: object,
    header: list[str],
    delimiter: str,
    on_invalid: Callable,
    columns: list[str] | None = None,
) -> pa_csv.CSVStreamingReader:
    """Arrow's streaming CSV reader: every column (or only ``columns``) as text."""
    return pa_csv.open_csv(
        source,
        read_options=pa_csv.ReadOptions(
            column_names=header, skip_rows=1, block_size=ARROW_BLOCK_BYTES
        ),
        parse_options=pa_csv.ParseOptions(
            delimiter=delimiter, newlines_in_values=True, invalid_row_handler=on_invalid
        ),
        convert_options=pa_csv.ConvertOptions(
            column_types={name: pa.string() for name in header},
            strings_can_be_null=False,
            include_columns=columns,
        ),
    )


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (BOM optional), else CP1252/Latin-1 with a warning.

    >>> decode("café".encode("cp1252"), Path("x.csv"))[1]
    ['x.csv: not valid UTF-8; read as CP1252 (Windows Latin-1)']
    >>> decode("\\ufeffcafé".encode("utf-8"), Path("x.csv"))
    ('café', [])
    """
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        return text, [f"{path}: not valid UTF-8; read as CP1252 (Windows Latin-1)"]
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        return text, [f"{path}: not valid UTF-8 or CP1252; read as Latin-1"]


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header into the most fields (comma on ties).

    >>> sniff_delimiter("event_id_cnty;event_date;year")
    ';'
    >>> sniff_delimiter("a,b;c")
    ','
    """
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _read_csv(path: Path, progress: Callable[[int], None] | None) -> RawTable:
    data = path.read_bytes()
    text, warnings = decode(data, path)
    if not text.strip():
        raise UserError(f"{path}: the file is empty (no header row)")
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    if delimiter != ",":
        warnings.append(f"{path}: fields are separated by {delimiter!r}, not commas; read so")
    header = [name.strip() for name in next(csv.reader([first_line], delimiter=delimiter))]
    header, unnamed = _name_trailing(header)
    _check_header(header, path)
    utf8 = text.encode("utf-8") if warnings and "UTF-8" in warnings[0] else data
    fast = _read_csv_arrow(utf8.removeprefix(b"\xef\xbb\xbf"), header, delimiter, progress)
    if fast is not None:
        table = RawTable(path, fast, empty_quarantine(), len(fast), warnings)
    else:
        table = _read_csv_exact(path, text, header, delimiter, warnings, progress)
    return _drop_unnamed(table, unnamed)


UNNAMED = "_unnamed_column_"


def _name_trailing(header: list[str]) -> tuple[list[str], list[str]]:
    """Placeholder names for the header's trailing empty fields (spreadsheet exports pad
    the header with them), so that records are read at full width.

    >>> _name_trailing(["a", "b", "", ""])
    (['a', 'b', '_unnamed_column_3', '_unnamed_column_4'], ['_unnamed_column_3', \
'_unnamed_column_4'])
    """
    named = len(header)
    while named and not header[named - 1]:
        named -= 1
    if not named:
        return header, []
    extra = [f"{UNNAMED}{i}" for i in range(named + 1, len(header) + 1)]
    return header[:named] + extra, extra


def _drop_unnamed(table: RawTable, unnamed: list[str]) -> RawTable:
    """Drop trailing unnamed columns that are empty in every record, with a warning; a
    value under one is an error (the header does not say what it is)."""
    if not unnamed:
        return table
    frame = table.frame
    for name in unnamed:
        filled = frame[name].fillna("").astype("str").str.strip().ne("")
        if filled.any():
            row = int(frame.loc[filled, "source_row"].iloc[0])
            position = name.removeprefix(UNNAMED)
            raise UserError(
                f"{table.path}: header column {position} has no name, "
                f"but row {row} has a value in it"
            )
    first, last = unnamed[0].removeprefix(UNNAMED), unnamed[-1].removeprefix(UNNAMED)
    where = f"column {first} has" if first == last else f"columns {first}-{last} have"
    warning = f"{table.path}: header {where} no name and nothing in any record; dropped"
    quarantine = table.quarantine
    return RawTable(
        table.path,
        frame.drop(columns=unnamed),
        quarantine,
        table.records,
        [*table.warnings, warning],
    )


def _read_csv_arrow(
    data: bytes, header: list[str], delimiter: str, progress: Callable[[int], None] | None
) -> pd.DataFrame | None:
    """Fast path (pyarrow, streamed in blocks): None if any record has the wrong width.

    Without ragged records, record i (0-based) is row i + 2, exactly as the exact path
    numbers them; blank lines are not records in either.
    """
    ragged: list[object] = []

    def on_invalid(row: object) -> str:
        ragged.append(row)
        return "skip"

    reader = _arrow_reader(io.BytesIO(data), header, delimiter, on_invalid)
    batches = []
    rows = 0
    for batch in reader:
        if ragged:
            return None
        batches.append(batch)
        rows += batch.num_rows
        if progress:
            progress(rows)
    if ragged:
        return None
    table = pa.Table.from_batches(batches, schema=reader.schema)
    frame = table.to_pandas().astype("str")
    frame["source_row"] = pd.Series(range(2, rows + 2), dtype="int64")
    return frame


def _read_csv_exact(
    path: Path,
    text: str,
    header: list[str],
    delimiter: str,
    warnings: list[str],
    progress: Callable[[int], None] | None,
) -> RawTable:
    """Exact path (the csv module): every ragged record kept with its row number."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader)
    width = len(header)
    chunks: list[pd.DataFrame] = []
    bad: list[dict] = []
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    records = 0
    for records, record in enumerate(reader, start=1):
        if len(record) == width:
            rows.append(record)
            row_numbers.append(records + 1)
        elif record:
            bad.append(_ragged(path, records + 1, record, header))
        else:  # a blank line is not a record
            records -= 1
        if len(rows) >= CHUNK_RECORDS:
            chunks.append(_frame(rows, row_numbers, header))
            rows, row_numbers = [], []
            if progress:
                progress(records)
    chunks.append(_frame(rows, row_numbers, header))
    if progress:
        progress(records)
    frame = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
    quarantine = pd.DataFrame(bad, columns=QUARANTINE_COLUMNS) if bad else empty_quarantine()
    return RawTable(path, frame, quarantine.astype({"source_row": "int64"}), records, warnings)


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    try:
        book = pd.read_excel(path, sheet_name=None, dtype=str, header=None, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for unreadable files
        raise UserError(f"{path}: cannot read as an XLSX workbook ({exc})") from exc
    if sheet is None:
        sheet = next(iter(book))
    if sheet not in book:
        raise UserError(f"{path}: no sheet named {sheet!r} (sheets: {', '.join(book)})")
    cells = book[sheet]
    if cells.empty:
        raise UserError(f"{path} [{sheet}]: the sheet is empty (no header row)")
    header = [str(v).strip() if pd.notna(v) else "" for v in cells.iloc[0]]
    while header and header[-1] == "":
        header.pop()
    _check_header(header, path)
    body = cells.iloc[1:, : len(header)].fillna("")
    body.columns = header
    body = body[body.ne("").any(axis=1)]  # blank rows are not records
    row_numbers = (body.index.to_numpy() + 1).tolist()  # header is sheet row 1
    frame = _frame(body.to_numpy().tolist(), row_numbers, header)
    return RawTable(path, frame, empty_quarantine(), len(frame))


def _check_header(header: list[str], path: Path) -> None:
    if not any(header):
        raise UserError(f"{path}: the header row is empty")
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            raise UserError(f"{path}: header column {position} has no name")
        if name in seen:
            raise UserError(f"{path}: header column {name!r} appears twice")
        seen.add(name)


def _frame(rows: list[list[str]], row_numbers: list[int], header: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=header, dtype="str")
    if not rows:
        frame = pd.DataFrame({name: pd.Series(dtype="str") for name in header})
    frame["source_row"] = pd.Series(row_numbers, dtype="int64")
    return frame


def _ragged(path: Path, row: int, record: list[str], header: list[str]) -> dict:
    raw = dict(zip(header, record, strict=False))
    if len(record) > len(header):
        raw["_extra_fields"] = record[len(header) :]
    return {
        "source_file": str(path),
        "source_row": row,
        "column": "",
        "reason": f"record has {len(record)} field(s), the header has {len(header)}",
        "raw": json.dumps(raw, ensure_ascii=False),
    }
