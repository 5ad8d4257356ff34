"""Extraction rules of the hundred-and-seventy-third round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import groups_found


def test_an_induna_is_a_civilian_headman():
    """ "an induna of the traditional council was shot dead": a headman, one civilian."""
    assert groups_found("An induna was shot dead outside his homestead near Nkandla.") == [
        (1, "killed", "civilians")
    ]
