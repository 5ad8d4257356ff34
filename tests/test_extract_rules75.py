"""Extraction rules of the seventy-fifth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_captives_marched_into_the_bush_are_abducted_not_killed():
    """'the gunmen marched 9 passengers into the bush', 'forced four women into the forest':
    people driven off to a hide-out are abducted, even beside a death toll in the same
    sentence; people led somewhere else are no figure."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a bus near Funtua on Monday. The transport union said that three "
            "passengers were killed on the spot and that the gunmen marched 9 passengers into "
            "the bush.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert sorted(read) == [(3, "killed", "Transport union"), (9, "abducted", "Transport union")]
    read = extraction_figures(
        extract_article(
            "Bandits raided a farm near Funtua on Monday. The police said the bandits killed two "
            "men and forced four women into the forest; five were injured.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert sorted(read) == [
        (2, "killed", "Police"),
        (4, "abducted", "Police"),
        (5, "wounded", "Police"),
    ]
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a school near Funtua on Monday, killing two guards. Teachers led "
            "40 pupils to the school hall.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert sorted(read) == [(2, "killed", None)]


def test_an_earlier_count_the_sentence_withdraws_is_no_figure():
    """'The first count of one guard killed, given in bulletin 12, is withdrawn': the wrong,
    earlier count is no figure (not a death beside the wounded and missing told next)."""
    read = extraction_figures(
        extract_article(
            "Gunmen ambushed a convoy near Kaya on Monday. The gendarmerie said two guards were "
            "killed and three wounded. The first count of one guard killed, given in bulletin "
            "12, is withdrawn. Our driver was wounded and one messenger is missing.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert (1, "killed", "Gendarmerie") not in read
    assert [f for f in read if f[1] == "killed"] == [(2, "killed", "Gendarmerie")]
    assert (3, "wounded", "Gendarmerie") in read
    # another count of the same sentence stays
    read = extraction_figures(
        extract_article(
            "Gunmen raided a market near Kaya on Monday. The mayor said three traders were "
            "wounded, and the first count of one trader killed, given on Monday, is withdrawn.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert read == [(3, "wounded", "Mayor")]
