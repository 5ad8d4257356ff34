"""Extraction rules of the hundred-and-fifty-fifth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_some_of_those_taken_returned_to_us_in_the_same_sentence():
    """ "Nine pupils were taken from the school; three of them returned to us on Friday": the
    community they were taken from speaking, some of those taken back, freed (as "returned
    home" is)."""
    assert figures_found(
        "Nine pupils were taken from the school at Gidan Bawa; three of them returned to us "
        "on Friday."
    ) == [(3, "freed", None), (9, "abducted", None)]


def test_fell_defending_with_no_while_is_a_death_in_arms():
    """ "Five guards fell defending the depot": the dead in arms, as "fell while defending"
    is."""
    assert groups_found("Five soldiers fell defending the depot at Banki on Monday.") == [
        (5, "killed", "security_forces")
    ]
