"""Extraction rules of the eighty-fourth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_lives_as_a_verb_after_who_is_no_death():
    """ "Our cook Ali, who lives near the market, was injured": "lives" after "who" is the
    verb, not "nine lives" lost; the cook is wounded, never a death, while "claimed four lives"
    stays a toll."""
    read = extraction_figures(
        extract_article(
            "Kitchen notes for the week. Our cook Ali, who lives near the Hangu market, was "
            "injured in the blast of 3 May. The police said the blast claimed four lives.",
            date(2025, 5, 5),
            "Pakistan",
        )
    )
    assert (1, "wounded", None) in read
    assert [value for value, outcome, _ in read if outcome == "killed"] == [4]


def test_bodies_found_after_a_death_toll_are_some_of_it():
    """ "the dead are now 9, revised from 6, three bodies found in the river": the bodies
    are some of the nine, no toll of their own; the 3 soldiers wounded beside them stay
    wounded and are never a death."""
    read = extraction_figures(
        extract_article(
            "Clashes near Pikit between troops and gunmen on 2 June. The brigade said on "
            "4 June the gunmen's dead are now 9, revised from 6, three bodies found in the "
            "river. The brigade said 3 soldiers were wounded.",
            date(2025, 6, 5),
            "Philippines",
        )
    )
    assert read == [(3, "wounded", "Brigade"), (9, "killed", "Brigade")]


def test_bodies_found_after_a_wounded_count_stay_a_figure():
    """ "4 guards were wounded, two bodies found near the gate": after a wounded count the
    bodies are a toll of their own, and the wounded are never a death."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a depot near Gao on 1 July. The police said 4 guards were "
            "wounded, two bodies found near the gate.",
            date(2025, 7, 2),
            "Mali",
        )
    )
    assert read == [(2, "killed", "Police"), (4, "wounded", "Police")]


def test_declared_with_the_time_of_day_before_that_names_the_speaker():
    """ "The prefect has declared in morning that 6 herders lost the life": a translation's
    "a déclaré dans la matinée que", the time of day between the verb and "that"; the
    herders wounded after it are the prefect's too and stay wounded."""
    read = extraction_figures(
        extract_article(
            "Armed men attacked a camp near Irumu on Sunday night. The prefect of the "
            "district has declared in morning that 6 herders lost the life and 4 others are "
            "wounded.",
            date(2025, 3, 10),
            "DR Congo",
        )
    )
    assert read == [
        (4, "wounded", "Prefect of the district"),
        (6, "killed", "Prefect of the district"),
    ]


def test_a_later_days_entry_of_a_log_replaces_the_same_speakers_toll():
    """A dated log: "Monday 4 — … The chief said 5 herders are dead." then "Wednesday 6 —
    The chief said this morning that the number is 8 herders killed.": the later day's
    entry replaces the first toll; the 3 herders wounded in the first entry stay wounded."""
    read = extraction_figures(
        extract_article(
            "Monday 4 — Few customers today. Gunmen attacked the camp near Djibo. The chief "
            "of Djibo said that 5 herders are dead and 3 herders were wounded.\n\n"
            "Wednesday 6 — The chief of Djibo said this morning that the number is 8 herders "
            "killed.",
            date(2025, 8, 7),
            "Burkina Faso",
        )
    )
    assert [value for value, outcome, _ in read if outcome == "killed"] == [8]
    assert [value for value, outcome, _ in read if outcome == "wounded"] == [3]


def test_the_same_speaker_in_one_entry_of_a_log_keeps_both_tolls():
    """Without a later day's entry (both in one paragraph) two tolls of one speaker are not
    read as an update by this rule: the log's day head decides."""
    read = extraction_figures(
        extract_article(
            "Monday 4 — Gunmen attacked the camp near Djibo. The chief of Djibo said that 5 "
            "herders are dead. Gunmen attacked the market of Arbinda. The chief of Djibo said "
            "that 8 traders are dead.",
            date(2025, 8, 7),
            "Burkina Faso",
        )
    )
    assert sorted(value for value, outcome, _ in read if outcome == "killed") == [5, 8]


def test_a_body_in_a_communique_before_a_colon_speaks_after_it():
    """ "The FAMa in a communiqué: they neutralized 9 terrorists": the body that gave the
    communiqué speaks for what follows the colon; the soldiers wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "Friday 9 — The FAMa in a communiqué: they neutralized 9 terrorists near Douentza, "
            "where 4 soldiers were wounded.",
            date(2025, 8, 10),
            "Mali",
        )
    )
    assert read == [(4, "wounded", "FAMa"), (9, "killed", "FAMa")]
