"""Read the JSON the providers' APIs answer with into the same raw text tables as a CSV.

ACLED's API answers ``{"status": 200, "success": true, "count": …, "data": [{…}, …]}``
(every value a string), UCDP's GED API ``{"TotalCount": …, "NextPageUrl": …, "Result":
[{…}, …]}`` (numbers as numbers); a saved list of records (``[{…}, …]``) is read the same.
Each record is one row: its keys are the columns (the first record's, in its order, make
the header) and its values their text, as a CSV would hold them: strings as they are,
numbers as written (``33.55``, ``3``), ``true``/``false``, null as blank; an object or list
as its JSON. Records are numbered as the rows of the table they make: the first is row 2.

The file is read record by record (a buffer of :data:`BLOCK_CHARS` at a time), so memory
follows a part, not the file; a record longer than :data:`RECORD_CHARS` is refused, as a
CSV field over its limit is. A record that is not an object, or has a key the first record
lacks, is quarantined with its text; a key it lacks is blank. JSON that cannot be parsed
stops the read with one line naming the file and the record.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "ged.json"
>>> _ = path.write_text('{"TotalCount": 2, "Result": [{"id": 1, "best": 3, "x": null},'
...                     ' {"id": 2, "best": 2.5, "y": 1}]}', encoding="utf-8")
>>> (table,) = read_json_chunks(path)
>>> table.frame.to_dict("records")
[{'id': '1', 'best': '3', 'x': '', 'source_row': 2}]
>>> table.quarantine[["source_row", "reason"]].to_dict("records")
[{'source_row': 3, 'reason': 'record has a key the first record lacks: y'}]
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd

from analysis.errors import UserError
from analysis.schema import QUARANTINE_COLUMNS, empty_quarantine
from analysis.sources.rawfile import STREAM_RECORDS, RawTable

BLOCK_CHARS = 1 << 20
RECORD_CHARS = 1 << 20  # an event record is a few kilobytes; a megabyte is not one
TOKEN_CHARS = 64  # longer than any JSON word or number a buffer's end can cut
# where an API answer keeps its records: ACLED's "data", UCDP's "Result"
RECORD_KEYS = ("data", "Result")


class _Reader:
    """JSON text read a buffer at a time, values decoded one by one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = path.open("rb")
        self.utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self.read = 0  # bytes read so far
        self.text = ""
        self.at = 0
        self.done = False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        if self.done:
            return False
        data = self.handle.read(BLOCK_CHARS)
        try:
            block = self.utf8.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise UserError(
                f"{self.path}: not UTF-8 at byte {self.read + exc.start:,} (JSON is UTF-8: "
                "save the answer as the API sent it)"
            ) from None
        self.read += len(data)
        if not data:
            self.done = True
            return False
        self.text = self.text[self.at :] + block
        self.at = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.at < len(self.text) and self.text[self.at] in " \t\r\n":
                self.at += 1
            if self.at < len(self.text):
                return self.text[self.at]
            if not self._more():
                return ""

    def take(self, char: str, where: str) -> None:
        if self.peek() != char:
            found = self.peek() or "the end of the file"
            raise UserError(
                f"{self.path}: not valid JSON {where}: expected {char!r}, found {found!r}"
            )
        self.at += 1

    def value(self, where: str) -> object:
        """The next JSON value, read whole (with the text after it, so that a number is not
        cut at a buffer's end). A value the buffer cuts fails to decode near the text's end
        (within :data:`TOKEN_CHARS`: a word cut short) or in a string left open; any other
        failure is the file's."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.text, self.at)
            except RecursionError:
                raise UserError(f"{self.path}: {where} is nested too deeply") from None
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated") or exc.pos + TOKEN_CHARS >= len(self.text)
                if cut and len(self.text) - self.at > RECORD_CHARS:
                    raise UserError(
                        f"{self.path}: {where} is longer than {RECORD_CHARS:,} characters"
                    ) from None
                if cut and self._more():
                    continue
                raise UserError(f"{self.path}: not valid JSON {where}: {exc.msg}") from None
            if end < len(self.text) or not self._more():
                self.at = end
                return value

    def close(self) -> None:
        self.handle.close()


def _records(reader: _Reader) -> Iterator[object]:
    """The records of the file's list (top level, or under an API answer's key)."""
    first = reader.peek()
    if first == "{":
        reader.take("{", "at the start")
        while True:
            if reader.peek() == "}":
                raise UserError(
                    f"{reader.path}: a JSON object without a list of records (looked for "
                    f"{' or '.join(repr(k) for k in RECORD_KEYS)}, as ACLED's and UCDP's APIs "
                    "answer)"
                )
            key = reader.value("in the object's keys")
            reader.take(":", f"after the key {key!r}")
            if key in RECORD_KEYS and reader.peek() == "[":
                break
            reader.value(f"in the value of {key!r}")
            if reader.peek() == ",":
                reader.take(",", "between keys")
    elif first != "[":
        found = repr(first) if first else "nothing"
        raise UserError(f"{reader.path}: not a JSON list of records (it starts with {found})")
    reader.take("[", "at the start of the records")
    if reader.peek() == "]":
        return
    number = 0
    while True:
        number += 1
        yield reader.value(f"at record {number:,} (row {number + 1:,})")
        after = reader.peek()
        if after == "]":
            return
        reader.take(",", f"after record {number:,} (row {number + 1:,})")


def _text(value: object) -> str:
    """A JSON value as a CSV cell holds it.

    >>> [_text(v) for v in ("Kalat", 3, 33.55, True, None, [1, 2])]
    ['Kalat', '3', '33.55', 'true', '', '[1, 2]']
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def read_json_chunks(
    path: Path,
    records: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawTable]:
    """The file's records as RawTables of ``records`` records each (default
    :data:`~analysis.sources.rawfile.STREAM_RECORDS`); always at least one table."""
    path = Path(path)
    size = records or STREAM_RECORDS
    reader = _Reader(path)
    try:
        header: list[str] | None = None
        rows: list[list[str]] = []
        numbers: list[int] = []
        bad: list[dict] = []
        count = done = 0
        for count, record in enumerate(_records(reader), start=1):
            row = count + 1
            if not isinstance(record, dict):
                bad.append(_bad(path, row, f"not a record: a JSON {_kind(record)}", record))
            elif header is None:
                header = _header(path, record)
                rows.append([_text(record[k]) for k in header])
                numbers.append(row)
            elif extra := [k for k in record if k not in header]:
                reason = f"record has a key the first record lacks: {extra[0]}"
                bad.append(_bad(path, row, reason, record))
            else:
                rows.append([_text(record.get(k)) for k in header])
                numbers.append(row)
            if count - done >= size:
                yield _table(path, header, rows, numbers, bad, count - done)
                done, rows, numbers, bad = count, [], [], []
                if progress:
                    progress(done)
        if header is None and not bad:
            raise UserError(f"{path}: the JSON list holds no records")
        if count > done or not done:
            yield _table(path, header or [], rows, numbers, bad, count - done)
            if progress:
                progress(count)
    finally:
        reader.close()


