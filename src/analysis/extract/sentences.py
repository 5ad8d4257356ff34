"""Paragraphs and sentences of an article, with character offsets for highlighting.

Each non-empty line is a paragraph (news copy puts one paragraph per line, usually with
blank lines between). A sentence ends at ``.``, ``!`` or ``?`` (and any closing quote)
followed by a space and a capital letter, digit or opening quote, except after common
abbreviations and initials ("Gen.", "Mr.", "U.S.").

>>> [s.text for s in split_sentences("Title\\n\\nGen. Ali spoke. Police said 3 died.")]
['Title', 'Gen. Ali spoke.', 'Police said 3 died.']

A sentence longer than ``LONGEST`` (3,000) characters is cut into pieces of at most that length, at
the last space before the bound (a clause's comma or semicolon where there is one), or at the
bound itself in a run with no space. The rules read a sentence at a time and some of their
patterns cost the square of its length, so a text with no full stop (a table dumped as one
line, a hostile file) would otherwise take hours; the longest sentence of the labelled
articles is 917 characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "approx",  # an alert's "12 Jan, approx. 06:30"
        "est",  # "the population (est. 4,000 people)"
        "ca",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "cpl",  # a corporal, "Cpl. Ana Ruiz"
        "insp",  # an inspector, "Insp. Ali Musa"
        "supt",  # a superintendent, "Supt. Ali Musa"
        "st",
        "no",
        "jr",
        "sr",
        "brig",
        "rev",
        "hon",  # "Hon. Ana Ruiz": the Honourable
        "mal",  # "Mal. Sani Abdullahi": Malam, the Hausa title of a learned man
        "alh",  # "Alh. Musa Bello": Alhaji
        "md",  # "Md. Kabir Hasan": Muhammad, as South Asian names write it
        "mohd",  # "Mohd. Amin": the same
        "inf",  # "Col. Inf. Budi Santoso": the infantry, as Indonesian ranks write it
        "prof",
        "gov",
        "sen",
        "rep",
        "inc",
        "ext",  # a telephone extension: "dial-in +92 91 921 0000 ext. 3"
    ]
)
# (a bracketed aside ends with its sentence: "… says six died. [T: Good.] A volunteer team …")
# (a log's numbered entry after it: "… wind 40 km/h. #2239 18-04 16:10 …")
_END = re.compile(r"[.!?][”’\"')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9]|#\d)")


# the longest sentence the rules read whole (see the module's docstring)
LONGEST = 3000


@dataclass(frozen=True)
class Sentence:
    """One sentence: its id (0-based, article order), paragraph number and offsets."""

    id: int
    paragraph: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``; ``text[s.start:s.end] == s.text`` for every sentence.

    >>> [x.text for x in split_sentences("It began at 10 p.m. The army said two died.")]
    ['It began at 10 p.m.', 'The army said two died.']
    >>> len(split_sentences("It began at 10 p.m. Sunday and ended at 2 a.m. Moscow time."))
    1
    >>> s = split_sentences("One. Two!\\nThree")
    >>> [(x.id, x.paragraph, x.start, x.end, x.text) for x in s]
    [(0, 0, 0, 4, 'One.'), (1, 0, 5, 9, 'Two!'), (2, 1, 10, 15, 'Three')]
    """
    sentences: list[Sentence] = []
    paragraph = 0
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        for start, end in _spans(line.group()):
            begin, stop = line.start() + start, line.start() + end
            sentences.append(Sentence(len(sentences), paragraph, begin, stop, text[begin:stop]))
        paragraph += 1
    return sentences


def _spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one paragraph, surrounding spaces trimmed."""
    cuts = [0]
    for match in _END.finditer(line):
        if line[match.end() : match.end() + 1] == "#":
            cuts.append(match.end())  # a log's next numbered entry, whatever ends this one
            continue
        # letters of any script: "Apatzingán." ends a sentence ("n" alone would be an initial)
        word = re.search(r"([^\W\d_]+)\.?[”’\"')\]]*$", line[cuts[-1] : match.start() + 1])
        if (
            word
            and line[match.start()] == "."
            and _abbreviation(word.group(1))
            # "No. The ministry says …": the word "no", which only a number makes "number"
            and not (
                word.group(1).casefold() in ("no", "nos")
                and re.match(r"[A-Z][a-z]", line[match.end() :])
            )
            # "… from approx. 0100 LT. The centre reported …": local time after a clock, no
            # lieutenant's title
            # "… at about 10 p.m. The ministry said …": a clock's "p.m." ends the sentence
            # when a capitalised word follows that is no day, month or time zone
            and not (
                word.group(1).casefold() == "m"
                and re.search(r"\d\s*[ap]\.m$", line[cuts[-1] : match.start()], re.I)
                and re.match(r"[A-Z][a-z]+\b", line[match.end() :])
                and not _AFTER_CLOCK.match(line[match.end() :])
            )
            and not (
                word.group(1) == "LT"
                and re.search(r"\b\d{1,2}:?\d{2}\s*LT$", line[cuts[-1] : match.start()])
            )
        ):
            continue
        if (
            word
            and line[match.start()] == "."
            and word.group(1).casefold() in _MONTH_SHORT
            and re.match(r"\s*\d{1,2}\b", line[match.end() :])
        ):
            continue  # "on Oct. 24, and that …": a month's short name before its day
        cuts.append(match.end())
    cuts.append(len(line))
    spans = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        for begin, stop in _bounded(line, start, end):
            piece = line[begin:stop]
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right > left:
                spans.append((begin + left, begin + right))
    return spans


def _bounded(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """``line[start:end]`` in pieces of at most ``LONGEST`` characters, each cut after the last
    comma or semicolon and its space before the bound, else at the last space, else at the
    bound.

    >>> _bounded("x" * 10, 0, 10)
    [(0, 10)]
    >>> text = ("Police said " * 100 + "12, and then " * 200).strip()
    >>> pieces = _bounded(text, 0, len(text))
    >>> len(pieces), max(stop - begin for begin, stop in pieces), pieces[-1][1] == len(text)
    (2, 2998, True)
    >>> text[pieces[0][1] - 4 : pieces[0][1]]  # cut after a clause's comma
    '12, '
    >>> [stop - begin for begin, stop in _bounded("A" * 4000, 0, 4000)]
    [3000, 1000]
    """
    pieces = []
    while end - start > LONGEST:
        window = line[start : start + LONGEST]
        clause = max(window.rfind(", "), window.rfind("; "))
        space = window.rfind(" ")
        stop = start + (clause + 2 if clause > 0 else space + 1 if space > 0 else LONGEST)
        pieces.append((start, stop))
        start = stop
    pieces.append((start, end))
    return pieces


# what may follow a clock's "p.m." in the same sentence: "10 p.m. Sunday", "9 a.m. Moscow time"
_AFTER_CLOCK = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|"
    r"August|(?:Septem|Octo|Novem|Decem)ber|(?:Eastern|Central|Pacific|Mountain|Local|Standard|"
    r"Daylight)\b|[A-Z][a-z]+\s+time\b"
)
_MONTH_SHORT = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)


def _abbreviation(word: str) -> bool:
    """ "Gen", "mr" or a single initial ("U" in "U.S.") does not end a sentence."""
    return word.casefold() in ABBREVIATIONS or len(word) == 1
