"""Vectorised field parsers shared by the readers, and the collector of row problems.

Each parser takes a Series of raw text and returns the parsed Series plus a boolean mask
of cells that were present but could not be parsed. A reader records those masks in a
:class:`Problems` collector; at the end, every row with a problem becomes quarantine
records (one per problem) and leaves the clean output.

>>> import pandas as pd
>>> values, bad = parse_int(pd.Series(["3", "", "x", "-2", "4.0"]))
>>> values.tolist(), bad.tolist()
([3, <NA>, <NA>, -2, 4], [False, False, True, False, False])
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.schema import MAX_EVENT_DEATHS, QUARANTINE_COLUMNS, empty_quarantine

DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y")
# Dates that read the same in every locale: ISO, and the month in words (ACLED's own styles,
# and the month abbreviated or first, as English writes it: "6 Sept 2024", "Sep 5, 2024";
# parse_date reads "Sept" as "Sep" and a comma or a dot after a word as a space).
UNAMBIGUOUS_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d-%B-%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%d %b %Y",
    "%d-%b-%Y",
    "%B %d %Y",
    "%b %d %Y",
)
# A date of numbers only, as spreadsheets re-save one: "8/12/2024" (Excel in a US locale),
# "12/08/2024" (UK and most of Europe), "12.08.2024" (German), "12-8-2024" (Dutch).
NUMERIC_DATE = r"^([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})$"
# A whole number: optional sign, digits plain or grouped by commas in threes, optional ".0".
WHOLE_NUMBER = r"^([+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+))(?:\.0*)?$"
MAX_DIGITS = 18  # every 18-digit number fits in a signed 64-bit integer
# Cells every export writes most: plain digits that fit (or nothing at all).
PLAIN_DIGITS = rf"^[0-9]{{1,{MAX_DIGITS}}}$"
# Coordinates as every export writes them: an optional minus, digits, an optional fraction.
PLAIN_DECIMAL = r"^-?[0-9]+(\.[0-9]+)?$"
# A decimal written with a comma ("30,8312", "-1,5"), as spreadsheets in most of Europe do.
DECIMAL_COMMA = r"^(-?[0-9]+),([0-9]+)$"
EXACT_DIGITS = 15  # decimals of up to 15 digits convert exactly the same in Arrow and pandas
# Plausible event dates (docs/limits.md): from 1800 to a year after the day of the ingest.
EARLIEST_DATE = pd.Timestamp("1800-01-01")
FUTURE_DAYS = 366


def column(raw: pd.DataFrame, name: str) -> pd.Series:
    """A raw column as text; a column the file lacks (older exports) reads as all blank.

    >>> column(pd.DataFrame({"a": ["1"]}), "b").isna().tolist()
    [True]
    """
    if name in raw.columns:
        return raw[name].astype("str")
    return pd.Series(pd.NA, index=raw.index, dtype="str")


def blank(values: pd.Series) -> pd.Series:
    """True where a cell is missing or only whitespace.

    >>> blank(pd.Series(["a", " ", None])).tolist()
    [False, True, True]
    """
    return values.isna() | values.astype("str").str.strip().eq("")


def text(values: pd.Series) -> pd.Series:
    """Stripped text with blanks as missing values.

    >>> text(pd.Series([" Quetta ", ""])).tolist()
    ['Quetta', nan]
    """
    stripped = values.astype("str").str.strip()
    return stripped.mask(stripped.eq("")).astype("str")


def joined_text(columns: list[pd.Series], sep: str = "; ") -> pd.Series:
    """The non-blank texts of ``columns``, stripped, joined by ``sep`` per row; missing
    where every one is blank.

    >>> a = pd.Series(["Dawn, 2 Mar", " ", None])
    >>> b = pd.Series(["Reuters", "AFP", None])
    >>> joined_text([a, b]).tolist()
    ['Dawn, 2 Mar; Reuters', 'AFP', nan]
    """
    joined = pd.Series("", index=columns[0].index, dtype="str")
    for column in columns:
        part = text(column)
        glue = pd.Series(sep, index=joined.index).where(joined.ne("") & part.notna(), "")
        joined = joined + glue + part.fillna("")
    return joined.mask(joined.eq("")).astype("str")


def parse_int(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whole numbers as Int64; the mask marks non-blank cells that are not.

    A whole number is digits with an optional sign, either plain ("1200") or with commas
    in their proper places ("1,200"), optionally followed by a zero fraction ("12.0", as
    spreadsheets write whole numbers). Anything else is not read as a count: "1,2,3",
    exponents ("1e9"), fractions ("2.5"), and numbers of more than
    :data:`MAX_DIGITS` digits (they do not fit in a 64-bit integer).

    >>> parse_int(pd.Series(["1,200", "1,2,3", "1e9", "12.0"]))[0].tolist()
    [1200, <NA>, <NA>, 12]
    >>> parse_int(pd.Series(["18446744073709551617"]))[1].tolist()
    [True]
    """
    plain = _plain_numbers(values)
    if plain is not None:
        return plain, pd.Series(False, index=values.index)
    # A million rows hold a few thousand distinct figures: parse each distinct text once.
    codes, distinct = pd.factorize(values.astype("str"))
    digits = _whole_digits(pd.Series(np.asarray(distinct, dtype=object), dtype="str"))
    fits = digits.str.lstrip("-").str.lstrip("0").str.len().le(MAX_DIGITS)
    digits = digits.where(fits.fillna(False).astype(bool)).astype("str")
    parsed = digits.astype("Int64")  # exact: text to integer, never through float
    numbers = pd.Series(parsed.array.take(codes, allow_fill=True), index=values.index)
    bad = ~blank(values) & numbers.isna()
    return numbers, bad


