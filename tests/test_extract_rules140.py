"""Extraction rules of the hundred-and-fortieth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_elements_of_a_militia_are_militants():
    """ "elements" alone are a claim's word for soldiers, but "the elements of the militia" and
    "militia elements" are the armed group's men."""
    assert groups_found("The army said it killed more than 30 of the elements of the militia.") == [
        (31, "killed", "militants")
    ]
    assert groups_found("Troops killed five gang elements near Gusau.") == [
        (5, "killed", "militants")
    ]
    assert groups_found("The militia said it killed 12 elements of the army near Gusau.") == [
        (12, "killed", "security_forces")
    ]


def test_the_digit_one_after_a_verb_of_harm():
    """ "gunmen kidnapped 1 trader", "the police arrested 1 driver": the digit for one, as the
    object of the verb of harm (not after "killed", whose object is left as it was)."""
    assert figures_found("Gunmen kidnapped 1 trader near Gusau.") == [(1, "abducted", None)]
    assert groups_found("The police arrested 1 driver at the checkpoint in Gusau.") == [
        (1, "arrested", "civilians")
    ]
