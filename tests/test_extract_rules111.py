"""Extraction rules of the hundred-and-eleventh round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_person_named_as_one_of_a_numbered_toll_is_no_death_of_his_own():
    """ "the burial of old Tanko, one of the 5 herders killed at the well": who one of the toll
    was; the toll is the five, the one no count (nor a death of its own beside the five)."""
    assert figures_found(
        "Gunmen attacked Kalla. We buried old Tanko, one of the 5 herders killed in the attack."
    ) == [(5, "killed", None)]
    assert figures_found(
        "Gunmen raided Kalla. My uncle, one of the 3 traders abducted in the raid, sent word."
    ) == [(3, "abducted", None)]
    # (with a verb of its own, the one is what befell him: "…, one of the 5 abducted was freed")
    assert figures_found("In Kalla, one of the 5 abducted drivers was freed on Monday.") == [
        (1, "freed", None)
    ]


def test_a_body_reporting_a_count_in_a_clause_after_a_comma():
    """ "…, the District Police reported 4 killed and 2 wounded": a comma's clause whose subject
    is a body named in capitals (or the police) reports the counts right after its verb."""
    assert sorted(
        figures_found(
            "The market stayed shut on Friday, the District Police reported 4 killed and 2 wounded."
        )
    ) == [(2, "wounded", "District Police"), (4, "killed", "District Police")]


def test_the_writer_s_own_count_names_no_reporter():
    """ "By my count at least 9 people were killed": the writer's own count, with or without
    the comma, is no one quoted."""
    assert figures_found("By my count at least 9 people were killed in the raids this month.") == [
        (9, "killed", None)
    ]


def test_a_clock_s_colon_does_not_cut_off_the_speaker():
    """ "The stall closed at 14:30 after the news from Kalla: the army said …": the hour's
    colon is no colon of the sentence."""
    assert figures_found(
        "The stall closed at 14:30 after the news from Kalla: the army said 5 soldiers were killed."
    ) == [(5, "killed", "Army")]


def test_a_caller_s_message_after_a_colon():
    """ "Issa called: 3 of the drivers were freed last night": who called gives the message
    after the colon (not the body quoted the sentence before)."""
    assert figures_found(
        "Gunmen stopped a bus at Kalla, the army said. Issa called: 3 of the drivers were freed "
        "last night, he said."
    ) == [(3, "freed", "Issa")]
    assert figures_found(
        "Gunmen stopped a bus at Kalla. Issa called: 3 of the drivers were freed last night."
    ) == [(3, "freed", "Issa")]


def test_a_toll_announced_with_no_noun():
    """ "The governor announced 12 killed and 7 wounded": the toll straight after "announced",
    as after "said"."""
    assert sorted(
        figures_found("The governor announced 12 killed and 7 wounded in the clashes.")
    ) == [
        (7, "wounded", "Governor"),
        (12, "killed", "Governor"),
    ]
