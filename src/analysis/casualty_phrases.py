"""Casualty phrases → ``Count(low, best, high, qualifier)``, by one documented convention.

The convention follows ACLED's coding rules where they exist; its table, with an example
for each kind of phrase, is in ``docs/methodology.md`` ("Casualty phrases"), checked against
this module by ``tests/test_counts.py``.

Case, punctuation, hyphenation and surrounding words do not matter; the first figure in
the text is the one read. French phrases are read by the same convention ("au moins 12",
"une vingtaine", "quatre-vingt-dix"): a phrase with a French word or accent is read in
French and English alike, any other in English only. Negative figures, fractions of a
person and ranges whose high end is below the low end raise ``ValueError`` (readers
quarantine such rows with the reason).

>>> parse_count("At least 23 passengers were killed")
Count(low=23, best=23, high=23, qualifier='at_least')
>>> parse_count("more than a dozen")
Count(low=13, best=13, high=13, qualifier='more_than')
>>> parse_count("yet to be confirmed")
Count(low=None, best=None, high=None, qualifier='unknown')
>>> parse_count("plus d'une vingtaine")
Count(low=21, best=21, high=21, qualifier='more_than')
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from functools import cache
from typing import NamedTuple

import pandas as pd

from analysis.reference.victim_groups import load_victim_words, victim_words

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
# French words for a figure about which they say "-aine" (roughly so many), read as
# "approximate" like "a dozen"; "une" before them is part of the phrase.
FRENCH_APPROXIMATE_WORDS = {
    "demi douzaine": 6,
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1_000,
}
_FRENCH_APPROXIMATE = sorted(
    (
        (article + phrase.split(), value)
        for phrase, value in FRENCH_APPROXIMATE_WORDS.items()
        for article in (["une"], ["un"], [])
        if not article or (article == ["un"]) == (phrase == "millier")
    ),
    key=lambda item: -len(item[0]),
)
_FRENCH_APPROXIMATE_FIRST = frozenset(words[0] for words, _ in _FRENCH_APPROXIMATE)
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

    Only the first figure is read: "14 soldiers and 21 attackers" gives 14. A cell that
    names several victim groups is split by :func:`group_figures` (one figure per group,
    as the analysts' table reader does); use it, not this, for such cells.

    >>> parse_count("between 5 and 8")
    Count(low=5, best=5, high=8, qualifier='range')
    >>> parse_count("up to 40")
    Count(low=1, best=40, high=40, qualifier='up_to')
    >>> parse_count("one hundred and five")
    Count(low=105, best=105, high=105, qualifier='exact')
    >>> parse_count("Dozens")
    Count(low=12, best=12, high=12, qualifier='vague')
    >>> parse_count("14 soldiers and 21 attackers"), parse_count("une dizaine").qualifier
    (Count(low=14, best=14, high=14, qualifier='exact'), 'approximate')
    """
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return UNKNOWN
    if isinstance(text, bool):
        raise ValueError(f"not a figure: {text!r}")
    if isinstance(text, numbers.Number):
        return _number(text)
    return _count(_tokens(str(text)), text)


def _tokens(text: str) -> list[str]:
    """The phrase's tokens: English as written, French translated (:func:`_french_tokens`)."""
    normalised = _normalise(text)
    if _NOT_A_FIGURE.search(normalised):
        raise ValueError(f"not a figure (misplaced separator or exponent): {text!r}")
    if is_french(text):
        return _french_tokens(text)
    return _TOKEN.findall(normalised)


def _count(tokens: list[str], text: object) -> Count:
    """The count of a phrase's tokens (``text`` names the phrase in an error)."""
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
    if token in _FRENCH_APPROXIMATE_FIRST:
        for words, value in _FRENCH_APPROXIMATE:
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
    """``value`` as an int; a fraction, or a number too large to be a float ("9" written
    5,000 times), is no count.

    >>> _whole(12.0, "12"), _whole(float("9" * 400), "9…")
    Traceback (most recent call last):
    ...
    ValueError: not a count (too large): '9…'
    """
    if not math.isfinite(value):
        raise ValueError(f"not a count (too large): {token[:20]!r}")
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


