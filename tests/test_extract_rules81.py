"""Extraction rules of the eighty-first round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_an_earlier_count_whose_body_corrected_its_figure_in_the_same_sentence_is_no_figure():
    """A note's earlier count followed, in the same sentence, by its body's own correction
    ("… said 4 guards killed according to the army; the army corrected its figure to 6"): the
    earlier count is superseded; the 4 herders abducted stay abducted, never a death."""
    read = extraction_figures(
        extract_article(
            "Gunmen raided the depot at Dikwa on Monday. The army said 6 guards were killed. "
            "(Our first bulletin, sent on Tuesday, said 4 guards killed according to the army; "
            "the army corrected its figure to 6 on Wednesday.) Police said 4 herders were "
            "abducted near the depot.",
            date(2025, 3, 12),
            "Nigeria",
        )
    )
    assert read == [(4, "abducted", "Police"), (6, "killed", "Army")]


def test_a_count_after_the_correction_or_equal_to_it_stays():
    """Only counts before the correction and other than its number go: "the hospital revised
    its toll to 9" keeps a 9 told before it and the 3 wounded told after it."""
    read = extraction_figures(
        extract_article(
            "The hospital said 9 people were killed in the blast in Mogadishu; the hospital "
            "revised its toll to 9 after a patient died, and 3 people were wounded.",
            date(2025, 3, 12),
            "Somalia",
        )
    )
    assert (9, "killed", "Hospital") in read
    assert any(value == 3 and outcome == "wounded" for value, outcome, _ in read)


def test_a_group_that_published_that_its_fighters_killed_speaks():
    """A body's post by its verb before "that" ("The Liberation Front published that its
    fighters killed 5 soldiers") is the body's claim; the police's wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a convoy near Kidal on Sunday. Police said 3 drivers were "
            "wounded. The Liberation Front published that its fighters killed 5 soldiers.",
            date(2025, 3, 12),
            "Mali",
        )
    )
    assert read == [(3, "wounded", "Police"), (5, "killed", "Liberation Front")]


def test_a_wrapped_line_going_on_with_posted_that_is_no_byline():
    """A line that opens on "posted that" goes on with the sentence of the line above (no
    "Posted: …" byline to drop): the group's claim is kept, and the wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "NOTES\n"
            "1. The army said 2 soldiers were killed and 4 were wounded near Marawi. The Front\n"
            "   posted that its fighters killed 8 soldiers. Our van was hit but nobody\n"
            "   was hurt.\n",
            date(2025, 3, 12),
            "Philippines",
        )
    )
    assert read == [(2, "killed", "Army"), (4, "wounded", "Army"), (8, "killed", "Front")]


def test_a_polling_officer_is_a_civilian_and_one_person_with_his_apposition():
    """A polling officer is an election's staff, a civilian, not a force's officer; "A
    polling officer, a law student, has been missing" is one person; a police officer
    wounded beside it stays a wounded member of the forces."""
    read = extract_article(
        "Gunmen attacked a polling station near Oicha on Monday. A polling officer, a law "
        "student, has been missing since the attack. A police officer was wounded.",
        date(2025, 3, 12),
        "DR Congo",
    )
    groups = sorted(
        (f.best, f.outcome, f.victim_group)
        for c in read.candidates
        for f in [*c.figures, *c.other_figures]
    )
    assert groups == [(1, "missing", "civilians"), (1, "wounded", "security_forces")]


def test_a_list_of_single_persons_is_not_one_apposition():
    """ "A driver, a teacher and a soldier were wounded": three people, each a figure; the
    apposition rule needs a comma closing it before the verb."""
    read = extract_article(
        "Gunmen attacked a bus near Oicha on Monday. A driver, a teacher, and a soldier were "
        "wounded.",
        date(2025, 3, 12),
        "DR Congo",
    )
    assert sorted(
        (f.best, f.outcome) for c in read.candidates for f in [*c.figures, *c.other_figures]
    ) == [(1, "wounded"), (1, "wounded"), (1, "wounded")]


def test_a_corrected_count_with_its_outcome_leaves_earlier_counts_of_other_outcomes():
    """ "The police said 3 herders were abducted; the army later revised its toll to 5
    soldiers killed": the abducted are no earlier toll of the army's, they stay abducted."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a camp near Dikwa on Monday. The police said 3 herders were "
            "abducted; the army later revised its toll to 5 soldiers killed.",
            date(2025, 3, 12),
            "Nigeria",
        )
    )
    assert (3, "abducted", "Police") in read
    assert not any(outcome == "killed" and value == 3 for value, outcome, _ in read)


def test_people_counted_absent_are_no_casualty():
    """ "3 pupils absent after the bus attack (2 drivers wounded, police)": the absent pupils
    are an attendance count, neither killed nor wounded; the wounded drivers stay wounded."""
    read = extract_article(
        "Gunmen attacked a school bus near Witu on Monday.\n\n"
        "SUMMARY\n"
        "- 3 pupils absent after the bus attack (2 drivers wounded, police).\n",
        date(2025, 3, 12),
        "Kenya",
    )
    assert sorted(
        (f.best, f.outcome) for c in read.candidates for f in [*c.figures, *c.other_figures]
    ) == [(2, "wounded")]


def test_a_class_number_is_no_count():
    """ "The mother of a pupil of grade 4 remained wounded": 4 is the pupil's class, not four
    wounded; "3 soldiers were wounded" beside it stays a count of its own."""
    read = extract_article(
        "Gunmen clashed with the army in Tumaco on Tuesday. The mother of a pupil of grade 4 "
        "remained wounded by a stray bullet. The army said 3 soldiers were wounded.",
        date(2025, 3, 12),
        "Colombia",
    )
    counts = sorted(
        (f.best, f.outcome) for c in read.candidates for f in [*c.figures, *c.other_figures]
    )
    assert (4, "wounded") not in counts
    assert (3, "wounded") in counts
