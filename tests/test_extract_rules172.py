"""Extraction rules of the hundred-and-seventy-second round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_translations_verb_first_dead_and_wounded_are_counts():
    """ "Dead the 4 guards while wounded the 2 others": a translation's verb before its
    subject, with the article it adds, tells the counts first, the others of the guards' side."""
    found = groups_found(
        "Clash at the depot\n\nBAGO – Dead the 4 guards while wounded the 2 others when gunmen "
        "stormed the fuel depot in Bago on Friday night.",
        country="Myanmar",
    )
    assert (4, "killed", "security_forces") in found
    assert (2, "wounded", "security_forces") in found


def test_bodies_recovered_with_the_article_are_the_dead():
    """ "recovered the 5 bodies at the site": bodies a clause recovers, counted nowhere else,
    are the dead, though the translation gives them an article."""
    found = figures_found(
        "Clash in Kabankalan\n\nTroops fought rebels in Kabankalan on Sunday. According to the "
        "army, on the rebel side, recovered the 5 bodies at the site.",
        country="Philippines",
    )
    assert (5, "killed", "Army") in found


def test_came_around_the_life_is_a_death():
    """ "7 villagers came around the life": the German "kamen ums Leben" word for word."""
    found = figures_found(
        "In the attack on Kidal, 7 villagers came around the life, police said.", country="Mali"
    )
    assert (7, "killed", "Police") in found


def test_according_to_own_data_is_the_subjects_count():
    """ "the army has according to own data killed 6 terrorists": the subject's own figures,
    not "own data" as a speaker."""
    found = figures_found(
        "Near Gao the army has according to own data killed 6 terrorists.", country="Mali"
    )
    assert (6, "killed", "Army") in found


def test_oclock_stamps_make_a_liveblog():
    """ "18:40 o'clock" over each entry, the newest first: a liveblog's stamps, the older
    entry's smaller toll replaced by the newer one."""
    found = figures_found(
        "Liveblog: attack on a market in Gao\n\n18:40 o'clock\nThe police said in the "
        "evening that 9 traders were killed in the attack in Gao.\n\n12:10 o'clock\nThe "
        "police said at noon that 5 traders were killed in the attack in Gao.",
        country="Mali",
    )
    assert (9, "killed", "Police") in found
    assert (5, "killed", "Police") not in found
