"""Read a CSV or XLSX file into a frame of raw text, keeping every record.

Every cell is read as text so that nothing is converted (or lost) before a reader has
checked it. Each record carries ``source_row`` in spreadsheet numbering: the header is
row 1, the first record row 2. Records with the wrong number of fields are not guessed
at: they go to the quarantine frame with their raw text.

Encodings: UTF-8 with or without BOM; otherwise CP1252 (a superset of Latin-1 for
printable text) with a warning, and Latin-1 for bytes CP1252 leaves undefined. A file that
mixes them (valid UTF-8 lines with non-ASCII text, and lines that are not UTF-8) is
decoded line by line: UTF-8 lines stay exactly as written, only the others are read as
CP1252, and the warning lists their row numbers. UTF-16 text (a byte-order mark, or zero
bytes in every other place) is read as UTF-16 with a warning.

XLSX sheets are streamed row by row (the workbook through openpyxl, the sheet's XML by
:mod:`analysis.sources.sheetxml`) over the cells the sheet really holds, whatever extent it
declares; :data:`XLSX_LIMITS` caps columns, cell size and rows.

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
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
from pyarrow import csv as pa_csv

from analysis.errors import UserError, not_a_file, not_text
from analysis.schema import QUARANTINE_COLUMNS, empty_quarantine
from analysis.sources.sheetxml import XLSX_LIMITS, SheetStyles, column_letters, sheet_rows

DELIMITERS = (",", ";", "\t", "|")
CHUNK_RECORDS = 50_000
ARROW_BLOCK_BYTES = 8 << 20
STREAM_RECORDS = 100_000  # records per chunk when a reader parses a file chunk by chunk
# Records per part of an XLSX sheet or an analyst's table: their rows cost more memory
# to parse than an ACLED export's. An XLSX part also ends at PART_CHARACTERS of cell text,
# so that a part of wide or long rows is no bigger than one of short rows.
SMALL_PART_RECORDS = 20_000
PART_CHARACTERS = 32 << 20
HEADER_CHARS = 1 << 20  # a header record spanning lines is looked for in the first MiB


@dataclass
class RawTable:
    """The raw text of one table: good records, ragged records, and what was noticed."""

    path: Path
    frame: pd.DataFrame  # one str column per header field, plus int64 source_row
    quarantine: pd.DataFrame  # QUARANTINE_COLUMNS
    records: int  # records read, good and ragged (the header not counted)
    warnings: list[str] = field(default_factory=list)
    delimiter: str = ","  # the CSV field separator (XLSX: ",", numbers come typed)

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
        raise not_a_file(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if path.suffix.lower() == ".json":
        from analysis.sources.jsonfile import read_json_chunks  # it reads into RawTables

        return join_chunks(path, list(read_json_chunks(path)))
    if path.suffix.lower() == ".dta":
        from analysis.sources.statafile import read_dta_chunks  # it reads into RawTables

        return join_chunks(path, list(read_dta_chunks(path)))
    with path.open("rb") as handle:
        binary = not_text(path, handle.read(16))
    if binary is not None:
        raise binary
    if sheet is not None:
        raise UserError(f"{path}: --sheet applies to XLSX files only")
    return _read_csv(path, progress)


class NotStreamable(Exception):
    """A file :func:`read_chunks` was streaming turned out not to be one it can stream (a
    record of the wrong width, bytes that are not UTF-8, text Arrow cannot parse): read it
    whole instead, which quarantines, decodes or reports exactly.

    >>> NotStreamable(Path("x.csv"), "invalid UTF8 data").path
    PosixPath('x.csv')
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path


class RaggedRecord(NotStreamable):
    """A streamed file has a record of the wrong width."""


