"""Extraction rules of the hundred-and-thirty-sixth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import groups_found


def test_a_guard_of_a_firm_or_a_cooperative_is_a_civilian():
    """ "a security guard of the cooperative", "three guards of the mining company": a
    premises' own guards, its employees; a guard alone stays of the forces."""
    assert groups_found("At Kaura a security guard of the cooperative was wounded.") == [
        (1, "wounded", "civilians")
    ]
    assert groups_found("Gunmen killed three guards of the mining company near Kaura.") == [
        (3, "killed", "civilians")
    ]
    assert groups_found("Gunmen killed three guards near Kaura.") == [
        (3, "killed", "security_forces")
    ]


def test_a_count_with_no_noun_then_all_civilians():
    """ "counted five dead at the scene, all civilians,": who all the dead were."""
    assert groups_found(
        "Volunteers counted seven dead near the market, all civilians, in Kaura."
    ) == [(7, "killed", "civilians")]


def test_the_resistance_s_losses_are_its_fighters():
    """ "put resistance losses at six dead": an armed resistance's own dead."""
    assert (4, "killed", "militants") in groups_found(
        "Local sources put resistance losses at four dead near Kaura."
    )
