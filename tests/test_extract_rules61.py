"""Extraction rules of the sixty-first round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines; the helpers are those of ``factories``.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def test_the_one_whose_body_brought_the_count_up_is_in_it():
    """ "the body of our cook, missing since the raid, was found, bringing the number of our
    staff killed to four": the cook is one of the four, no death of his own; a body found
    beside a count of the wounded brought up is a death."""
    assert sentence_outcomes(
        "We are sorry to confirm that the body of our cook, missing since the raid, was found "
        "on Friday, bringing the number of our staff killed to four."
    ) == [(4, "killed")]
    assert sentence_outcomes(
        "The body of a herder was found on Friday, bringing the number of wounded to six."
    ) == [(1, "killed"), (6, "wounded")]


def test_the_document_s_own_count_brought_up_replaces_its_older_count_below():
    """An incident page, the newest entry first: "… bringing the number of our staff killed
    to four" above the older "Three of our linesmen were killed and two guards were wounded":
    the own-voice count brought up replaces its own three (which would stand beside the
    wounded two), and no wounded count becomes a death."""
    text = (
        "Update, 4 May: The body of our cook, missing since the raid, was found near Kidal, "
        "bringing the number of our staff killed to four.\n\n"
        "Identified, 2 May: Our depot at Kidal was attacked by gunmen. Three of our linesmen "
        "were killed and two guards were wounded. Our cook is missing.\n"
    )
    found = extraction_figures(extract_article(text, date(2026, 5, 5), "Mali"))
    assert [f for f in found if f[1] == "killed"] == [(4, "killed", None)]
    assert (2, "wounded", None) in found
    # a count someone else brought up is theirs: the page's own three stay
    other = text.replace("bringing the number of our staff", "police said, bringing the number")
    assert (3, "killed", None) in extraction_figures(
        extract_article(other, date(2026, 5, 5), "Mali")
    )


def test_a_log_table_underlined_by_piped_dashes_is_read_entry_by_entry():
    """A log export's table ("ID | Date | Place | Cat | Summary | Status" over "----|----…")
    whose summaries wrap onto rows with an empty first cell: each entry read as one, its
    category's code no count, its caller ("Caller (F, 40) says") the speaker; a row flagged
    "DUPLICATE of" another repeats it (no figure); a wounded count beside stays wounded."""
    text = (
        "RELIEF CONSORTIUM - feedback log export, week 12\n\n"
        "ID     | Date  | Location | Cat | Summary                                  | Status\n"
        "-------|-------|----------|-----|------------------------------------------|-------\n"
        "FB-101 | 14/03 | Rutshuru | 3   | Caller (F, 40) says gunmen killed 4      | Open\n"
        "       |       |          |     | people and wounded 5 others at night.    |\n"
        "FB-102 | 14/03 | Rutshuru | 3   | DUPLICATE of FB-101 (same caller): 4     | Closed\n"
        "       |       |          |     | killed, 5 wounded.                       |\n"
        "FB-103 | 15/03 | Rutshuru | 1   | Asks about the cash distribution.        | Closed\n"
    )
    found = extraction_figures(extract_article(text, date(2026, 3, 16), "DR Congo"))
    assert found == [(4, "killed", "Caller"), (5, "wounded", "Caller")]


def test_a_speaker_s_sex_and_age_in_brackets_are_no_speaker():
    """ "Woman (M., 51) reports …", "Caller (F, 34) says …": who speaks, not "51)"."""
    found = find_reporter("Caller (F, 34) says armed men killed 6 people.")
    assert found is not None and found.name == "Caller"
    found = find_reporter("A witness (male, 40) told us gunmen killed two farmers.")
    assert found is not None and found.name == "Witness"


def test_someone_s_own_then_what_he_does_is_one_person():
    """ "her husband, a farmer, is missing": one person missing, not two; "her son was
    killed, a teacher was wounded" are two."""
    assert sentence_outcomes("She reports her husband, a farmer, missing since the attack.") == [
        (1, "missing")
    ]
    assert sentence_outcomes("Her son was killed and a teacher was wounded.") == [
        (1, "killed"),
        (1, "wounded"),
    ]


def test_people_held_then_let_go_in_one_clause_are_freed_beside():
    """ "2 volunteers were arrested at the checkpoint and were released the next day": two
    arrested and two freed; "were wounded and were released from hospital" stays wounded."""
    assert sentence_outcomes(
        "2 volunteers were arrested at the checkpoint and were released the next day."
    ) == [(2, "arrested"), (2, "freed")]
    assert sentence_outcomes(
        "Four suspects were detained on Monday and released without charge on Friday."
    ) == [(4, "arrested"), (4, "freed")]
    assert sentence_outcomes("Two guards were wounded and were released from hospital.") == [
        (2, "wounded")
    ]


