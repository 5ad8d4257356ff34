"""Extraction rules of the hundred-and-forty-second round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_body_admitting_deaths_admits_no_patient():
    """ "The army admitted four soldiers killed": owned to, its outcome the word after the
    count; "the ward admitted 22 wounded people" still took them in."""
    assert figures_found("The army admitted four soldiers were killed and six wounded.") == [
        (4, "killed", "Army"),
        (6, "wounded", "Army"),
    ]
    assert figures_found("The clinic admitted 12 people after the raid on Kalla.") == [
        (12, "wounded", None)
    ]


def test_whom_opens_no_speaker():
    """ "…, whom the colonel said we must treat first": the one a relative "whom" opens on
    speaks of what to do with them, not for the sentence's counts."""
    assert figures_found(
        "On Sunday we received nine wounded from Kalla: five soldiers, whom the captain "
        "insisted we treat first, and four farmers."
    ) == [(4, "wounded", None), (5, "wounded", None), (9, "wounded", None)]


def test_people_taken_on_a_charge_are_held():
    """ "they had taken twelve men from the village, accused of …": held as suspects; the same
    taking by gunmen is an abduction."""
    assert groups_found(
        "By evening they had taken twelve men from the market, accused of feeding the rebels."
    ) == [(12, "arrested", "militants")]
    assert groups_found("Gunmen had taken twelve men from the market, accused of spying.") == [
        (12, "abducted", "unknown")
    ]


def test_a_third_with_its_outcome_and_no_verb_to_be():
    """ "two guards were killed and a third badly wounded": one more, its "was" left out."""
    assert groups_found("Two guards were killed and a third badly wounded near Kalla.") == [
        (2, "killed", "security_forces"),
        (1, "wounded", "security_forces"),
    ]


def test_the_wounded_joined_to_a_toll_put_at_its_number():
    """ "put the number of dead at nine, and the injured at more than 20": the wounded's count,
    the verb not said again (not "at 20 hospitals")."""
    assert figures_found(
        "The doctor put the number of dead at nine, and the injured at more than 20."
    ) == [(9, "killed", "Doctor"), (21, "wounded", "Doctor")]
    assert figures_found(
        "The doctor put the number of dead at 4, and the injured at 20 clinics."
    ) == [(4, "killed", "Doctor")]
