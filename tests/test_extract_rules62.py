"""Extraction rules of the sixty-second round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines; the helpers are those of ``factories``.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.normalise import normalise
from analysis.extract.reporters import find_reporter


def test_a_quoted_count_called_dead_is_no_figure():
    """An editor's kill note quotes the count it retires: 'Friday's "four guards killed" is
    dead.' is no toll (read, the four stood as a death toll beside four people wounded)."""
    text = (
        "FRI 07:00 — Gunmen attacked the depot at Jowhar. The depot manager said two guards "
        "were killed.\n\n"
        'EDITOR: Friday\'s "four guards killed" is dead. Do not read it.\n\n'
        "SAT 07:00 — Jowhar hospital: four people injured admitted."
    )
    found = extract_article(text, date(2026, 5, 9), "Somalia")
    read = extraction_figures(found)
    assert all(not (f[0] == 4 and f[1] == "killed") for f in read)
    assert (4, "wounded", "Jowhar hospital") in read or any(
        f[0] == 4 and f[1] == "wounded" for f in read
    )
    assert any(f[0] == 2 and f[1] == "killed" for f in read)
    # a quoted count that is not called dead stays: 'the "four guards killed" the manager gave'
    kept = extract_article(
        'The manager said "four guards killed" in the raid on the depot at Jowhar.',
        date(2026, 5, 9),
        "Somalia",
    )
    assert any(f[0] == 4 and f[1] == "killed" for f in extraction_figures(kept))
    # "was wrong" after the quote the same
    wrong = extract_article(
        'The bulletin\'s "nine villagers killed" was wrong. Nine villagers were abducted '
        "from Jowhar.",
        date(2026, 5, 9),
        "Somalia",
    )
    assert [(f[0], f[1]) for f in extraction_figures(wrong)] == [(9, "abducted")]


def test_a_rota_item_opened_by_weekday_and_time_keeps_its_speaker():
    """ "WED 18:00 — The agency says it arrested …": a schedule's item opens on its weekday and
    time and a dash, no part of the sentence's grammar; the speaker after it is the reporter."""
    who = find_reporter("WED 18:00 — The agency says it arrested nine suspects in Jowhar.")
    assert who is not None and who.name.casefold().endswith("agency")
    who = find_reporter("Tue 06:00 — UPDATE Jowhar: Capt. Hiiraale now says seven soldiers died.")
    assert who is not None and who.text == "Capt. Hiiraale"
    # a time alone opens nothing new ("06:00 — ..." was read before), a weekday alone neither
    assert find_reporter("TUE — three people were killed in Jowhar.") is None


def test_a_rank_or_a_title_before_a_colon_names_the_speaker():
    """ "Col. Ana Ruiz: five soldiers killed …", "Police spokesman Ana Ruiz: three people
    killed": a label naming a person by rank or title speaks the figures after it (a place or
    a bare name before a colon is none)."""
    assert find_reporter("Col. Ana Ruiz: five soldiers killed and eight wounded.").text == (
        "Col. Ana Ruiz"
    )
    who = find_reporter("Police spokesman Ana Ruiz: three people killed in the blast.")
    assert who is not None and who.name.startswith("Police")
    assert find_reporter("Jowhar Market: three people killed in the blast.") is None
    # a later sentence naming the colonel by rank and surname is the same speaker
    text = (
        "Gunmen attacked the base at Jowhar on Monday. Col. Ana Ruiz: four soldiers killed "
        "and six wounded. Col. Ruiz now says seven soldiers were killed."
    )
    read = extraction_figures(extract_article(text, date(2026, 5, 9), "Somalia"))
    assert (7, "killed", "Col. Ana Ruiz") in read
    assert (6, "wounded", "Col. Ana Ruiz") in read
    # the superseded four is no figure (and no false death of the six wounded)
    assert all(not (f[0] == 4 and f[1] == "killed") for f in read)


