"""Two names joined by a slash before the victims' noun ("14 PKK/YPG terrorists") are one word
of the words between the count and its noun, as "14 PKK terrorists" is. Each expected list is
worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            'The ministry said that "14 PKK/YPG terrorists were neutralised" in Tel Rifat.',
            "Syria",
            [(14, "killed", "militants")],
        ),
        (
            "Troops killed 3 ISIS/Daesh fighters near Raqqa on Monday.",
            "Syria",
            [(3, "killed", "militants")],
        ),
        (
            # a date with a slash is no name: the count stays the police's
            "Police said 2 officers were wounded near Raqqa on 12/03.",
            "Syria",
            [(2, "wounded", "security_forces")],
        ),
    ],
)
def test_names_joined_by_a_slash(text, country, expected):
    assert groups_found(text, country) == expected
