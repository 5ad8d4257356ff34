"""Extraction rules of the hundred-and-forty-third round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_ledger_entry_number_before_a_dash():
    """ "1190 — The ministry said …", "Job 4473 – The police said …": a ledger's entry opened
    by its number and a dash, no part of the sentence's grammar; the speaker after it reports."""
    assert figures_found(
        "2071 — The Ministry of Defence said 14 militants were killed in Gubio."
    ) == [(14, "killed", "Ministry of Defence")]
    assert figures_found("Order 318 — The state police command said 6 suspects were arrested.") == [
        (6, "arrested", "State police command")
    ]


def test_a_body_that_speaks_after_and_with_no_comma():
    """ "A grenade was thrown at a wedding and the health directorate said seven were
    wounded": a body that speaks in the clause after "and" (no comma before it), in a
    sentence naming no other speaker, reports."""
    assert figures_found(
        "A bomb went off at the bus park in Jos on Friday and the state health directorate "
        "said nine people were wounded."
    ) == [(9, "wounded", "State health directorate")]
    assert figures_found(
        "Gunmen attacked the village on Monday and police said four traders died."
    ) == [(4, "killed", "Police")]
