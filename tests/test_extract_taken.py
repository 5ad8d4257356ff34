"""People taken from where they were ("they took six girls from our group", "the Rapid
Support took 6 girls from the camp") and people "taken by force" are abducted, whoever the
takers; not when the takers hold no one (rescuers, medics, the floods) or are the state's
forces. Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the takers named by a pronoun, told in the sentence before
            "Gunmen stopped the bus near Lafey on Monday. They took six girls from our group.",
            [(6, "abducted", "civilians")],
        ),
        (
            "Fighting reached the camp on Friday. The Rapid Support took 6 girls from the camp "
            "of Abu Shouk.",
            [(6, "abducted", "civilians")],
        ),
        (
            "Two minibuses were stopped on the road near Lafey. 23 passengers were taken by "
            "force, the police said.",
            [(23, "abducted", "civilians")],
        ),
    ],
)
def test_people_taken_from_where_they_were_are_abducted(text, expected):
    assert groups_found(text, "Niger") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Lafey on Monday. The floods took 12 villagers from their homes.",
        "The building collapsed in Lafey on Monday. Rescuers took 12 survivors from the rubble.",
        "Fighting broke out in Lafey on Monday. Soldiers took 3 suspects from their homes.",
    ],
)
def test_no_abduction_where_the_takers_hold_no_one(text):
    assert "abducted" not in [outcome for _, outcome, _ in groups_found(text, "Niger")]
