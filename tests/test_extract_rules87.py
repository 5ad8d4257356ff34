"""Extraction rules of the eighty-seventh round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures

DAY = date(2026, 3, 14)


def test_a_bare_count_that_came_back_after_people_taken_is_freed():
    """ "Six herders were kidnapped on the road. 2 came back on Sunday": two of those taken,
    freed (never a death, and the taken stay abducted); more than were taken, or after people
    killed or wounded, the count that came back is nobody's figure."""
    taken = find_casualty_figures("Six herders were kidnapped on the road to the market.")
    assert [(f.best, f.outcome) for f in taken] == [(6, "abducted")]
    found = find_casualty_figures("2 came back on Sunday, hungry but alive.", taken[-1])
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(2, "civilians", "freed")]
    found = find_casualty_figures("Two came back after a week.", taken[-1])
    assert [(f.best, f.outcome) for f in found] == [(2, "freed")]
    assert find_casualty_figures("8 came back on Sunday.", taken[-1]) == []
    wounded = find_casualty_figures("Six herders were wounded on the road to the market.")
    assert find_casualty_figures("2 came back on Sunday.", wounded[-1]) == []
    dead = find_casualty_figures("Six herders were killed on the road to the market.")
    assert find_casualty_figures("2 came back on Sunday.", dead[-1]) == []


def test_a_count_that_came_back_and_said_is_no_reporter():
    """ "3 came back on Friday and said the others are held": those freed, telling of the rest,
    give no figure: the kidnapping told before stays in the document's own voice, and no
    figure becomes a death."""
    found = extract_article(
        "Gunmen stopped a bus near Mopti on Monday. 5 traders were kidnapped on the road. "
        "3 came back on Friday and said the others are held in the forest.",
        published=DAY,
        country="Mali",
    )
    assert extraction_figures(found) == [(3, "freed", None), (5, "abducted", None)]
    assert all(not c.figures for c in found.candidates)


def test_a_count_after_a_numbered_thing_is_people_when_what_befell_them_follows():
    """ "From the people of our block 3 women were killed": a count of women, not block 3; a
    thing's number with no people after it ("a shell fell on ward 6; …") stays no figure, and
    "block 4 children were wounded" is a wounded count, never a death."""
    found = find_casualty_figures("From the people of our block 3 women were killed at the well.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(3, "civilians", "killed")]
    found = find_casualty_figures("A shell fell on ward 6; two women were wounded.")
    assert [(f.best, f.outcome) for f in found] == [(2, "wounded")]
    found = find_casualty_figures(
        "In our block 4 children were wounded and 2 men were abducted at the gate."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "wounded"), (2, "abducted")]
    found = find_casualty_figures("The families of block 7 were moved to the school.")
    assert found == []


def test_the_injured_persons_reached_a_count_is_the_wounded_count():
    """ "The clinic said the injured persons reached 17": a translation's count of the wounded
    (no death); "the injured persons reached the clinic" is no count, and a death toll worded
    the same way stays a death toll beside it."""
    found = extract_article(
        "Shells fell on the market of Kadugli on Monday. The clinic said the injured persons "
        "reached 17 in its ward.",
        published=DAY,
        country="Sudan",
    )
    assert extraction_figures(found) == [(17, "wounded", "Clinic")]
    found = extract_article(
        "Shells fell on the market of Kadugli on Monday. The injured persons reached the "
        "clinic at noon.",
        published=DAY,
        country="Sudan",
    )
    assert extraction_figures(found) == []
    found = extract_article(
        "Shells fell on the market of Kadugli on Monday. The clinic said the dead persons "
        "reached 5 and the injured persons reached 17.",
        published=DAY,
        country="Sudan",
    )
    assert extraction_figures(found) == [(5, "killed", "Clinic"), (17, "wounded", "Clinic")]


