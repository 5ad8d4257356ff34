"""Extraction rules of the hundred-and-forty-ninth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_national_guard_officer_is_of_the_forces():
    """ "A National Guard officer was killed": an officer of a national guard, one of the
    state's forces, not "a national" (a country's citizen) of the civilians."""
    assert groups_found("One National Guard officer died in the ambush near Iguala.") == [
        (1, "killed", "security_forces")
    ]
    assert groups_found("A Ukrainian national was killed in the blast.") == [
        (1, "killed", "civilians")
    ]


def test_a_body_s_quoted_name_reports():
    """'The search collective "Madres Unidas" said it had found two bodies': the body named in
    quotation marks after the word for what it is reports, read without the marks."""
    assert figures_found(
        'The search collective "Buscadoras del Norte" said it had found three bodies near Tecpan.'
    ) == [(3, "killed", "Search collective Buscadoras del Norte")]
    assert figures_found(
        "The farmers' association “Terre Libre” reported that four herders were killed."
    ) == [(4, "killed", "Farmers' association Terre Libre")]


def test_who_the_sources_are_in_brackets_is_no_count():
    """ "My sources on the ground (two medics, one platoon leader) put the losses at six dead":
    the bracket lists who the sources are (no one killed), and the sources report."""
    assert figures_found(
        "My contacts in the town (three nurses, one teacher) put the dead at nine."
    ) == [(9, "killed", "My contacts in the town")]


def test_and_an_official_said_opens_a_second_speaker_s_clause():
    """ "The clinic told reporters it had treated 8 wounded, and a local chief said two of them
    died": each clause its own speaker (an article and a few words before the verb)."""
    assert figures_found(
        "The clinic in Kaura told reporters it had treated 8 wounded, and a local chief said "
        "two of them died."
    ) == [(2, "killed", "Local chief"), (8, "wounded", "Clinic in Kaura")]


def test_naval_ratings_are_of_the_forces():
    """ "two naval ratings were killed": a navy's enlisted sailors, counted, of the forces."""
    assert groups_found("Three naval ratings died when the gunboat was hit near Bonny.") == [
        (3, "killed", "security_forces")
    ]


def test_a_count_told_over_in_brackets_is_a_part():
    """ "abducted four workers (three Nigerians and one Ghanaian)": the same people told over
    in brackets by who they are, a part of the count, no count of their own."""
    assert figures_found(
        "Pirates abducted five crew members (four Filipino nationals and one Indian national)."
    ) == [(5, "abducted", None)]


def test_the_wounded_of_a_side_s_losses_take_that_side():
    """ "put rebel losses at six dead and 11 wounded": the wounded told right after the dead
    of one side's losses are of that side too."""
    assert groups_found("Monitors put the insurgents' losses at 7 dead and 12 wounded.") == [
        (7, "killed", "militants"),
        (12, "wounded", "militants"),
    ]


def test_members_of_a_board_or_union_are_civilians():
    """ "two members of the cooperative's board were shot dead": a board's, a cooperative's or
    a union's members, unarmed, not an armed cell's."""
    assert groups_found("Two members of the village board were shot dead near Tocoa.") == [
        (2, "killed", "civilians")
    ]
