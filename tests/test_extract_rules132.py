"""Extraction rules of the hundred-and-thirty-second round (general patterns, each with
sentences of their own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_role_written_as_a_title_before_a_name_is_one_person():
    """ "Driver Musa Ali was abducted": a role set before a name as a title, opening the
    clause, then what befell him: one person."""
    assert figures_found("Driver Musa Ali was abducted on the road to Kano.") == [
        (1, "abducted", None)
    ]
    assert figures_found("The shop opened late. Teacher Amina was wounded by a stray bullet.") == [
        (1, "wounded", None)
    ]


def test_a_caddie_is_a_civilian():
    """A golf course's caddie is a civilian worker, one by the singular noun."""
    assert figures_found("Caddie Rashid was freed on Sunday evening.", "Pakistan") == [
        (1, "freed", None)
    ]
