"""Extraction rules of the hundred-and-forty-fifth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import groups_found


def test_a_firms_agents_are_civilians():
    """ "two agents of our company", "three field agents": a firm's or a trade's agents,
    unarmed; "agents" alone stay a translated report's police or security agents."""
    assert groups_found("Gunmen seized 3 agents of the transport company near Kismayo.") == [
        (3, "abducted", "civilians")
    ]
    assert groups_found("Recap: 4 sales agents abducted, 2 released.") == [
        (4, "abducted", "civilians"),
        (2, "freed", "civilians"),
    ]
    assert groups_found("Gunmen killed 3 agents at the checkpoint.") == [
        (3, "killed", "security_forces")
    ]


def test_a_heading_that_announces_another_incident():
    """ "ANOTHER INCIDENT (our cashiers):" on a line of its own, the count on the next: a new
    event opens at the next sentence that counts."""
    from datetime import date

    from analysis.extract import extract_article

    text = (
        "A bomb killed 6 people near the central market. Soldiers arrested 4 suspects.\n\n"
        "ANOTHER INCIDENT (our cashiers):\n"
        "Also 3 cashiers of our shop are taken by men armed near the bridge on Sunday."
    )
    found = extract_article(text, published=date(2026, 3, 14), country="Somalia")
    assert [[f.best for f in c.figures + c.other_figures] for c in found.candidates] == [
        [6, 4],
        [3],
    ]


def test_a_town_hospital_where_a_wounded_one_died_is_no_scene():
    """ "a fourth driver died in Montepuez rural hospital": where one of the wounded later died,
    not where the attack was; the count stays with the attack told before."""
    from datetime import date

    from analysis.extract import extract_article

    text = (
        "Insurgents ambushed a convoy near Balama on 14 October, killing 3 drivers. "
        "A fourth driver died in Montepuez rural hospital on 22 October."
    )
    found = extract_article(text, published=date(2026, 11, 3), country="Mozambique")
    assert len(found.candidates) == 1