def stream_header(path: Path) -> list[str] | None:
    """The header of a comma-separated UTF-8 file that :func:`read_chunks` can stream, else
    None (XLSX, another encoding or separator, an empty or bad header: the whole-file reader
    handles those, with its warnings and errors).

    Only the header is looked at: the records are checked as they are streamed, in the one
    pass that parses them (:func:`read_chunks` raises :class:`NotStreamable` on the first
    record that is not UTF-8 or has the wrong width).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = path.write_text("a,b\\n1,2\\n", encoding="utf-8")
    >>> stream_header(path), stream_header(path.with_suffix(".xlsx"))
    (['a', 'b'], None)
    """
    if path.suffix.lower() in (".xlsx", ".xlsm") or not path.is_file():
        return None
    with path.open("rb") as handle:
        first = handle.readline(HEADER_CHARS)
    try:
        line = first.decode("utf-8").removeprefix("\ufeff").rstrip("\r\n")
    except UnicodeDecodeError:
        return None
    if not line.strip() or sniff_delimiter(line) != "," or line.count('"') % 2 or "\r" in line:
        return None
    try:
        header = [name.strip() for name in next(csv.reader([line]))]
    except csv.Error:  # a field past the csv module's limit, a NUL byte
        return None
    try:
        _check_header(header, path)
    except UserError:
        return None
    return header


def read_chunks(
    path: Path,
    header: list[str],
    records: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawTable]:
    """The file of :func:`stream_header` as RawTables of about ``records`` records each,
    numbered as :func:`read_table` numbers them; raises :class:`NotStreamable` (a
    :class:`RaggedRecord` for a record of the wrong width) where the file turns out not to
    be streamable: the caller then reads the file whole, which quarantines, decodes or
    reports exactly.
    """
    records = records or STREAM_RECORDS
    batches: list[pa.RecordBatch] = []
    pending = done = 0
    for batch, schema in _checked_batches(path, header):
        while batch.num_rows:  # a block of short records can hold many chunks' worth
            take = batch.slice(0, records - pending)
            batch = batch.slice(take.num_rows)
            batches.append(take)
            pending += take.num_rows
            if progress:
                progress(done + pending)
            if pending >= records:
                yield _chunk(path, batches, schema, done)
                done += pending
                batches, pending = [], 0
    if pending:
        yield _chunk(path, batches, schema, done)


def _checked_batches(path: Path, header: list[str]) -> Iterator[tuple[pa.RecordBatch, pa.Schema]]:
    """Arrow's record batches of the file (every column as text, UTF-8 checked by Arrow),
    with :class:`NotStreamable` for the first block holding what the stream cannot take
    (:class:`RaggedRecord` for a record of the wrong width, in any encoding)."""
    try:
        reader = _arrow_reader(pa.OSFile(str(path), "rb"), header, ",")
        for batch in reader:
            yield batch, reader.schema
    except pa.ArrowInvalid as exc:  # a ragged record, not UTF-8, a record too large …
        problem = _first_line(exc)
        if _RAGGED.search(problem):
            raise RaggedRecord(path, problem) from None
        raise NotStreamable(path, problem) from None


# Arrow's message for a record of the wrong width. No invalid-row handler is given to
# Arrow: it decodes a ragged record's text as UTF-8 before calling one, and on a file in
# another encoding that fails inside Arrow ("Exception ignored in: …" on stderr) before
# the handler runs. Without a handler Arrow raises this instead, whatever the bytes.
_RAGGED = re.compile(r"Expected \d+ columns, got \d+")


def _chunk(path: Path, batches: list, schema: pa.Schema, done: int) -> RawTable:
    frame = pa.Table.from_batches(batches, schema=schema).to_pandas().astype("str")
    frame["source_row"] = pd.Series(range(done + 2, done + len(frame) + 2), dtype="int64")
    return RawTable(path, frame, empty_quarantine(), len(frame))


