"""Extraction rules of the ninety-second round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article

DAY = date(2026, 3, 14)


def _found(text: str, country: str = "Nigeria") -> list[tuple[int | None, str, str | None]]:
    return extraction_figures(extract_article(text, published=DAY, country=country))


def test_a_day_written_with_a_slash_keeps_the_pronoun_speaker_and_updates_his_toll():
    """ "On 06/05 he said …" under a commander's toll: the day written day/month is when
    the one named before spoke again; his later toll replaces the earlier one of the same
    victims (no 4 dead left beside the 5), and his wounded and abducted stay so."""
    found = _found(
        "Notes\n\n"
        "1. Gunmen attacked the army post at Bakura. The post commander, Maj. Sani Audu,\n"
        "told Radio Kano that 4 soldiers were killed and 2 were abducted.\n"
        "On 06/05 he said 5 soldiers were killed and 4 wounded.\n"
    )
    assert found == [
        (2, "abducted", "Post commander Maj. Sani Audu"),
        (4, "wounded", "Post commander Maj. Sani Audu"),
        (5, "killed", "Post commander Maj. Sani Audu"),
    ]


def test_a_toll_retold_on_a_date_after_a_semicolon_replaces_the_first():
    """ "…; on 24/07 it said …" and "…; on 7 March its spokesperson said …": the clause after
    the semicolon opens on a date and the same speaker (its pronoun, or its spokesperson),
    so its toll of the same victims replaces the first; the wounded are the later clause's
    own count, not a death toll."""
    found = _found(
        "Notes\n\n"
        "The district militia said first that 6 villagers were killed; on 24/07 it said\n"
        "8 villagers were killed and 6 injured.\n\n"
        "The brigade said in the evening that 1 soldier was killed; on 7 March its\n"
        "spokesperson said 3 soldiers were killed and 1 wounded.\n"
    )
    assert found == [
        (1, "wounded", "Brigade"),
        (3, "killed", "Brigade"),
        (6, "wounded", "District militia"),
        (8, "killed", "District militia"),
    ]


def test_those_who_died_after_a_toll_are_part_of_it():
    """ "…, after two died in the clinic": why the toll rose, told after it in the same
    sentence: the two are in the toll, not a toll of their own; a count of the abducted
    before "after … were taken" is untouched."""
    found = _found(
        "Notes\n\n"
        "The council said 12 herders were killed and 3 wounded, after two died in the clinic.\n"
    )
    assert found == [(3, "wounded", "Council"), (12, "killed", "Council")]


def test_lost_fingers_is_no_death():
    """ "lost two fingers": a part of the body lost, not lives; the woman is counted with the
    injured only."""
    found = _found(
        "Notes\n\n"
        "Two traders, Musa and Hauwa, were injured in the market blast; Hauwa lost two fingers.\n"
    )
    assert found == [(2, "wounded", None)]


def test_the_martyred_are_now_a_count_that_updates_the_toll():
    """ "the martyred are now 4 and the injured 3": the count of the martyred as it now
    stands, the reporter's earlier victims (policemen), replaces his first toll; the injured
    go down from 4 to 3 and stay wounded."""
    found = _found(
        "Notes\n\n"
        "1. The DPO told reporters that 3 policemen were martyred and 4 were injured.\n"
        "2. Next morning the DPO said the martyred are now 4 and the injured 3.\n",
        country="Pakistan",
    )
    assert found == [(3, "wounded", "Police (DPO)"), (4, "killed", "Police (DPO)")]


def test_a_bare_weekday_before_a_body_pronoun_after_a_semicolon_is_the_body():
    """ "…; Wednesday it said …": the pronoun after a bare day's name (no "on") is the body
    named before the semicolon, which gives its toll again (the first replaced); the
    injured are its count, wounded, not dead."""
    found = _found(
        "Notes\n\n"
        "The state police said first that 1 guard was killed; Wednesday it said that 2 guards\n"
        "were killed and 1 was injured.\n"
    )
    assert found == [(1, "wounded", "State police"), (2, "killed", "State police")]


def test_shot_in_a_limb_is_wounded_not_killed():
    """ "was shot in the leg": a person shot in a limb is wounded; shot in the leg and then
    dead stays a death, and the abducted beside it stay abducted."""
    assert _found("Notes\n\nOur watchman Garba was shot in the leg near the farm gate.\n") == [
        (1, "wounded", None)
    ]
    assert _found(
        "Notes\n\nGunmen kidnapped 3 traders on the Gusau road; two herders were shot in "
        "the arms.\n"
    ) == [(2, "wounded", None), (3, "abducted", None)]
    assert _found("Notes\n\nA farmer was shot in the leg and later died in hospital.\n") == [
        (1, "killed", None)
    ]


def test_a_named_group_taking_people_from_a_place_or_with_their_herd_abducts_them():
    """ "Al-Shabaab took 4 elders from the villages", "RSF men stopped a bus and took 6
    traders", "armed men took 5 herders with their cattle": people a named armed group (or
    an acronym's men) took are abducted; the wounded a group took to a hospital stay
    wounded."""
    assert _found("Notes\n\nAl-Shabaab took 4 elders from the villages near Jowhar.\n") == [
        (4, "abducted", None)
    ]
    assert _found("Notes\n\nRSF men stopped a bus near Sinja and took 6 traders.\n") == [
        (6, "abducted", None)
    ]
    assert _found(
        "Notes\n\nNear Niono armed men took 5 herders with their cattle; 2 herders were injured.\n"
    ) == [(2, "wounded", None), (5, "abducted", None)]
    assert _found(
        "Notes\n\nThe villagers took 3 wounded traders from the market to the hospital.\n"
    ) == [(3, "wounded", None)]


def test_a_hearing_records_answers_are_the_witness_who_appeared():
    """A hearing record ("before us, …, appeared Mrs. Ana Ruiz Gil, …, who … declared:")
    whose answers follow questions ("Q: … / A: …"): the answers are the witness's, not the
    office that heads the record; her wounded stay wounded."""
    found = _found(
        "NATIONAL POLICE\nBakura Division, Zamfara State\n\n"
        "RECORD OF HEARING No. 12/2026\n\n"
        "On the tenth day of March, before us, Inspector Musa Bello, appeared Mrs. Hauwa "
        "Sani Garba, 41 years old, trader, who, having been informed of the purpose of the "
        "hearing, declared:\n\n"
        '"Gunmen came to the market on Monday."\n\n'
        "Q: Were people hurt?\n"
        'A: "Two traders were shot in the leg. We took them to Gusau."\n\n'
        "Q: Anything else?\n"
        'A: "They kidnapped 3 women of the market."\n'
    )
    assert found == [(2, "wounded", "Hauwa Sani Garba"), (3, "abducted", "Hauwa Sani Garba")]


def test_a_first_toll_before_a_risen_toll_in_the_same_sentence_is_replaced():
    """ "… said at first that 4 people were killed; in the evening it said the toll rose to
    6, and that 2 civilians were wounded": the word of the update ("rose") stands after the
    first toll only, so the first toll is no update itself and the risen one replaces it; the
    wounded stay wounded."""
    found = _found(
        "Notes\n\n"
        "The rights network said at first that 4 people were killed in the raid; in the "
        "evening it said the toll rose to 6, and that 2 civilians were wounded.\n"
    )
    assert found == [(2, "wounded", "Rights network"), (6, "killed", "Rights network")]


def test_a_speakers_name_wrapped_after_an_honorific_stays_one_sentence():
    """ "…, Alhaji Sani" / "Usman, says …": a wrapped line that broke a name after an
    honorific joins the line above, so the titled speaker reports the sentence's figures,
    the wounded driver as much as the dead."""
    found = _found(
        "Road report\n\n"
        "Tanker drivers tell us there was shooting on the road at dawn today. The chairman of\n"
        "the drivers' union at the junction, Alhaji Musa\n"
        "Bello, says hunters killed two kidnappers and that one of his drivers was shot in the\n"
        "arm near the checkpoint on the old road to the cement works.\n"
    )
    assert [(n, outcome) for n, outcome, _ in found] == [(1, "wounded"), (2, "killed")]
    assert all(who is not None and "Musa Bello" in who for _, _, who in found)
