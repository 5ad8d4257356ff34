"""Extraction rules of the hundred-and-fifty-first round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_a_house_record_gives_each_turn_to_its_member():
    """A Hansard's turns: "The Minister for Defence (Hon. Ana Ruiz): …" over its paragraphs,
    then "Hon. Musa Bello (Kalla North, UDP): …", are the Members' who speak; the presiding
    officer's "Hon. Speaker: …" only ends the turn before."""
    text = (
        "The Minister for Defence (Hon. Ana Ruiz): Thank you, Hon. Speaker.\n\n"
        "On Monday, bandits killed five farmers near Kalla.\n\n"
        "Hon. Speaker: Member for Kalla North.\n\n"
        "Hon. Musa Bello (Kalla North, UDP): Thank you. We buried eight farmers in Kalla on "
        "Tuesday.\n\n"
        "Hon. Speaker: Next Order. Three clerks were hurt on the stairs.\n"
    )
    found = figures_found(text)
    assert (5, "killed", "Ana Ruiz") in found
    assert (8, "killed", "Musa Bello") in found


def test_some_found_alive_after_a_speaker_s_that():
    """ "Police said that two of the four teachers were found alive": some of the people taken,
    found alive, after the "that" of who says it, as when the sentence opens on them."""
    assert figures_found(
        "Gunmen abducted four teachers near Kalla. Police said that two of the four teachers "
        "were found alive on Friday."
    ) == [(2, "freed", "Police"), (4, "abducted", "Police")]


def test_a_speaker_named_with_a_number_sign_an_aside_or_a_medium_put_out():
    """ "The Command of Zone N°2 informs that …" (a body's number after "N°"), "The chief, for
    his part, had advanced …" (an aside of whose turn it is), "The committee in a press note
    released in local media has claimed that …" (the medium and where it was put out): the
    speaker before them."""
    assert (
        find_reporter("The Command of Sector N°3 informs that 4 bandits were neutralised.").name
        == "Command of Sector N°3"
    )
    assert (
        find_reporter("The district head, for his part, had advanced the balance of 9 dead.").name
        == "District head"
    )
    assert (
        find_reporter(
            "The Western Zonal Committee in a statement posted on social media has claimed that "
            "6 policemen were killed."
        ).name
        == "Western Zonal Committee"
    )


def test_one_person_who_became_injured():
    """ "1 jawan became injured", "A farmer became injured": a translation's "became" of one
    person, as "was"; the count after who says it ("As per the source, 1 rebel …") too."""
    assert figures_found("1 jawan became injured in the blast near Kalla.", "India") == [
        (1, "wounded", None)
    ]
    assert figures_found(
        "As per the local source, 1 Maoist became injured near Kalla.", "India"
    ) == [(1, "wounded", "Local source")]


def test_paragraphs_each_opening_on_a_place_are_events_of_their_own():
    """A list whose items each open on a place and a colon ("1. Kalla: In the night …", "2.
    Dorma: The army reports …"), their numbers taken off as a list's: each item an event of
    its own, when there are three or more and no place comes twice (a transcript's speakers
    come back)."""
    text = (
        "WEEKLY BALANCE\n\n"
        "1. Kalla: In the night, gunmen killed 7 herders.\n\n"
        "2. Dorma: The army reports that 3 soldiers were killed.\n\n"
        "3. Fintu: The gendarmes arrested 12 persons.\n"
    )
    found = extract_article(text, published=date(2026, 3, 14), country="Chad")
    assert len(found.candidates) == 3


def test_an_announcement_by_a_body_names_its_speaker():
    """ "The Commission takes note of the announcement by the Armed Forces of the
    neutralisation of 17 terrorists": whose announcement it is, not who notes it."""
    assert (
        find_reporter(
            "The Council notes the announcement by the National Army of the neutralisation of "
            "9 rebels near Kalla."
        ).name
        == "National Army"
    )


def test_a_claim_of_the_attack_then_what_the_claimant_said():
    """ "The group has claimed the responsibility of attack and said 11 … were killed": the
    claimant says the figure."""
    assert (
        find_reporter(
            "The Kalla Front has claimed responsibility for the attack and said 7 soldiers were "
            "killed."
        ).name
        == "Kalla Front"
    )