def test_a_role_qualified_by_a_place_then_a_name_then_what_befell_the_person_is_one_person():
    """ "The Kucheri imam, Malam Lawal, was shot dead": one person by a role a place qualifies
    and a name between commas; "The Gao teacher, Ali Toure, was wounded" stays one wounded (no
    death) and freed stays freed; the role and name before "said" are a speaker, no figure."""
    found = find_casualty_figures("The Kucheri imam, Malam Lawal, was shot dead at his door.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(1, "civilians", "killed")]
    found = find_casualty_figures("The Gao teacher, Ali Toure, was wounded in the raid.")
    assert [(f.best, f.outcome) for f in found] == [(1, "wounded")]
    found = find_casualty_figures("The Gao teacher, Ali Toure, was freed on Sunday.")
    assert [(f.best, f.outcome) for f in found] == [(1, "freed")]
    found = find_casualty_figures("The Gao teacher, Ali Toure, said 3 farmers were abducted.")
    assert [(f.best, f.outcome) for f in found] == [(3, "abducted")]


def test_a_count_of_displaced_before_what_befell_them_counts_displaced_people():
    """ "19 displaced lost their lives": the adjective stands for displaced people (civilians);
    "4 displaced were abducted" beside it stays abducted, and "38 families displaced from the
    village" (displaced is what befell them) is no figure."""
    found = extract_article(
        "Militia attacked the camp of Dala on Monday. The chief said 19 displaced lost their "
        "lives and 4 displaced were abducted. The office counted 38 families displaced from "
        "the village.",
        published=DAY,
        country="DR Congo",
    )
    assert extraction_figures(found) == [(4, "abducted", "Chief"), (19, "killed", "Chief")]
    assert [f.victim_group for c in found.candidates for f in c.figures] == ["civilians"]


def test_a_later_time_of_day_after_first_said_opens_the_newer_figure():
    """ "The mayor first said 2 farmers were killed, at noon she said 3 were killed and 5
    wounded": the first count replaced, the later ones kept (the wounded stay wounded); with
    no later clause the first count stays superseded as before."""
    found = find_casualty_figures(
        "The mayor first said 2 farmers were killed, at noon she said 3 farmers were killed "
        "and 5 wounded."
    )
    assert [(f.best, f.outcome) for f in found] == [(3, "killed"), (5, "wounded")]
    found = find_casualty_figures(
        "The mayor first said 2 farmers were killed, in the evening she said 4 farmers were "
        "abducted."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "abducted")]
    assert find_casualty_figures("The mayor first said 2 farmers were killed and 4 wounded.") == []


def test_a_quoted_count_in_words_wrapped_after_its_verb_goes_on_the_line():
    """ "… said in a statement that it killed" / '"seven soldiers".': one sentence, the count
    in words quoted on the next line (a wounded count the same way stays wounded)."""
    found = extract_article(
        "Fighting broke out in Gao on Monday. The front said in a statement that it killed\n"
        '"seven soldiers". The army said its men wounded\n"five rebels" in the same clash.',
        published=DAY,
        country="Mali",
    )
    assert extraction_figures(found) == [(5, "wounded", "Army"), (7, "killed", "Front")]


def test_a_count_a_speaker_now_puts_otherwise_after_a_semicolon_is_replaced():
    """ "I wrote that the mayor counted 22 villagers killed; the mayor now says 26 villagers
    were killed": the 22 replaced, the 26 kept; a wounded count before a death count of other
    people now said is kept (and stays wounded, no death)."""
    found = find_casualty_figures(
        "I wrote that the mayor counted 22 villagers killed; the mayor now says 26 villagers "
        "were killed."
    )
    assert [(f.best, f.outcome) for f in found] == [(26, "killed")]
    found = find_casualty_figures(
        "The clinic counted 9 wounded; the army now says 4 soldiers were killed."
    )
    assert [(f.best, f.outcome) for f in found] == [(9, "wounded"), (4, "killed")]


def test_a_speaker_s_name_broken_before_wrote_goes_on_the_line_above():
    """ "… in the bush. The Islamic" / "State wrote on its channels that …": one name, the
    writer of the figure (a wounded count told the same way stays wounded)."""
    found = extract_article(
        "Insurgents attacked Mazeze on Monday. Troops said they killed 11 insurgents. The "
        "Islamic\nState wrote on its channels that its fighters killed 9 soldiers and wounded "
        "4 soldiers.",
        published=DAY,
        country="Mozambique",
    )
    assert extraction_figures(found) == [
        (4, "wounded", "Islamic State"),
        (9, "killed", "Islamic State"),
        (11, "killed", "Troops"),
    ]


def test_the_martyrs_of_the_civilians_are_civilians():
    """ "the number of the martyrs of the civilians reached 14": a civilian toll (a
    translation's genitive); the injured of the civilians stay wounded (no death), and a toll
    of no one's dead stays unknown."""
    found = find_casualty_figures(
        "The room said the number of the martyrs of the civilians reached 14."
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(14, "civilians", "killed")]
    found = find_casualty_figures("The room said the number of the injured reached 9.")
    assert [(f.best, f.outcome) for f in found] == [(9, "wounded")]
    found = find_casualty_figures("The room said the number of dead reached 6.")
    assert [(f.best, f.victim_group) for f in found] == [(6, "unknown")]
