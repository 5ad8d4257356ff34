"""Extraction rules of the hundred-and-twelfth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_lettered_note_under_its_heading_names_its_own_speaker():
    """ "REMARKS (b) The district officer says …": the heading in capitals and the note's
    letter are no part of who speaks."""
    found = find_reporter("REMARKS (b) The district officer says 4 herders were killed at Kalla.")
    assert found.name == "District officer"
    assert find_reporter("NOTES (2) Police say 3 traders were shot in Kalla.").name == "Police"


def test_where_and_when_an_account_was_heard_comes_before_its_speaker():
    """ "Radio Dala at 18:30: the police say …": the station and the hour it was heard are no
    speaker; the one named after the colon is."""
    found = find_reporter("Radio Dala at 18:30: the police say 3 traders were shot in Kalla.")
    assert found.name == "Police"


def test_a_note_that_leaves_out_who_says_is_the_person_it_named_before():
    """ "Farmer from Kalla. Says gunmen killed …": the note's speaker is the person its
    sentence before named."""
    found = figures_found(
        "Farmer from Kalla. Says gunmen killed 6 herders near Kalla on Sunday.", "Nigeria"
    )
    assert found == [(6, "killed", "Farmer")]
    found = figures_found(
        "Obs: trader of Kalla calls about his account. Says that 2 guards were killed in Kalla.",
        "Nigeria",
    )
    assert found == [(2, "killed", "trader")]


def test_a_register_row_s_remark_names_its_own_speaker():
    """ "12 | 04/05 | S.K. | Top-up | 200 | Told me the army now says …": the row's cells and
    the "told me" whose subject the remark leaves out are no speaker; the army is."""
    found = find_reporter(
        "12 | 04/05 | S.K. | Top-up | 200 | Told me the army now says 5 rebels were killed."
    )
    assert found.name == "Army"
    assert find_reporter("Told us the governor says 3 pupils were taken.").name == "Governor"
