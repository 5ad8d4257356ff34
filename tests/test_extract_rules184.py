"""Extraction rules of the hundred-and-eighty-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_statement_number_in_brackets_prisoners_of_war_and_porters():
    """ "Statement No. (12/2026)" under a group's letterhead is a numbered release: its figures
    are the group's; "taken as prisoners of war" are held (arrested), "5 of these porters"
    are the villagers named after "these", civilians."""
    found = figures_found(
        "Chin National Front / Chin National Army\nInformation Department\n\n"
        "Statement No. (12/2026)\n\nIn the battle 14 soldiers of the junta were killed and 6 "
        "were taken as prisoners of war.",
        "Myanmar",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(6, "arrested"), (14, "killed")]
    assert all(who and "Chin National" in who for _, _, who in found)
    assert groups_found(
        "The soldiers used villagers to carry shells. Our fighters freed 4 of these villagers.",
        "Myanmar",
    ) == [(4, "freed", "civilians")]


def test_translation_found_the_death_and_inverted_perfect_speaker():
    """ "have found the death" (the French "ont trouvé la mort") is killed; "…, has declared the
    governor of the region, Monsieur Paul Mba, in a point of press." names who speaks."""
    found = figures_found(
        "Three soldiers have found the death on Friday in an ambush near Dolisie, has declared "
        "the governor of the region, Monsieur Paul Mba, in a point of press held Saturday.",
        "Republic of the Congo",
    )
    assert found == [(3, "killed", "Governor of the region")]


def test_translation_contests_and_speaks_of_one_only_dead():
    """ "…, Monsieur Y, contests this version and speaks of one only dead": the spokesman
    speaks; "one only dead" (the French "un seul mort") is one dead."""
    found = figures_found(
        "The spokesman of the rebels, Monsieur Jean Loko, contests this version and speaks of "
        "one only dead.",
        "Republic of the Congo",
    )
    assert len(found) == 1 and found[0][:2] == (1, "killed")
    assert "Spokesman" in found[0][2]


def test_translation_aside_of_its_side_and_lost_of_their_elements():
    """ ", of its side," between the verb and the count is read without it; "the assailants …
    have lost 4 of their elements" are the assailants' own (militants)."""
    found = figures_found(
        "The Red Cross has counted, of its side, 2 civilians dead near Kinkala.",
        "Republic of the Congo",
    )
    assert found == [(2, "killed", "Red Cross")]
    assert groups_found(
        "The assailants, said to be former militiamen, have lost 4 of their elements.",
        "Republic of the Congo",
    ) == [(4, "killed", "militants")]


def test_speaker_then_in_a_statement_posted_on_its_page():
    """ "…, in a statement posted on its Facebook page" is where the speaker named before said
    it, no speaker of its own."""
    found = figures_found(
        "The health ministry says four people died in the clashes, in a statement posted on "
        "its Facebook page.",
        "Guinea",
    )
    assert found == [(4, "killed", "Health ministry")]


def test_stabbed_and_one_of_its_men():
    """ "was stabbed" (not to death) is wounded; "one of its men" a state's armed body says were
    hurt are its own."""
    assert groups_found(
        "The police command says one of its men was stabbed near the market.", "Guinea"
    ) == [(1, "wounded", "security_forces")]
    assert groups_found("A trader was stabbed to death in the market.", "Guinea") == [
        (1, "killed", "civilians")
    ]


def test_task_force_members_and_suspects_secured_or_picked_up():
    """ "members of the Task Force" are security forces, "one member" after them the same;
    suspects "secured in" a place or "picked up in a joint swoop" are arrested."""
    assert groups_found(
        "Two members of the Task Force were killed and one member was wounded in Ilaga.",
        "Indonesia",
    ) == [(2, "killed", "security_forces"), (1, "wounded", "security_forces")]
    assert groups_found(
        "Three persons suspected of aiding the gunmen were secured in Kampung Waa.", "Indonesia"
    ) == [(3, "arrested", "militants")]
    assert groups_found("Nine suspects were picked up in a police swoop at Zebilla.", "Ghana") == [
        (9, "arrested", "militants")
    ]


def test_agency_tally_place_label_and_our_reporter_saw():
    """ "according to a Wirenews tally" is the agency's own voice; "TOWN (district): the chief
    reported that …" names the chief; "our reporter saw" keeps the next sentence's speaker off."""
    assert figures_found(
        "At least 8 people were killed in the raids, according to a Wirenews tally.", "Somalia"
    ) == [(8, "killed", None)]
    found = figures_found(
        "- BOUNA (Bounkani region): the village chief reported that three herders are missing.",
        "Côte d'Ivoire",
    )
    assert found == [(3, "missing", "Village chief")]
    assert figures_found(
        "A shopkeeper has been shot dead near the bridge. Neighbours say the gunmen fled; our "
        "reporter saw the body.",
        "Guinea",
    ) == [(1, "killed", None)]
