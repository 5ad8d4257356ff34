"""Extraction rules of the hundred-and-fifty-eighth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_an_adding_word_before_the_speaker_is_no_part_of_it():
    """ "Also the army says …", "Besides, the mayor said …": the adding word before the
    speaker is no part of the speaker's name."""
    assert figures_found("Also the army says 2 of the raiders died.") == [(2, "killed", "Army")]
    assert figures_found("Also the police say 3 guards were hurt at the depot.") == [
        (3, "wounded", "Police")
    ]
