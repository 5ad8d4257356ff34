"""Extraction rules of the eighty-third round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_a_toll_retold_after_a_semicolon_in_a_later_report_replaces_the_first():
    """ "The agency reported 2 guards killed; in its situation report of 9 May the
    agency reported 3 guards killed": the later report's toll replaces the first; the 2
    guards wounded beside them stay wounded and are never a death."""
    read = extraction_figures(
        extract_article(
            "Gunmen fired on a survey team near Kidal on 8 May. The relief agency "
            "reported 2 guards killed; in its situation report of 9 May the agency reported "
            "3 guards killed. Police said 2 guards were wounded.",
            date(2025, 5, 10),
            "Mali",
        )
    )
    assert [value for value, outcome, _ in read if outcome == "killed"] == [3]
    assert (2, "wounded", "Police") in read


def test_a_toll_retold_at_a_clock_time_by_a_pronoun_replaces_the_first():
    """ "The governor said in the morning that 2 farmers died; at 15:00 she said that 4
    farmers died": the toll told at a later hour by the same speaker replaces the first; the
    2 farmers abducted told apart stay abducted."""
    read = extraction_figures(
        extract_article(
            "Insurgents raided the village of Mocimboa on Monday night. The governor said "
            "in the morning that 2 farmers died; at 15:00 she said that 4 farmers died. "
            "Residents said 2 farmers were abducted.",
            date(2025, 5, 10),
            "Mozambique",
        )
    )
    assert [value for value, outcome, _ in read if outcome == "killed"] == [4]
    assert (2, "abducted", "Residents") in read


def test_a_toll_retold_on_a_named_day_by_the_same_body_replaces_the_first():
    """ "The prosecutor's office said 3 persons died; Friday the office said 5 persons died":
    a later day and the body named again; the 3 injured stay injured."""
    read = extraction_figures(
        extract_article(
            "A drone dropped explosives on the market of Aguililla on Wednesday. The "
            "prosecutor's office said 3 persons died; Friday the office said 5 persons died. "
            "The hospital said 3 persons were injured.",
            date(2025, 5, 10),
            "Mexico",
        )
    )
    assert [value for value, outcome, _ in read if outcome == "killed"] == [5]
    assert any(value == 3 and outcome == "wounded" for value, outcome, _ in read)


def test_another_speaker_after_the_semicolon_adds_a_toll_of_its_own():
    """A different body after the semicolon ("; on Friday the army said 5 soldiers died")
    replaces nothing: both tolls stay."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a checkpoint near Menaka on Thursday. Police said 2 soldiers "
            "died; on Friday the army said 5 soldiers died in a second attack near Gao.",
            date(2025, 5, 10),
            "Mali",
        )
    )
    assert sum(1 for r in read if r[1] == "killed") == 2


def test_a_day_with_no_preposition_before_the_speaker_is_no_part_of_its_name():
    """ "Friday the police said …" (a translation's day with no "on"): the reporter is the
    police, not "Friday the police"."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a bus near Zamora. Friday the police said 4 passengers were wounded.",
            date(2025, 5, 10),
            "Mexico",
        )
    )
    assert read == [(4, "wounded", "Police")]


def test_a_body_s_statement_with_a_bracket_and_where_it_was_read_before_a_colon_speaks():
    """ "Army communiqué (Operation Barkhane) read on state radio: troops neutralised 9
    terrorists and 2 soldiers were wounded": the army's figures, the wounded soldiers
    wounded, never a death."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the village of Inates on Sunday. Army communiqué (Operation "
            "Barkhane) read on state radio: troops neutralised 9 terrorists and 2 soldiers "
            "were wounded.",
            date(2025, 5, 10),
            "Niger",
        )
    )
    assert sorted(read) == [(2, "wounded", "Army"), (9, "killed", "Army")]


def test_a_speaker_s_name_broken_across_a_wrapped_line_is_joined():
    """A wrapped log whose line breaks a body's name before its verb ("… 2 drivers were
    hurt. The 5th Infantry (Lion)" / "Brigade said 4 militants were killed …"): the
    brigade speaks; the drivers hurt stay wounded."""
    read = extraction_figures(
        extract_article(
            "LOG 14 May: Gunmen fired on the depot at Marawi; police said 4 drivers were\n"
            "hurt. The 5th Infantry (Lion)\n"
            "Brigade said 4 militants were killed in the pursuit.\n",
            date(2025, 5, 15),
            "Philippines",
        )
    )
    assert (4, "killed", "5th Infantry (Lion) Brigade") in read
    assert (4, "wounded", "Police") in read


def test_a_speaker_who_updated_the_figure_after_a_log_s_label_speaks():
    """ "Security/Incidents: ASP Ana Ruiz updated the figure: 6 farmers were killed" (a log's
    label opening the line): the officer's toll; the 6 farmers abducted told by the chief stay
    abducted."""
    read = extraction_figures(
        extract_article(
            "Gunmen raided the village of Gwoza on Monday.\nSecurity/Incidents: ASP Ana Ruiz "
            "updated the figure: 6 farmers were killed. The village chief said 6 farmers "
            "were abducted.",
            date(2025, 5, 15),
            "Nigeria",
        )
    )
    assert read == [(6, "abducted", "Village chief"), (6, "killed", "Police (ASP Ana Ruiz)")]


def test_a_body_that_gives_a_count_speaks():
    """ "The gendarmerie of Mokolo gives 5 people dead" (a translation's "donne"): the
    gendarmerie's toll; the 3 wounded beside it stay wounded."""
    read = extraction_figures(
        extract_article(
            "Insurgents attacked Mokolo at night. The gendarmerie of Mokolo gives 5 people "
            "dead and 3 wounded.",
            date(2025, 5, 15),
            "Cameroon",
        )
    )
    assert (5, "killed", "Gendarmerie of Mokolo") in read
    assert (3, "wounded", "Gendarmerie of Mokolo") in read


def test_a_translation_s_idioms_of_liberty_the_dead_attended_and_detention():
    """A raw translation from Spanish: "were deprived of the liberty" (abducted), "they are 7
    the dead" (7 dead), "said attended 9 injured" (treated), "informed the detention of 5"
    (arrested); the abducted and wounded are never deaths."""
    read = extraction_figures(
        extract_article(
            "Armed subjects attacked the market of Aguililla on Tuesday. The 4 vendors were "
            "deprived of the liberty. Neighbors say that they are 7 the dead. The hospital "
            "said attended 9 injured. The Army informed the detention of 5 probable "
            "responsible.",
            date(2025, 5, 15),
            "Mexico",
        )
    )
    assert sorted(read) == [
        (4, "abducted", None),
        (5, "arrested", "Army"),
        (7, "killed", "Neighbors"),
        (9, "wounded", "Hospital"),
    ]


def test_deprived_of_the_liberty_by_a_court_is_no_abduction():
    """ "were deprived of the liberty by order of a judge": a detention, no abduction."""
    read = extraction_figures(
        extract_article(
            "Police raided a house in Uruapan on Tuesday. The 3 men were deprived of the "
            "liberty by order of a judge.",
            date(2025, 5, 15),
            "Mexico",
        )
    )
    assert not any(outcome == "abducted" for _, outcome, _ in read)
