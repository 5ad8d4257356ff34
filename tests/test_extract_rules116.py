"""Extraction rules of the hundred-and-sixteenth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from analysis.extract.reporters import find_reporter


def test_a_claim_of_the_speaker_s_own_men_names_the_speaker():
    """ "The rebels' spokesman claimed his men had killed …": "that" left out, the speaker's
    own men the actors."""
    found = find_reporter("The militia's spokesman claimed his men had killed 12 soldiers.")
    assert found.name == "Militia spokesman"


def test_a_body_admitting_deaths_names_the_body():
    """ "The governor's office admitted three soldiers killed": a count owned to, the victims
    named between; a ward that admitted wounded people took them in and says nothing."""
    found = find_reporter("The defence ministry admitted four soldiers killed near Kalla.")
    assert found.name == "Defence ministry"
    assert find_reporter("The ward admitted 22 wounded people overnight.") is None


def test_an_official_by_a_role_before_a_colon_speaks_for_what_follows():
    """ "District administrator of Kalla on Radio Kalla just now: …": an official by his role,
    where and when he spoke, before a colon."""
    found = find_reporter("Provincial governor of Kalla on Radio Dori just now: 5 traders killed.")
    assert found is not None and "governor" in found.name.lower()


def test_a_member_of_a_force_named_in_lower_case_is_the_force_s():
    """ "A member of the police mobile squad was wounded": one of the force's men, whatever
    unit of it follows; a member of a family stays a civilian."""
    from analysis.extract.figures import find_casualty_figures

    found = find_casualty_figures("A member of the army signals unit was wounded at Kalla.")
    assert [(f.best, f.outcome, f.victim_group) for f in found] == [
        (1, "wounded", "security_forces")
    ]
    found = find_casualty_figures("A member of the family was wounded at Kalla.")
    assert [f.victim_group for f in found] == ["civilians"]
