"""Extraction rules of the hundred-and-eighty-second round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_accented_dateline_and_an_initial_toll_revised():
    """ "BAMAKO"-style datelines with an accent ("SÉGOU, Mar 2 - …") are taken off, and "revising
    an initial toll of 15 dead" is the toll replaced, no figure."""
    found = figures_found(
        "SÉGOU, Mar 2 - Nine soldiers were killed when gunmen attacked a checkpoint near "
        "Markala, army spokesman Ali Traore said, revising an initial toll of 15 dead.",
        "Mali",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(9, "killed")]
    assert "Traore" in found[0][2]


def test_numbered_communique_in_translation_under_a_letterhead_with_initials():
    """ "Communiqué No. 12/FL/26 — English version" under "FRONT POUR LA LIBERTÉ (F2L)" and a
    staff line: the front's communiqué, its figures the front's; its own "combatants" are
    militants."""
    found = figures_found(
        "FRONT POUR LA LIBERTÉ (F2L)\nGENERAL STAFF\nCommuniqué No. 12/FL/26 — English version\n\n"
        "Our units repelled an attack near Kaga. On our side, 3 of our valiant combatants fell "
        "as martyrs.",
        "Central African Republic",
    )
    assert len(found) == 1 and found[0][:2] == (3, "killed")
    assert "Liberté" in found[0][2]
    assert groups_found("On our side, 3 of our valiant combatants fell as martyrs.") == [
        (3, "killed", "militants")
    ]


def test_combatants_of_no_side_are_no_figure():
    """ "between 6 and 9 combatants were killed": fighters of either side, left as before."""
    found = groups_found("Elders said that between 6 and 9 combatants were killed in the clash.")
    assert found == []


def test_statement_on_a_page_linked_to_a_group():
    """ "A statement posted on a Telegram channel linked to the Kibo Liberation Army (KLA)
    praised the raid and claimed …": the group's claim."""
    found = figures_found(
        "A statement posted on a Telegram channel linked to the Kibo Liberation Army (KLA) "
        "praised the raid and claimed that 14 soldiers had been killed.",
        "Nigeria",
    )
    assert found == [(14, "killed", "Kibo Liberation Army")]


def test_initials_inside_a_units_name_and_contacted_by():
    """ "the Eastern Command (EC) Sector 2 Headquarters said": the unit speaks;
    "Contacted by our newsroom, the prefect …, Mr. X, has confirmed the raid and has spoken of
    …": the prefect speaks."""
    found = figures_found(
        "Gunmen raided two villages, killing five people, the Eastern Command (EC) Sector 2 "
        "Headquarters said on Monday.",
        "Nigeria",
    )
    assert found == [(5, "killed", "Eastern Command Sector 2 Headquarters")]
    found = figures_found(
        "Contacted by our newsroom, the prefect of the district of Kara, Mr. Koffi Adjo, has "
        "confirmed the raid and has spoken of three gendarmes killed.",
        "Togo",
    )
    assert len(found) == 1 and found[0][:2] == (3, "killed") and "Koffi Adjo" in found[0][2]


def test_communique_then_it_speaks():
    """ "The FPC has issued a communiqué: it denies the looting and says that …": the FPC."""
    found = figures_found(
        "The FPC has issued a communiqué: it denies the looting and says that 4 of its "
        "combatants were killed by the army.",
        "Democratic Republic of the Congo",
    )
    assert found == [(4, "killed", "FPC")]


def test_bulletin_opening_toll_and_local_time():
    """ "At least 6 killed across the two districts (see below).": a bulletin's own sentence;
    "from approx. 0200 LT. The clinic …": local time ends a sentence."""
    assert groups_found("At least 6 killed across the two districts (see below).") == [
        (6, "killed", "unknown")
    ]
    assert groups_found("At least 6 killed in a blast.") == []
    found = figures_found(
        "Shooting near the market from approx. 0200 LT. The district clinic reported 3 "
        "injured, one of them a boy.",
        "Libya",
    )
    assert found == [(3, "wounded", "District clinic")]


def test_returned_through_mediation_and_presumably_linked():
    """ "Four of them were returned on 3 May through the mediation of elders": freed;
    "arrested five persons presumably linked to the smuggling of arms": suspects."""
    found = groups_found(
        "Raiders abducted 9 women from the village. Four of them were returned on 3 May "
        "through the mediation of elders.",
        "South Sudan",
    )
    assert (4, "freed", "civilians") in found
    found = groups_found(
        "Police arrested five persons presumably linked to the trafficking of arms.", "Peru"
    )
    assert found == [(5, "arrested", "militants")]


def test_translated_nouns_and_hit_by_splinters():
    """ "7 individuals suspects": suspects; "a sub-officer lost his life": a soldier; "hit by
    splinters": wounded."""
    assert groups_found("Police arrested 7 individuals suspects at the market.") == [
        (7, "arrested", "militants")
    ]
    assert groups_found("One army sub-officer lost his life in the ambush.", "Peru") == [
        (1, "killed", "security_forces")
    ]
    assert groups_found("A cameraman was hit by splinters near the bridge.") == [
        (1, "wounded", "civilians")
    ]