# Words that say a toll is not known, English and French (accents folded): a cell of them
# is read as unknown on purpose; any other text without a figure was not understood.
_UNKNOWN_WORDS = re.compile(
    r"\b(?:unknown|unclear|not\s+(?:yet\s+)?(?:clear|known|confirmed|given|reported|available"
    r"|specified|stated|released|disclosed)|unconfirmed|yet\s+to\s+be\s+(?:confirmed|known"
    r"|established|determined)|unreported|undisclosed|unspecified|unavailable|pending|tbc|tbd"
    r"|n\s*/\s*[akd]|na|nk|nd|inconnue?s?|non\s+(?:confirmee?s?|precisee?s?|communiquee?s?"
    r"|determinee?s?|disponibles?|connue?s?)|indeterminee?s?|a\s+(?:confirmer|preciser)"
    r"|pas\s+de\s+bilan)\b"
)


def states_unknown(text: object) -> bool:
    """Whether a phrase without a figure says the toll is unknown ("unknown", "not
    confirmed", "n/a", "inconnu", "non précisé", a dash or a question mark alone): such a
    cell is stored as unknown, while any other text without a figure ("trois" before
    French was read, "see notes") is a phrase not understood.

    >>> [states_unknown(t) for t in ["yet to be confirmed", "Non précisé", "?", "see notes"]]
    [True, True, True, False]
    """
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return True
    folded = _fold(str(text))
    return not re.search(r"[a-z0-9]", folded) or bool(_UNKNOWN_WORDS.search(folded))


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


# ------------------------------------------------------------------------------- French
# A phrase is read in French when it has a French word (below, or a French word of
# victim_groups.csv) or an accented letter; it is then translated, token by token, into
# the English the convention reads: its number words become digits ("quatre-vingt-dix" is
# 90), its words for "at least", "more than", "about", ranges, zero and vague plurals
# become the English ones ("au moins" is "at least"), and the rest is left as written, so
# English words keep their meaning. Words that are English too ("plus", "seize", "sept"
# for September, "un" for the UN) make a phrase French only as French ("plus de"; French
# number words alone).


