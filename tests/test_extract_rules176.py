"""Extraction rules of the hundred-and-seventy-sixth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from analysis.extract.places import find_places


def test_a_grid_reference_before_an_address_is_no_part_of_the_place():
    """ "at vicinity GC 51P XS 83419 21557, Brgy Tagbac, Catarman": a military grid reference
    between the preposition and the address; the address's town places the event."""
    from analysis.extract.normalise import normalise

    text = normalise(
        "Troops met 12 rebels at vicinity GC 51P XT 11234 40567, Brgy Tagbac, Las Navas, "
        "Northern Samar."
    ).text
    assert "GC 51P" not in text
    assert [p.name for p in find_places(text, "PHL")] == ["Las Navas"]
