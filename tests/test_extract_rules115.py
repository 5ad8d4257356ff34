"""Extraction rules of the hundred-and-fifteenth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_a_source_by_a_common_noun_before_a_colon_speaks_for_what_follows():
    """ "Local sources in Kalla: …", "A medical source: …", "The Joint Command media: …": the
    source before the colon, where it is no part of its name; a post's tag and bar before it
    are no part of it either."""
    found = figures_found(
        "Breaking | Local sources in Kalla: 4 traders were killed and 9 wounded at the market.",
        "Yemen",
    )
    assert found == [(4, "killed", "Local sources"), (9, "wounded", "Local sources")]
    assert find_reporter("A medical source: two boys injured by a mine near Kalla.").name == (
        "Medical source"
    )
    found = find_reporter("The Coastal Command media: 5 infiltrators captured near Kalla.")
    assert found.name == "Coastal Command media"


def test_a_body_s_statement_that_says_names_the_body():
    """ "We ran a police statement saying …": the body whose statement says, in a sentence that
    names no speaker."""
    found = find_reporter(
        "On Monday we ran an NDF statement saying troops had killed 6 rebels near Kalla."
    )
    assert found.name == "NDF"


def test_a_body_s_own_toll_names_the_body():
    """ "the police toll of 12 dead", "The army figure was that …": a count named as the
    body's own."""
    found = find_reporter("The desk had the police toll of 7 dead and 15 injured on file.")
    assert found.name == "Police"
    found = find_reporter("The army figure, given late at night, was that 9 rebels died.")
    assert found.name == "Army"


def test_a_thing_counted_with_a_person_s_ending_is_no_victim():
    """ "arrested three men with 12 detonators": a detonator, a generator, a launcher are
    things, whatever their ending."""
    found = figures_found("Police arrested three men with 12 detonators near Kalla.")
    assert found == [(3, "arrested", None)]


def test_a_force_named_like_a_person_is_the_it_that_speaks_next():
    """ "The National Guard said … Three more were arrested, it said": a force's name of two
    capitalised words ("National Guard") is no person's, so "it" is the force, not the body
    that spoke before it."""
    found = figures_found(
        "The Kalla clinic said it had treated five people.\n\n"
        "The National Guard said two gunmen died near Dori. Three more were arrested, it said.",
        "Mexico",
    )
    assert (3, "arrested", "National Guard") in found
