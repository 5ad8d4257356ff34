"""Extraction rules of the hundred-and-thirty-third round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_vehicle_s_crew_named_and_taken_by_the_attackers_is_abducted():
    """ "The conductor, Paul Nji, was taken by the gunmen": one person, by role and a name
    with no title, taken; the pronoun after the semicolon his release."""
    assert figures_found(
        "Gunmen ambushed the bus near Ndop. The conductor, Paul Nji, was taken by the gunmen; "
        "he was released two days later."
    ) == [(1, "abducted", None), (1, "freed", None)]


def test_the_driver_abducted_needs_no_with_them():
    """ "abducted the coach driver": the verb alone says he was taken, the vehicle's name
    before the role allowed."""
    assert figures_found("Bandits stopped the team near Kolowa and abducted the coach driver.") == [
        (1, "abducted", None)
    ]


def test_one_who_says_another_reported_passes_the_count_on():
    """ "A nurse says the district commissioner reported 9 dead": with no "that", the one
    who reported it speaks, not the one passing it on."""
    assert figures_found(
        "Gunmen attacked the market in Jowhar. A nurse says the district commissioner "
        "reported 9 dead at the market.",
        "Somalia",
    ) == [(9, "killed", "District commissioner")]
