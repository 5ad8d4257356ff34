"""Extraction rules of the hundred-and-nineteenth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_toll_said_to_have_risen_replaces_its_reporter_s_first_count_of_named_victims():
    """ "… killed 2 passengers …", next day "the toll of the bus bomb had risen to 4 dead":
    the risen toll counts the passengers too, so the 2 is no further figure."""
    found = figures_found(
        "Sunday. A bomb on a bus in Kano killed 2 passengers and wounded 5, the police "
        "spokesman said.\n\nMonday. The police spokesman said the toll of the bus bomb had "
        "risen to 4 dead."
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(4, "killed"), (5, "wounded")]


def test_a_numbered_communique_updates_the_body_s_first_toll():
    """ "Second communiqué of the Ministry of Defence: …": a later message of the same body,
    its toll the one that stands."""
    found = figures_found(
        "Tuesday. The Ministry of Defence said 5 soldiers lost their lives and 11 were wounded "
        "in the attack on the Damboa post.\n\nThursday. Second communiqué of the Ministry of "
        "Defence: the toll of Damboa is 7 soldiers dead."
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(7, "killed"), (11, "wounded")]


def test_a_statement_of_a_body_named_after_the_noun_before_a_colon():
    """ "Second communiqué of the Ministry of Defence: …", "A statement from the Police
    Command: …": the body whose message it is; a lower-case noun after "of" names no one."""
    assert (
        find_reporter("Second communiqué of the Ministry of Defence: 7 soldiers dead.").name
        == "Ministry of Defence"
    )
    assert (
        find_reporter("A statement from the Borno Police Command: 4 suspects arrested.").name
        == "Borno Police Command"
    )
    assert find_reporter("Bulletin of the day: 4 suspects arrested.") is None
