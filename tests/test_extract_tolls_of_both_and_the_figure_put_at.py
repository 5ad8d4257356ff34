"""A toll of the dead and the wounded given together ("a toll of 7 killed and 11 wounded"),
another reporter's count of the same victims as "the figure" or "the number" ("police put the
figure at nine"), and one of the wounded who died told right after an updated toll (part of
it). Each expected list is worked out by hand from the text."""

from __future__ import annotations

import pytest
from factories import figures_found, groups_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police gave a toll of 7 killed and 11 wounded after the attack in Beni.",
            [(7, "killed", "unknown"), (11, "wounded", "unknown")],
        ),
        (
            "Police put the toll at seven killed and 11 injured after the attack in Beni.",
            [(7, "killed", "unknown"), (11, "wounded", "unknown")],
        ),
        (
            "The provisional toll is 7 killed and 11 wounded, police said.",
            [(7, "killed", "unknown"), (11, "wounded", "unknown")],
        ),
        (
            # a risen toll of both: the first toll of the dead is replaced, the wounded new
            "Police said on Monday that 5 people died in Beni. The toll rose to 9 killed and "
            "14 wounded, police said later.",
            [(9, "killed", "unknown"), (14, "wounded", "unknown")],
        ),
        (
            # no toll word before: a count with no noun after "gave" stays unread
            "Police gave 7 after the attack in Beni.",
            [],
        ),
    ],
)
def test_a_toll_of_the_dead_and_the_wounded(text, expected):
    assert groups_found(text, "Democratic Republic of the Congo") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents said at least 16 people were killed in Kankara. Police put the figure at "
            "nine.",
            [(9, "killed", "Police"), (16, "killed", "Residents")],
        ),
        (
            "Residents said at least 16 people were killed in Kankara. The army said the figure "
            "was nine.",
            [(9, "killed", "Army"), (16, "killed", "Residents")],
        ),
        (
            "Boko Haram said it killed 40 soldiers in Dikwa. The army spokesman, Lt Col Musa "
            "Adakole, later puts the number at 27.",
            [(27, "killed", "Army spokesman Lt Col Musa Adakole"), (40, "killed", "Boko Haram")],
        ),
        (
            "Gunmen abducted dozens of pupils from the school in Kaiama. Later the school's "
            "principal, Mrs Halima Adamu, told reporters that the number was 25.",
            [(12, "abducted", None), (25, "abducted", "School principal")],
        ),
        (
            "Gunmen abducted 30 passengers near Gusau, residents said, but police put the "
            "number at 18.",
            [(18, "abducted", "Police"), (30, "abducted", "Residents")],
        ),
    ],
)
def test_another_reporter_s_figure_of_the_same_victims(text, expected):
    assert figures_found(text) == expected


def test_the_figure_in_one_sentence_keeps_the_outcome_and_the_group():
    text = (
        "In Kisii, the commission reported three deaths, while the Kisii County Police "
        "Commander put the figure at two."
    )
    assert figures_found(text, "Kenya") == [
        (2, "killed", "Kisii County Police Commander"),
        (3, "killed", "Commission"),
    ]
    text = (
        "Gunmen abducted 30 passengers near Gusau, residents said, but police put the number at 18."
    )
    assert groups_found(text) == [(30, "abducted", "civilians"), (18, "abducted", "civilians")]
    text = (
        "Civil society said at least 12 people were killed in Beni; the army put the figure "
        "at nine."
    )
    assert figures_found(text, "Congo, Dem. Rep.") == [
        (9, "killed", "Army"),
        (12, "killed", "Civil society"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the man who died is why the toll rose to three: part of it
            "The police now say three people have died in Maiduguri. A man who was injured "
            "near the market earlier in the evening died at the hospital after midnight.",
            [(3, "killed", "unknown")],
        ),
        (
            "The toll has risen to four, police said in Maiduguri. A guard who had been shot in "
            "the chest died of his wounds overnight.",
            [(4, "killed", "unknown")],
        ),
        (
            # a toll told as the first, not an update: the death after it stands
            "Police said three people died in Maiduguri on Monday. A man who was injured near "
            "the market died at the hospital on Tuesday.",
            [(3, "killed", "unknown"), (1, "killed", "unknown")],
        ),
    ],
)
def test_one_of_the_wounded_who_died_after_an_updated_toll(text, expected):
    assert groups_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union said 57 of its members had been hurt in Cali.", [(57, "wounded", "civilians")]),
        (
            "The dockworkers' union says three of its members have been missing since the police "
            "charged the picket in Cali.",
            [(3, "missing", "civilians")],
        ),
        (
            "The indigenous guard of the Huellas reserve reported 2 of its members missing after "
            "the clash in Corinto.",
            [(2, "missing", "civilians")],
        ),
        (
            # an armed group's own members stay as they were read (no civil body)
            "The ELN said two of its members were killed in Tame.",
            [(2, "killed", "unknown")],
        ),
        (
            # the police's own members are the forces
            "Police said two of their members were wounded in Tame.",
            [(2, "wounded", "security_forces")],
        ),
    ],
)
def test_a_civil_body_s_own_members(text, expected):
    assert groups_found(text, "Colombia") == expected


def test_a_report_s_running_head_on_its_first_page_names_its_issuer():
    # the paste's first line, the body's name, the publication and the page number: the
    # paragraphs that quote nobody are the body's, "the Observatory" is the body itself
    from datetime import date

    from analysis.extract import extract_article

    text = (
        "Sahel Rights Observatory – Quarterly Bulletin Q2 2026                    7\n\n"
        "3. OUDALAN PROVINCE: KILLINGS AT DEOU\n\n"
        "The Observatory documented the killing of at least 27 civilians in Deou on 9 June.\n"
    )
    found = extract_article(text, published=date(2026, 7, 1), country="Burkina Faso")
    assert found.issuer == "Sahel Rights Observatory"
    assert [
        (f.best, f.victim_group, f.reported_by) for c in found.candidates for f in c.figures
    ] == [(27, "civilians", "Sahel Rights Observatory")]
    # a line with no page number at its end is no running head
    found = extract_article(
        text.replace("  7\n", "\n"), published=date(2026, 7, 1), country="Burkina Faso"
    )
    assert found.issuer is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # where they were taken from is no count taken: the eight are the abducted
            "Eight people, among them six children, were abducted from two camps near Djohong.",
            [(8, "abducted", "unknown")],
        ),
        (
            "The Divisional Officer for Djohong told The Herald that eight people, among them six "
            "children aged between 7 and 15, were seized from two camps.",
            [(8, "abducted", "unknown")],
        ),
        (
            # a range after the verb is still its object
            "Gunmen killed from 5 to 7 people near Djohong.",
            [(5, "killed", "unknown")],
        ),
        (
            "Gunmen killed 12 people in Djohong, residents said. According to the police, the "
            "correct figure is nine.",
            [(12, "killed", "unknown"), (9, "killed", "unknown")],
        ),
        (
            "The toll of the day: 11 killed and 23 wounded in Djohong.",
            [(11, "killed", "unknown"), (23, "wounded", "unknown")],
        ),
    ],
)
def test_taken_from_where_a_corrected_figure_and_a_day_s_toll(text, expected):
    assert groups_found(text, "Cameroon") == expected
