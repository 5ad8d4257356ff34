"""Extraction rules of the ninety-third round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.figures import find_casualty_figures


def test_a_count_a_body_first_spoke_of_is_replaced_by_its_later_word():
    """ "The police first spoke of 4 bodies; on 9 June they said 6 bodies were found": the
    first count is what the body said before, no death toll of its own (so a 4 taken or
    wounded next to it never becomes a death toll); the later count stands."""
    found = figures_found(
        "The district police first spoke of 4 bodies; on 9 June they said 6 bodies were "
        "found near Bakura. Gunmen kidnapped 4 traders on the same road and wounded 2 guards."
    )
    assert found == [
        (2, "wounded", None),
        (4, "abducted", None),
        (6, "killed", "District police"),
    ]


def test_the_dead_are_a_count_with_a_part_after_among_them():
    """ "the dead are 9 among them 3 women" (a translation with no comma): the count is the
    dead, the count after "among them" a part of it, no death toll of its own (so a 3 taken
    elsewhere never becomes a death toll)."""
    found = figures_found(
        "The rights group said that the dead are 9 among them 3 women. "
        "Gunmen kidnapped 3 farmers near Bakura."
    )
    assert found == [(3, "abducted", None), (9, "killed", "Rights group")]


def test_the_wounded_are_a_count_including_a_part():
    """ "the wounded are 12 including 4 children": the wounded count, its part no figure."""
    found = figures_found("The clinic said that the wounded are 12 including 4 children.")
    assert found == [(12, "wounded", "Clinic")]


def test_a_count_among_them_with_no_count_after_is_still_of_them():
    """ "7 among them were released" (a translation's "parmi eux") is still read as "7 of
    them": only a count right after "among them" keeps the count before."""
    found = figures_found(
        "Gunmen kidnapped 11 farmers near Bakura on Monday. 7 among them were released on "
        "Wednesday."
    )
    assert found == [(7, "freed", None), (11, "abducted", None)]


def _groups(text: str) -> list[tuple[int | None, str, str]]:
    return sorted((f.best, f.victim_group, f.outcome) for f in find_casualty_figures(text))


def test_a_parish_s_catechumens_a_quranic_school_s_pupils_and_a_shrine_s_servants_are_civilians():
    """The reference table's civilian nouns read "catechumens", "almajirai" (a Quranic
    school's pupils) and "khadims" (a shrine's servants)."""
    found = _groups(
        "Three catechumens were killed. Six almajirai were abducted. Two khadims were wounded."
    )
    assert found == [
        (2, "civilians", "wounded"),
        (3, "civilians", "killed"),
        (6, "civilians", "abducted"),
    ]


def test_people_taken_into_the_bush_are_abducted():
    """ "The bandits took 9 of our pupils into the bush": the verb of taking before the count,
    a hide-out after, is an abduction (never a death, the wounded beside it stay wounded);
    "took 40 pupils to the school hall" is no casualty."""
    found = figures_found(
        "In Bakura on Monday the bandits came after prayers and took 9 of our pupils into the "
        "bush. Two guards were wounded. The teacher took 40 pupils to the school hall on "
        "Tuesday."
    )
    assert found == [(2, "wounded", None), (9, "abducted", None)]


def test_a_role_of_a_place_is_missing_is_one_person_missing():
    """ "The catechist of Nanga station is missing since the raid": one person missing, by a
    role a place qualifies (never a death; the wounded beside him stay wounded); "The car of
    Ali is missing" counts no one."""
    found = _groups(
        "The gunmen wounded 3 guards. The catechist of Nanga station is missing since the "
        "raid. The car of Ali is missing."
    )
    assert found == [(1, "civilians", "missing"), (3, "security_forces", "wounded")]
