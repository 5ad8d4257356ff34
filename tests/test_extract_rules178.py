"""Extraction rules of the hundred-and-seventy-eighth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found

from analysis.extract.reporters import find_reporter


def test_inverted_speaker_before_the_medium_or_occasion():
    """ "…, informed the Naval Command (CONAV) through a communiqué.": a translation's
    speaker after its verb, then the medium it spoke through; and "…, informed Inspector of
    Police Anil Rao in the press conference."."""
    said = find_reporter(
        "Three marines died in the attack on the river post, informed the Naval Command "
        "(CONAV) through a communiqué."
    )
    assert said is not None and said.name == "Naval Command (CONAV)"
    said = find_reporter(
        "In this 2 Maoists were killed, informed Inspector of Police Anil Rao in the press "
        "conference."
    )
    assert said is not None and said.name == "Inspector of Police Anil Rao"


def test_inverted_officials_and_a_titled_head_with_his_name():
    """ "…, informed BSF officials.", "…, reported the secretary of the union of drivers,
    Ana Quispe.": the inverted verb's speaker, a force's initials or a head's title and name."""
    said = find_reporter("On the canal road 3 jawans of BSF got injured, informed BSF officials.")
    assert said is not None and said.name == "BSF officials"
    said = find_reporter(
        "The guards held 4 men near the bridge, reported the secretary of the union of "
        "drivers, Ana Quispe."
    )
    assert said is not None and "Ana Quispe" in said.name


def test_the_same_body_informed_and_as_reported_the_body():
    """ "As reported the press service of the Border Guard, …" names the speaker after its
    verb; "…, informed the same press service." and "…, the same institution informed." take
    up the body named before."""
    found = figures_found(
        "As reported the press service of the Border Guard, smugglers took as hostages 2 "
        "drivers of the lorries near Kursk. Both hostages were freed without harm, informed "
        "the same press service.",
        country="Russia",
    )
    assert (2, "abducted", "Press service of the Border Guard") in found
    said = find_reporter("Near the ford 2 rebels were abated, the same institution informed.")
    assert said is not None and said.text == "the same institution"


def test_reports_in_some_outlets_are_the_outlets():
    """ "Contrary to reports in some sections of the press that 12 persons were killed, …":
    the outlets whose count it is."""
    said = find_reporter(
        "Contrary to reports in some sections of the press that 12 persons were killed in "
        "Gidan Waya, the verified figure is 5."
    )
    assert said is not None and said.name.casefold().endswith("press")


def test_those_held_as_linked_to_crime_or_a_terrorist_body_are_suspects():
    """ "captured 4 persons linked to the drug trafficking" (police): held suspects, not
    abducted; "were detained 3 followers of international terrorist organisation"."""
    found = groups_found(
        "In Satipo the agents of the police captured 4 persons linked to the drug trafficking.",
        "Peru",
    )
    assert found == [(4, "arrested", "militants")]
    found = groups_found(
        "In Kazan by employees of the FSB were detained 3 followers of international terrorist "
        "organisation, informed the FSB.",
        "Russia",
    )
    assert found == [(3, "arrested", "militants")]


def test_a_bodys_count_after_its_clause_and_what_it_acknowledges():
    """ "The Front pour la dignité (FPD), which organised the sit-in, now counts 4 people
    killed"; "The ministry also acknowledges one civilian death"."""
    found = figures_found(
        "The Front pour la dignité (FPD), which organised the sit-in, now counts 4 people "
        "killed in Kaloum.",
        country="Guinea",
    )
    assert (4, "killed", "Front pour la dignité (FPD)") in found
    said = find_reporter("The ministry also acknowledges one civilian death in Kaloum.")
    assert said is not None and said.name == "Ministry"


def test_a_formation_by_its_quoted_name_announces_in_a_post():
    """'The brigade known as the "Lions of the Coast" announced in a post on its page the
    death of 3 of its fighters': the formation, by the name it goes by, speaks."""
    said = find_reporter(
        'The brigade known as the "Lions of the Coast" announced in a post on its page the '
        "death of 3 of its fighters."
    )
    assert said is not None and "Lions of the Coast" in said.name


def test_a_notes_label_before_whom_it_quotes():
    """ "Note added by the editor who compiled these: the group's media arm said 7 soldiers
    were killed": the note quotes the media arm; its label is no speaker."""
    said = find_reporter(
        "Note added by the editor who compiled these: the Shabaab media arm said 7 soldiers "
        "were killed."
    )
    assert said is not None and said.name == "Shabaab media arm"


def test_bare_counts_of_the_people_fired_on():
    """ "police opened fire on a group of traders near the gate, killing 3 and wounding 4":
    the bare counts are of the traders."""
    found = groups_found(
        "Police opened fire on a group of traders near the gate of the market in Kano, "
        "killing 3 and wounding 4."
    )
    assert found == [(3, "killed", "civilians"), (4, "wounded", "civilians")]


def test_a_translation_in_brackets_after_a_quotation_is_the_speakers():
    """'The chief of Kora said: "…" (Three herders were injured in the raid.)': the
    translation in brackets is the quoted chief's words."""
    found = figures_found(
        "Gunmen raided Kora village on Monday.\n\nThe chief of Kora said: “Mutane uku sun "
        "ji rauni a harin.” (Three herders were injured in the raid.)"
    )
    assert (3, "wounded", "Chief of Kora") in found


def test_a_body_by_releasing_a_press_note_claimed():
    """ "The zonal committee of the CPI (Maoist) by releasing press note claimed that 4
    jawans were killed": how the body put its word out, between it and its verb."""
    said = find_reporter(
        "The zonal committee of the CPI (Maoist) by releasing press note claimed that 4 "
        "jawans were killed near Bijapur."
    )
    assert said is not None and said.name == "Zonal committee of the CPI (Maoist)"


def test_got_a_bullet_in_the_leg_is_wounded():
    """ "Two constables got bullets in their legs": a translation's "got a bullet", hurt."""
    found = groups_found("In the firing two constables got bullets in their legs.", "India")
    assert found == [(2, "wounded", "security_forces")]
