"""Extraction rules of the sixty-ninth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article


def test_a_correction_telling_what_the_writer_had_written_is_no_figure():
    """'We corrected our post: we wrote that one guard died; …': the count put right is no
    death; the wounded beside it stay."""
    assert sentence_outcomes(
        "We corrected our first post: we wrote that one guard died; sadly a second guard "
        "died of his wounds on Monday."
    ) == [(1, "killed")]
    assert (
        sentence_outcomes(
            "We corrected our first update: we wrote that one driver died; sadly the second "
            "driver, Musa, died of his wounds on Tuesday."
        )
        == []
    )
    # no correction: the writer's own word stands
    assert sentence_outcomes("We wrote to the family that one guard died on Monday.") == [
        (1, "killed")
    ]
    # a wounded figure next to the pattern is kept as wounded, not read as a death
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the depot in Kismayo on Sunday. We corrected our post: we wrote "
            "that one guard died. Four guards were wounded in the attack, police said.",
            date(2025, 2, 6),
            "Somalia",
        )
    )
    assert (1, "killed", None) not in read
    assert [f for f in read if f[1] == "wounded"] == [(4, "wounded", "Police")]


def test_a_count_the_writer_corrected_is_no_figure_where_first_written():
    """'One of our teachers has died.' in a first update, and a later one: 'We corrected our
    first update: we wrote that one teacher died; …': the first word is no figure either; the
    wounded beside it stay wounded."""
    text = (
        "Update 2: Two of our teachers were killed when shells hit the school in Jowhar. "
        "We corrected our first update: we wrote that one teacher died; sadly a second "
        "teacher died in hospital. Three of our pupils were wounded.\n\n"
        "Update 1: Last night the school was hit. One of our teachers has died."
    )
    read = extraction_figures(extract_article(text, date(2025, 2, 6), "Somalia"))
    assert [f for f in read if f[1] == "killed"] == [(2, "killed", None)]
    assert (3, "wounded", None) in read
    # no correction: the two counts stand (another event, or a part)
    text = (
        "Two of our teachers were killed when shells hit the school in Jowhar. "
        "In Baidoa one of our teachers was killed by a stray bullet."
    )
    read = extraction_figures(extract_article(text, date(2025, 2, 6), "Somalia"))
    assert [f for f in read if f[1] == "killed"] == [(1, "killed", None), (2, "killed", None)]


def test_a_transcripts_stamped_lines_read_as_one_text():
    """A transcript whose every line opens on '[00:01:44]', the sentence running on over the
    stamp: the stamps go, and the speaker and both counts are read."""
    text = (
        "[00:00:05] Hello everyone, today we are in Kidal.\n"
        "[00:01:10] Last night there was an attack on the camp.\n"
        "[00:01:15] The army said three soldiers were killed\n"
        "[00:01:19] and four wounded. We heard it all night.\n"
    )
    read = extraction_figures(extract_article(text, date(2025, 3, 2), "Mali"))
    assert read == [(3, "killed", "Army"), (4, "wounded", "Army")]


def test_a_speakers_apposition_between_dashes():
    """'The army — the Northern Command — said …' names the command as between commas; a
    wounded count beside it stays wounded."""
    text = (
        "Gunmen attacked a base near Kidal on Sunday. The army — the Northern Command — "
        "said two soldiers were killed and six wounded."
    )
    read = extraction_figures(extract_article(text, date(2025, 3, 2), "Mali"))
    assert read == [(2, "killed", "Northern Command"), (6, "wounded", "Northern Command")]
    assert _name("Police – the district spokesman – told us one man was arrested.") is not None


def test_a_message_passed_on_in_a_group_is_its_speakers():
    """'Ali shared a voice note: the district office said …' is the office's; 'Sara forwarded
    the army communiqué: …' the army's; the one who passed it on reports nothing, and a
    wounded count in the message stays wounded."""
    assert _name("Ali shared a voice note: the district office said 4 guards were killed.") == (
        "District office"
    )
    assert _name("09:15 — Sara K. forwarded the army communiqué: troops killed 9 bandits.") == (
        "Army"
    )
    assert _name("A member posted a photo: 25 guards were killed at the post.") is None
    text = (
        "Gunmen attacked the post at Kaya on Monday night. 08:10 — Ali shared a voice note: "
        "the gendarmerie said 3 guards were killed and 5 wounded."
    )
    read = extraction_figures(extract_article(text, date(2025, 3, 2), "Burkina Faso"))
    assert read == [(3, "killed", "Gendarmerie"), (5, "wounded", "Gendarmerie")]


def _name(sentence: str) -> str | None:
    from analysis.extract.reporters import find_reporter

    found = find_reporter(sentence)
    return None if found is None else found.name
