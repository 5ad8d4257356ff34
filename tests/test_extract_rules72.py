"""Extraction rules of the seventy-second round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures


def test_a_ranked_person_whom_the_next_sentence_makes_one_of_a_count_is_a_part():
    """'Sergeant A was killed … The commander said he was one of 4 soldiers killed': the
    sergeant is one of the four, no figure of one (a death of one beside a freed one would
    be a false death); the wounded beside stay wounded."""
    text = (
        "Sergeant Tomas Ruiz died on 3 May when the outpost at Tumaco was attacked. "
        "The commander said he was one of 4 soldiers killed there and that 3 were wounded. "
        "A hostage taken in the attack was released a day later."
    )
    read = extraction_figures(extract_article(text, date(2025, 5, 6), "Colombia"))
    assert [f for f in read if f[1] == "killed"] == [(4, "killed", "Commander")]
    assert (3, "wounded", "Commander") in read
    # a ranked person with no count after him stays a figure of one
    alone = extraction_figures(
        extract_article(
            "Sergeant Tomas Ruiz was killed on 3 May when the outpost at Tumaco was attacked.",
            date(2025, 5, 6),
            "Colombia",
        )
    )
    assert [f[:2] for f in alone] == [(1, "killed")]


def test_people_held_by_a_verb_before_them_and_accused_later_in_the_clause_are_suspects():
    """'Soldiers arrested 8 young men at the checkpoint on Friday, accused of being rebels':
    suspects (militants), as 'arrested 8 young men on suspicion of …'; not when accused of
    siding with the state, nor when taken by gunmen; a wounded figure beside stays wounded."""
    assert [
        (f.best, f.victim_group, f.outcome)
        for f in find_casualty_figures(
            "Soldiers arrested 6 young men at the Tamu checkpoint on 2 May, accused of being "
            "members of the militia."
        )
    ] == [(6, "militants", "arrested")]
    assert [
        f.victim_group
        for f in find_casualty_figures(
            "Soldiers detained 6 young men at the market, accused of informing the army."
        )
    ] == ["unknown"]
    assert [
        (f.best, f.victim_group, f.outcome)
        for f in find_casualty_figures(
            "Gunmen abducted 6 young men at the market, accused of being informers."
        )
    ] == [(6, "unknown", "abducted")]
    read = extraction_figures(
        extract_article(
            "Troops raided Tamu on 2 May. Soldiers arrested 6 young men at the checkpoint, "
            "accused of being members of the militia. Two traders were wounded in the raid, "
            "the police said.",
            date(2025, 5, 6),
            "Myanmar",
        )
    )
    assert not [f for f in read if f[1] == "killed"]
    assert (2, "wounded", "Police") in read


def test_someone_and_others_counted_in_all_right_after_is_the_whole():
    """'He and 3 other boys, 4 in total, escaped': the figure is the four, one more than the
    others; 'our son and 2 other boys, 3 in all' is three, the son in it; with no total told,
    the others stay as written; a wounded count stays wounded and no death comes of it."""
    read = [
        (f.best, f.outcome)
        for f in find_casualty_figures("Our son and 2 other boys, 3 in all, were freed on Sunday.")
    ]
    assert read == [(3, "freed")]
    assert [
        (f.best, f.outcome)
        for f in find_casualty_figures("My brother and 2 other men, 3 in all, were wounded.")
    ] == [(3, "wounded")]
    assert [
        f.best for f in find_casualty_figures("Our son and 2 other boys were freed on Sunday.")
    ] == [1, 2]
    # a total that is not one more than the others is no whole of them
    assert [
        f.best
        for f in find_casualty_figures("He and 3 other boys, 9 in all, were freed on Sunday.")
    ] == [3]
