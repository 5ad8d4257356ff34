"""Extraction rules of the hundred-and-forty-eighth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found, groups_found


def test_shaheed_right_after_the_men_counted_is_a_death():
    """ "2 police jawans shaheed and 3 injured": a clipped alert's Urdu word for martyred,
    right after the men counted, with no "were" before it; not a name in capitals."""
    assert figures_found(
        "The district police said 4 constables shaheed and 2 injured at the picket.", "Pakistan"
    ) == [(2, "wounded", "District police"), (4, "killed", "District police")]
    assert figures_found("Levies update: 2 sepoys shaheed now.", "Pakistan") == [
        (2, "killed", "Levies")
    ]


def test_taken_with_them_into_the_hills_is_an_abduction():
    """ "5 drivers taken with them towards the hills": carried off by the armed men into the
    wild; not "taken with them to the clinic"."""
    assert figures_found("Four herders taken with them towards the hills at dawn.") == [
        (4, "abducted", None)
    ]
    assert figures_found("Four herders taken with them to the clinic.") == []


def test_a_body_described_between_commas_puts_the_toll():
    """ "The Rights Monitor, a UK-based monitoring group, puts the death toll at 17": the body
    reports, its description between commas."""
    assert figures_found(
        "The Sahel Rights Observatory, a Dakar-based monitoring group, puts the death toll at 23.",
        "Mali",
    ) == [(23, "killed", "Sahel Rights Observatory")]


def test_a_second_body_by_its_name_after_and_the_speaks_for_its_clause():
    """ "… the ministry said two soldiers were killed and the Asayish said three of its members
    died": each clause its own speaker, with no comma before "and"."""
    assert figures_found(
        "The interior ministry said four soldiers were killed and the Kataib Hezbollah said two "
        "of its fighters died.",
        "Iraq",
    ) == [(2, "killed", "Kataib Hezbollah"), (4, "killed", "Interior ministry")]


def test_killed_among_two_sides_is_of_no_one_side():
    """ "41 killed among the Christians and the apostates": one count over civilians and the
    state's men, whose side is not one (one people alone gives its side)."""
    assert groups_found("The toll rose to 19 killed among the villagers and the soldiers.") == [
        (19, "killed", "unknown")
    ]
    assert groups_found("The toll rose to 19 killed among the villagers.") == [
        (19, "killed", "civilians")
    ]


def test_air_strikes_on_the_column_as_it_withdrew_are_part_of_the_attack():
    """ "… neutralised in the fighting and in air strikes on the column as it withdrew": the
    pursuit of the attackers just told, no operation of its own."""
    from analysis.extract import extract_article

    found = extract_article(
        "Gunmen attacked an army post at Gaya overnight, killing 6 soldiers, a security source "
        "said.\n\nThe army said 14 terrorists had been neutralised in the fighting and in air "
        "strikes on the column as it withdrew.",
        published=date(2026, 3, 14),
        country="Niger",
    )
    assert len(found.candidates) == 1
