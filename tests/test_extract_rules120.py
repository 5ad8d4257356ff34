"""Extraction rules of the hundred-and-twentieth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_the_communique_of_an_official_of_a_region_with_a_particle_in_its_name():
    """ "The communiqué of the Governor of the Boucle du Mouhoun region gave …": the official
    speaks, his region's name with a particle and its kind after it."""
    found = find_reporter(
        "The statement of the Prefect of the Sidi Bel Abbes province gave 6 civilians killed."
    )
    assert found is not None and found.name == "Prefect of the Sidi Bel Abbes province"


def test_not_located_since_is_missing():
    """ "One client has not been located since the attack": not found since, as "not been
    seen since"."""
    assert figures_found("A herder from Kalla has not been located since the raid.") == [
        (1, "missing", None)
    ]


def test_taken_by_men_armed_is_an_abduction():
    """ "2 agents are taken by men armed": a translation's adjective after its noun."""
    assert figures_found("Three drivers were taken by men armed on the Kalla road.") == [
        (3, "abducted", None)
    ]


def test_a_later_death_in_a_town_s_health_centre_is_not_a_new_event():
    """ "… reported two dead; a third died in Gusau medical centre": where a victim died, not
    another event; the note's two are the three's first count."""
    text = (
        "Kalla, 8 March. Armed men attacked the weekly market. Three traders were killed. "
        "Our flash note of 10 March reported two traders dead; a third died in Gusau medical "
        "centre on 11 March."
    )
    assert figures_found(text) == [(3, "killed", None)]
