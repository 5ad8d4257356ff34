"""Extraction rules of the hundred-and-seventy-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import groups_found


def test_wounds_incompatible_with_life_and_employees_of_police():
    """ "2 employees of police received wounds incompatible with life": a translation from
    Russian of officers killed; "liquidated" likewise."""
    found = groups_found(
        "At the checkpoint 3 employees of the traffic police received wounds incompatible "
        "with life. Later 2 gunmen were liquidated near the bridge.",
        "Russia",
    )
    assert (3, "killed", "security_forces") in found
    assert (2, "killed", "militants") in found


def test_irgc_members_are_a_state_force():
    """ "4 IRGC members were killed", "2 members of the IRGC": Iran's Revolutionary Guards."""
    found = groups_found(
        "Rebels said 6 IRGC members were killed at the base near Sardasht.", "Iran"
    )
    assert found == [(6, "killed", "security_forces")]


def test_kolbars_are_civilians_and_a_death_of_cold_is_none():
    """ "9 kolbars killed"; "a kolbar died of cold": no violence's death."""
    found = groups_found("Border guards shot 9 kolbars dead on the heights near Nowsud.", "Iran")
    assert found == [(9, "killed", "civilians")]
    assert groups_found("Two herders died of hypothermia near the pass.", "Iran") == []
