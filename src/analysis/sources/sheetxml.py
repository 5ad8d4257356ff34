"""An XLSX worksheet's rows, parsed straight from its XML with expat.

openpyxl reads the workbook (sheet names, shared strings, cell styles); the worksheet part
itself, which holds every row, is parsed here with expat callbacks and no element tree: a
sheet of a million records reads several times faster than through openpyxl's own row
parser, with the same values. Cells are read as openpyxl reads them with ``data_only``:

- ``t="s"``: the shared string; ``t="inlineStr"``: the inline text (phonetic runs left
  out); ``t="str"`` and ``t="e"``: the cached text (a formula's result, an error such as
  ``#N/A``); ``t="b"``: True or False; ``t="d"``: an ISO date;
- numbers: an integer unless the text holds ``.``, ``E`` or ``e``; a number in a date or
  time style is a date (a serial outside Excel's dates is ``#VALUE!``).

Memory is bounded by a row: a cell past :data:`XLSX_LIMITS`' columns or longer than its
cell characters stops the parse at that cell, before the rest of the row is held.

>>> import io
>>> xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
...        b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2.50</v></c>'
...        b'</row><row r="3"><c r="B3" t="inlineStr"><is><t>Quetta</t></is></c>'
...        b'<c r="C3" t="b"><v>1</v></c></row></sheetData></worksheet>')
>>> styles = SheetStyles(date_ids=frozenset(), timedelta_ids=frozenset())
>>> list(sheet_rows(io.BytesIO(xml), ["id"], styles, "t.xlsx [Sheet1]"))
[(1, {1: 'id', 3: '2.5'}), (3, {2: 'Quetta', 3: 'True'})]
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO
from xml.parsers import expat

from analysis.errors import UserError

# What an XLSX sheet may hold (docs/limits.md); past any of these the file is refused with
# one line naming the limit. Rows: Excel's own maximum; cell characters: Excel's own
# maximum; columns: far more than any provider's export (GTD has 135).
XLSX_LIMITS = {
    "rows": 1_048_576,
    "columns": 1_000,
    "cell characters": 32_767,
    "shared string bytes": 512 << 20,
}
READ_BYTES = 1 << 16


@dataclass(frozen=True)
class SheetStyles:
    """Which cell style ids format a number as a date or a duration, and the workbook's
    date epoch (1900 or 1904)."""

    date_ids: frozenset[int]
    timedelta_ids: frozenset[int]
    epoch: dt.datetime = dt.datetime(1899, 12, 30)  # Excel's 1900 system, as openpyxl has it


def sheet_rows(
    source: BinaryIO, shared: Sequence[str], styles: SheetStyles, where: str
) -> Iterator[tuple[int, dict[int, str]]]:
    """(sheet row number, {column number: text}) for each row element of a worksheet's XML,
    non-empty cells only, as text a CSV export would hold (see :func:`cell_text`).

    A row or column past :data:`XLSX_LIMITS`, a cell too long, broken XML, a bad cell
    reference or a damaged compressed stream is one :class:`~analysis.errors.UserError`
    naming ``where``.
    """
    parser = _SheetParser(shared, styles, where)
    expat_parser = expat.ParserCreate(namespace_separator=" ")
    expat_parser.buffer_text = True
    expat_parser.StartElementHandler = parser.start
    expat_parser.EndElementHandler = parser.end
    expat_parser.CharacterDataHandler = parser.text
    while True:
        try:  # a damaged workbook fails in its compressed stream, not in the XML
            block = source.read(READ_BYTES)
        except (zlib.error, zipfile.BadZipFile, EOFError, OSError) as exc:
            raise UserError(
                f"{where}: cannot read the sheet, the workbook is damaged ({exc})"
            ) from None
        try:
            expat_parser.Parse(block, not block)
        except expat.ExpatError as exc:
            raise UserError(f"{where}: cannot read the sheet ({exc})") from None
        yield from parser.done
        parser.done.clear()
        if not block:
            return


def cell_text(value: object) -> str:
    """A cell's value as the text a CSV export would hold: whole floats without ".0",
    dates as ISO text, booleans as True/False.

    >>> [cell_text(v) for v in (None, 3.0, 2.5, True, " x ")]
    ['', '3', '2.5', 'True', ' x ']
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return "" if not text.strip() else text


