"""Extraction rules of the hundred-and-eighteenth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def test_a_part_of_a_count_named_by_the_count_alone():
    """ "Two of the four were released": some of the people counted just before, named by
    their count with no noun, with a verb of their own, as "two of them"."""
    assert (3, "freed", None) in figures_found(
        "Bandits seized five traders on the Kalla road. Three of the five were freed on Monday."
    )
    # (a noun after the count names its own people: no part told again)
    assert (1, "freed", None) not in figures_found(
        "Gunmen wounded 12 people at Kalla. One of the 12 injured people was a nurse."
    )


def test_the_one_person_taken_named_by_a_pronoun_is_freed():
    """ "His family paid a ransom, and he was released": the one person taken just before,
    freed, in a clause after another or after a semicolon."""
    found = figures_found(
        "A pharmacist was kidnapped at Kalla on Monday. His brother paid a ransom, and he was "
        "freed three days later."
    )
    assert (1, "freed", None) in found
    found = figures_found("Gunmen seized a herder at Kalla; he was released at dawn.")
    assert (1, "freed", None) in found
    # (more than one taken: "he" is none of a count)
    found = figures_found("Gunmen seized three herders at Kalla; he was released at dawn.")
    assert all(outcome != "freed" for _, outcome, _ in found)


def test_he_informed_that_is_the_person_named_before():
    """ "The mayor, Mr. Ali, briefed the Council. He informed that …": a meeting's record
    of what the person who briefed it said."""
    found = extract_article(
        "Visit to Kalla 1.1 The District Officer of Kalla, Mr. Musa Bello, briefed the Council "
        "on 3 March. He informed that gunmen killed four herders at Kalla on 1 March.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert [f.reported_by for c in found.candidates for f in c.figures] == ["Musa Bello"]


def test_a_release_told_with_its_own_place_joins_the_taking():
    """ "One of them was released on 9 May in Gusau": where people taken before were let go
    is no new event's place; the release stays with the taking."""
    found = extract_article(
        "On 2 May gunmen raided a farm and took three workers away. One of them was released "
        "on 9 May in Gusau.",
        published=date(2026, 5, 14),
        country="Nigeria",
    )
    assert [sorted(f.outcome for f in c.figures + c.other_figures) for c in found.candidates] == [
        ["abducted", "freed"]
    ]
