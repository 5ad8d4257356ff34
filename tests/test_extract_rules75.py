"""Extraction rules of the seventy-fifth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article
from analysis.extract.reporters import find_reporter


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


def test_a_body_that_acknowledges_declares_or_speaks_on_the_radio_of_a_count_gives_it():
    """'The army acknowledged four soldiers killed', 'The mayor declares 6 pupils dead', 'The
    spokesman spoke on the radio of 19 people killed': the body gives the count; the wounded
    it acknowledges beside the dead stay wounded."""
    assert find_reporter("The army acknowledged three soldiers killed in the ambush.").name == (
        "Army"
    )
    assert find_reporter("The prefect of Dori declares 5 herders dead in the raid.").name == (
        "Prefect of Dori"
    )
    assert find_reporter("The police spokesman spoke on the radio of 12 people killed.").name == (
        "Police spokesman"
    )
    # nothing counted, no report
    assert find_reporter("The company acknowledged the delay of the convoy.") is None
    read = extraction_figures(
        extract_article(
            "Militants ambushed a patrol near Mopti on Sunday. The army acknowledged three "
            "soldiers killed and about 8 wounded.",
            date(2025, 10, 14),
            "Mali",
        )
    )
    assert sorted(read) == [(3, "killed", "Army"), (8, "wounded", "Army")]


def test_a_reference_in_brackets_after_the_subject_does_not_hide_its_verb():
    """'The police report (file 12/3, dated 4-5-2026) records two persons killed …': the
    bracketed reference is read as left out; the wounded and abducted the report records beside
    the dead stay what they are, the report's."""
    assert find_reporter(
        "The incident report (ref. 45/2026, Maru Division, dated 3-4-2026) records two persons "
        "killed."
    ).name.startswith("Incident report")
    # brackets after a subject with no verb of saying name no one
    assert find_reporter("The army (which lost two men in May) was not present.") is None
    read = extraction_figures(
        extract_article(
            "Gunmen attacked a bus near Maru on Monday. The police extract (Maru Division, entry "
            "45/2026, dated 3-4-2026) records two persons killed, four persons injured and six "
            "persons kidnapped.",
            date(2025, 10, 14),
            "Nigeria",
        )
    )
    assert sorted(read) == [
        (2, "killed", "Police extract"),
        (4, "wounded", "Police extract"),
        (6, "abducted", "Police extract"),
    ]


def test_a_register_entry_s_label_before_a_colon_does_not_hide_who_speaks():
    """'Vouchers 11-14: the chief of Kona told us that …': the entry's label before the colon
    is no part of the sentence; the abducted and freed the chief gives stay his."""
    assert find_reporter(
        "Receipts 201-204: the district chief of Dori told us that five herders were abducted."
    ).name == ("District chief of Dori")
    # a label before a sentence that names no one names no one
    assert find_reporter("Warning: the road is closed and two men were killed.") is None
    read = extraction_figures(
        extract_article(
            "Armed men attacked travellers near Dori on Sunday.\n\n"
            "Receipts 201-204: the district chief of Dori told us that nine travellers were "
            "abducted and that four of them were released on Tuesday.",
            date(2025, 10, 14),
            "Burkina Faso",
        )
    )
    assert sorted(read) == [
        (4, "freed", "District chief of Dori"),
        (9, "abducted", "District chief of Dori"),
    ]


def test_a_body_that_communicated_in_its_networks_speaks_and_its_earlier_count_goes():
    """'The prosecutor communicated in its networks that 7 bodies were found; in its first
    report it had informed 4 bodies': a translation's 'comunicó en sus redes' names who speaks,
    and the earlier count told in the pluperfect is superseded (no figure); a wounded count
    beside it stays."""
    assert find_reporter(
        "The State Prosecutor communicated in its networks that 7 bodies were found."
    ).name == ("State Prosecutor")
    read = extraction_figures(
        extract_article(
            "Armed men clashed near Uruapan on Monday. The State Prosecutor communicated in its "
            "networks that 7 bodies were found; in its first report it had informed 4 bodies. "
            "The police said 3 agents were wounded.",
            date(2025, 10, 14),
            "Mexico",
        )
    )
    assert sorted(read) == [(3, "wounded", "Police"), (7, "killed", "State Prosecutor")]


def test_a_count_first_said_and_corrected_in_the_next_sentence_is_no_figure():
    """'The depot first explained that four of the drivers had been killed. In its reply the
    depot corrected this to three drivers killed': the first count is put right, no figure; a
    wounded count told with the correction stays wounded."""
    read = extraction_figures(
        extract_article(
            "Shells hit the market of Jowhar on Monday. The depot first explained that four of "
            "the drivers had been killed. In its reply of 12 May the depot corrected this to "
            "three drivers killed and two wounded.",
            date(2025, 10, 14),
            "Somalia",
        )
    )
    assert sorted(f[:2] for f in read) == [(2, "wounded"), (3, "killed")]


def test_a_ward_that_admitted_the_wounded_is_no_reporter():
    """'The surgical ward admitted 14 wounded people': taken in, not owned to; and an alias in
    brackets after a subject ("The Islamic State West Africa Province (ISWAP) claimed the raid
    …") is no reference to leave out."""
    assert find_reporter("The surgical ward admitted 14 wounded people from the attack.") is None
    assert (
        find_reporter(
            "The Islamic State West Africa Province (ISWAP) claimed the raid in a post, and "
            "posting pictures of guns it said were seized at the base."
        )
        is None
    )
