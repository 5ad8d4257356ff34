"""Extraction rules of the eighty-sixth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.normalise import normalise
from analysis.extract.reporters import find_reporter


def test_the_number_was_gives_the_count_again_with_its_outcome():
    """ "four herders were killed; on Friday the chief said the number was six herders": the
    count given again takes the outcome of the figure of the same noun before it; after an
    abduction it is an abduction (never a death), and in an article the later count of the
    same speaker stands alone."""
    found = find_casualty_figures(
        "The chief said four herders were killed; on Friday he said the number was six herders."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "killed"), (6, "killed")]
    found = find_casualty_figures(
        "The chief said four herders were abducted; later he said the number was six herders."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "abducted"), (6, "abducted")]
    found = extract_article(
        "The district chief said on Monday that three herders were killed; on Wednesday the "
        "district chief said the number was seven herders. The clinic said two herders were "
        "wounded.",
        published=date(2025, 5, 8),
        country="Nigeria",
    )
    assert [(best, outcome) for best, outcome, _ in extraction_figures(found)] == [
        (2, "wounded"),
        (7, "killed"),
    ]


def test_the_number_was_takes_no_outcome_from_another_noun():
    """ "the number was five passengers" after "two drivers were wounded": another noun, no
    count of the same people; it takes no outcome from them (and no figure is made of it)."""
    found = find_casualty_figures(
        "Two drivers were wounded; the owner said the number was five passengers."
    )
    assert [(f.best, f.outcome) for f in found] == [(2, "wounded")]


def test_a_speaker_opening_on_a_unit_s_ordinal_before_a_colon():
    """ "3rd Brigade spokesman on Radio Kano: …" is the brigade's spokesman (the ordinal opens
    the name, the medium is no part of it); a log's time stamp before such a speaker is the
    stamp, dropped; a unit doing the killing is no speaker."""
    found = find_reporter("3rd Brigade spokesman on Radio Kano: two soldiers killed.")
    assert found is not None and found.name == "3rd Brigade spokesman"
    assert find_reporter("2nd Division troops killed four rebels.") is None
    clean = normalise("09:10 — 3rd Brigade spokesman: two soldiers killed.\n")
    assert clean.text.startswith("3rd Brigade")
    assert clean.removed == ["09:10 —"]


def test_update_from_a_speaker_is_the_speaker_s():
    """ "Update from the 4ID spokesman: …" is the spokesman's (the update's words are no part
    of the speaker)."""
    found = find_reporter("Update from the 4ID spokesman: three soldiers killed.")
    assert found is not None and found.name == "4ID spokesman"


def test_a_unit_s_update_by_its_letters_replaces_its_first_toll():
    """A unit's spokesman named in full and later by its letters ("4th Infantry Division
    spokesman", "4ID spokesman") is one speaker: the later toll replaces the first, which
    stays no death of its own; a driver wounded beside them stays a wounded one."""
    found = extract_article(
        "Remarks, 3 June:\n\n"
        "10:05 — 4th Infantry Division spokesman on Radio Bombo: one soldier killed.\n\n"
        "16:40 — Update from the 4ID spokesman: three soldiers killed and two wounded.\n\n"
        "Our driver was wounded in the shoulder.\n",
        published=date(2025, 6, 4),
        country="Philippines",
    )
    assert extraction_figures(found) == [
        (1, "wounded", None),
        (2, "wounded", "4ID spokesman"),
        (3, "killed", "4ID spokesman"),
    ]


def test_a_day_s_time_then_a_pronoun_is_the_speaker_named_before():
    """ "This evening on Radio Kibo he said …", "Tonight she said …": a day's time, then the
    pronoun of the speaker named before (no speaker "This evening … he"); after that
    speaker's toll "said yesterday", the new toll replaces it, and the wounded told beside it
    stay wounded."""
    assert find_reporter("This evening on Radio Kibo he said five herders were killed.") is None
    assert find_reporter("Tonight she said two guards were wounded.") is None
    found = extract_article(
        "The district chief, Ali Sanou, said yesterday that three herders were killed. This "
        "evening on Radio Kibo he said five herders were killed and two herders were wounded.",
        published=date(2025, 5, 8),
        country="Nigeria",
    )
    assert extraction_figures(found) == [
        (2, "wounded", "District chief Ali Sanou"),
        (5, "killed", "District chief Ali Sanou"),
    ]


def test_a_toll_said_without_a_day_is_not_replaced_by_tonight_s():
    """Only a toll said the day before is replaced by the pronoun's toll of today: "The chief
    said three herders were abducted. Tonight he said five herders were killed." keeps both
    (other outcomes), and no abducted figure becomes a death."""
    found = extract_article(
        "The district chief, Ali Sanou, said three herders were abducted. Tonight he said "
        "five herders were killed.",
        published=date(2025, 5, 8),
        country="Nigeria",
    )
    assert [(best, outcome) for best, outcome, _ in extraction_figures(found)] == [
        (3, "abducted"),
        (5, "killed"),
    ]


def test_taken_by_a_group_named_with_capitals_is_an_abduction():
    """ "Three traders were taken by Al-Shabaab at the checkpoint": taken by a group named with
    capitals, abducted; the wounded "taken by Red Cross to the clinic" stay wounded (no
    abduction, no death), and "taken by Boko Haram fighters" is one too."""
    found = find_casualty_figures("Three traders were taken by Al-Shabaab at the checkpoint.")
    assert [(f.best, f.outcome) for f in found] == [(3, "abducted")]
    found = find_casualty_figures(
        "Two wounded traders were taken by Red Cross volunteers to the clinic."
    )
    assert [(f.best, f.outcome) for f in found] == [(2, "wounded")]
    found = find_casualty_figures("Five herders were taken by Boko Haram fighters.")
    assert [(f.best, f.outcome) for f in found] == [(5, "abducted")]


def test_a_register_number_in_brackets_after_a_name_is_no_count():
    """ "Our conductor Musa (No. 4) was killed": the register's number in brackets after the
    name is no count, the conductor is one death; "Two of our riders, Ali (No. 3) and Bala
    (No. 9), were abducted" is two abducted (no death)."""
    found = find_casualty_figures("Our conductor Musa (No. 4) was killed at the junction.")
    assert [(f.best, f.outcome) for f in found] == [(1, "killed")]
    found = find_casualty_figures("Two of our riders, Ali (No. 3) and Bala (No. 9), were abducted.")
    assert [(f.best, f.outcome) for f in found] == [(2, "abducted")]


