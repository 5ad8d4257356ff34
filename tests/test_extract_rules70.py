"""Extraction rules of the seventieth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_a_count_said_then_corrected_and_told_again_is_dropped():
    """ "The list we sent on Monday said one porter died; the correct number is 2: two porters
    were killed": the earlier count is no toll (no death of one left to match the missing
    guard), and the count told again is the document's own."""
    text = (
        "On Sunday shells hit the depot at Kadugli. The list we sent on Monday said one porter "
        "died; the correct number is 2: two porters were killed. A guard has been missing "
        "since the shelling.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Sudan")))
    assert figures == {(2, "killed", None), (1, "missing", None)}


def test_a_wounded_count_said_then_corrected_and_told_again_stays_wounded():
    """The same correction of a wounded count: the earlier count dropped, the one told again
    wounded (no death made of either); a death toll of the sentence before stays."""
    text = (
        "On Sunday shells hit the depot at Kadugli. One guard was killed. Our note of Monday "
        "said three porters were injured; the correct number is four: four porters were "
        "wounded.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Sudan")))
    assert figures == {(1, "killed", None), (4, "wounded", None)}
    assert not {f for f in figures if f[0] == 3}


def test_no_correction_leaves_both_counts_of_the_sentence():
    """Without 'the correct number is', two counts of a sentence that names an earlier text
    stay as they were (no count dropped)."""
    text = (
        "On Sunday shells hit the depot at Kadugli. Police said one porter died and two "
        "porters were injured.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Sudan")))
    assert figures == {(1, "killed", "Police"), (2, "wounded", "Police")}


def test_a_speaker_with_a_relative_clause_and_a_day_before_its_verb_reports():
    """ "The commission, which on Friday spoke of two dead, on Sunday said three villagers were
    killed": the commission reports the later count; its earlier count in the relative
    clause is dropped (no second toll); a wounded count of the next sentence stays wounded."""
    text = (
        "Gunmen attacked a bar in Tumaco on Thursday. The commission, which on Friday spoke of "
        "two dead, on Sunday said three villagers were killed. Two porters were wounded.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Colombia")))
    assert (3, "killed", "Commission") in figures
    assert (2, "killed", "Commission") not in figures
    assert {f for f in figures if f[1] == "wounded"} == {(2, "wounded", None)}
    # the day after the verb: "… gave on Sunday a toll of three dead"
    text = (
        "Gunmen attacked a bar in Tumaco on Thursday. The commission, which on Friday spoke of "
        "two dead, gave on Sunday a toll of three dead. Four porters were wounded.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Colombia")))
    assert {f for f in figures if f[1] == "killed"} == {(3, "killed", "Commission")}
    assert (4, "wounded", None) in figures


def test_a_letter_read_out_from_someone_is_the_writer_s_report():
    """ "The chair read a letter from the district commander, Col. Ali Musa, which put the
    number of bandits killed at five and stated that one constable was wounded": the commander
    reports both; the wounded constable stays wounded."""
    text = (
        "Gunmen attacked the college at Gusau on Monday.\n\n"
        "2.1 The chair read a letter from the district commander, Col. Ali Musa, which put the "
        "number of bandits killed at five and stated that one constable was wounded.\n"
    )
    figures = extraction_figures(extract_article(text, date(2026, 3, 6), "Nigeria"))
    assert sorted(figures) == [
        (1, "wounded", "District commander, Col. Ali Musa"),
        (5, "killed", "District commander, Col. Ali Musa"),
    ]


def test_a_record_s_account_recalled_or_told_with_sorrow_names_its_speaker():
    """ "The registrar, Mr. Ali Musa, recalled that three students were killed …", "The dean
    informed Senate with deep sorrow that a lecturer was shot dead": who recalled or informed
    reports; a wounded count beside it stays wounded."""
    text = (
        "2.1 The registrar, Mr. Ali Musa, recalled that three students were killed in crossfire "
        "at Gusau and that two porters were injured.\n"
        "2.2 The dean, Dr. Ada Obi, informed Senate with deep sorrow that two lecturers were "
        "shot dead at Gusau junction.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 3, 6), "Nigeria")))
    assert (3, "killed", "Registrar Mr. Ali Musa") in figures
    assert (2, "wounded", "Registrar Mr. Ali Musa") in figures
    assert (2, "killed", "Dean Dr. Ada Obi") in figures


def test_a_prayer_s_intention_names_a_count_told_nowhere_else():
    """ "- For the souls of the 12 pupils of our school killed …", "- For the seven people
    wounded that night …": a prayer list's counts, told nowhere else, are figures (the
    wounded stay wounded, no death made of them)."""
    text = (
        "SCHOOL NEWSLETTER\n\nWe pray this week especially:\n"
        "- For the souls of the 12 pupils of our school killed on Monday when gunmen attacked "
        "the Gusau market.\n"
        "- For the seven people wounded that night, who are still in hospital.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 3, 6), "Nigeria")))
    assert (12, "killed", None) in figures or (12, "killed", "School Newsletter") in figures
    assert {f[:2] for f in figures} == {(12, "killed"), (7, "wounded")}


def test_a_prayer_for_a_count_told_before_adds_no_figure():
    """A prayer for "the seven people wounded" when the seven wounded were told before is a
    back-reference: no second figure, and no death."""
    text = (
        "Gunmen attacked the Gusau market on Monday. Seven people were wounded, police said. "
        "We pray for the seven people wounded that night.\n"
    )
    figures = extraction_figures(extract_article(text, date(2026, 3, 6), "Nigeria"))
    assert figures == [(7, "wounded", "Police")]


def test_the_ones_taken_freed_by_their_number_are_a_freed_figure():
    """ "Police detained two tutors at the checkpoint; the two were released the next day",
    "Gunmen abducted three farmers …; the three were freed on Monday": a freed figure of the
    same count; a count that is not the one taken, or people killed "released from
    hospital", gives none (never a death)."""
    text = (
        "Gunmen attacked Kaya on Sunday. Police detained two tutors at the checkpoint; the two "
        "were released the next day.\n"
    )
    figures = sorted(extraction_figures(extract_article(text, date(2026, 3, 6), "Burkina Faso")))
    assert figures == [(2, "arrested", None), (2, "freed", None)]
    text = "Gunmen abducted three farmers in Kaya on Sunday; the three were freed on Monday.\n"
    figures = sorted(extraction_figures(extract_article(text, date(2026, 3, 6), "Burkina Faso")))
    assert figures == [(3, "abducted", None), (3, "freed", None)]
    text = "Gunmen abducted three farmers in Kaya on Sunday; the two were freed on Monday.\n"
    figures = extraction_figures(extract_article(text, date(2026, 3, 6), "Burkina Faso"))
    assert figures == [(3, "abducted", None)]
    text = (
        "Gunmen killed two farmers and wounded two herders in Kaya on Sunday. The two were "
        "released from hospital on Monday.\n"
    )
    figures = sorted(extraction_figures(extract_article(text, date(2026, 3, 6), "Burkina Faso")))
    assert figures == [(2, "killed", None), (2, "wounded", None)]
    # a part of the ones taken, "two of the three have been released", is no freed figure of
    # three
    text = (
        "Gunmen abducted three farmers in Kaya on Sunday. Two of the three have been released "
        "and are home.\n"
    )
    figures = extraction_figures(extract_article(text, date(2026, 3, 6), "Burkina Faso"))
    assert (3, "freed", None) not in figures