def _arrow_reader(
    source: object,
    header: list[str],
    delimiter: str,
    columns: list[str] | None = None,
) -> pa_csv.CSVStreamingReader:
    """Arrow's streaming CSV reader: every column (or only ``columns``) as text; a record
    of the wrong width raises ``pyarrow.ArrowInvalid`` (see :data:`_RAGGED`)."""
    return pa_csv.open_csv(
        source,
        read_options=pa_csv.ReadOptions(
            column_names=header, skip_rows=1, block_size=ARROW_BLOCK_BYTES
        ),
        parse_options=pa_csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types={name: pa.string() for name in header},
            strings_can_be_null=False,
            include_columns=columns,
        ),
    )


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Decode file bytes: UTF-8 (BOM optional), else CP1252/Latin-1 with a warning; a file
    mixing UTF-8 and CP1252 lines is decoded line by line (see :func:`decode_lines`).

    >>> decode("café".encode("cp1252"), Path("x.csv"))[1]
    ['x.csv: not valid UTF-8; read as CP1252 (Windows Latin-1)']
    >>> decode("\\ufeffcafé".encode("utf-8"), Path("x.csv"))
    ('café', [])
    >>> decode("a\\nKhuzdār\\n".encode() + "Zhöb\\n".encode("cp1252"), Path("x.csv"))
    ('a\\nKhuzdār\\nZhöb\\n', ['x.csv: line(s) 3 not valid UTF-8; read as CP1252'])
    """
    text, lines = decode_lines(data)
    if lines is None:
        return text, []
    if not lines:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return text, [f"{path}: not valid UTF-8 or CP1252; read as Latin-1"]
        return text, [f"{path}: not valid UTF-8; read as CP1252 (Windows Latin-1)"]
    return text, [f"{path}: line(s) {_listed(lines)} not valid UTF-8; read as CP1252"]


def utf16_name(data: bytes) -> str | None:
    """ "UTF-16LE" or "UTF-16BE" when ``data`` is UTF-16 text (Excel's "Unicode Text"
    export): a byte-order mark, or, without one, a zero byte in every other place of its
    first 200 bytes; else None.

    >>> utf16_name("a\\tb\\n".encode("utf-16"))
    'UTF-16LE'
    >>> utf16_name("event_id,country".encode("utf-16-be"))
    'UTF-16BE'
    >>> utf16_name("event_id,country".encode()) is None
    True
    """
    if data.startswith(codecs.BOM_UTF16_LE) and not data.startswith(codecs.BOM_UTF32_LE):
        return "UTF-16LE"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "UTF-16BE"
    head = data[:200]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "UTF-16LE"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "UTF-16BE"
    return None


def _from_utf16(data: bytes, path: Path) -> tuple[bytes, list[str]]:
    """``data`` as UTF-8, and a warning, when it is UTF-16 text (:func:`utf16_name`)."""
    name = utf16_name(data)
    if name is None:
        return data, []
    codec = "utf-16" if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else name
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path}: looks like {name} text but byte {exc.start + 1} cannot be read as "
            f"{name} ({exc.reason}); save it as UTF-8 CSV"
        ) from None
    return text.encode("utf-8"), [f"{path}: encoded as {name}, not UTF-8; read so"]


def decode_lines(data: bytes) -> tuple[str, list[int] | None]:
    """The text, and which lines were not UTF-8: None when the whole file is UTF-8, [] when
    the whole file is read as CP1252 (no line holds valid non-ASCII UTF-8), else the line
    numbers (from 1) read as CP1252 while the other lines stay UTF-8.

    >>> decode_lines("é\\n".encode() + "é\\n".encode("cp1252"))
    ('é\\né\\n', [2])
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    decoded: list[str] = []
    bad: list[int] = []
    utf8_text = False
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
            utf8_text = utf8_text or not line.isascii()
        except UnicodeDecodeError:
            decoded.append(_cp1252(line))
            bad.append(number)
    if not utf8_text:  # a CP1252 file throughout: decode it as one
        return _cp1252(data), []
    return "\n".join(decoded), bad


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # bytes CP1252 leaves undefined
        return data.decode("latin-1")


