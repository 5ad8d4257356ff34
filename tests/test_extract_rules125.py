"""Extraction rules of the hundred-and-twenty-fifth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found, groups_found

from analysis.extract import extract_article


def test_a_digit_one_after_only():
    """ "… said only 1 trader was hurt": the digit for "one" after "only" or "just", as after
    "said"."""
    found = figures_found(
        "The Gwoza police chief said only 1 trader was wounded by a stray bullet and that "
        "3 youths were detained."
    )
    assert found[0] == (1, "wounded", "Gwoza police chief")


def test_a_bullet_received_in_a_limb_is_a_wound():
    """ "Our watchman received a bullet in the knee": wounded (not the head or the chest)."""
    found = figures_found("In Gwoza our watchman received a bullet in the knee on Monday night.")
    assert found == [(1, "wounded", None)]


def test_the_answers_of_a_transcript_whose_key_names_the_letters():
    """ "Q = interviewer, R = nurse": the lines under "R:" are the nurse's answers."""
    text = (
        "Debrief of the clinic team, Gwoza. Q = interviewer, R = nurse.\n\n"
        "Q: What did you see?\n"
        "R: The soldiers took 7 traders to the police station in Gwoza.\n"
        "Q: And after?\n"
        "R: Nothing more, we closed the clinic.\n"
    )
    assert figures_found(text) == [(7, "arrested", "Nurse")]


def test_a_suspicion_told_after_a_semicolon():
    """ "… took 4 traders to the police station; people say they are accused of …": held as
    suspects of helping the armed group (not of spying for the army)."""
    assert groups_found(
        "In Gwoza the soldiers took 4 traders to the police station; people say they are "
        "accused of selling fuel to the insurgents."
    ) == [(4, "arrested", "militants")]
    assert groups_found(
        "Police arrested 6 herders in Gwoza; they are accused of spying for the army."
    ) == [(6, "arrested", "civilians")]


def test_a_pronoun_speaking_after_a_semicolon_of_no_count():
    """ "…, young men; they said they were students": what they say holds no count, and the
    figure before the semicolon is not theirs."""
    found = figures_found(
        "Gunmen abducted 3 passengers near Gwoza, young men; they said they were students."
    )
    assert found == [(3, "abducted", None)]


def test_a_person_named_after_the_role_hit_in_the_face():
    """ "Our waiter Ana Ruiz was hit in the face by flying glass": one person, named after the
    role, hit in a part of the body (the face now among them)."""
    found = figures_found("In Gwoza our waiter Ana Ruiz was hit in the face by flying glass.")
    assert found == [(1, "wounded", None)]


def test_the_town_of_the_hospital_where_the_hurt_one_lies_is_no_scene():
    """ "…; he is at Maiduguri hospital": where he lies, not where he was shot."""
    found = extract_article(
        "Our driver Musa Ali was shot in the leg at the market when soldiers and rebels "
        "exchanged fire; he is at Maiduguri hospital.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert [c.location for c in found.candidates] == [None]
