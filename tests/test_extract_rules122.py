"""Extraction rules of the hundred-and-twenty-second round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_the_medium_before_the_speaker_is_no_part_of_its_name():
    """ "On the radio the Ministry of the Interior announced that …": where it was heard, then
    the body that speaks (not "Interior", the last capital word)."""
    found = figures_found(
        "On the radio the Ministry of the Interior announced that 6 policemen were killed in Gwoza."
    )
    assert found == [(6, "killed", "Ministry of the Interior")]


def test_a_speaker_after_the_outcome_with_no_comma():
    """ "… and 9 were wounded the district hospital said.": the speaker at the end of the
    sentence, its comma left out (not "the day the police said")."""
    found = figures_found(
        "Gunmen attacked Kauru market, 3 traders died and 9 were wounded the district "
        "hospital said."
    )
    assert found == [(3, "killed", "District hospital"), (9, "wounded", "District hospital")]


def test_a_trailing_speaker_with_what_it_is_after_a_comma():
    """ "…, says Kibo Watch, the rights monitor.": the name, then what it is."""
    found = figures_found(
        "Near Bama 2 herders were killed and 1 was wounded, says Kibo Watch, the rights monitor."
    )
    assert found == [(1, "wounded", "Kibo Watch"), (2, "killed", "Kibo Watch")]


def test_suspected_to_support_an_armed_group_and_youth_without_s():
    """ "arrested 12 youth in Kafanchan town, suspected to support the bandits": a translation's
    "suspected to" for "suspected of", and "youth" as a plural; not "suspected to work for
    the army"."""
    assert groups_found(
        "Soldiers arrested 12 youth in Kafanchan town, suspected to support the bandits."
    ) == [(12, "arrested", "militants")]
    assert groups_found("Police arrested 3 men suspected to supply arms to the gunmen.") == [
        (3, "arrested", "militants")
    ]
    assert groups_found("The rebels seized 3 men suspected to work for the army.")[0][2] != (
        "militants"
    )


def test_a_quoted_noun_and_a_charge_of_collaboration():
    """'7 members of a “criminal cell”', 'for “collaboration with the enemy”': the source's
    words in quotation marks, read as the noun and the charge they are."""
    assert groups_found("The police said 7 members of a “criminal cell” were arrested in Jos.") == [
        (7, "arrested", "militants")
    ]
    assert groups_found(
        "5 people were detained in Bauchi for “collaboration with the enemy”, the court said."
    ) == [(5, "arrested", "militants")]
