"""Extraction rules of the hundred-and-thirty-first round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

import factories
from factories import figures_found

from analysis.extract import extract_article


def groups_found(text: str, country: str = "Somalia") -> list[tuple[int | None, str, str]]:
    """(best, outcome, victim group) of every figure of ``text``, in order of value."""
    return sorted(factories.groups_found(text, country))


def test_a_named_group_s_elements_are_its_men():
    """ "Elements" alone are a jihadist statement's word for soldiers; an armed group named
    before them makes them the group's men."""
    assert groups_found("The brigade said 7 Shabaab elements were killed near Baidoa.") == [
        (7, "killed", "militants")
    ]
    assert groups_found("Troops said 5 Houthi elements died in the clash.", "Yemen") == [
        (5, "killed", "militants")
    ]


def test_a_toll_of_martyrs_and_wounded_gives_both():
    """ "The toll rises to 8 martyrs and 14 wounded": the martyrs are the toll's dead, beside
    its wounded."""
    assert figures_found(
        "The toll of the shelling of the camp rose to 8 martyrs and 14 wounded."
    ) == [
        (8, "killed", None),
        (14, "wounded", None),
    ]


def test_a_forwarded_post_is_the_account_s():
    """A channel's post under "Forwarded from <account>" speaks for that account."""
    text = (
        "Kalla Today\n\nForwarded from Lions Brigade Media Office\n"
        "The brigade beat back an attack west of Baidoa. 12 Shabaab fighters were killed.\n"
    )
    assert figures_found(text, "Somalia") == [(12, "killed", "Lions Brigade Media Office")]


def test_a_claim_of_the_other_side_s_deed_is_the_claimant_s():
    """ "The ministry claims the army killed 6 farmers": the claimant's count, "that" left
    out; a body in quote marks ('the "health office"') is still the body."""
    assert figures_found("The ministry claims the army killed 6 farmers in Jowhar.") == [
        (6, "killed", "Ministry")
    ]
    assert figures_found(
        'The "interior ministry" of the rebels claims the "occupiers" wounded 3 herders.'
    ) == [(3, "wounded", "Interior ministry of the rebels")]


def test_a_post_s_place_tag_before_a_bar_places_it():
    """A post's tag before a bar ("Mocha | …") names where it happened: a post of its own
    place is an event of its own."""
    text = (
        "Channel\nThe ministry says 4 civilians were killed in shelling on Zabid.\n\n"
        "Channel\nMocha | A medical source: two boys injured by a landmine near the road.\n"
    )
    found = extract_article(text, published=date(2026, 3, 14), country="Yemen")
    assert len(found.candidates) == 2
