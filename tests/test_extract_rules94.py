"""Extraction rules of the ninety-fourth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import tidy


def test_yesterdays_toll_is_replaced_by_todays_word_after_a_semicolon():
    """ "The DPO told reporters yesterday two guards were killed; today the DPO said 4 guards
    were killed": the same speaker's word of today replaces yesterday's (so the 2 is no death
    toll beside the 2 kidnapped of the next sentence), and "today" is no part of the
    speaker."""
    found = figures_found(
        "The district police officer told reporters yesterday two guards were killed; today "
        "the district police officer said 4 guards were killed and 5 wounded. Gunmen kidnapped "
        "2 traders near Bakura."
    )
    assert found == [
        (2, "abducted", None),
        (4, "killed", "District police officer"),
        (5, "wounded", "District police officer"),
    ]


def test_a_first_toll_is_replaced_by_the_speakers_word_then_on_a_later_day():
    """ "The commander first told the radio 2 soldiers died, then on Friday the commander
    said 6 soldiers were killed": "first" with an irregular verb marks the earlier word, and
    the speaker named again after "then on Friday" is the same; the later toll stands (the 2
    wounded stay wounded)."""
    found = figures_found(
        "The garrison commander first told the radio 2 soldiers died, then on Friday the "
        "commander said 6 soldiers were killed and 2 wounded."
    )
    assert found == [(2, "wounded", "Commander"), (6, "killed", "Commander")]


def test_first_the_speaker_said_then_corrected_in_the_evening():
    """ "First the army said 3 soldiers were killed; in the evening the army corrected that 5
    soldiers were killed": "First" opens the earlier word, "corrected" is the later one's
    verb; the later toll replaces the earlier, and a 3 abducted nearby stays abducted."""
    found = figures_found(
        "First the army said 3 soldiers were killed; in the evening the army corrected that 5 "
        "soldiers were killed and 7 soldiers wounded. Gunmen abducted 3 herders near Bakura."
    )
    assert found == [(3, "abducted", None), (5, "killed", "Army"), (7, "wounded", "Army")]


def test_an_opening_word_of_time_or_order_is_no_part_of_the_speaker():
    """ "today the DPO", "then on Wednesday the commander", "First the army": when or in what
    order the speaker spoke, no part of who spoke; a name with "First" is kept."""
    assert tidy("today the DPO") == "Police (DPO)"
    assert tidy("then on Wednesday the commander") == "Commander"
    assert tidy("First the army") == "Army"
    assert tidy("First Division") == "First Division"


def test_by_evening_the_same_speaker_replaces_his_morning_toll():
    """ "…said in the morning that 4 villagers were killed; by evening the same police
    spokesman said 6": the same speaker's evening word replaces the morning's ("same" no
    part of his name), and a 4 kidnapped in the next sentence stays an abduction."""
    found = figures_found(
        "The police spokesman said in the morning that 4 villagers were killed; by evening "
        "the same police spokesman said 6 villagers were killed. Gunmen kidnapped 4 traders "
        "near Bakura."
    )
    assert found == [(4, "abducted", None), (6, "killed", "Police spokesman")]
