"""Extraction rules of the hundred-and-eighty-first round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import groups_found

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def _candidates(text: str, country: str = "Mali") -> list[list[tuple[int | None, str]]]:
    """(best, outcome) of each candidate's figures, candidate by candidate."""
    found = extract_article(text, published=date(2026, 3, 14), country=country)
    return [[(f.best, f.outcome) for f in [*c.figures, *c.other_figures]] for c in found.candidates]


def _totals(text: str, country: str = "Mali") -> list[tuple[int | None, str]]:
    found = extract_article(text, published=date(2026, 3, 14), country=country)
    return [(f.best, f.outcome) for f in [*found.totals, *found.other_totals]]


def test_an_upheaval_named_by_its_year_is_the_past():
    """ "The uprising of 2019 left more than 40 people dead": an earlier event's toll, no
    figure of the report (the false death of the round: 41 read as a toll beside 41 wounded)."""
    text = (
        "Police fired on marchers in Kalla on Tuesday, wounding 41 people, a doctor said.\n\n"
        "The uprising of 2019 left more than 40 people dead across the region."
    )
    assert groups_found(text, "Nepal") == [(41, "wounded", "unknown")]


def test_a_roundups_lead_over_several_towns_is_the_total():
    """ "attacked posts in four towns …, killing 17": the sum the paragraphs after it tell
    town by town; "In Dori (also spelt Dorí), …" opens a town's paragraph; "In Kalla, gunmen
    set fire to the school" opens its town's event."""
    text = (
        "BAMAKO, March 12 - Gunmen attacked posts in four towns across central Mali on "
        "Thursday, killing at least 17 soldiers, sources said.\n\n"
        "In Dori (also spelt Dorí), five soldiers were killed, a mayor said.\n\n"
        "In Kalla, gunmen set fire to the school. Residents said three teachers were "
        "abducted.\n\n"
        "In Bara, four gendarmes were killed, an official said."
    )
    assert _totals(text) == [(17, "killed")]
    assert sorted(_candidates(text)) == [[(3, "abducted")], [(4, "killed")], [(5, "killed")]]


def test_a_reports_numbered_place_subsections_part_its_events():
    """ "2.1 Kibo district: the market and the mines" and a bare "2.2 Lunga": two sections,
    two events (not "2.3 Background")."""
    text = (
        "Monitoring Report, Quarter 1\n\n"
        "2.1 Kibo district: the market and the mines\n\n"
        "On 3 March, fighting near the market left at least 8 civilians dead.\n\n"
        "2.2 Lunga\n\n"
        "On 9 March, a shell hit the school. The health office reported 4 people killed."
    )
    assert sorted(_candidates(text, "Democratic Republic of the Congo")) == [
        [(4, "killed")],
        [(8, "killed")],
    ]


def test_what_our_monitors_documented_is_the_reports_own_voice():
    """ "according to cases documented by our monitors", "Over the same week our teams
    recorded …": no reporter but the report itself."""
    found = extract_article(
        "Fighting near Kalla left at least 9 civilians dead, according to cases documented by "
        "our monitors. Over the same week our teams recorded the abduction of 6 miners.",
        published=date(2026, 3, 14),
        country="Democratic Republic of the Congo",
    )
    assert [f.reported_by for c in found.candidates for f in [*c.figures, *c.other_figures]] == [
        None,
        None,
    ]


def test_a_named_village_and_its_residents_place_the_claims_second_event():
    """ "entered the Muslim village of Tora": its place; "Residents of Tora said …" speak of
    it, after another event; "2 of the apostate militia elements" are the state's side."""
    text = (
        "The soldiers of the Caliphate attacked a barracks in the town of Bara, killing 7 "
        "soldiers, and captured 2 of the apostate militia elements.\n\n"
        "On the same day, a detachment entered the Muslim village of Tora and killed 4 of "
        "the villagers.\n\n"
        "Two of our brothers were killed in the battle of Bara.\n\n"
        "Residents of Tora said five villagers had been killed."
    )
    found = _candidates(text, "Mozambique")
    assert sorted(found) == [
        [(4, "killed"), (5, "killed")],
        [(7, "killed"), (2, "killed"), (2, "abducted")],
    ]
    assert (2, "abducted", "security_forces") in groups_found(text, "Mozambique")


