"""Extraction rules of the hundred-and-sixty-first round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_numbered_incident_heading_of_its_own_opens_another_event():
    """ "Incident 2: Gusau-Tsafe road, 6 May 2025" as a paragraph of its own, naming its place
    and day: the form's second incident, whose one dead is not the first incident's one."""
    text = (
        "FORM 3: INCIDENT REPORT\n\n"
        "Incident 1: Gusau market, night of 3-4 May 2025\n\n"
        "At about 02:00 armed men broke into the market. One watchman was shot dead.\n\n"
        "Incident 2: Gusau-Tsafe road, 6 May 2025\n\n"
        "A truck carrying maize to Tsafe was ambushed 20 km from Gusau. The driver was killed."
    )
    assert figures_found(text) == [(1, "killed", None), (1, "killed", None)]


def test_a_guard_of_a_guard_company_is_a_civilian():
    """ "employees of a private guard company … one guard was shot dead": a firm's hired
    guard, a civilian, not a state force's man."""
    text = (
        "The two guards of the depot, employees of a guarding firm, were attacked in Kalla: "
        "one guard was shot dead."
    )
    assert groups_found(text) == [(1, "killed", "civilians")]
