"""Extraction rules of the hundred-and-thirtieth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_bare_count_after_a_second_verb_at_the_victims_post():
    """ "killed 3 soldiers and injured 7 at their base": the bare count at the victims' own
    post (a base, a checkpoint) is the wounded of the same victims."""
    assert figures_found(
        "Gunmen killed 3 soldiers and injured 7 at their base outside Kalla on Sunday."
    ) == [(3, "killed", None), (7, "wounded", None)]
    assert figures_found("Raiders killed 2 policemen and wounded 5 at the checkpoint.") == [
        (2, "killed", None),
        (5, "wounded", None),
    ]


def test_a_bare_count_with_a_relative_clause_of_its_own():
    """ "received 30 wounded and 4 who were dead on arrival": the bare count's relative clause
    says what befell those it counts."""
    found = figures_found(
        "A car bomb went off near the bus park. The district hospital said it received 30 "
        "wounded and 4 who were dead on arrival."
    )
    assert (4, "killed", "District hospital") in found
    assert (30, "wounded", "District hospital") in found