def test_a_translations_verb_first_speaker_and_its_part_of_them():
    """ "And said the ministry that its forces arrested 9 …"; "rose to 7, of them 3 from the
    fighters": a part of the toll; "the operation of combing" is the same event's sweep."""
    assert (
        find_reporter(
            "And said the ministry that its forces arrested 9 from the gunmen."
        ).name.casefold()
        == "ministry"
    )
    text = (
        "The ministry announced that 4 policemen were killed in an attack on a checkpoint "
        "at the entrance of the city of Kalla. And said the ministry that its forces arrested "
        "9 from the gunmen involved in the attack, and that the operation of combing the area "
        "is continuing. And the observatory said that the number of the dead rose to 7, of "
        "them 3 from the local fighters."
    )
    assert _candidates(text, "Syria") == [[(4, "killed"), (7, "killed"), (9, "arrested")]]


def test_some_of_the_held_freed_and_a_slashed_speaker():
    """ "nine traders were detained by armed men …, five of whom were released": the held,
    freed in part; "The PKK/YPG command said …" names its speaker with the slash; an alert's
    numbered item "3. ROAD 12 (Bor - Kalla) - At 06:00 gunmen …" is an event of its own."""
    assert [
        (f.best, f.outcome)
        for f in find_casualty_figures(
            "Nine traders were detained by armed men on 7 May, five of whom were released the "
            "next day."
        )
    ] == [(9, "arrested"), (5, "freed")]
    assert find_reporter("The PKK/YPG command said two fighters died.").name.startswith("PKK/YPG")
    text = (
        "DETAILS\n"
        "1. KALLA - Gunmen attacked the police post at 22:00. Police said 2 officers were "
        "killed.\n"
        "2. BOR - At 01:00 armed men fired on the army base. The army said 1 soldier was "
        "killed.\n"
        "3. ROAD 12 (Bor - Kalla) - At 06:00 gunmen stopped a bus and kidnapped 4 "
        "passengers."
    )
    assert sorted(_candidates(text, "Colombia")) == [
        [(1, "killed")],
        [(2, "killed")],
        [(4, "abducted")],
    ]


def test_more_captured_and_the_wounded_included():
    """ "killed 30 rebels and captured 12 more": 12 arrested; "the 20 wounded included four
    women": some of the 20, no figure of their own."""
    assert [
        (f.best, f.outcome)
        for f in find_casualty_figures("Troops killed 30 rebels and captured 12 more.")
    ] == [(30, "killed"), (12, "arrested")]
    assert find_casualty_figures("A nurse said the 20 wounded included four women.") == []


def test_a_demanded_release_is_still_held_and_the_demander_reports():
    """ "demanded the release of 6 students it said had been detained": arrested, by the
    body that demands it; "the release of" told alone is a release."""
    sentence = (
        "The students' union, in a statement, demanded the release of 6 students it said had "
        "been detained at the rally."
    )
    assert [(f.best, f.outcome) for f in find_casualty_figures(sentence)] == [(6, "arrested")]
    assert find_reporter(sentence).name.casefold().endswith("students' union")
    assert [
        (f.best, f.outcome)
        for f in find_casualty_figures("Police announced the release of 3 hostages.")
    ] == [(3, "freed")]


def test_the_dead_again_and_a_persons_past_year():
    """ "Two of the dead had gunshot wounds, while the third, a driver, was hit …": no
    wounded; "a suspect, a former member of a gang who had surrendered in 2021, was arrested
    hours later": one arrest, the report's."""
    assert (
        find_casualty_figures(
            "Two of the dead had gunshot wounds, while the third, a driver, was hit by a stone."
        )
        == []
    )
    text = (
        "A bomb went off in Kalla on Monday, wounding 3 people.\n\n"
        "Police said a suspect, a former member of a gang who had surrendered in 2021, was "
        "arrested hours later."
    )
    assert groups_found(text, "Philippines") == [
        (3, "wounded", "unknown"),
        (1, "arrested", "militants"),
    ]


def test_one_victims_condition_and_a_briefings_city_speak_for_no_event():
    """ "One of them … was in serious condition, a nurse said": the nurse does not report
    the count before; "said in a briefing in Abuja that troops arrested 4 … in Kalla": the
    city of the briefing is no place of the event."""
    found = extract_article(
        "In Kalla, four persons were hurt when a grenade went off. One of them, a driver, was "
        "in serious condition, a nurse said.",
        published=date(2026, 3, 14),
        country="Philippines",
    )
    assert [f.reported_by for c in found.candidates for f in c.other_figures] == [None]
    found = extract_article(
        "Gunmen killed 6 traders in Anka on Thursday, residents said.\n\n"
        "The army said in a briefing in Abuja that troops had arrested 4 suspected bandits in "
        "Anka.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert len(found.candidates) == 1