def _cells_matching(texts: pd.Series, pattern: str) -> pa.Array | None:
    """``texts`` as an Arrow string array with empty cells missing, when every cell present
    matches ``pattern`` (or none is present); None otherwise, or for a column not of text.

    >>> _cells_matching(pd.Series(["1", "", None]), r"^[0-9]+$").to_pylist()
    ['1', None, None]
    >>> _cells_matching(pd.Series(["1", "x"]), r"^[0-9]+$") is None
    True
    """
    text = pa.array(texts, from_pandas=True)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    if not pa.types.is_string(text.type) and not pa.types.is_large_string(text.type):
        return None
    present = pc.if_else(pc.equal(text, ""), pa.scalar(None, text.type), text)
    # over the cells present; None (not False) when there is none
    if pc.all(pc.match_substring_regex(present, pattern)).as_py() is False:
        return None
    return present


def _plain_numbers(values: pd.Series) -> pd.Series | None:
    """The numbers of a column whose every cell is plain digits (:data:`PLAIN_DIGITS`),
    empty or missing, converted in Arrow; None for any other column (the general rules
    of :func:`parse_int` then apply). Such a column reads the same either way: digits are
    a whole number as written, an empty cell is missing and not an error.

    >>> _plain_numbers(pd.Series(["007", "", None, "12"])).tolist()
    [7, <NA>, <NA>, 12]
    >>> _plain_numbers(pd.Series(["1,200"])) is None
    True
    """
    present = _cells_matching(values.astype("str"), PLAIN_DIGITS)
    if present is None:
        return None
    numbers = pc.fill_null(pc.cast(present, pa.int64()), 0).to_numpy(zero_copy_only=False)
    missing = present.is_null().to_numpy(zero_copy_only=False)
    array = pd.arrays.IntegerArray(numbers.astype("int64"), missing)
    return pd.Series(array, index=values.index)


def _whole_digits(texts: pd.Series) -> pd.Series:
    """The digits (with a minus sign) of texts written as whole numbers, else missing."""
    digits = texts.str.strip().str.extract(WHOLE_NUMBER, expand=False)
    return digits.str.replace(",", "", regex=False).str.lstrip("+")


def too_large(values: pd.Series) -> pd.Series:
    """True where a cell is written as a whole number but has more than :data:`MAX_DIGITS`
    digits (so :func:`parse_int` cannot hold it).

    >>> too_large(pd.Series(["9" * 19, "12", "x"])).tolist()
    [True, False, False]
    """
    if _plain_numbers(values) is not None:  # at most MAX_DIGITS digits everywhere
        return pd.Series(False, index=values.index)
    codes, distinct = pd.factorize(values.astype("str"))
    digits = _whole_digits(pd.Series(np.asarray(distinct, dtype=object), dtype="str"))
    long = digits.str.lstrip("-").str.lstrip("0").str.len().gt(MAX_DIGITS).fillna(False)
    found = np.append(long.to_numpy(dtype=bool), False)[codes]  # code -1 (missing): False
    return pd.Series(found, index=values.index)


