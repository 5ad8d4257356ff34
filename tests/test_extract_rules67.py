"""Extraction rules of the sixty-seventh round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, extraction_outcomes, sentence_outcomes

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def _name(sentence: str) -> str | None:
    found = find_reporter(sentence)
    return None if found is None else found.name


def test_a_bare_count_that_died_after_a_count_of_the_dead_is_a_part():
    """'Police say 4 guards killed; one died in hospital': the one is among the four (no toll
    of its own); the wounded told beside them stay wounded (no death)."""
    assert sentence_outcomes("Police say 4 guards killed; one died in hospital.") == [(4, "killed")]
    assert sentence_outcomes(
        "The council says 5 herders killed; one died at the clinic and 3 others were wounded."
    ) == [(5, "killed"), (3, "wounded")]
    # a count with its own noun after a full stop is a figure of its own (the rule reads only
    # the clause after the count, after a semicolon)
    assert sentence_outcomes("Police say 4 guards killed. One guard died in hospital.") == [
        (4, "killed"),
        (1, "killed"),
    ]


def test_a_count_that_died_more_after_an_earlier_count_is_the_rise():
    """'Our first note gave three clerks killed; two more died of their burns, and the figure is
    now five': the two are what raised the count, no toll of their own."""
    found = sentence_outcomes(
        "Our note of Monday spoke of three clerks killed; two more died of their burns on "
        "Tuesday, and the figure is now five."
    )
    assert (2, "killed") not in found
    # beside wounded and abducted people, only the "more" who died are dropped
    assert sentence_outcomes(
        "The union gave 4 riders killed; two more died overnight, and 6 riders were abducted."
    ) == [(4, "killed"), (6, "abducted")]


def test_what_an_earlier_message_or_report_said_is_replaced():
    """'Earlier message of this morning said 2 of our riders killed', '; its first report had
    said one guard killed': what an earlier message said, replaced since (no figure); the
    newer count and the wounded or abducted beside it stay."""
    assert sentence_outcomes("Earlier message of this morning said 2 of our drivers killed.") == []
    assert sentence_outcomes(
        "The brigade said 3 soldiers were killed and 5 wounded on Monday; its first report "
        "had said one soldier killed."
    ) == [(3, "killed"), (5, "wounded")]
    assert (
        sentence_outcomes("The previous bulletin had said 4 traders were abducted and one killed.")
        == []
    )
    # a message that is not called earlier keeps its figure
    assert sentence_outcomes("A message of this morning said 2 of our drivers were killed.") == [
        (2, "killed")
    ]


def test_one_senders_tag_on_every_message_is_no_transcript():
    """'KTN INFO: …', 'KTN INFO UPDATE: …' on each SMS: one sender's tag and its variant, no
    speakers' turns; the bulletin's own wounded and abducted stay its own (no reporter, no
    death), the body it quotes speaks for its figure."""
    text = (
        "KTN INFO: Road to Kibo closed this morning after an attack on a convoy.\n\n"
        "KTN INFO: 2 of our drivers were injured and are at the clinic.\n\n"
        "KTN INFO UPDATE: The district office says 5 traders were killed at Kibo.\n\n"
        "KTN INFO: 3 of our members were kidnapped at Kibo market yesterday.\n\n"
        "KTN INFO: Maize 50kg = 17,000F. Stay safe."
    )
    found = extraction_figures(extract_article(text, date(2026, 3, 6), "Burkina Faso"))
    assert found == [(2, "wounded", None), (3, "abducted", None), (5, "killed", "District office")]


def test_according_to_an_office_of_a_place_with_no_comma():
    """'According to the town hall of Kibo 4 traders killed': the office of the place speaks,
    the count right after the place's name (read, no one)."""
    assert _name("According to the town hall of Kibo 4 traders killed.") == "Town hall of Kibo"
    assert _name("According to the health centre of Sabo 3 people were wounded.") == (
        "Health centre of Sabo"
    )


def test_a_source_no_one_names_is_no_reporter():
    """'Not confirmed by any source': no one confirms (read, no one)."""
    assert _name("Not confirmed by any source.") is None
    assert _name("The toll was not confirmed by any independent source.") is None
    assert _name("The toll was confirmed by the police.") == "Police"


def test_a_body_that_announces_or_claims_a_count():
    """'The army announces 12 terrorists neutralised', 'The front claims 15 soldiers killed',
    'The front in a message claims …': the body speaks; 'The attack claimed 12 lives' names
    no one (no participle after the count)."""
    assert _name("The army announces 12 terrorists neutralised near Kibo.") == "Army"
    assert _name('The army announces "dozens of terrorists neutralised" near Kibo.') == "Army"
    assert _name("The Hill Front claims 15 soldiers killed at Kibo.") == "Hill Front"
    assert _name("The Hill Front in a message claims 15 soldiers killed at Kibo.") == "Hill Front"
    assert _name("The Hill Front claimed 4 guards wounded and 2 abducted.") == "Hill Front"
    assert _name("The attack claimed 12 lives.") is None
    assert _name("A new statement claims 12 soldiers killed.") is None  # a medium, no body


def test_an_emoji_bullet_before_the_speaker():
    """'👉 The administrator says …', '➡️ The army said …': a chat message's emoji or arrow as a
    bullet is no part of the sentence; the speaker after it speaks, for wounded too."""
    assert _name("👉 The administrator says 17 civilians were killed in Kibo.") == "Administrator"
    assert _name("➡️ The army said 3 soldiers were wounded and 2 abducted.") == "Army"
    assert _name("👉🏾 Police say 2 suspects arrested.") == "Police"
    assert _name("👉 3 of our riders were wounded.") is None
    assert _name("⚠️ UPDATE 2pm: Now 13 villagers confirmed killed in Kibo.") is None  # a count


def test_a_raw_translations_passive_idioms():
    """A raw translation's 'was deprived of life' (killed), 'were deprived of their freedom'
    (abducted), '4 people lifeless' (dead), 'remains without being located' (missing) and
    'presumed responsible' (suspects): the abducted and missing stay what they are (no death)."""
    text = (
        "On Friday our driver of the Kibo route was deprived of life by armed subjects. "
        "The Prosecutor's Office reports 3 people lifeless in the place.\n\n"
        "5 passengers were deprived of their freedom by the armed subjects near Kibo. Our "
        "cashier of the Kibo booth remains without being located since Friday. The Guard "
        "detained 2 presumed responsible in Kibo."
    )
    found = extraction_outcomes(extract_article(text, date(2026, 10, 26), "Mexico"))
    assert found == [(1, "killed"), (1, "missing"), (2, "arrested"), (3, "killed"), (5, "abducted")]
    # a rights report's summary in the perfect, detentions by the forces of law among them, is
    # no abduction
    assert (
        sentence_outcomes(
            "At least 34 people have been deprived of their liberty, by armed men or by the forces "
            "of law and order."
        )
        == []
    )
