"""Counts told after one person ("one protester was killed, 23 injured and 61 arrested"), one
person by the digit 1 as a verb's object ("troops killed 1 dissident"), a translation's
partitive "from" ("killed 20 from the apostate soldiers"), a rank for one man of the forces
("a havildar", "a sub-inspector", "a sergeant"), the wounded as the people who reached care
("six wounded from Tirah had arrived"), and people taken who came back or were found alive
after a word of when ("Last Tuesday, two of them walked back", "The two women were found
alive"). Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "The commission said one protester was killed, 23 injured and 61 arrested during "
            "Tuesday's protests in Githurai.",
            "Kenya",
            [
                (1, "killed", "civilians"),
                (23, "wounded", "civilians"),
                (61, "arrested", "civilians"),
            ],
        ),
        (
            "A havildar was killed and a sub-inspector of Chirang police was injured near "
            "Serfanguri, officials said.",
            "India",
            [(1, "killed", "security_forces"), (1, "wounded", "security_forces")],
        ),
        (
            "Gunmen opened fire on a checkpoint near Tibú. A sergeant was injured, the army said.",
            "Colombia",
            [(1, "wounded", "security_forces")],
        ),
        (
            "The Third Division said its troops killed 1 dissident and captured 2 others near "
            "Corinto on 3 June.",
            "Colombia",
            [(1, "killed", "militants"), (2, "arrested", "militants")],
        ),
        (
            "Al-Shabaab said on its Radio Andalus that its fighters killed 20 from the apostate "
            "soldiers near Beledweyne.",
            "Somalia",
            [(20, "killed", "security_forces")],
        ),
        (
            "Police rescued 1 child and arrested 2 suspects in Kaduna on Monday.",
            "Nigeria",
            [(1, "freed", "civilians"), (2, "arrested", "militants")],
        ),
        (
            "A doctor at the Bara hospital told us that six wounded from Tirah had arrived "
            "after a journey of eight hours.",
            "Pakistan",
            [(6, "wounded", "unknown")],
        ),
        (
            "Gunmen abducted four women near Kaya on 2 March. Last Tuesday, two of them walked "
            "back into the village.",
            "Burkina Faso",
            [(4, "abducted", "civilians"), (2, "freed", "civilians")],
        ),
        (
            "The dahalo took two young women with them as they fled Betroka. The two women were "
            "found alive on Thursday morning, the gendarmerie said.",
            "Madagascar",
            [(2, "abducted", "civilians"), (2, "freed", "civilians")],
        ),
    ],
)
def test_counts_after_one_ranks_arrivals_and_returns(text, country, expected):
    assert groups_found(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # one thing is no one, and the count after it counts no one either
        ("A caller said one container was burnt near Mombasa and 3 were stolen.", "Kenya", []),
        # a word of when before other people's deaths makes them no captives come back
        (
            "Gunmen abducted four women near Kaya. On Monday, two soldiers were killed.",
            "Burkina Faso",
            [(2, "killed", "security_forces"), (4, "abducted", "civilians")],
        ),
        # people moved from a place are no part of a group
        ("Rescuers evacuated 14 from the bus to the hospital in Mombasa.", "Kenya", []),
        # the wounded sent home are no new count
        ("Officials said the six injured had been discharged.", "Kenya", []),
    ],
)
def test_things_and_other_people_are_no_such_counts(text, country, expected):
    assert groups_found(text, country) == expected