def count_problems(
    problems: Problems,
    name: str,
    text: pd.Series,
    numbers: pd.Series,
    bad: pd.Series,
    maximum: int | None = MAX_EVENT_DEATHS,
) -> None:
    """Record why a count column's cells are not counts: not a whole number, too large to
    hold, or (with ``maximum``) more deaths than one event can plausibly have.

    >>> raw = pd.DataFrame({"n": ["3", "x", "9" * 20, "2000000"], "source_row": [2, 3, 4, 5]})
    >>> problems = Problems(raw, Path("x.csv"))
    >>> numbers, bad = parse_int(raw["n"])
    >>> count_problems(problems, "n", raw["n"], numbers, bad)
    >>> problems.quarantine()["reason"].tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['not a whole number', 'more than 18 digits: too large to be a count',
     'more than 1,000,000 deaths in one event (the documented upper bound)']
    """
    huge = too_large(text)
    problems.add(bad & ~huge, name, "not a whole number")
    problems.add(huge, name, f"more than {MAX_DIGITS} digits: too large to be a count")
    if maximum is not None:
        over = numbers.gt(maximum)
        reason = f"more than {maximum:,} deaths in one event (the documented upper bound)"
        problems.add(over, name, reason)


def parse_float(values: pd.Series, decimal_comma: bool = False) -> tuple[pd.Series, pd.Series]:
    """Decimal numbers as float64; the mask marks non-blank cells that are not numbers.
    With ``decimal_comma`` (a file whose fields are not separated by commas, as Excel
    writes CSV in most of Europe), "30,8312" is 30.8312: one comma between digits, no dot.

    >>> parse_float(pd.Series(["29.03", "n/a", ""]))[1].tolist()
    [False, True, False]
    >>> parse_float(pd.Series(["30,8312", "-1,5", "1,234.5"]), decimal_comma=True)[0].tolist()
    [30.8312, -1.5, nan]
    """
    stripped = values.astype("str").str.strip()
    if decimal_comma:
        stripped = stripped.str.replace(DECIMAL_COMMA, r"\1.\2", regex=True)
    present = stripped.notna() & stripped.ne("")  # not blank(values): stripped once
    plain = _plain_decimals(stripped)
    if plain is not None:
        return plain, pd.Series(False, index=values.index)
    numbers = pd.to_numeric(stripped.where(present), errors="coerce")
    bad = present & numbers.isna()
    return numbers.astype("float64"), bad


def _plain_decimals(stripped: pd.Series) -> pd.Series | None:
    """The numbers of a column of stripped cells that are all plain decimals
    (:data:`PLAIN_DECIMAL`, at most :data:`EXACT_DIGITS` digits) or empty, converted in
    Arrow; None for any other column (``pandas.to_numeric`` then reads it). A decimal of
    at most 15 digits is the double nearest to it either way (one exact integer scaled by
    an exact power of ten), so both read the same number.

    >>> _plain_decimals(pd.Series(["29.03", "-0.5", "", None])).tolist()
    [29.03, -0.5, nan, nan]
    >>> [_plain_decimals(pd.Series([x])) is None for x in ("1e5", "1" * 16, "-0", "+1")]
    [True, True, True, True]
    """
    present = _cells_matching(stripped, PLAIN_DECIMAL)
    if present is None:
        return None
    digits = pc.utf8_length(pc.replace_substring(present, "-", ""))
    digits = pc.subtract(digits, pc.cast(pc.match_substring(present, "."), pa.int32()))
    if pc.max(digits).as_py() is not None and pc.max(digits).as_py() > EXACT_DIGITS:
        return None
    numbers = pc.cast(present, pa.float64()).to_numpy(zero_copy_only=False)
    if (np.signbit(numbers) & (numbers == 0)).any():
        return None  # "-0": pandas reads it 0.0 in a column of whole numbers, else -0.0
    return pd.Series(numbers, index=stripped.index, dtype="float64")


