"""Extraction rules of the hundred-and-third round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_a_statement_in_the_present_without_that_names_its_speaker():
    """ "The complainant states her husband was …", "Police officers state they arrested …":
    the present of a sworn statement with its "that" left out; the noun "State" is no verb."""
    assert (
        find_reporter("The witness states her son was among 3 farmers killed at Kalla.").name
        == "Witness"
    )
    assert (
        find_reporter("The NBI agents state they arrested 2 suspects near Kalla.").name
        == "NBI agents"
    )
    assert find_reporter("Fighters of the Islamic State they captured killed 3 men.") is None


def test_a_note_s_label_before_a_speaker_named_by_a_code():
    """ "Content: 4ID says …", "Notes: CMO says …": the label is no part of who speaks."""
    assert find_reporter("Content: 4ID says 6 rebels were killed near Kalla.").name == "4ID"
    assert find_reporter("Notes: UNHCR says 12 people are missing.").name == "UNHCR"


def test_a_bracketed_note_names_its_own_speaker():
    """ "… | Briefing [Captain says 2 soldiers were killed …]": the note in square brackets
    speaks for whom it opens on, not the row's cells or the document's office."""
    assert (
        find_reporter(
            "[Chief says raiders killed 5 herders and took 3 boys with them at Kalla.]"
        ).name
        == "Chief"
    )
    found = find_reporter(
        "17 | 04/05 | Capt. Ali, 5th Bn | DC | Briefing [Captain says 2 soldiers were "
        "killed at the Kalla post.]"
    )
    assert found.name == "Captain"


def test_a_corrected_toll_joins_the_event_it_puts_right():
    """ "… said 9 herders were killed, not 7": the event whose 7 it corrects, though the
    correction tells another day and another place."""
    found = extract_article(
        "Fighters stormed Kalla on Sunday and killed 7 herders, an elder said. On Tuesday the "
        "elder said 9 herders were killed, not 7, after two bodies were found near Jalalaqsi.",
        published=date(2026, 3, 14),
        country="Somalia",
    )
    assert len(found.candidates) == 1


def test_an_arrest_linked_to_the_attack_told_last_stays_with_it():
    """ "arrested 4 suspects at a checkpoint on the Jalalaqsi road in connection with the
    Kalla attack": the Kalla attack's arrests, wherever they were made."""
    found = extract_article(
        "Gunmen stormed Kalla on Sunday and killed 7 herders. The police arrested 4 suspects "
        "at a checkpoint near Jalalaqsi in connection with the Kalla attack.",
        published=date(2026, 3, 14),
        country="Somalia",
    )
    assert len(found.candidates) == 1


def test_a_document_s_title_in_capitals_is_no_place_heading():
    """ "GUEST BOOK (front desk) — typed copy": a document's title, not an alert's place
    heading whose name would place every event below it."""
    from analysis.extract.candidates import SECTION_HEADING

    assert SECTION_HEADING.match("GUEST BOOK (front desk) — typed copy, 3–9 May") is None
    assert SECTION_HEADING.match("KAYA (Sanmatenga) - 12 Jan, approx. 06:30") is not None


def test_during_the_raid_after_a_forces_raid_is_that_raid():
    """ "… arrested during the raid; they are detained in Buea": the forces' raid told just
    before, not an attack told earlier, and not where the people are held."""
    found = extract_article(
        "Separatist fighters abducted 4 teachers in Bova on 2 March. Soldiers raided Bova on "
        "9 March in a military operation and killed 3 separatist fighters, the army said. "
        "A mother says her son is one of 8 young men arrested during the raid; they are "
        "detained in Buea.",
        published=date(2026, 3, 14),
        country="Cameroon",
    )
    arrested = [
        c.candidate_id for c in found.candidates for f in c.other_figures if f.outcome == "arrested"
    ]
    killed = [c.candidate_id for c in found.candidates for f in c.figures if f.outcome == "killed"]
    assert arrested == killed


def test_figures_found_keep_their_bracketed_speaker():
    """The bracketed note's speaker reaches the figures."""
    found = figures_found("[Chief says raiders killed 5 herders at Kalla on Sunday.]")
    assert found == [(5, "killed", "Chief")]
