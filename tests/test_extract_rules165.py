"""Extraction rules of the hundred-and-sixty-fifth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_an_arrest_told_by_its_infinitive_after_a_toll_is_an_arrest():
    """ "allowed to neutralize 4 gunmen and to arrest 3 others": the infinitive "to arrest"
    says what befell the 3, not the toll before it (never a death)."""
    found = figures_found(
        "The raid by the gendarmes allowed to neutralize 4 gunmen and to arrest 3 others near "
        "Kibo, the regional police said."
    )
    assert sorted((n, outcome) for n, outcome, _ in found) == [(3, "arrested"), (4, "killed")]


def test_a_linking_word_opening_a_sentence_is_no_speaker():
    """ "Further notes that two soldiers lost their lives": the linking word that opens a
    motion's recital is no one who spoke."""
    assert find_reporter("Further notes that two soldiers lost their lives at Kibo;") is None


def test_as_reported_by_opening_names_the_speaker():
    """ "As reported by District Officer Kibo, 5 gunmen were killed": who reported it, as
    "Per …" or "According to …" would name him."""
    found = find_reporter("As reported by District Officer Kibo, 5 gunmen were killed in a raid.")
    assert found.name == "District Officer Kibo"


def test_a_motion_s_recital_names_who_told_the_house():
    """ "Further notes that the State Police Command confirmed 9 deaths": the house's own verb
    with no subject, then the body that told it."""
    found = find_reporter("Further notes that the Kibo State Police Command confirmed 9 deaths;")
    assert found.name == "Kibo State Police Command"


def test_the_statement_a_body_spoke_in_is_no_part_of_its_name():
    """ "the State Government in its press statement of 3rd May, 2026 claimed …": where and
    when it spoke, between the body and its verb (not the date's year as the speaker)."""
    found = find_reporter(
        "That the State Government in its press statement of 3rd May, 2026 claimed that 4 "
        "suspects had been arrested."
    )
    assert found.name == "State Government"
