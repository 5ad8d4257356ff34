"""Extraction rules of the hundred-and-forty-first round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.places import find_places


def test_the_keeper_s_own_people_taken_by_attackers_who_came():
    """ "Bandits came to the farm and took our 4 herders": "our" between the verb and the
    count, and attackers who came to a place before they took, are a taking."""
    assert figures_found("Bandits came to the farm near Gusau and took our 4 herders.") == [
        (4, "abducted", None)
    ]
    assert (
        figures_found("The nurses came to the camp near Gusau and took our 4 wounded away.") == []
    )


def test_a_count_taken_with_the_one_named_before_it():
    """ "was kidnapped with her 2 children" is three people taken; "took our 3 loaders and the pump
    operator" is four (a trade in the singular after "and the")."""
    assert figures_found("Our trader Hauwa was abducted with her 4 children near Gusau.") == [
        (5, "abducted", None)
    ]
    assert figures_found(
        "Gunmen ambushed our lorry near Gusau and took our 3 loaders and the pump operator."
    ) == [(4, "abducted", None)]
    assert figures_found(
        "Gunmen ambushed our lorry near Gusau and took our 3 loaders and the maize."
    ) == [(3, "abducted", None)]


def test_they_were_let_go_frees_all_those_taken_just_before():
    """ "… took 4 herders. They were let go the next day": the four freed; those arrested and
    then released are freed too (a release from custody is one, as "granted bail" is), but
    those arrested do not "come back home"."""
    assert figures_found(
        "Bandits came to the farm near Gusau and took 4 herders. "
        "Mon 9: They were let go the next day."
    ) == [(4, "abducted", None), (4, "freed", None)]
    assert figures_found("Police arrested 4 youths near Gusau. They were released on bail.") == [
        (4, "arrested", None),
        (4, "freed", None),
    ]
    assert figures_found("Police arrested 4 youths near Gusau. They have since returned home.") == [
        (4, "arrested", None)
    ]


def test_a_road_named_of_the_town_it_leads_to_places_the_event():
    """ "kidnapped on the road of Gusau" (a translation's "route de"); not "on the road to", the
    road's far end."""
    assert [p.text for p in find_places("She was kidnapped on the road of Gusau.", "NGA")] == [
        "Gusau"
    ]
    assert find_places("He was released on the highway to Gusau.", "NGA") == []
