"""Who gives a figure when a relative clause stands between the speaker and its verb ("The
Kenya Red Cross, which took the injured to hospital, has said nine people were injured"), and
when a second speaker named in small letters follows ("Police said 7 farmers were kidnapped
…, and the chief of the locality said that 4 were freed"): each figure keeps its own speaker.
Figures are listed by value. Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import figures_found


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "The Kenya Red Cross, which took the injured to hospital, has said nine people were "
            "injured in the attack near Witu.",
            "Kenya",
            [(9, "wounded", "Kenya Red Cross")],
        ),
        (
            "Police said 7 farmers were kidnapped at Kiwanja on Thursday, and the chief of the "
            "locality said that 4 were freed on Saturday.",
            "DR Congo",
            [(4, "freed", "Chief of the locality"), (7, "abducted", "Police")],
        ),
    ],
)
def test_each_figure_keeps_its_own_speaker(text, country, expected):
    assert figures_found(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # the people a relative clause tells of are no speakers
        (
            "Gunmen, who came on motorcycles, killed 5 villagers near Bafut.",
            "Cameroon",
            [(5, "killed", None)],
        ),
        # one speaker for both counts when no other speaks
        (
            "Police said 7 farmers were kidnapped at Kiwanja on Thursday, and 4 were freed on "
            "Saturday.",
            "DR Congo",
            [(4, "freed", "Police"), (7, "abducted", "Police")],
        ),
    ],
)
def test_no_speaker_in_a_relative_clause_and_one_speaker_for_both(text, country, expected):
    assert figures_found(text, country) == expected
