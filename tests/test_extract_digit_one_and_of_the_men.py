"""A person counted with the digit 1 after a comma ("According to residents, 1 vendor was
killed") is one person, as "one vendor" is; and "three of the (armed) men were killed" counts
men killed, some of those told or a count of its own. Each expected list is worked out by hand
from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Gunmen attacked the market in Ampatuan on Monday. According to the police, 1 "
            "vendor was killed and 9 other people were injured.",
            "Philippines",
            [(1, "killed", "civilians"), (9, "wounded", "unknown")],
        ),
        (
            "Gunmen attacked the market in Ampatuan. On Monday, 1 soldier died of his wounds.",
            "Philippines",
            [(1, "killed", "security_forces")],
        ),
        (
            "Troops clashed with dissidents near Suárez on Tuesday. Three of the armed men were "
            "killed, the army said.",
            "Colombia",
            [(3, "killed", "militants")],
        ),
    ],
)
def test_one_by_its_digit_and_some_of_the_men(text, country, expected):
    assert groups_found(text, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a thing's number or a day after a comma is nobody
        "Gunmen attacked the market in Ampatuan on Monday. Items seized: 3 rifles, 1 pistol.",
        "Gunmen attacked the market in Ampatuan. Ampatuan, 1 March: the market reopened.",
    ],
)
def test_a_digit_one_after_a_comma_counts_no_thing(text):
    assert groups_found(text, "Philippines") == []
