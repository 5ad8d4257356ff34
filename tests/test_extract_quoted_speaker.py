"""A speaker whose name is set in quotation marks is still the speaker ('The "Ambazonia
Restoration Forces" wrote on Facebook that …'), and a communiqué "read out on radio" is the
sender's, not the channel's. Each expected reporter is read by hand from the text."""

from __future__ import annotations

import pytest

from analysis.extract.reporters import find_reporter


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The "Ambazonia Restoration Forces" wrote on Facebook that their fighters killed '
            "7 soldiers.",
            "Ambazonia Restoration Forces",
        ),
        (
            "In a post, the so-called “Red Dragons” claimed they killed 4 soldiers at Batibo.",
            "Red Dragons",
        ),
        (
            "A communiqué of the Ministry of Interior read out on radio: 9 civilians killed "
            "and 4 wounded in Banibangou.",
            "Ministry of Interior",
        ),
        (
            "Statement of the Army published on Facebook: 12 terrorists neutralised.",
            "Army",
        ),
    ],
)
def test_the_speaker_named_in_quotation_marks_or_by_its_communique(sentence, expected):
    assert find_reporter(sentence).name == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # quoted words are no speaker's name unless a verb of speech follows them
        'He said the "Red Dragons" killed 4 soldiers at Batibo.',
        'Four soldiers were killed near the "Old Market" in Bamenda.',
    ],
)
def test_a_quoted_name_without_its_verb_speaks_for_no_one(sentence):
    found = find_reporter(sentence)
    assert found is None or "Red Dragons" not in found.name and "Old Market" not in found.name
