"""Extraction rules of the hundred-and-eighth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from analysis.extract import extract_article
from analysis.extract.normalise import normalise


def test_a_statement_by_a_long_office_title_then_its_holder_names_both():
    """ "Statement by the Deputy Envoy for the Great Lakes, Mr. Tomas Berg": the
    holder speaks in it, named by the office too ("my Office documented …")."""
    text = (
        "Security Council\n\nStatement by the Deputy Envoy for the Great Lakes, "
        "Mr. Tomas Berg\n\nNew York, 3 May 2026\n\nMy Office documented that 7 civilians were "
        "killed in Kalla on 1 May.\n"
    )
    assert normalise(text).issuer == "Deputy Envoy for the Great Lakes Tomas Berg"


def test_a_thread_s_numbered_posts_speak_for_their_poster():
    """ "The regional governor, Tomas Berg, gave the toll in a series of posts" over "1/3 …",
    "2/3 …": every sentence of each post is his where it quotes nobody."""
    found = extract_article(
        "The regional governor, Tomas Berg, gave the toll on Monday in a series of posts on X. "
        "We reproduce them below.\n\n"
        "1/3 The government informs the public of the following toll.\n\n"
        "2/3 In Kalla, gunmen attacked the market on Sunday. Four traders were killed.\n\n"
        "3/3 Calm has returned.\n",
        published=date(2026, 5, 5),
        country="Somalia",
    )
    figures = [f for c in found.candidates for f in c.figures]
    assert figures and all(f.reported_by == "Tomas Berg" for f in figures)
