"""The words that name a victim group: ``victim_groups.csv`` of :mod:`analysis.reference`.

One table for every reader of victim groups: the analysts' casualty cells and labels
(:data:`analysis.casualty_phrases.VICTIM_GROUP_WORDS`: "14 soldiers and 21 militants",
"Police") read every word of it; the article extractor
(:data:`analysis.extract.figures.VICTIM_NOUNS`) reads a word as the noun a figure counts
(``in_articles`` ``noun``), as one person only (``singular``: "a gunman"), or not at all
(``no``: words that articles use as adjectives, "two army officers", "unidentified gunmen").

>>> words = victim_words()
>>> words["soldiers"], words["journalists"], words["army"]
('security_forces', 'civilians', 'security_forces')
>>> "army" in victim_words("noun"), "gunman" in victim_words("singular")
(False, True)
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from analysis.errors import ReferenceTableError
from analysis.reference import read_table, word_problems

VICTIM_GROUPS = ("civilians", "security_forces", "militants", "unknown")
ARTICLE_USES = ("noun", "singular", "no")


@cache
def load_victim_words() -> pd.DataFrame:
    """The table: word, victim_group, in_articles, note; one row per word.

    Raises ``ValueError`` for a table whose words are not lower case and unique, or whose
    group or ``in_articles`` is none of the known values.

    >>> load_victim_words().columns.tolist()
    ['word', 'victim_group', 'in_articles', 'note']
    """
    table = read_table("victim_groups.csv")
    problems = word_problems(table["word"])
    if not table["victim_group"].isin(VICTIM_GROUPS).all():
        problems.append(f"victim_group must be one of {VICTIM_GROUPS}")
    if not table["in_articles"].isin(ARTICLE_USES).all():
        problems.append(f"in_articles must be one of {ARTICLE_USES}")
    if problems:
        raise ReferenceTableError("victim_groups.csv: " + "; ".join(problems))
    return table


def victim_words(*in_articles: str) -> dict[str, str]:
    """Word → victim group, for the rows whose ``in_articles`` is one of those given (every
    row when none is given), in the table's order.

    >>> victim_words("noun")["members of the security forces"]
    'security_forces'
    >>> "unidentified" in victim_words("noun", "singular"), victim_words()["unidentified"]
    (False, 'unknown')
    """
    table = load_victim_words()
    if in_articles:
        table = table[table["in_articles"].isin(in_articles)]
    return dict(zip(table["word"], table["victim_group"], strict=True))
