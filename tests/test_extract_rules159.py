"""Extraction rules of the hundred-and-fifty-ninth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_statement_correcting_the_previous_one_supersedes_its_counts():
    """ "Correcting our previous statement, the toll is 5 guards killed": the first statement's
    "3 guards killed" is superseded, no death beside the new count (the false death: a first
    statement's count kept next to the corrected one)."""
    found = figures_found(
        "Militants attacked the checkpoint, killing 3 guards.\n\n"
        "Correcting what was stated in our previous bulletin, the attack left 5 guards killed "
        "and 2 others wounded."
    )
    assert sorted(found) == [(2, "wounded", None), (5, "killed", None)]


def test_pages_on_social_media_are_the_reporter_of_the_count_they_spread():
    """ "denies what was circulated by some pages on social media about the death of 9
    soldiers": the count is social media's, not the denying body's."""
    assert figures_found(
        "The army denied what was circulated by some pages on social media about the death of "
        "9 soldiers in the raid."
    ) == [(9, "killed", "Social media")]


def test_an_official_with_the_district_of_the_post_reports():
    """ "The Superintendent of Police, Dantewada has reported …": the title speaks, the
    district after the comma is the post's, no speaker of its own."""
    assert figures_found(
        "The Superintendent of Police, Dantewada has reported that 5 jawans were killed near "
        "the camp."
    ) == [(5, "killed", "Superintendent of Police")]


def test_an_official_who_further_reports_speaks():
    """ "The Deputy Commissioner has further reported that …": a report added to one before;
    the official still speaks."""
    assert figures_found(
        "The Deputy Commissioner has further reported that 4 villagers were abducted from the "
        "market."
    ) == [(4, "abducted", "Deputy Commissioner")]


def test_a_group_that_claims_an_attack_told_with_its_place_aside_reports():
    """ "JNIM claims an attack on the post at Diboli, on the border, saying its fighters killed
    …": a timeline's present, the place told in an aside; the claiming group speaks."""
    assert figures_found(
        "JNIM claims an attack on a post at Kona, on the main road, saying its fighters killed "
        "8 soldiers."
    ) == [(8, "killed", "JNIM")]
