"""Casualty phrases → ``Count(low, best, high, qualifier)``, by one documented convention.

The convention follows ACLED's coding rules where they exist; its table, with an example
for each kind of phrase, is in ``docs/methodology.md`` ("Casualty phrases"), checked against
this module by ``tests/test_counts.py``.

Case, punctuation, hyphenation and surrounding words do not matter; the first figure in
the text is the one read. Negative figures, fractions of a person and ranges whose high end
is below the low end raise ``ValueError`` (readers quarantine such rows with the reason).

>>> parse_count("At least 23 passengers were killed")
Count(low=23, best=23, high=23, qualifier='at_least')
>>> parse_count("more than a dozen")
Count(low=13, best=13, high=13, qualifier='more_than')
>>> parse_count("yet to be confirmed")
Count(low=None, best=None, high=None, qualifier='unknown')
"""

from __future__ import annotations

import numbers
import re
from typing import NamedTuple

import pandas as pd

from analysis.reference.victim_groups import victim_words

UNITS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
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
    word: 10 * (i + 2)
    for i, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

# Words that stand for a figure, read as "approximate" ("a dozen" is twelve-ish).
APPROXIMATE_WORDS = {
    "half a dozen": 6,
    "a dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "a few": 3,
    "a handful of": 3,
    "a handful": 3,
}
# ACLED convention: a vague plural is coded as the figure below, not its lowest reading.
VAGUE_WORDS = {
    "several": 10,
    "many": 10,
    "multiple": 10,
    "numerous": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
}
ZERO_PHRASES = (
    r"no[\s-]+one|nobody|none|no\s+(?:casualties|deaths|fatalities|(?:one|people|persons)\s+"
    r"(?:was|were)\s+(?:killed|hurt|harmed))|nil"
)

# Words before the figure that set the qualifier; the longest phrases are tried first.
BEFORE = {
    "at_least": (
        "at least",
        "no fewer than",
        "not fewer than",
        "no less than",
        "not less than",
        "a minimum of",
        "minimum of",
    ),
    "more_than": ("more than", "over", "upwards of", "in excess of", "greater than"),
    "up_to": ("up to", "as many as", "a maximum of", "at most", "no more than", "not more than"),
    "approximate": (
        "about",
        "around",
        "approximately",
        "approx",
        "some",
        "nearly",
        "almost",
        "roughly",
        "an estimated",
        "estimated",
        "close to",
        "circa",
        "~",
    ),
}
AFTER = {
    "at_least": ("or more", "+", "plus", "or above"),
    "approximate": ("or so",),
}


