"""Casualty phrases, as cleaning uses them: see :mod:`analysis.casualty_phrases`.

The parser lives in its own base module because readers (``analysis.sources.generic``)
need it too; this module keeps the names importable from where cleaning used to define
them.

>>> from analysis.clean.counts import parse_count
>>> parse_count("dozens").qualifier
'vague'
"""

from analysis.casualty_phrases import (
    UNITS,
    UNKNOWN,
    Count,
    count_from_notes,
    parse_count,
    parse_counts,
)

__all__ = ["UNITS", "UNKNOWN", "Count", "count_from_notes", "parse_count", "parse_counts"]
