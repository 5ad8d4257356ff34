"""Extraction rules of the hundred-and-eightieth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import groups_found

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures


def _events(text: str, country: str, published: date) -> tuple[list[set], set]:
    """Each candidate's figures as (value, outcome) pairs, and the document's totals."""
    found = extract_article(text, published, country)
    events = [
        {(f.best, f.outcome) for f in c.figures + c.other_figures}
        for c in found.candidates
        if c.figures or c.other_figures
    ]
    totals = {(f.best, f.outcome) for f in found.totals + found.other_totals}
    return events, totals


def test_numbered_items_opening_on_a_place_in_capitals_and_a_lettered_summary():
    """ "A. SUMMARY" over "Polling day saw 2 validated incidents, which left 3 persons dead":
    the document's totals; "1. TAYUG, PANGASINAN — …" and "2. VIGAN, ILOCOS SUR — …": each
    numbered item's place, in capitals with its province, places its sentences."""
    text = (
        "PROVINCIAL POLICE OFFICE\n\nINCIDENT MONITORING (IM) — REPORT NO. 4\n\n"
        "A. SUMMARY\n\nPolling day saw 2 validated incidents, which left 3 persons dead.\n\n"
        "B. INCIDENTS\n\n"
        "1. TAYUG, PANGASINAN — At about 8:00 AM, gunmen fired at a campaign van. The "
        "provincial police reported 2 persons killed.\n\n"
        "2. VIGAN, ILOCOS SUR — At about 3:00 PM, a grenade was thrown at a rally. The city "
        "police reported 4 persons killed and 6 wounded.\n"
    )
    events, totals = _events(text, "Philippines", date(2025, 5, 12))
    assert totals == {(3, "killed")}
    assert {(2, "killed")} in events
    assert {(4, "killed"), (6, "wounded")} in events


def test_a_road_named_by_the_two_towns_it_joins_places_its_attack():
    """ "the ambush on a truck on the Garbahaarey–Luuq road": a new place, a new event, and
    the elders' count after it is that event's."""
    text = (
        "Soldiers repulsed an assault on their base on Monday, killing 12 attackers. "
        "Separately the mission regrets the ambush on a truck on the Garbahaarey–Luuq road. "
        "Elders said the blast killed four traders."
    )
    events, _ = _events(text, "Somalia", date(2026, 4, 8))
    assert {(12, "killed")} in events
    assert {(4, "killed")} in events


def test_the_operation_a_sentence_itself_tells_is_no_back_reference():
    """ "In Lower Juba, the brigade said its forces freed 6 herders … and detained 2 suspects
    during the operation": the rescue told in the sentence, not the attack told before."""
    text = (
        "Militants attacked the camp on Sunday and 5 soldiers were wounded. In Lower Juba, "
        "the brigade said its forces freed 6 herders held by the militants and detained 2 "
        "suspects during the operation."
    )
    events, _ = _events(text, "Somalia", date(2026, 4, 8))
    assert {(5, "wounded")} in events
    assert {(6, "freed"), (2, "arrested")} in events


def test_paragraphs_each_opening_on_a_place_and_a_dash_or_a_day():
    """ "Mocímboa — …", "Palma — …", "Nangade — …": an update's paragraphs each on its own
    place, its next sentences with it; "Dera, 3 May: …" likewise."""
    text = (
        "Incidents\n\n"
        "Mocímboa — Insurgents killed two fishermen on the shore, sources said. A resident "
        "said four villagers were killed.\n\n"
        "Palma — Gunmen abducted five women on 4 May. Two of them escaped the next day.\n\n"
        "Nangade — Troops killed three insurgents in an operation. One soldier was wounded in "
        "the operation.\n"
    )
    events, _ = _events(text, "Mozambique", date(2026, 5, 9))
    assert {(2, "killed"), (4, "killed")} in events
    assert {(5, "abducted"), (2, "freed")} in events
    assert {(3, "killed"), (1, "wounded")} in events


