"""Extraction rules of the hundred-and-twenty-ninth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def test_clients_of_a_business_are_civilians():
    """ "Three clients of the savings group were killed", "Five clients were abducted": a
    business's or a lender's clients, civilians."""
    assert figures_found(
        "Armed men attacked the weekly market in Gusau. Three clients of the savings group"
        " were killed."
    ) == [(3, "killed", None)]
    found = extract_article(
        "Five clients were abducted on the road to Tsafe on Monday.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert [
        (f.best, f.victim_group) for c in found.candidates for f in [*c.figures, *c.other_figures]
    ] == [(5, "civilians")]


def test_a_numbered_item_opening_on_its_place_and_day_is_its_own_event():
    """ "3.2 Tsafe, 12 November." under a report's numbered section: the item's place and day
    (its year the report's), what it tells next its own event, not the item's before."""
    text = (
        "3. EVENTS\n\n"
        "3.1 The governor gave 14 civilians killed in the Gusau market attack.\n\n"
        "3.2 Tsafe, 12 November. Five clients were abducted on the road to the farms; two were"
        " freed on 19 November.\n"
    )
    found = extract_article(text, published=date(2026, 11, 30), country="Nigeria")
    events = [sorted(f.outcome for f in [*c.figures, *c.other_figures]) for c in found.candidates]
    assert ["abducted", "freed"] in events
    assert ["abducted", "freed", "killed"] not in events


def test_a_body_in_small_letters_at_its_place_speaks_for_its_own_clause():
    """ "The LGA chairman said nine villagers were abducted, and police in Tsafe said four men
    were arrested": each clause its own speaker, the second a body in small letters named by
    its place."""
    assert figures_found(
        "Bandits raided a farm near Gusau. The Tsafe LGA chairman said nine villagers were"
        " abducted that night, and police in Tsafe said four suspected collaborators have"
        " since been arrested."
    ) == [(4, "arrested", "Police in Tsafe"), (9, "abducted", "Tsafe LGA chairman")]


def test_people_counted_by_what_befell_their_kin_are_no_figure():
    """ "31 clients whose relatives were detained": those counted are not the detained (their
    kin are, uncounted); a figure after it in the sentence is still read."""
    assert figures_found(
        "Gunmen raided Gusau last month. Three farmers whose sons were abducted came to the"
        " office, and two farmers were killed."
    ) == [(2, "killed", None)]
