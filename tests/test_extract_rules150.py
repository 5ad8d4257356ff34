"""Extraction rules of the hundred-and-fiftieth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def test_a_person_noun_used_as_an_adjective_before_its_noun_is_no_person():
    """ "to secure our national territory, a unit has neutralized … 3 bandits": "national"
    describes the territory, nobody counted (a civilian alone, or "a civilian bike rider", is
    still a person)."""
    found = figures_found(
        "In the efforts to secure our national territory, a unit of the army has neutralized, "
        "near Kalla, 3 bandits."
    )
    assert found == [(3, "killed", None)]
    assert (1, "killed", None) in figures_found("Bandits killed a civilian near Kalla.")
    assert (1, "killed", None) in figures_found("Bandits killed a civilian bike rider near Kalla.")


def test_a_document_that_speaks_after_its_verb_names_the_speaker():
    """ "…, precised the communiqué.", "…, indicated Monday a statement of the Ministry of the
    Interior (MOI).": a translated wire's document named after its verb, the day between."""
    assert (
        find_reporter("Two soldiers were wounded near Kalla, precised the communiqué.").text
        == "the communiqué"
    )
    found = find_reporter(
        "Four bandits were arrested, indicated Monday a statement of the Ministry of the "
        "Interior (MOI)."
    )
    assert found.name == "Ministry of the Interior (MOI)"


def test_the_same_source_after_a_document_that_spoke_for_its_issuer():
    """ "…, indicated a statement of the Ministry (MOD). "…", precised the communiqué. … a
    soldier was wounded, added the same source. … according to the same communiqué": each
    "same" is the issuer that spoke just before, paragraph after paragraph."""
    found = extract_article(
        "Two bandits were killed near Kalla, indicated Monday a statement of the Ministry of "
        "Defence (MOD).\n\n"
        '"The army has neutralized near Kalla 2 terrorists and captured 1 other", precised '
        "the communiqué.\n\nDuring this operation a soldier was lightly wounded, added the same "
        "source.\n\nA mine near Tessalit wounded 3 soldiers, according to the same communiqué.",
        published=date(2026, 4, 22),
        country="Mali",
    )
    reporters = {
        f.figure_text: f.reported_by for c in found.candidates for f in c.figures + c.other_figures
    }
    assert reporters["a soldier"] == "Ministry of Defence (MOD)"
    assert reporters["3 soldiers"] == "Ministry of Defence (MOD)"


def test_elements_of_support_to_the_terrorist_groups_are_militants():
    """ "9 elements of support to the terrorist groups were arrested": the groups' helpers,
    though "elements" alone are soldiers in a group's own statements."""
    found = find_casualty_figures("Also, 9 elements of support to the armed groups were arrested.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(9, "militants", "arrested")]


def test_tools_a_seizure_lists_are_no_people():
    """ "seized 12 generators and 8 hammers pneumatic": tools, nobody taken."""
    assert (
        figures_found(
            "Troops seized 12 generators and 8 hammers pneumatic near Kalla, according to the "
            "balance sheet."
        )
        == []
    )


def test_a_count_of_persons_after_the_noun_and_its_outcome():
    """ "the result make the citizen died 2 persons": a translation's order, the persons of
    the group the noun before the outcome names; "the malefactor died 2 persons" militants."""
    found = find_casualty_figures(
        "The result make the citizen died 3 persons and the malefactor died 2 persons."
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [
        (3, "civilians", "killed"),
        (2, "militants", "killed"),
    ]


def test_according_to_a_body_with_no_comma_before_the_news_and_told_as_said():
    """ "According to the station police Kalla the result …": the name ends where "the" opens
    the news; "…, the sheriff of district Kalla told.": "told" with nobody told is "said"."""
    assert (
        find_reporter("According to the district police Kalla the gunmen shot 2 persons.").name
        == "District police Kalla"
    )
    assert (
        find_reporter(
            "Two herders were found safe near Kalla, the sheriff of district Kalla told."
        ).name
        == "Sheriff of district Kalla"
    )
