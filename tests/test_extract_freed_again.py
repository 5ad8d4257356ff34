"""People counted taken (abducted or arrested) in one sentence and named again in the next as
a whole ("the two", "all three", "all of them", "both", "they", "the farmers"), or in part
("four of them"), and freed: a freed figure of those people, never a death and never a new
taking. Each expected list is worked out by hand from the text (CONVENTIONS.md: a release is
`freed`; a back-reference with the same outcome is no new figure)."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # those held by the state, named again by their count after who says so
            "Police detained two staff members of a partner organisation in Nouna on 12 "
            "April. According to the organisation, the two were released late that evening.",
            [(2, "arrested", "civilians"), (2, "freed", "civilians")],
        ),
        (
            # "all three" in the next paragraph
            "Gunmen abducted three farmers near Kotido on Monday.\n\nAll three were released "
            "on Thursday near the river.",
            [(3, "abducted", "civilians"), (3, "freed", "civilians")],
        ),
        (
            "Gunmen abducted three farmers near Kotido on Monday. All of them were released on "
            "Friday after elders intervened.",
            [(3, "abducted", "civilians"), (3, "freed", "civilians")],
        ),
        (
            # by their noun again
            "Gunmen abducted five herders near Kotido on Monday. The herders were released on "
            "Friday.",
            [(5, "abducted", "civilians"), (5, "freed", "civilians")],
        ),
        (
            # "both" and "they" of people held by the state
            "Police arrested two journalists in Manta on Monday. Both were released on bail "
            "on Friday.",
            [(2, "arrested", "civilians"), (2, "freed", "civilians")],
        ),
        (
            "Police arrested two journalists in Manta on Monday. They were released on "
            "Friday without charge.",
            [(2, "arrested", "civilians"), (2, "freed", "civilians")],
        ),
        (
            # some of them home again, after who says so
            "Residents said 16 people were abducted during the attack on Dembi Dolo. Two "
            "families said four of them had returned home on 25 August.",
            [(16, "abducted", "unknown"), (4, "freed", "unknown")],
        ),
        (
            "Gunmen abducted three farmers near Kotido. One of them has returned home.",
            [(3, "abducted", "civilians"), (1, "freed", "civilians")],
        ),
    ],
)
def test_the_people_taken_named_again_and_freed(text, expected):
    assert groups_found(text, "Uganda") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "the two" are not the three taken: some other two, the words do not say who
            "Gunmen abducted three farmers near Kotido on Monday. The two were released on Friday.",
            [(3, "abducted", "civilians")],
        ),
        (
            # others named: soldiers are not the farmers taken
            "Gunmen abducted three farmers near Kotido on Monday. The soldiers were released "
            "on Friday.",
            [(3, "abducted", "civilians")],
        ),
        (
            # the wounded home from hospital are not freed
            "Ten people were wounded in the blast in Kotido. Four of them have returned home.",
            [(10, "wounded", "unknown")],
        ),
        (
            # those held by the state "returned home" is no release the words tell
            "Police arrested two journalists in Manta on Monday. They have since returned home.",
            [(2, "arrested", "civilians")],
        ),
    ],
)
def test_no_release_where_the_words_do_not_name_the_taken(text, expected):
    assert groups_found(text, "Uganda") == expected