def test_he_takes_up_the_person_a_paragraph_opens_on_by_office_then_name():
    """ "SP Kohat, Mr. Imran Ali, addressed the club on security. He told members that 2
    policemen were killed …": the speaker is the person the paragraph opens on, not the
    hospital's director quoted in the paragraph before; the director's own count stays his."""
    text = (
        "Our volunteers treated 9 injured after the blast at the bus stand. The director of "
        "the hospital said 3 people died of their wounds.\n\n"
        "SP Kohat, Mr. Imran Ali, addressed the club on policing. He told members that 2 "
        "policemen were martyred and 4 injured in the attack on the Lachi check post.\n"
    )
    found = extraction_figures(extract_article(text, date(2026, 5, 6), "Pakistan"))
    assert (2, "killed", "Imran Ali") in found and (4, "wounded", "Imran Ali") in found
    assert (3, "killed", "Director of the hospital") in found


def test_a_translation_s_noun_before_its_count_of_people_names_the_group():
    """ "the terrorists 12 people are eliminated", "killed the soldiers of military council 7
    people", "the civilian 13 people died": the noun before the count names whose dead they
    are; "the attack on the market killed 5 people" names none; the wounded stay wounded."""
    assert [(f.best, f.outcome, f.victim_group) for f in find_casualty_figures(
        "The radio said the terrorists 12 people are eliminated in the area."
    )] == [(12, "killed", "militants")]  # fmt: skip
    assert [(f.best, f.victim_group) for f in find_casualty_figures(
        "In the counter attack they killed the soldiers of military council 7 people."
    )] == [(7, "security_forces")]  # fmt: skip
    assert [(f.best, f.victim_group) for f in find_casualty_figures(
        "The attack on the market killed 5 people and the villagers 3 people are injured."
    )] == [(5, "unknown"), (3, "civilians")]  # fmt: skip
    assert sentence_outcomes("The civilian 4 people are injured in the bombing.") == [
        (4, "wounded")
    ]


def test_people_held_as_suspected_supporters_are_militants():
    """ "arrested 6 villagers as suspected PDF supporters": held as the group's own (not
    "arrested 6 villagers, supporters of the mayor")."""
    assert [(f.best, f.outcome, f.victim_group) for f in find_casualty_figures(
        "The column arrested 6 villagers as suspected PDF supporters."
    )] == [(6, "arrested", "militants")]  # fmt: skip
    assert [(f.best, f.victim_group) for f in find_casualty_figures(
        "Police detained nine youths as alleged sympathisers of the rebels."
    )] == [(9, "militants")]  # fmt: skip
    assert [(f.best, f.victim_group) for f in find_casualty_figures(
        "The column arrested 6 villagers, supporters of the mayor."
    )] == [(6, "civilians")]  # fmt: skip


def test_a_translation_s_present_announce_after_a_body_s_letters_speaks():
    """ "The PDF also announce that they killed 7 soldiers": the body announces (a
    translation's present); "We will announce that …" names no one."""
    found = find_reporter("The PDF also announce that they killed 7 soldiers near the village.")
    assert found is not None and found.name == "PDF"
    assert find_reporter("We will announce that 7 soldiers died.") is None


def test_who_updated_this_to_a_count_speaks_for_it():
    """ "On 2 May the operator updated this to 3 crew members killed": the operator gives the
    count the sentence before told (a word for it, "this", "that", "it"); "We updated it to
    4 dead" names no one but the document."""
    found = find_reporter("On 2 May the operator updated this to 3 crew members killed.")
    assert found is not None and found.name == "Operator"
    assert find_reporter("We updated it to 4 dead.") is None


def test_members_of_someone_s_crew_by_a_possessive_are_civilians():
    """ "four members of our contractor's repair crew were abducted … two of them were
    released": a crew's members, whose crew said by a possessive, are civilians (the freed
    two with them); members of a group's armed wing stay militants."""
    assert [(f.best, f.outcome, f.victim_group) for f in find_casualty_figures(
        "Four members of our contractor's repair crew were abducted near the town."
    )] == [(4, "abducted", "civilians")]  # fmt: skip
    assert [(f.best, f.victim_group) for f in find_casualty_figures(
        "Two members of the group's armed wing were killed in the raid."
    )] == [(2, "militants")]  # fmt: skip
