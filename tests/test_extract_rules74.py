"""Extraction rules of the seventy-fourth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_a_count_put_right_before_a_semicolon_replaces_the_earlier_one():
    """'The chief now says 9 herders were killed, not 7; …': the count put right closes a clause
    another follows; the earlier 7 is no figure (the wounded told with it stay)."""
    read = extraction_figures(
        extract_article(
            "Gunmen raided a camp near Zurmi on Monday. A neighbour said the district chief "
            "told them 7 herders were killed and 5 wounded.\n\n"
            "On Wednesday the neighbour called again. The district chief now says 9 herders "
            "were killed, not 7; the camp was burnt.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert (9, "killed", "District chief") in read
    assert [f for f in read if f[1] == "killed"] == [(9, "killed", "District chief")]
    assert any(f[:2] == (5, "wounded") for f in read)


def test_deaths_that_account_for_a_count_put_right_are_no_toll_of_their_own():
    """'… 9 herders were killed, not 7; two died in hospital': the two are the rise, a part of
    the 9, not a further toll; two wounded or missing told beside them stay what they are."""
    read = extraction_figures(
        extract_article(
            "Gunmen raided a camp near Zurmi on Monday. The district chief said 7 herders were "
            "killed and 2 wounded.\n\n"
            "The district chief now says 9 herders were killed, not 7; two died in hospital "
            "in Gusau and 2 are still missing.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert [f for f in read if f[1] == "killed"] == [(9, "killed", "District chief")]
    assert (2, "wounded", "District chief") in read
    assert (2, "missing", "District chief") in read
    # deaths of another number stay a figure of their own
    other = extraction_figures(
        extract_article(
            "The district chief now says 9 herders were killed, not 7; three soldiers died "
            "in a separate ambush at Zurmi.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert (3, "killed", "District chief") in other
