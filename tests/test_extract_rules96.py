"""Extraction rules of the ninety-sixth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def _groups(text: str) -> list[str]:
    """The victim group of every figure found in ``text``, candidate by candidate."""
    found = extract_article(text, published=date(2026, 3, 14), country="Nigeria")
    return [f.victim_group for c in found.candidates for f in [*c.figures, *c.other_figures]]


def test_one_more_death_before_the_total_is_part_of_the_total():
    """ "…one more guard died in the clinic, total dead 4 persons": the one more is what
    raised the count to the total, no death toll of its own (beside a single wounded guard
    of the next sentence)."""
    found = figures_found(
        "The army spokesman said the mine killed 3 guards and wounded 6. On Friday he said "
        "that one more guard died in the clinic, total dead 4 persons. A guard of the night "
        "shift was wounded too."
    )
    assert (1, "killed", "Army spokesman") not in found
    assert (1, "wounded", None) in found


def test_bodies_taken_by_the_family_after_a_corrected_toll_are_among_the_dead():
    """ "…there are nine dead and not seven, that two bodies were carried away by the
    relatives": the two bodies are why the toll was corrected, among the nine, no toll of
    their own."""
    found = figures_found(
        "The traders of the market say that there are nine dead and not seven, that two "
        "bodies were carried away by the relatives."
    )
    assert found == [(9, "killed", "Traders of the market")]


def test_a_press_conference_transcript_s_ranked_speaker_is_named_in_full():
    """A time-coded transcript of a press conference ("[00:01:10] GRAL. ROJAS: …") whose
    moderator opens and closes and whose journalists ask: the general's turns (twice as many
    as the moderator's) are her quotes, by the name the moderator gave her ("general Marta
    Rojas"), not the label."""
    found = figures_found(
        "[00:00:04] MODERATOR: Welcome. We give the floor to general Marta Rojas, head of "
        "the northern command.\n\n"
        "[00:01:10] GRAL. ROJAS: Good day. On Saturday armed men attacked a bus near Tuluá. "
        "We have five persons dead.\n\n"
        "[00:03:20] GRAL. ROJAS: Later the army detained two suspects.\n\n"
        "[00:04:00] MODERATOR: We now take the questions.\n\n"
        "[00:04:30] REPORTER (Radio Uno): General, how many were wounded?\n\n"
        "[00:04:50] GRAL. ROJAS: Nine persons were wounded.\n\n"
        "[00:05:30] REPORTER (Canal 4): Who were the attackers?\n\n"
        "[00:05:45] GRAL. ROJAS: We do not know yet.\n\n"
        "[00:06:10] REPORTER (Diario Sur): Was a child among them?\n\n"
        "[00:06:30] GRAL. ROJAS: No child.\n\n"
        "[00:06:40] REPORTER (Radio Uno): Any more arrests today?\n\n"
        "[00:06:50] GRAL. ROJAS: Not today.\n\n"
        "[00:07:00] MODERATOR: Thank you all.",
        country="Colombia",
    )
    assert found == [
        (2, "arrested", "Marta Rojas"),
        (5, "killed", "Marta Rojas"),
        (9, "wounded", "Marta Rojas"),
    ]


def test_a_group_discussion_s_coded_participants_speak_their_turns():
    """ "P3 (Amal, 30): … They killed four herders …": in a group discussion's transcript
    whose participants speak under a code and a name in brackets, each turn is that
    participant's word, not the transcript's."""
    found = figures_found(
        "GROUP DISCUSSION TRANSCRIPT\n\n"
        "Facilitator: Tell us about the journey.\n\n"
        "P1 (Zeinab, 44): We left at night. Nobody stopped us.\n\n"
        "P3 (Amal, 30): At the wells the gunmen came. They killed four herders.\n\n"
        "P4 (Salma): The drone hit the camp and seven people died.",
        country="Sudan",
    )
    assert found == [(4, "killed", "P3 (Amal)"), (7, "killed", "P4 (Salma)")]


def test_the_kidnapping_of_the_merchants_then_two_of_them_rescued():
    """ "About the kidnapping of the five teachers …, the army rescued two of them": the
    kidnapping named as a deed is the teachers' only telling (the five injured elsewhere are
    other people), and "two of them" are freed of them."""
    found = figures_found(
        "The police chief said five injured persons were taken to hospital after the blast. "
        "About the kidnapping of the five teachers of Gusau, he said the army rescued two of "
        "them alive."
    )
    assert (5, "abducted", "Police chief") in found
    assert (2, "freed", "Police chief") in found


def test_soldiers_speaking_of_their_comrades_tell_of_security_forces():
    """ "Policemen at the bridge told us 4 of their comrades were killed …, and 6 wounded":
    the speakers are the state's men, so their comrades are security forces, not
    militants."""
    text = (
        "Policemen at the bridge told us 4 of their comrades were killed by gunmen at dawn, "
        "and 6 wounded."
    )
    assert [figure[:2] for figure in figures_found(text)] == [(4, "killed"), (6, "wounded")]
    assert _groups(text) == ["security_forces", "security_forces"]


def test_people_arrested_at_a_common_place_accused_of_helping_the_gunmen_are_suspects():
    """ "arrested 5 people at the bus station accused of hiding the gunmen": a place by its
    common name between the count and the suspicion; the five are suspects (militants), as
    after a named place."""
    text = (
        "The governor said the police arrested 5 people at the bus station accused of hiding "
        "the gunmen."
    )
    assert figures_found(text) == [(5, "arrested", "Governor")]
    assert _groups(text) == ["militants"]
