"""Extraction rules of the hundred-and-thirty-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_count_from_them_is_a_count_of_them():
    """ "2 from them were found killed": a raw translation's "from" after a count, read as
    "of" them (or of one's own people)."""
    found = figures_found(
        "Bandits kidnapped 4 herders near Gusau on Monday and 2 from them were found killed."
    )
    assert (2, "killed", None) in found
    assert (4, "abducted", None) in found


def test_the_last_of_a_count_who_escaped_is_one_freed():
    """ "… and the third escaped", "the other was released": one freed of those just told."""
    found = figures_found(
        "Gunmen seized 3 traders near Gusau; 2 of them were found dead and the third escaped."
    )
    assert (1, "freed", None) in found
    found = figures_found("Bandits took 2 farmers near Gusau and the other was later released.")
    assert (1, "freed", None) in found


def test_a_worker_by_trade_with_his_name_after_is_one_person():
    """ "The technician Musa was injured", "the guard No. 12 Bala Audu was wounded": a trade,
    then a name with no commas, is one person; a death so told is left to the rules before."""
    assert figures_found("At Gusau the technician Musa was injured by flying glass.") == [
        (1, "wounded", None)
    ]
    assert figures_found("At Gusau the guard No. 12 Bala Audu was wounded by a stray bullet.") == [
        (1, "wounded", None)
    ]


def test_a_body_s_long_name_of_eleven_words_still_speaks():
    """ "The Ministry of Health in the state of the Nile White said …": a translated body's
    name of eleven words before its verb."""
    reporter = find_reporter(
        "The Ministry of Health in the state of the Blue Nile said 4 citizens died."
    )
    assert reporter is not None
    assert reporter.name == "Ministry of Health in the state of the Blue Nile"
