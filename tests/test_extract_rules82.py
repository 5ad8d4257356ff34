"""Extraction rules of the eighty-second round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.places import find_places


def test_a_number_after_no_is_an_item_number_not_a_count():
    """ "The family of detainee No. 2 is unharmed": the detainee's number, no figure; the
    commission's 6 killed stay, the 2 abducted stay abducted."""
    read = extraction_figures(
        extract_article(
            "The commission said 6 civilians were killed in the strike on Gondar. Gunmen "
            "abducted 2 traders on the road. The family of detainee No. 2 lives nearby and "
            "is unharmed.",
            date(2025, 3, 12),
            "Ethiopia",
        )
    )
    assert read == [(2, "abducted", None), (6, "killed", "Commission")]


def test_a_number_after_number_or_hash_is_an_item_number_too():
    """ "cell number 3" and "room #4" beside a death are no counts of their own."""
    read = extraction_figures(
        extract_article(
            "Police said 5 prisoners were wounded in the riot in Kaduna. The guard of cell "
            "number 3 and the nurse of room #4 were unharmed.",
            date(2025, 3, 12),
            "Nigeria",
        )
    )
    assert read == [(5, "wounded", "Police")]


def test_a_police_station_named_by_its_place_places_the_attack():
    """ "the attack on Police Station Paharpur": the station's place is Paharpur."""
    names = [p.name for p in find_places("after the attack on Police Station Paharpur at night")]
    assert names == ["Paharpur"]


def test_a_later_toll_of_the_same_officer_replaces_the_first_at_a_station_named_by_place():
    """The first toll told of the attack on "Police Station X", the officer's "now says" of
    "the X attack" the next day: one event, the later toll replaces the earlier; the 2
    wounded stay wounded and the earlier 2 killed is no further figure (never a death beside
    a wounded count of the same number)."""
    read = extraction_figures(
        extract_article(
            "Monday 9-11-2026\n- The SHO Akbar Khan said 2 policemen were martyred and 4 "
            "injured in the attack on Police Station Paharpur.\n\nTuesday 10-11-2026\n- SHO "
            "Akbar Khan now says 3 policemen were martyred in the Paharpur attack. Rescue "
            "1122 said 2 passers-by were wounded.",
            date(2026, 11, 12),
            "Pakistan",
        )
    )
    assert (2, "killed", "Police (SHO Akbar Khan)") not in read
    assert (3, "killed", "Police (SHO Akbar Khan)") in read
    assert (4, "wounded", "Police (SHO Akbar Khan)") in read
    assert any(value == 2 and outcome == "wounded" for value, outcome, _ in read)


def test_a_bare_count_after_its_verb_placed_in_a_market_is_people():
    """ "killed 4 civilians and injured 11 in the cattle market": the 11 are wounded people
    (where they were after the number); the 4 killed stay the only death."""
    read = extraction_figures(
        extract_article(
            "The mortar attack on Jowhar killed 4 civilians and injured 11 in the cattle "
            "market, police said.",
            date(2025, 3, 12),
            "Somalia",
        )
    )
    assert read == [(4, "killed", "Police"), (11, "wounded", "Police")]


def test_the_last_part_of_a_file_code_is_no_count():
    """ "the 5 accused in case KRT/HC/027 were arrested": the file's number after a
    slash-joined code is no count of people arrested (27 would be a figure of its own)."""
    read = extraction_figures(
        extract_article(
            "The 5 accused in case KRT/HC/027 were arrested by police near Jowhar.",
            date(2025, 3, 12),
            "Somalia",
        )
    )
    assert all(value != 27 for value, _, _ in read)
