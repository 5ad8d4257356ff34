"""Whom a speaker told ("he told two reporters that …") is no count; people taken or rushed to
a hospital are the hurt; reporters and correspondents are people who can be hurt; who a dead
man was identified as is no one more; a civil body's own members, told by the body before the
count; a guerrilla's unit by its own word. Each expected list is worked out by hand from the
text."""

from __future__ import annotations

import pytest
from factories import figures_found, groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor told two journalists that 5 soldiers died in the ambush.",
            [(5, "killed", "security_forces")],
        ),
        ("The governor briefed 30 journalists on the attack near Beni.", []),
        (
            "Villagers told our correspondent that the market was burned.",
            [],
        ),
        (
            # a count told to no one: "informed" with the count's own verb after it
            "The army informed 5 soldiers were martyred in the attack.",
            [(5, "killed", "security_forces")],
        ),
    ],
)
def test_whom_a_speaker_told_is_no_count(text, expected):
    assert groups_found(text, "Pakistan") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers rushed 19 people to hospital after the blast.", [(19, "wounded", "unknown")]),
        ("Seven people were taken to hospital after the blast.", [(7, "wounded", "unknown")]),
        (
            "In a separate statement, the fire station said its crews had taken 19 people to "
            "hospitals in Geoje and Tongyeong.",
            [(19, "wounded", "unknown")],
        ),
        # the dead carried there stay dead
        ("Rescuers took 5 bodies to the district hospital.", [(5, "killed", "unknown")]),
    ],
)
def test_people_carried_to_a_hospital_are_the_hurt(text, expected):
    assert groups_found(text, "South Korea") == expected


def test_reporters_hurt_are_counted_and_their_association_reports_them():
    text = (
        "Three reporters covering the sit-in were also injured by thrown objects, the "
        "Journalists Association of Korea said."
    )
    assert figures_found(text, "South Korea") == [
        (3, "wounded", "Journalists Association of Korea")
    ]


def test_who_a_dead_man_was_identified_as_is_no_one_more():
    text = (
        "The union identified the dead man as a 47-year-old welder and said he had been struck "
        "on the head by a police shield.\n\n"
        "The union said 57 of its members had been hurt, 14 of them by truncheons."
    )
    assert groups_found(text, "South Korea") == [(57, "wounded", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our parish has eight members wounded in the attack on Lolwa.",
            [(8, "wounded", "civilians")],
        ),
        # an armed group's name: its members are not a civil body's
        (
            "The Karen National Union lost three members in the clash.",
            [(3, "killed", "unknown")],
        ),
        (
            "The Army had arrested six members of the dissident structure in Llorente.",
            [(6, "arrested", "militants")],
        ),
        ("Troops killed 6 members of the 33rd Front near Tibú.", [(6, "killed", "militants")]),
    ],
)
def test_whose_members_they_are(text, expected):
    assert groups_found(text, "Colombia") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wum District Hospital received 6 wounded on Monday night.",
            [(6, "wounded", "Wum District Hospital")],
        ),
        (
            "The Red Cross attended one truck driver wounded by gunfire in the blockade.",
            [(1, "wounded", "Red Cross")],
        ),
        # the writer's own hospital, and a body that gives no care, report nothing so
        ("This hospital received 11 injured from the firing.", [(11, "wounded", None)]),
        ("The army received 6 wounded at its base.", [(6, "wounded", None)]),
    ],
)
def test_a_place_of_care_reports_whom_it_received(text, expected):
    assert figures_found(text, "Cameroon") == expected


def test_our_members_in_a_ledger_that_names_no_issuer_are_civilians():
    text = (
        "HARVEST LEDGER, KONYE BUYING POST\n\n"
        "Gunmen attacked the buying post while members were weighing. Two of our members were "
        "killed and one produce clerk was wounded by a bullet in the shoulder."
    )
    assert groups_found(text, "Cameroon") == [
        (2, "killed", "civilians"),
        (1, "wounded", "civilians"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Social Security hospital in Celaya said it had received five people from the "
            "bus, of whom two remain under observation.",
            [(5, "wounded", "unknown")],
        ),
        ("The hospital received 12 bodies.", [(12, "killed", "unknown")]),
    ],
)
def test_people_a_place_of_care_received_are_the_hurt(text, expected):
    assert groups_found(text, "Mexico") == expected


def test_members_of_a_community_board_are_civilians():
    text = "Gunmen killed four members of the Community Action Board in La Granja."
    assert groups_found(text, "Colombia") == [(4, "killed", "civilians")]
