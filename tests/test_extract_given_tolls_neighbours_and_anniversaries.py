"""A toll "given" or "listed" straight after its verb ("in the night he gave 7
killed and 11 wounded") is read as after "said"; "neighbours" are civilians; an anniversary's
toll ("One year ago, on 28 November 2024, 34 … were killed", "Two years ago …") is background,
not news; and the speaker's own people counted again, fewer of them, are a part of the first
count ("We count EIGHT of our neighbours dead. … Two of our neighbours died in the
hospital"). Each expected list is worked out by hand from the text."""

from __future__ import annotations

from datetime import date

import pytest
from factories import groups_found

from analysis.extract import extract_article


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Police spokesman Khalid Zadran first said 4 worshippers were killed and 11 wounded "
            "in Kabul; in the night he gave 7 killed and 11 wounded.",
            "Afghanistan",
            [(7, "killed", "unknown"), (11, "wounded", "unknown")],
        ),
        (
            "The governor gives 12 killed and 3 wounded in Kabul.",
            "Afghanistan",
            [(12, "killed", "unknown"), (3, "wounded", "unknown")],
        ),
        (
            "Gunmen attacked Buenaventura on Monday, killing two men. Eleven other neighbours "
            "were wounded, two of them teenagers.",
            "Colombia",
            [(2, "killed", "unknown"), (11, "wounded", "civilians")],
        ),
    ],
)
def test_given_tolls_and_neighbours(text, country, expected):
    assert groups_found(text, country) == expected


def _deaths(text: str, published: date) -> list[tuple[int | None, str]]:
    found = extract_article(text, published=published, country="Central African Republic")
    return [(f.best, f.victim_group) for c in found.candidates for f in c.figures]


@pytest.mark.parametrize(
    "background",
    [
        "One year ago, on 28 November 2024, 34 villagers were killed in Ben-Zambé.",
        "Two years ago 34 villagers were killed in Ben-Zambé.",
    ],
)
def test_an_anniversary_s_toll_is_background(background):
    news = " This month gunmen killed two farmers in Ben-Zambé."
    assert _deaths(background + news, date(2025, 12, 5)) == [(2, "civilians")]


def test_fewer_of_our_own_people_are_a_part_of_the_count():
    text = (
        "We count EIGHT of our neighbours dead in Bossangoa. The police said six people were "
        "killed. Two of our neighbours died in the hospital before dawn."
    )
    deaths = _deaths(text, date(2025, 12, 5))
    assert (8, "civilians") in deaths and (2, "civilians") not in deaths
