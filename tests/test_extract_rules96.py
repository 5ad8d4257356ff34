"""Extraction rules of the ninety-sixth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_one_more_death_before_the_total_is_part_of_the_total():
    """ "…one more guard died in the clinic, total dead 4 persons": the one more is what
    raised the count to the total, no death toll of its own (beside a single wounded guard
    of the next sentence)."""
    found = figures_found(
        "The army spokesman said the mine killed 3 guards and wounded 6. On Friday he said "
        "that one more guard died in the clinic, total dead 4 persons. A guard of the night "
        "shift was wounded too."
    )
    assert (1, "killed", "Army spokesman") not in found
    assert (1, "wounded", None) in found


def test_bodies_taken_by_the_family_after_a_corrected_toll_are_among_the_dead():
    """ "…there are nine dead and not seven, that two bodies were carried away by the
    relatives": the two bodies are why the toll was corrected, among the nine, no toll of
    their own."""
    found = figures_found(
        "The traders of the market say that there are nine dead and not seven, that two "
        "bodies were carried away by the relatives."
    )
    assert found == [(9, "killed", "Traders of the market")]