def test_a_title_at_a_line_end_goes_on_with_the_name_below():
    """ "… before dawn. Sector commander" / "Col. Ana Ruiz: …": a title wrapped away from its
    holder's rank and name joins the next line (read apart, the label lost its speaker)."""
    text = "Gunmen attacked the base at Jowhar before dawn. Sector commander\nCol. Ana Ruiz: two."
    assert "Sector commander Col. Ana Ruiz:" in normalise(text).text
    # a heading line that ends a sentence stays apart
    text = "Report of the sector commander.\nCol. Ana Ruiz signed it."
    assert "\n" in normalise(text).text


def test_a_table_ruled_once_with_wrapped_notes_is_read_by_its_notes():
    """A log's table ruled once under its heading, its words column ("REMARKS", "INCIDENT",
    "ACTION") wrapped over the rows under each entry: each entry's words are one paragraph
    (a word hyphenated at a cell's end joined), its dates, times and readings dropped."""
    text = (
        "RUN | DATE     | KM  | REMARKS\n"
        "----+----------+-----+------------------------------\n"
        " 3  | 04/05/26 | 120 | Road open. Police at Dori say\n"
        "    |          |     | 4 herders were killed and two\n"
        "    |          |     | in-\n"
        "    |          |     | jured near the well.\n"
        " 4  | 05/05/26 |  80 | Fuel 40 litres.\n"
    )
    clean = normalise(text).text
    assert "Police at Dori say 4 herders were killed and two injured near the well." in clean
    assert "04/05/26" not in clean
    read = extraction_figures(extract_article(text, date(2026, 5, 6), "Burkina Faso"))
    assert (4, "killed", "Police at Dori") in read
    assert (2, "wounded", "Police at Dori") in read
    # the wounded two are not read as dead
    assert all(not (f[0] == 2 and f[1] == "killed") for f in read)


def test_a_bodys_statement_as_a_label_names_the_speaker():
    """ "Army statement on radio: troops killed seven …", "Memo from the Registry: four
    students …": a body's statement, memo or message named before the colon is its report
    (read before as the document's own or no one's)."""
    who = find_reporter("Army statement on radio: troops killed seven gunmen near Dori.")
    assert who is not None and who.name.casefold() == "army"
    who = find_reporter("Memo from the Registry: four students were abducted near Dori.")
    assert who is not None and who.name == "Registry"
    who = find_reporter(
        "Kano State Police Command statement read at the gate: two people killed and 5 injured."
    )
    assert who is not None and who.name == "Kano State Police Command"
    # a statement of account, a notice of closure: no body
    assert find_reporter("Statement of account: two people injured at the gate.") is None


def test_a_raw_translations_idioms_for_killing_and_abduction_are_read():
    """A raw machine translation from Spanish: "deprived of the life to 5 persons" killed them,
    "were deprived of the liberty 2 drivers" abducted them, "resulted injured" was injured,
    "they were 6 the deceased" six dead, "the arrest of 3 probable responsible" three suspects
    arrested, "Of them, 1 was located alive" one freed."""
    text = (
        "SYNTHESIS OF THE FACTS: On 3 of March of 2026 in the market of Jerez, armed subjects "
        "deprived of the life to 5 persons and injured to 2 more. A element of the State Police "
        "resulted injured. According to the Red Cross, they were 6 the deceased in the place. "
        "The Army reported the arrest of 3 probable responsible.\n\n"
        "The day 5 of March in Tlaltenango were deprived of the liberty 2 drivers of a bus "
        "company. Of them, 1 was located alive the day 7 of March."
    )
    read = extraction_figures(extract_article(text, date(2026, 3, 9), "Mexico"))
    values = [(f[0], f[1]) for f in read]
    assert (5, "killed") in values
    assert (2, "wounded") in values
    assert (1, "wounded") in values
    assert (6, "killed") in values
    assert (3, "arrested") in values
    assert (2, "abducted") in values
    assert (1, "freed") in values
    # the abducted two and the one freed are no deaths; no count of 2 or 1 is killed
    assert (2, "killed") not in values and (1, "killed") not in values
    # a prison's "persons deprived of liberty" are its inmates, no one abducted
    text = (
        "Gunmen attacked the jail in Jerez on 2 March and 2 guards were injured. The team "
        "interviewed 37 persons deprived of liberty in private."
    )
    read = extraction_figures(extract_article(text, date(2026, 3, 9), "Mexico"))
    assert [(f[0], f[1]) for f in read] == [(2, "wounded")]


