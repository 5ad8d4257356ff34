"""Extraction rules of the eighty-eighth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.normalise import normalise

DAY = date(2026, 3, 14)


def test_a_count_revised_to_a_new_number_is_the_people_it_names():
    """ "revised farmers killed to 8 from 6 after two more bodies were found": eight farmers
    killed; neither the old six nor the two bodies (why it rose) is a figure, and never a
    death of their own; a wounded or abducted count revised stays wounded or abducted."""
    found = find_casualty_figures(
        "The council revised farmers killed to 8 from 6 after two more bodies were found."
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(8, "civilians", "killed")]
    found = find_casualty_figures("The clinic revised the pupils wounded to 12 from 10.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(12, "civilians", "wounded")]
    found = find_casualty_figures(
        "The chief revised herders abducted to 9 from 7, and two more bodies were found."
    )
    assert [(f.best, f.outcome) for f in found][0] == (9, "abducted")
    assert all(f.outcome != "killed" or f.best != 9 for f in found)


def test_a_spaced_table_s_wrapped_notes_column_is_read_as_sentences():
    """A log in columns of spaces under a rule of dashes parted as its columns are, its last
    column a note ("Keeper's remarks") wrapped over the lines under each row: each note one
    sentence, its readings gone, a word broken at the column's edge joined; a wounded man's
    note stays wounded, never a death."""
    text = "\n".join(
        [
            "PUMP STATION LOG",
            "",
            "Day    Level  Flow   Keeper's remarks",
            "-----  -----  -----  ------------------------------",
            "01/05  12.4   3.1    Gunmen raided Kologo village.",
            "                     The police said 4 farm-",
            "                     ers were killed.",
            "02/05  12.5   3.0    Two of our guards were wounded",
            "                     and taken to the clinic.",
            "-----  -----  -----  ------------------------------",
        ]
    )
    lines = [line for line in normalise(text).text.split("\n") if line.strip()]
    assert "The police said 4 farmers were killed." in lines[-2]
    assert lines[-1] == "Two of our guards were wounded and taken to the clinic."
    found = extract_article(text, published=DAY, country="Nigeria")
    figures = extraction_figures(found)
    assert (4, "killed", "Police") in figures
    assert (2, "wounded", None) in figures
    assert all(f[1] != "killed" or f[0] != 2 for f in figures)


def test_a_spaced_table_without_a_notes_column_is_left_as_it_stands():
    """Columns of readings only (no remarks column) are not read as notes."""
    text = "Day    Level  Flow\n-----  -----  -----\n01/05  12.4   3.1\n02/05  12.5   3.0\n"
    assert "01/05  12.4   3.1" in normalise(text).text


def test_a_register_row_with_no_number_and_a_date_before_its_note_loses_its_cells():
    """ "--    13 Jun   Clerk's note: the mayor said …": the placeholder and the date cells are
    no part of the note, whose speaker reports it (never "--    13 Jun   the mayor"); the
    abducted count beside it stays abducted."""
    text = "\n".join(
        [
            "No.   Date     Visitor            Fee",
            "----  -------  -----------------  ------",
            "0101  11 Jun   A. Banda (2)       40.00",
            "--    13 Jun   Clerk's note: the mayor of Kasoma said 3 traders were killed",
            "               and 4 were abducted on the road.",
        ]
    )
    found = extract_article(text, published=DAY, country="Zambia")
    figures = extraction_figures(found)
    assert (3, "killed", "Mayor of Kasoma") in figures
    assert (4, "abducted", "Mayor of Kasoma") in figures
    assert "--    13 Jun" not in normalise(text).text


def test_a_translation_s_removed_by_armed_men_is_abducted_and_untraceable_is_missing():
    """ "6 inhabitants have been removed by unidentified armed men" ("enlevés"): six residents
    abducted, never killed; "bodies were removed by the Red Cross" stays no abduction; "two
    shepherds are untraceable" are missing; "3 between them were liberated" ("d'entre eux")
    are three of those taken, freed."""
    found = extract_article(
        "Gunmen raided Tondikiwindi on Monday. The mayor declared that 6 inhabitants have been "
        "removed by unidentified armed men. He say 3 between them were liberated on Friday.",
        published=DAY,
        country="Niger",
    )
    figures = [(b, o) for b, o, _ in extraction_figures(found)]
    assert (6, "abducted") in figures and (3, "freed") in figures
    assert all(o != "killed" for _, o in figures)
    text = normalise("The 4 bodies were removed by the Red Cross on Sunday.").text
    assert "removed by the Red Cross" in text
    found = find_casualty_figures(
        normalise("Two shepherds of Tera are untraceable since the attack.").text
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(2, "civilians", "missing")]


def test_a_translation_s_say_after_its_sentence_names_the_speaker():
    """ "… received 9 hurt people, say the chief doctor." ("dit le médecin-chef"): the chief
    doctor gives the wounded count (a wounded count, never a death)."""
    found = extract_article(
        "Gunmen attacked Tera on Monday. The district hospital of Tera received 9 hurt people "
        "of the town, say the chief doctor.",
        published=DAY,
        country="Niger",
    )
    assert extraction_figures(found) == [(9, "wounded", "Chief doctor")]


def test_a_translation_s_persons_without_life_are_dead():
    """ "raised the figure to 7 persons without life, and not 5" ("personas sin vida"): seven
    dead; "say that were 8 the deceased" ("que fueron 8 los fallecidos"): eight dead; the
    injured beside them stay wounded."""
    text = normalise(
        "The prosecutor raised the figure to 7 persons without life, and not 5. The neighbours "
        "say that were 8 the deceased. 3 persons remained injured."
    ).text
    found = [f for line in text.split(". ") for f in find_casualty_figures(line)]
    assert [(f.best, f.outcome) for f in found] == [(7, "killed"), (8, "killed"), (3, "wounded")]


def test_a_spaced_table_s_action_column_before_a_by_column_is_read_as_sentences():
    """A routing slip in columns of spaces ("Date  Action  By"): the action, wrapped over the
    lines under its row, is the sentence; the narrow "By" column after it (the officer who
    filed it) is no part of it, even where the action runs close to it; the abducted count
    stays abducted."""
    text = "\n".join(
        [
            "ROUTING SLIP",
            "Date         Action                                          By",
            "-----------  ----------------------------------------------  ---------",
            "02 Mar 2026  Fee received (OR No. 1234).                      Records",
            "05 Mar 2026  The village chief says 3 herders were abducted  Insp.",
            "             near the lot on 4 Mar.",
        ]
    )
    lines = [line for line in normalise(text).text.split("\n") if line.strip()]
    assert lines[-1] == "The village chief says 3 herders were abducted near the lot on 4 Mar."
    found = extract_article(text, published=DAY, country="Philippines")
    assert extraction_figures(found) == [(3, "abducted", "Village chief")]
