"""Extraction rules of the hundred-and-tenth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def _groups(text: str, country: str = "Nigeria"):
    found = extract_article(text, published=date(2026, 3, 14), country=country)
    return [
        (f.best, f.outcome, f.victim_group)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    ]


def test_lost_a_limb_with_no_word_before_it_is_no_death():
    """ "2 of them lost legs", "one lost an eye": a part of the body lost, with or without
    "his" or "their" before it, says nothing of a death."""
    found = figures_found(
        "A shell hit the market at Kalla, 9 traders were injured and 2 of them lost legs."
    )
    assert all(outcome != "killed" for _, outcome, _ in found)
    assert (9, "wounded", None) in found


def test_a_chat_export_s_bracketed_time_and_handle_over_the_message():
    """A chat export's "[5-Mar-26 10:02 AM] mya_thu" on a line of its own over the message: the
    header goes, the message (typed in lower case, with no stop) is a sentence of its own, and
    whom it quotes speaks."""
    text = (
        "[5-Mar-26 10:02 AM] mya_thu\n"
        "the rescue team says now 7 villagers dead and 12 injured at Kalla\n\n"
        "[5-Mar-26 10:05 AM] ko_lin\n"
        "so sad\n\n"
        "[5-Mar-26 11:40 AM] mya_thu\n"
        "pray for them\n"
    )
    assert figures_found(text, country="Myanmar") == [
        (7, "killed", "Rescue team"),
        (12, "wounded", "Rescue team"),
    ]


def test_a_unit_named_by_its_number_and_the_time_of_its_statement():
    """ "The 3rd Infantry Brigade statement this morning: …": the unit speaks, its number and
    the time of its statement no bar to reading it."""
    assert figures_found(
        "The 3rd Infantry Brigade statement this morning: it repelled an attack near Kalla, "
        "killed 12 bandits and captured 4."
    ) == [(4, "arrested", "3rd Infantry Brigade"), (12, "killed", "3rd Infantry Brigade")]


def test_touched_by_a_bullet_is_wounded():
    """ "was touched by a lost bullet": a translation's "touché par une balle perdue", hit."""
    assert figures_found("A watchman was touched by a lost bullet at Kalla on Sunday night.") == [
        (1, "wounded", None)
    ]


def test_a_live_chat_s_timed_lines_each_a_message():
    """A live chat's transcript, each line "09:12:05 NAME: …" timed to the second: a message
    typed with no stop does not run on into the next, and one relaying whom it names (in lower
    case) is that speaker's."""
    text = (
        "09:12:05 AGENT: Welcome, how can I help?\n"
        "09:13:10 MUSA K.: my transfer failed ref 88XK\n"
        "09:14:40 AGENT: Sorry for that.\n"
        "09:15:02 MUSA K.: the governor said on radio that 3 teachers are missing since the "
        "attack on Kalla\n"
        "09:16:30 AGENT: Noted.\n"
    )
    assert figures_found(text) == [(3, "missing", "Governor")]
