"""Extraction rules of the seventy-fourth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_a_count_put_right_before_a_semicolon_replaces_the_earlier_one():
    """'The chief now says 9 herders were killed, not 7; …': the count put right closes a clause
    another follows; the earlier 7 is no figure (the wounded told with it stay)."""
    read = extraction_figures(
        extract_article(
            "Gunmen raided a camp near Zurmi on Monday. A neighbour said the district chief "
            "told them 7 herders were killed and 5 wounded.\n\n"
            "On Wednesday the neighbour called again. The district chief now says 9 herders "
            "were killed, not 7; the camp was burnt.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert (9, "killed", "District chief") in read
    assert [f for f in read if f[1] == "killed"] == [(9, "killed", "District chief")]
    assert any(f[:2] == (5, "wounded") for f in read)


def test_deaths_that_account_for_a_count_put_right_are_no_toll_of_their_own():
    """'… 9 herders were killed, not 7; two died in hospital': the two are the rise, a part of
    the 9, not a further toll; two wounded or missing told beside them stay what they are."""
    read = extraction_figures(
        extract_article(
            "Gunmen raided a camp near Zurmi on Monday. The district chief said 7 herders were "
            "killed and 2 wounded.\n\n"
            "The district chief now says 9 herders were killed, not 7; two died in hospital "
            "in Gusau and 2 are still missing.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert [f for f in read if f[1] == "killed"] == [(9, "killed", "District chief")]
    assert (2, "wounded", "District chief") in read
    assert (2, "missing", "District chief") in read
    # deaths of another number stay a figure of their own
    other = extraction_figures(
        extract_article(
            "The district chief now says 9 herders were killed, not 7; three soldiers died "
            "in a separate ambush at Zurmi.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert (3, "killed", "District chief") in other


def test_the_same_source_takes_up_the_source_its_own_sentence_named():
    """'According to the town council, 5 traders were killed and 6 people were abducted; 2 of
    them escaped, the same source said': the same source is the council, for the dead, the
    abducted and those who escaped alike (no death among the others)."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the market at Kamango on Friday. According to the town council, "
            "5 traders were killed and 6 people were abducted; 2 of them escaped on Sunday, "
            "the same source said.",
            date(2025, 10, 14),
            "DR Congo",
        )
    )
    assert sorted(read) == [
        (2, "freed", "Town council"),
        (5, "killed", "Town council"),
        (6, "abducted", "Town council"),
    ]


def test_a_ranked_name_broken_over_two_lines_is_one_sentence():
    """A hard-wrapped paragraph that breaks '…, Captain Amos' / 'Kabeya, said …': the surname
    and its comma go on the sentence, whose speaker is then found (the wounded stay wounded)."""
    text = (
        "Rebels attacked a village near Beni at night and burnt twenty houses down there.\n"
        "The army spokesman for the area, Captain Amos\n"
        "Kabeya, said 4 farmers were killed and 3 wounded in the attack on the village of\n"
        "Mabasele, and that the army is pursuing the attackers into the forest nearby.\n"
    )
    read = extraction_figures(extract_article(text, date(2025, 10, 14), "DR Congo"))
    assert sorted(read) == [
        (3, "wounded", "Army spokesman for the area Captain Amos Kabeya"),
        (4, "killed", "Army spokesman for the area Captain Amos Kabeya"),
    ]


def test_a_body_that_raised_a_named_toll_speaks():
    """'On Tuesday the prosecutor's office raised the Almada toll to 5 people killed': the
    toll named by its place or event is still the body's word; the wounded beside it stay
    wounded."""
    assert find_reporter(
        "On Tuesday the Fiscalía raised the Almada toll to 5 people killed."
    ).name == ("Fiscalía")
    read = extraction_figures(
        extract_article(
            "Gunmen opened fire at a bar on Almada street in Culiacán on Saturday.\n\n"
            "On Tuesday the Fiscalía raised the Almada toll to 5 people killed and said 4 "
            "were wounded.",
            date(2025, 10, 14),
            "Mexico",
        )
    )
    assert (5, "killed", "Fiscalía") in read
    assert (4, "wounded", "Fiscalía") in read


def test_a_note_typed_under_a_row_of_columns_is_a_paragraph_of_its_own():
    """A shop's book, each row set in columns and a note typed under some: the note is no
    part of the row (the row's words do not come before its speaker), so the note's speaker
    is found; what it says stays wounded or killed as said."""
    text = (
        "GARAGE BOOK, week of 2 March\n"
        "DATE   CAR        PLATE      JOB          PRICE     STATUS\n"
        "02/03  Corolla    KDA 123    brakes       4,000     done, paid\n"
        "   note: a driver came in; the police say 3 traders were killed and 2 injured\n"
        "   near Kajuru market on Sunday.\n"
        "03/03  Hilux      KDB 456    tyres x4     12,000    waiting\n"
    )
    read = extraction_figures(extract_article(text, date(2025, 3, 5), "Nigeria"))
    assert sorted(read) == [(2, "wounded", "Police"), (3, "killed", "Police")]


def test_the_one_who_told_a_relay_and_a_speaker_on_the_air_report():
    """'She said the district chief told them 6 …': the chief, whose toll it is; 'Police
    spokesman Ali Musa was on Radio Kano saying …': the spokesman. The wounded and the arrested
    they give stay what they are; 'told them to leave' is an order, no relay."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked Dutsin village near Zaria on Sunday. She said the district chief "
            "told them 6 farmers were killed and 4 wounded.\n\n"
            "Police spokesman Ali Musa was on Radio Kano saying 5 people were killed at "
            "Dutsin and 2 suspects were arrested.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert (6, "killed", "District chief") in read
    assert (4, "wounded", "District chief") in read
    assert (5, "killed", "Police (Ali Musa)") in read
    assert (2, "arrested", "Police (Ali Musa)") in read
    assert find_reporter("He said the soldiers told them to leave before 3 were killed.") is None
