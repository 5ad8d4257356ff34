"""Extraction rules of the sixty-fourth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_outcomes

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def test_people_taken_after_others_were_beheaded_are_abducted():
    """'beheaded 5 farmers … and took 2 girls': the two are taken, not dead (read, the
    killing verb carried over to them)."""
    found = find_casualty_figures(
        "The chief said the rebels beheaded 6 farmers near the river and took 2 girls."
    )
    assert [(f.best, f.outcome) for f in found] == [(6, "killed"), (2, "abducted")]
    found = find_casualty_figures(
        "Militants executed four herders at the well and took three boys with the cattle."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "killed"), (3, "abducted")]


def test_people_taken_to_hospital_after_a_beheading_are_not_abducted():
    """The same verbs, the ones taken are wounded and taken to care: still wounded."""
    found = find_casualty_figures(
        "Rebels beheaded two traders and took three wounded porters to the clinic."
    )
    assert [(f.best, f.outcome) for f in found] == [(2, "killed"), (3, "wounded")]


def test_the_count_a_notice_says_it_corrects_is_no_figure():
    """'This corrects the figure of one guard killed given in Notice No. 9': the earlier
    count is withdrawn (read, it stood as a death beside the wounded)."""
    text = (
        "Gunmen fired on the pumping station at Kalat on 3 March. Two of our guards were "
        "killed and a clerk was injured. This corrects the figure of one guard killed given "
        "in Notice No. 9."
    )
    read = extraction_outcomes(extract_article(text, date(2025, 3, 5), "Pakistan"))
    assert (1, "killed") not in read
    assert (2, "killed") in read and (1, "wounded") in read


def test_a_count_put_right_in_a_later_sentence_replaces_the_earlier_one():
    """'… killing 3 passengers and injuring 3 others. … now say 4 passengers died, not 3':
    the three dead go, the four stand; the three wounded beside them stay."""
    text = (
        "Gunmen attacked a minibus on the road south of Chiure on Monday, killing 3 "
        "passengers and injuring 3 others, police said.\n\n"
        "On Tuesday the police now say 4 passengers died in the attack, not 3."
    )
    read = extraction_outcomes(extract_article(text, date(2025, 2, 4), "Mozambique"))
    assert (3, "killed") not in read
    assert (4, "killed") in read and (3, "wounded") in read


def test_a_log_rows_readings_before_its_remark_do_not_hide_the_speaker():
    """A fridge chart's row read as one line, '14 +4.8 +5.1 AB The police spokesman said
    …': the day, the readings and the signer's initials are no part of the sentence."""
    found = find_reporter(
        "14 +4.8 +5.1 AB The police spokesman said gunmen killed 4 herders and abducted 2 boys."
    )
    assert found is not None and "police" in found.name.casefold()
    assert found.text == "The police spokesman"
    # a count opening a sentence is no row of readings
    assert find_reporter("12 soldiers were killed, the army said.").name == "Army"


def test_a_log_entrys_day_and_clock_time_do_not_hide_the_speaker():
    """'22-Mar 14:10 Maj. Ana Cruz told the radio …', '07 UTC  Police in Pemba say …': a
    log entry's day and time before its text are no part of the sentence."""
    found = find_reporter("22-Mar 14:10 Maj. Ana Cruz told the radio troops killed 4 raiders.")
    assert found is not None and found.name == "Maj. Ana Cruz"
    found = find_reporter("07 UTC  Police in Pemba say gunmen wounded 3 fishermen.")
    assert found is not None and found.name.startswith("Police")
    # a wounded count after the clock keeps its speaker and stays wounded
    found = find_reporter("22/03 14:10 Police say 2 guards were wounded and 1 abducted.")
    assert found is not None and found.name == "Police"


def test_another_sources_count_not_the_first_leaves_both():
    """'The monitors report 6 villagers killed, not 4': a dispute, not a correction; the
    first source's four stand beside the six."""
    text = (
        "The district office said 4 villagers were killed in the shelling of Tamu on Monday.\n\n"
        "The monitors report 6 villagers killed in the shelling, not 4."
    )
    read = extraction_outcomes(extract_article(text, date(2025, 2, 4), "Myanmar"))
    assert (4, "killed") in read and (6, "killed") in read
