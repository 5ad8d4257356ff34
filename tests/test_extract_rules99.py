"""Extraction rules of the ninety-ninth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_it_after_a_semicolon_takes_up_the_paper_named_before_and_is_updated():
    """ "Buyers took the Evening Herald by noon; it said 4 killed": "it" speaking after a
    semicolon is the paper the clause before names; a note opening on "Dapchi bus station
    attack" is placed at Dapchi, so the paper's later "toll is now 6" replaces its 4."""
    found = figures_found(
        "Dapchi bus station attack on Friday night. Buyers took the Evening Herald by noon; it "
        "said 4 killed. The Evening Herald today says the toll is now 6 people killed and 11 "
        "injured in Dapchi."
    )
    assert found == [(6, "killed", "Evening Herald"), (11, "wounded", "Evening Herald")]


def test_it_takes_up_a_name_only_when_nothing_qualifies_it():
    """ "Buyers took the Evening Herald by noon; it said …" is the paper's word; "We drove
    past the Kano market; it said …" names no speaker (the market is none)."""
    from analysis.extract.reporters import find_reporter

    assert find_reporter("We drove past the Kano market; it said 3 died.") is None
    found = find_reporter("Buyers took the Evening Herald by noon; it said 4 killed.")
    assert found is not None and found.name == "Evening Herald"


def test_among_the_dead_without_a_verb_names_a_part_of_the_toll():
    """ "…, 6 wounded, among the dead a girl of 7 years": the girl is one of the 4 killed, no
    death of her own."""
    found = figures_found(
        "The police said 4 farmers were killed and 6 others wounded near Gusau, among the dead "
        "a girl of 7 years."
    )
    assert found == [(4, "killed", "Police"), (6, "wounded", "Police")]
