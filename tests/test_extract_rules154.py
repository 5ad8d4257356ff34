"""Extraction rules of the hundred-and-fifty-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_name_glossed_in_brackets_by_its_noun():
    """'The army said 7 "KORAL" (irregulars) were killed': a name in quotes or in capitals,
    glossed in brackets by the noun of its people, counts them ("irregulars" an armed group's
    fighters)."""
    assert groups_found('The army said 7 "KORAL" (irregulars) were killed near Elorza.') == [
        (7, "killed", "militants")
    ]
    assert figures_found('The army said 7 "KORAL" (irregulars) were killed near Elorza.') == [
        (7, "killed", "Army")
    ]
    assert groups_found("The navy said 5 KORAL (rebels) were captured on the river.") == [
        (5, "arrested", "militants")
    ]


def test_a_presiding_officer_is_an_election_official():
    """ "A presiding officer was abducted": an election's officer at a polling station, a
    civilian, as "a returning officer" is."""
    assert groups_found("A presiding officer was abducted by gunmen near Mendi.") == [
        (1, "abducted", "civilians")
    ]


def test_members_of_a_police_squad_by_its_name():
    """ "three members of the Rapid Response Squad": a police's squad, by its name, security
    forces (a squad by another name stays an armed group's)."""
    assert groups_found("Three members of the Rapid Response Squad were wounded in Ekiti.") == [
        (3, "wounded", "security_forces")
    ]


def test_a_log_s_shorthand_for_the_people_after_a_count():
    """ "2 sldrs KIA, 4 civs WIA" in a log written in shorthand: the soldiers and civilians
    counted, spelt out after a count only."""
    text = "Abbrev: abd=abducted, src=source.\n\nPost Akobo: 2 sldrs KIA, 4 civs WIA."
    assert groups_found(text) == [(2, "killed", "security_forces"), (4, "wounded", "civilians")]