def parse_date(
    values: pd.Series, formats: tuple[str, ...] = DATE_FORMATS
) -> tuple[pd.Series, pd.Series]:
    """Dates in any of ``formats`` (tried in order), as datetime64[us] at midnight.

    A date with the month in words may abbreviate it as English does ("Sept", "Sep.") and
    put a comma after the day ("Sep 5, 2024"): read as "Sep 5 2024".

    >>> dates, bad = parse_date(pd.Series(["25 August 2024", "2024-08-26", "32 August 2024"]))
    >>> dates.dt.strftime("%Y-%m-%d").tolist(), bad.tolist()
    (['2024-08-25', '2024-08-26', nan], [False, False, True])
    >>> worded = pd.Series(["6 Sept 2024", "Sep 5, 2024", "Sept. 7, 2024", "September 8, 2024"])
    >>> parse_date(worded, UNAMBIGUOUS_DATE_FORMATS)[0].dt.strftime("%m-%d").tolist()
    ['09-06', '09-05', '09-07', '09-08']
    """
    raw = values.astype("str").str.strip().where(~blank(values))
    # A million events fall on a few thousand days: parse each distinct text once.
    codes, distinct = pd.factorize(raw)
    distinct = _english_month_words(pd.Series(np.asarray(distinct, dtype=object), dtype="str"))
    days = pd.Series(pd.NaT, index=distinct.index, dtype="datetime64[us]")
    for fmt in formats:
        todo = days.isna()
        if not todo.any():
            break
        attempt = pd.to_datetime(distinct[todo], format=fmt, errors="coerce")
        days[todo] = attempt.astype("datetime64[us]")
    found = np.append(days.dt.normalize().to_numpy(), np.datetime64("NaT", "us"))[codes]
    parsed = pd.Series(found, index=values.index, dtype="datetime64[us]")
    return parsed, raw.notna() & parsed.isna()


def _english_month_words(texts: pd.Series) -> pd.Series:
    """Dates with the month in words as :func:`parse_date` reads them: "Sept" as "Sep", a
    comma or dot after a word or a day as a space, runs of spaces as one (texts without a
    letter are left as they are).

    >>> _english_month_words(pd.Series(["Sept. 5, 2024", "05.09.2024"])).tolist()
    ['Sep 5 2024', '05.09.2024']
    """
    worded = texts.str.contains(r"[A-Za-z]", regex=True, na=False)
    if not worded.any():
        return texts
    words = texts[worded].str.replace(r"(?i)\bsept\b", "Sep", regex=True)
    words = words.str.replace(r"(?<=[A-Za-z0-9])[.,](?=\s)", " ", regex=True)
    words = words.str.replace(r"\s+", " ", regex=True).str.strip()
    return texts.where(~worded, words)


def date_style(values: pd.Series, formats: tuple[str, ...] = DATE_FORMATS) -> str | None:
    """The one format (of ``formats``) a file writes its dates in: the one that reads the
    most distinct dates, the first on a tie (None when nothing is written).

    Deciding per file, not per row, keeps ``03/04/2016`` from meaning 3 April in one row and
    4 March in the next.

    >>> date_style(pd.Series(["13/01/2016", "02/01/2016", ""]), ("%m/%d/%Y", "%d/%m/%Y"))
    '%d/%m/%Y'
    >>> date_style(pd.Series(["25 August 2024"])), date_style(pd.Series([""])) is None
    ('%d %B %Y', True)
    """
    raw = values.astype("str").str.strip()
    distinct = pd.Series(raw[~blank(values)].unique(), dtype="str")
    if distinct.empty:
        return None
    read = [
        int(pd.to_datetime(distinct, format=fmt, errors="coerce").notna().sum()) for fmt in formats
    ]
    best = max(range(len(formats)), key=lambda i: (read[i], -i))
    return formats[best] if read[best] else None


