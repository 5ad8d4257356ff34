"""Extraction rules of the seventy-first round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_one_person_named_as_one_of_a_group_told_by_its_outcome_is_no_count():
    """'The report named the guard as one of the miners killed': who he is (or was taken for),
    no toll of one; a count of the group beside it stays."""
    assert (
        sentence_outcomes(
            "Our report named the man in the photograph as one of the miners killed in Kolwezi."
        )
        == []
    )
    assert sentence_outcomes("She was one of the nurses abducted from the clinic in May.") == []
    # "one of the miners was killed": a count of its own
    assert sentence_outcomes("One of the miners was killed in Kolwezi.") == [(1, "killed")]
    # a wounded figure next to the pattern stays wounded; the one is no death
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a checkpoint in Kolwezi on Sunday. A caption described the "
            "officer as one of the policemen killed there; he was unhurt. Police said two "
            "officers were killed and one wounded.",
            date(2025, 2, 6),
            "DR Congo",
        )
    )
    assert [f for f in read if f[1] == "killed"] == [(2, "killed", "Police")]
    assert (1, "wounded", "Police") in read


def test_a_ticker_line_s_time_and_slot_part_it_from_the_next_and_its_source_before_a_colon():
    """'06:19 [BRK] Police: at least four killed …' over '06:19 [BRK] Hospital: 11 injured …':
    each line of a news ticker's log is its own entry, its time and slot no part of it, and
    the body before the colon speaks; the wounded beside stay wounded."""
    text = (
        "07:02 [BRK] Explosion at a bus stand in Mardan; ambulances reach the site\n"
        "07:10 [BRK] Police: at least three people killed in Mardan bus stand blast\n"
        "07:15 [BRK] Mardan Teaching Hospital: 9 injured brought in\n"
    )
    read = extraction_figures(extract_article(text, date(2025, 2, 6), "Pakistan"))
    assert (3, "killed", "Police") in read
    assert [f for f in read if f[1] == "wounded"] == [(9, "wounded", "Mardan Teaching Hospital")]
    assert [f for f in read if f[1] == "killed"] == [(3, "killed", "Police")]


def test_an_event_named_before_a_colon_is_no_source():
    """'Mardan blast: police say …': the words before the colon name the event, not who
    speaks; 'DPO: …' (an acronym) does."""
    assert find_reporter("Mardan blast: police say three were killed").name == "Police"
    assert find_reporter("Mardan DPO: two suspects arrested after the blast").text == "Mardan DPO"
    assert find_reporter("Cricket: Pakistan 287/6 in 50 overs") is None
    # a speaker named after the colon speaks, not the desk's tag before it
    assert find_reporter("SD: police say 5 suspects were arrested at a checkpoint").name == "Police"


def test_a_source_after_a_dash_at_the_line_s_end():
    """'Two teachers abducted near Mardan — district education officer': the source after the
    dash that ends a ticker's line."""
    found = find_reporter("Two teachers abducted near Mardan — district education officer")
    assert found is not None and found.text == "district education officer"
    assert find_reporter("Two teachers abducted near Mardan — a long road") is None


def test_a_headline_s_toll_with_its_verb_left_out_and_soldiers_who_embrace_martyrdom():
    """'Mardan blast toll now nine', '3 soldiers embrace shahadat': a ticker's present-tense
    words for a toll and for soldiers' deaths; wounded beside them stay wounded."""
    assert sentence_outcomes("Police: Mardan blast toll now nine") == [(9, "killed")]
    assert sentence_outcomes("ISPR: 3 soldiers embrace shahadat in Tirah") == [(3, "killed")]
    assert sentence_outcomes("ISPR: 3 soldiers injured, 2 embrace shahadat in Tirah") == [
        (3, "wounded"),
        (2, "killed"),
    ]
    # the wounded beside the toll stay wounded
    assert sentence_outcomes("Police: Mardan blast toll now nine; 12 people were wounded") == [
        (9, "killed"),
        (12, "wounded"),
    ]


def test_a_group_that_claims_an_attack_and_says_what_it_did_speaks():
    """'IS-Khorasan claims Mardan blast, says it killed 9 policemen': the group claiming speaks
    (a hyphenated name is no verb 'is')."""
    found = find_reporter("IS-Khorasan claims Mardan blast, says it killed 9 policemen")
    assert found is not None and found.name == "IS-Khorasan"
    found = find_reporter("Lashkar Front claims the ambush, says it killed 4 soldiers")
    assert found is not None and found.name == "Lashkar Front"
    assert find_reporter("Police claim the area is calm, say two died") is None
