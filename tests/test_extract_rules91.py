"""Extraction rules of the ninety-first round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.normalise import normalise


def test_a_note_opened_by_an_em_dash_keeps_its_speaker():
    """A notebook's notes each opened by an em dash ("— The police said …", wrapped onto
    the next line) are list items: the dash is no attribution dash, and the speaker the
    note names reports its figures, the wounded as much as the dead; a signature line ("—
    The Editor") stays as it was."""
    found = figures_found(
        "Notes for the week\n\n"
        "— The district police said 4 herders were killed near Bakura and\n"
        "  6 others were wounded on Monday.\n"
        "— Our neighbour Hauwa says gunmen kidnapped 3 traders near Bakura on the\n"
        "  same day.\n"
    )
    assert found == [
        (3, "abducted", "Our neighbour Hauwa"),
        (4, "killed", "District police"),
        (6, "wounded", "District police"),
    ]
    kept = normalise("Letters\n\nThe road is unsafe since the raid.\n— The Editor\n")
    assert "— The Editor" in kept.text


def test_a_logged_item_loses_its_time_before_a_lower_case_note():
    """ "- 18:05 — the ministry announced …": a log's item opens on its time and a dash, the
    note in lower case after it; the time is dropped and the body the note opens on speaks
    (the arrested stay arrested, the wounded wounded)."""
    found = figures_found(
        "Log of the day\n\n"
        "- 18:05 — the Interior Ministry announced the arrest of 3 suspects in Bakura.\n"
        "- 19:40 — the state police said 2 guards were wounded at the Bakura market.\n"
    )
    assert found == [
        (2, "wounded", "State police"),
        (3, "arrested", "Interior Ministry"),
    ]


def test_a_notes_person_by_name_speaks_through_he_says():
    """ "Abdala could not pay. He says …": a note opening on a person by name, then "he
    says" (in the next sentence, or after a colon in the same one) is that person speaking,
    not a speaker quoted in an earlier note; a wounded or abducted count keeps its outcome."""
    found = figures_found(
        "Notes\n\n"
        "The district police said 4 herders were killed in Bakura.\n\n"
        "Hauwa the midwife borrowed the basin. She says gunmen took 5 women from Bakura and "
        "wounded 7 men.\n\n"
        "Ato Kebede came late: he says the raid on Bakura killed 12 people."
    )
    assert found == [
        (4, "killed", "District police"),
        (5, "abducted", "Hauwa the midwife"),
        (7, "wounded", "Hauwa the midwife"),
        (12, "killed", "Ato Kebede"),
    ]


def test_a_call_logs_caller_speaks_in_the_note_under_the_call():
    """ "Call entering from uncle Musa — 3:45" over "He said …": the one on the line speaks;
    "He said the Red Cross says …" is the Red Cross speaking through him."""
    found = figures_found(
        "Calls\n\n"
        "Call entering from uncle Musa (Bakura) — 3:45\n\n"
        "He said that gunmen kidnapped 3 traders on the road of Bakura and wounded 2 drivers.\n\n"
        "Call going out to cousin Ladi — 1:20\n\n"
        "He said the Red Cross says 6 people were killed in Bakura.\n"
    )
    assert found == [
        (2, "wounded", "uncle Musa"),
        (3, "abducted", "uncle Musa"),
        (6, "killed", "Red Cross"),
    ]


def test_a_body_taken_up_by_its_one_noun_is_the_body_named_in_full():
    """ "The Observatory said …" after "the Nigerian Observatory for Civic Rights said …":
    the one body named in full with that noun; the wounded stay wounded."""
    found = figures_found(
        "Notes\n\nThe Nigerian Observatory for Civic Rights said 4 people were wounded in "
        "Bakura on Monday.\n\nThe state police said 2 officers were killed in Bakura on "
        "Monday.\n\nOn Tuesday the Observatory said 3 gunmen were killed in Bakura on Monday."
    )
    assert found == [
        (2, "killed", "State police"),
        (3, "killed", "Nigerian Observatory for Civic Rights"),
        (4, "wounded", "Nigerian Observatory for Civic Rights"),
    ]


def test_a_dated_note_written_day_dash_month_keeps_its_speaker():
    """ "04-Aug — The army said …" in a notebook's remarks: each dated note is a paragraph
    of its own, its day and month read as a date, and the body it opens on speaks; the
    wounded and the abducted keep their outcomes."""
    found = figures_found(
        "Remarks book\n"
        "03-Aug — Gunmen attacked the market of Bakura at night. Shop closed.\n"
        "04-Aug — The army said 4 gunmen were killed in the follow-up operation and\n"
        "2 soldiers were wounded.\n"
        "05-Aug — Police said 3 traders were kidnapped near Bakura.\n"
    )
    assert found == [
        (2, "wounded", "Army"),
        (3, "abducted", "Police"),
        (4, "killed", "Army"),
    ]
