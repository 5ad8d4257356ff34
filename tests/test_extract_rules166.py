"""Extraction rules of the hundred-and-sixty-sixth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_some_of_those_taken_back_after_an_opener_of_relief_past_a_semicolon():
    """ "Seven girls were seized at the well; by the grace of God, two of them returned to us":
    an opener of relief or of time closed by a comma after the semicolon is no noun the part is
    taken from; the two are freed (a noun before the comma still is: "the girls, two of
    them …")."""
    assert (2, "freed", None) in figures_found(
        "Seven girls were seized at the well near Kurmin Dawa; by the grace of God, two of them "
        "returned to us."
    )
    assert (2, "freed", None) in figures_found(
        "Seven girls were seized at the well near Kurmin Dawa; thankfully, two of them "
        "returned to us."
    )
    assert (2, "freed", None) not in figures_found(
        "Seven girls were seized at the well near Kurmin Dawa; the girls, two of them "
        "returned to us."
    )


def test_some_of_those_taken_before_back_after_thanks_opening_the_sentence():
    """ "Six herders were abducted from their camp. Fortunately, two of them came back home.": the
    sentence of those back may open on relief or thanks before its count, as it may on "and"."""
    assert (2, "freed", None) in figures_found(
        "Six herders were abducted from their camp at Dutsin Ma. Fortunately, two of them came "
        "back home on Tuesday."
    )
