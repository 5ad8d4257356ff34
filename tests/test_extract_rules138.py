"""Extraction rules of the hundred-and-thirty-eighth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_translated_wire_s_speaker_after_its_verb_and_the_agency_it_told():
    """ "…, informed to the agency local sources", "…, added the sources", "…, reported to the
    agency the mayor of the town, Joao Silva": a translated wire's speaker after its verb."""
    assert (
        find_reporter(
            "Three herders were killed near Kalla on Sunday, informed to the agency local sources."
        ).name
        == "Local sources"
    )
    assert find_reporter("A trader is missing since the raid, added the sources.").name == "Sources"
    found = find_reporter(
        "Five traders were abducted on the Kalla road, reported to the agency the mayor of "
        "the town, Joao Silva."
    )
    assert "Joao Silva" in found.name


def test_achieved_to_escape_is_freed():
    """ "2 of them achieved to escape": a translation's "managed to escape"."""
    assert figures_found(
        "Bandits kidnapped 6 farmers near Gusau on Monday and 2 of them achieved to escape."
    ) == [(2, "freed", None), (6, "abducted", None)]


def test_deads_is_the_dead():
    """ "the police reported 6 deads": a translation's plural of the noun "dead"."""
    assert figures_found("The police reported 6 deads in the attack on Kalla.") == [
        (6, "killed", "Police")
    ]


def test_still_without_news_is_missing():
    """ "4 village chiefs are still without news since the raid": a translation's "sans
    nouvelles", no one has heard from them since."""
    assert figures_found("Two herders remain without news since the raid on Kalla.") == [
        (2, "missing", None)
    ]


def test_advanced_opens_no_speaker_s_name():
    """ "…, advanced the number of 6 deads and said that …": the verb that gives a toll, not
    the name of who said it."""
    found = find_reporter(
        "The provincial police commander, John Banda, at a press conference in Pemba, advanced "
        "the number of 6 deads and said that the situation is calm."
    )
    assert found is None or not found.name.startswith("Advanced")