class Count(NamedTuple):
    """A fatality figure as a range with a qualifier (``None`` where unknown)."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: str


UNKNOWN = Count(None, None, None, "unknown")

_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+|[~+\-]")
# Digits joined by a comma that is not a thousands separator ("1,2,3" is left after
# "1,200" became "1200"), or a number with an exponent ("1e9"): not a count of people.
_NOT_A_FIGURE = re.compile(r"\d,\d|\d(?:\.\d+)?e[+-]?\d")
_LARGEST = 10**18  # figures from here on do not fit a 64-bit count


class _Figure(NamedTuple):
    start: int  # index of the figure's first token
    end: int  # index after its last token
    value: int
    approximate: bool
    vague: bool


def parse_count(text: object) -> Count:
    """Parse one casualty phrase into ``Count(low, best, high, qualifier)``.

    >>> parse_count("between 5 and 8")
    Count(low=5, best=5, high=8, qualifier='range')
    >>> parse_count("up to 40")
    Count(low=1, best=40, high=40, qualifier='up_to')
    >>> parse_count("one hundred and five")
    Count(low=105, best=105, high=105, qualifier='exact')
    >>> parse_count("Dozens")
    Count(low=12, best=12, high=12, qualifier='vague')
    """
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return UNKNOWN
    if isinstance(text, bool):
        raise ValueError(f"not a figure: {text!r}")
    if isinstance(text, numbers.Number):
        return _number(text)
    normalised = _normalise(str(text))
    if _NOT_A_FIGURE.search(normalised):
        raise ValueError(f"not a figure (misplaced separator or exponent): {text!r}")
    tokens = _TOKEN.findall(normalised)
    figures = _figures(tokens)
    if not figures:
        return UNKNOWN
    first = figures[0]
    if first.vague:
        return Count(first.value, first.value, first.value, "vague")
    if _negative(tokens, first):
        raise ValueError(f"negative figure: {text!r}")
    high = _range_end(tokens, figures)
    if high is not None:
        if high < first.value:
            raise ValueError(f"range {text!r}: the high end is below the low end")
        return Count(first.value, first.value, high, "range")
    qualifier = _qualifier(tokens, first)
    n = first.value
    if qualifier == "more_than":
        return Count(n + 1, n + 1, n + 1, qualifier)
    if qualifier == "up_to":
        return Count(min(1, n), n, n, qualifier)
    return Count(n, n, n, qualifier)


def _negative(tokens: list[str], figure: _Figure) -> bool:
    """A minus sign right before the figure that does not join two figures ("5-8")."""
    i = figure.start
    return i > 0 and tokens[i - 1] == "-" and (i < 2 or not tokens[i - 2][0].isdigit())


def _number(value: numbers.Number) -> Count:
    if value < 0:
        raise ValueError(f"negative figure: {value}")
    if value != int(value):
        raise ValueError(f"not a whole number: {value}")
    n = int(value)
    return Count(n, n, n, "exact")


def _normalise(text: str) -> str:
    s = text.lower().replace("\u00a0", " ")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)  # hyphens, en and em dashes, minus sign
    s = re.sub(r"(?<=\d)[,\u2009 ](?=\d{3}\b)", "", s)  # 1,200 and 1 200
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s)  # twenty-three, no-one
    s = re.sub(rf"\b(?:{ZERO_PHRASES})\b", " 0 ", s)
    return s


def _figures(tokens: list[str]) -> list[_Figure]:
    """Every figure in the token list, in order: digits, number words, fixed and vague words."""
    found: list[_Figure] = []
    i = 0
    while i < len(tokens):
        figure = _figure_at(tokens, i)
        if figure is None:
            i += 1
            continue
        found.append(figure)
        i = figure.end
    return found


def _figure_at(tokens: list[str], i: int) -> _Figure | None:
    token = tokens[i]
    if token in VAGUE_WORDS and not (token == "many" and i and tokens[i - 1] in ("as", "how")):
        return _Figure(i, i + 1, VAGUE_WORDS[token], False, True)
    for phrase, value in APPROXIMATE_WORDS.items():
        words = phrase.split()
        if tokens[i : i + len(words)] == words:
            return _Figure(i, i + len(words), value, True, False)
    if token[0].isdigit():
        value = float(token)
        end = i + 1
        if end < len(tokens) and tokens[end] in SCALES:
            value *= SCALES[tokens[end]]
            end += 1
        if end < len(tokens) and tokens[end] == "dozen":
            return _Figure(i, end + 1, _whole(value * 12, token), True, False)
        return _Figure(i, end, _whole(value, token), False, False)
    return _words_at(tokens, i)


def _whole(value: float, token: str) -> int:
    if value != int(value):
        raise ValueError(f"not a whole number: {token!r}")
    return int(value)


def _words_at(tokens: list[str], i: int) -> _Figure | None:
    """A run of number words ("one hundred and five", "a thousand", "two dozen")."""
    total = current = 0
    last = None  # kind of the previous word: unit, teen, tens, hundred, scale, and
    j = i
    if tokens[i] == "a" and i + 1 < len(tokens) and tokens[i + 1] in SCALES:
        current, j = 1, i + 1
    while j < len(tokens):
        token = tokens[j]
        kind = _word_kind(token)
        if kind is None or kind not in _FOLLOWS[last]:
            break
        if kind in ("unit", "teen", "tens"):
            current += UNITS.get(token) or TENS.get(token, 0)
        elif kind == "hundred":
            current = max(current, 1) * 100
        elif kind == "scale":
            total, current = total + max(current, 1) * SCALES[token], 0
        last = kind
        j += 1
    if last in (None, "and"):
        return None
    if last == "unit" and tokens[j - 1] == "zero" and j - i > 1:
        return None
    if j < len(tokens) and tokens[j] == "dozen":
        return _Figure(i, j + 1, (total + current) * 12, True, False)
    return _Figure(i, j, total + current, False, False)


_FOLLOWS: dict[str | None, tuple[str, ...]] = {
    None: ("unit", "teen", "tens", "hundred", "scale"),
    "unit": ("hundred", "scale"),
    "teen": ("hundred", "scale"),
    "tens": ("unit", "hundred", "scale"),
    "hundred": ("unit", "teen", "tens", "and", "scale"),
    "scale": ("unit", "teen", "tens", "and"),
    "and": ("unit", "teen", "tens"),
}


def _word_kind(token: str) -> str | None:
    if token in UNITS:
        return "unit" if UNITS[token] < 10 else "teen"
    if token in TENS:
        return "tens"
    if token == "hundred":
        return "hundred"
    if token in SCALES:
        return "scale"
    if token == "and":
        return "and"
    return None


def _range_end(tokens: list[str], figures: list[_Figure]) -> int | None:
    """The high end when the first figure opens a range ("5 to 8", "between 5 and 8")."""
    if len(figures) < 2:
        return None
    first, second = figures[0], figures[1]
    if first.vague or second.vague:
        return None
    between = tokens[first.end : second.start]
    before = tokens[max(0, first.start - 1) : first.start]
    if between in (["to"], ["-"], ["or"]) or (before == ["from"] and between == ["to"]):
        return second.value
    if before == ["between"] and between == ["and"]:
        return second.value
    return None


def _qualifier(tokens: list[str], figure: _Figure) -> str:
    before = " ".join(tokens[max(0, figure.start - 4) : figure.start])
    for qualifier, phrases in BEFORE.items():
        if any(before == p or before.endswith(" " + p) for p in phrases):
            return qualifier
    after = " ".join(tokens[figure.end : figure.end + 2])
    for qualifier, phrases in AFTER.items():
        if any(after == p or after.startswith(p + " ") for p in phrases):
            return qualifier
    return "approximate" if figure.approximate else "exact"


def parse_counts(values: pd.Series) -> pd.DataFrame:
    """Parse each distinct value once; columns low, best, high (Int64), qualifier, error.

    A value that cannot be read gets qualifier "invalid" and the reason in ``error``.

    >>> parse_counts(pd.Series(["six", "-3", None]))[["best", "qualifier"]].to_dict("records")
    [{'best': 6, 'qualifier': 'exact'}, {'best': None, 'qualifier': 'invalid'}, \
{'best': None, 'qualifier': 'unknown'}]
    """
    rows = {}
    for value in values.dropna().unique():
        try:
            count = parse_count(value)
            if count.high is not None and count.high >= _LARGEST:
                raise ValueError(f"too large to be a count: {value!r}")
            rows[value] = (*count, None)
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


# Words for the dead that a figure in free text must come before (within a few words) …
DEAD_WORDS = frozenset({"killed", "dead", "died", "bodies", "deaths", "fatalities", "lives"})
# … or after ("killing at least 10").
KILLING_WORDS = frozenset({"killing", "killed", "kills", "kill"})
_NOTES_WINDOW = 5


def count_from_notes(notes: pd.Series) -> pd.DataFrame:
    """A figure next to killed/dead/bodies in free-text notes, with the text it came from.

    Works on distinct notes; the result is aligned to ``notes`` with the columns of
    :func:`parse_counts` plus ``figure_text``.

    >>> count_from_notes(pd.Series(["killing at least 10 people"]))["best"].tolist()
    [10]
    >>> count_from_notes(pd.Series(["police found six unidentified bodies"]))["best"].tolist()
    [6]
    """
    distinct = pd.Series(notes.dropna().unique(), dtype="str")
    fragments = [_first_figure_text(note) for note in distinct]
    fragment = pd.Series(fragments, dtype="str")
    parsed = parse_counts(fragment)
    parsed["figure_text"] = fragment.to_numpy()
    parsed.index = distinct.to_numpy()
    out = parsed.reindex(notes.to_numpy())
    out.index = notes.index
    out["qualifier"] = out["qualifier"].fillna("unknown")
    return out


def _first_figure_text(note: str) -> str | None:
    """The first figure phrase that counts the dead, as normalised words."""
    tokens = _TOKEN.findall(_normalise(note))
    figures = _figures(tokens)
    phrases = {p for group in BEFORE.values() for p in group}
    for k, figure in enumerate(figures):
        rest = figures[k:]
        end = rest[1].end if _range_end(tokens, rest) is not None else figure.end
        start = figure.start
        for n in range(min(4, figure.start), 0, -1):
            if " ".join(tokens[figure.start - n : figure.start]) in phrases:
                start = figure.start - n
                break
        if end != figure.end and start > 0 and tokens[start - 1] in ("between", "from"):
            start -= 1
        after = tokens[end : end + _NOTES_WINDOW]
        following = [f.start for f in figures[k + 1 :] if f.start >= end]
        if following:
            after = after[: following[0] - end]
        killing = start > 0 and tokens[start - 1] in KILLING_WORDS
        if killing or DEAD_WORDS.intersection(after):
            return " ".join(tokens[start:end])
    return None


# The four victim groups by name and by their everyday words, singular and plural, as an
# analyst's table writes them ("Civilian", "soldiers", "security forces", "journalists"):
# every word of the reference table victim_groups.csv, which the article extractor reads too
# (analysis.reference.victim_groups); case, hyphens, underscores and spaces do not matter.
VICTIM_GROUP_WORDS: dict[str, str] = victim_words()
# Each word as the tokens of a cell, hyphens read as spaces ("non-combatants" is the two
# tokens "non combatants"), the longest first, so "police officers" is found before "police".
_PHRASE_GROUPS = {tuple(w.replace("-", " ").split()): g for w, g in VICTIM_GROUP_WORDS.items()}
_GROUP_PHRASES = sorted((list(p) for p in _PHRASE_GROUPS), key=len, reverse=True)
# Outcomes other than death: a phrase naming them beside grouped figures is not split.
OTHER_OUTCOMES = frozenset(
    ["injured", "wounded", "hurt", "abducted", "kidnapped", "missing", "arrested", "captured"]
)


def victim_group(label: object) -> str | None:
    """The victim group a label names (one of the four groups, or one of their words in
    :data:`VICTIM_GROUP_WORDS`), None for any other label.

    >>> [victim_group(x) for x in ["Civilian", "security_forces", "Police", "Security Forces"]]
    ['civilians', 'security_forces', 'security_forces', 'security_forces']
    >>> victim_group("journalists"), victim_group("vehicles") is None
    ('civilians', True)
    """
    if label is None or label is pd.NA or (isinstance(label, float) and label != label):
        return None
    words = re.sub(r"[\s_]+", " ", str(label).replace("\u00a0", " ")).strip().lower()
    return _PHRASE_GROUPS.get(tuple(words.replace("-", " ").split()))


def group_figures(text: object) -> list[tuple[str, Count]]:
    """The figures of a phrase that names several victim groups, one per group named
    ("3 soldiers and 5 civilians"): each figure followed by a group's word (an "of" may
    come between: "dozens of soldiers"), read by :func:`parse_count` with the words before
    it. An empty list when the phrase is one figure (or a range) or names no group after
    any figure: it is then read whole by :func:`parse_count`.

    Raises ``ValueError`` when a phrase of several figures cannot be split: some of its
    figures name a group and others do not ("3 soldiers and 5"), or it counts other
    outcomes too ("3 soldiers killed and 5 civilians injured").

    >>> group_figures("3 soldiers and 5 civilians")
    [('security_forces', Count(low=3, best=3, high=3, qualifier='exact')), \
('civilians', Count(low=5, best=5, high=5, qualifier='exact'))]
    >>> group_figures("at least 23 civilians"), group_figures("12-15")
    ([], [])
    """
    if text is None or text is pd.NA or isinstance(text, bool | numbers.Number):
        return []
    normalised = _normalise(str(text))
    tokens = _TOKEN.findall(normalised)
    try:
        figures = _figures(tokens)
    except ValueError:  # no figure at all: parse_count says why
        return []
    if (
        _NOT_A_FIGURE.search(normalised)
        or len(figures) < 2
        or _range_end(tokens, figures) is not None
    ):
        return []
    found = []
    for figure in figures:
        at = figure.end + (figure.end < len(tokens) and tokens[figure.end] == "of")
        phrase = next((p for p in _GROUP_PHRASES if tokens[at : at + len(p)] == p), None)
        found.append((figure, at + len(phrase) if phrase else None, phrase))
    grouped = [item for item in found if item[2] is not None]
    if not grouped:
        return []
    if len(grouped) < len(found):
        raise ValueError(f"some figures name a victim group and some do not: {text!r}")
    if OTHER_OUTCOMES.intersection(tokens):
        raise ValueError(f"figures for several victim groups and other outcomes: {text!r}")
    out = []
    start = 0
    for _, end, phrase in grouped:
        out.append((_PHRASE_GROUPS[tuple(phrase)], parse_count(" ".join(tokens[start:end]))))
        start = end
    return out
