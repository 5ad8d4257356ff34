"""Extraction rules of the ninety-eighth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def _found(text: str, country: str = "Nigeria") -> list[tuple[int | None, str, str, str | None]]:
    """(best, group, outcome, reporter) of every figure found in ``text``, candidate by
    candidate, and the candidate's index first."""
    found = extract_article(text, published=date(2026, 3, 14), country=country)
    return [
        (i, f.best, f.victim_group, f.outcome, f.reported_by)
        for i, c in enumerate(found.candidates)
        for f in [*c.figures, *c.other_figures]
    ]


def test_a_sermon_s_sections_are_the_quotes_of_who_speaks_in_them():
    """A transcript in sections headed in capitals with who speaks in brackets ("SERMON
    (Rev. Amos Dung)"), its paragraphs opening on time codes: the speaker's own sentences are
    his quotes, a sentence giving another's word ("The state radio said five dead") is that
    body's, a body that "asks us to announce:" speaks what follows, the men of a group who
    "boast … that" claim what they boast of, and a note in brackets is no one's turn."""
    found = figures_found(
        "SERMON (Rev. Amos Dung)\n\n"
        "[02:15] Brothers, this week Mangu was struck. Nine worshippers were killed at the "
        "chapel. The state radio said five dead.\n\n"
        "[04:40] Those of the Ansaru boast online that they killed 6 soldiers at Bokkos.\n\n"
        "NOTICES (Deacon Paul Gyang)\n\n"
        "[20:10] The vigilance committee asks us to announce: at Bokkos three guards fell "
        "while defending the market.\n\n"
        "[21:00] Choir practice is on Friday.\n\n"
        "[22:30] [Note of the transcriber: the police arrested four suspects in Mangu.]"
    )
    assert found == [
        (3, "killed", "Vigilance committee"),
        (4, "arrested", None),
        (5, "killed", "State radio"),
        (6, "killed", "Ansaru"),
        (9, "killed", "Rev. Amos Dung"),
    ]


def test_an_interview_answer_gives_the_body_it_quotes_its_own_word():
    """A Q&A transcript whose answers are one speaker's quotes: a sentence of an answer that
    says what another body said ("The army said on the radio that 7 rebels died") is that
    body's word, not the speaker's; a time code opens a turn of its own even with no blank
    line before it."""
    found = figures_found(
        "Interviewer: INT (Ada Eze). Witness: W1 (Mama Ngozi).\n\n"
        "[00:01:00] INT: What happened in May?\n"
        "[00:01:20] W1: They killed four farmers in the valley of Agatu.\n"
        "[00:02:00] INT: What did the authorities say?\n"
        "[00:02:10] W1: The army said on the radio that 7 rebels died in combat. Of the farmers "
        "they said nothing.\n"
        "[00:03:00] INT: And after?\n"
        "[00:03:10] W1: We buried them.\n"
        "[00:04:00] INT: Thank you?"
    )
    assert (7, "killed", "Army") in found
    assert (4, "killed", "W1") in found


def test_people_taken_then_some_back_after_thanks_or_with_one_of_them_named():
    """ "Praise God, fourteen came back on Friday" (thanks given before a bare count that
    came back) and "Three of them, the bride among them, came back" (one of them named
    between commas) are freed parts of those taken; "trekked back" is coming back too."""
    assert figures_found(
        "Sixteen girls were taken by gunmen near Kankara. Thank God, thirteen came back on Sunday."
    ) == [(13, "freed", None), (16, "abducted", None)]
    assert figures_found(
        "Seven traders were kidnapped near Birnin Gwari on Monday. Four of them, the chairman "
        "among them, came back on Thursday."
    ) == [(4, "freed", None), (7, "abducted", None)]
    assert figures_found(
        "Nine herders were abducted near Gwoza. Two of them trekked back to the village."
    ) == [(2, "freed", None), (9, "abducted", None)]


def test_fighters_destroyed_are_killed_but_not_things_destroyed():
    """ "over 40 terrorists were destroyed" is an army's word for fighters killed; "a truck
    and a tanker were destroyed", and a bare "Two were destroyed", tell of things."""
    assert figures_found(
        "The army said over 40 terrorists were destroyed near Damasak, while a truck and a "
        "tanker were destroyed and two drivers were wounded."
    ) == [(2, "wounded", "Army"), (41, "killed", "Army")]
    assert figures_found("Rebels shelled the depot near Damasak. Two were destroyed.") == []


def test_a_pair_of_bare_counts_after_said_and_a_post_s_bare_count():
    """ "The hospital said 4 killed and 10 injured": a pair of counts straight after the
    verb, each its outcome word its noun; "The ministry posted that 6 were injured": a post's
    bare count as a statement's."""
    assert figures_found("The hospital in Jos said 4 killed and 10 injured in the blast.") == [
        (4, "killed", "Hospital in Jos"),
        (10, "wounded", "Hospital in Jos"),
    ]
    assert figures_found("The ministry posted that 6 were injured in the blast at Jos.") == [
        (6, "wounded", "Ministry")
    ]


