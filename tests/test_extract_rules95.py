"""Extraction rules of the ninety-fifth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article
from analysis.extract.normalise import normalise


def test_a_title_wrapped_before_its_holders_name_is_one_speaker():
    """ "… The Police PRO," / "CSP Musa Bello, said …": a hard-wrapped line that breaks
    between a title and its holder's name set between commas goes on the same sentence, so
    the speaker is read."""
    found = figures_found(
        "Gunmen stopped a bus near Gusau on Monday. The Police PRO,\n"
        "   CSP Musa Bello, said three passengers were killed and five were abducted.\n"
    )
    assert found == [
        (3, "killed", "Police (CSP Musa Bello)"),
        (5, "abducted", "Police (CSP Musa Bello)"),
    ]


def test_a_day_written_in_figures_is_no_bar_to_the_speaker():
    """ "A statement from the Kebbi State Government on 12/11 said …", "On 14/11 troops of
    Operation Safe Corridor said …": a day written day/month, after the speaker or opening
    the sentence, is when it spoke, no part of who; a fax named by its date is no one."""
    assert figures_found(
        "A statement from the Kebbi State Government on 12/11 said eight farmers were killed."
    ) == [(8, "killed", "Kebbi State Government")]
    assert figures_found(
        "On 14/11 troops of Operation Safe Corridor said they killed four bandits and rescued "
        "three women."
    ) == [
        (3, "freed", "Troops of Operation Safe Corridor"),
        (4, "killed", "Troops of Operation Safe Corridor"),
    ]
    assert figures_found("My fax of 10/09/2026 said four workers were killed.") == [
        (4, "killed", None)
    ]


def test_they_say_of_the_people_a_sentence_opens_on_is_no_earlier_speaker():
    """ "Relatives of the others are raising money; a ransom was demanded, they say": "they"
    is the relatives the sentence opens on, not the commissioner of a paragraph before, so
    the escape told just before is nobody's report."""
    found = figures_found(
        "The police commissioner said two traders were killed.\n\nFour of the abducted traders "
        "escaped on foot. Relatives of the others are raising money; a ransom was demanded, "
        "they say."
    )
    assert found == [(2, "killed", "Police commissioner"), (4, "freed", None)]


def test_the_role_of_our_premises_is_the_writers_own_person():
    """ "The night guard of our store, Ali Musa, was wounded", "The cashier of our shop is
    missing": a role "of our" premises is the writer's own, one person each, as "our night
    guard" (a night guard a civilian watchman, no guard of the forces)."""
    found = figures_found(
        "Gunmen raided the market at dawn. The night guard of our store, Ali Musa, was "
        "wounded by a bullet. The cashier of our shop is missing since the raid."
    )
    assert found == [(1, "missing", None), (1, "wounded", None)]


def test_one_after_a_casualty_labels_colon_is_a_count():
    """ "Staff casualties: 1 cook killed, 2 staff wounded": the digit 1 after a casualty
    label's colon counts one person, as it does opening a line."""
    assert figures_found("Staff casualties: 1 cook killed, 2 staff wounded.") == [
        (1, "killed", None),
        (2, "wounded", None),
    ]


def test_a_table_rule_with_joints_does_not_hide_the_width_the_notes_were_wrapped_at():
    """A table's rule of dashes with "+" joints, longer than the notes under it, is no
    line of text: the notes' own width is read, so a speaker's name broken over two lines
    ("… Bay" / "Regional Hospital said …") is joined whole; and a place's name of two words
    at a line's end ("… he is at Kaura Namoda" / "General Hospital.") goes on with the
    next."""
    rule = "------+" * 15 + "------"
    found = figures_found(
        "WATER POINT LOG\n"
        f"{rule}\n"
        "Notes\n"
        "1. 14/11, about 10:00, mortars fell near the livestock market and the water point.\n"
        "   The district commissioner said two traders were killed and five injured. Bay\n"
        "   Regional Hospital said it received nine wounded people from the market area.\n"
        "   We closed the water point on 15/11 on the order of the committee chairman.\n",
        country="Somalia",
    )
    assert (9, "wounded", "Bay Regional Hospital") in found
    wrapped = normalise(
        "1. The bus was stopped by bandits near Zurmi on Monday and the driver was shot.\n"
        "   The police said four passengers were killed; he is at Kaura Namoda\n"
        "   General Hospital. A statement from the state government said six were killed.\n"
        "   The vehicle was burnt and the route to Zurmi remains closed to all traffic.\n"
    )
    assert "at Kaura Namoda General Hospital" in wrapped.text


def test_a_toll_is_replaced_by_the_bodys_own_officer_after_a_semicolon():
    """ "The civil society of Kasindi said on Saturday that 14 people were killed; on Sunday
    afternoon its coordinator said 19 bodies were found": the body's own officer ("its
    coordinator") retells its toll a day later; the later toll replaces the earlier (so the
    14 is no death toll beside the 14 abducted)."""
    found = figures_found(
        "The civil society of Kasindi said on Saturday that 14 people were killed; on Sunday "
        "afternoon its coordinator said 19 bodies were found. Gunmen abducted 14 farmers near "
        "Oicha."
    )
    assert found == [(14, "abducted", None), (19, "killed", "Its coordinator")]


def test_a_junction_named_by_its_place_is_where_it_happened():
    """ "a soldier at the Dangulbi junction checkpoint was shot dead": a junction named by a
    place the gazetteer does not know is a place of its own, so the killing there is no part
    of the ambush near Zurmi told before."""
    found = extract_article(
        "Bandits killed four passengers near Zurmi on Monday, police said.\n\n"
        "On Tuesday a soldier at the Dangulbi junction checkpoint was shot dead, the army said.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert [[f.best for f in c.figures] for c in found.candidates] == [[4], [1]]


def test_the_victims_own_village_in_a_place_of_three_words_is_where_it_happened():
    """ "three teachers of his barangay in Datu Hoffer Ampatuan were abducted": where the
    victims' own village lies (a name of up to three words the gazetteer need not know) is
    a place of its own, so the abduction is no part of the encounter told before."""
    found = extract_article(
        "1. The desk was closed on Monday because of firing near the hall. The army said two "
        "soldiers were killed and four wounded in an encounter with the BIFF.\n"
        "2. A trader informs that three teachers of his barangay in Datu Hoffer Ampatuan were "
        "abducted on Friday, according to the police. The police said two suspects were "
        "arrested.",
        published=date(2026, 3, 14),
        country="Philippines",
    )
    assert [
        [(f.best, f.outcome) for f in c.figures + c.other_figures] for c in found.candidates
    ] == [[(2, "killed"), (4, "wounded")], [(3, "abducted"), (2, "arrested")]]


def test_what_the_speaker_first_said_after_a_semicolon_is_superseded():
    """ "The council said 12 villagers were killed and 20 wounded; first it said 8 died": the
    clause after the semicolon tells the speaker's earlier word, which the toll before it
    replaces (so the 8 is no death toll beside the 8 abducted)."""
    found = figures_found(
        "The council said 12 villagers were killed and 20 wounded; first it said 8 died. "
        "Gunmen abducted 8 farmers near Kani."
    )
    assert found == [(8, "abducted", None), (12, "killed", "Council"), (20, "wounded", "Council")]
