"""Extraction rules of the seventy-sixth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_shaheed_after_a_verb_to_be_is_a_death():
    """'four of our jawans are now shaheed': the Urdu word for martyred after 'are', 'were',
    'now' is a death toll; the name Shahid is none, and the wounded beside stay wounded."""
    read = extraction_figures(
        extract_article(
            "Militants stormed a checkpost near Lakki on Sunday night. Five of our jawans are "
            "now shaheed, the DPO said. Three constables were injured.",
            date(2025, 3, 3),
        )
    )
    assert sorted(read) == [(3, "wounded", None), (5, "killed", "Police (DPO)")]
    read = extraction_figures(
        extract_article(
            "Militants stormed a checkpost near Lakki on Sunday night. Two soldiers were shaheed "
            "and four were wounded, the ISPR said. Constable Shahid was hurt.",
            date(2025, 3, 3),
        )
    )
    assert (2, "killed", "ISPR") in read and (4, "wounded", "ISPR") in read
    assert not any(value == 4 and outcome == "killed" for value, outcome, _ in read)


def test_one_office_by_district_and_by_holder_is_one_reporter():
    """'DPO Lakki told the men that 2 policemen were martyred', then 'DPO Amir Khan: "Three
    of our jawans are now shaheed"': one office by its district and by its holder, so the
    later toll replaces the earlier one; the wounded told by the first stay."""
    read = extraction_figures(
        extract_article(
            "Militants stormed a checkpost near Lakki on Sunday night. He said DPO Lakki told "
            "the men this morning that 2 policemen were martyred and 6 were injured. 2 pm, DPO "
            'Amir Khan on the radio: "Three of our jawans are now shaheed."',
            date(2025, 3, 3),
        )
    )
    values = sorted((value, outcome) for value, outcome, _ in read)
    assert values == [(3, "killed"), (6, "wounded")]


def test_he_said_a_named_officer_told_them_is_the_officers():
    """'He said SSP Ali Raza told the men that …': the officer who told is the source, not
    the one who passed it on."""
    assert find_reporter("He said SSP Ali Raza told the men that 4 were killed.").name == (
        "Police (SSP Ali Raza)"
    )
    assert find_reporter("She said Ali told me to leave.") is None


def test_an_hour_and_a_comma_before_the_speaker():
    """'1 pm, DPO Amir Khan on the radio: "…"': the note's hour is no part of who speaks."""
    found = find_reporter('1 pm, Police spokesman Ali Musa: "Five people were killed."')
    assert found is not None and found.name.startswith("Police")
    assert find_reporter("9 pm, five people were killed.") is None


def test_a_turn_heard_on_the_air_is_the_speakers():
    """'Police spokesman ASP Ali Musa on Radio Kano: 12 persons were killed …': the speaker
    before the colon, not where he was heard; the abducted he told of next are his too."""
    read = extraction_figures(
        extract_article(
            "Bandits attacked Gidan Dawa on Sunday night. Police spokesman ASP Ali Musa on Radio "
            "Kano: 12 persons were killed at Gidan Dawa. He also said 30 people were abducted.",
            date(2025, 3, 3),
            "Nigeria",
        )
    )
    assert sorted(read) == [
        (12, "killed", "Police (Ali Musa)"),
        (30, "abducted", "Police (Ali Musa)"),
    ]


def test_a_day_opening_the_sentence_is_no_part_of_the_speaker():
    """'On 9 March Musa said …': the day is no part of who speaks; a day before a count
    names nobody."""
    assert find_reporter("On 9 March Musa said 8 people were killed.").name == "Musa"
    assert find_reporter("On March 9, the police said 8 people were killed.").name == "Police"
    assert find_reporter("On 9 March 12 people were killed.") is None
