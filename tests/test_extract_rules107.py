"""Extraction rules of the hundred-and-seventh round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_the_language_or_the_place_between_a_verb_of_saying_and_its_that():
    """ "… declared in Hausa that", "… reported at the desk that": no part of who speaks."""
    found = find_reporter(
        "The elder Musa Bello, head of the ward, declared in Hausa that raiders killed 7 herders."
    )
    assert found.name == "Elder Musa Bello"
    found = find_reporter(
        "Chief of Kalla, Alhaji Umar Sale, reported at the desk that 14 women were abducted."
    )
    assert found is not None and "Umar Sale" in found.name


def test_a_report_of_a_body_speaks_for_the_body():
    """ "read the report of the police which counts …", "a claim of the rebels which says
    …", "the communiqué of the army indicates …": the body, not the one who read it out."""
    found = find_reporter("The lawyer read the report of the police which counts 6 dead.")
    assert found.name == "Police"
    found = find_reporter(
        "The judge answered that the communiqué of the FACA indicates 8 rebels neutralised."
    )
    assert found.name == "FACA"
    found = find_reporter(
        "Counsel tendered a video in which the LRA claimed to have killed 12 soldiers."
    )
    assert found.name == "LRA"


def test_a_station_diary_row_before_its_entry():
    """ "SD 12 03/04/26 1130hrs Sgt. Ali Musa Ward head … reported …": the row's code, day,
    hour and writer are no part of the entry's grammar."""
    found = find_reporter(
        "SD 12 03/04/26 1130hrs Sgt. Ali Musa Ward head Alhaji Bello Sani told the DPO that "
        "9 persons were abducted."
    )
    assert found is not None and "Bello Sani" in found.name


def test_a_court_s_own_finding_in_its_own_record():
    """ "The court found that …" in a court's record: the document's own voice."""
    found = extract_article(
        "HIGH COURT OF KALLA\n\nPRESS RELEASE\n\nThe court found that the accused killed 3 "
        "farmers and wounded 5 at Kalla market on 2 March 2026.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    reporters = {r for c in found.candidates for r in c.reported_by}
    assert not any(r == "Court" for r in reporters)
    assert any(f.best == 5 for c in found.candidates for f in c.other_figures)


def test_the_accused_of_a_case_arrested():
    """ "The 4 accused of the case were arrested …": the accused, named so for the trial, no
    count told before; their arrest a figure."""
    found = figures_found(
        "Gunmen killed 2 traders at Kalla on 3 May. The 4 accused of the case were arrested by "
        "police in Kalla on 9 May."
    )
    assert (4, "arrested", None) in found
    assert (2, "killed", None) in found


def test_a_hearing_record_s_witness_over_wrapped_lines():
    """ "… before us, …, appeared the named" / "ALI MUSA Bello, aged 40, …, declares:": the
    answers are the witness's, the name wrapped onto the next line."""
    found = extract_article(
        "In the year two thousand twenty-six, the fourth day of May, before us, Inspector\n"
        "Jean Kabila, Judicial Police Officer, appeared the named KAHINDO MASIKA\n"
        "Aline, aged 40, trader, who declares:\n\n"
        "Q: What happened at Kalla?\n"
        "A: The rebels came at night. They killed 6 people.\n"
        "Q: Anything else?\n"
        "A: They took away 4 people.\n",
        published=date(2026, 5, 4),
        country="DR Congo",
    )
    reporters = " ".join(r for c in found.candidates for r in c.reported_by)
    assert "KAHINDO MASIKA" in reporters.upper()


def test_an_inspector_s_or_a_corporal_s_rank_ends_no_sentence():
    """ "Insp. Ali Musa" / "Cpl. Ana Ruiz": a rank's abbreviation, not a sentence's end, so
    the speaker after the writer's name is read with the entry."""
    found = extract_article(
        "SD 7 02/05/26 1600hrs Insp. Ali Musa Signal from Operation Safe Haven: troops "
        "neutralised 6 bandits near Kalla.",
        published=date(2026, 5, 3),
        country="Nigeria",
    )
    assert any("Safe Haven" in r for c in found.candidates for r in c.reported_by)


def test_a_burial_per_religious_rites_names_no_source():
    """ "buried per Islamic rites": a rule followed, not "according to"."""
    assert find_reporter("The 4 bodies were handed over for burial per Islamic rites.") is None
    assert find_reporter("2 guards were killed per the district chairman.").name == (
        "District chairman"
    )


def test_a_count_before_an_armed_group_s_bare_name():
    """ "4 ADF were neutralised and 2 captured": the group's fighters, killed and held."""
    found = figures_found(
        "The army spokesman said 5 ADF were neutralised and 3 captured near Kalla.", "DR Congo"
    )
    assert (5, "killed", "Army") in [(b, o, r and r.split()[0]) for b, o, r in found]
    assert any(b == 3 and o == "arrested" for b, o, _ in found)


def test_a_body_s_release_read_out_before_a_colon():
    """ "ISPR press release read out in the bar: …": the release's body speaks."""
    found = find_reporter(
        "ISPR press release read out in the court: 6 khwarij were killed near Kalla."
    )
    assert found.name == "ISPR"


def test_a_body_then_per_its_own_office():
    """ "Rescue 1122 shifted 5 injured persons …, per their control room": the body, by its
    office; a count of victims "per their families" is not the killers'."""
    found = find_reporter(
        "Edhi Foundation moved 4 injured persons to the city hospital, per their control room."
    )
    assert found.name == "Edhi Foundation"
    assert find_reporter("Gunmen killed 4 herders near Kalla, per their families.") is None