def test_members_of_the_army_and_persons_from_the_cell():
    """ "25 members of the 'regime's army'" are security forces; "five persons from the cell
    behind the blast" are militants; "6 of the detained" released are of the group of the
    people the article told detained."""
    groups = [
        f[2]
        for f in _found("The rebels said they killed 25 members of the 'regime's army' near Bama.")
    ]
    assert groups == ["security_forces"]
    groups = [
        f[2] for f in _found("Police arrested five persons from the cell behind the blast in Jos.")
    ]
    assert groups == ["militants"]
    found = _found(
        "Soldiers detained 11 youths accused of helping the bandits at the market in Zurmi. "
        "The market was closed. The chief said 6 of the detained were released on Monday."
    )
    assert [(f[1], f[2], f[3]) for f in found] == [
        (11, "militants", "arrested"),
        (6, "militants", "freed"),
    ]


def test_a_body_s_name_with_its_region_after_a_dash_and_a_possessive_s_named_apposition():
    """ "the Ministry of Health–BARMM" is one name (its region's initials after a dash);
    "Their radio, the Voice station, said …" is the station's word, not the one "their"
    points to."""
    assert figures_found(
        "A grenade hit a market in Cotabato. The Ministry of Health–BARMM said 7 were injured.",
        country="Philippines",
    ) == [(7, "wounded", "Ministry of Health-BARMM")]
    assert figures_found(
        "The chief says 3 villagers were killed in Hpa-an. Their radio, the Voice station, "
        "said 12 rebels were killed.",
        country="Myanmar",
    ) == [(3, "killed", "Chief"), (12, "killed", "Voice station")]


def test_a_toll_in_the_fighting_goes_with_the_fight():
    """ "said 25 rebels were killed in the fighting", told after a bombing at the same town:
    the toll of the fight the article told before, not of the bombing."""
    found = _found(
        "On Monday we fought the soldiers for a day near the bridge of Loikaw. We lost two "
        "comrades.\n\n"
        "On Wednesday jets bombed the market in Loikaw. Five villagers were killed.\n\n"
        "Their radio said 25 rebels were killed in the fighting.",
        country="Myanmar",
    )
    by_value = {f[1]: f[0] for f in found}
    assert by_value[25] == by_value[2] != by_value[5]


def test_the_parts_of_a_placed_toll_in_brackets_are_no_figures():
    """ "11 people were killed in the two raids (4 soldiers and 7 farmers)": the parts in
    brackets after a toll and where it was are parts of it."""
    assert figures_found(
        "In all, 11 people were killed in the two raids (4 soldiers and 7 farmers) this week."
    ) == [(11, "killed", None)]


def test_one_person_by_the_digit_after_said():
    """ "The spokesman said 1 trader died": the digit one after the verb of who said it."""
    assert figures_found(
        "The spokesman said 1 trader died and 12 traders were detained in Kano."
    ) == [
        (1, "killed", "Spokesman"),
        (12, "arrested", "Spokesman"),
    ]


def test_a_day_opening_an_alleged_clause_parts_two_events_at_one_place():
    """ "The charge alleges that on or about 2 March … ; … further alleges that on or about 20
    April …": the day opening the clause said dates each event, two events at one town."""
    found = _found(
        "The charge sheet alleges that on or about March 2, 2026, gunmen stopped a bus near "
        "Gusau and killed four passengers. The charge sheet further alleges that on or about "
        "April 20, 2026, the gang attacked a police post in Gusau, killing two police officers."
    )
    assert found[0][0] != found[1][0]


def test_a_note_dated_by_its_weekday_and_day_before_its_speaker():
    """ "Friday 12/3 — The district office announced that …": a note's weekday and day before
    a dash are no part of the sentence; the body after them speaks."""
    assert figures_found(
        "Friday 12/3 — The district office announced that gunmen kidnapped 4 teachers near Kaura."
    ) == [(4, "abducted", "District office")]


def test_a_speaker_s_turn_opening_on_another_day_tells_another_event():
    """A sermon's turns, each the priest's quote: "On Monday … nine people were killed", then
    "And on Thursday … 12 women were taken": the turn opening on another day is another
    event, though neither names a place the tables know."""
    found = _found(
        "SERMON (Rev. Amos Dung)\n\n"
        "[02:15] On Monday, at the market, nine people were killed.\n\n"
        "[04:40] And on Thursday, near the river, 12 women were taken by armed men."
    )
    assert found[0][0] != found[1][0]
