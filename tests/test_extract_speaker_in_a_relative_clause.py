"""A body named, then what it said in a relative clause, gives the count ("the Portuguese
news agency Lusa, which wrote that nine people were killed"); a speaker the sentence names
with a verb of saying still comes first. Each expected list is worked out by hand from the
text."""

from __future__ import annotations

import pytest
from factories import figures_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "My brother sends me a piece from the Portuguese news agency Lusa, which wrote that "
            "nine people were killed near Mecula.",
            "Mozambique",
            [(9, "killed", "Portuguese news agency Lusa")],
        ),
        (
            "Radio Okapi, which reported that 12 civilians were killed in Beni, cited the army.",
            "DR Congo",
            [(12, "killed", "Radio Okapi")],
        ),
        (
            "The governor said that the militia, which says that it fights for the herders, "
            "killed 4 farmers near Beni.",
            "DR Congo",
            [(4, "killed", "Governor")],
        ),
    ],
)
def test_a_speaker_in_a_relative_clause(text, country, expected):
    assert figures_found(text, country) == expected
