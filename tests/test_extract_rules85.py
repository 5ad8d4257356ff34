"""Extraction rules of the eighty-fifth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures


def test_is_lost_from_a_day_is_missing_not_dead():
    """ "A volunteer of the school is lost from Monday" (a translation's "depuis" as "from") is
    missing, never a death; two herders wounded beside him stay wounded, and "lost their
    lives" stays a death."""
    found = find_casualty_figures("A volunteer is lost from Monday, his phone is off.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(1, "civilians", "missing")]
    found = find_casualty_figures(
        "Two herders were wounded and a third herder is lost from the night of the raid."
    )
    assert sorted((f.best, f.outcome) for f in found) == [(1, "missing"), (2, "wounded")]
    found = find_casualty_figures("Four fishermen lost their lives from the blast.")
    assert [(f.best, f.outcome) for f in found] == [(4, "killed")]


def test_a_role_then_a_name_then_what_befell_the_person_is_one_person():
    """ "Our counsellor Amina K. has been missing since Monday": one person by role, named (an
    initial allowed), missing; "Our counsellor Amina K. was wounded" beside two farmers
    abducted stays a wounded one and no death; a speaker named after a role is no figure."""
    found = find_casualty_figures("Our counsellor Amina K. has been missing since Monday.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(1, "civilians", "missing")]
    found = find_casualty_figures(
        "Our counsellor Amina Yusuf was wounded and 2 farmers were abducted."
    )
    assert [(f.best, f.outcome) for f in found] == [(1, "wounded"), (2, "abducted")]
    found = find_casualty_figures("Our counsellor Amina K. said 3 farmers were abducted.")
    assert [(f.best, f.outcome) for f in found] == [(3, "abducted")]


def test_both_released_after_two_taken_is_two_freed():
    """ "Two of our nurses were abducted on Monday. Both were released on Friday": the two
    taken, freed (2, not a death); after two killed or two detained (a release from custody,
    left as it was) "Both were released" is nothing, and after three taken "Both" is no one's
    figure."""
    taken = find_casualty_figures("Two of our nurses were abducted on Monday.")
    assert [(f.best, f.outcome) for f in taken] == [(2, "abducted")]
    found = find_casualty_figures("Both were released on Friday after talks.", taken[-1])
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(2, "civilians", "freed")]
    three = find_casualty_figures("Three nurses were abducted on Monday.")
    assert find_casualty_figures("Both were released on Friday.", three[-1]) == []
    detained = find_casualty_figures("Two nurses were detained on Monday.")
    assert find_casualty_figures("Both were released on Friday.", detained[-1]) == []
    dead = find_casualty_figures("Two nurses were killed on Monday.")
    assert find_casualty_figures("Both were released on Friday.", dead[-1]) == []


def test_a_later_clause_s_pronoun_speaker_is_the_one_named_before():
    """ "The district health office said 3 civilians were killed and 5 were wounded, and it
    said in the morning 2 only": the three dead and five wounded are the health office's
    (the pronoun of the later clause is that office, no other speaker), the wounded five
    never a death."""
    read = extraction_figures(
        extract_article(
            "Shells fell on the market of Kibo on Tuesday. The district health office said "
            "3 civilians were killed and 5 civilians were wounded, and it said in the "
            "morning 2 only.",
            date(2026, 3, 4),
            "Mali",
        )
    )
    assert (3, "killed", "District health office") in read
    assert (5, "wounded", "District health office") in read
    assert [value for value, outcome, _ in read if outcome == "killed"] == [3]


def test_a_speaker_s_name_broken_before_an_adverb_and_the_verb_is_joined():
    """ "… The Kibo Youth" / "Relief Committee later said 3 traders were killed and 4 traders
    were wounded": the name broken over two lines, then "later said", is one name (the
    wounded four stay wounded)."""
    read = extraction_figures(
        extract_article(
            "Shells fell on the market of Kibo on Tuesday at noon. The Kibo Youth\n\n"
            "Relief Committee later said 3 traders were killed and 4 traders were wounded.",
            date(2026, 3, 4),
            "Mali",
        )
    )
    assert read == [
        (3, "killed", "Kibo Youth Relief Committee"),
        (4, "wounded", "Kibo Youth Relief Committee"),
    ]


def test_some_of_the_abducted_who_came_back_are_freed():
    """ "Four of the abducted women returned on foot": some of those the words call taken,
    back: freed 4, with no sentence before; beside a wounded toll they are never wounded
    nor killed."""
    found = find_casualty_figures("Four of the abducted women returned on foot on Sunday.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(4, "civilians", "freed")]
    found = find_casualty_figures(
        "Police said 3 guards were wounded, and two of the kidnapped traders came back on Sunday."
    )
    assert [(f.best, f.outcome) for f in found] == [(3, "wounded"), (2, "freed")]
    found = find_casualty_figures(
        "Four of the abducted women returned to the camp where 3 guards were killed."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "freed"), (3, "killed")]


def test_a_body_s_communique_read_at_a_clock_time_before_a_colon_is_the_body_s():
    """ "Army communiqué read at 21:00: 12 terrorists neutralised": the army's, the clock
    time's colon no end of the heading; the police's 4 wounded after it stay wounded."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the market of Kibo on Friday.\n\nArmy communiqué read at 21:00: "
            "12 terrorists neutralised in the operation.\n\nPolice said 4 traders were wounded.",
            date(2026, 3, 4),
            "Mali",
        )
    )
    assert (12, "killed", "Army") in read
    assert (4, "wounded", "Police") in read
    assert [value for value, outcome, _ in read if outcome == "killed"] == [12]
