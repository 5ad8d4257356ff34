"""Extraction rules of the hundred-and-fourteenth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_first_toll_then_a_later_one_of_an_office_of_the_same_force():
    """ "At first the police reported 1 dead. The district SP later said 3 died": the first
    toll is superseded by the force's own office speaking later; another body's later toll
    leaves it standing."""
    assert figures_found(
        "At first the police reported 1 dead in Kalla. The district SP later said 3 people "
        "died and 6 were injured."
    ) == [(3, "killed", "District SP"), (6, "wounded", "District SP")]
    assert figures_found(
        "First the army said 2 soldiers were killed at the Kalla post; on the 12th the Fifth "
        "Brigade said 4 soldiers were killed."
    ) == [(4, "killed", "Fifth Brigade")]
    assert figures_found(
        "At first the police reported 1 dead in Kalla. The hospital later said 3 people died."
    ) == [(1, "killed", "Police"), (3, "killed", "Hospital")]


def test_the_same_body_named_again_on_a_later_date_replaces_its_toll():
    """ "… said 2 soldiers were killed. On 12/03 the army command said that 4 …": the body's
    word of a later day, named again rather than by a pronoun."""
    assert figures_found(
        "The statement of the army command said 2 soldiers were killed at Kalla. On 12/03 the "
        "army command said that 4 soldiers were killed."
    ) == [(4, "killed", "Army command")]
