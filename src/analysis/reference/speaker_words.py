"""The words a speaker's name is made of: ``speaker_words.csv`` of :mod:`analysis.reference`.

Read by the article extractor's last resort for a sentence's reporter
(:func:`analysis.extract.reporters.find_reporter`): the words before a verb of speech are
read as who spoke only when each is a capitalised word, a word for those who give figures
(``source``: "officials", "hospital", "spokesman", "coalition") or a word that joins or
qualifies them (``join``: "of", "the", "provincial", "deputy").

>>> "spokesman" in speaker_words("source"), "provincial" in speaker_words("join")
(True, True)
>>> "killed" in speaker_words("source") | speaker_words("join")
False
"""

from __future__ import annotations

from functools import cache

from analysis.errors import ReferenceTableError
from analysis.reference import read_table, word_problems

KINDS = ("source", "join")


@cache
def speaker_words(kind: str) -> frozenset[str]:
    """The table's words of one ``kind`` (``source`` or ``join``), lower case.

    Raises ``ReferenceTableError`` for a table whose words are not lower case, trimmed and
    unique, or whose kind is neither.

    >>> len(speaker_words("source")) > 100
    True
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    table = read_table("speaker_words.csv")
    problems = word_problems(table["word"])
    if not table["kind"].isin(KINDS).all():
        problems.append(f"kind must be one of {KINDS}")
    if problems:
        raise ReferenceTableError("speaker_words.csv: " + "; ".join(problems))
    return frozenset(table["word"][table["kind"] == kind])