def _header(path: Path, record: dict) -> list[str]:
    header = [str(k) for k in record]
    for position, name in enumerate(header, start=1):
        if not name.strip():
            raise UserError(f"{path}: the first record's key {position} is blank")
    return header


def _kind(value: object) -> str:
    return {list: "list", str: "string", bool: "true/false"}.get(
        type(value), "number" if isinstance(value, int | float) else "null"
    )


def _bad(path: Path, row: int, reason: str, record: object) -> dict:
    return {
        "source_file": str(path),
        "source_row": row,
        "column": "",
        "reason": reason,
        "raw": json.dumps(record, ensure_ascii=False)[:10_000],
    }


def _table(
    path: Path,
    header: list[str],
    rows: list[list[str]],
    numbers: list[int],
    bad: list[dict],
    records: int,
) -> RawTable:
    frame = pd.DataFrame(rows, columns=header, dtype="str") if rows else None
    if frame is None:
        frame = pd.DataFrame({name: pd.Series(dtype="str") for name in header})
    frame["source_row"] = pd.Series(numbers, dtype="int64")
    quarantine = pd.DataFrame(bad, columns=QUARANTINE_COLUMNS) if bad else empty_quarantine()
    return RawTable(path, frame, quarantine.astype({"source_row": "int64"}), records)
