"""Extraction rules of the hundred-and-thirteenth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_taken_as_hostages_is_abducted_not_dead():
    """ "12 dead and 4 women taken as hostages": a translation's "pris en otages", the
    captives no part of the dead before them."""
    assert figures_found(
        "The elders of Kalla say it is 12 dead and 4 women taken as hostages."
    ) == [(4, "abducted", "Elders of Kalla"), (12, "killed", "Elders of Kalla")]


def test_hit_on_a_part_of_the_body_is_wounded():
    """ "was hit on the head by a stone": hit on a part of the body, as in it, is hurt."""
    assert figures_found("A spectator was hit on the shoulder by a brick at Kalla on Sunday.") == [
        (1, "wounded", None)
    ]


def test_burns_got_or_suffered_are_wounds():
    """ "got burns on both arms", "suffered severe burns": burnt, hurt."""
    assert figures_found(
        "A baker suffered severe burns when raiders set his shop on fire at Kalla."
    ) == [(1, "wounded", None)]


def test_held_by_armed_men_is_abducted_not_by_the_police():
    """ "was held by gunmen for three hours": held by captors; "held by the police" is not."""
    assert figures_found("A driver was held by masked men near Kalla for a night.") == [
        (1, "abducted", None)
    ]
    assert figures_found("A driver was held by the police near Kalla for a night.") == []


def test_a_count_communicated_is_the_speaker_s():
    """ "The administrator communicated 11 civilians killed": a translation's "a communiqué",
    a count given as "announced" gives it."""
    assert figures_found("The district chief communicated 6 herders killed at Kalla.") == [
        (6, "killed", "District chief")
    ]
