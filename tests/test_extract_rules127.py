"""Extraction rules of the hundred-and-twenty-seventh round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_the_driver_taken_along():
    """ "stopped a lorry and took the driver with them": the vehicle's driver, taken; "took
    the driver to hospital" takes no one."""
    assert figures_found(
        "Gunmen stopped a lorry near Bama and took the driver with them. "
        "The driver was freed unhurt the next morning."
    ) == [(1, "abducted", None), (1, "freed", None)]
    assert figures_found("Soldiers took the driver to hospital in Bama.") == []


def test_a_vehicle_crew_named_and_missing():
    """ "the taxi driver, Mr Sani Bello, is still missing": one person, by the vehicle's crew
    word and a name between commas."""
    assert figures_found("The taxi driver, Mr. Sani Bello, is still missing after the raid.") == [
        (1, "missing", None)
    ]


def test_not_yet_found_at_the_end_of_the_clause():
    """ "two of the herders have not yet been found": still missing when the clause ends
    there; "have not been found guilty" is a court's word; "the other two" with no noun are
    of those told before."""
    assert figures_found("Two of the herders who fled into the bush have not yet been found.") == [
        (2, "missing", None)
    ]
    assert figures_found("Three suspects have not been found guilty of the killing.") == []
    assert figures_found(
        "Gunmen abducted six traders near Gusau. Four were released on Monday; the other two "
        "have not been found."
    ) == [(4, "freed", None), (6, "abducted", None)]


def test_the_driver_named_between_commas_then_what_befell_him():
    """ "The driver, Mr Musa Adamu, was shot dead": the vehicle's driver, named; "The
    driver, Mr Musa Adamu, said …" is a speaker."""
    assert figures_found(
        "A minibus was ambushed near Bama. The driver, Mr. Musa Adamu, was shot dead."
    ) == [(1, "killed", None)]
    assert figures_found("The driver, Mr. Musa Adamu, said the road was empty.") == []