def _fold(text: str) -> str:
    """Lower case without accents ("Insurgés" → "insurges"); ASCII text is only lowered.

    >>> _fold("Près de Tombouctou"), _fold("Police")
    ('pres de tombouctou', 'police')
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered.replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


FRENCH_UNITS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
FRENCH_TEENS = {
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}
FRENCH_TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    # Belgian and Swiss French
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
FRENCH_SCALES = {
    "mille": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
}
# French words → the English words of the convention, the longest phrases first. A word
# translated to nothing is dropped ("un peu plus de 30" is "more than 30").
FRENCH_PHRASES = {
    "au moins": "at least",
    "au minimum": "at least",
    "pas moins de": "no fewer than",
    "pas moins d": "no fewer than",
    "ou plus": "or more",
    "et plus": "or more",
    "plus de": "more than",
    "plus d": "more than",
    "au dela de": "more than",
    "au dela d": "more than",
    "au dela": "more than",
    "jusqu a": "up to",
    "tout au plus": "at most",
    "au plus": "at most",
    "au maximum": "at most",
    "pas plus de": "no more than",
    "pas plus d": "no more than",
    "environ": "about",
    "pres de": "nearly",
    "pres d": "nearly",
    "presque": "almost",
    "quelque": "some",
    "autour de": "around",
    "autour d": "around",
    "aux alentours de": "around",
    "aux alentours d": "around",
    "a peu pres": "roughly",
    "approximativement": "approximately",
    "estime a": "estimated",
    "estimes a": "estimated",
    "un peu": "",
    "bonne": "",
    "entre": "between",
    "et": "and",
    "ou": "or",
    "de": "of",
    "d": "of",
    "du": "of",
    "aucun": "0",
    "aucune": "0",
    "neant": "0",
    "pas de morts": "0",
    "pas de mort": "0",
    "pas de victimes": "0",
    "pas de victime": "0",
    "quelques dizaines": "dozens",
    "quelques centaines": "hundreds",
    "quelques milliers": "thousands",
    "des dizaines": "dozens",
    "dizaines": "dozens",
    "des centaines": "hundreds",
    "centaines": "hundreds",
    "des milliers": "thousands",
    "milliers": "thousands",
    "plusieurs": "several",
    "de nombreux": "numerous",
    "de nombreuses": "numerous",
    "nombreux": "numerous",
    "nombreuses": "numerous",
    "beaucoup": "many",
    "quelques": "a few",
    # outcomes other than death: a cell counting them is not split by victim group
    "blesses": "wounded",
    "blessees": "wounded",
    "blesse": "wounded",
    "blessee": "wounded",
    "portes disparus": "missing",
    "disparus": "missing",
    "enleves": "abducted",
    "enlevees": "abducted",
    "kidnappes": "kidnapped",
    "arretes": "arrested",
    "interpelles": "arrested",
    "captures": "captured",
}
_FRENCH_PHRASE_TOKENS = sorted(
    ((tuple(k.split()), v.split()) for k, v in FRENCH_PHRASES.items()),
    key=lambda item: -len(item[0]),
)
# Words before which "un"/"une" is the number one: words for the dead ("un mort", "un seul
# tué") and the words joining it to another figure ("un ou deux"); before a victim group's
# word too ("un soldat"), but before any other word it is the article ("un bilan de 12
# morts", "un peu plus de 30").
FRENCH_DEAD_WORDS = frozenset(
    ["mort", "morts", "tue", "tues", "tuee", "tuees", "deces", "decede", "decedes", "seul"]
    + ["seule", "ou", "et", "a"]
)
# Words that make a phrase French (with the French words of victim_groups.csv).
FRENCH_WORDS = frozenset(
    ["au", "aux", "moins", "environ", "pres", "presque", "entre", "et", "ou", "une", "aucun"]
    + ["aucune", "neant", "plusieurs", "nombreux", "nombreuses", "beaucoup", "quelques"]
    + ["quelque", "jusqu", "dela", "inconnu", "inconnue", "inconnus", "inconnues", "confirme"]
    + ["confirmes", "confirmee", "confirmees", "bilan", "morts", "mort", "tuee", "tuees"]
    + ["deces", "blesses", "blesse", "disparus", "dizaines", "centaines", "milliers"]
    + [w for w in [*FRENCH_UNITS, *FRENCH_TEENS, *FRENCH_TENS] if w not in ("un", "six", "sept")]
    + ["vingts", "cent", "cents", "mille", *FRENCH_APPROXIMATE_WORDS, "douzaines"]
)
# an accented letter of French, or the narrow space French typography puts in "1 200"
_FRENCH_LETTERS = re.compile("[àâçéèêëîïôùûüÿœ\u202f]", re.IGNORECASE)


def is_french(text: object) -> bool:
    """Whether a phrase is read in French: it has a French word or an accented letter.

    >>> is_french("au moins 12"), is_french("trois tués"), is_french("at least 12")
    (True, True, False)
    >>> is_french("plus de 30"), is_french("6 UN peacekeepers"), is_french("14 soldats")
    (True, False, True)
    """
    text = str(text)
    if _FRENCH_LETTERS.search(text):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    number_words = re.findall(r"[a-z]+|\d", text.lower())
    if _PLUS_DE.search(text) or (words and all(w in _FRENCH_NUMBER_WORDS for w in number_words)):
        return True  # "seize", "un" or "cent un" alone is a French number
    return not _french_markers().isdisjoint(words)


_FRENCH_NUMBER_WORDS = frozenset(
    [*FRENCH_UNITS, *FRENCH_TEENS, *FRENCH_TENS, *FRENCH_SCALES, "vingts", "cent", "cents", "et"]
) - {"six"}  # the English word, read alike
_PLUS_DE = re.compile(r"\bplus\s+d(?:e\b|\s*['’])", re.IGNORECASE)


@cache
def _french_markers() -> frozenset[str]:
    """:data:`FRENCH_WORDS` and the words of the French victim-group words that are no
    English victim word ("soldats", "hommes"; not "gendarmes"), less :data:`_ENGLISH_TOO`."""
    french_rows = set(_french_victim_words())
    english = {t for w in VICTIM_GROUP_WORDS if w not in french_rows for t in w.split()}
    words = {t for w in french_rows for t in _fold(w).replace("-", " ").split()}
    return (FRENCH_WORDS | (words - english)) - _ENGLISH_TOO


# French words that are English words too: they make no phrase French
_ENGLISH_TOO = frozenset(
    ["de", "des", "du", "la", "le", "pour", "non", "seize", "national", "defense", "chef"]
    + ["identifies", "civil", "garde"]
)


def _french_victim_words() -> list[str]:
    """The French words of victim_groups.csv (their note says "French")."""
    table = load_victim_words()
    return table.loc[table["note"].fillna("").str.startswith("French"), "word"].tolist()


def _french_tokens(text: str) -> list[str]:
    """A French phrase as the English tokens of the convention.

    >>> " ".join(_french_tokens("Au moins quatre-vingt-dix-sept soldats et une dizaine"))
    'at least 97 soldats and une dizaine'
    >>> " ".join(_french_tokens("de 5 à 8 morts, 10.000 déplacés"))
    'of 5 to 8 morts 10000 deplaces'
    """
    s = _fold(text).replace("\u202f", " ").replace("\u2009", " ")
    s = re.sub(r"(?<=\d)\.(?=\d{3}(?!\d))", "", s)  # 10.000, a French thousands separator
    s = re.sub(r"['’`´]", " ", s)  # d'une, jusqu'à
    s = _normalise(s)
    if _NOT_A_FIGURE.search(s):
        raise ValueError(f"not a figure (misplaced separator or exponent): {text!r}")
    return _translate(_french_numbers(_TOKEN.findall(s)))


def _french_numbers(tokens: list[str]) -> list[str]:
    """Runs of French number words as digits ("trois cent quatre-vingts" → "380")."""
    out = []
    i = 0
    while i < len(tokens):
        found = _french_number_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
        else:
            value, i = found
            out.append(str(value))
    return out


# which kind of number word may follow which ("quatre-vingt" is one word, tens80)
_FRENCH_FOLLOWS: dict[str | None, tuple[str, ...]] = {
    None: ("unit", "teen", "tens", "tens80", "hundred", "scale"),
    "unit": ("hundred", "scale"),
    "teen": ("unit", "scale"),  # dix-sept: only "dix" before sept, huit, neuf
    "tens": ("unit", "teen", "et", "scale"),  # soixante-dix: only soixante before a teen
    "tens80": ("unit", "teen", "scale"),
    "hundred": ("unit", "teen", "tens", "tens80", "scale"),
    "scale": ("unit", "teen", "tens", "tens80", "hundred"),
    "et": ("unit", "teen"),
}


def _french_word(tokens: list[str], j: int) -> tuple[str, int, int] | None:
    """The kind, value and width of the number word at ``j``."""
    token = tokens[j]
    if token == "quatre" and j + 1 < len(tokens) and tokens[j + 1] in ("vingt", "vingts"):
        return "tens80", 80, 2
    if token in FRENCH_UNITS:
        return "unit", FRENCH_UNITS[token], 1
    if token in FRENCH_TEENS:
        return "teen", FRENCH_TEENS[token], 1
    if token in FRENCH_TENS:
        return "tens", FRENCH_TENS[token], 1
    if token in ("cent", "cents"):
        return "hundred", 100, 1
    if token in FRENCH_SCALES:
        return "scale", FRENCH_SCALES[token], 1
    if token == "et":
        return "et", 0, 1
    return None


def _french_number_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The value of the French number words from ``i`` and the index after them."""
    if tokens[i] in ("un", "une") and not _counts_one(tokens, i):
        return None
    total = current = 0
    last = last_token = None
    j = end = i
    while j < len(tokens):
        word = _french_word(tokens, j)
        if word is None or word[0] not in _FRENCH_FOLLOWS[last]:
            break
        kind, value, width = word
        if last == "teen" and kind == "unit" and (last_token != "dix" or value < 7):
            break
        if last == "tens" and kind == "teen" and last_token != "soixante":
            break
        if last == "tens" and kind == "et" and last_token == "soixante":
            if j + 1 >= len(tokens) or tokens[j + 1] not in ("un", "une", "onze"):
                break
        elif kind == "et" and (j + 1 >= len(tokens) or tokens[j + 1] not in ("un", "une")):
            break
        if last == "et" and kind == "teen" and tokens[j] != "onze":
            break
        if kind in ("unit", "teen", "tens", "tens80"):
            current += value
        elif kind == "hundred":
            current = max(current, 1) * 100
        elif kind == "scale":
            total, current = total + max(current, 1) * value, 0
        last, last_token = kind, tokens[j]
        j += width
        if kind != "et":
            end = j
    if end == i:
        return None
    return total + current, end


