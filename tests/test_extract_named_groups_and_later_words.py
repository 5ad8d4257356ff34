"""An armed group's name in capitals as the noun of its men ("the army killed six ADF"), a
speaker whose name begins with an accented capital, a toll "given" of a kind ("has given a
lower toll of 19 killed"), and a speaker's later word in the same sentence ("…, and in the
evening it said the dead reached 9"). Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import figures_found, groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army killed six ADF near Beni on Monday.", [(6, "killed", "militants")]),
        (
            "FARDC and UPDF say in a joint statement that they neutralised 11 ADF and freed 7 "
            "hostages near Mont Hoyo.",
            [(11, "killed", "militants"), (7, "freed", "civilians")],
        ),
        (
            # two forces named together: no more is said of either, nothing is read
            'M23 posted that it had "neutralised 30 FARDC and Wazalendo" around Kiwanja.',
            [],
        ),
    ],
)
def test_an_armed_group_s_name_as_the_noun_of_its_men(text, expected):
    assert groups_found(text, "Democratic Republic of the Congo") == expected


def test_a_speaker_named_with_an_accented_capital():
    text = (
        "The FARDC spokesman for the Ituri operations, Captain Éric Mulamba, said on Radio Okapi "
        "that the army killed 6 militants near Lolwa."
    )
    assert figures_found(text, "Democratic Republic of the Congo") == [
        (6, "killed", "FARDC spokesman for the Ituri operations Captain Éric Mulamba")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Jonglei State Ministry of Information has given a lower toll of 19 killed in Duk.",
            [(19, "killed", "Jonglei State Ministry of Information")],
        ),
        (
            "The commissioner gave a higher toll of 25 dead in Duk.",
            [(25, "killed", "Commissioner")],
        ),
    ],
)
def test_a_toll_given_of_a_kind(text, expected):
    assert figures_found(text, "South Sudan") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "it" takes up the speaker named before it; its evening toll replaces the noon one
            "The Emergency Room of Abu Shouk said in the noon the dead are 6 persons, and in the "
            "evening it said the dead reached 9 persons.",
            [(9, "killed", "Emergency Room of Abu Shouk")],
        ),
        (
            "The police said in the morning that 3 officers died, and in the evening they said 4 "
            "officers were killed in Kassala.",
            [(4, "killed", "Police")],
        ),
        (
            # no word of an earlier occasion before the first toll: both stand
            "The police said 3 officers died in Kassala, and in the evening they said 4 civilians "
            "were killed in Kassala.",
            [(3, "killed", "Police"), (4, "killed", "Police")],
        ),
    ],
)
def test_a_speaker_s_later_word_in_the_same_sentence(text, expected):
    assert figures_found(text, "Sudan") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the group named with its noun, then what it said with no "that"
            "Carried a claim by the Hafiz Gul Bahadur group, which said its men killed 14 police "
            "personnel at Bannu.",
            [(14, "killed", "Hafiz Gul Bahadur group")],
        ),
        (
            "A piece from the Portuguese news agency Lusa, which wrote that nine people were "
            "killed in Bannu.",
            [(9, "killed", "Portuguese news agency Lusa")],
        ),
    ],
)
def test_a_body_named_then_what_it_said_in_a_relative_clause(text, expected):
    assert figures_found(text, "Pakistan") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cooperative's president, Doña Marta Calix, said that three members were shot "
            "dead in Tocoa.",
            [(3, "killed", "civilians")],
        ),
        (
            # the police's count of members says nothing of whose they were
            "Police said three members were shot dead in Tocoa.",
            [(3, "killed", "unknown")],
        ),
    ],
)
def test_members_a_civil_body_s_speaker_counts(text, expected):
    assert groups_found(text, "Honduras") == expected
