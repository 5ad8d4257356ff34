"""Extraction rules of the seventy-seventh round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_a_count_its_giver_has_since_updated_to_another_number_is_no_figure():
    """'The first list gave two guards killed; the brigade has since updated its figure to
    three': the replaced count is no figure (not a death beside the wounded told next), and
    a count the clause does not replace stays."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a depot near Kaya on Monday. The brigade said three guards were "
            "killed and five wounded. (The first list gave two guards killed; the brigade has "
            "since updated its figure to three.) Police said they had detained two suspects.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [
        (2, "arrested", "Police"),
        (3, "killed", "Brigade"),
        (5, "wounded", "Brigade"),
    ]
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a depot near Kaya on Monday. The brigade said two guards were "
            "wounded, and the gendarmerie has since raised its toll to four guards killed.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert (2, "wounded", "Brigade") in read


def test_copy_pasted_behind_a_bar_is_read_as_its_own_text():
    """Notes that paste a story's copy behind a bar ('| ' before each line) give its
    reporters as the copy does: the police's wounded stay wounded, the bar is no table."""
    read = extraction_figures(
        extract_article(
            "EDITOR'S NOTES — Tuesday\n"
            "Lead story, copy as filed:\n"
            "  | The police said four guards were killed when gunmen attacked a\n"
            "  | depot near Kaya on Monday. Six guards were wounded, the police\n"
            "  | said. Gunmen also abducted three drivers, a trader said.\n"
            "Check the spelling of Kaya.\n",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [
        (3, "abducted", "Trader"),
        (4, "killed", "Police"),
        (6, "wounded", "Police"),
    ]


def test_a_script_s_voice_over_is_narration_not_a_speaker():
    """'VO: "The police said …"' in a script: the sources named in the narration are the
    reporters (not 'VO'), and their wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "SCRIPT — Kaya, one week on\n"
            "SHOT 1 — map of Kaya.\n"
            '  VO: "On Monday gunmen attacked a depot in Kaya. The police said four guards '
            'were killed and six wounded."\n'
            'SHOT 2 — hospital gate. VO: "The hospital said two drivers were still missing."\n',
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [
        (2, "missing", "Hospital"),
        (4, "killed", "Police"),
        (6, "wounded", "Police"),
    ]


def test_a_language_label_before_a_translation_is_no_speaker():
    """'FR: … / EN: According to the police, …' in a translator's notes: the label says which
    language follows, it is no speaker of a transcript; the reporter is the one the sentence
    names, the abducted and wounded stay so."""
    read = extraction_figures(
        extract_article(
            "TRANSLATION NOTES — Kaya (FR > EN)\n\n"
            "1. FR: Selon la police, quatre gardes ont été tués lundi à Kaya.\n"
            "   EN: According to the police, four guards were killed in Kaya on Monday.\n"
            "2. FR: Trois chauffeurs ont été enlevés, a dit le maire.\n"
            "   EN: Three drivers were abducted, the mayor said.\n"
            "3. FR: Six gardes ont été blessés, selon l'hôpital.\n"
            "   EN: Six guards were wounded, according to the hospital.\n"
            "NOT TRANSLATED: the weather paragraph.\n",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [
        (3, "abducted", "Mayor"),
        (4, "killed", "Police"),
        (6, "wounded", "Hospital"),
    ]


def test_what_a_speaker_first_told_the_writer_is_replaced_by_what_he_said_later():
    """'The mayor first told us four people were killed and six wounded; by the evening he
    said seven …': the first count is no figure; a first count of another outcome that
    nothing later replaces stays (the missing traders)."""
    read = extraction_figures(
        extract_article(
            "A bomb hit a market in Kaya on Monday. The mayor first told us four people were "
            "killed and six wounded; by the evening he said seven people were killed and nine "
            "wounded.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(7, "killed", "Mayor"), (9, "wounded", "Mayor")]
    read = extraction_figures(
        extract_article(
            "A bomb hit a market in Kaya on Monday. The mayor first told us that two traders "
            "were missing. By the evening he said seven people were killed.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(2, "missing", "Mayor"), (7, "killed", "Mayor")]


def test_a_count_claimed_in_quotation_marks_is_the_claimant_s():
    """'The group's radio claimed "more than 20 apostate soldiers" were killed': the radio
    is the reporter; the quoted count's own outcome decides (abducted stays abducted)."""
    read = extraction_figures(
        extract_article(
            "A bomb hit a market in Kaya on Monday, killing seven people. Radio Sahel claimed "
            "“more than 20 apostate soldiers” were killed. Radio Sahel also claimed “four "
            "apostate guards” were captured.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert (21, "killed", "Radio Sahel") in read
    assert (4, "abducted", "Radio Sahel") in read
    assert not any(value == 4 and outcome == "killed" for value, outcome, _ in read)


def test_where_the_speaker_spoke_is_no_part_of_the_reporter():
    """'At the checkpoint outside Kaya the gendarmes told us …': the gendarmes report (the
    place before them, with no comma, is no part of the name); their wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a convoy near Kaya on Monday. At the checkpoint outside Kaya the "
            "gendarmes told us four soldiers had been killed and two wounded.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(2, "wounded", "Gendarmes"), (4, "killed", "Gendarmes")]


def test_a_transcriber_s_language_note_is_no_part_of_the_sentence():
    """'[French] The radio says …' in a transcription: the note on the language is dropped
    and the radio reports; its wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "GUEST BOOK — Kaya library, typed by the librarian\n\n"
            "No. 12 — 14/11 — a visitor\n"
            " [French] The radio says five soldiers were killed and three wounded near Kaya.\n",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(3, "wounded", "Radio"), (5, "killed", "Radio")]


def test_the_same_speaker_named_after_a_clause_of_when_speaks():
    """'By the time we left the camp at noon the same gendarmes said …', 'When we came back
    the same officials said …': the speaker is the one named again (its wounded stay
    wounded), not the clause of when."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a convoy near Kaya on Monday. By the time we left the camp at noon "
            "the same gendarmes said four soldiers had been killed and two wounded.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(2, "wounded", "Gendarmes"), (4, "killed", "Gendarmes")]
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a convoy near Kaya on Monday. When we came back the same officials "
            "said two guards were wounded.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [(2, "wounded", "Officials")]
