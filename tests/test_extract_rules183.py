"""Extraction rules of the hundred-and-eighty-third round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_an_army_statement_s_takfiri_elements_and_its_heroes():
    """ "takfiri elements" are the jihadists (not a jihadist statement's "elements", soldiers),
    and "the heroes of the Armed Forces" martyred are the army's own, "of the" before them or
    not."""
    assert sorted(
        groups_found(
            "The raid ended with the elimination of 6 takfiri elements and the arrest of 3 "
            "others. 2 of the heroes of the Armed Forces were martyred and 4 others were injured."
        )
    ) == [
        (2, "killed", "security_forces"),
        (3, "arrested", "militants"),
        (4, "wounded", "security_forces"),
        (6, "killed", "militants"),
    ]


def test_a_place_s_label_with_where_in_brackets():
    """ "Damasak (market area): the army reported …": the label, its aside in brackets, no part
    of who speaks."""
    found = figures_found(
        "Damasak (market area): the army reported 3 civilians killed and 7 injured."
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(3, "killed"), (7, "wounded")]
    assert all("army" in who.lower() for _, _, who in found)


def test_a_translation_s_employees_of_law_enforcement_and_participants_of_a_gang():
    """ "employees of law enforcement bodies" and "of militia" are the police (Russian
    "сотрудники"); "participants of the armed group" are its members."""
    assert groups_found(
        "In the clash were wounded 5 employees of law enforcement bodies. Police detained 9 "
        "participants of the armed group."
    ) == [(5, "wounded", "security_forces"), (9, "arrested", "militants")]


def test_a_translation_s_by_information_of_and_an_inverted_plural_speaker():
    """ "By information of the ministry, …" is "according to"; "…, inform the neighbours." is
    the speaker after its verb in the plural."""
    found = figures_found(
        "By information of the ministry, were wounded 4 persons. Still 2 persons are "
        "considered missing, inform the neighbours.",
        "Tajikistan",
    )
    who = {(best, outcome): reporter.lower() for best, outcome, reporter in found}
    assert sorted(who) == [(2, "missing"), (4, "wounded")]
    assert "ministry" in who[4, "wounded"] and "neighbours" in who[2, "missing"]


def test_informs_about_the_liquidation_of():
    """ "The committee informs about the liquidation of 3 members of the gang": killed, the
    committee's."""
    found = figures_found(
        "The State Committee informs about the liquidation of 3 members of the gang.",
        "Tajikistan",
    )
    assert len(found) == 1 and found[0][:2] == (3, "killed")
    assert "Committee" in found[0][2]


def test_a_guerrilla_statement_s_punished():
    """ "7 soldiers were punished and 2 wounded": a guerrilla statement's killed (not "were
    punished for negligence")."""
    assert groups_found(
        "In the action, 7 soldiers of the occupation army were punished and 2 soldiers were "
        "wounded. Three officers were punished for negligence."
    ) == [(7, "killed", "security_forces"), (2, "wounded", "security_forces")]


def test_members_of_armed_groups_in_quotes():
    """'5 members of "irregular armed groups"': the groups' members, militants."""
    assert groups_found('The army said 5 members of "illegal armed groups" were killed.') == [
        (5, "killed", "militants")
    ]