@dataclass(frozen=True)
class DateOrder:
    """The day/month order of a file's numeric dates ("8/12/2024", "12.08.2024"):
    ``day_first`` True or False, or None when the file does not decide it (those dates are
    then quarantined), and ``why``, in words.

    >>> DateOrder(False, "2 dates such as '8/13/2024' have a second part above 12").name
    'month first'
    """

    day_first: bool | None
    why: str

    @property
    def name(self) -> str:
        """ "day first", "month first" or "ambiguous"."""
        return {True: "day first", False: "month first", None: "ambiguous"}[self.day_first]

    def said(self) -> str:
        """How the dates were read, and why, in words.

        >>> DateOrder(None, "no part is above 12").said()
        'not read: day/month order ambiguous (no part is above 12)'
        """
        if self.day_first is None:
            return f"not read: day/month order ambiguous ({self.why})"
        return f"read {self.name} ({self.why})"

    def to_dict(self) -> dict[str, str]:
        """Plain data for ``--json``.

        >>> DateOrder(True, "x").to_dict()
        {'order': 'day first', 'why': 'x'}
        """
        return {"order": self.name, "why": self.why}


def numeric_date_order(values: pd.Series, usual_when_padded: str = "") -> DateOrder | None:
    """The day/month order of the numeric dates in ``values`` (None when there are none),
    decided for the whole file from the dates that can only be read one way: a first part
    above 12 is a day (day first), a second part above 12 is a day (month first). When
    dates of both kinds occur, the order of more rows wins (the others do not fit it and
    are quarantined); an even split decides nothing. When every date could be either
    (both parts at most 12): dotted dates are day first (no locale writes them month
    first); slashed dates with two-digit parts are day first when ``usual_when_padded``
    (the provider's documented style, in words) says so; otherwise nothing is decided.

    >>> numeric_date_order(pd.Series(["8/5/2024", "8/13/2024", "25 August 2024"]))
    DateOrder(day_first=False, why="1 date(s) such as '8/13/2024' have a second part above 12")
    >>> numeric_date_order(pd.Series(["8/5/2024"])).name
    'ambiguous'
    >>> numeric_date_order(pd.Series(["05.08.2024"])).name, numeric_date_order(pd.Series([""]))
    ('day first', None)
    """
    counts = values.astype("str").str.strip().value_counts()
    parts = pd.Series(counts.index, dtype="str").str.extract(NUMERIC_DATE)
    numeric = parts[0].notna().to_numpy()
    if not numeric.any():
        return None
    rows = pd.Series(counts.to_numpy()[numeric], index=counts.index[numeric])
    parts = parts[numeric].set_axis(rows.index)
    first, second = parts[0].astype("int64"), parts[2].astype("int64")
    day_first = first.gt(12) & second.le(12)
    month_first = second.gt(12) & first.le(12)
    by_day, by_month = int(rows[day_first].sum()), int(rows[month_first].sum())

    def evidence(mask: pd.Series, count: int, part: str) -> str:
        return f"{count} date(s) such as '{rows[mask].index[0]}' have a {part} part above 12"

    if by_day or by_month:
        said_day = evidence(day_first, by_day, "first") if by_day else ""
        said_month = evidence(month_first, by_month, "second") if by_month else ""
        if by_day == by_month:
            return DateOrder(None, f"contradictory: {said_day}, {said_month}")
        if by_day > by_month:
            return DateOrder(True, said_day + (f"; {said_month}" if by_month else ""))
        return DateOrder(False, said_month + (f"; {said_day}" if by_day else ""))
    example = rows.index[0]
    if parts[1].eq(".").all():
        return DateOrder(
            True, f"no part is above 12 (e.g. '{example}'); dotted dates are day first"
        )
    padded = parts[0].str.len().eq(2).all() and parts[2].str.len().eq(2).all()
    if usual_when_padded and padded and parts[1].eq("/").all():
        return DateOrder(True, f"no part is above 12 (e.g. '{example}'); {usual_when_padded}")
    either = f"no part is above 12 (e.g. '{example}'), and no usual order for such dates"
    return DateOrder(None, either)


