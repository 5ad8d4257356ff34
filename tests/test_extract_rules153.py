"""Extraction rules of the hundred-and-fifty-third round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found, groups_found

from analysis.extract import extract_article


def test_a_translation_s_result_wounded_is_the_figure_s_own_state():
    """ "2 police result wounded and 1 antisocial was neutralized": a translation's "resultar"
    tells the state the attack left them in, and the death of another counted subject after
    "and" is not theirs (the false death)."""
    assert figures_found("The captain said 3 guards result injured in the blast.") == [
        (3, "wounded", "Captain")
    ]
    found = groups_found(
        "The major reported that 4 soldiers result wounded and 1 xyzzy was neutralized."
    )
    assert (4, "wounded", "security_forces") in found
    assert not any(
        outcome == "killed" and group == "security_forces" for _, outcome, group in found
    )


def test_antisocials_are_militants():
    """ "3 antisocials were arrested": a translation's word for criminals."""
    assert groups_found("Police apprehended 3 antisocials near the market.") == [
        (3, "arrested", "militants")
    ]


def test_an_address_by_an_office_speaks_by_the_office():
    """ "ADDRESS TO THE NATION BY HIS EXCELLENCY THE PRESIDENT OF THE REPUBLIC ON …",
    "Statement of the army spokesman, Colonel Ana Ruiz": the office holder's own voice."""
    found = extract_article(
        "ADDRESS TO THE NATION BY THE PRESIDENT OF THE REPUBLIC ON THE FLOODS\n\n"
        "Dear compatriots,\n\nOn Sunday bandits attacked Kalla and killed 6 farmers.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert found.issuer == "President Of The Republic"
    found = extract_article(
        "Statement of the army spokesman, Colonel Ana Ruiz\n\n"
        "On Sunday our troops repelled an attack on Kalla and killed 6 rebels.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert found.issuer == "Army Spokesman"


def test_a_name_in_capitals_gives_its_initials_without_its_small_words():
    """ "COASTAL MISSION IN KIBO (CMK)" atop the page: the issuer, "IN" no initial."""
    found = extract_article(
        "COASTAL MISSION IN KIBO (CMK)\nHuman Rights Unit\n\nQUARTERLY UPDATE\n\n"
        "1. CMK documented 8 civilians killed in Kalla in May.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert found.issuer == "COASTAL MISSION IN KIBO (CMK)"


def test_members_of_the_new_people_s_army_are_militants():
    """ "Two members of the New People's Army": an insurgent army by its name, not a state's
    (a state's "People's Army" stays the state's)."""
    assert groups_found("Two members of the New People’s Army were killed near Kalla.") == [
        (2, "killed", "militants")
    ]
