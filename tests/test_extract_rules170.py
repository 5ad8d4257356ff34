"""Extraction rules of the hundred-and-seventieth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

_REBUTTAL = (
    "MINISTRY OF INFORMATION\n\n"
    "Correcting the record on the Kobo events\n\n"
    "CLAIM 1: “Soldiers massacred 40 villagers in Kobo.”\n"
    "Sunrise Radio alleged that 40 villagers were killed by soldiers in Kobo.\n\n"
    "FACT: On March 3, the armed group attacked Kobo. In the operation that followed, 22 "
    "members of the armed group were killed and 9 were captured.\n\n"
    "CLAIM 2: “Troops burned the market at Sirinka.”\n"
    "FACT: The market fire started in a kitchen; no one was hurt.\n\n"
    "CLAIM 3: “The army detains traders.”\n"
    "FACT: The 14 suspects arrested in Woldia were detained on a court warrant.\n"
)


def test_a_rebuttals_facts_are_no_ones_turn():
    """A rebuttal's answers under "FACT: …" (as "MYTH 3:", "REALITY:") are box names, no
    transcript's turns: their figures are the document's own."""
    found = figures_found(_REBUTTAL, country="Ethiopia")
    assert (22, "killed", None) in found
    assert (9, "arrested", None) in found


def test_a_rebuttals_numbered_claim_is_no_speaker():
    """ "CLAIM 1: “…”": a numbered claim's box names no one; its quote is the figure the next
    line gives to its teller, no second figure of its own."""
    found = figures_found(_REBUTTAL, country="Ethiopia")
    assert (40, "killed", "Sunrise Radio") in found
    assert not any(r is not None and r.casefold().startswith("claim") for *_, r in found)
