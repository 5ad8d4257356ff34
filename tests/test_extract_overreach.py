"""Rules that read more than their sentences say, held back (each sentence the project's own,
each value worked out by hand): an order to arrest is no arrest, bodies found after a toll
told in parts are that toll's dead, and a correction replaces the count of the same victims,
not another attack's."""

from datetime import date

from analysis.extract import extract_article

DAY = date(2025, 3, 1)


def _read(text: str) -> list[tuple[list[tuple], list[tuple]]]:
    return [
        (
            [(f.best, f.victim_group) for f in c.figures],
            [(f.best, f.outcome, f.victim_group) for f in c.other_figures],
        )
        for c in extract_article(text, DAY).candidates
    ]


def test_an_order_or_a_manhunt_to_arrest_is_no_arrest():
    ordered = _read(
        "The governor ordered the police to arrest 5 suspects linked to the attack in "
        "Peshawar, officials said."
    )
    assert all(others == [] for _, others in ordered)
    assert _read("Police in Peshawar launched a manhunt to arrest 3 gunmen on Monday.") == []


def test_an_arrest_joined_to_a_deed_done_is_one():
    (read,) = _read(
        "The operation allowed to neutralize 3 bandits and to arrest 2 others in Zamfara, "
        "the army said."
    )
    assert read == ([(3, "militants")], [(2, "arrested", "militants")])
    (read,) = _read(
        "Troops killed 4 bandits in Zamfara on Monday and managed to arrest 2 others, the "
        "army said."
    )
    assert read == ([(4, "militants")], [(2, "arrested", "militants")])


def test_bodies_found_after_a_toll_told_in_parts_are_that_toll():
    # 2 soldiers + 1 policeman = the 3 bodies: 3 dead, not 6
    (read,) = _read(
        "Two soldiers and a policeman were killed in the ambush near Bannu on Monday. "
        "Rescuers later found the 3 bodies near the road, officials said."
    )
    assert sum(best for best, _ in read[0]) == 3


def test_a_correction_replaces_the_count_of_the_same_victims_only():
    # the 2 soldiers become 4; the 5 civilians of Kohat, told in between, stay
    read = _read(
        "Gunmen killed 2 soldiers in Bannu on Monday. In a separate attack in Kohat, 5 "
        "civilians were killed. Correcting our previous bulletin, 4 soldiers were killed in "
        "Bannu."
    )
    deaths = sorted(figure for figures, _ in read for figure in figures)
    assert deaths == [(4, "security_forces"), (5, "civilians")]


def test_a_party_of_men_in_arms_is_not_a_political_party():
    # a police or patrol party's members are no civilians (the group is left unknown); an
    # opposition party's are
    (read,) = _read(
        "Three members of a police party were killed in an ambush in Bannu on Monday, "
        "officials said."
    )
    assert read[0] == [(3, "unknown")]
    (read,) = _read("Five members of an opposition party were killed in Bannu on Monday.")
    assert read[0] == [(5, "civilians")]


def test_a_force_s_contractor_or_an_officer_s_servants_are_not_the_force():
    (read,) = _read(
        "Two employees of a police contractor were killed when a bomb went off in Peshawar "
        "on Monday, officials said."
    )
    assert read[0] == [(2, "civilians")]
    (read,) = _read("Two employees of the traffic police were killed in Makhachkala on Monday.")
    assert read[0] == [(2, "security_forces")]
