"""Extraction rules of the hundred-and-first round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_taken_by_fighters_named_by_their_side_are_abducted():
    """ "Nine loggers of the sawmill were taken by separatist fighters": the takers' side
    before their noun does not hide the abduction, and the freed part after it is read."""
    found = figures_found(
        "Nine loggers of the sawmill were taken by separatist fighters near Mamfe. Six of them "
        "were released after a ransom was paid."
    )
    assert found == [(6, "freed", None), (9, "abducted", None)]


def test_picked_up_by_the_state_s_men_on_suspicion_of_links_are_arrested_suspects():
    """ "Four youths were picked up by the police … on suspicion of links with an armed group":
    held, and as the group's own; "picked up by the ambulance" is no arrest."""
    from analysis.extract.figures import find_casualty_figures

    found = find_casualty_figures(
        "My cousin was among 4 youths picked up by the police at Lafia on 02.03.2026 on "
        "suspicion of links with an armed group."
    )
    assert [(f.best, f.outcome, f.victim_group) for f in found] == [(4, "arrested", "militants")]
    assert figures_found("An ambulance picked up 3 injured people near Lafia.") == [
        (3, "wounded", None)
    ]


def test_the_writer_s_own_kin_told_alone_is_one_person():
    """ "My wife was wounded by a stray bullet": the writer's own kin, with nobody counted
    beside them, is one person; "my uncle, who was one of 3 persons killed" stays a part."""
    assert figures_found("My wife was wounded by a stray bullet in Jos on Sunday.") == [
        (1, "wounded", None)
    ]
    assert figures_found("My son (9 yrs) is missing since the raid on Bokkos.") == [
        (1, "missing", None)
    ]
    assert figures_found("My uncle, who was one of 3 persons killed in the raid, was buried.") == [
        (3, "killed", None)
    ]


def test_brought_dead_is_a_hospital_s_toll():
    """ "…; 3 were brought dead": those dead on arrival, beside the injured received."""
    assert figures_found(
        "The general hospital received 14 injured after the blast; 3 were brought dead."
    ) == [
        (3, "killed", None),
        (14, "wounded", None),
    ]
