"""Extraction rules of the hundred-and-twenty-first round (general patterns, each with sentences
of their own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_an_adverb_before_the_verb_is_no_part_of_who_speaks():
    """ "Counsel further submitted that …", "The lawyer again said …": the speaker alone."""
    assert find_reporter("The advocate further submitted that 4 of the men were freed.").name == (
        "Advocate"
    )
    assert find_reporter("The lawyer again said 2 of the boys were released.").name == "Lawyer"


def test_a_submission_that_relays_another_names_the_one_relayed():
    """ "Counsel submitted that the village head put the dead at seven": the village head's
    count, the advocate's submission only carries it."""
    found = find_reporter("Counsel argued that the chief of Kalla put the dead at five people.")
    assert found.name == "Chief of Kalla"


def test_a_pronoun_relaying_a_named_speaker_gives_the_named_speaker():
    """ "He added that the district chairman told journalists that 31 were kidnapped": the
    pronoun carries the chairman's words; a pronoun's own figures keep no one here."""
    found = find_reporter("She added that the ward councillor told reporters 12 were abducted.")
    assert found.name == "Ward councillor"
    assert find_reporter("He said that the attackers killed 3 men.") is None


def test_a_turn_with_a_note_of_how_it_was_spoken_reads_past_the_note():
    """ "Okafor (in reply): The officer said …": the note in brackets before the turn's colon
    hides nothing."""
    found = find_reporter("Danjuma (in reply): The sergeant said 2 of the gunmen were killed.")
    assert found.name == "Sergeant"


def test_the_subject_before_an_aside_naming_its_medium_speaks():
    """ "The outfit X, in a statement posted online, claimed …": the outfit, not "in a";
    also after a relay's "that"."""
    found = find_reporter("The banned group Jund Kalla, in a post online, claimed 8 soldiers died.")
    assert found.name.endswith("Jund Kalla")
    found = find_reporter(
        "The mission notes that the ombudsman, in its weekly bulletin, reported 6 deaths in Kalla."
    )
    assert found.name == "Ombudsman"


def test_a_claim_in_the_claimant_s_own_medium_names_the_claimant():
    """ "The rebels claimed in their weekly bulletin the killing of 9 soldiers", "X claimed
    responsibility through its news agency, stating that …"."""
    assert (
        find_reporter("The rebels claimed in their bulletin the killing of 9 soldiers.").name
        == "Rebels"
    )
    found = find_reporter(
        "Jund Kalla claimed responsibility through its radio, stating that 7 guards were killed."
    )
    assert found.name == "Jund Kalla"


def test_fell_martyrs_is_a_death():
    """ "5 guards fell martyrs": a translation's "fell as martyrs", killed."""
    assert figures_found("Five guards fell martyrs in the attack on Kalla.") == [
        (5, "killed", None)
    ]


def test_members_of_a_force_named_as_its_members_are_the_force_s():
    """ "five members of the Asayish": a force listed as "Asayish members"."""
    from analysis.extract.figures import find_casualty_figures

    found = find_casualty_figures("Five members of the Asayish were killed at Kalla.")
    assert [f.victim_group for f in found] == ["security_forces"]
