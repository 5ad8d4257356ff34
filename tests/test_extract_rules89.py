"""Extraction rules of the eighty-ninth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures

DAY = date(2026, 3, 14)


def test_a_count_carried_away_after_a_killing_is_abducted():
    """ "they killed 5 farmers and carried 14 people away": the count between "carried" and
    "away" was taken, not killed with the verb before; the wounded or dead carried away to a
    clinic stay what they were."""
    found = figures_found(
        "Gunmen raided Dansadau on Monday. They killed 5 farmers and carried 14 people away."
    )
    assert found == [(5, "killed", None), (14, "abducted", None)]
    found = figures_found("Gunmen raided Dansadau on Monday. They led 6 women off into the forest.")
    assert found == [(6, "abducted", None)]
    found = figures_found(
        "Gunmen raided Dansadau on Monday. Neighbours took 3 injured people away to the clinic."
    )
    assert found == [(3, "wounded", None)]
    found = figures_found(
        "Gunmen raided Dansadau on Monday. They took 3 people away with them: a teacher and "
        "two boys."
    )
    assert found == [(3, "abducted", None)]


def test_bodies_found_after_a_dash_behind_a_corrected_toll_are_part_of_it():
    """ "7 herders were killed, not 5 — two bodies found in the river": the bodies are why
    the toll rose, some of the seven; after a wounded count they stay a figure of their own,
    and no wounded count becomes a death."""
    found = find_casualty_figures(
        "The chief now says 7 herders were killed, not 5 — two bodies found in the river."
    )
    assert [(f.best, f.outcome) for f in found] == [(7, "killed")]
    found = find_casualty_figures("7 herders were killed; two bodies found near the well.")
    assert [(f.best, f.outcome) for f in found] == [(7, "killed")]
    found = find_casualty_figures("4 herders were wounded — two bodies found in the river.")
    assert sorted((f.best, f.outcome) for f in found) == [(2, "killed"), (4, "wounded")]


def test_a_person_named_as_one_of_a_group_befallen_is_no_count():
    """ "the burial of her son, one of the soldiers killed at the bridge": who one of a toll
    was, neither the son nor the one a death; the same for one of the abducted (never a
    death), and a count told before it stays what it was."""
    found = find_casualty_figures(
        "She sold the radio to pay for the burial of her son, one of the soldiers killed "
        "at the bridge."
    )
    assert found == []
    found = find_casualty_figures(
        "He asked about his nephew, one of the traders abducted on the road to the market."
    )
    assert found == []
    found = find_casualty_figures(
        "Her son, one of the guards wounded at the gate, says 5 herders were abducted."
    )
    assert [(f.best, f.outcome) for f in found] == [(5, "abducted")]


def _reported(text: str, country: str = "Burkina Faso") -> list[tuple]:
    found = extract_article(text, published=DAY, country=country)
    return sorted(
        (f.best, f.outcome, f.reported_by)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    )


def test_a_speaker_with_an_aside_on_where_they_spoke_who_gave_the_count():
    """ "The prefect of the province, speaking on the radio at noon, gave 14 civilians killed
    and 6 wounded": the prefect's (as "said" after the aside already was); a place before
    the aside names no one, and the wounded stay wounded."""
    found = _reported(
        "Gunmen attacked Gorom-Gorom on Monday. The prefect of Oudalan, speaking on the radio "
        "at noon, gave 14 civilians killed and 6 wounded."
    )
    assert found == [(6, "wounded", "Prefect of Oudalan"), (14, "killed", "Prefect of Oudalan")]
    found = _reported(
        "Gunmen attacked Gorom-Gorom on Monday. In Gorom-Gorom, speaking on the radio, gave "
        "14 civilians killed."
    )
    assert found == [(14, "killed", None)]


def test_it_says_after_a_note_that_opens_on_a_body_s_statement():
    """ "Police statement on the raid on the market. It says 2 officers were killed and 5
    were wounded": "it" is the statement's body; a statement no body is named for leaves the
    figures in the document's own voice."""
    found = _reported(
        "Gunmen attacked Gorom-Gorom on Monday. Notes: Gendarmerie press release on the raid "
        "on the market. It says 2 gendarmes were killed and 5 were wounded."
    )
    assert found == [(2, "killed", "Gendarmerie"), (5, "wounded", "Gendarmerie")]
    found = _reported(
        "Gunmen attacked Gorom-Gorom on Monday. A statement on the raid on the market. It "
        "says 2 gendarmes were killed."
    )
    assert found == [(2, "killed", None)]