def _listed(numbers: list[int], most: int = 50) -> str:
    """ "3, 7, 9" (with "… and N more" past ``most``)."""
    shown = ", ".join(str(n) for n in numbers[:most])
    return shown + (f" … and {len(numbers) - most:,} more" if len(numbers) > most else "")


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
    data, warnings = _from_utf16(path.read_bytes(), path)
    text, bad_lines = decode_lines(data)
    if bad_lines == []:
        warnings += decode(data, path)[1]
    if not text.strip():
        raise UserError(f"{path}: the file is empty (no header row)")
    text = text.removeprefix("\ufeff")
    cr_only = "\n" not in text and "\r" in text  # classic Mac OS line endings
    if cr_only:
        text = text.replace("\r", "\n")
        warnings.append(f"{path}: lines end with CR only (classic Mac OS); read so")
    end = text.find("\n")
    first_line = (text if end < 0 else text[:end]).rstrip("\r")
    delimiter = sniff_delimiter(first_line)
    if delimiter != ",":
        warnings.append(f"{path}: fields are separated by {delimiter!r}, not commas; read so")
    # The header record: its first line, or (a quoted name with a line break) more lines.
    head = first_line if first_line.count('"') % 2 == 0 else text[:HEADER_CHARS]
    try:
        names = next(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"{path}: row 1 (the header) cannot be read as CSV ({exc})") from None
    spans_lines = [n for n in names if "\n" in n or "\r" in n]
    header = [re.sub(r"\s*[\r\n]+\s*", " ", name).strip() for name in names]
    if spans_lines:
        warnings.append(
            f"{path}: header name(s) {', '.join(repr(n) for n in spans_lines)} span lines; "
            "read with the line breaks as spaces"
        )
    header, unnamed = _name_trailing(header)
    _check_header(header, path)
    if bad_lines:
        rows = _rows_of_lines(text, delimiter, bad_lines)
        warnings.append(
            f"{path}: row(s) {_listed(rows)} not valid UTF-8; read as CP1252 (Windows "
            "Latin-1); every other row as UTF-8"
        )
    fast = None
    if not spans_lines:
        as_read = bad_lines is None and not cr_only  # else the text was decoded or rewritten
        utf8 = data.removeprefix(codecs.BOM_UTF8) if as_read else text.encode()
        fast = _read_csv_arrow(utf8, header, delimiter, progress)
    if fast is not None:
        table = RawTable(path, fast, empty_quarantine(), len(fast), warnings, delimiter)
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
        table.delimiter,
    )


