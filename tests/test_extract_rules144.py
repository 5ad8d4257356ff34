"""Extraction rules of the hundred-and-forty-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_log_s_numbered_day_is_no_count():
    """ "… shot near Kalla on day 5 and crew workers 3 persons are disappeared": the day a
    log numbers is a date, not people gone missing; "the same day 7 traders" counts them."""
    assert figures_found(
        "The Coast Guard said the boat was shot near Kalla on day 5 and crew workers 3 persons "
        "are disappeared in the sea.",
        "Thailand",
    ) == [(3, "missing", "Coast Guard")]
    assert figures_found("On the same day 7 traders were abducted near Kalla.") == [
        (7, "abducted", None)
    ]
