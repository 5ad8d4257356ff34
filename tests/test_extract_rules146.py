"""Extraction rules of the hundred-and-forty-sixth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_one_kept_by_the_gunmen_is_taken():
    """ "One nurse was kept by the gunmen": held back by the armed men while the others got
    away, taken (as "was held by the attackers" is); not "kept by the hospital"."""
    assert figures_found("One surveyor, Mr. Idris Bala, was kept by the armed men.") == [
        (1, "abducted", None)
    ]
    assert figures_found("One pupil was kept by the kidnappers; the rest ran into the bush.") == [
        (1, "abducted", None)
    ]


def test_the_one_a_witness_heard_speak_reports():
    """ "I heard the army spokesman say that 12 attackers were killed": the one heard speaking
    reports, not the witness who heard him; also inside the witness's own quotation marks, an
    interview's answer label before them."""
    assert figures_found(
        "On the radio I heard the police spokesman say that 6 bandits were killed near Dansadau."
    ) == [(6, "killed", "Police spokesman")]
    assert figures_found(
        'A: "We heard the army spokesman say that 9 herders died at the river."'
    ) == [(9, "killed", "Army spokesman")]
