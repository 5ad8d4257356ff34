"""Extraction rules of the seventy-third round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


def test_a_body_that_declared_that_or_affirms_to_have_speaks():
    """'The mayor declared that …', 'The front affirms to have neutralized …': a translation's
    'a déclaré que', 'affirme avoir' name who speaks; who was declared something does not."""
    assert find_reporter("The district mayor declared that four herders were killed.").name == (
        "District mayor"
    )
    assert find_reporter(
        "The rebel front in a statement affirms to have killed 9 soldiers."
    ).name == ("Rebel front")
    assert find_reporter("The army affirmed that 12 rebels died in the fighting.").name == "Army"
    # "was declared" is what happened to him, no speaker
    assert find_reporter("The area was declared that night a red zone; 3 people died.") is None
    # the wounded and missing beside the verb stay what they are, the declarer's
    read = extraction_figures(
        extract_article(
            "Gunmen attacked herders near Rutshuru on Sunday. The village chief declared that "
            "two herders were killed, four wounded and three abducted.",
            date(2025, 10, 14),
            "DR Congo",
        )
    )
    assert sorted(read) == [
        (2, "killed", "Village chief"),
        (3, "abducted", "Village chief"),
        (4, "wounded", "Village chief"),
    ]


def test_a_claiming_group_s_own_outlet_speaks_for_the_group():
    """'Al-Shabaab claimed the Awdheegle raid; its radio said …', 'ISWAP claimed the attack.
    Its news agency said …': the group's own outlet, "its", is the group's (a place's name
    before "attack" too); the wounded and abducted it gives stay what they are."""
    read = extraction_figures(
        extract_article(
            "Militants stormed a base near Awdheegle on Monday. The district commissioner said "
            "three soldiers were killed.\n\n"
            "Al-Shabaab claimed the Awdheegle attack; its radio said it had killed 14 soldiers "
            "and captured two.",
            date(2025, 10, 14),
            "Somalia",
        )
    )
    assert (3, "killed", "District commissioner") in read
    assert (14, "killed", "Al-Shabaab radio") in read
    assert [f for f in read if f[1] == "killed"] == [
        (3, "killed", "District commissioner"),
        (14, "killed", "Al-Shabaab radio"),
    ]
    read = extraction_figures(
        extract_article(
            "Gunmen raided a village near Monguno on Sunday. ISWAP claimed the attack. Its news "
            "agency said its fighters had killed 6 soldiers and wounded 4.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert sorted(read) == [
        (4, "wounded", "ISWAP news agency"),
        (6, "killed", "ISWAP news agency"),
    ]


def test_retained_by_armed_men_is_taken_and_hit_in_a_limb_is_wounded():
    """'2 fishermen were retained by armed men' (a translation's 'retenus'), 'a driver was
    hit in the forearm': taken and wounded, never dead; 'retained by the
    company' and a truck 'hit in the back' are no one's outcome."""
    assert sentence_outcomes("2 fishermen of the crew were retained by armed men overnight.") == [
        (2, "abducted")
    ]
    assert sentence_outcomes("Three drivers were retained by the company for another year.") == []
    assert sentence_outcomes("A driver, Amadou, was hit in the forearm.") == [(1, "wounded")]
    assert sentence_outcomes("The lorry was hit in the back by a rocket.") == []
    # the wounded and the taken beside a death stay what they are
    read = extraction_figures(
        extract_article(
            "Gunmen fired on a survey team near Tambura on Monday. A guard was hit in the "
            "shoulder and 3 herders were retained by armed men; police said one soldier "
            "was killed.",
            date(2025, 10, 14),
            "South Sudan",
        )
    )
    assert sorted((v, o) for v, o, _ in read) == [(1, "killed"), (1, "wounded"), (3, "abducted")]


def test_a_body_that_denounced_that_or_informed_a_count_speaks():
    """'The Ombudsman denounced that 3 peasants were killed', 'The Army informed 4 rebels dead
    and 3 captured': a translation's 'denunció que', 'informó'; 'was informed' is who was
    told. The captured stay arrested, not dead."""
    assert find_reporter("The Ombudsman denounced that 3 farmers were killed in Balboa.").name == (
        "Ombudsman"
    )
    assert find_reporter("The mayor was informed 2 days later that 4 men had died.") is None
    read = extraction_figures(
        extract_article(
            "Fighting broke out near Suárez on Sunday. The National Army informed 4 dissidents "
            "dead in combat and 3 captured.",
            date(2025, 10, 14),
            "Colombia",
        )
    )
    assert sorted(read) == [(3, "arrested", "National Army"), (4, "killed", "National Army")]


def test_an_hour_or_a_medium_opening_the_sentence_is_no_part_of_who_speaks():
    """'At 13:40 Col. Ruiz raised the toll to 9', 'On its Facebook page the "Front" claimed
    …': the hour and the medium come before the speaker, who still speaks; a sentence with
    no speaker after them names none. The wounded stay wounded."""
    assert find_reporter(
        "At 13:40 Col. Ana Ruiz raised the number of soldiers killed to 9."
    ).name == ("Col. Ana Ruiz")
    reporter = find_reporter("At 9.15 am, the district officer said 3 people were wounded.")
    assert (reporter.name, reporter.text) == ("District officer", "the district officer")
    assert find_reporter("At 13:40 a bomb killed 3 people.") is None
    assert find_reporter(
        'On a rebel Facebook page the "Southern Front" claimed it killed 7 soldiers.'
    ).name == ("Southern Front")
    read = extraction_figures(
        extract_article(
            "A bomb hit a checkpoint in Khost on Monday. At 07:00 the district police chief "
            "said four policemen were killed and six wounded.",
            date(2025, 10, 14),
            "Afghanistan",
        )
    )
    assert sorted(read) == [
        (4, "killed", "District police chief"),
        (6, "wounded", "District police chief"),
    ]


def test_a_quote_of_two_words_closed_after_the_stop_still_names_the_victims():
    """'claimed they killed 11 “Republic soldiers.”': the quoted words before the noun, the
    quote closed after the full stop; a wounded count quoted so stays wounded."""
    assert sentence_outcomes("The rebels claimed they killed 11 “occupation soldiers.”") == [
        (11, "killed")
    ]
    assert sentence_outcomes("The rebels claimed they wounded 6 “puppet soldiers.”") == [
        (6, "wounded")
    ]


def test_taken_at_gunpoint_is_abducted():
    """'Two technicians were taken at gunpoint': taken by force; 'taken at 12:30 to the
    hospital' is no abduction and no death."""
    assert sentence_outcomes("Two technicians were taken at gunpoint near the well.") == [
        (2, "abducted")
    ]
    assert sentence_outcomes("Four soldiers were killed and a driver was taken at gunpoint.") == [
        (4, "killed"),
        (1, "abducted"),
    ]
    outcomes = sentence_outcomes("Two injured men were taken at 12:30 to the district hospital.")
    assert all(o not in ("abducted", "killed") for _, o in outcomes)
