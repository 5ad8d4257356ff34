"""Extraction rules of the hundred-and-fifty-seventh round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_transcript_turn_in_capitals_runs_over_its_paragraphs():
    """ "MINISTER OF INTERIOR, JOHN DOE: Thank you." then paragraphs of no label of their own:
    the minister's words, up to the next turn."""
    text = (
        "CHAIR: Go on, Minister.\n\n"
        "MINISTER OF INTERIOR, JOHN DOE: Thank you, Chair.\n\n"
        "In Kalla, on Saturday, gunmen attacked a police post. Two officers lost their lives "
        "and four were wounded.\n\n"
        "CHAIR: Thank you."
    )
    assert figures_found(text) == [(2, "killed", "John Doe"), (4, "wounded", "John Doe")]


def test_our_office_named_by_place_then_the_person_speaks_for_himself():
    """ "according to our Kalla branch secretary, Mr. Ali Musa, …" in an association's own
    statement: the person named, not the association."""
    text = (
        "FARMERS UNION OF KALLA\nOFFICE OF THE SECRETARY GENERAL\n\nPRESS STATEMENT\n\n"
        "According to our Kalla branch secretary, Mr. Ali Musa, three farmers were "
        "abducted on Friday."
    )
    [(best, outcome, reporter)] = figures_found(text)
    assert (best, outcome) == (3, "abducted") and "Ali Musa" in reporter


def test_the_party_in_its_own_statement_is_its_own_voice():
    """ "the party has confirmed that …" in the party's own statement: the document's own
    voice, its issuer, not a reporter called "Party"."""
    text = (
        "UNITED FARMERS PARTY\nOFFICE OF THE NATIONAL CHAIRMAN\n\nPRESS STATEMENT\n\n"
        "The party has confirmed that five of its supporters were arrested in Kalla."
    )
    assert [r for _, _, r in figures_found(text)] != ["Party"]
