"""Extraction rules of the hundred-and-second round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def _typed(sentence: str) -> list[tuple[int | None, str, str]]:
    from analysis.extract.figures import find_casualty_figures

    return [(f.best, f.outcome, f.victim_group) for f in find_casualty_figures(sentence)]


def test_the_martyred_risen_to_a_count_are_dead():
    """ "the martyred had risen to 7 policemen": the dead as the subject of their rise, not the
    wounded told after them."""
    assert _typed(
        "By nightfall the martyred had risen to 7 policemen and 4 other policemen were injured."
    ) == [(7, "killed", "security_forces"), (4, "wounded", "security_forces")]


def test_fighters_of_the_army_and_guardsmen_are_the_state_s():
    """ "3 of the fighters of the army", "4 of its guardsmen": the state's men; "fighters of
    the armed group" stay the group's."""
    assert _typed("The media cell said martyred 3 of the fighters of the army near Tuz.") == [
        (3, "killed", "security_forces")
    ]
    assert _typed("The National Guard said 4 of its guardsmen were killed in an ambush.") == [
        (4, "killed", "security_forces")
    ]
    assert _typed("Six fighters of the armed group were killed by the army.") == [
        (6, "killed", "militants")
    ]


def test_the_attackers_killed_told_nowhere_else_are_a_count():
    """ "the 4 attackers were also killed": a count of the attackers' dead told only there,
    not a reference to another count of 4."""
    assert figures_found(
        "Gunmen stormed a police post in Bauchi on Sunday. Two policemen were killed and 4 "
        "traders were wounded. The police said the 4 attackers were also killed in the "
        "exchange of fire."
    ) == [(2, "killed", None), (4, "killed", "Police"), (4, "wounded", None)]


def test_a_note_opened_by_its_weekday_and_day_is_its_own_event():
    """ "Tuesday 10, a van was attacked …" after a note of Wednesday 11: that day's event, and
    the attackers' dead its note tells go with it."""
    from datetime import date

    from analysis.extract import extract_article

    found = extract_article(
        "Wednesday 11, approaching the market we heard shots. The police said 3 traders were "
        "killed by gang members.\n\nTuesday 10, our other van was attacked at the toll gate. "
        "The police said the 2 attackers died in the exchange of fire.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert [[(f.best, f.victim_group) for f in c.figures] for c in found.candidates] == [
        [(3, "civilians")],
        [(2, "militants")],
    ]
