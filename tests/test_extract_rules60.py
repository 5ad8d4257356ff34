"""Extraction rules of the sixtieth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines; the helpers are those of that module.
"""

from __future__ import annotations

from datetime import date

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures


def _read(found) -> list[tuple[int | None, str, str | None]]:
    """(best, outcome, reporter) of every figure of every candidate of an extraction, in
    order of value."""
    return sorted(
        ((f.best, f.outcome, f.reported_by) for c in found.candidates
         for f in [*c.figures, *c.other_figures]),
        key=lambda figure: (figure[0] is None, figure[0] or 0, figure[1], figure[2] or ""),
    )  # fmt: skip


def _outcomes(sentence: str) -> list[tuple[int | None, str]]:
    return [(f.best, f.outcome) for f in find_casualty_figures(sentence)]


def test_the_dead_of_an_attack_that_became_a_count_are_a_toll():
    """ "the martyrs of the attack on the bus became 5 after the death of one of the injured":
    a translation's toll with the dead as its subject (5 killed), and the one of the injured
    who died is what raised it, no death of its own (read alone, the one stood as a death toll
    beside a driver freed: a false death)."""
    assert _outcomes(
        "The union announces that the martyrs of the attack on the bus near Kosti became 5 "
        "after the death of one of the injured in the hospital."
    ) == [(5, "killed")]
    assert _outcomes("The dead of the ambush on the road rose to 9.") == [(9, "killed")]
    # a driver freed next to it stays freed; no death of one
    text = (
        "The martyrs of the attack on the bus near Kosti on Monday became 5 after the death "
        "of one of the injured in the hospital. The injured 7 from them. The driver Musa Ali "
        "returned safe to his family on Tuesday."
    )
    found = extract_article(text, date(2026, 3, 4), "Sudan")
    assert (1, "killed", None) not in _read(found)
    assert (5, "killed", None) in _read(found)
    # the dead of an attack that "became" something else are no count
    assert _outcomes("The dead of the attack became a symbol for the town.") == []
