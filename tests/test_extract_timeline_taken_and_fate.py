"""People taken told in a timeline's present ("Al-Shabaab fighters abduct five elders"), or
"marched into the forest" by their captors, and people whose fate or whereabouts "remain
unknown" (missing). Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "WEDNESDAY, 5 FEBRUARY\nQoryooley - Al-Shabaab fighters abduct five elders from a "
            "village outside Qoryooley, residents say.",
            "Somalia",
            [(5, "abducted", "civilians")],
        ),
        (
            "Residents of Manguredjipa said at least 15 people, most of them women, were marched "
            "into the forest with the attackers.",
            "DR Congo",
            [(15, "abducted", "unknown")],
        ),
        (
            "The committee's spokesman said the fate of 19 persons from the Al-Qusour "
            "neighbourhood of Baniyas remains unknown.",
            "Syria",
            [(19, "missing", "unknown")],
        ),
        (
            "Gunmen raided Kagoro on Sunday. The whereabouts of 4 villagers remain unknown, "
            "relatives said.",
            "Nigeria",
            [(4, "missing", "civilians")],
        ),
    ],
)
def test_taken_in_the_present_marched_off_and_fate_unknown(text, country, expected):
    assert groups_found(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a plan foiled took no one
        ("Police foiled a plot to abduct five pupils in Kaduna on Monday.", "Nigeria", []),
        # a headline's second verb: the story below tells its figures
        (
            "Bandits kill at least 17 in Zamfara, abduct dozens\n\nArmed bandits stormed "
            "Yandoto on Wednesday, killing at least 17 villagers, residents said.",
            "Nigeria",
            [(17, "killed", "civilians")],
        ),
        # suspects marched to the police are arrested, not taken
        ("Four suspects were marched off to the police station in Kano.", "Nigeria", []),
        # the dead whose fate was unknown to their families are dead
        (
            "The fate of 3 soldiers killed in the ambush near Diffa was unknown to their "
            "families until Monday.",
            "Niger",
            [(3, "killed", "security_forces")],
        ),
        # a vague part is no count of the missing
        (
            "At least 34 people were taken by armed men in Bafut, and the whereabouts of many "
            "of them are unknown.",
            "Cameroon",
            [(34, "abducted", "unknown")],
        ),
    ],
)
def test_plans_headlines_arrests_the_dead_and_vague_parts(text, country, expected):
    assert groups_found(text, country) == expected
