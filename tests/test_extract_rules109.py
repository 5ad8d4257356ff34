"""Extraction rules of the hundred-and-ninth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.normalise import normalise


def _found(text: str, country: str = "Nigeria"):
    found = extract_article(text, published=date(2026, 3, 14), country=country)
    figures = [f for c in found.candidates for f in [*c.figures, *c.other_figures]]
    return found, figures


def test_a_header_line_naming_the_body_that_issues_the_page():
    """ "Snapshot No. 3 | Issued by the Coastal Relief Forum (CRF) | 2 May 2026": the body
    issues the page, its sentences that quote nobody are its own."""
    text = (
        "NIGERIA: Coastal States\n"
        "Access Snapshot No. 3 | Issued by the Coastal Relief Forum (CRF) | 2 May 2026\n\n"
        "Gunmen killed two drivers of a relief convoy near Kurmin on 28 April."
    )
    assert normalise(text).issuer == "Coastal Relief Forum (CRF)"
    assert figures_found(text) == [(2, "killed", "Coastal Relief Forum (CRF)")]


def test_a_count_of_the_attacks_described_below_is_a_total():
    """ "Two drivers were killed … in the two attacks … described below", among a note's
    highlights before either attack is told: the page's total, not the first attack's."""
    text = (
        "NIGERIA: Zamfara State\nAccess Note No. 2 | March 2026\n\nHIGHLIGHTS\n"
        "- 12 access incidents reported in March.\n"
        "- Two drivers were killed in the two attacks on relief convoys described below.\n\n"
        "KEY INCIDENTS\n\n1. Ambush near Kalla, 3 March\nGunmen killed a driver at Kalla.\n\n"
        "2. Ambush near Gusau, 9 March\nGunmen killed a driver at Gusau."
    )
    found, _ = _found(text)
    assert [(f.best, f.outcome) for f in found.totals] == [(2, "killed")]


def test_men_not_accounted_for_are_missing():
    """ "three of the guards had not been accounted for": still unfound, missing."""
    assert (3, "missing", None) in figures_found(
        "Three of the guards had not been accounted for since the raid on Kalla."
    )


def test_his_men_told_by_the_commander_of_a_force_beside_the_state():
    """ "one of his men was killed", told by the leader of a VDP unit or the commander of a
    police post: the state's side; his word is no perpetrator's claim."""
    _, figures = _found(
        "The leader of a VDP unit in Djibo said two of his men were killed and another was "
        "wounded when the gunmen struck.",
        country="Burkina Faso",
    )
    assert [(f.best, f.outcome, f.victim_group) for f in figures] == [
        (2, "killed", "security_forces"),
        (1, "wounded", "security_forces"),
    ]
    assert not any(f.perpetrator_claim for f in figures)
    # a bystander's word of someone else's men stays unknown
    _, figures = _found("Villagers said the gang leader lost two of his men near Kalla.")
    assert all(f.victim_group != "security_forces" for f in figures)


def test_fighters_of_the_unit_a_state_auxiliary_s_commander_speaks_for():
    """ "five fighters from the battalion holding the post were killed and two wounded", told
    by a CJTF commander: the men of his unit, the state's side (the elided count too)."""
    _, figures = _found(
        "A CJTF commander said five fighters from the battalion holding the post were killed "
        "and two wounded in Kalla."
    )
    assert [(f.best, f.outcome, f.victim_group) for f in figures] == [
        (5, "killed", "security_forces"),
        (2, "wounded", "security_forces"),
    ]


def test_the_same_sources_take_up_the_sources_named_before():
    """ "…, the same sources added": the sources the sentence before named."""
    text = (
        "Gunmen abducted six traders near Kalla on Monday, local sources said. Two of the "
        "traders were released on Wednesday, the same sources added."
    )
    assert (2, "freed", "Local sources") in figures_found(text)


def test_a_sentence_runs_on_over_a_page_s_foot_and_head():
    """A page's foot ("example.org/reports    1", the web address and the page's number) and
    the next page's running head ("… MONITOR    Weekly Overview") dropped; the sentence cut
    on an acronym ("according to UN" / "sources.") runs on across them."""
    text = (
        "FIELD MONITOR                          Weekly Overview\n\n"
        "Gunmen killed four farmers near Kalla on 3 May, according to UN\n\n"
        "fieldmonitor.example/west                                 1\n\n"
        "FIELD MONITOR                          Weekly Overview\n\n"
        "sources. No group claimed the attack."
    )
    assert "according to UN sources." in normalise(text).text
    assert figures_found(text) == [(4, "killed", "UN sources")]