def column_letters(number: int) -> str:
    """Excel's letters for a column number.

    >>> [column_letters(n) for n in (1, 26, 27, 703)]
    ['A', 'Z', 'AA', 'AAA']
    """
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _SheetParser:
    """expat callbacks: the rows finished so far wait in ``done`` until the caller takes
    them after each block of XML."""

    def __init__(self, shared: Sequence[str], styles: SheetStyles, where: str):
        self.shared = shared
        self.styles = styles
        self.where = where
        self.done: list[tuple[int, dict[int, str]]] = []
        self.row = 0
        self.column = 0
        self.cells: dict[int, str] = {}
        self.kind = "n"
        self.style = 0
        self.parts: list[str] | None = None  # the text of the cell being read, if any
        self.length = 0
        self.in_cell = False
        self.phonetic = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "c":
            self._start_cell(attrs)
        elif local == "v":
            if self.in_cell and self.kind != "inlineStr":
                self.parts = []
        elif local == "t":
            if self.in_cell and self.kind == "inlineStr" and not self.phonetic:
                self.parts = [] if self.parts is None else self.parts
        elif local == "rPh":
            self.phonetic += 1
        elif local == "row":
            self._start_row(attrs.get("r"))

    def end(self, name: str) -> None:
        local = name.rpartition(" ")[2]
        if local == "c":
            self._end_cell()
        elif local == "rPh":
            self.phonetic -= 1
        elif local == "row":
            self.done.append((self.row, self.cells))

    def text(self, data: str) -> None:
        if self.parts is None or self.phonetic:
            return
        self.length += len(data)
        limit = XLSX_LIMITS["cell characters"]
        if self.length > limit + READ_BYTES:  # the exact length is told at the cell's end
            raise UserError(
                f"{self.where}: row {self.row}, column {self.column}: the cell holds more than "
                f"{limit:,} characters, the limit"
            )
        self.parts.append(data)

    def _start_row(self, number: str | None) -> None:
        if number is None:
            self.row += 1
        else:
            try:
                self.row = int(number)
            except ValueError:
                as_float = _float(number, f"{self.where}: row number {number!r} is not a number")
                if not as_float.is_integer():
                    raise UserError(f"{self.where}: row number {number!r} is not whole") from None
                self.row = int(as_float)
        limit = XLSX_LIMITS["rows"]
        if self.row > limit:
            raise UserError(f"{self.where}: row {self.row:,} is past the limit of {limit:,} rows")
        self.column = 0
        self.cells = {}

    def _start_cell(self, attrs: dict[str, str]) -> None:
        reference = attrs.get("r")
        self.column = self.column + 1 if reference is None else self._column(reference)
        limit = XLSX_LIMITS["columns"]
        if self.column > limit:
            raise UserError(
                f"{self.where}: cell {column_letters(self.column)}{self.row} holds a value "
                f"past the limit of {limit:,} columns"
            )
        self.kind = attrs.get("t", "n")
        style = attrs.get("s")
        self.style = int(style) if style and style.isdigit() else 0
        self.in_cell = True
        self.parts = None
        self.length = 0

    def _end_cell(self) -> None:
        self.in_cell = False
        if self.parts is None:
            return
        raw = "".join(self.parts)
        self.parts = None
        text = cell_text(self._value(raw)) if raw or self.kind == "inlineStr" else ""
        if not text:
            return
        limit = XLSX_LIMITS["cell characters"]
        if len(text) > limit:
            raise UserError(
                f"{self.where}: row {self.row}, column {self.column}: the cell holds "
                f"{len(text):,} characters, over the limit of {limit:,}"
            )
        self.cells[self.column] = text

    def _value(self, raw: str) -> object:
        kind = self.kind
        if kind == "s":
            index = _int(
                raw, f"{self.where}: row {self.row}: shared string {raw!r} is not a number"
            )
            if not 0 <= index < len(self.shared):
                raise UserError(f"{self.where}: row {self.row}: no shared string {index}")
            return self.shared[index]
        if kind == "b":
            return bool(_int(raw, f"{self.where}: row {self.row}: {raw!r} is not a boolean"))
        if kind == "d":
            return _iso_date(raw)
        if kind != "n":
            return raw  # inlineStr, str (a formula's text), e (an error such as #N/A)
        number = _number(raw, f"{self.where}: row {self.row}: {raw!r} is not a number")
        if self.style in self.styles.date_ids:
            return _excel_date(number, self.styles, self.style in self.styles.timedelta_ids)
        return number

    def _column(self, reference: str) -> int:
        number = 0
        for position, char in enumerate(reference):
            code = ord(char) & ~32  # upper case
            if 65 <= code <= 90:
                number = number * 26 + code - 64
            elif position and char.isdigit():
                return number
            else:
                break
        raise UserError(f"{self.where}: cannot read the sheet (bad cell reference {reference!r})")


def _number(raw: str, message: str) -> int | float:
    if "." in raw or "E" in raw or "e" in raw:
        return _float(raw, message)
    return _int(raw, message)


def _int(raw: str, message: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise UserError(message) from None


def _float(raw: str, message: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise UserError(message) from None


def _excel_date(number: int | float, styles: SheetStyles, duration: bool) -> object:
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(number, styles.epoch, timedelta=duration)
    except (OverflowError, ValueError):
        return "#VALUE!"


def _iso_date(raw: str) -> object:
    from openpyxl.utils.datetime import from_ISO8601

    try:
        return from_ISO8601(raw)
    except ValueError:
        return raw
