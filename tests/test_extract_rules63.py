"""Extraction rules of the sixty-third round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines; the helpers are those of ``factories``.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_outcomes

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures


def test_what_a_first_run_or_return_carried_is_replaced():
    """'Our first return of 3 May carried four deaths and nine injuries' is a count the text
    replaced since: no figure (read, the four stood as a death toll)."""
    assert (
        find_casualty_figures("Our first return of 3 May carried four deaths and nine injuries.")
        == []
    )
    assert find_casualty_figures("The initial list had shown two guards killed.") == []
    # the count of now, in the same sentence after a semicolon, is read
    read = [
        (f.best, f.outcome)
        for f in find_casualty_figures(
            "Two people were abducted on the road; our previous report listed three guards killed."
        )
    ]
    assert read == [(2, "abducted")]
    # a first run that the sentence says was followed by the count of now keeps that count
    assert [
        (f.best, f.outcome)
        for f in find_casualty_figures("Five workers were killed in the attack, the council said.")
    ] == [(5, "killed")]


def test_the_wounded_who_died_beside_an_earlier_count_are_no_new_deaths():
    """'Our first run carried two deaths and six injuries; one of the injured died on Monday'
    next to the count of now (three killed, five injured): the one who died explains the rise
    from the first run's two, no death of its own (read, a toll of one beside two abducted
    and one freed, a false death)."""
    text = (
        "On 3 May gunmen ambushed our bus near Kasama. Four of our staff were killed and "
        "three were injured. Two drivers were abducted and one of them was freed on 6 May.\n\n"
        "Our first run of 4 May carried three deaths and four injuries; one of the injured, a "
        "mechanic, died in hospital on 5 May. The figures above replace those of the first run."
    )
    read = extraction_outcomes(extract_article(text, date(2026, 5, 9), "Zambia"))
    assert (4, "killed") in read and (3, "wounded") in read
    assert (2, "abducted") in read and (1, "freed") in read
    assert [f for f in read if f[1] == "killed"] == [(4, "killed")]


def test_a_clause_opened_by_a_titled_speaker_keeps_the_toll_before_it_to_its_own():
    """'The army said six rebels were killed, and police spokesman Omar Ali said four
    suspects were held': the six are the army's, the four the police's (read, the six went to
    the spokesman too); the wounded of the army's clause stay the army's."""
    from analysis.extract.reporters import clause_reporters

    sentence = (
        "The army said six rebels were killed and two soldiers wounded, and police spokesman "
        "Omar Ali said four suspects were held."
    )
    assert [(at, r.name) for at, r in clause_reporters(sentence)] == [
        (0, "Army"),
        (67, "Police (Omar Ali)"),
    ]
    text = "Gunmen attacked the market of Doro on Monday. " + sentence
    found = extract_article(text, date(2026, 5, 9), "Mali")
    read = sorted(
        (f.best, f.outcome, f.reported_by)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    )
    assert (6, "killed", "Army") in read
    assert (2, "wounded", "Army") in read
    assert all(not (f[0] == 6 and f[2] != "Army") for f in read)
