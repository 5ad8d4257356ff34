"""Extraction rules of the hundred-and-sixty-ninth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import groups_found


def test_members_of_a_coalition_or_a_political_party_are_civilians():
    """ "five members of a civil society coalition", "of an opposition party": the members of a
    coalition of civic bodies or of a political party are unarmed civilians, and so are those of
    them released after; a raiding party's members are not."""
    found = groups_found(
        "On Tuesday in Kaduna, soldiers detained four members of a civil society coalition, "
        "and three were released on Thursday, the coalition said."
    )
    assert (4, "arrested", "civilians") in found
    assert (3, "freed", "civilians") in found
    assert (6, "arrested", "civilians") in groups_found(
        "Police arrested six members of an opposition party at a rally in Jos on Sunday."
    )
    assert (5, "killed", "civilians") not in groups_found(
        "Troops killed five members of a raiding party near Jos on Sunday."
    )


def test_a_candidates_campaign_or_polling_agents_are_civilians():
    """ "two of her campaign agents", "three polling agents": an election's agents of a
    candidate or a party, unarmed ("agents" alone stay a force's in a translated report)."""
    assert (2, "missing", "civilians") in groups_found(
        "A council candidate was abducted from his home in Jos by gunmen on Monday. Two of his "
        "campaign agents who were seized with him are still missing."
    )
    assert (3, "abducted", "civilians") in groups_found(
        "Gunmen abducted three polling agents near Jos on Saturday."
    )
