"""Extraction rules of the seventy-ninth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def _groups(found) -> list[tuple[int | None, str, str]]:
    return sorted(
        (f.best, f.outcome, f.victim_group)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    )


def test_a_revision_historys_edit_summary_names_its_own_speaker():
    """A page's revision history ("(cur | prev) 10:05, 4 May 2026 Some-editor (talk |
    contribs) 8,120 bytes +96 →Casualties: …"): who speaks is in the edit summary, not the
    editor; the wounded stay wounded beside the dead."""
    read = extraction_figures(
        extract_article(
            "Market attack in Kidal: Revision history\n\n"
            "(cur | prev)  10:05, 4 May 2026  Sahel-reader (talk | contribs)  8,120 bytes  +96  "
            "→Casualties: the governor said 6 traders were killed and 9 wounded (undo)\n"
            "(cur | prev)  09:40, 4 May 2026  Niger-watch (talk | contribs)  m  8,024 bytes  "
            "+210  →Abductions: a local radio reported that 4 drivers were abducted (undo)\n",
            date(2026, 5, 4),
            "Mali",
        )
    )
    assert read == [
        (4, "abducted", "Local radio"),
        (6, "killed", "Governor"),
        (9, "wounded", "Governor"),
    ]


def test_a_log_line_cut_in_sentences_is_no_body_above_which_lines_are_headings():
    """A piped log line whose summary holds sentences of its own ("… Reverting vandalism.
    Report it? Thanks.") does not open the body: the piped lines above it keep their
    figures (the abducted stay abducted, no death)."""
    read = extraction_figures(
        extract_article(
            "Market attack in Kidal: Revision history\n\n"
            "(cur | prev)  11:00, 4 May 2026  Sahel-reader (talk | contribs)  8,300 bytes  +80  "
            "→Aftermath: the army said it arrested 5 suspects (undo)\n"
            "(cur | prev)  10:05, 4 May 2026  Sahel-reader (talk | contribs)  8,220 bytes  +96  "
            "→Abductions: a local radio reported that 4 drivers were abducted (undo)\n"
            "(cur | prev)  09:50, 4 May 2026  RevertBot (talk | contribs)  m  8,124 bytes  −310  "
            "Reverting possible vandalism to version by Niger-watch. Report it? Thanks. (undo)\n",
            date(2026, 5, 4),
            "Mali",
        )
    )
    assert read == [(4, "abducted", "Local radio"), (5, "arrested", "Army")]


def test_a_transcripts_turn_label_is_no_speaker():
    """A transcript's turn ("[00:01:12] Speaker 2 (0.84): …"): the speaker is the one the
    words name; the wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "Automatic transcript of a voice note\n\n"
            "[00:00:05] Speaker 1 (0.91): I am still in Iguala, the signal is bad.\n"
            "[00:00:12] Speaker 1 (0.84): The prosecutor says that 5 persons were killed in "
            "the attack on the bar of Iguala, and that 3 more were wounded.\n",
            date(2026, 5, 4),
            "Mexico",
        )
    )
    assert read == [(3, "wounded", "Prosecutor"), (5, "killed", "Prosecutor")]


def test_asayish_members_are_security_forces():
    """Asayish (the Kurdish internal security forces of north-east Syria) are security
    forces, dead or wounded."""
    found = extract_article(
        "The monitor said 4 Asayish members were killed and 2 Asayish members wounded when "
        "gunmen attacked a checkpoint in Hajin on Monday.",
        date(2026, 5, 4),
        "Syria",
    )
    assert _groups(found) == [
        (2, "wounded", "security_forces"),
        (4, "killed", "security_forces"),
    ]


def test_a_body_of_plural_name_announces_in_the_present():
    """'The Liberation Forces announce that …' (a communique's present, as translation gives
    it): the body is the speaker of the dead and of the wounded beside them."""
    read = extraction_figures(
        extract_article(
            "The Liberation Forces announce that their fighters killed 7 soldiers and wounded "
            "4 others near Ndop on Sunday.",
            date(2026, 5, 4),
            "Cameroon",
        )
    )
    assert read == [(4, "wounded", "Liberation Forces"), (7, "killed", "Liberation Forces")]


