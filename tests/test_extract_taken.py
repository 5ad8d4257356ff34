"""People taken from where they were ("they took six girls from our group", "the Rapid
Support took 6 girls from the camp") and people "taken by force" are abducted, whoever the
takers; not when the takers hold no one (rescuers, medics, the floods) or are the state's
forces. People "taken off the bus" are taken from it, and a definite count of the taken ("The
3 staff were abducted") is their only telling when the same number in the document counts
others' dead. Each expected list is worked out by hand from the text."""

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
        (
            # "off" where from, not a particle ("carried 23 people off" is one)
            "Gunmen stopped a bus near Lafey on Monday. They took 4 passengers off the bus and "
            "drove away, police said.",
            [(4, "abducted", "civilians")],
        ),
        (
            "Gunmen raided Lafey on Monday, killed 9 villagers and carried 23 people off into "
            "the bush.",
            [(9, "killed", "civilians"), (23, "abducted", "unknown")],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # three guards dead, three staff taken: the three taken are told only here
            "Gunmen attacked a clinic near Lafey on Monday and killed 3 guards, police said. "
            "The 3 staff were abducted.",
            [(3, "killed", "security_forces"), (3, "abducted", "civilians")],
        ),
        (
            # the three abducted told first: "the 3 staff" names them again
            "Gunmen attacked a clinic near Lafey on Monday and abducted 3 staff, police said. "
            "The 3 staff were taken to the forest.",
            [(3, "abducted", "civilians")],
        ),
    ],
)
def test_a_definite_count_of_the_taken_beside_others_dead(text, expected):
    assert groups_found(text, "Niger") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # people in custody hurt or killed are civilians
            "Gunmen attacked the prison in Koton Karfe on Monday. The controller said one inmate "
            "was killed by a stray bullet and 4 inmates were injured.",
            [(1, "killed", "civilians"), (4, "wounded", "civilians")],
        ),
        (
            # prisoners breaking out are no victims freed
            "Gunmen attacked the prison in Koton Karfe on Monday and 67 inmates escaped.",
            [],
        ),
    ],
)
def test_inmates_hurt_are_civilians_and_their_escape_is_no_figure(text, expected):
    assert groups_found(text, "Nigeria") == expected


def test_a_part_of_a_body_s_own_count_is_the_part():
    # "1 of its 2 staff": one freed, the two the whole it is taken from
    from analysis.extract.figures import find_casualty_figures

    found = find_casualty_figures(
        "ACOPE confirms 1 of its 2 staff released at Luofu, the other still held."
    )
    assert [(f.best, f.outcome) for f in found] == [(1, "freed")]