def _rows_of_lines(text: str, delimiter: str, lines: list[int]) -> list[int]:
    """The row (record) numbers, header = row 1, of the given line numbers.

    >>> _rows_of_lines('a,b\\n1,"x\\ny"\\n2,z\\n', ",", [2, 3, 4])
    [2, 3]
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    wanted = sorted(lines)
    rows: list[int] = []
    try:
        for row, _ in enumerate(reader, start=1):
            while len(rows) < len(wanted) and wanted[len(rows)] <= reader.line_num:
                rows.append(row)
            if len(rows) == len(wanted):
                break
    except csv.Error:  # the exact reader reports the broken record itself
        pass
    return sorted(set(rows))


def _read_csv_arrow(
    data: bytes, header: list[str], delimiter: str, progress: Callable[[int], None] | None
) -> pd.DataFrame | None:
    """Fast path (pyarrow, streamed in blocks): None if any record has the wrong width.

    Without ragged records, record i (0-based) is row i + 2, exactly as the exact path
    numbers them; blank lines are not records in either.
    """
    batches = []
    rows = 0
    try:
        reader = _arrow_reader(io.BytesIO(data), header, delimiter)
        for batch in reader:
            batches.append(batch)
            rows += batch.num_rows
            if progress:
                progress(rows)
    except pa.ArrowInvalid:  # a ragged record, one larger than a block …: the exact path
        return None  # says where
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
    for records, record in enumerate(_checked(reader, path), start=1):
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
    if bad and bad[-1]["source_row"] == records + 1 and len(json.loads(bad[-1]["raw"])) < width:
        warnings.append(_cut_short(path, records + 1, bad[-1]["reason"]))
    quarantine = pd.DataFrame(bad, columns=QUARANTINE_COLUMNS) if bad else empty_quarantine()
    quarantine = quarantine.astype({"source_row": "int64"})
    return RawTable(path, frame, quarantine, records, warnings, delimiter)


def _checked(reader: Iterator[list[str]], path: Path) -> Iterator[list[str]]:
    """The csv module's records, its errors (a field past its size limit, a NUL byte) as
    one line naming the row."""
    row, line = 1, getattr(reader, "line_num", 0)
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            hint = ""
            if "field limit" in str(exc):
                hint = (
                    f" (the record starts on line {line + 1}; a quote opened there and never"
                    " closed reads the rest of the file as one field)"
                )
            raise UserError(f"{path}: row {row + 1}: {exc}{hint}") from None
        row += 1
        line = getattr(reader, "line_num", line)
        yield record


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    """The whole sheet as one table (no sheet holds more records than its row limit)."""
    return join_chunks(path, list(read_xlsx_chunks(path, sheet, XLSX_LIMITS["rows"])))


def read_xlsx_chunks(
    path: Path,
    sheet: str | None = None,
    records: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawTable]:
    """Stream one sheet row by row over the cells it really holds (see :data:`XLSX_LIMITS`),
    as RawTables of ``records`` records each (default :data:`STREAM_RECORDS`), numbered as
    :func:`read_table` numbers them.

    Rows are checked like CSV records: a value beyond the header's columns quarantines the
    row (with that value in ``raw``), blank rows are not records, every other row is one.
    """
    path = Path(path)
    _check_xlsx_parts(path)
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheets)
        if not names:
            raise UserError(f"{path}: the workbook has no sheets")
        sheet = names[0] if sheet is None else sheet
        if sheet not in names:
            raise UserError(f"{path}: no sheet named {sheet!r} (sheets: {', '.join(names)})")
        where = f"{path} [{sheet}]"
        rows = _xlsx_rows(workbook, sheet, where)
        yield from _xlsx_chunks(path, where, rows, records or STREAM_RECORDS, progress)
    finally:
        workbook.archive.close()


@dataclass
class _Workbook:
    """What a sheet's rows need of a workbook: its zip archive, sheet names → (part in the
    archive, relationship type), shared strings and cell styles."""

    archive: object
    sheets: dict[str, tuple[str, str]]
    shared: list[str]
    styles: SheetStyles


def _open_workbook(path: Path) -> _Workbook:
    """The workbook's parts through openpyxl's reader, but not its worksheets: openpyxl's
    read-only sheets parse a whole sheet up front when it declares no extent."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    try:
        reader = ExcelReader(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for unreadable files
        raise UserError(f"{path}: cannot read as an XLSX workbook ({_first_line(exc)})") from None
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        sheets = {
            sheet.name: (rel.target, rel.Type)
            for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files
        }
    except Exception as exc:  # broken XML or a missing part
        reader.archive.close()
        raise UserError(f"{path}: cannot read as an XLSX workbook ({_first_line(exc)})") from None
    book = reader.wb
    styles = SheetStyles(
        date_ids=frozenset(book._date_formats),
        timedelta_ids=frozenset(book._timedelta_formats),
        epoch=book.epoch,
    )
    return _Workbook(reader.archive, sheets, list(reader.shared_strings), styles)


def join_chunks(path: Path, chunks: list[RawTable]) -> RawTable:
    """One table from consecutive chunks of one file.

    >>> a = RawTable(Path("x.csv"), pd.DataFrame({"a": ["1"], "source_row": [2]}),
    ...              empty_quarantine(), 2)
    >>> joined = join_chunks(Path("x.csv"), [a, a])
    >>> len(joined.frame), joined.records
    (2, 4)
    """
    if len(chunks) == 1:
        return chunks[0]
    quarantines = [c.quarantine for c in chunks if len(c.quarantine)]
    return RawTable(
        path,
        pd.concat([c.frame for c in chunks], ignore_index=True),
        pd.concat(quarantines, ignore_index=True) if quarantines else empty_quarantine(),
        sum(c.records for c in chunks),
        [w for c in chunks for w in c.warnings],
        chunks[0].delimiter,
    )


def _check_xlsx_parts(path: Path) -> None:
    """Refuse a workbook whose shared-string table would not fit the limit unpacked (the zip
    directory's sizes bound what can be read, so a small file cannot claim more)."""

    try:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename: info.file_size for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(f"{path}: cannot read as an XLSX workbook ({_first_line(exc)})") from None
    size = parts.get("xl/sharedStrings.xml", 0)
    if size > XLSX_LIMITS["shared string bytes"]:
        raise UserError(
            f"{path}: its shared-string table unpacks to {size:,} bytes, over the limit of "
            f"{XLSX_LIMITS['shared string bytes']:,} bytes"
        )


def _xlsx_rows(workbook: _Workbook, sheet: str, where: str) -> Iterator[tuple[int, dict[int, str]]]:
    """(sheet row number, {column number: text}) for each row the sheet holds, non-empty
    cells only (:func:`~analysis.sources.sheetxml.sheet_rows`); a row or column past the
    limits, or a cell too long, is a UserError."""
    part, kind = workbook.sheets[sheet]
    if "chartsheet" in kind:
        raise UserError(f"{where}: not a worksheet (a chart sheet?)")
    try:  # a damaged entry's flags claim compression or encryption zipfile cannot read
        source = workbook.archive.open(part)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise UserError(
            f"{where}: cannot read the sheet, the workbook is damaged ({exc})"
        ) from None
    with source:
        yield from sheet_rows(source, workbook.shared, workbook.styles, where)


def _xlsx_chunks(
    path: Path,
    where: str,
    rows: Iterator[tuple[int, dict[int, str]]],
    records: int,
    progress: Callable[[int], None] | None,
) -> Iterator[RawTable]:
    """The sheet's records after its header, ``records`` at a time (a quarantined row counts
    as one) or fewer when they hold :data:`PART_CHARACTERS` of text; always at least one
    table, empty when the sheet has no record."""
    first = next(rows, None)
    if first is None:
        raise UserError(f"{where}: the sheet is empty (no header row)")
    number, cells = first
    if number != 1:
        raise UserError(f"{where}: the header row is empty (row 1 holds nothing)")
    width = max(cells, default=0)
    header = [cells.get(c, "").strip() for c in range(1, width + 1)]
    _check_header(header, path)
    blocks: list[pd.DataFrame] = []
    bad: list[dict] = []
    block: list[list[str]] = []
    row_numbers: list[int] = []
    in_chunk = done = characters = 0
    for number, cells in rows:
        if not cells:
            continue  # a blank row is not a record
        in_chunk += 1
        characters += sum(map(len, cells.values()))
        beyond = sorted(c for c in cells if c > width)
        if beyond:
            bad.append(_beyond_header(path, number, cells, header, beyond))
        else:
            block.append([cells.get(c, "") for c in range(1, width + 1)])
            row_numbers.append(number)
        if len(block) >= CHUNK_RECORDS:
            blocks.append(_frame(block, row_numbers, header))
            block, row_numbers = [], []
        if in_chunk >= records or characters >= PART_CHARACTERS:
            yield _xlsx_chunk(path, header, blocks, block, row_numbers, bad, in_chunk)
            done += in_chunk
            if progress:
                progress(done)
            blocks, block, row_numbers, bad, in_chunk, characters = [], [], [], [], 0, 0
    if in_chunk or not done:
        yield _xlsx_chunk(path, header, blocks, block, row_numbers, bad, in_chunk)
        if progress:
            progress(done + in_chunk)


def _xlsx_chunk(
    path: Path,
    header: list[str],
    blocks: list[pd.DataFrame],
    block: list[list[str]],
    row_numbers: list[int],
    bad: list[dict],
    records: int,
) -> RawTable:
    if block or not blocks:
        blocks = [*blocks, _frame(block, row_numbers, header)]
    frame = pd.concat(blocks, ignore_index=True) if len(blocks) > 1 else blocks[0]
    quarantine = pd.DataFrame(bad, columns=QUARANTINE_COLUMNS) if bad else empty_quarantine()
    return RawTable(path, frame, quarantine.astype({"source_row": "int64"}), records)


def _beyond_header(
    path: Path, row: int, cells: dict[int, str], header: list[str], beyond: list[int]
) -> dict:
    raw: dict[str, object] = {name: cells.get(i, "") for i, name in enumerate(header, 1)}
    raw["_extra_fields"] = {column_letters(c): cells[c] for c in beyond}
    return {
        "source_file": str(path),
        "source_row": row,
        "column": "",
        "reason": f"record has a value in column {column_letters(beyond[0])}, beyond the "
        f"header's {len(header)} column(s)",
        "raw": json.dumps(raw, ensure_ascii=False),
    }


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


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
        "reason": f"record has {len(record)} field(s), the header has {len(header)}"
        + (_joined_lines(record, header) or _stray_quote(record, header)),
        "raw": json.dumps(raw, ensure_ascii=False),
    }


