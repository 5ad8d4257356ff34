"""Extraction rules of the hundred-and-seventeenth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def test_a_report_s_line_naming_who_produces_it_is_its_voice():
    """ "This report is produced by the Kibo Cluster in collaboration with partners.": the
    figures it gives in its own voice are that body's."""
    found = figures_found(
        "KIBO\nFlash Update No. 3\n\nThis report is produced by Kibo Relief Network in "
        "collaboration with local partners.\n\nOn 3 May four farmers were killed near Kalla.",
    )
    assert found == [(4, "killed", "Kibo Relief Network")]


def test_a_research_centre_atop_its_incident_database_is_its_voice():
    """ "Kibo Conflict Research Centre" over "INCIDENT DATABASE - EXTRACT": the centre's own
    extract, whose figures quoting nobody are the centre's."""
    found = figures_found(
        "Kibo Conflict Research Centre\nINCIDENT DATABASE - EXTRACT\n\n"
        "In the week at least 12 people were killed in Kalla district.",
    )
    assert found == [(12, "killed", "Kibo Conflict Research Centre")]


def test_the_sources_a_document_cites_are_no_one():
    """ "Figures are as reported by the sources cited": the document's note, no speaker."""
    assert find_reporter("Figures are as reported by the sources cited.") is None
    assert find_reporter("All figures are as reported by the sources listed below.") is None


def test_said_a_person_with_a_particle_and_a_title():
    """ "…, said Omar al-Barghouti, a member of the town's council, which …": the person, with
    the particle of the surname, and the title without the council's own clause."""
    found = find_reporter(
        "Four were freed on Monday, said Omar al-Barghouti, a member of the town's council, "
        "which arranged the talks."
    )
    assert found.text == "Omar al-Barghouti, a member of the town's council"


def test_a_verb_with_its_object_after_and_is_no_second_noun():
    """ "arrested 14 villagers and accused them of …": "accused" a verb here, not a second
    group of the same number."""
    found = find_casualty_figures(
        "Soldiers arrested 14 villagers and accused them of hiding the rebels."
    )
    assert [(f.best, f.outcome, f.victim_group) for f in found] == [(14, "arrested", "civilians")]


def test_the_same_source_with_a_word_of_its_kind_is_the_source_of_that_kind():
    """ "… according to residents. Per the same police source, …": the police source named
    before, not the residents who spoke last."""
    found = figures_found(
        "A police source said 2 officers were killed near Kalla. A trader also died, "
        "according to residents. Per the same police source, 6 suspects were arrested.",
    )
    assert (6, "arrested", "Police source") in found


def test_a_hospital_s_intake_over_several_days_is_the_total():
    """ "The clinic received 27 wounded patients from Kalla and Dori between 4 and 7 May": a
    count over several days and places, the total of the events, not one attack's."""
    from datetime import date

    from analysis.extract import extract_article

    found = extract_article(
        "On 4 May gunmen attacked Kalla, killing 5 villagers, the mayor said.\n\n"
        "On 6 May gunmen attacked Dori, killing 3 traders, the mayor said.\n\n"
        "The district clinic received 27 wounded patients from Kalla and Dori between 4 and "
        "7 May, according to the clinic.",
        published=date(2026, 5, 9),
        country="Mali",
    )
    assert [f.best for f in found.other_totals] == [27]