def read_dates(
    values: pd.Series, order: DateOrder | None, formats: tuple[str, ...] = UNAMBIGUOUS_DATE_FORMATS
) -> tuple[pd.Series, pd.Series]:
    """Dates as datetime64[us], and why a present cell is not one (missing where it is):
    each cell in any of ``formats`` (ISO and the month in words read the same everywhere,
    so they mix freely) or numeric in the file's ``order``.

    >>> order = DateOrder(False, "1 date(s) such as '8/13/2024' have a second part above 12")
    >>> texts = pd.Series(["8/13/2024", "2024-08-05", "13/8/2024", "soon", ""])
    >>> dates, why = read_dates(texts, order)
    >>> dates.dt.strftime("%Y-%m-%d").tolist()
    ['2024-08-13', '2024-08-05', nan, nan, nan]
    >>> why.tolist()[2:]  # doctest: +NORMALIZE_WHITESPACE
    ["not a date in the file's day/month order (month first: 1 date(s) such as '8/13/2024'
      have a second part above 12)", 'unparseable date', nan]
    """
    dates, bad = parse_date(values, formats)
    codes, distinct = pd.factorize(values.astype("str").str.strip())
    parts = pd.Series(np.asarray(distinct, dtype=object), dtype="str").str.extract(NUMERIC_DATE)
    numeric_distinct = parts[0].notna()
    if order is not None and order.day_first is not None and numeric_distinct.any():
        day, month = (parts[0], parts[2]) if order.day_first else (parts[2], parts[0])
        found = pd.to_datetime(
            pd.DataFrame({"year": parts[3], "month": month, "day": day}).astype("float64"),
            errors="coerce",
        ).astype("datetime64[us]")
        numeric_dates = np.append(found.to_numpy(), np.datetime64("NaT", "us"))[codes]
        dates = dates.fillna(pd.Series(numeric_dates, index=values.index))
    numeric = pd.Series(np.append(numeric_distinct.to_numpy(), False)[codes], index=values.index)
    why = pd.Series(pd.NA, index=values.index, dtype="str")
    why[bad & ~numeric] = "unparseable date"
    if order is not None:
        if order.day_first is None:
            text = f"day/month order ambiguous: {order.why}; ISO dates (yyyy-mm-dd) are not"
        else:
            text = f"not a date in the file's day/month order ({order.name}: {order.why})"
        why[numeric & dates.isna()] = text
    return dates, why


