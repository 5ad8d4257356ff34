"""Extraction rules of the hundred-and-fourth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_a_count_in_words_at_a_line_s_end_goes_on_to_the_group_it_counts():
    """ "… the brigade said six" / "Boko Haram fighters were killed …": a wrapped line, the
    group's name in capitals on the next."""
    found = figures_found(
        "Your report on the fighting near Kalla was fair. The brigade said six\n"
        "Boko Haram fighters were killed in the clash near Kalla on Sunday. The road\n"
        "is open again and the market will reopen next week, the mayor said.\n"
    )
    assert found == [(6, "killed", "Brigade")]


def test_a_pronoun_of_contrast_that_says_nothing_is_no_speaker():
    """ "The police said 2 suspects were arrested, but they have told us nothing more": the
    pronoun says nothing of the count; a pronoun that gives one still speaks."""
    assert (
        find_reporter(
            "The gendarmes said three suspects were arrested, but they have told us nothing more."
        ).name
        == "Gendarmes"
    )
    assert (
        find_reporter("The gendarmes said two were arrested, but they later said four.").name
        == "They"
    )


def test_a_page_s_comments_are_their_commenters_words():
    """A page's comments under their commenters' names, closed by "2h · Like · Reply": each
    the commenter's words; the page's own reply stays its own voice."""
    found = figures_found(
        "Radio Kalla 88.1 FM · Kalla\n\nGunmen attacked the Kalla market this morning.\n\n"
        "Grace Ayuk\nAt the health centre we received 12 wounded, some are critical.\n"
        "  2h · Like · Reply · 14\n\n"
        "  Radio Kalla 88.1 FM\n  Thank you Grace, stay safe.\n    1h · Like · Reply · 3\n",
        country="Cameroon",
    )
    assert found == [(12, "wounded", "Grace Ayuk")]


def test_people_a_clause_says_were_carried_to_the_bush_are_taken():
    """ "the 9 people they carried to the bush", after the count in a clause of its own."""
    found = figures_found(
        "Gunmen attacked Kalla on Sunday. My brother is among the 9 people they carried to "
        "the bush, a resident said."
    )
    assert found == [(9, "abducted", "Resident")]


def test_fighters_took_out_soldiers_is_a_killing():
    """ "our boys took out 5 soldiers": fighters' word for killing (not soldiers taken out of
    the rubble, nor wounded soldiers taken out)."""
    assert figures_found("The rebels said their fighters took out 5 soldiers at Kalla.") == [
        (5, "killed", "Rebels")
    ]
    assert figures_found("Rescuers took out 5 soldiers from the rubble at Kalla.") == []


def test_a_call_in_programme_s_calls_are_their_callers_words():
    """ "Call 1 — Mr Ali, of Kalla" over "He tells that 3 …": the caller speaks."""
    found = figures_found(
        "Call 1 — Mr Ali, of Kalla centre\nHe tells that gunmen killed 3 farmers in Kalla.\n\n"
        "Call 2 — a nurse of Kalla hospital\nShe says they received 5 wounded.\n"
    )
    assert found == [(3, "killed", "Mr Ali"), (5, "wounded", "Nurse of Kalla hospital")]


def test_taken_in_the_bush_and_of_them_some_back():
    """A translation's "were taken in the bush" (into) and "and of them 2 have returned" (2
    of them)."""
    found = figures_found(
        "She says 6 women were taken in the bush near Kalla, and of them 2 have returned."
    )
    assert found == [(2, "freed", None), (6, "abducted", None)]


def test_the_bodies_counted_at_a_morgue_are_its_dead():
    """ "the bodies counted at the morgue of the hospital are 9"."""
    found = figures_found("The nurse says the bodies counted at the morgue of Kalla are 9.")
    assert found == [(9, "killed", "Nurse")]


def test_people_taken_for_forced_recruitment_are_taken():
    """ "took 12 boys at the market for the forced recruitment"."""
    found = figures_found(
        "Residents say the gunmen took 12 boys at the Kalla market for recruitment."
    )
    assert found == [(12, "abducted", "Residents")]


def test_words_struck_out_are_no_count():
    """ "killed ~~12 farmers~~ 9 farmers": the words crossed out in a transcription are no
    count."""
    found = figures_found("The chief said gunmen killed ~~12 farmers~~ 9 farmers in Kalla.")
    assert found == [(9, "killed", "Chief")]


def test_the_people_which_died_are_a_count_and_the_wounded_after_are_theirs():
    """A translation's "the policemen which died are 3 and the wounded are 5": 3 policemen
    killed, 5 of them wounded."""
    found = extract_article(
        "The policemen which died are 3 and the wounded are 5, the governor said.",
        published=date(2026, 3, 14),
        country="Somalia",
    )
    assert sorted(
        (f.best, f.victim_group, f.outcome)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    ) == [(3, "security_forces", "killed"), (5, "security_forces", "wounded")]


def test_a_toll_raised_in_the_present_with_its_event_named_at_length():
    """ "It raises the toll in Sunday's bombing at a checkpoint beside the Kalla cattle
    market to 12 killed": an advisory's present, the event named at length."""
    found = figures_found(
        "It raises the toll in Sunday's car bombing at a checkpoint beside the "
        "cattle market in Kalla to 12 killed, citing the Kalla health directorate."
    )
    assert found == [(12, "killed", "Kalla health directorate")]


def test_who_puts_the_dead_at_after_a_clause_of_who_it_is():
    """ "The Observatory, which relies on sources on the ground, puts the dead at 17"."""
    assert (
        find_reporter(
            "The Kalla Monitor, which relies on a network of sources, puts the dead at 17."
        ).name
        == "Kalla Monitor"
    )


def test_members_of_the_government_forces_are_the_state_s():
    """A claim's "killed 20 members of the apostate government forces": security forces."""
    found = extract_article(
        'The group said it had killed "20 members of the apostate government forces" in Kalla.',
        published=date(2026, 3, 14),
        country="Syria",
    )
    assert [(f.best, f.victim_group) for c in found.candidates for f in c.figures] == [
        (20, "security_forces")
    ]