def test_a_french_translations_fallen_and_a_monasterys_novices_are_read():
    """ "4 VDP are fallen" (from French "sont tombés") are four killed; novices of a monastery
    are civilians ("three novices were killed when shells hit the compound")."""
    text = (
        "According to the mayor of Kaya, 4 VDP are fallen and 6 others wounded in the defence "
        "of Dablo on 2 March."
    )
    read = extraction_figures(extract_article(text, date(2026, 3, 9), "Burkina Faso"))
    assert [(f[0], f[1]) for f in read] == [(4, "killed"), (6, "wounded")]
    # the wounded six are no deaths
    assert (6, "killed") not in [(f[0], f[1]) for f in read]
    text = "The abbot says three novices were killed when shells hit the compound near Hsipaw."
    found = extract_article(text, date(2026, 3, 9), "Myanmar")
    assert [(f.best, f.victim_group) for c in found.candidates for f in c.figures] == [
        (3, "civilians")
    ]


def test_a_named_armed_group_that_stopped_people_and_took_them_abducted_them():
    """ "Al-Shabaab stopped trucks near the town and took six drivers": a named armed group as
    the attackers of the clause, as "gunmen" were (not "took two wounded drivers to the
    hospital", who stay wounded)."""
    text = (
        "Al-Shabaab stopped trucks near Jowhar and took six drivers, elders say; four were "
        "let go in the evening."
    )
    read = extraction_figures(extract_article(text, date(2026, 5, 9), "Somalia"))
    assert [(f[0], f[1]) for f in read] == [(4, "freed"), (6, "abducted")]
    text = (
        "Al-Shabaab attacked the convoy near Jowhar and took two wounded drivers to the "
        "hospital, elders say."
    )
    read = extraction_figures(extract_article(text, date(2026, 5, 9), "Somalia"))
    assert [(f[0], f[1]) for f in read] == [(2, "wounded")]


def test_a_person_by_trade_before_a_colon_names_the_speaker():
    """ "Driver Ana Ruiz: 5 people abducted …": a person named by a trade capitalised as a title
    before a colon speaks what follows (a trade alone, "Driver:", or "Witness statements:"
    names no one)."""
    who = find_reporter("Driver Tomás: 5 people abducted from a bus on the road yesterday.")
    assert who is not None and who.text == "Driver Tomás"
    assert find_reporter("Driver: 5 people abducted from a bus on the road.") is None
    assert find_reporter("Witness statements: two people killed on the road.") is None
    text = "Driver Tomás: 5 people abducted from a bus on the Ancuabe road, 2 passengers wounded."
    read = extraction_figures(extract_article(text, date(2026, 9, 6), "Mozambique"))
    assert (5, "abducted", "Driver Tomás") in read
    assert (2, "wounded", "Driver Tomás") in read
    assert all(f[1] != "killed" for f in read)


def test_what_someone_adds_that_a_body_communicated_is_the_bodys():
    """ "P-07 adds that the army communicated on the radio that 31 terrorists were
    neutralised": a relay of a body's communiqué is the body's figure, as "said that the
    police said" was."""
    who = find_reporter(
        "P-07 adds that the army communicated on the radio that 31 terrorists were neutralised."
    )
    assert who is not None and who.name == "Army"
    # a wounded figure the relay gives stays wounded, and the relay's
    read = extraction_figures(
        extract_article(
            "P-07 adds that the army communicated that 6 soldiers were wounded in Taparko.",
            date(2026, 3, 20),
            "Burkina Faso",
        )
    )
    assert read == [(6, "wounded", "Army")]
