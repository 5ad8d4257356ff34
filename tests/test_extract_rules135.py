"""Extraction rules of the hundred-and-thirty-fifth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_named_person_taken_by_armed_persons_is_one_abducted():
    """ "Our driver Sani Musa was taken by the unknown armed persons": a person by his name
    taken by armed men (a translation's "armed persons") is one abducted; not by ambulance."""
    assert figures_found(
        "Our driver Sani Musa was taken by the unknown armed persons near Gusau on Friday."
    ) == [(1, "abducted", None)]
    assert figures_found("Our cook Bala was taken by armed men at Gusau market.") == [
        (1, "abducted", None)
    ]
    assert figures_found("Sani Musa was taken by ambulance to the Gusau clinic.") == []


def test_a_ransom_paid_and_he_was_released_frees_the_one_taken():
    """ "The family paid 20,000 dollars and he was released": the one person taken just
    before, freed, though no comma stands before "and" (the sum's comma is none)."""
    found = figures_found(
        "A pharmacist was kidnapped on the Gusau road on Monday. The family paid 20,000 dollars "
        "and he was released on Friday."
    )
    assert (1, "abducted", None) in found
    assert (1, "freed", None) in found


def test_both_came_back_frees_the_two_taken():
    """ "Both came back on Friday", "Both returned home": the two taken just before."""
    for after in ("Both came back on Friday, without the lorry.", "Both returned home on Friday."):
        found = figures_found(f"Bandits seized 2 herders near Gusau on Monday. {after}")
        assert (2, "abducted", None) in found
        assert (2, "freed", None) in found


def test_a_raw_translation_s_was_said_names_its_speaker():
    """ "The police was said 8 youth was arrested": a machine translation's "was said" for
    "said" names who speaks; "It was said …" and "was said to have" name no one."""
    assert find_reporter("The police was said 6 youth was arrested in Gusau.").name == "Police"
    assert (
        find_reporter("The Hisbah was said in its page that its men was captured 3 thieves.").name
        == "Hisbah"
    )
    assert find_reporter("It was said 3 persons were killed in Gusau.") is None
    assert find_reporter("The chief was said to have counted 3 dead in Gusau.") is None
