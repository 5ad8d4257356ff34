"""Police named by their level of government or their country ("5 state police", "two
municipal police", "One Georgian police officer") are counted as "5 police" are; a defence
ministry's "destroyed" before a count of fighters ("the army destroyed 8 terrorists") is
their death, while "destroyed 12 houses" counts no one; Iraq's Popular Mobilisation Forces
("6 apostate Hashd") are forces under the state. Each expected list is worked out by hand
from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "The state Fiscalía reported 5 state police agents killed and 3 injured near "
            "Apatzingán on Friday.",
            "Mexico",
            [(5, "killed", "security_forces"), (3, "wounded", "security_forces")],
        ),
        (
            "Gunmen ambushed a patrol on the road to Zitlala: 2 municipal police lost their "
            "lives, the SSP said.",
            "Mexico",
            [(2, "killed", "security_forces")],
        ),
        (
            "One Georgian police officer was killed and two were wounded near Ganmukhuri, the "
            "Ministry of Internal Affairs said.",
            "Georgia",
            [(1, "killed", "security_forces"), (2, "wounded", "security_forces")],
        ),
        (
            "State television said the army destroyed 8 terrorists near Zee Pin on Sunday.",
            "Myanmar",
            [(8, "killed", "militants")],
        ),
        (
            "The Islamic State claimed through Amaq that its fighters had killed 6 apostate "
            "Hashd at a checkpoint near Daquq.",
            "Iraq",
            [(6, "killed", "security_forces")],
        ),
    ],
)
def test_police_of_a_level_destroyed_fighters_and_the_hashd(text, country, expected):
    assert groups_found(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # things destroyed are no one; the people hurt beside them are counted
        (
            "The strike destroyed 12 houses near Kupiansk and 3 people were injured.",
            "Ukraine",
            [(3, "wounded", "unknown")],
        ),
        # a police station of a level of government is a building
        (
            "Gunmen attacked three local police stations near Zitlala and killed 2 people.",
            "Mexico",
            [(2, "killed", "unknown")],
        ),
    ],
)
def test_things_destroyed_and_police_buildings_count_no_one(text, country, expected):
    assert groups_found(text, country) == expected