def _cut_short(path: Path, row: int, reason: str) -> str:
    """The warning for a file whose last record is short: the mark of a download or copy
    that stopped part-way, which a scheduled job should not pass over.

    >>> said = _cut_short(Path("gtd.csv"), 1211, "record has 13 field(s), the header has 135")
    >>> said.startswith("gtd.csv: the last record (row 1211) is short (record has 13 field(s)")
    True
    >>> said.endswith("may be cut short (an interrupted download or copy); it is quarantined")
    True
    """
    short = reason.split(";")[0]
    return (
        f"{path}: the last record (row {row}) is short ({short}): the file may be cut short "
        "(an interrupted download or copy); it is quarantined"
    )


def _stray_quote(record: list[str], header: list[str]) -> str:
    """Where a ragged record's field holds a quote mark, the likely cause: a quote inside a
    quoted field that was not doubled (written ``""``), which split the field.

    >>> _stray_quote(["1", 'He said "go"', " now"], ["id", "notes"])
    '; column notes holds a quote mark: a quote inside a quoted field must be doubled ("")'
    >>> _stray_quote(["1", "2", "3"], ["id", "notes"])
    ''
    """
    for number, value in enumerate(record):
        if '"' in value:
            name = header[number] if number < len(header) else f"field {number + 1}"
            return (
                f"; column {name} holds a quote mark: a quote inside a quoted field must be "
                'doubled ("")'
            )
    return ""


def _joined_lines(record: list[str], header: list[str]) -> str:
    """Where a ragged record holds a quoted field running over several lines whose text
    has the file's own separators, the likely cause: a quote never closed, which joined
    the next lines to this record.

    >>> _joined_lines(["1", 'x\\n2,2024-08-26,Quetta'], ["id", "notes"]).split(":")[0]
    '; column notes runs over 2 lines'
    >>> _joined_lines(["1", "BLA,,2,Police"], ["id", "actor1", "inter1", "actor2"])
    ''
    >>> _joined_lines(["1", "2", "3"], ["id", "notes"])
    ''
    """
    for number, value in enumerate(record):
        if "\n" in value and ("," in value or ";" in value or "\t" in value):
            name = header[number] if number < len(header) else f"field {number + 1}"
            lines = value.count("\n") + 1
            return (
                f"; column {name} runs over {lines} lines: an unclosed quote there may have "
                "joined the next line(s) to this row"
            )
    return ""
