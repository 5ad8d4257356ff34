"""Extraction rules of the hundred-and-sixty-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_person_named_then_his_office_is_the_he_said_of_his_paragraph():
    """ "Idris Omar Bello, the spokesman for the state police, confirmed the clash. He said
    …": the person the paragraph opens on by name, his office between commas, not the speaker
    of the paragraph before."""
    found = figures_found(
        "A herder told the radio that nine villagers were buried.\n\n"
        "Idris Omar Bello, the spokesman for the state police, confirmed the clash but gave "
        "other figures. He said three policemen had been killed near Kalla."
    )
    assert (3, "killed", "Idris Omar Bello") in found
    assert (9, "killed", "Herder") in found


def test_a_cable_s_paragraph_marking_is_no_part_of_who_speaks():
    """ "4. (C) The militia claimed …, saying …": the marking in brackets after the paragraph
    number is read as left out."""
    found = find_reporter("4. (C) The militia claimed a raid on Kalla, saying it killed 6 guards.")
    assert found is not None and found.name == "Militia"
    assert find_reporter("(SBU) ISWAP claimed the ambush, saying its men killed 4 soldiers.")