def test_an_items_hash_number_is_no_part_of_the_speaker():
    """'#4  The district officer said …': a report's note numbered after a hash names its
    speaker after the number; the abducted stay abducted."""
    read = extraction_figures(
        extract_article(
            "Weekly notes\n\n"
            "#4  The district officer said three vaccinators were abducted near Tank on "
            "Monday, and that one guard was wounded.\n",
            date(2026, 5, 4),
            "Pakistan",
        )
    )
    assert read == [(1, "wounded", "District officer"), (3, "abducted", "District officer")]


def test_a_notes_source_who_said_speaks():
    """'Source is the headman of the village, who said …': the source named in the note
    speaks; the abducted and the freed stay so."""
    read = extraction_figures(
        extract_article(
            "Row 12 needs a source. Source is the headman of the village, who said 3 herders "
            "were abducted near Kani on Monday and released the next day.",
            date(2026, 5, 4),
            "Myanmar",
        )
    )
    assert read == [
        (3, "abducted", "Headman of the village"),
        (3, "freed", "Headman of the village"),
    ]


def test_a_bodys_claim_which_said_names_the_body():
    """'the claim of the Liberation Front, which said its fighters killed 12 soldiers': the
    body speaks; a wounded figure the army gives after it stays the army's."""
    read = extraction_figures(
        extract_article(
            "Editors kept the claim of the Liberation Front, which said its fighters killed 12 "
            "soldiers near Kani on Monday. The army said 5 soldiers were wounded.",
            date(2026, 5, 4),
            "Myanmar",
        )
    )
    assert (12, "killed", "Liberation Front") in read
    assert (5, "wounded", "Army") in read


def test_a_label_opening_on_a_quoted_word_is_no_speaker():
    """'"Wounded" is now a column of its own: the police said …': a label that opens on a
    quoted word, then the speaker after its colon; the wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "Changelog.\n\n"
            '"Wounded" is now a column of its own: the police said 6 people were wounded in '
            "the blast at the Kidapawan market on Monday.\n",
            date(2026, 5, 4),
            "Philippines",
        )
    )
    assert read == [(6, "wounded", "Police")]


def test_a_figure_entered_from_a_source_who_says_is_the_sources():
    """'Entered 9 from the district officer, who says …': the source speaks, for the dead
    and the abducted alike."""
    read = extraction_figures(
        extract_article(
            "Entered 9 from the district officer, who says gunmen killed 9 herders and abducted "
            "4 boys near Djugu on Sunday.",
            date(2026, 5, 4),
            "Democratic Republic of the Congo",
        )
    )
    assert read == [(4, "abducted", "District officer"), (9, "killed", "District officer")]


def test_a_bodys_update_before_a_colon_is_its_count():
    """'The civic council updated this morning: 11 dead': the body before 'updated' gives
    the count after the colon; the wounded the hospital gives stay the hospital's."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked Djugu on Sunday. The civic council updated this morning: 11 dead. "
            "The hospital said 7 people were wounded.",
            date(2026, 5, 4),
            "Democratic Republic of the Congo",
        )
    )
    assert (11, "killed", "Civic council") in read
    assert (7, "wounded", "Hospital") in read


def test_a_labels_update_with_when_names_no_one():
    """'Figures updated this morning: 4 soldiers died.': a label, no speaker."""
    from analysis.extract.reporters import find_reporter

    assert find_reporter("Figures updated this morning: 4 soldiers died.") is None
    assert find_reporter("The tally updated today: 4 soldiers died.") is None


def test_a_pages_link_words_after_the_sentence_hide_no_speaker():
    """'…, a local radio reported (undo)': the link words closing a page's line do not hide
    the speaker at its end; the wounded stay wounded."""
    read = extraction_figures(
        extract_article(
            "Market attack in Kidal: Revision history\n\n"
            "(cur | prev)  07:52, 4 May 2026  Sahel-reader (talk | contribs)  8,120 bytes  +96  "
            "→Other incidents: a boy was killed and 2 women were wounded by a stray bullet in "
            "Kidal the same night, a local radio reported (undo)\n",
            date(2026, 5, 4),
            "Mali",
        )
    )
    assert read == [(1, "killed", "Local radio"), (2, "wounded", "Local radio")]
