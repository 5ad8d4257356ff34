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
