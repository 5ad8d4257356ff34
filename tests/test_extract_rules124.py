"""Extraction rules of the hundred-and-twenty-fourth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_an_updated_label_with_a_dash_then_the_sentence():
    """ "UPDATED 16:05 — A police officer …": the label's time, a dash, then the story's own
    sentence (not a page's "Last updated" line)."""
    found = groups_found(
        "UPDATED 16:05 — A police officer in Gwoza told reporters that four soldiers were "
        "killed in the raid on the barracks."
    )
    assert found == [(4, "killed", "security_forces")]


def test_one_more_by_its_place_in_the_count_then_where():
    """ "killed three herders and wounded a fourth near Damboa": one more of them; "and a
    second in another" (a second raid) is no one."""
    assert figures_found("A landmine killed three herders and wounded a fourth near Damboa.") == [
        (1, "wounded", None),
        (3, "killed", None),
    ]
    assert figures_found("Bandits killed two guards in one raid and a second in another.") == [
        (2, "killed", None)
    ]


def test_transliterations_of_the_armed_group_words():
    """ "khawaarij" and "mujahidiin", long vowels written twice, are the armed group's people."""
    assert groups_found("The army said it killed 12 of the khawaarij near Jilib.") == [
        (12, "killed", "militants")
    ]
    assert groups_found("The group said that 3 of its mujahidiin were martyred near Jilib.") == [
        (3, "killed", "militants")
    ]


def test_taken_to_a_place_in_the_forest_after_whose_and_when():
    """ "took 5 elders of the village on Monday to their camp in the forest": taken off to a
    hide-out, the words of whose and when between."""
    assert groups_found(
        "Bandits took 5 elders of the village on Monday to their camp in the forest near Zurmi."
    ) == [(5, "abducted", "civilians")]


def test_other_for_others_after_a_count():
    """ "and 4 other were wounded": a translation's "other" for "others"."""
    assert figures_found("A shell killed 2 persons in Baidoa and 4 other were wounded.") == [
        (2, "killed", None),
        (4, "wounded", None),
    ]
