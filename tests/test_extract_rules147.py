"""Extraction rules of the hundred-and-forty-seventh round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def test_the_same_body_is_the_one_named_before_with_that_word():
    """ "According to the same command, …": the body last named with that word (the command
    that gave the toll before), not the words "Same command"."""
    assert figures_found(
        "The regional police command put the toll at 4 dead in Kalla. A nurse said 7 were "
        "hurt. According to the same command, 31 people were arrested."
    ) == [
        (4, "killed", "Regional police command"),
        (7, "wounded", "Nurse"),
        (31, "arrested", "Regional police command"),
    ]


def test_the_number_of_arrests_put_at_a_count():
    """ "Local authorities put the number of arrests at 20": a count of the people taken, by
    the word for what was done to them (abductions, hostages, the missing too)."""
    assert figures_found("The mayor put the number of arrests at 23 after the riot in Kalla.") == [
        (23, "arrested", "Mayor")
    ]
    assert figures_found("The elders put the number of people abducted at 12 in Kalla.") == [
        (12, "abducted", "Elders")
    ]


def test_a_toll_advanced_names_its_speaker():
    """ "The civil protection advanced a toll of 10 dead": a count put forward (a translation's
    "avancé un bilan"), its speaker who advanced it; troops that advanced speak of nothing."""
    assert figures_found(
        "The Office of Civil Protection advanced the balance sheet of 8 dead in Kalla."
    ) == [(8, "killed", "Office of Civil Protection")]
    assert figures_found("The troops advanced on Kalla and killed 6 rebels.") == [
        (6, "killed", None)
    ]


def test_of_which_some_were_freed():
    """ "6 farmers were kidnapped, of which 3 were released": a translation's "dont" for
    "of whom", the freed a new outcome of their own, not a part of the count."""
    assert figures_found(
        "Bandits kidnapped 8 traders near Kalla on Monday, of which 5 were released on Friday."
    ) == [(5, "freed", None), (8, "abducted", None)]


def test_some_of_them_freed_after_an_opening_of_when_the_count_stands():
    """ "As of this morning, 9 of them have regained freedom": the comma closes when the count
    stands ("as of", "up to", "since"), no figure the part is taken from."""
    assert figures_found(
        "Gunmen seized 11 pupils in Kalla. As of this evening, 6 of them were released."
    ) == [(6, "freed", None), (11, "abducted", None)]


def test_returned_through_a_go_between_is_freed():
    """ "3 of the abducted girls were returned through the chiefs": handed back by a
    go-between, freed."""
    assert figures_found(
        "Raiders abducted 10 women at Kalla. 4 of them were returned via the elders on Monday."
    ) == [(4, "freed", None), (10, "abducted", None)]


def test_a_numbered_subsection_heading_in_capitals_places_its_sentences():
    """ "2.3 BRIA (Haute-Kotto) — 06 NOV.": a numbered subsection's heading, its place in
    capitals, places the sentences under it (each subsection its own event)."""
    found = extract_article(
        "WEEKLY SUMMARY\n\n"
        "2.1 GUSAU (Zamfara) — 04 MAR. Gunmen killed 5 farmers at a market.\n\n"
        "2.2 KATSINA (Katsina) — 05 MAR. Police arrested 9 suspects in a raid.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert sorted(
        sorted(f.best for f in [*c.figures, *c.other_figures]) for c in found.candidates
    ) == [[5], [9]]


def test_a_university_level_is_no_count():
    """ "a Level 300 student was shot dead": a university's year of study, no count; the one
    student is."""
    assert figures_found(
        "A Level 200 student of Law was shot dead in the hostel and 3 others were injured."
    ) == [(1, "killed", None), (3, "wounded", None)]


def test_a_bare_count_that_became_wounded():
    """ "16 persons became martyred and 22 became injured": a translation's "became" before
    what befell a bare count, as "were"."""
    assert figures_found(
        "Gunmen fired on a van in Kalla in which 5 persons became martyred and 8 became injured."
    ) == [(5, "killed", None), (8, "wounded", None)]


def test_confirmed_in_a_release_at_the_end_names_its_speaker():
    """ "…, the Vice-Chancellor confirmed in a release.": how the one who speaks confirmed it,
    told after the verb at the sentence's end."""
    assert figures_found(
        "During the raid, a student of Law was shot dead and 2 others were wounded, the rector "
        "confirmed in a release."
    ) == [(1, "killed", "Rector"), (2, "wounded", "Rector")]
