"""Extraction rules of the hundred-and-seventy-seventh round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found, groups_found

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def _grouped(text: str, country: str) -> tuple[list[list[int]], list[int]]:
    """The values of each candidate's figures, and of the totals, in the text's order."""
    found = extract_article(text, published=date(2026, 3, 14), country=country)
    candidates = [sorted(f.best for f in [*c.figures, *c.other_figures]) for c in found.candidates]
    totals = sorted(f.best for f in [*found.totals, *found.other_totals])
    return candidates, totals


def test_a_heading_in_capitals_naming_a_place_places_its_section():
    """ "BANNU REGION", "KARAK" (a place the gazetteer knows, alone on its line, after the news
    began), "SWAT – market blast": each section's figures an event of its own."""
    text = (
        "WEEKLY NOTE\n\nIn Peshawar 4 suspects were arrested on Monday.\n\n"
        "BANNU REGION\nAccording to the DPO, 6 terrorists were arrested in raids.\n\n"
        "KARAK\nOn Thursday 2 kidnappers were killed by police in an operation.\n\n"
        "SWAT – market blast\nOn Friday 9 shoppers were wounded by a bomb."
    )
    candidates, _ = _grouped(text, "Pakistan")
    assert candidates == [[4], [6], [2], [9]]


def test_a_list_item_s_place_line_and_a_bulleted_item_s_place_open_their_item():
    """ "b) Irapuato." alone, and a digest's bullet "• LAMU – …": the item's place."""
    text = (
        "a) Celaya. Gunmen shot 2 persons dead at a bar.\n\n"
        "b) Irapuato. The prosecutor reported the arrest of 4 suspects of a kidnapping."
    )
    candidates, _ = _grouped(text, "Mexico")
    assert candidates == [[2], [4]]
    text = (
        "SECURITY\n"
        "• MANDERA – Gunmen attacked a camp at Lafey, killing 3 police reservists.\n"
        "• LAMU – 2 teachers were abducted by gunmen on Tuesday evening."
    )
    candidates, _ = _grouped(text, "Kenya")
    assert candidates == [[3], [2]]


def test_a_diary_s_weekday_in_capitals_opens_a_day_of_its_own():
    """ "MONDAY, APRIL 6 – Kumba": a diary's day heading, the month before the day."""
    text = (
        "MONDAY, APRIL 6 – Kumba\nGunmen shot dead 2 traders at the market.\n\n"
        "TUESDAY, APRIL 7 – Tombel\nSoldiers said 3 fighters were killed in a raid."
    )
    candidates, _ = _grouped(text, "Cameroon")
    assert candidates == [[2], [3]]


def test_a_week_s_sum_and_a_schedule_s_summary_line_are_the_totals():
    """ "In all, police arrested 19 suspects … during the week.", "A week of raids left 2
    people dead", "SUMMARY (Items 1 to 2): 1 killed, 15 injured" (its bare counts no one's
    noun)."""
    _, totals = _grouped(
        "In all, police arrested 19 suspects and killed 5 bandits during the week.\n\n"
        "KARAK\nOn Thursday 2 kidnappers were killed by police in an operation.",
        "Pakistan",
    )
    assert totals == [5, 19]
    _, totals = _grouped(
        "A week of raids left 2 people dead and 12 injured.\n\n"
        "MANZINI – bus rank\nOn Tuesday police shot 3 drivers dead.",
        "Eswatini",
    )
    assert totals == [2, 12]
    found = extract_article(
        "On the eve of the poll 14 of our supporters were arrested by the police in Bo.\n\n"
        "SUMMARY (Items 1 to 2): 1 killed, 15 injured.",
        published=date(2026, 3, 14),
        country="Sierra Leone",
    )
    assert [(f.best, f.victim_group) for f in found.other_totals] == [(15, "unknown")]


def test_the_rupee_s_and_the_shilling_s_signs_count_money():
    """ "Rs 38,000 were recovered", "head money of Rs 5 million", "KSh 150": sums, no people."""
    found = groups_found(
        "Police arrested 6 terrorists including one carrying head money of Rs 5 million. "
        "Two pistols and Rs 38,000 were recovered. Fares rose to KSh 150 in Swat, where 4 "
        "policemen were killed.",
        "Pakistan",
    )
    assert sorted(n for n, _, _ in found) == [4, 6]


def test_the_digit_one_after_left_is_one_person():
    """ "The violations left 1 person dead, 26 people injured": the toll a clause leaves."""
    found = find_casualty_figures("The clash left 1 villager dead and 3 people injured.")
    assert [(f.best, f.outcome) for f in found] == [(1, "killed"), (3, "wounded")]


def test_who_informed_the_secretariat_at_the_clause_s_end_speaks():
    """ "…, our lawyer, Mr Ali Kamara, informed the Secretariat; 8 were released …"."""
    found = find_reporter(
        "On Sunday 11 of our members were detained in Bo, our lawyer, Mr Ali Kamara, "
        "informed the Secretariat; 6 were released on bail."
    )
    assert found.name.startswith("Our lawyer")


def test_since_a_month_is_when_the_issuer_counted_not_who():
    """ "Since January the network has recorded …": the network, the issuer, in its own
    report."""
    found = find_reporter("Since March the network has recorded 500 violations.")
    assert found.name == "Network"
    found = figures_found(
        "HARARE PEACE NETWORK\nMonthly Report\n\nThe month's violations left 3 people "
        "dead. Since March the network has recorded 500 violations.",
        "Zimbabwe",
    )
    assert [reporter for _, _, reporter in found] in ([None], ["Harare Peace Network"])


def test_a_count_a_body_had_put_in_its_first_statement_is_superseded():
    """ "The commission had put the number of injured at 17 in its first statement.": an
    earlier count of the same body, no figure."""
    found = groups_found(
        "The union said 30 members were injured in the protest in Nyeri. The union had put "
        "the number of injured at 12 in its first statement.",
        "Kenya",
    )
    assert [n for n, _, _ in found] == [30]


def test_the_name_a_speaker_goes_by_in_quotes_hides_no_speaker():
    """ "A rebel commander who calls himself "General Storm" said …": the commander speaks."""
    found = find_reporter(
        'A rebel commander who calls himself "General Storm" said his men had killed 9 soldiers.'
    )
    assert found.name == "Rebel commander"


def test_whose_demand_a_person_made_is_no_victim():
    """ "detained for disobeying the lawful demand of a police officer": no officer held."""
    found = find_casualty_figures(
        "30 persons were detained for disobedience to the lawful demand of a police officer."
    )
    assert [(f.best, f.outcome) for f in found] == [(30, "arrested")]
