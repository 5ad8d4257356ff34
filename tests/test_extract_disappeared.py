""" "Disappeared" as the outcome of people no one can find: a missing figure in every tense
and voice ("disappeared after the attack", "was disappeared since", "were forcibly
disappeared", "12 disappeared workers"), not when it tells where people went ("disappeared
into the forest"). Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two fishermen disappeared after the attack on the boat, the mayor said.",
            [(2, "missing", "civilians")],
        ),
        (
            "The municipal authorities have reported 4 fishermen disappeared after the attack.",
            [(4, "missing", "civilians")],
        ),
        (
            # a raw translation's "ont été portés disparus", its verb agreeing with nothing
            "Also the villagers was said 3 shepherds was disappeared since the firing.",
            [(3, "missing", "civilians")],
        ),
        (
            "Two students were forcibly disappeared by soldiers in Tumaco, the ombudsman said.",
            [(2, "missing", "civilians")],
        ),
        (
            "The prosecutor has opened files for 12 disappeared workers.",
            [(12, "missing", "civilians")],
        ),
    ],
)
def test_people_who_disappeared_are_missing(text, expected):
    assert groups_found(text, "Colombia") == expected


def test_people_who_disappeared_somewhere_are_not_missing():
    """Where the attackers went is no count of missing people: only the two guards killed."""
    assert groups_found(
        "Gunmen killed two guards at the depot and the 5 attackers disappeared into the forest.",
        "Colombia",
    ) == [(2, "killed", "security_forces")]
