"""Extraction rules of the hundred-and-sixty-second round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import groups_found

from analysis.extract import extract_article


def test_an_arrest_told_as_a_noun_with_its_place_between_is_no_death():
    """ "the arrest in Kalla of 7 suspects linked to the attack … in which 6 people died": the
    7 are arrested (the place where between the noun and its "of"), not the attack's dead."""
    found = groups_found(
        "The state prosecutor announced the arrest in Kalla of 7 suspects linked to the "
        "raid on a market in which 6 people died."
    )
    assert (7, "arrested", "militants") in found
    assert (7, "killed", "militants") not in found
    assert groups_found("Police reported the abduction in Upper Kalla of 3 traders.") == [
        (3, "abducted", "civilians")
    ]


def test_probable_perpetrators_are_suspects():
    """ "5 probable perpetrators were arrested", "two presumed perpetrators": a translation's
    "probables responsables", "auteurs présumés", the men held for the deed."""
    assert groups_found("Police said 5 probable perpetrators were arrested near Kalla.") == [
        (5, "arrested", "militants")
    ]
    assert groups_found("Troops arrested two presumed perpetrators near Kalla.") == [
        (2, "arrested", "militants")
    ]


def test_a_bulleted_count_over_the_body_is_the_report_s_own_sum():
    """ "NATIONAL SUMMARY (13 March)" / "• 40 suspects arrested" / "• 6 hostages released"
    over a report's body: the summary's counts are the report's totals, no heading's words."""
    found = extract_article(
        "NATIONAL SUMMARY (13 March)\n\n• 40 suspects arrested\n• 6 hostages released\n\n"
        "Soldiers arrested 3 men in Culiacán after a shooting on Friday.",
        published=date(2026, 3, 14),
        country="Mexico",
    )
    assert sorted((f.best, f.outcome) for f in [*found.totals, *found.other_totals]) == [
        (6, "freed"),
        (40, "arrested"),
    ]


def test_one_hit_in_the_crossfire_is_wounded():
    """ "A vegetable vendor was also hit in the crossfire": struck by the shots exchanged,
    hurt; "… hit in the cross-fire and died later" dead."""
    assert groups_found(
        "Gunmen fired on a police post in Kalla. A tailor was also hit in the crossfire."
    ) == [(1, "wounded", "civilians")]
    assert groups_found(
        "Gunmen fired on a police post in Kalla. Two farmers were hit in the cross-fire and "
        "died later."
    ) == [(2, "killed", "civilians")]