def parse_unix_time(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Unix seconds (ACLED ``timestamp``) as datetime64[us]; the mask marks cells that are
    not whole numbers or fall outside the dates datetime64 can hold.

    >>> parse_unix_time(pd.Series(["1724803200"]))[0].dt.strftime("%Y-%m-%d").tolist()
    ['2024-08-28']
    >>> parse_unix_time(pd.Series(["99999999999999999"]))[1].tolist()
    [True]
    """
    seconds, bad = parse_int(values)
    limit = 2**63 // 1_000_000 - 1  # microseconds must fit in int64
    in_range = seconds.abs().le(limit).fillna(False).astype(bool)
    micros = (seconds.where(in_range) * 1_000_000).astype("float64")
    stamps = pd.to_datetime(micros, unit="us", errors="coerce").astype("datetime64[us]")
    return stamps, bad | (seconds.notna() & stamps.isna())


def implausible_dates(dates: pd.Series, today: pd.Timestamp | None = None) -> pd.Series:
    """True where a date lies outside the plausible range: before :data:`EARLIEST_DATE`
    or more than :data:`FUTURE_DAYS` days after ``today`` (default: now).

    >>> texts = ["0001-01-01", "2024-08-26", "9999-12-31"]
    >>> days = pd.Series(pd.to_datetime(texts, format="%Y-%m-%d"))
    >>> implausible_dates(days, pd.Timestamp("2024-09-01")).tolist()
    [True, False, True]
    """
    latest = (today or pd.Timestamp.now()).normalize() + pd.Timedelta(days=FUTURE_DAYS)
    return (dates.lt(EARLIEST_DATE) | dates.gt(latest)).fillna(False).astype(bool)


def date_range_text(today: pd.Timestamp | None = None) -> str:
    """The plausible range in words, for quarantine reasons.

    >>> date_range_text(pd.Timestamp("2024-09-01"))
    'outside the plausible range 1800-01-01 to 2025-09-02'
    """
    latest = (today or pd.Timestamp.now()).normalize() + pd.Timedelta(days=FUTURE_DAYS)
    return f"outside the plausible range {EARLIEST_DATE:%Y-%m-%d} to {latest:%Y-%m-%d}"


class Problems:
    """Collects (rows, column, reason) problems found while reading one table.

    >>> raw = pd.DataFrame({"fatalities": ["2", "-1"], "source_row": [2, 3]})
    >>> problems = Problems(raw, Path("x.csv"))
    >>> problems.add(pd.Series([False, True]), "fatalities", "negative number")
    >>> problems.rows.tolist()
    [False, True]
    >>> problems.quarantine()[["source_row", "column", "reason"]].to_dict("records")
    [{'source_row': 3, 'column': 'fatalities', 'reason': 'negative number'}]
    """

    def __init__(self, raw: pd.DataFrame, path: Path) -> None:
        self.raw = raw
        self.path = path
        self.rows = pd.Series(False, index=raw.index)
        self._found: list[tuple[pd.Series, str, str]] = []
        self._repaired: list[tuple[pd.Series, str, str]] = []

    def repair(self, mask: pd.Series, column: str, reason: str) -> None:
        """Record that the reader repaired ``column`` in the rows of ``mask``: the row is
        stored (the source counts it), with ``reason`` in its ``data_quality``.

        >>> raw = pd.DataFrame({"high": ["0", "5"], "source_row": [2, 3]})
        >>> problems = Problems(raw, Path("x.csv"))
        >>> problems.repair(pd.Series([True, False]), "high", "high below best: set to best")
        >>> problems.quality().tolist()
        ['repaired: high below best: set to best', nan]
        >>> problems.repairs()[["source_row", "column"]].values.tolist()
        [[2, 'high']]
        """
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            self._repaired.append((mask, column, reason))

    def quality(self) -> pd.Series:
        """Each row's ``data_quality``: "repaired: " and its repairs, "; "-separated."""
        if not self._repaired:  # what the rules below give when nothing was repaired
            return pd.Series(pd.NA, index=self.raw.index, dtype="str")
        text = pd.Series("", index=self.raw.index, dtype="str")
        for mask, _, reason in self._repaired:
            text = text.where(~mask, text + "; " + reason)
        text = "repaired: " + text.str.removeprefix("; ")
        return text.where(text.ne("repaired: ")).astype("str")

    def repairs(self) -> pd.DataFrame:
        """One record per (row, repair): like :meth:`quarantine`, for rows that are kept."""
        if not self._repaired:
            return empty_quarantine()
        raw_json = self._raw_json(pd.concat([m for m, _, _ in self._repaired], axis=1).any(axis=1))
        parts = [
            pd.DataFrame(
                {
                    "source_file": str(self.path),
                    "source_row": self.raw.loc[mask, "source_row"].to_numpy(),
                    "column": column,
                    "reason": reason,
                    "raw": raw_json[mask[mask].index].to_numpy(),
                }
            )
            for mask, column, reason in self._repaired
        ]
        out = pd.concat(parts, ignore_index=True)
        return out.sort_values(["source_row", "column"], kind="stable")[QUARANTINE_COLUMNS]

    def add(self, mask: pd.Series, column: str, reason: str | pd.Series) -> None:
        """Record ``reason`` (one text, or one per row) for every row where ``mask`` is true."""
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            self._found.append((mask, column, reason))
            self.rows = self.rows | mask

    def quarantine(self) -> pd.DataFrame:
        """One quarantine record per (row, problem), with the raw row as JSON."""
        if not self._found:
            return empty_quarantine()
        raw_json = self._raw_json(self.rows)
        parts = []
        for mask, column, reason in self._found:
            rows = self.raw.loc[mask, "source_row"]
            parts.append(
                pd.DataFrame(
                    {
                        "source_file": str(self.path),
                        "source_row": rows.to_numpy(),
                        "column": column,
                        # a reason per row (a Series) is taken for the rows it applies to
                        "reason": reason[mask].to_numpy()
                        if isinstance(reason, pd.Series)
                        else reason,
                        "raw": raw_json[mask[mask].index].to_numpy(),
                    }
                )
            )
        out = pd.concat(parts, ignore_index=True)
        return out.sort_values(["source_row", "column"], kind="stable")[QUARANTINE_COLUMNS]

    def _raw_json(self, rows: pd.Series) -> pd.Series:
        # Only quarantined rows (few) are serialised, so a per-row dump is fine here.
        subset = self.raw.loc[rows].drop(columns="source_row")
        records = subset.astype(object).where(subset.notna(), None).to_dict("records")
        dumped = [json.dumps(r, ensure_ascii=False) for r in records]
        return pd.Series(dumped, index=subset.index, dtype="str")
