"""Extraction rules of the seventieth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_a_count_said_then_corrected_and_told_again_is_dropped():
    """ "The list we sent on Monday said one porter died; the correct number is 2: two porters
    were killed": the earlier count is no toll (no death of one left to match the missing
    guard), and the count told again is the document's own."""
    text = (
        "On Sunday shells hit the depot at Kadugli. The list we sent on Monday said one porter "
        "died; the correct number is 2: two porters were killed. A guard has been missing "
        "since the shelling.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Sudan")))
    assert figures == {(2, "killed", None), (1, "missing", None)}


def test_a_wounded_count_said_then_corrected_and_told_again_stays_wounded():
    """The same correction of a wounded count: the earlier count dropped, the one told again
    wounded (no death made of either); a death toll of the sentence before stays."""
    text = (
        "On Sunday shells hit the depot at Kadugli. One guard was killed. Our note of Monday "
        "said three porters were injured; the correct number is four: four porters were "
        "wounded.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Sudan")))
    assert figures == {(1, "killed", None), (4, "wounded", None)}
    assert not {f for f in figures if f[0] == 3}


def test_no_correction_leaves_both_counts_of_the_sentence():
    """Without 'the correct number is', two counts of a sentence that names an earlier text
    stay as they were (no count dropped)."""
    text = (
        "On Sunday shells hit the depot at Kadugli. Police said one porter died and two "
        "porters were injured.\n"
    )
    figures = set(extraction_figures(extract_article(text, date(2026, 5, 6), "Sudan")))
    assert figures == {(1, "killed", "Police"), (2, "wounded", "Police")}