def test_held_fatalities_after_what_caused_them_and_a_monitor_s_own_noun():
    """ "resulting in 9 reported fatalities": a count of deaths; not a key-figures line's
    "…; 40 reported fatalities"; "The observatory recorded …" in the observatory's own
    update is its issuer's voice."""
    found = find_casualty_figures(
        "The monitor recorded 5 events this week, resulting in 9 reported fatalities."
    )
    assert [(f.best, f.outcome, f.victim_group) for f in found] == [(9, "killed", "unknown")]
    assert find_casualty_figures("Key figures: 31 violent events; 40 reported fatalities.") == []
    text = (
        "NORTHERN CONFLICT OBSERVATORY\nWeekly Update | 9–15 June 2026\n\nSummary\n"
        "The observatory recorded 5 violent events in the province this week, resulting in "
        "9 reported fatalities.\n"
    )
    found = extract_article(text, date(2026, 6, 16), "Mozambique")
    figures = [f for c in found.candidates for f in c.figures] + found.totals
    assert [(f.best, f.reported_by) for f in figures] == [(9, "Northern Conflict Observatory")]


def test_a_separate_drive_is_another_event():
    """ "In a separate drive, the battalion raided a hideout …": another event, the figures
    after it its own."""
    text = (
        "On 3 March, 4 persons were killed in a clash in Bogura, police said. In a separate "
        "drive, the battalion raided a hideout in a char and arrested 2 members of an armed "
        "gang."
    )
    events, _ = _events(text, "Bangladesh", date(2026, 3, 6))
    assert {(4, "killed")} in events
    assert {(2, "arrested")} in events


def test_one_of_a_relative_clause_s_toll():
    """ "…, in which 1 BSF jawan was killed": the digit for one person, in a relative clause
    after the attack."""
    assert groups_found(
        "Gunmen fired on a border post near Kupwara, in which 1 BSF jawan was killed.", "India"
    ) == [(1, "killed", "security_forces")]


def test_regarding_the_attack_on_opens_a_briefing_s_next_item():
    """ "Regarding the attack on the tehsil office, …, the adviser said 15 persons were
    injured": the next item, not the abduction told before it; "a crowd of about 300
    persons tried to storm" is the crowd's size."""
    text = (
        "He said 4 traders were abducted near the market on Monday. Regarding the attack on "
        "the tehsil office on Sunday, the adviser said 15 persons were injured when a crowd "
        "of about 300 persons tried to storm the building."
    )
    events, _ = _events(text, "India", date(2026, 9, 18))
    assert {(4, "abducted")} in events
    assert {(15, "wounded")} in events


def test_a_week_s_arrests_over_the_districts_are_the_totals():
    """ "in the last one week, security forces arrested 21 cadres … from the hill districts":
    the briefing's totals."""
    text = (
        "Gunmen killed 2 villagers near Moreh on Tuesday, police said. The adviser further "
        "informed that in the last one week, security forces arrested 21 cadres of banned "
        "outfits from the valley and hill districts."
    )
    events, totals = _events(text, "India", date(2026, 9, 18))
    assert {(2, "killed")} in events
    assert totals == {(21, "arrested")}


def test_a_commune_opening_the_sentence_is_its_place():
    """ "In the commune of Kourfey, …": a place the gazetteer does not know, opening the
    sentence, places another event."""
    text = (
        "On Thursday terrorists attacked the army post near Tillia and 7 soldiers were "
        "killed. In the commune of Kourfey, armed men abducted on 5 May 12 civilians."
    )
    events, _ = _events(text, "Niger", date(2026, 5, 9))
    assert {(7, "killed")} in events
    assert {(12, "abducted")} in events


def test_a_bare_noun_said_again_is_of_the_people_named_before():
    """ "35 members of the police … were killed, and 60 members were wounded": the police's
    members both times."""
    assert groups_found(
        "According to the ministry, 35 members of the police were killed in the attacks, "
        "and 60 members were wounded.",
        "Syria",
    ) == [(35, "killed", "security_forces"), (60, "wounded", "security_forces")]
