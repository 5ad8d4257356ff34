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


def test_the_writer_s_own_one_is_not_a_named_source_s_one():
    """'our driver was injured' in the writer's voice and '1 child was injured', the police
    said, in the same candidate: two people wounded, not one told twice; the police's dead
    stay theirs and the wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "A bomb hit a market in Ghazni on Monday. Our driver was injured when the bus was "
            "caught in the crossfire. The police spokesman said that 3 people were killed and "
            "1 child was injured in the blast.",
            date(2025, 3, 5),
            "Afghanistan",
        )
    )
    assert sorted(read, key=str) == sorted(
        [
            (1, "wounded", None),
            (1, "wounded", "Police spokesman"),
            (3, "killed", "Police spokesman"),
        ],
        key=str,
    )


def test_a_health_service_s_auxiliary_is_a_civilian():
    """'our vaccination auxiliary was wounded': a health or veterinary service's aide, not a
    force's auxiliary (the bare 'auxiliaries' stay the state's)."""
    extraction = extract_article(
        "Gunmen attacked Tori on Monday. Our vaccination auxiliary was wounded by a mine, and "
        "two health auxiliaries were abducted.",
        date(2025, 3, 5),
        "Mali",
    )
    groups = sorted(
        (f.best, f.victim_group, f.outcome)
        for c in extraction.candidates
        for f in [*c.figures, *c.other_figures]
    )
    assert groups == [(1, "civilians", "wounded"), (2, "civilians", "abducted")]


def test_a_number_led_by_a_zero_is_a_code_not_a_count():
    """'the nurse of unit 0412 was injured': a unit's code, no count of 412; the count of
    wounded beside it stays."""
    read = extraction_figures(
        extract_article(
            "Gunmen opened fire at a wedding in Celaya on Friday. Units 0412 and 0415 took 7 "
            "injured people to hospital. The nurse of unit 0412 was injured in the arm.",
            date(2025, 3, 5),
            "Mexico",
        )
    )
    assert (7, "wounded", None) in read
    assert not any(value in (412, 415) for value, _, _ in read)


def test_a_body_that_updated_before_a_colon_speaks():
    """'The prosecutor's office updated: the number of dead rose to 9': who put the count
    right speaks; a label's 'Figures updated:' names nobody."""
    assert find_reporter("The Fiscalía updated: the number of dead rose to 9.").name == "Fiscalía"
    assert find_reporter("The hospital corrected: 5 people died.").name == "Hospital"
    assert find_reporter("Figures updated: 4 soldiers died.") is None


def test_a_count_the_same_sentence_corrects_goes():
    """'said one guard had died; later he corrected it to 3 guards killed': the correction
    replaces the first count; the wounded told before it, with another number, stay."""
    read = extraction_figures(
        extract_article(
            "Rebels attacked a police post in Tibu on Monday. The commander said 4 guards were "
            "wounded and one guard had died; on Tuesday he corrected it to 3 guards killed.",
            date(2025, 3, 5),
            "Colombia",
        )
    )
    assert sorted(read) == [(3, "killed", "Commander"), (4, "wounded", "Commander")]
