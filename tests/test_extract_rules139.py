"""Extraction rules of the hundred-and-thirty-ninth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_speaker_name_broken_across_a_wrapped_line_is_joined():
    """A hard-wrapped line that breaks a body's name of several words before its verb ("… The
    Navy's Eastern" / "Fleet Command posted that …") is one sentence, the whole name speaking."""
    text = (
        "Road closed near the port. The Navy's Eastern\n"
        "Fleet Command posted that 3 pirates were killed near Bosaso."
    )
    assert figures_found(text, "Somalia") == [(3, "killed", "Navy Eastern Fleet Command")]
    text = "Road closed. The Kano State\nPolice Command said 2 robbers were arrested in Dala."
    assert figures_found(text) == [(2, "arrested", "Kano State Police Command")]


def test_a_translation_from_for_the_of_of_a_part():
    """ "the death of 2 from its members", "the arrest of 5 from the members of a cell": a
    machine translation's "from" for "of" before a body's men."""
    assert groups_found(
        "The army announced the death of 3 from its members in the clashes.", "Libya"
    ) == [(3, "killed", "security_forces")]
    assert groups_found(
        "Police announced the arrest of 4 from the members of a gang in Misrata.", "Libya"
    ) == [(4, "arrested", "militants")]


def test_a_numbered_unit_speaks_for_the_state():
    """A unit named by its number ("the Brigade 301", "the 5th Infantry Division") is a state
    force's: its own members killed are security forces."""
    assert groups_found("The Brigade 301 said 2 of its members were killed in the clashes.") == [
        (2, "killed", "security_forces")
    ]
    assert groups_found("The 5th Infantry Division said 4 of its members were wounded.") == [
        (4, "wounded", "security_forces")
    ]


def test_a_count_lying_in_hospital_is_wounded():
    """ "eleven are lying at the district hospital", "three are in hospital": its patients."""
    assert groups_found(
        "Four people were killed on the highway and nine are lying at the district hospital."
    ) == [(4, "killed", "unknown"), (9, "wounded", "unknown")]
    assert groups_found("Two herders died in the raid and three are in hospital.") == [
        (2, "killed", "civilians"),
        (3, "wounded", "civilians"),
    ]


def test_people_taken_for_porters_are_abducted():
    """ "took 12 farmers for porter": a translation's "for" of the forced labour."""
    assert groups_found("Troops took 12 farmers for porter near the river, elders said.") == [
        (12, "abducted", "civilians")
    ]


def test_a_limb_lost_is_a_wound():
    """ "stepped on a mine and lost their legs": maimed, alive."""
    assert groups_found("Three boys stepped on a landmine and lost their legs near Kanyuka.") == [
        (3, "wounded", "civilians")
    ]


def test_the_speaker_after_the_verb_of_an_aside_sentence():
    """ "A rocket hit the school, which injured 4 pupils, said the Red Cross": the speaker
    after "said", not the sentence's opening clause."""
    assert figures_found(
        "A rocket hit the school, which injured 4 pupils, said the Red Cross."
    ) == [(4, "wounded", "Red Cross")]


def test_a_count_joined_to_the_one_before_takes_its_people():
    """ "…, and 2 policemen were killed and 5 wounded": the five are the policemen's, though
    the sentence counts fighters too (not the last of a list of two groups)."""
    assert groups_found(
        "The ministry said 9 bandits were killed in the forest, and 2 policemen were killed "
        "and 5 wounded."
    ) == [
        (9, "killed", "militants"),
        (2, "killed", "security_forces"),
        (5, "wounded", "security_forces"),
    ]


def test_the_people_aboard_a_hijacked_vessel_are_abducted():
    """ "hijacked the trawler … with 8 crewmen on board": taken with it."""
    assert groups_found(
        "Police said pirates hijacked the trawler near Hobyo with 8 fishermen on board.", "Somalia"
    ) == [(8, "abducted", "civilians")]
