"""Extraction rules of the hundred-and-twenty-sixth round (general patterns, each with
sentences of their own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_death_told_after_a_risen_toll_in_a_clause_of_its_own_is_part_of_it():
    """ "… the toll of the market blast has risen to 6 dead; a boy died in the night": the boy
    is one of the six, no toll of his own (nor a figure beside the wounded)."""
    found = figures_found(
        "Monday. A blast at the Gombe market wounded 9 traders, the police said.\n\n"
        "Wednesday. The police say the toll of the market blast has risen to 6 dead; a boy died "
        "in the night at the general hospital."
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(6, "killed"), (9, "wounded")]


def test_a_broadcaster_s_news_by_its_initials_with_its_hour_before_a_colon():
    """ "NTA news 9 pm: …", "PTV news at 6: …": the broadcaster speaks, the hour of its news
    between; a heading in capitals ("BREAKING news 9 pm:") names no one."""
    assert find_reporter("NTA news 9 pm: troops killed 5 bandits near Zurmi.").name == "NTA"
    assert find_reporter("PTV news at 6: 3 soldiers were killed in Kurram.").name == "PTV"
    assert find_reporter("BREAKING news 9 pm: 3 soldiers were killed in Kurram.") is None


def test_a_body_that_registers_an_event_gives_the_count_after_the_colon():
    """ "Acled registers an attack on Mopti: 7 herders killed": the body that recorded the
    event gives its count."""
    assert (
        find_reporter("Notes: Acled registers an attack on Mopti: 7 herders killed.").name
        == "Acled"
    )
    assert find_reporter("The army registers an attack on Mopti: 7 herders killed.") is not None
