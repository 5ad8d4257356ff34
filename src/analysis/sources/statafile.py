"""Read a Stata file (``.dta``) into the same raw text tables as a CSV.

UCDP publishes its GED as a Stata file too (``ged251-dta.zip`` holding
``GEDEvent_v25_1.dta``), and researchers pass tables on in Stata's format. Each
observation is one row and each variable a column, its values as a CSV would hold them:
strings as they are, whole numbers without a decimal point (``3``, also when Stata stores
them as floats), other numbers as written (``33.55``), dates as ISO text (``2018-03-01``,
with the time where a value has one), missing values blank. Value labels are not applied:
a coded variable keeps its codes, as the provider's CSV has them. Rows are numbered as
the rows of the table they make: the first observation is row 2.

The file is read a part at a time: the part's size follows the width of a row (at most
:data:`~analysis.sources.rawfile.PART_CHARACTERS` bytes of data per part), so memory follows
a part, not what the file's header claims. A file that is not Stata's, or is cut short,
stops the read with one line naming the file (and the rows of the part that failed). Text
that is not UTF-8 (Stata wrote Latin-1 before version 14) is read as Latin-1 with a warning.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "ged.dta"
>>> pd.DataFrame({"id": [1, 2], "best": [3.0, 2.5], "country": ["Mali", ""],
...     "date_start": pd.to_datetime(["2018-03-01", "2018-03-02"])}).to_stata(
...     path, write_index=False, convert_dates={"date_start": "td"})
>>> (table,) = read_dta_chunks(path)
>>> table.frame.to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
[{'id': '1', 'best': '3', 'country': 'Mali', 'date_start': '2018-03-01', 'source_row': 2},
 {'id': '2', 'best': '2.5', 'country': '', 'date_start': '2018-03-02', 'source_row': 3}]
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import UserError
from analysis.schema import empty_quarantine
from analysis.sources.rawfile import PART_CHARACTERS, SMALL_PART_RECORDS, RawTable

# Stata's own marks at a file's start: "<stata_dta>" (formats 117 to 119), else the
# format's number (104 to 115) and the byte order (1 or 2)
_XML_MARK = b"<stata_dta>"
_OLD_FORMATS = {104, 105, 108, 110, 111, 113, 114, 115}


def read_dta_chunks(
    path: Path,
    records: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[RawTable]:
    """The file's observations as RawTables of at most ``records`` rows each (default
    :data:`~analysis.sources.rawfile.SMALL_PART_RECORDS`, fewer for wide rows); always at
    least one table."""
    path = Path(path)
    most = records or SMALL_PART_RECORDS
    done = 0
    with path.open("rb") as handle:
        start = handle.read(len(_XML_MARK))
    if not (
        start == _XML_MARK
        or (start[:1] and start[0] in _OLD_FORMATS and start[1:2] in (b"\x01", b"\x02"))
    ):
        raise UserError(f"{path}: not a Stata file (no Stata mark at its start)")
    try:
        reader = pd.read_stata(path, iterator=True, convert_categoricals=False)
    except Exception as exc:  # any failure of the parser on these bytes is the file's
        raise UserError(f"{path}: not a Stata file that can be read ({_first_line(exc)})") from exc
    latin1: list[int] = []  # the first row of the first part read with text not UTF-8
    with reader:
        first = _read(reader, 1, path, done, latin1)  # a row's width sets a part's size
        if first is None:
            yield _table(path, pd.DataFrame(columns=list(reader.variable_labels())), 0, [])
            return
        width = max(int(first.memory_usage(index=False, deep=True).sum()), 1)
        size = max(1, min(most, PART_CHARACTERS // width))
        rest = _read(reader, size - 1, path, 1, latin1) if size > 1 else None
        frame: pd.DataFrame | None = first if rest is None else pd.concat([first, rest])
        said = False
        while frame is not None:
            warned = bool(latin1) and not said  # said once, by the part that found it
            said = said or warned
            yield _table(path, frame, done, [_latin1_warning(path, latin1[0])] if warned else [])
            done += len(frame)
            if progress:
                progress(done)
            frame = _read(reader, size, path, done, latin1) if len(frame) == size else None


def _read(reader, rows: int, path: Path, done: int, latin1: list[int]) -> pd.DataFrame | None:
    """The next ``rows`` observations (None when none is left); where the parser fell back
    to Latin-1 for text that is not UTF-8, the part's first row goes into ``latin1``."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnicodeWarning)
            frame = reader.read(rows)
    except StopIteration:
        return None
    except Exception as exc:  # any failure of the parser on these bytes is the file's
        raise UserError(
            f"{path}: rows {done + 2:,} onwards cannot be read as Stata data ({_first_line(exc)})"
        ) from exc
    if any(issubclass(w.category, UnicodeWarning) for w in caught):
        latin1.append(done + 2)
    return frame if len(frame) else None


def _latin1_warning(path: Path, row: int) -> str:
    return f"{path}: text that is not UTF-8 was read as Latin-1 (from row {row:,} on)"


def cell_text(column: pd.Series) -> pd.Series:
    """A Stata variable's values as a CSV cell holds them (vectorised, per column).

    >>> cell_text(pd.Series([3.0, 2.5, np.nan, -1.0])).tolist()
    ['3', '2.5', '', '-1']
    >>> cell_text(pd.Series(pd.to_datetime(["2018-03-01 00:00", None]))).tolist()
    ['2018-03-01', '']
    >>> cell_text(pd.Series(pd.to_datetime(["2018-03-01 14:30"]))).tolist()
    ['2018-03-01 14:30:00']
    """
    if pd.api.types.is_datetime64_any_dtype(column):
        times = column.dropna()
        midnight = bool((times == times.dt.normalize()).all())
        text = column.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%d %H:%M:%S")
        return text.fillna("").astype("str")
    if pd.api.types.is_float_dtype(column):
        values = column.to_numpy(dtype="float64")
        whole = np.isfinite(values) & (values == np.floor(values)) & (np.abs(values) < 2**53)
        text = column.astype("str")
        text[whole] = values[whole].astype("int64").astype("str")
        text[~np.isfinite(values)] = ""
        return text.astype("str")
    if pd.api.types.is_numeric_dtype(column):
        return column.astype("str")
    return column.astype("str").where(column.notna(), "")


def _table(path: Path, frame: pd.DataFrame, done: int, warnings_: list[str]) -> RawTable:
    text = pd.DataFrame(
        {str(name): cell_text(frame[name]).to_numpy() for name in frame.columns}, dtype="str"
    )
    text["source_row"] = np.arange(done + 2, done + 2 + len(frame), dtype="int64")
    return RawTable(path, text, empty_quarantine(), len(frame), warnings_)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