def _counts_one(tokens: list[str], i: int) -> bool:
    """Whether "un"/"une" at ``i`` is the number one: at the end, or before a word for the
    dead, a victim group's word or a scale ("un million"), not before any other word."""
    if i + 1 == len(tokens):
        return True
    following = tokens[i + 1]
    return (
        following in FRENCH_DEAD_WORDS
        or following in FRENCH_SCALES
        or following.isdigit()
        or any(tokens[i + 1 : i + 1 + len(p)] == p for p in _group_phrases_at(following))
    )


def _group_phrases_at(token: str) -> list[list[str]]:
    """The victim-group phrases that start with ``token``, the longest first."""
    return _GROUPS_BY_FIRST.get(token, [])


def _translate(tokens: list[str]) -> list[str]:
    """French words as the English ones of the convention (:data:`FRENCH_PHRASES`); a
    victim group's words are kept whole ("forces de défense et de sécurité")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        group = next((p for p in _group_phrases_at(tokens[i]) if _at(tokens, i, p)), None)
        if group is not None:
            out += group
            i += len(group)
            continue
        token = tokens[i]
        before = out[-1] if out else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token == "a" and before[:1].isdigit() and after[:1].isdigit():
            out.append("to")  # 5 à 8
            i += 1
            continue
        if token == "environ" and before[:1].isdigit() and not after[:1].isdigit():
            out += ["or", "so"]  # 30 environ
            i += 1
            continue
        phrase = next((p for p in _FRENCH_PHRASE_TOKENS if _at(tokens, i, p[0])), None)
        if phrase is None:
            out.append(token)
            i += 1
        else:
            out += phrase[1]
            i += len(phrase[0])
    return out


def _at(tokens: list[str], i: int, words) -> bool:
    return tuple(tokens[i : i + len(words)]) == tuple(words)


# The four victim groups by name and by their everyday words, singular and plural, as an
# analyst's table writes them ("Civilian", "soldiers", "security forces", "journalists"):
# every word of the reference table victim_groups.csv, which the article extractor reads too
# (analysis.reference.victim_groups); case, hyphens, underscores and spaces do not matter.
VICTIM_GROUP_WORDS: dict[str, str] = victim_words()
# Each word as the tokens of a cell, hyphens read as spaces ("non-combatants" is the two
# tokens "non combatants"), the longest first, so "police officers" is found before "police".
_PHRASE_GROUPS = {
    tuple(_fold(w).replace("-", " ").split()): g for w, g in VICTIM_GROUP_WORDS.items()
}
_GROUP_PHRASES = sorted((list(p) for p in _PHRASE_GROUPS), key=len, reverse=True)
_GROUPS_BY_FIRST: dict[str, list[list[str]]] = {}
for _phrase in _GROUP_PHRASES:
    _GROUPS_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
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
    >>> victim_group("Forces de défense et de sécurité"), victim_group("Insurges")
    ('security_forces', 'militants')
    """
    if label is None or label is pd.NA or (isinstance(label, float) and label != label):
        return None
    words = _fold(re.sub(r"[\s_]+", " ", str(label).replace("\u00a0", " ")).strip())
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
    >>> [(g, c.best) for g, c in group_figures("14 soldats et 21 assaillants")]
    [('security_forces', 14), ('militants', 21)]
    """
    if text is None or text is pd.NA or isinstance(text, bool | numbers.Number):
        return []
    normalised = _normalise(str(text))
    french = is_french(str(text))
    try:
        tokens = _french_tokens(str(text)) if french else _TOKEN.findall(normalised)
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
        part = tokens[start:end]
        count = _count(part, text) if french else parse_count(" ".join(part))
        out.append((_PHRASE_GROUPS[tuple(phrase)], count))
        start = end
    return out
