"""A toll a body revised, first spoke of, or gave in a first note or first information, replaced
by its later word; "many" of a toll told, no count of their own; a body named before "the
group said" in the same sentence; where a pronoun spoke, no name. Each expected list is worked
out by hand from the text."""

from __future__ import annotations

import pytest
from factories import figures_found, groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bomb in Sidon killed eight people and wounded at least 47, the Lebanese health "
            "ministry said on Monday, revising down a toll of 11 dead it had given on Sunday.",
            [(8, "killed", "unknown"), (47, "wounded", "unknown")],
        ),
        (
            "The civil society of Goma had first spoken of 5 dead, then on Monday it gave that 9 "
            "persons lost the life and 14 were hurt.",
            [(9, "killed", "unknown"), (14, "wounded", "unknown")],
        ),
        (
            "The health directorate's first note said 9 people were killed in Hajin; its erratum "
            "gives 8 people killed and asks that the first note be disregarded.",
            [(8, "killed", "unknown")],
        ),
        (
            "When I last addressed the Council, our initial information indicated that 24 people "
            "had been killed. Our human rights service has since verified that at least 46 "
            "people were killed.",
            [(46, "killed", "unknown")],
        ),
        (
            "The monks and devotees are died 11 people. In the first announcement (No. 1) we "
            "said dead 9 people, now the number is increase to 11.",
            [(11, "killed", "unknown")],
        ),
    ],
)
def test_a_toll_replaced_by_its_giver_s_later_word(text, expected):
    assert groups_found(text, "Lebanon") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Many of the wounded have burns and bullet wounds, the official said.", []),
        (
            "The ACIN counted 26 injured, because many were treated at home by our traditional "
            "doctors.",
            [(26, "wounded", "unknown")],
        ),
        # a count of its own, joined by "and"
        (
            "8 soldiers of the junta are died and many are injured, the PDF spokesman said.",
            [(8, "killed", "security_forces"), (10, "wounded", "security_forces")],
        ),
    ],
)
def test_many_of_a_toll_told_is_no_count_of_their_own(text, expected):
    assert groups_found(text, "Myanmar") == expected


def test_the_group_said_is_the_body_named_before_in_the_sentence():
    text = (
        "In Sinja, the RSF abducted 15 women on the road to the market, according to the "
        "Emergency Lawyers group; six were freed after their families paid, the group said."
    )
    assert sorted(figures_found(text, "Sudan")) == [
        (6, "freed", "Emergency Lawyers group"),
        (15, "abducted", "Emergency Lawyers group"),
    ]


def test_where_a_pronoun_spoke_names_no_one():
    text = "In our issue of August 16 we said that three police officers were wounded."
    assert [r for _, _, r in figures_found(text, "Ghana")] == [None]


def test_a_civil_organisation_s_members_are_civilians():
    text = (
        "The requesting organization said its leader was shot. Two other members were wounded, "
        "the organization stated."
    )
    assert (2, "wounded", "civilians") in groups_found(text, "Colombia")


def test_a_first_toll_given_is_its_giver_s_and_replaced_by_its_later_word():
    text = (
        "22:30 - Four dead\n\n"
        "The Brussels prosecutor's office now says four people have died and 11 were injured.\n\n"
        "21:45 - Prosecutor: three dead, nine injured\n\n"
        "The prosecutor's office gives a first toll: three people killed and nine injured."
    )
    assert sorted(figures_found(text, "Belgium")) == [
        (4, "killed", "Brussels prosecutor office"),
        (11, "wounded", "Brussels prosecutor office"),
    ]


def test_a_first_message_in_brackets_is_replaced():
    text = (
        "The gendarmerie communiqué says 3 gendarmes were killed and a civilian was wounded at "
        "the Kaya exit checkpoint on the night of 10/09 (its first message had said 2 gendarmes)."
    )
    assert sorted(groups_found(text, "Burkina Faso")) == [
        (1, "wounded", "civilians"),
        (3, "killed", "security_forces"),
    ]


def test_a_count_after_a_day_and_and_is_read():
    # "on 08/09 and 4 passengers": the day's "09" and the count "4" are two numbers
    text = (
        "The bus was stopped near Namssiguia on 08/09 and 4 passengers, our participant among "
        "them, were abducted; all 4 were freed on 11/09."
    )
    assert groups_found(text, "Burkina Faso") == [
        (4, "abducted", "civilians"),
        (4, "freed", "civilians"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two of our fruit haulers were killed on the Campo Dos road on 10/02. Yesterday's "
            "report said one hauler killed; the second body was recovered in the afternoon.",
            [(2, "killed", None)],
        ),
        (
            "Village administration of the NUG said first 9 villagers died. Then the same "
            "administration said 11 villagers died and 20 injured.",
            [(11, "killed", "Same administration"), (20, "wounded", "Same administration")],
        ),
        (
            # the day with no preposition opens the later word
            "The Police said first that 1 uniformed lost the life, Wednesday they said 2 "
            "policemen lost the life and 4 remained injured.",
            [(2, "killed", "Police"), (4, "wounded", "Police")],
        ),
    ],
)
def test_yesterday_s_report_and_a_word_said_first_are_replaced(text, expected):
    assert sorted(figures_found(text, "Colombia")) == sorted(expected, key=lambda f: f)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The camp, home to more than 50,000 people, saw fighting on Monday in which at "
            "least 13 people were killed.",
            [(13, "killed", "unknown")],
        ),
        (
            "1425 DPO SWAT: DEATH TOLL RISES TO SEVEN 1440 RESCUE 1122: NINE DEAD, 22 INJURED "
            "SHIFTED TO SAIDU TEACHING HOSPITAL",
            [(7, "killed", "unknown"), (9, "killed", "unknown"), (22, "wounded", "unknown")],
        ),
    ],
)
def test_who_live_somewhere_and_a_ticker_s_times_are_no_counts(text, expected):
    assert groups_found(text, "Pakistan") == expected
