"""Extraction rules of the seventy-eighth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_an_office_by_its_title_and_by_the_title_s_letters_is_one_reporter_whose_toll_rises():
    """'Assistant Commissioner Kalat: 2 persons killed', later 'AC Kalat: toll rises to 4':
    one office, its later toll replaces the earlier (no death of 2 beside the 2 abducted)."""
    read = extraction_figures(
        extract_article(
            "09:10 Blast at the bus stand in Kalat.\n"
            "10:00 Assistant Commissioner Kalat: 2 persons killed in the blast.\n"
            "11:30 Levies report 2 persons abducted near the bus stand.\n"
            "15:45 AC Kalat: toll rises to 4 killed.\n",
            date(2026, 3, 4),
            "Pakistan",
        )
    )
    assert sorted(read, key=str) == sorted(
        [(2, "abducted", "Levies"), (4, "killed", "AC Kalat")], key=str
    )


def test_a_toll_that_rises_in_the_present_tense_updates_its_reporter_s_toll():
    """'Police: toll rises to 6' after the same police's 3 dead: the 6 replaces the 3; the
    wounded stay."""
    read = extraction_figures(
        extract_article(
            "MARKET ASSOCIATION NOTES\n"
            "Gunmen attacked the market in Maiduguri on Friday.\n"
            "Police: 3 persons killed and 3 wounded.\n"
            "Evening. Police: toll rises to 6 killed.\n",
            date(2026, 3, 4),
            "Nigeria",
        )
    )
    assert (3, "killed", "Police") not in read
    assert (3, "wounded", "Police") in read
    assert (6, "killed", "Police") in read


def test_a_force_s_update_before_a_colon_is_the_force_s_count():
    """'Border police update: 4 guards killed' is the border police's, not the document's
    own; a label's 'Casualty update:' names nobody."""
    read = extraction_figures(
        extract_article(
            "SHIFT LOG, CHECKPOINT 3\n"
            "Gunmen attacked the border post at Tillia overnight.\n"
            "Border police update: 4 guards killed and 2 wounded at Tillia.\n",
            date(2026, 3, 4),
            "Niger",
        )
    )
    assert (4, "killed", "Border police") in read
    assert (2, "wounded", "Border police") in read
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the border post at Tillia overnight.\n"
            "Casualty update: 4 guards killed and 2 wounded at Tillia.\n",
            date(2026, 3, 4),
            "Niger",
        )
    )
    assert {reporter for _, _, reporter in read} == {None}


def test_a_night_log_past_midnight_is_in_order_so_its_later_toll_replaces_the_earlier():
    """A night shift's log (22:30 … 01:15 … 05:40) is written oldest first, no liveblog: the
    police's later 3 replaces their 2, not the other way, and the 2 freed stay freed."""
    read = extraction_figures(
        extract_article(
            "NIGHT SHIFT REPORT\n\n"
            "22:30 Police said gunmen attacked the post at Suárez: 2 officers killed.\n\n"
            "01:15 Police said 2 drivers kidnapped last week were released in Suárez.\n\n"
            "05:40 Police now say 3 officers killed at Suárez; the third died in hospital.\n",
            date(2026, 3, 4),
            "Colombia",
        )
    )
    assert (2, "killed", "Police") not in read
    assert (3, "killed", "Police") in read
    assert (2, "freed", "Police") in read


def test_a_body_s_post_read_out_by_someone_else_before_a_colon_is_the_body_s():
    """'The desk reads the Governorate post on Facebook to the crews: "6 dead and 9 wounded …"'
    is the governorate's count, the wounded too; a later 'now 7 dead' of the same post
    replaces the 6."""
    read = extraction_figures(
        extract_article(
            "RADIO DESK LOG\n\n"
            "14:10 The desk reads the Kirkuk Governorate post on Facebook to the crews: "
            '"6 dead and 9 wounded in a blast at the Kirkuk bus station."\n\n'
            "17:30 The desk reads the new Governorate post: the toll at the bus station is "
            "now 7 dead.\n",
            date(2026, 3, 4),
            "Iraq",
        )
    )
    assert (9, "wounded", "Kirkuk Governorate") in read
    assert [(best, reporter) for best, outcome, reporter in read if outcome == "killed"] == [
        (7, "Kirkuk Governorate")
    ]
    assert not [f for f in read if f[0] == 6]


