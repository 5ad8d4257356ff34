"""A liveblog's toll that rises: the one whose death brought the toll up is in the risen toll,
no death of its own ("a third person has died …, bringing the toll … to three"), and the
earlier entry's toll of the same reporter is superseded, "Police confirm two people were
killed" naming the police as a reporter as "Police say" does. Each expected list is worked
out by hand from the text (CONVENTIONS.md: a superseded toll of the same reporter is no
figure; a death explaining a risen toll is a part of it)."""

from __future__ import annotations

from factories import figures_found

LIVEBLOG = """LIVE: Car bomb in Kotido

18:40 - Police say a third person has died at the district hospital, bringing the toll from \
the car bomb to three. The victim was a 58-year-old man.

17:15 - Police say eleven people are being treated for injuries, two of them in a serious \
condition.

16:05 - Police confirm two people were killed in the explosion on Market Street at about \
15:05."""


def test_a_liveblog_s_risen_toll_stands_alone():
    assert figures_found(LIVEBLOG, "Uganda") == [(3, "killed", "Police"), (11, "wounded", "Police")]


def test_a_plural_body_confirming_a_count_is_its_reporter():
    assert figures_found(
        "Police confirm two people were killed in the explosion on Market Street in Kotido.",
        "Uganda",
    ) == [(2, "killed", "Police")]
    # "we can confirm" names no one
    assert figures_found("We can confirm two people were killed in Kotido.", "Uganda") == [
        (2, "killed", None)
    ]


def test_another_death_that_brings_the_toll_up_is_in_it():
    assert figures_found(
        "Another man died of his wounds in hospital in Kotido, bringing the toll to four.",
        "Uganda",
    ) == [(4, "killed", None)]
    # with no toll brought up, another man's death is a death of its own
    assert figures_found("Another man was shot dead in Kotido on Monday.", "Uganda") == [
        (1, "killed", None)
    ]
