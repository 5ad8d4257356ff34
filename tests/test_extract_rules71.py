"""Extraction rules of the seventy-first round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article


def test_one_person_named_as_one_of_a_group_told_by_its_outcome_is_no_count():
    """'The report named the guard as one of the miners killed': who he is (or was taken for),
    no toll of one; a count of the group beside it stays."""
    assert (
        sentence_outcomes(
            "Our report named the man in the photograph as one of the miners killed in Kolwezi."
        )
        == []
    )
    assert (
        sentence_outcomes("She was one of the nurses abducted from the clinic in May.") == []
    )
    # "one of the miners was killed": a count of its own
    assert sentence_outcomes("One of the miners was killed in Kolwezi.") == [(1, "killed")]
    # a wounded figure next to the pattern stays wounded; the one is no death
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a checkpoint in Kolwezi on Sunday. A caption described the "
            "officer as one of the policemen killed there; he was unhurt. Police said two "
            "officers were killed and one wounded.",
            date(2025, 2, 6),
            "DR Congo",
        )
    )
    assert [f for f in read if f[1] == "killed"] == [(2, "killed", "Police")]
    assert (1, "wounded", "Police") in read
