"""Casualty phrases → Count(low, best, high, qualifier): a minimal first version.

Covers digits, number words up to the thousands, "at least", "more than", "about", ranges,
"up to", vague words (ACLED convention) and unknowns. Issue 3's full 80-phrase table and
property tests are still to come.

>>> parse_count("at least 23 passengers")
Count(low=23, best=23, high=23, qualifier='at_least')
>>> parse_count("more than 60")
Count(low=61, best=61, high=61, qualifier='more_than')
>>> parse_count("yet to be confirmed")
Count(low=None, best=None, high=None, qualifier='unknown')
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

UNITS = {
    w: i
    for i, w in enumerate(
        [  # noqa: E501
            "zero",
            "one",
            "two",
            "three",
            "four",  # noqa: E501
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
VAGUE = {
    "several": 10,
    "many": 10,
    "multiple": 10,
    "numerous": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
}
WORDS = {"a dozen": 12, "a couple": 2, "a few": 3}
NONE = re.compile(r"\b(no one|nobody|no casualties|none)\b")


class Count(NamedTuple):
    """A fatality figure as a range with a qualifier."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: str


UNKNOWN = Count(None, None, None, "unknown")


def _words_to_digits(text: str) -> str:
    for phrase, value in WORDS.items():
        text = re.sub(rf"\b{phrase}\b", f"~{value}", text)
    number_word = "|".join([*UNITS, *TENS, "hundred", "thousand", "and"])
    pattern = re.compile(rf"\b(?:{number_word})(?:[\s-]+(?:{number_word}))*\b")

    def convert(match: re.Match) -> str:
        tokens = [t for t in re.split(r"[\s-]+", match.group(0)) if t != "and"]
        if not tokens:
            return match.group(0)
        total = current = 0
        for token in tokens:
            if token in UNITS:
                current += UNITS[token]
            elif token in TENS:
                current += TENS[token]
            elif token == "hundred":
                current = max(current, 1) * 100
            elif token == "thousand":
                total += max(current, 1) * 1000
                current = 0
        return str(total + current)

    return pattern.sub(convert, text)


def parse_count(text: str | int | None) -> Count:
    """Parse one casualty phrase; negative numbers raise ValueError.

    >>> parse_count("between 5 and 8")
    Count(low=5, best=5, high=8, qualifier='range')
    >>> parse_count("up to 40")
    Count(low=1, best=40, high=40, qualifier='up_to')
    """
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return UNKNOWN
    if isinstance(text, int):
        if text < 0:
            raise ValueError(f"negative figure: {text}")
        return Count(text, text, text, "exact")
    raw = str(text).strip().lower().replace(",", "")
    if re.search(r"(?<![\w-])-\s*\d", raw):
        raise ValueError(f"negative figure: {text!r}")
    raw = re.sub(r"\b(\d+)\.0+\b", r"\1", raw)
    if NONE.search(raw):
        return Count(0, 0, 0, "exact")
    s = _words_to_digits(raw)
    approx_word = "~" in s
    s = s.replace("~", "")
    if m := re.search(r"(?:between\s+)?(\d+)\s*(?:to|-|–|and)\s*(\d+)", s):
        low, high = int(m.group(1)), int(m.group(2))
        if "between" in s or not re.search(r"\band\b", m.group(0)):
            if high < low:
                raise ValueError(f"range {text!r}: high below low")
            return Count(low, low, high, "range")
    m = re.search(r"\d+", s)
    if m is None:
        if NONE.search(s):
            return Count(0, 0, 0, "exact")
        for word, value in VAGUE.items():
            if re.search(rf"\b{word}\b", s):
                return Count(value, value, value, "vague")
        return UNKNOWN
    n = int(m.group(0))
    before = s[: m.start()]
    after = s[m.end() :]
    if re.search(r"(at least|no fewer than|a minimum of)\s*$", before) or after.startswith(
        " or more"
    ):
        return Count(n, n, n, "at_least")
    if re.search(r"(more than|over|upwards of)\s*$", before):
        return Count(n + 1, n + 1, n + 1, "more_than")
    if re.search(r"(up to|as many as)\s*$", before):
        return Count(min(1, n), n, n, "up_to")
    if approx_word or re.search(r"(about|around|approximately|some|nearly|almost)\s*$", before):
        return Count(n, n, n, "approximate")
    return Count(n, n, n, "exact")


def parse_counts(values: pd.Series) -> pd.DataFrame:
    """Parse each distinct value once; columns low, best, high (Int64), qualifier, error.

    >>> parse_counts(pd.Series(["six", "-3"]))[["best", "qualifier"]].to_dict("records")
    [{'best': 6, 'qualifier': 'exact'}, {'best': None, 'qualifier': 'invalid'}]
    """
    rows = {}
    for value in values.dropna().unique():
        try:
            rows[value] = (*parse_count(value), None)
        except ValueError as exc:
            rows[value] = (None, None, None, "invalid", str(exc))
    table = pd.DataFrame.from_dict(
        rows, orient="index", columns=["low", "best", "high", "qualifier", "error"]
    )
    out = table.reindex(values.to_numpy())
    out.index = values.index
    out["qualifier"] = out["qualifier"].fillna("unknown")
    return out.astype(
        {"low": "Int64", "best": "Int64", "high": "Int64", "qualifier": "str", "error": "str"}
    )


def count_from_notes(notes: pd.Series) -> pd.DataFrame:
    """A figure next to killed/dead/bodies in free-text notes, flagged as text found.

    >>> count_from_notes(pd.Series(["killing at least 10 people"]))["best"].tolist()
    [10]
    """
    pattern = (
        r"((?:at least|more than|over|about|around|some|up to|as many as)?\s*[\w-]+)"
        r"(?=\s+(?:people\s+|persons\s+|soldiers\s+|civilians\s+)?(?:were\s+)?"
        r"(?:killed|dead|died|bodies))"
        r"|(?:killing|killed)\s+((?:at least|more than|over|about)?\s*[\w-]+)"
    )
    distinct = pd.Series(notes.dropna().unique(), dtype="str")
    found = distinct.str.extract(pattern, flags=re.IGNORECASE)
    fragment = found[0].fillna(found[1]).str.strip()
    parsed = parse_counts(fragment)
    parsed["figure_text"] = fragment.to_numpy()
    parsed.index = distinct.to_numpy()
    out = parsed.reindex(notes.to_numpy())
    out.index = notes.index
    out["qualifier"] = out["qualifier"].fillna("unknown")
    return out