def test_an_hour_the_sentence_opens_on_before_an_unnamed_speaker_is_no_part_of_who_speaks():
    """'At 16:00 a soldier at the barrier said …': the soldier speaks; his wounded count
    stays wounded."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the market at Gusau on Friday. At 16:00 a soldier at the barrier "
            "said troops had killed 5 gunmen and 3 of his comrades were wounded.",
            date(2026, 3, 4),
            "Nigeria",
        )
    )
    assert (5, "killed", "Soldier at the barrier") in read
    assert (3, "wounded", "Soldier at the barrier") in read


def test_a_body_that_corrected_its_figure_somewhere_before_a_colon_speaks():
    """'The army corrected its figure at the evening briefing: 6 soldiers were killed, not
    4': the army's count, and its wounded; not the document's own."""
    read = extraction_figures(
        extract_article(
            "DRIVER'S LOG\n"
            "Militants attacked the camp at Mopti on Sunday.\n"
            "The army corrected its figure at the evening briefing: 6 soldiers were killed "
            "and 2 wounded.\n",
            date(2026, 3, 4),
            "Mali",
        )
    )
    assert (6, "killed", "Army") in read
    assert (2, "wounded", "Army") in read


def test_a_count_a_body_now_gives_is_its_count():
    """'Bus park: the police now give 9 travellers killed': the police's toll, which
    replaces their 7; the 7 abducted stay abducted."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked two buses near Zaria on Monday. Police said 7 travellers were "
            "killed and 7 abducted.\n\n"
            "Bus park, Tuesday: the police now give 9 travellers killed in the attack.\n",
            date(2026, 3, 4),
            "Nigeria",
        )
    )
    assert sorted(read) == [(7, "abducted", "Police"), (9, "killed", "Police")]


def test_a_note_s_label_before_the_colon_is_no_part_of_who_speaks():
    """'Radio (Kano FM, 13:00): the army says 6 …': the army speaks, not '13:00): the army';
    its wounded count stays wounded."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a village near Kano on Monday.\n"
            "Radio (Kano FM, 13:00): the army says 6 gunmen were killed and 2 soldiers "
            "wounded.\n",
            date(2026, 3, 4),
            "Nigeria",
        )
    )
    assert sorted(read) == [(2, "wounded", "Army"), (6, "killed", "Army")]


def test_a_statement_read_out_at_a_meeting_is_its_author_s():
    """'The chairman read the statement of the district commissioner of Kasese: 9 …': the
    commissioner's count, the wounded too, not the minutes' own."""
    read = extraction_figures(
        extract_article(
            "TRADERS' UNION OF KASESE\nMinutes of the meeting of 3 March 2026\n\n"
            "The chairman read the statement of the district commissioner of Kasese: 9 "
            "civilians were killed and 4 wounded in the attack on the market.\n",
            date(2026, 3, 4),
            "Uganda",
        )
    )
    assert sorted(read) == [
        (4, "wounded", "District commissioner of Kasese"),
        (9, "killed", "District commissioner of Kasese"),
    ]


def test_a_speaker_who_corrected_himself_before_a_colon_speaks():
    """'The treasurer corrected himself at the end of item 3: 5 members were abducted, not
    4': the treasurer's count (abducted, no death)."""
    read = extraction_figures(
        extract_article(
            "Minutes of the drivers' union, 3 March 2026.\n"
            "Gunmen attacked the park at Zaria on Sunday.\n"
            "The treasurer corrected himself at the end of item 3: 5 drivers were abducted.\n",
            date(2026, 3, 4),
            "Nigeria",
        )
    )
    assert read == [(5, "abducted", "Treasurer")]


def test_a_bare_hour_before_a_speaker_in_lower_case_is_no_part_of_who_speaks():
    """'14:20 the manager says 4 guards are still missing': the manager's count, missing (no
    death); '09:05 a nurse said …' likewise the nurse's."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the warehouse at Kaya on Sunday.\n"
            "- 14:20 the manager says 4 guards are still missing.\n"
            "- 16:05 a nurse said 3 guards were wounded.\n",
            date(2026, 3, 4),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(3, "wounded", "Nurse"), (4, "missing", "Manager")]


def test_a_job_label_before_a_dash_is_no_part_of_who_speaks():
    """'Order 12 - the customer, a teacher, said …': the customer speaks, his wounded count
    stays wounded."""
    read = extraction_figures(
        extract_article(
            "Order 12 - the customer, a teacher, said 2 pupils were wounded in the raid on "
            "the school at Gao.",
            date(2026, 3, 4),
            "Mali",
        )
    )
    assert read == [(2, "wounded", "Customer")]


def test_a_line_ending_on_a_semicolon_goes_on_into_a_count_on_the_next_line():
    """'… the market at Gao was attacked;' / '4 traders were killed and 2 wounded.': one
    sentence, so the police who told it report both counts (the wounded stay wounded)."""
    read = extraction_figures(
        extract_article(
            "DRIVER'S NOTES\n"
            "Seat | Name | From | To\n"
            "01 | A. B. | Mopti | Gao\n\n"
            "- 3 March. The police told us that the market at Gao was attacked;\n"
            "4 traders were killed and 2 wounded. We waited.\n",
            date(2026, 3, 4),
            "Mali",
        )
    )
    assert sorted(read) == [(2, "wounded", "Police"), (4, "killed", "Police")]
