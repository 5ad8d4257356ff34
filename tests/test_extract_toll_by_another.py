"""The same toll by another reporter, its words left out ("9 civilians killed according to
OCHA, 11 according to the civil society of Masisi"), is an alternative of its own with that
reporter; the first reporter's name stops before the joining word. Each expected list is
worked out by hand from the text."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract import extract_article


def _figures(text: str) -> list[tuple[int, str, str, str | None]]:
    found = extract_article(text, published=date(2026, 3, 14), country="DR Congo")
    return [
        (f.best, f.outcome, f.victim_group, f.reported_by)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked Kibirizi on Monday: 9 civilians were killed according to OCHA, "
            "and 11 according to the civil society of Masisi.",
            [
                (9, "killed", "civilians", "OCHA"),
                (11, "killed", "civilians", "Civil society of Masisi"),
            ],
        ),
        (
            "Gunmen attacked Kibirizi on Monday. The toll is 9 dead according to OCHA and 11 "
            "according to local leaders.",
            [(9, "killed", "unknown", "OCHA"), (11, "killed", "unknown", "Local leaders")],
        ),
    ],
)
def test_a_toll_by_another_reporter_with_its_words_left_out(text, expected):
    assert _figures(text) == expected


def test_one_reporter_s_killed_and_wounded_stay_one_reporter_s():
    text = (
        "Gunmen attacked Kibirizi on Monday. 9 people were killed and 11 wounded, according to "
        "OCHA."
    )
    assert _figures(text) == [(9, "killed", "unknown", "OCHA"), (11, "wounded", "unknown", "OCHA")]