def test_a_speaker_of_a_length_of_time_reports_no_toll_before():
    """ "Our driver was hit in the arm. He is resting, the nurse says two weeks.": the
    nurse speaks of how long to heal, not of the figure before (the document's own voice);
    "The police said so." after a figure still reports it."""
    found = extract_article(
        "Our driver was hit in the arm at the market. He is resting, the nurse says two weeks.",
        published=date(2025, 5, 8),
        country="Nigeria",
    )
    assert extraction_figures(found) == [(1, "wounded", None)]
    found = extract_article(
        "Our driver was hit in the arm at the market. The police said so.",
        published=date(2025, 5, 8),
        country="Nigeria",
    )
    assert extraction_figures(found) == [(1, "wounded", "Police")]


def test_both_by_their_noun_after_a_day_label_are_the_two_freed():
    """ "Mon 3 March: Both guards were released": the two abducted the sentence before, freed
    (no death); "Both sides were released" names no people, and "Both guards were killed"
    is no release."""
    previous = find_casualty_figures("Two of our guards were abducted at the gate.")[-1]
    found = find_casualty_figures("Mon 3 March: Both guards were released.", previous)
    assert [(f.best, f.outcome) for f in found] == [(2, "freed")]
    assert find_casualty_figures("Both sides were released.", previous) == []
    found = find_casualty_figures("Both guards were killed.", previous)
    assert [f.outcome for f in found] != ["freed"]


def test_a_relay_of_what_an_office_announced_is_the_office_s():
    """ "The trader said the police commander of Kaya announced that two suspects were
    arrested": the office that announced is the source, the trader only carries it; "The
    trader said four herders were abducted" stays the trader's."""
    found = find_reporter(
        "The trader said the police commander of Kaya announced that two suspects were arrested."
    )
    assert found is not None and found.name.startswith("Police")
    found = find_reporter("The trader said four herders were abducted.")
    assert found is not None and found.name == "Trader"


def test_one_person_after_of_behind_a_figure_is_whose_they_are():
    """ "The two sisters of our driver Ali were abducted": the sisters are the two abducted,
    the driver only whose sisters they are (no figure of his own); "Two of our drivers were
    killed" stays two deaths."""
    found = find_casualty_figures("The two sisters of our driver Ali were abducted at the well.")
    assert [(f.best, f.outcome) for f in found] == [(2, "abducted")]
    found = find_casualty_figures("Two of our drivers were killed.")
    assert [(f.best, f.outcome) for f in found] == [(2, "killed")]
