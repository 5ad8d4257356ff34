"""Extraction rules of the sixty-sixth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def _name(sentence: str) -> str | None:
    found = find_reporter(sentence)
    return None if found is None else found.name


def test_a_body_named_in_quotes_claims():
    """'The so-called “Hill Front” claimed …': the body in quotes speaks (read, no one)."""
    assert _name(
        "The so-called “Hill Front” claimed on Facebook that its men killed 8 guards."
    ) == ("Hill Front")
    assert _name('The "River Brigade" said it shot down two drones.') == "River Brigade"


def test_a_claim_named_after_the_medium_that_carried_it():
    """'A video attributed to the “X”', 'A statement circulated in the name of the “X”', 'A message
    of X going round on phones says …': the body the medium is of speaks (read, no one)."""
    assert _name("A video attributed to the “Sahel Front” claimed that it killed 9 gendarmes.") == (
        "Sahel Front"
    )
    assert _name(
        "A statement circulated in the name of the “Hill Front” claimed the killing of six guards."
    ) == ("Hill Front")
    assert _name(
        "A message of the Lake Brigade circulating on phones says it killed 5 soldiers."
    ) == ("Lake Brigade")
    assert _name("On a tablet a video of the Lake Brigade saying they killed three rangers.") == (
        "Lake Brigade"
    )


def test_a_communique_read_somewhere_as_a_label_before_the_colon():
    """'The communiqué of the Ministry of Defence read on radio: …' is the ministry's."""
    assert _name(
        "The communiqué of the Ministry of Defence read on Radio Kibo: 3 soldiers killed."
    ) == ("Ministry of Defence")


def test_a_broadcasters_news_by_its_initials_before_a_colon():
    """'NTA evening news: troops killed six bandits' is the broadcaster's; a heading in
    capitals ('BREAKING news:') is nobody."""
    assert _name("NTA evening news: troops killed six bandits near Gusau.") == "NTA"
    assert _name("BREAKING news: six bandits killed near Gusau.") is None


def test_an_outlet_named_by_the_side_it_speaks_for():
    """'A pro-IS channel claimed …' is the channel's (read, no one)."""
    assert _name("A pro-IS channel claimed that fighters killed four policemen.") == (
        "Pro-IS channel"
    )


def test_a_claim_beside_the_offices_own_wounded_and_abducted():
    """An office's notice gives its own wounded and abducted, then a claim in a quoted name:
    the claim's deaths are the body's, the wounded and abducted stay as they are (no death)."""
    text = (
        "On 4 May gunmen attacked our office at Kibo. Two of our clerks were injured and "
        "one driver was abducted.\n\n"
        "A message attributed to the “Hill Front” claimed that its fighters killed 5 soldiers "
        "at Kibo."
    )
    read = extraction_figures(extract_article(text, date(2025, 5, 6), "Nigeria"))
    assert (2, "wounded", None) in read or any(
        f[:2] == (2, "wounded") and f[2] != "Hill Front" for f in read
    )
    assert any(f[:2] == (1, "abducted") for f in read)
    assert (5, "killed", "Hill Front") in read
    assert [f for f in read if f[1] == "killed"] == [(5, "killed", "Hill Front")]


def test_a_minutes_answer_that_names_its_speaker():
    """'The Secretary of Government answered that …' is the secretary's (read, no one), and
    what the police commander 'had reported' inside it stays with the secretary's answer."""
    assert _name("The Secretary of Government answered that four farmers were killed.") == (
        "Secretary of Government"
    )
    assert _name("The Mayor answered that two guards were wounded and one clerk abducted.") == (
        "Mayor"
    )
    found = extraction_figures(
        extract_article(
            "The Mayor answered that two guards were wounded and one clerk was abducted at "
            "Kibo on Monday.",
            date(2025, 5, 6),
            "Nigeria",
        )
    )
    assert found == [(1, "abducted", "Mayor"), (2, "wounded", "Mayor")]
