"""Extraction rules of the hundred-and-seventy-ninth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found

from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import clause_reporters, find_reporter


def test_md_in_a_name_and_a_force_s_members():
    """ "1 member of the Navy, Seaman Md. Karim Uddin, embraced martyrdom": "Md." (Muhammad)
    ends no clause; "5 police members were killed": a force's members."""
    found = groups_found(
        "In the firing, 1 member of the Navy, Seaman Md. Karim Uddin, embraced martyrdom.",
        "Bangladesh",
    )
    assert found == [(1, "killed", "security_forces")]
    assert [
        (f.best, f.victim_group)
        for f in find_casualty_figures("The rebels said 5 police members were killed.")
    ] == [(5, "security_forces")]


def test_taken_earlier_then_released():
    """ "Four drivers kidnapped near Moyale last week were released on Friday": the release is
    what the sentence tells of them."""
    found = [
        (f.best, f.outcome)
        for f in find_casualty_figures(
            "Four drivers kidnapped near Moyale last week were released on Friday, their union "
            "said."
        )
    ]
    assert found == [(4, "freed")]


def test_a_body_announces_the_retrieval_of_bodies():
    """ "The Red Cross announces the retrieval of 7 bodies": the count is the body's."""
    said = find_reporter(
        "Shared: The Red Cross announces the retrieval of 7 bodies from the canal after the "
        "fighting."
    )
    assert said is not None and said.name == "Red Cross"


def test_attempted_murders_and_earlier_reports_called_wrong_are_no_figures():
    """ "9 attempted murders were recorded", "linked to 3 earlier murders": crimes; "Earlier
    reports of four dead were false": replaced, no figure."""
    assert find_casualty_figures("In the month 9 attempted murders were recorded.") == []
    assert find_casualty_figures("Tests link the rifle recovered to 3 earlier murders.") == []
    assert find_casualty_figures("Earlier reports of four dead were false.") == []


def test_the_body_named_before_by_its_last_word_and_a_family_s_clause():
    """ "according to the district health administration, …; the administration added that …":
    the body named before; "…, and the family of one of them said …": a clause of its own."""
    assert (
        clause_reporters(
            "According to the district health administration, 6 nurses were abducted; the "
            "administration added that 2 of them were freed."
        )
        == []
    )
    found = clause_reporters(
        "According to residents, troops detained 5 youths, and the family of one of them "
        "said he was freed."
    )
    assert [r.name for _, r in found] == ["Residents", "Family of one of them"]


def test_a_service_s_number_in_its_name_opens_its_clause():
    """ "…, according to the police, and the Emergency Service ECU 911 reported 3 persons
    injured": the service's own count."""
    found = clause_reporters(
        "In the market 4 persons were shot dead, according to the police, and the Emergency "
        "Service ECU 911 reported 3 persons injured."
    )
    assert [r.name for _, r in found] == ["Police", "Emergency Service ECU 911"]


def test_besides_opens_another_event():
    """ "Besides, …": a release's next event (the Bangla "এছাড়া"), a candidate of its own."""
    found = figures_found(
        "Two soldiers were killed in an ambush in Ruma on Sunday. Besides, according to the "
        "upazila administration, 6 farmers were kidnapped from Thanchi on Friday.",
        "Bangladesh",
    )
    assert (2, "killed", None) in found
    from datetime import date

    from analysis.extract import extract_article

    read = extract_article(
        "Two soldiers were killed in an ambush in Ruma on Sunday. Besides, according to the "
        "upazila administration, 6 farmers were kidnapped from Thanchi on Friday.",
        published=date(2026, 3, 14),
        country="Bangladesh",
    )
    assert len(read.candidates) == 2


def test_a_lead_over_the_details_and_a_summary_paragraph_are_totals():
    """A paragraph over "The details:" and the paragraph under "SUMMARY" that tells of
    several attacks give the document's totals."""
    from datetime import date

    from analysis.extract import extract_article

    read = extract_article(
        "The office documented on Monday the death of 5 persons in the province of Homs.\n\n"
        "The details:\n\n"
        "– In the town of Talbiseh: gunmen killed 3 persons.\n\n"
        "– In the city of Rastan: a bomb killed 2 persons.\n",
        published=date(2026, 3, 14),
        country="Syria",
    )
    assert [f.best for f in read.totals] == [5]
    read = extract_article(
        "This paper was written by our researchers in Pemba.\n\nSUMMARY\n\nIn March, "
        "insurgents raided villages in two districts. The watchdog documented the killing of 9 "
        "civilians.\n\nFINDINGS\n\nIn Kibo on 2 March, gunmen killed 4 civilians.\n\n"
        "In Lasa on 9 March, a bomb killed 5 civilians.\n",
        published=date(2026, 3, 14),
        country="Mozambique",
    )
    assert [f.best for f in read.totals] == [9]


def test_a_toll_of_the_security_personnel_and_an_earlier_edition_s_count():
    """ "the toll of the blast is 3 martyrs from the security personnel": the forces'; "In last
    week's edition we reported that 7 people died": a correction's account, no figure."""
    found = [
        (f.best, f.victim_group)
        for f in find_casualty_figures(
            "The ministry said that the toll of the blast is 3 martyrs from the security personnel."
        )
    ]
    assert found == [(3, "security_forces")]
    assert (
        find_casualty_figures("In last week's edition we reported that 7 people died in the fire.")
        == []
    )
    assert find_casualty_figures("Correction: our March report gave 8 civilian deaths.") == []


def test_dashed_numbered_and_weekday_headings_open_events():
    """ "Lahij – 3 March.", a column's "TUESDAY" and "2. Kibo, Ancuabe district (9 March)": an
    item's place and day, each opening the event its next count tells."""
    from datetime import date

    from analysis.extract import extract_article

    read = extract_article(
        "SELECTED INCIDENTS\n\nLahij – 3 March. Shelling killed two civilians.\n\n"
        "Abyan – 5 March. A landmine killed three civilians.\n",
        published=date(2026, 3, 14),
        country="Yemen",
    )
    assert sorted(len(c.figures) for c in read.candidates) == [1, 1]
    read = extract_article(
        "WEEK IN REVIEW\n\nMONDAY\nNAIROBI – Gunmen shot dead two traders at a market in "
        "the city, police said.\n\nTUESDAY\nKISUMU – A mob injured three officers at a "
        "roadblock, local leaders said.\n",
        published=date(2026, 3, 14),
        country="Kenya",
    )
    assert len(read.candidates) == 2
    read = extract_article(
        "FINDINGS\n\n1. Kibo, Ancuabe district (9 March)\nSurvivors told the monitor that "
        "gunmen entered Kibo at dawn and killed 4 villagers with machetes.\n\n"
        "2. Lasa, Macomia district (11 March)\nRelatives told the monitor that gunmen "
        "entered Lasa at night and killed 6 villagers with firearms.\n",
        published=date(2026, 3, 14),
        country="Mozambique",
    )
    assert sorted(len(c.figures) for c in read.candidates) == [1, 1]


def test_a_body_s_name_over_its_research_briefing_speaks_for_it():
    """ "SAHEL RIGHTS MONITOR" over "Research briefing | Index: …": the body's own paper."""
    from datetime import date

    from analysis.extract import extract_article

    read = extract_article(
        "SAHEL RIGHTS MONITOR\nResearch briefing | Index: SRM/01 | 2 March 2026\n\n"
        "Gunmen killed 4 villagers in Kibo on 1 March.\n",
        published=date(2026, 3, 14),
        country="Mali",
    )
    assert read.issuer == "Sahel Rights Monitor"
