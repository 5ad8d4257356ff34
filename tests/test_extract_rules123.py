"""Extraction rules of the hundred-and-twenty-third round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_the_digit_one_after_the_that_of_who_says_it():
    """ "… said that 1 agent lost his life": the digit for one, after the "that" of the
    speaker's clause, as after "said"."""
    found = figures_found(
        "In Kaduna the state police said that 1 constable lost his life in an ambush on Monday."
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(1, "killed")]


def test_a_gang_taking_the_passengers_of_a_vehicle_abducts_them():
    """ "The Black Snakes gang took 7 passengers of a minibus": people taken off a vehicle by a
    gang or by attackers are abducted (not passengers taken to a hospital)."""
    found = figures_found(
        "The Black Snakes gang took 7 passengers of a minibus near Ikot Ekpene on Monday."
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(7, "abducted")]
    assert figures_found("The ambulance took 7 passengers of the bus to the hospital.") == []
