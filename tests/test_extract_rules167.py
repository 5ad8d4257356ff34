"""Extraction rules of the hundred-and-sixty-seventh round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_one_who_just_called_the_writer_is_the_he_says_next():
    """ "The village chief of Kalla just called me. He says …": the caller is the one who
    speaks next in the paragraph."""
    found = figures_found(
        "The village chief of Kalla just called me. He says gunmen killed six farmers near "
        "the river."
    )
    assert (6, "killed", "Village chief of Kalla") in found
