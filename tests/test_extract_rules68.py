"""Extraction rules of the sixty-eighth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article


def _read(text: str, country: str = "Sudan") -> list[tuple[int | None, str, str | None]]:
    return extraction_figures(extract_article(text, date(2026, 3, 4), country))


def test_a_year_month_day_date_is_no_count():
    """'2026-02-17 editor03 - toll changed': the day of a date written year-month-day is no
    number of people (the changed toll's own numbers are told by the rules of changes)."""
    assert sentence_outcomes("Log: 2025-10-17 victims killed changed 4 -> 6.") == []
    assert sentence_outcomes("Entry 2026-02-19 editor03 - 3 civilians wounded.") == [(3, "wounded")]
    # (a wounded figure beside the date stays a wounded figure, no death)
    assert sentence_outcomes("On 2026-01-21 gunmen wounded 5 guards and killed 2.") == [
        (5, "wounded"),
        (2, "killed"),
    ]


def test_between_them_after_a_count_names_some_of_it():
    """'… 8 villagers were killed, between them a man and his son': a translation's 'entre
    ellos' after a count, read as 'among them' (the named ones are some of the count)."""
    assert _read(
        "Residents said 8 villagers were killed on Monday, between them a woman and her daughter."
    ) == [(8, "killed", "Residents")]
    assert sentence_outcomes(
        "Six herders were wounded near the well, between them a woman and her son."
    ) == [(6, "wounded")]
    # (an abducted part beside a death toll: neither the part nor a death of its own)
    assert sentence_outcomes(
        "Gunmen abducted 9 travellers near the bridge, between them a woman and her two sons, "
        "and killed 2 guards."
    ) == [(9, "abducted"), (2, "killed")]
    # (no count before: "between them" joins nothing, the two stay a figure)
    assert sentence_outcomes("A woman and her son were abducted near the well.") == [
        (2, "abducted")
    ]


def test_a_count_said_to_be_included_in_a_toll_above_is_no_new_figure():
    """'Three of them died later (included in the 20 above)': a count the text says it has
    given already in a toll before."""
    assert _read(
        "The hospital received 20 bodies. It also admitted 14 injured people. Three of them "
        "died later and are listed under 4/07 (included in the 20 above)."
    ) == [(14, "wounded", None), (20, "killed", None)]
    # (without the note, the three who died are a figure of their own)
    assert (3, "killed", None) in _read(
        "The hospital received 20 bodies. It also admitted 14 injured people. Three of them "
        "died later."
    )


def test_why_a_toll_was_changed_in_brackets_is_no_new_figure():
    """'victims killed changed 5 -> 7 (two of the wounded died in hospital)': the bracket says
    why the toll was changed; the two are in the new toll, no figure of their own."""
    assert (
        sentence_outcomes(
            "History: editor03 - victims killed changed 5 -> 7 "
            "(two of the wounded died in hospital)."
        )
        == []
    )
    # (the wounded told in the sentence before stay wounded, no death)
    assert _read(
        "Gunmen wounded 4 guards in Bara. History: editor03 - victims killed changed 5 -> 7 "
        "(two of the wounded died in hospital)."
    ) == [(4, "wounded", None)]


def test_a_translated_declaration_manifests_or_declares():
    """'The declarant manifests that …', 'She declares that …': a translation's "manifiesta
    que", "declara que"; the declarant speaks, and 'she' takes her up."""
    assert _read(
        "Gunmen raided the village of La Loma in Tumaco. The declarant manifests that the men "
        "killed 4 persons in the village. She declares that her brother is disappeared since "
        "that day.",
        "Colombia",
    ) == [(1, "missing", "Declarant"), (4, "killed", "Declarant")]


def test_a_body_informed_through_its_office_or_informed_an_outcome():
    """'The Army informed through its press office that …', 'The Police informed the capture
    of 3 …': a translation's "informó a través de", "informó la captura de"."""
    assert _read(
        "Clashes broke out near Tumaco. The Army informed through its press office that 5 "
        "members of the armed group died in combat. The Police of Tumaco informed the capture "
        "of 2 alleged members of the group.",
        "Colombia",
    ) == [(2, "arrested", "Police of Tumaco"), (5, "killed", "Army")]
    # (who was informed does not speak)
    assert (3, "wounded", None) in _read(
        "Clashes broke out near Tumaco. The family was informed the capture of their son. "
        "Gunmen wounded 3 guards in Tumaco.",
        "Colombia",
    )


def test_people_taken_with_them_are_abducted_and_those_who_returned_freed():
    """'the armed men took with them 6 farmers …, of the which 3 returned': a translation's
    "se llevaron consigo" and "de los cuales": taken along, then some of them back."""
    assert sentence_outcomes(
        "The armed men took with them 6 farmers toward the river, of the which 3 returned "
        "after two days."
    ) == [(6, "abducted"), (3, "freed")]
    assert sentence_outcomes("Bandits kidnapped 7 traders, of whom 2 returned home.") == [
        (7, "abducted"),
        (2, "freed"),
    ]
    # (the wounded who "returned" are no freed figure, and no death)
    assert sentence_outcomes("Gunmen wounded 5 herders, of whom 2 returned home.") == [
        (5, "wounded")
    ]
    # (taken with them to a clinic is no abduction)
    assert sentence_outcomes("The nurses took with them 4 children to the clinic.") == []


def test_a_records_victims_field_above_its_narrative_is_no_heading():
    """'Victims (monitor's count): 7 civilians killed; 12 civilians injured' over the record's
    summary: the record's figures, not a heading over the report."""
    assert _read(
        "Incident record\nVictims (monitor's count): 7 civilians killed; 12 civilians injured\n"
        "Summary: A shell hit the bus station in Kadugli on a Friday."
    ) == [(7, "killed", None), (12, "wounded", None)]
    # (the injured stay injured, and a field with no count is still a heading)
    assert _read(
        "Incident record\nVictims: see annex\nSummary: A shell injured 4 traders in Kadugli."
    ) == [(4, "wounded", None)]
