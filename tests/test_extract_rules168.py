"""Extraction rules of the hundred-and-sixty-eighth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_the_count_a_notice_replaces_told_in_its_clause_is_no_figure():
    """ "This replaces the count given in its first notice, where the authority reported 2
    dockers killed": the earlier notice's count, replaced, is no figure (never a second
    death beside the new toll)."""
    found = figures_found(
        "The port authority says 4 dockers have been killed. This replaces the count given in "
        "its first notice, where the authority reported 2 dockers killed."
    )
    assert [(n, outcome) for n, outcome, _ in found] == [(4, "killed")]


def test_a_speaker_after_reports_ending_the_sentence_speaks():
    """ "…, reports the local radio station.": a translated report's speaker after its verb."""
    found = find_reporter(
        "Gunmen stopped a lorry near Kibo and seized 9 traders, reports the local radio."
    )
    assert found.name == "Local radio"


def test_an_unnamed_many_after_claimed_ending_the_sentence_speaks():
    """ "…, claimed locals.": the people who told it, after the verb."""
    found = find_reporter(
        "Since Monday night 5 herders have been abducted near Kibo, claimed locals."
    )
    assert found.name == "Locals"


def test_a_linking_word_opening_the_sentence_is_no_speaker_and_a_small_letter_title_is():
    """ "Separately, …, said district police superintendent (SP) Md. Ali Musa.": the linking
    word is no one; the title in small letters and the name (with "Md." no sentence end)
    speak."""
    found = figures_found(
        "Separately, in Kibo 9 persons have been detained on suspicion, said district police "
        "superintendent (SP) Md. Ali Musa."
    )
    assert [(n, outcome) for n, outcome, _ in found] == [(9, "arrested")]
    assert "Ali Musa" in found[0][2]
